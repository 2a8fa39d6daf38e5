using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace Sitrep.Tests.Cli;

/// <summary>A file with thousands of bad rows: the first diagnostics are listed, the rest counted by code, in bounded memory.</summary>
public sealed class ManyDiagnosticsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("sitrep-many-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task Losses_that_repeat_per_incident_are_grouped_and_file_wide_ones_are_listed_with_their_severity()
    {
        var output = Path.Combine(directory, "seed.acled.csv");

        var (exit, stdout, _) = await CliTests.Run("convert", TestPaths.SeedSample, "-o", output, "--to", "acled");
        var lines = stdout.Split('\n');

        Assert.Equal(0, exit);
        Assert.Contains(lines, l => l.EndsWith(":/title: info SR0212: Dataset formats have no place for a dataset's title and description; they are not carried over. (value: " + "US and Iraq to intensify cooperation against attacks (AFP, as republished by Vanguard News))", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(":/statements: warning SR0212: Dataset formats have no place for statements; 10 statement(s)", StringComparison.Ordinal));
        var grouped = lines.Where(l => l.Contains(" incident(s), ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(grouped);
        Assert.All(grouped, l => Assert.Contains(" incident(s), /incidents/", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Past_the_limit_diagnostics_are_counted_by_code_not_listed()
    {
        var path = Write(20_000);

        var (exit, stdout, _) = await CliTests.Run("validate", "--from", "acled", path, "--max-diagnostics", "100");
        var (_, json, _) = await CliTests.Run("validate", "--from", "acled", path, "--format", "json", "--max-diagnostics", "100");
        var (_, all, _) = await CliTests.Run("validate", "--from", "acled", path, "--max-diagnostics", "0");

        Assert.Equal(1, exit);
        Assert.Equal(100, stdout.Split('\n').Count(l => l.Contains(" error SR0205:", StringComparison.Ordinal)));
        Assert.Contains("19900 more diagnostic(s) not listed (the first 100 are; --max-diagnostics 0 lists all): SR0205 x19900", stdout, StringComparison.Ordinal);
        Assert.Contains("20000 errors", stdout, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var file = document.RootElement.GetProperty("files")[0];
        Assert.Equal(100, file.GetProperty("diagnostics").GetArrayLength());
        Assert.Equal(19_900, file.GetProperty("diagnosticsNotListed").GetInt64());
        Assert.Equal(20_000, file.GetProperty("errors").GetInt64());
        Assert.Equal(20_000, all.Split('\n').Count(l => l.Contains(" error SR0205:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Convert_lists_the_first_diagnostics_and_counts_the_rest()
    {
        var path = Write(5_000);

        var (exit, stdout, _) = await CliTests.Run("convert", "--from", "acled", path, "-o", Path.Combine(directory, "out.jsonl"), "--max-diagnostics", "10");

        Assert.Equal(1, exit);
        Assert.Equal(10, stdout.Split('\n').Count(l => l.Contains(" error SR0205:", StringComparison.Ordinal)));
        Assert.Contains("4990 more diagnostic(s) not listed", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_lists_a_datasets_rejected_rows_up_to_the_limit_and_counts_the_rest()
    {
        var path = Write(2_000);

        var (exit, stdout, stderr) = await CliTests.Run("stats", "--from", "acled", path, "--max-diagnostics", "5");
        var (_, _, all) = await CliTests.Run("stats", "--from", "acled", path, "--max-diagnostics", "0");

        Assert.Equal(1, exit);
        Assert.Equal(5, stderr.Split('\n').Count(l => l.Contains(" error SR0205:", StringComparison.Ordinal)));
        Assert.Contains("1995 more diagnostic(s) not listed (the first 5 are; --max-diagnostics 0 lists all): SR0205 x1995", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("SR0205", stdout, StringComparison.Ordinal);
        Assert.Equal(2_000, all.Split('\n').Count(l => l.Contains(" error SR0205:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Format_lists_the_first_diagnostics_of_a_bad_file_and_counts_the_rest()
    {
        var lines = new StringBuilder("{\"sitrep\":\"1.0\"}\n");
        for (var i = 0; i < 50; i++)
        {
            lines.Append("{\"incident\":{\"id\":\"incident:").Append(i).Append("\",\"type\":\"nonsense\"}}\n");
        }

        var path = Path.Combine(directory, "bad.jsonl");
        await File.WriteAllTextAsync(path, lines.ToString());

        var (exit, _, stderr) = await CliTests.Run("format", path, "--max-diagnostics", "4");

        Assert.NotEqual(0, exit);
        Assert.Equal(4, stderr.Split('\n').Count(l => l.Contains(": error SR", StringComparison.Ordinal)));
        Assert.Contains("46 more diagnostic(s) not listed", stderr, StringComparison.Ordinal);
    }

    private string Write(int badRows)
    {
        var text = new StringBuilder("event_id_cnty,event_date,fatalities\n");
        for (var i = 0; i < badRows; i++)
        {
            text.Append("IRQ").Append(i).Append(",2024-01-01,many\n");
        }

        var path = Path.Combine(directory, "bad.csv");
        File.WriteAllText(path, text.ToString());
        return path;
    }
}
