using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck.Xunit;
using NodaTime;
using Sitrep.Datasets;
using Sitrep.Datasets.Acled;

namespace Sitrep.Tests.Datasets.Acled;

/// <summary>ACLED's terms forbid redistributing its files, so these fixtures are written from the codebook's column lists.</summary>
public class AcledEventReaderTests
{
    internal static Dictionary<string, string> Event(string id = "IRQ1001") => new()
    {
        ["event_id_cnty"] = id,
        ["event_date"] = "2026-03-20",
        ["year"] = "2026",
        ["time_precision"] = "1",
        ["disorder_type"] = "Political violence",
        ["event_type"] = "Explosions/Remote violence",
        ["sub_event_type"] = "Air/drone strike",
        ["actor1"] = "Unidentified Military Forces",
        ["assoc_actor_1"] = string.Empty,
        ["inter1"] = "8",
        ["actor2"] = "Military Forces of Iraq (2022-) Popular Mobilization Forces",
        ["assoc_actor_2"] = "Kataib Hezbollah; Harakat al Nujaba",
        ["inter2"] = "1",
        ["interaction"] = "18",
        ["civilian_targeting"] = string.Empty,
        ["iso"] = "368",
        ["region"] = "Middle East",
        ["country"] = "Iraq",
        ["admin1"] = "Al Anbar",
        ["admin2"] = "Al-Qaim",
        ["admin3"] = string.Empty,
        ["location"] = "Al Qaim",
        ["latitude"] = "34.3690",
        ["longitude"] = "41.0949",
        ["geo_precision"] = "2",
        ["source"] = "AFP; Shafaq News",
        ["source_scale"] = "National-International",
        ["notes"] = "On 20 March 2026, an airstrike hit a clinic, killing 7 members of the security forces. [size=no report]",
        ["fatalities"] = "7",
        ["tags"] = string.Empty,
        ["timestamp"] = "1774569600",
    };

    internal static string Csv(IEnumerable<string> columns, IEnumerable<Dictionary<string, string>> events, string newline = "\n") =>
        string.Join(",", columns) + newline + string.Concat(events.Select(e => string.Join(",", columns.Select(c => Ucdp.UcdpGedFixtures.Quote(e.GetValueOrDefault(c.ToLowerInvariant(), string.Empty)))) + newline));

    [Fact]
    public void The_current_layout_reads_with_typed_fields()
    {
        var (reader, rows) = Read(Csv(AcledColumns.Current, [Event()]));

        Assert.Equal(AcledLayout.Current, reader.Layout);
        var record = Assert.Single(rows).Value;
        Assert.Equal("IRQ1001", record.EventIdCnty);
        Assert.Equal(new LocalDate(2026, 3, 20), record.EventDate);
        Assert.Equal(7, record.Fatalities);
        Assert.Equal("Kataib Hezbollah; Harakat al Nujaba", record["assoc_actor_2"]);
        Assert.Empty(reader.ExtraColumns);
    }

    [Theory]
    [InlineData("2020-02-27", 2020, 2, 27)]
    [InlineData("27 February 2020", 2020, 2, 27)]
    [InlineData("01-January-2015", 2015, 1, 1)]
    [InlineData("9-May-20", 2020, 5, 9)]
    [InlineData("9-may-98", 1998, 5, 9)]
    public void Dates_are_read_in_every_spelling_exports_use(string text, int year, int month, int day)
    {
        var e = Event();
        e["event_date"] = text;

        var (_, rows) = Read(Csv(AcledColumns.Current, [e]));

        Assert.Equal(new LocalDate(year, month, day), rows[0].Value.EventDate);
        Assert.Equal(text, rows[0].Value["event_date"]);
    }

    [Fact]
    public void The_iso_numeric_code_keeps_its_leading_zeros()
    {
        var e = Event("AFG1");
        e["iso"] = "004";

        var (_, rows) = Read(Csv(AcledColumns.Current, [e]));

        Assert.Equal("004", rows[0].Value.Iso);
    }

    [Fact]
    public void Upper_case_headers_a_pandas_row_number_and_an_hxl_row_are_handled()
    {
        var columns = new[] { "Unnamed: 0" }.Concat(AcledColumns.Current.Select(c => c.ToUpperInvariant())).ToArray();
        var e1 = Event("IRQ1");
        e1["unnamed: 0"] = "0";
        var e2 = Event("IRQ2");
        e2["unnamed: 0"] = "1";
        var text = Csv(columns, [e1, e2], "\r\n");
        var lines = text.Split("\r\n");
        var hxl = string.Join(",", columns.Select((c, i) => i == 0 ? string.Empty : "#" + c.ToLowerInvariant()));
        text = lines[0] + "\r\n" + hxl + "\r\n" + string.Join("\r\n", lines.Skip(1));

        var (reader, rows) = Read(text);

        Assert.Equal(AcledLayout.Current, reader.Layout);
        Assert.Equal(["unnamed: 0"], reader.ExtraColumns);
        Assert.Equal(DatasetDiagnosticCodes.HxlTagRow, Assert.Single(reader.FileDiagnostics).Code);
        Assert.Equal(new DatasetReadCounts(2, 2, 0), reader.Counts);
        Assert.Equal("1", rows[1].Value["unnamed: 0"]);
        Assert.Equal(4, rows[1].Line);
    }

    [Fact]
    public void Older_layouts_are_named_by_their_columns()
    {
        var legacy = AcledColumns.Current.Where(c => c is not "disorder_type" and not "civilian_targeting" and not "tags").Concat(["data_id", "event_id_no_cnty", "iso3"]).ToArray();
        var oldest = legacy.Select(c => c.Replace("assoc_actor", "ally_actor", StringComparison.Ordinal)).Append("gwno").ToArray();
        var e = Event();
        e["data_id"] = "7000001";
        e["event_id_no_cnty"] = "1001";
        e["iso3"] = "IRQ";
        e["gwno"] = "645";

        var (legacyReader, legacyRows) = Read(Csv(legacy, [e]));
        var (oldestReader, oldestRows) = Read(Csv(oldest, [e]));
        var (subsetReader, subsetRows) = Read(Csv(["event_id_cnty", "event_date", "fatalities", "population_best"], [e]));

        Assert.Equal(AcledLayout.Legacy, legacyReader.Layout);
        Assert.Equal("IRQ", legacyRows[0].Value["iso3"]);
        Assert.Equal(AcledLayout.Oldest, oldestReader.Layout);
        Assert.Equal("645", oldestRows[0].Value["gwno"]);
        Assert.Equal(AcledLayout.Subset, subsetReader.Layout);
        Assert.Equal(7, subsetRows[0].Value.Fatalities);
    }

    [Fact]
    public void Bad_rows_are_rejected_with_column_and_value()
    {
        var badDate = Event("IRQ2");
        badDate["event_date"] = "31 February 2020";
        var badFatalities = Event("IRQ3");
        badFatalities["fatalities"] = "dozens";
        var badPrecision = Event("IRQ4");
        badPrecision["geo_precision"] = "4";

        var (reader, rows) = Read(Csv(AcledColumns.Current, [Event(), badDate, badFatalities, badPrecision]));

        Assert.Equal(new DatasetReadCounts(4, 1, 3), reader.Counts);
        Assert.Equal(("/event_date", "31 February 2020"), (rows[1].Diagnostics[0].Path, rows[1].Diagnostics[0].Value));
        Assert.Equal(("/fatalities", "dozens"), (rows[2].Diagnostics[0].Path, rows[2].Diagnostics[0].Value));
        Assert.Equal(("/geo_precision", "4"), (rows[3].Diagnostics[0].Path, rows[3].Diagnostics[0].Value));
    }

    [Fact]
    public void A_file_without_the_required_columns_is_refused()
    {
        var (reader, rows) = Read("id,date\n1,2020-01-01\n");

        Assert.Empty(rows);
        Assert.Null(reader.Layout);
        Assert.Contains("event_date", Assert.Single(reader.FileDiagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_windows_1252_export_is_detected()
    {
        var e = Event();
        e["location"] = "Kirkūk – “centre”";
        var text = Csv(AcledColumns.Current, [e]).Replace("ū", "u", StringComparison.Ordinal);

        var (reader, rows) = Read(TestEncodings.Windows1252.GetBytes(text));

        Assert.Equal("Windows-1252", reader.EncodingName);
        Assert.Equal("Kirkuk – “centre”", rows[0].Value.Values[21]);
    }

    [Property(MaxTest = 200)]
    public void Arbitrary_bytes_never_throw_and_counts_add_up(byte[] bytes)
    {
        var (reader, rows) = Read(bytes ?? []);

        Assert.Equal(reader.Counts.Read, rows.Count);
        Assert.Equal(reader.Counts.Read, reader.Counts.Accepted + reader.Counts.Rejected);
    }

    private static (AcledEventReader Reader, List<DatasetRow<AcledEventRecord>> Rows) Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    private static (AcledEventReader Reader, List<DatasetRow<AcledEventRecord>> Rows) Read(byte[] bytes)
    {
        var reader = AcledEventReader.Open(new MemoryStream(bytes));
        return (reader, reader.ReadRows().ToList());
    }
}
