using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sitrep.Datasets.Acled;
using Sitrep.Tests.Generators;

namespace Sitrep.Tests.Datasets.Acled;

public class AcledEventWriterTests
{
    [Property(Arbitrary = new[] { typeof(AcledArbitraries) }, MaxTest = 150)]
    public void Records_written_and_read_back_are_equal_and_canonical_files_come_back_byte_for_byte(AcledEventRecord[] records)
    {
        var first = Write(records);
        using var reader = AcledEventReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(first)));
        var rows = reader.ReadRows().ToList();

        Assert.All(rows, r => Assert.True(r.IsAccepted, string.Join("\n", r.Diagnostics)));
        Assert.Equal(records, rows.Select(r => r.Record!));
        Assert.Equal(first, Write(rows.Select(r => r.Record!).ToArray()));
    }

    [Fact]
    public void Formula_like_notes_are_protected_and_numbers_are_not()
    {
        var record = new AcledEventRecord(["event_id_cnty", "event_date", "notes", "latitude"], ["IRQ1", "2020-02-27", "=1+1", "-33.5"]);

        using var writer = new StringWriter();
        AcledEventWriter.Write(writer, [record]);

        Assert.Equal("event_id_cnty,event_date,notes,latitude\nIRQ1,2020-02-27,\"'=1+1\",-33.5\n", writer.ToString());
    }

    private static string Write(AcledEventRecord[] records)
    {
        using var writer = new StringWriter();
        AcledEventWriter.Write(writer, records, protectFormulas: false);
        return writer.ToString();
    }

    public static class AcledArbitraries
    {
        private static readonly string[] DateSpellings = ["2020-02-27", "27 February 2020", "01-January-2015", "9-May-20"];

        public static Arbitrary<AcledEventRecord[]> Records() =>
            Gen.Choose(1, 5).SelectMany(n => Gen.CollectToArray(Enumerable.Range(1, n), Record)).ToArbitrary();

        private static Gen<AcledEventRecord> Record(int i) =>
            from notes in ModelGen.Text
            from actor in ModelGen.Text
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
