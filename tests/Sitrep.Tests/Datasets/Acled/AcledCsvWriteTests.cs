using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sitrep.Datasets;
using Sitrep.Datasets.Acled;
using Sitrep.Tests.Generators;

namespace Sitrep.Tests.Datasets.Acled;

public class AcledCsvWriteTests
{
    [Property(Arbitrary = new[] { typeof(AcledArbitraries) }, MaxTest = 150)]
    public void Records_written_and_read_back_are_equal_and_canonical_files_come_back_byte_for_byte(AcledEventRecord[] records)
    {
        var first = Write(records);
        using var reader = AcledEventReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(first)));
        var rows = reader.ReadRows().ToList();

        Assert.All(rows, r => Assert.True(r.Success, string.Join("\n", r.Diagnostics)));
        Assert.Equal(records, rows.Select(r => r.Value));
        Assert.Equal(first, Write(rows.Select(r => r.Value).ToArray()));
    }

    /// <summary>With the formula guard on (the default), every string comes back as it was, apostrophes included.</summary>
    [Property(Arbitrary = new[] { typeof(AcledArbitraries) }, MaxTest = 150)]
    public void Records_written_with_the_formula_guard_read_back_equal(AcledEventRecord[] records)
    {
        using var writer = new StringWriter();
        DatasetCsvWriter.Write(writer, records, protectFormulas: true);
        using var reader = AcledEventReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(writer.ToString())));
        var rows = reader.ReadRows().ToList();

        Assert.All(rows, r => Assert.True(r.Success, string.Join("\n", r.Diagnostics)));
        Assert.Equal(records, rows.Select(r => r.Value));
    }

    [Theory]
    [InlineData("-Settlers (Israel)")]
    [InlineData("'s-Hertogenbosch")]
    [InlineData("''")]
    [InlineData("'")]
    [InlineData("=1+1")]
    [InlineData("@home")]
    [InlineData("+")]
    [InlineData("'=already guarded")]
    public void The_guard_is_safe_for_spreadsheets_and_exact_for_sitrep(string value)
    {
        var record = new AcledEventRecord(["event_id_cnty", "event_date", "actor1"], ["IRQ1", "2020-02-27", value]);

        using var writer = new StringWriter();
        DatasetCsvWriter.Write(writer, [record]);
        using var reader = AcledEventReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(writer.ToString())));

        var cell = writer.ToString().Split('\n')[1].Split(',', 3)[2];
        Assert.StartsWith("\"'", cell, System.StringComparison.Ordinal);
        Assert.Equal(value, Assert.Single(reader.ReadRows()).Value["actor1"]);
    }

    [Fact]
    public void Formula_like_notes_are_protected_and_numbers_are_not()
    {
        var record = new AcledEventRecord(["event_id_cnty", "event_date", "notes", "latitude"], ["IRQ1", "2020-02-27", "=1+1", "-33.5"]);

        using var writer = new StringWriter();
        DatasetCsvWriter.Write(writer, [record]);

        Assert.Equal("event_id_cnty,event_date,notes,latitude\nIRQ1,2020-02-27,\"'=1+1\",-33.5\n", writer.ToString());
    }

    private static string Write(AcledEventRecord[] records)
    {
        using var writer = new StringWriter();
        DatasetCsvWriter.Write(writer, records, protectFormulas: false);
        return writer.ToString();
    }

    public static class AcledArbitraries
    {
        private static readonly string[] DateSpellings = ["2020-02-27", "27 February 2020", "01-January-2015", "9-May-20"];

        public static Arbitrary<AcledEventRecord[]> Records() =>
            Gen.Choose(1, 5).SelectMany(n => Gen.CollectToArray(Enumerable.Range(1, n), Record)).ToArbitrary();

        // Text that starts the way formulas and guarded cells do, as often as not.
        private static readonly Gen<string> Guardable =
            from start in Gen.Elements(string.Empty, "=", "+", "-", "@", "'", "''", "'=", "\t", "-5")
            from rest in ModelGen.Text
            select start + rest;

        private static Gen<AcledEventRecord> Record(int i) =>
            from notes in Guardable
            from actor in Guardable
            from date in Gen.Elements(DateSpellings)
            from fatalities in Gen.Choose(0, 300)
            from iso in Gen.Elements("004", "368", "804", "0")
            select new AcledEventRecord(
                AcledColumns.Current,
                ValueArray.From(AcledColumns.Current.Select(c => c switch
                {
                    "event_id_cnty" => "IRQ" + i,
                    "event_date" => date,
                    "year" => "2020",
                    "time_precision" => "1",
                    "iso" => iso,
                    "latitude" => "33.3152",
                    "longitude" => "44.3661",
                    "geo_precision" => "1",
                    "fatalities" => fatalities.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "timestamp" => "1704833944",
                    "notes" => notes,
                    "actor1" => actor,
                    _ => "x",
                })));
    }
}
