using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck.Xunit;
using Sitrep.Datasets;
using Sitrep.Datasets.Gdelt;

namespace Sitrep.Tests.Datasets.Gdelt;

public class GdeltEventReaderTests
{
    [Fact]
    public void The_real_export_reads_every_row_with_cameo_codes_as_text()
    {
        if (TestPaths.SharedCorpus is not { } corpus)
        {
            Assert.Skip("../shared/corpus is absent: this clone has no shared corpus beside it.");
            return;
        }

        using var reader = GdeltEventReader.OpenFile(Path.Combine(corpus, "datasets", "gdelt", "20191024143000-first1000.export.CSV"));
        var rows = reader.ReadRows().ToList();

        Assert.Equal(GdeltLayout.Gdelt2, reader.Layout);
        Assert.Equal(new DatasetReadCounts(1000, 1000, 0), reader.Counts);
        Assert.All(rows, r => Assert.Empty(r.Diagnostics));
        var first = rows[0].Value;
        Assert.Equal(881990832, first.GlobalEventId);
        Assert.Equal("139", first.EventCode);
        Assert.Equal(-7.0, first.GoldsteinScale);
        Assert.Equal("040", rows[1].Value.EventCode);
        Assert.Equal("04", rows[1].Value.EventRootCode);
        Assert.Contains(rows, r => r.Value["ActionGeo_Type"] == "0");
        Assert.True(rows.Count(r => r.Value.Actor1Code is null) > 100);
    }

    [Theory]
    [InlineData(61, GdeltLayout.Gdelt2)]
    [InlineData(58, GdeltLayout.Gdelt1)]
    [InlineData(57, GdeltLayout.Gdelt1WithoutUrl)]
    public void The_layout_is_told_by_the_column_count(int count, GdeltLayout layout)
    {
        var columns = count == 61 ? GdeltEventColumns.Gdelt2 : count == 58 ? GdeltEventColumns.Gdelt1 : GdeltEventColumns.Gdelt1WithoutUrl;

        var (reader, rows) = Read(Line(Event(), columns));

        Assert.Equal(layout, reader.Layout);
        Assert.True(Assert.Single(rows).Success, string.Join("\n", rows[0].Diagnostics));
        Assert.Equal(count, rows[0].Value.Values.Count);
    }

    [Fact]
    public void Quotes_are_data_not_syntax()
    {
        var e = Event();
        e["Actor1Name"] = "THE \"QUOTED\" NAME";

        var (_, rows) = Read(Line(e) + Line(Event(2)));

        Assert.Equal(2, rows.Count(r => r.Success));
        Assert.Equal("THE \"QUOTED\" NAME", rows[0].Value["Actor1Name"]);
    }

    [Fact]
    public void Bad_rows_are_rejected_with_their_column_and_value()
    {
        var badCode = Event(2);
        badCode["EventCode"] = "19x";
        var badGoldstein = Event(3);
        badGoldstein["GoldsteinScale"] = "12.5";
        var badDate = Event(4);
        badDate["SQLDATE"] = "20190230";

        var (reader, rows) = Read(Line(Event(1)) + Line(badCode) + Line(badGoldstein) + Line(badDate) + "5\t20191024\n");

        Assert.Equal(new DatasetReadCounts(5, 1, 4), reader.Counts);
        Assert.Equal(("/EventCode", "19x"), (rows[1].Diagnostics[0].Path, rows[1].Diagnostics[0].Value));
        Assert.Equal(("/GoldsteinScale", "12.5"), (rows[2].Diagnostics[0].Path, rows[2].Diagnostics[0].Value));
        Assert.Equal(("/SQLDATE", "20190230"), (rows[3].Diagnostics[0].Path, rows[3].Diagnostics[0].Value));
        Assert.Equal(DatasetDiagnosticCodes.ColumnCountMismatch, rows[4].Diagnostics[0].Code);
        Assert.Equal(5, rows[4].Line);
    }

    [Fact]
    public void A_file_of_another_shape_is_refused_with_a_file_diagnostic()
    {
        var (reader, rows) = Read("a\tb\tc\n");

        Assert.Empty(rows);
        Assert.Equal(DatasetDiagnosticCodes.UnrecognisedLayout, Assert.Single(reader.FileDiagnostics).Code);
    }

    [Property(MaxTest = 300)]
    public void Arbitrary_bytes_never_throw_and_counts_add_up(byte[] bytes)
    {
        var (reader, rows) = Read(bytes ?? []);

        Assert.Equal(reader.Counts.Read, rows.Count);
        Assert.Equal(reader.Counts.Read, reader.Counts.Accepted + reader.Counts.Rejected);
    }

    internal static Dictionary<string, string> Event(long id = 1)
    {
        var e = GdeltEventColumns.Gdelt2.ToDictionary(c => c, _ => string.Empty);
        e["GLOBALEVENTID"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        e["SQLDATE"] = "20191024";
        e["MonthYear"] = "201910";
        e["Year"] = "2019";
        e["FractionDate"] = "2019.8055";
        e["Actor1Code"] = "IRQMIL";
        e["Actor1Name"] = "IRAQ";
        e["IsRootEvent"] = "1";
        e["EventCode"] = "190";
        e["EventBaseCode"] = "190";
        e["EventRootCode"] = "19";
        e["QuadClass"] = "4";
        e["GoldsteinScale"] = "-10.0";
        e["NumMentions"] = "4";
        e["NumSources"] = "1";
        e["NumArticles"] = "4";
        e["AvgTone"] = "-6.2";
        e["ActionGeo_Type"] = "4";
        e["ActionGeo_FullName"] = "Erbil, Arbil, Iraq";
        e["ActionGeo_CountryCode"] = "IZ";
        e["ActionGeo_Lat"] = "36.19";
        e["ActionGeo_Long"] = "44.01";
        e["DATEADDED"] = "20191024143000";
        e["SOURCEURL"] = "https://example.org/story";
        return e;
    }

    internal static string Line(Dictionary<string, string> e, ValueArray<string>? columns = null)
    {
        var names = columns ?? GdeltEventColumns.Gdelt2;
        if (names.Count != 61)
        {
            e["DATEADDED"] = "20191024";
        }

        return string.Join('\t', names.Select(n => e[n])) + "\n";
    }

    private static (GdeltEventReader Reader, List<DatasetRow<GdeltEventRecord>> Rows) Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    private static (GdeltEventReader Reader, List<DatasetRow<GdeltEventRecord>> Rows) Read(byte[] bytes)
    {
        var reader = GdeltEventReader.Open(new MemoryStream(bytes));
        return (reader, reader.ReadRows().ToList());
    }
}
