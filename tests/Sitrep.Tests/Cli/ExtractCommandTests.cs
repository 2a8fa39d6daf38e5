using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Sitrep.Serialization;
using Sitrep.Statements;

namespace Sitrep.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private const string Report = "Kataeb Hezbollah announced a pause on Friday. Earlier this week, 15 of its fighters were killed in an airstrike, Iraqi officials said.";

    private readonly string directory = Directory.CreateTempSubdirectory("sitrep-extract-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task Extract_writes_the_draft_as_canonical_json_that_reads_back_without_errors()
    {
        var path = Write("report.txt", Encoding.UTF8.GetBytes(Report));

        var (exit, stdout, stderr) = await Run("extract", path, "--published", "2026-03-28", "--tz", "Asia/Baghdad");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        var read = SitrepJson.Read(Encoding.UTF8.GetBytes(stdout));
        Assert.DoesNotContain(read.Diagnostics, d => d.IsError);
        var incident = Assert.Single(read.Value!.Incidents);
        Assert.Equal(15, Assert.Single(incident.Casualties).Estimate.Best);
        Assert.Equal("2026-03-23/2026-03-27@Asia/Baghdad", incident.Time!.Value.ToString());
        Assert.Contains(read.Value.Statements, s => s.Kind == StatementKind.Announcement && s.Speakers.Single().Value == "actor:kataeb-hezbollah");
    }

    [Fact]
    public async Task The_text_format_quotes_each_figure_date_and_statement()
    {
        var path = Write("report.txt", Encoding.UTF8.GetBytes(Report));

        var (exit, stdout, _) = await Run("extract", path, "--published", "2026-03-28", "--format", "text");

        Assert.Equal(0, exit);
        Assert.Contains("15 killed", stdout, StringComparison.Ordinal);
        Assert.Contains("\"15 of its fighters were killed\"", stdout, StringComparison.Ordinal);
        Assert.Contains("\"Earlier this week\"", stdout, StringComparison.Ordinal);
        Assert.Contains("Announcement by Kataeb Hezbollah", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gazetteer_file_maps_names_to_the_users_actor_ids()
    {
        var path = Write("report.txt", Encoding.UTF8.GetBytes(Report));
        var gazetteer = Write("gazetteer.json", Encoding.UTF8.GetBytes("""
            { "sitrep": "1.0", "actors": [ { "id": "my:kh", "name": "Kataib Hizballah", "kind": "nonStateArmedGroup", "aliases": [ { "name": "Kataeb Hezbollah" } ] } ] }
            """));

        var (exit, stdout, _) = await Run("extract", path, "--published", "2026-03-28", "--gazetteer", gazetteer);

        Assert.Equal(0, exit);
        var draft = SitrepJson.Read(Encoding.UTF8.GetBytes(stdout)).Value!;
        Assert.Contains(draft.Statements, s => s.Speakers.Single().Value == "my:kh");
        Assert.Equal("Kataib Hizballah", Assert.Single(draft.Actors, a => a.Id.Value == "my:kh").Name);
    }

    [Fact]
    public async Task Windows_1252_text_is_detected_and_reported_and_declared_utf8_that_is_not_is_refused()
    {
        var bytes = Encoding.Latin1.GetBytes("Iraq\u2019s army said two soldiers were killed.".Replace('\u2019', '\''));
        bytes[4] = 0x92; // the Windows-1252 right single quotation mark
        var path = Write("cp1252.txt", bytes);

        var (exit, stdout, stderr) = await Run("extract", path, "--published", "2026-03-28", "--format", "text");
        Assert.Equal(0, exit);
        Assert.Contains("SR0202", stderr, StringComparison.Ordinal);
        Assert.Contains("offset 4", stderr, StringComparison.Ordinal);
        Assert.Contains("2 killed", stdout, StringComparison.Ordinal);

        var (refused, _, why) = await Run("extract", path, "--published", "2026-03-28", "--encoding", "utf-8");
        Assert.Equal(1, refused);
        Assert.Contains("SR0009", why, StringComparison.Ordinal);
        Assert.Contains("0x92", why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--published", "28/03/2026")]
    [InlineData("--tz", "Mars/Olympus")]
    public async Task Bad_options_are_usage_errors(string option, string value)
    {
        var path = Write("report.txt", Encoding.UTF8.GetBytes(Report));
        var args = option == "--published" ? new[] { "extract", path, option, value } : ["extract", path, "--published", "2026-03-28", option, value];

        var (exit, _, stderr) = await Run(args);

        Assert.Equal(2, exit);
        Assert.Contains(value, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_seed_story_extracts_its_gold_figures_from_the_command_line()
    {
        if (TestPaths.SeedArticle is not { } path)
        {
            Assert.Skip("../shared/corpus/reports/seed-article.txt is absent: this clone has no shared corpus beside it.");
            return;
        }

        var (exit, stdout, _) = await Run("extract", path, "--published", "2026-03-28", "--tz", "Asia/Baghdad", "--format", "text");

        Assert.Equal(0, exit);
        Assert.Contains("7 killed (Iraqi security forces, SecurityForces)", stdout, StringComparison.Ordinal);
        Assert.Contains("15 killed (Popular Mobilisation Forces, Combatants)", stdout, StringComparison.Ordinal);
        Assert.Contains("unknown number killed", stdout, StringComparison.Ordinal);
        Assert.Contains("Denial by United States", stdout, StringComparison.Ordinal);
    }

    private static Task<(int Exit, string Stdout, string Stderr)> Run(params string[] args) => CliTests.Run(args);

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
