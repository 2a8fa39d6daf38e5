using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Sitrep.Datasets;
using Sitrep.Datasets.Ucdp;
using Sitrep.Tests.Parquet;

namespace Sitrep.Tests.Cli;

/// <summary><c>sitrep diff</c> on the real UCDP file against an edited release of it, as text and as JSON.</summary>
public sealed class DiffCommandTests
{
    private static string UcdpFile() => TestPaths.CorpusFileOrSkip("datasets", "ucdp", "ged-myanmar-r-export.csv");

    // A "next release" of the file: the first two rows gone, the tenth with two more civilian deaths, one new event.
    private static (string Path, string Revised, string[] Deleted, string Added) NextRelease(string file, TempFolder folder)
    {
        using var reader = UcdpGedReader.OpenFile(file);
        var records = reader.ReadRows().Select(r => r.Value).ToList();
        var columns = records[0].Columns;
        string[] Values(UcdpGedRecord record) => [.. record.Values];
        int Column(string name) => columns.ToList().IndexOf(name);

        var revised = Values(records[9]);
        foreach (var name in new[] { "deaths_civilians", "best" })
        {
            revised[Column(name)] = (int.Parse(revised[Column(name)], CultureInfo.InvariantCulture) + 2).ToString(CultureInfo.InvariantCulture);
        }

        revised[Column("high")] = Math.Max(int.Parse(revised[Column("high")], CultureInfo.InvariantCulture), int.Parse(revised[Column("best")], CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture);
        var added = Values(records[5]);
        added[Column("id")] = "990000001";
        var next = records.Skip(2).Select(r => r == records[9] ? new UcdpGedRecord(columns, [.. revised]) : r).Append(new UcdpGedRecord(columns, [.. added]));

        var path = folder.Sub("ged-next.csv");
        Directory.CreateDirectory(folder.Path);
        using (var writer = new StreamWriter(path))
        {
            DatasetCsvWriter.Write(writer, next, protectFormulas: false);
        }

        return (path, "ucdp-ged:" + records[9].Values[Column("id")], [.. records.Take(2).Select(r => "ucdp-ged:" + r.Values[Column("id")])], "ucdp-ged:990000001");
    }

    [Fact]
    public async Task A_file_compared_with_itself_has_no_difference_and_exits_0()
    {
        var file = UcdpFile();
        var (exit, stdout, stderr) = await CliTests.Run("diff", file, file);
        Assert.True(exit == 0, stdout + stderr);
        Assert.EndsWith(": 1500 unchanged, 0 added, 0 deleted, 0 revised\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_next_release_gives_its_added_deleted_and_revised_events_and_the_fields_that_changed()
    {
        var file = UcdpFile();
        using var folder = new TempFolder();
        var (next, revised, deleted, added) = NextRelease(file, folder);

        var (exit, stdout, stderr) = await CliTests.Run("diff", file, next);
        Assert.True(exit == 1, stdout + stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(": 1497 unchanged, 1 added, 2 deleted, 1 revised", lines[0], StringComparison.Ordinal);
        Assert.Equal(["+ " + added, .. deleted.Select(d => "- " + d)], lines.Where(l => l[0] is '+' or '-'));
        var change = Assert.Single(lines, l => l.StartsWith("~ ", StringComparison.Ordinal));
        Assert.StartsWith($"~ {revised}: killed ", change, StringComparison.Ordinal);
        Assert.Contains("; sourceRecord/deaths_civilians ", change, StringComparison.Ordinal);
        Assert.Contains("; sourceRecord/best ", change, StringComparison.Ordinal);

        var (jsonExit, json, _) = await CliTests.Run("diff", file, next, "--format", "json");
        Assert.Equal(1, jsonExit);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal((1497, 1, 2, 1), (root.GetProperty("unchanged").GetInt32(), root.GetProperty("added").GetInt32(), root.GetProperty("deleted").GetInt32(), root.GetProperty("revised").GetInt32()));
        var incident = root.GetProperty("incidents").EnumerateArray().Single(i => i.GetProperty("change").GetString() == "revised");
        Assert.Equal(revised, incident.GetProperty("id").GetString());
        var fields = incident.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("field").GetString()!, f => (f.GetProperty("old").GetString(), f.GetProperty("new").GetString()));
        var (oldKilled, newKilled) = fields["killed"];
        Assert.Equal(long.Parse(oldKilled!, CultureInfo.InvariantCulture) + 2, long.Parse(newKilled!, CultureInfo.InvariantCulture));
        Assert.Contains("casualties", fields.Keys);
    }

    [Fact]
    public async Task Two_ACLED_exports_of_different_dates_give_the_revised_fatalities_and_ignore_a_column_only_the_newer_has()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);
        var acled = Sitrep.Datasets.Acled.AcledColumns.Current;
        var olderColumns = acled.Where(c => c != "tags").ToList();
        var older = Sitrep.Tests.Datasets.Acled.AcledEventReaderTests.Csv(olderColumns, [Datasets.Acled.AcledEventReaderTests.Event("IRQ1001"), Datasets.Acled.AcledEventReaderTests.Event("IRQ1002"), Datasets.Acled.AcledEventReaderTests.Event("IRQ1003")]);
        var revised = Datasets.Acled.AcledEventReaderTests.Event("IRQ1001");
        revised["fatalities"] = "9";
        revised["timestamp"] = "1775174400";
        var kept = Datasets.Acled.AcledEventReaderTests.Event("IRQ1003");
        kept["tags"] = "crowd size=no report";
        var newer = Sitrep.Tests.Datasets.Acled.AcledEventReaderTests.Csv(acled, [revised, kept, Datasets.Acled.AcledEventReaderTests.Event("IRQ1004")]);
        var olderPath = folder.Sub("acled-2026-03-25.csv");
        var newerPath = folder.Sub("acled-2026-04-03.csv");
        await File.WriteAllTextAsync(olderPath, older, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(newerPath, newer, TestContext.Current.CancellationToken);

        var (exit, stdout, stderr) = await CliTests.Run("diff", olderPath, newerPath, "--from", "acled");
        Assert.True(exit == 1, stdout + stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(": 1 unchanged, 1 added, 1 deleted, 1 revised", lines[0], StringComparison.Ordinal);
        Assert.Equal(["~ acled:IRQ1001: killed 7 -> 9; casualties", "+ acled:IRQ1004", "- acled:IRQ1002"], lines.Skip(1).Select(l => l.Split(" [", 2)[0]));
        Assert.EndsWith("; sourceRecord/fatalities 7 -> 9; sourceRecord/timestamp 1774569600 -> 1775174400", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_versions_from_standard_input_is_a_usage_error()
    {
        var (exit, _, stderr) = await CliTests.Run("diff", "-", "-");
        Assert.Equal(2, exit);
        Assert.Contains("only one of the two versions", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_an_io_error_naming_it()
    {
        using var folder = new TempFolder();
        var (exit, _, stderr) = await CliTests.Run("diff", folder.Sub("absent.csv"), folder.Sub("absent2.csv"));
        Assert.Equal(2, exit);
        Assert.Contains("absent.csv", stderr, StringComparison.Ordinal);
    }
}
