using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sitrep.Datasets;
using Sitrep.Datasets.Ucdp;
using Sitrep.Tests.Generators;
using static Sitrep.Tests.Datasets.Ucdp.UcdpGedFixtures;

namespace Sitrep.Tests.Datasets.Ucdp;

public class UcdpGedCsvWriteTests
{
    [Property(Arbitrary = new[] { typeof(UcdpArbitraries) }, MaxTest = 150)]
    public void Records_written_and_read_back_are_equal(UcdpGedRecord[] records)
    {
        var text = Write(records, protectFormulas: false);

        using var reader = UcdpGedReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        var rows = reader.ReadRows().ToList();

        Assert.All(rows, r => Assert.True(r.Success, string.Join("\n", r.Diagnostics)));
        Assert.Equal(records, rows.Select(r => r.Value));
    }

    [Property(Arbitrary = new[] { typeof(UcdpArbitraries) }, MaxTest = 100)]
    public void A_file_in_canonical_form_is_written_back_byte_for_byte(UcdpGedRecord[] records)
    {
        var first = Write(records, protectFormulas: false);
        using var reader = UcdpGedReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(first)));

        var second = Write(reader.ReadRows().Select(r => r.Value).ToArray(), protectFormulas: false);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Text_cells_that_start_like_formulas_are_protected_and_numbers_are_not()
    {
        var e = Event(1);
        e["side_b"] = "=HYPERLINK(\"http://x\")";
        e["where_description"] = "-near the river";
        e["source_original"] = "@witness";
        e["longitude"] = "-96.31";
        var record = Record(e);

        var text = Write([record], protectFormulas: true);

        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\")\",", text, System.StringComparison.Ordinal);
        Assert.Contains(",\"'-near the river\",", text, System.StringComparison.Ordinal);
        Assert.Contains(",\"'@witness\",", text, System.StringComparison.Ordinal);
        Assert.Contains(",-96.31,", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("'=", Write([record], protectFormulas: false), System.StringComparison.Ordinal);
    }

    private static string Write(UcdpGedRecord[] records, bool protectFormulas)
    {
        using var writer = new StringWriter();
        DatasetCsvWriter.Write(writer, records, protectFormulas);
        return writer.ToString();
    }

    public static class UcdpArbitraries
    {
        private static readonly string[] TextColumns = ["conflict_name", "dyad_name", "side_a", "side_b", "source_article", "source_headline", "source_original", "where_coordinates", "where_description", "adm_1", "adm_2", "country", "region", "gwnob"];

        public static Arbitrary<UcdpGedRecord[]> Records() =>
            Gen.Choose(1, 6).SelectMany(n => Gen.CollectToArray(Enumerable.Range(1, n), RecordGen)).ToArbitrary();

        private static Gen<UcdpGedRecord> RecordGen(int id) =>
            from texts in Gen.CollectToArray(TextColumns, _ => ModelGen.Text)
            from deaths in Gen.CollectToArray(Enumerable.Range(0, 4), _ => Gen.Choose(0, 500))
            from spread in Gen.Choose(0, 50)
            from lat in Gen.Choose(-90_000, 90_000)
            from lon in Gen.Choose(-180_000, 180_000)
            select Build(id, texts, deaths, spread, lat / 1000.0, lon / 1000.0);

        private static UcdpGedRecord Build(int id, string[] texts, int[] deaths, int spread, double lat, double lon)
        {
            var e = Event(id);
            for (var i = 0; i < TextColumns.Length; i++)
            {
                e[TextColumns[i]] = texts[i];
            }

            var best = deaths.Sum();
            e["deaths_a"] = deaths[0].ToString(System.Globalization.CultureInfo.InvariantCulture);
            e["deaths_b"] = deaths[1].ToString(System.Globalization.CultureInfo.InvariantCulture);
            e["deaths_civilians"] = deaths[2].ToString(System.Globalization.CultureInfo.InvariantCulture);
            e["deaths_unknown"] = deaths[3].ToString(System.Globalization.CultureInfo.InvariantCulture);
            e["best"] = best.ToString(System.Globalization.CultureInfo.InvariantCulture);
            e["low"] = System.Math.Max(0, best - spread).ToString(System.Globalization.CultureInfo.InvariantCulture);
            e["high"] = (best + spread).ToString(System.Globalization.CultureInfo.InvariantCulture);
            e["latitude"] = lat.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            e["longitude"] = lon.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            return Record(e);
        }
    }
}
