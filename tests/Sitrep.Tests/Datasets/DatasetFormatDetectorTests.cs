using System.IO;
using System.Linq;
using System.Text;
using Sitrep.Datasets;

namespace Sitrep.Tests.Datasets;

/// <summary>Format detection is a library call: the name and the first line decide, and it never throws.</summary>
public sealed class DatasetFormatDetectorTests
{
    [Theory]
    [InlineData("events.csv", "event_id_cnty,event_date,year,time_precision,disorder_type,event_type\n", DatasetFormat.Acled)]
    [InlineData("subset.csv", "event_date,actor1,fatalities,admin1\n", DatasetFormat.Acled)]
    [InlineData("ged.csv", "id,relid,year,active_year,code_status,type_of_violence\n", DatasetFormat.Ucdp)]
    [InlineData("ged-subset.csv", "\"date_start\",\"best\",\"side_a\"\n", DatasetFormat.Ucdp)]
    [InlineData("polecat.tsv", "Event ID\tEvent Date\tEvent Type\tEvent Mode\n", DatasetFormat.Polecat)]
    [InlineData("plover.json", "[{\"id\": \"a\", \"event\": \"ASSAULT\"}]", DatasetFormat.Plover)]
    [InlineData(null, "{\"id\": \"a\", \"event\": \"ASSAULT\", \"date\": \"2021-01-01\"}\n", DatasetFormat.Plover)]
    [InlineData("story.json", "{\"sitrep\":\"1.0\"}", DatasetFormat.Sitrep)]
    [InlineData("story.jsonl", "{\"sitrep\":\"1.0\"}\n{\"actor\":{}}\n", DatasetFormat.SitrepJsonLines)]
    [InlineData(null, "{\"sitrep\":\"1.0\"}\n{\"actor\":{}}\n", DatasetFormat.SitrepJsonLines)]
    [InlineData(null, "{\"sitrep\":\"1.0\",\n\"actors\":[]}\n", DatasetFormat.Sitrep)]
    [InlineData("notes.txt", "Dear reader,\n", DatasetFormat.Unknown)]
    [InlineData(null, "", DatasetFormat.Unknown)]
    public void The_name_and_first_line_tell_the_format(string? name, string head, DatasetFormat expected)
    {
        Assert.Equal(expected, DatasetFormatDetector.Detect(name, Encoding.UTF8.GetBytes(head)));
    }

    [Fact]
    public void A_gdelt_row_is_told_by_its_tab_count_and_a_headerless_ucdp_row_by_its_comma_count()
    {
        Assert.Equal(DatasetFormat.Gdelt, DatasetFormatDetector.Detect("x.CSV", Encoding.UTF8.GetBytes(string.Join('\t', new string[61]) + "\n")));
        Assert.Equal(DatasetFormat.Ucdp, DatasetFormatDetector.Detect("x.csv", Encoding.UTF8.GetBytes(string.Join(',', new string[49]) + "\n")));
    }

    [Fact]
    public void A_utf16_header_is_read_through_its_byte_order_mark()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("event_id_cnty,event_date,event_type\r\n")).ToArray();

        Assert.Equal(DatasetFormat.Acled, DatasetFormatDetector.Detect("acled.csv", bytes));
    }

    [Fact]
    public void Utf16_without_a_mark_and_utf32_are_told_apart_as_the_readers_tell_them()
    {
        const string Header = "id,relid,year,active_year,code_status,type_of_violence\n";

        Assert.Equal(DatasetFormat.Ucdp, DatasetFormatDetector.Detect("ged.csv", Encoding.BigEndianUnicode.GetBytes(Header)));
        Assert.Equal(DatasetFormat.Ucdp, DatasetFormatDetector.Detect("ged.csv", Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(Header)).ToArray()));
    }

    [Theory]
    [InlineData("ucdp/ged-myanmar-r-export.csv", DatasetFormat.Ucdp)]
    [InlineData("gdelt/20191024143000-first1000.export.CSV", DatasetFormat.Gdelt)]
    [InlineData("plover/PLOVER_GSR_CAMEO.json", DatasetFormat.Plover)]
    public void Real_files_are_detected_from_their_path(string file, DatasetFormat expected)
    {
        if (TestPaths.SharedCorpus is not { } corpus)
        {
            Assert.Skip("../shared/corpus is absent: this clone has no shared corpus beside it.");
            return;
        }

        Assert.Equal(expected, DatasetFormatDetector.Detect(Path.Combine(corpus, "datasets", file)));
    }

    [Fact]
    public void The_seed_sample_is_canonical_json()
    {
        Assert.Equal(DatasetFormat.Sitrep, DatasetFormatDetector.Detect(TestPaths.SeedSample));
    }
}
