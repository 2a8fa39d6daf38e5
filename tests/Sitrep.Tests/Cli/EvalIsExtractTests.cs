using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Sitrep.Incidents;
using Sitrep.Serialization;
using Sitrep.Text.Evaluation;

namespace Sitrep.Tests.Cli;

/// <summary>
/// <c>sitrep eval isaf</c> scores what <c>sitrep extract</c> gives: the totals a user reads from the extract JSON with
/// <see cref="DraftTotals"/> are the ones eval compares with gold, release by release.
/// </summary>
public sealed class EvalIsExtractTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("sitrep-evalx-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task Eval_scores_the_extract_json_of_each_release_by_the_documented_rule()
    {
        if (TestPaths.SharedCorpus is not { } corpus)
        {
            Assert.Skip("../shared/corpus is absent: this clone has no shared corpus beside it.");
            return;
        }

        // Every 15th release of the development set: about 20, each through both commands.
        var lines = File.ReadAllLines(Path.Combine(corpus, "isaf", "isaf-dev.jsonl")).Where((_, i) => i % 15 == 0).ToList();
        var gold = Path.Combine(directory, "sample.jsonl");
        File.WriteAllLines(gold, lines);
        var (evalExit, evalOut, _) = await CliTests.Run("eval", "isaf", gold, "--misses");
        Assert.Equal(0, evalExit);

        var exactKilled = 0;
        var exactCaptured = 0;
        var exactDate = 0;
        foreach (var line in lines)
        {
            using var release = JsonDocument.Parse(line);
            var text = release.RootElement.GetProperty("text").GetString()!;
            var expected = release.RootElement.GetProperty("gold");
            var path = Path.Combine(directory, "release.txt");
            File.WriteAllText(path, text, new UTF8Encoding(false));

            var (exit, json, _) = await CliTests.Run("extract", path, "--vague-amounts", "press-release");
            Assert.Equal(0, exit);
            var draft = SitrepJson.Read(Encoding.UTF8.GetBytes(json)).Value!;

            exactKilled += DraftTotals.People(draft, CasualtyOutcome.Killed) == expected.GetProperty("min_killed").GetInt64() ? 1 : 0;
            exactCaptured += DraftTotals.People(draft, CasualtyOutcome.Detained) == expected.GetProperty("min_captured").GetInt64() ? 1 : 0;
            var date = DraftTotals.IncidentDate(draft)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            exactDate += expected.TryGetProperty("start_date", out var d) && d.ValueKind == JsonValueKind.String && d.GetString() == date ? 1 : 0;
        }

        Assert.Contains($"killed: exact {exactKilled}/{lines.Count} ", evalOut, StringComparison.Ordinal);
        Assert.Contains($"captured: exact {exactCaptured}/{lines.Count} ", evalOut, StringComparison.Ordinal);
        Assert.Contains($"start_date: exact {exactDate}/{lines.Count} ", evalOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_without_a_date_reads_the_dateline_and_says_so()
    {
        var path = Path.Combine(directory, "release.txt");
        File.WriteAllText(path, "2010-08-CA-043\nKABUL, Afghanistan (Sept. 4) - A security force detained two insurgents in Gardez district Friday.");

        var (exit, json, stderr) = await CliTests.Run("extract", path);

        Assert.Equal(0, exit);
        Assert.Contains("info SR0306", stderr, StringComparison.Ordinal);
        var draft = SitrepJson.Read(Encoding.UTF8.GetBytes(json)).Value!;
        Assert.Equal(new NodaTime.LocalDate(2010, 9, 3), DraftTotals.IncidentDate(draft));
        Assert.Equal(2, DraftTotals.People(draft, CasualtyOutcome.Detained));
    }
}
