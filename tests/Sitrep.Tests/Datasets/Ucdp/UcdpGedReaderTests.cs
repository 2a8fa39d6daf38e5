using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck.Xunit;
using Sitrep.Datasets;
using Sitrep.Datasets.Ucdp;
using Sitrep.Validation;
using static Sitrep.Tests.Datasets.Ucdp.UcdpGedFixtures;

namespace Sitrep.Tests.Datasets.Ucdp;

public class UcdpGedReaderTests
{
    [Fact]
    public void A_49_column_file_reads_with_its_layout_and_typed_fields()
    {
        var (reader, rows) = Read(Csv([Event(1), Event(2)]));

        Assert.Equal(UcdpGedLayout.Ged49, reader.Layout!.Layout);
        Assert.Equal(new DatasetReadCounts(2, 2, 0), reader.Counts);
        var record = rows[0].Value;
        Assert.Equal(1, record.Id);
        Assert.Equal(6, record.Best);
        Assert.Equal(5, record.Low);
        Assert.Equal(8, record.High);
        Assert.Equal(25.61, record.Latitude);
        Assert.Equal("\"Outlet,2021-06-01,Clash in the hills\";\"Other,2021-06-02,Follow-up\"", record["source_article"]);
        Assert.Equal(2, rows[0].Line);
        Assert.Equal(3, rows[1].Line);
    }

    [Fact]
    public void The_42_column_layout_is_found_by_its_header()
    {
        var (reader, rows) = Read(Csv([Event()], UcdpGedColumns.Ged42));

        Assert.Equal(UcdpGedLayout.Ged42, reader.Layout!.Layout);
        Assert.Equal(42, rows[0].Value.Values.Count);
        Assert.Equal(6, rows[0].Value.Best);
        Assert.Null(rows[0].Value.Relid);
    }

    [Fact]
    public void A_headerless_candidate_file_is_read_by_column_count_and_reported()
    {
        var (reader, rows) = Read(Csv([Event(7)], header: false));

        Assert.False(reader.Layout!.HasHeader);
        Assert.Equal(DatasetDiagnosticCodes.HeaderlessFile, Assert.Single(reader.FileDiagnostics).Code);
        Assert.Equal(7, Assert.Single(rows).Value.Id);
        Assert.Equal(1, rows[0].Line);
    }

    [Fact]
    public void Upper_case_headers_a_leading_row_number_and_crlf_are_handled()
    {
        var columns = ValueArray.From(new[] { string.Empty }.Concat(UcdpGedColumns.Ged49.Select(c => c.ToUpperInvariant())));
        var events = new[] { Event(1), Event(2) };
        var text = Csv(events.Select((e, i) => new Dictionary<string, string>(e.Select(kv => KeyValuePair.Create(kv.Key.ToUpperInvariant(), kv.Value))) { [string.Empty] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }), columns, newline: "\r\n");

        var (reader, rows) = Read("\uFEFF" + text);

        Assert.Equal(50, reader.Layout!.Columns.Count);
        Assert.Equal(2, rows.Count(r => r.Success));
        Assert.Equal("2", rows[1].Value.Values[0]);
        Assert.Equal(2, rows[1].Value.Id);
    }

    [Fact]
    public void Bad_rows_are_rejected_with_line_column_and_raw_value_and_the_counts_add_up()
    {
        var badNumber = Event(2);
        badNumber["best"] = "ten";
        var missingBest = Event(3);
        missingBest["best"] = "NA";
        var impossibleDate = Event(4);
        impossibleDate["date_start"] = "2021-02-30";
        var badLatitude = Event(5);
        badLatitude["latitude"] = "95.5";
        var text = Csv([Event(1), badNumber, missingBest, impossibleDate, badLatitude]) + "6,only,three\n";

        var (reader, rows) = Read(text);

        Assert.Equal(new DatasetReadCounts(6, 1, 5), reader.Counts);
        AssertRejected(rows[1], DatasetDiagnosticCodes.InvalidField, "/best", "ten", 3);
        AssertRejected(rows[2], DatasetDiagnosticCodes.MissingValue, "/best", "NA", 4);
        AssertRejected(rows[3], DatasetDiagnosticCodes.InvalidField, "/date_start", "2021-02-30", 5);
        AssertRejected(rows[4], DatasetDiagnosticCodes.InvalidField, "/latitude", "95.5", 6);
        AssertRejected(rows[5], DatasetDiagnosticCodes.ColumnCountMismatch, null, "6,only,three", 7);
    }

    [Theory]
    [InlineData("side_a_new_id", "1\u000080")]
    [InlineData("side_b_new_id", "1 2")]
    [InlineData("conflict_new_id", "KNU")]
    [InlineData("dyad_new_id", "-4")]
    public void A_side_conflict_or_dyad_id_that_is_no_number_rejects_its_row(string column, string value)
    {
        var bad = Event(2);
        bad[column] = value;

        var (reader, rows) = Read(Csv([Event(1), bad]));

        Assert.Equal(new DatasetReadCounts(2, 1, 1), reader.Counts);
        AssertRejected(rows[1], DatasetDiagnosticCodes.InvalidField, "/" + column, value, 3);
    }

    [Fact]
    public void A_rejected_row_has_no_value_and_asking_for_it_throws_with_the_rows_diagnostics()
    {
        var badNumber = Event(2);
        badNumber["best"] = "ten";

        var (_, rows) = Read(Csv([Event(1), badNumber]));

        Assert.True(rows[0].Success);
        Assert.True(rows[0].TryGetValue(out var first));
        Assert.Same(first, rows[0].Value);
        Assert.False(rows[1].Success);
        Assert.False(rows[1].TryGetValue(out _));
        Assert.Null(rows[1].ValueOrNull);
        var thrown = Assert.Throws<DiagnosticException>(() => rows[1].Value);
        Assert.Equal(rows[1].Diagnostics, thrown.Diagnostics);
        Assert.Contains("3:/best: error SR0205", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_fields_of_a_hand_built_record_fail_clearly_instead_of_giving_a_default()
    {
        var fields = Event(1);
        fields["best"] = "ten";
        fields["low"] = string.Empty;
        fields["latitude"] = "north";
        fields["date_start"] = string.Empty;
        var record = new UcdpGedRecord(UcdpGedColumns.Ged49, [.. UcdpGedColumns.Ged49.Select(c => fields[c])]);

        Assert.Equal("/best", Assert.Single(Assert.Throws<DiagnosticException>(() => record.Best).Diagnostics).Path);
        Assert.Equal(DatasetDiagnosticCodes.InvalidField, Assert.Single(Assert.Throws<DiagnosticException>(() => record.Latitude).Diagnostics).Code);
        Assert.Equal(DatasetDiagnosticCodes.MissingValue, Assert.Single(Assert.Throws<DiagnosticException>(() => record.DateStart).Diagnostics).Code);
        Assert.Null(record.Low);
        Assert.Equal(1, record.Id);
    }

    [Fact]
    public void A_sum_of_deaths_past_the_largest_count_is_reported_exactly_not_wrapped()
    {
        var e = Event(1);
        e["deaths_a"] = long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
        e["deaths_b"] = "2";
        e["best"] = "5";
        e["high"] = long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (_, rows) = Read(Csv([e]));

        var mismatch = Assert.Single(rows[0].Diagnostics, d => d.Code == DatasetDiagnosticCodes.DeathsSumMismatch);
        Assert.Contains("= 9223372036854775810;", mismatch.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Published_invariant_breaks_are_kept_and_reported()
    {
        var order = Event(1);
        order["low"] = "9";
        var sum = Event(2);
        sum["deaths_unknown"] = "4";

        var (_, rows) = Read(Csv([order, sum]));

        Assert.True(rows[0].Success);
        Assert.Equal(DiagnosticCodes.EstimateOutOfOrder, Assert.Single(rows[0].Diagnostics).Code);
        Assert.Equal(DiagnosticSeverity.Warning, rows[0].Diagnostics[0].Severity);
        Assert.True(rows[1].Success);
        Assert.Equal(DatasetDiagnosticCodes.DeathsSumMismatch, Assert.Single(rows[1].Diagnostics).Code);
        Assert.Equal("6", rows[1].Value["best"]);
    }

    [Fact]
    public void A_truncated_last_record_is_reported()
    {
        var text = Csv([Event(1)]) + "2,\"MYA-2021-1-222-2,2021";

        var (reader, rows) = Read(text);

        Assert.Equal(new DatasetReadCounts(2, 1, 1), reader.Counts);
        Assert.Equal(DatasetDiagnosticCodes.UnterminatedQuote, Assert.Single(rows[1].Diagnostics).Code);
    }

    [Fact]
    public void Fail_fast_stops_at_the_first_rejected_row()
    {
        var bad = Event(2);
        bad["year"] = "last year";

        var (reader, rows) = Read(Csv([Event(1), bad, Event(3)]), new DatasetReaderOptions { FailFast = true });

        Assert.Equal(2, rows.Count);
        Assert.Equal(new DatasetReadCounts(2, 1, 1), reader.Counts);
    }

    [Fact]
    public void A_file_that_is_not_ucdp_gives_a_file_diagnostic_and_no_rows()
    {
        var (reader, rows) = Read("event_id_cnty,event_date,fatalities\nIRQ1,2020-01-01,3\n");

        Assert.Empty(rows);
        Assert.Null(reader.Layout);
        Assert.Equal(DatasetDiagnosticCodes.UnrecognisedLayout, Assert.Single(reader.FileDiagnostics).Code);
    }

    [Fact]
    public void Windows_1252_is_detected_and_reported_and_decoded_correctly()
    {
        var e = Event(1);
        e["where_description"] = "près de Hpakant – “quoted”";
        var bytes = TestEncodings.Windows1252.GetBytes(Csv([e]));

        var (reader, rows) = Read(bytes);

        Assert.Equal("Windows-1252", reader.Layout!.Encoding);
        Assert.Equal(DatasetDiagnosticCodes.EncodingDetected, Assert.Single(reader.FileDiagnostics).Code);
        Assert.Equal("près de Hpakant – “quoted”", rows[0].Value["where_description"]);
    }

    [Fact]
    public void Invalid_utf8_after_the_sniffed_prefix_rejects_its_row_with_the_byte_offset()
    {
        var events = Enumerable.Range(1, 400).Select(i => Event(i)).ToList();
        var text = Csv(events);
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        var lastLineStart = text.LastIndexOf('\n', text.Length - 2) + 1;
        var at = Encoding.UTF8.GetByteCount(text[..lastLineStart]) + 10;
        bytes.Insert(at, 0xFF);

        var (reader, rows) = Read(bytes.ToArray(), new DatasetReaderOptions { Encoding = DatasetEncoding.Utf8 });

        Assert.True(at > 64 * 1024);
        Assert.Equal(new DatasetReadCounts(400, 399, 1), reader.Counts);
        var diagnostic = Assert.Single(rows[^1].Diagnostics);
        Assert.Equal(DatasetDiagnosticCodes.InvalidUtf8, diagnostic.Code);
        Assert.Contains($"byte offset {at}", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_over_the_limit_reject_their_row()
    {
        var e = Event(1);
        e["source_original"] = new string('x', 5000);

        var (_, rows) = Read(Csv([e]), new DatasetReaderOptions { MaxFieldLength = 1000 });

        Assert.Equal(DatasetDiagnosticCodes.FieldTooLong, Assert.Single(rows[0].Diagnostics).Code);
    }

    [Property(MaxTest = 300)]
    public void Arbitrary_bytes_never_throw_and_counts_add_up(byte[] bytes)
    {
        var (reader, rows) = Read(bytes ?? []);

        Assert.Equal(reader.Counts.Read, rows.Count);
        Assert.Equal(reader.Counts.Read, reader.Counts.Accepted + reader.Counts.Rejected);
        Assert.All(rows, r => Assert.True(r.Success || r.Diagnostics.Any(d => d.IsError)));
    }

    [Property(MaxTest = 200)]
    public void Mutated_files_never_throw_and_every_row_is_accounted_for(int seed)
    {
        var random = new Random(seed);
        var text = Csv(Enumerable.Range(1, 5).Select(i => Event(i)));
        var chars = text.ToCharArray();
        for (var i = 0; i < 4; i++)
        {
            chars[random.Next(chars.Length)] = ",\"\n\rx9-"[random.Next(7)];
        }

        var (reader, rows) = Read(new string(chars));

        Assert.Equal(reader.Counts.Read, rows.Count);
        Assert.Equal(reader.Counts.Read, reader.Counts.Accepted + reader.Counts.Rejected);
    }

    [Theory]
    [InlineData("longitude", "\u00A096.31", "before")]
    [InlineData("best", "6\u00A0", "after")]
    [InlineData("latitude", "\u200325.61", "before")]
    public void A_number_with_a_no_break_space_is_read_and_the_space_reported(string column, string value, string where)
    {
        var e = Event(1);
        e[column] = value;

        var (_, rows) = Read(Csv([e]));

        Assert.True(rows[0].Success);
        var warning = Assert.Single(rows[0].Diagnostics);
        Assert.Equal((DatasetDiagnosticCodes.InvalidField, Sitrep.Validation.DiagnosticSeverity.Warning, "/" + column, value), (warning.Code, warning.Severity, warning.Path, warning.Value));
        Assert.Contains(where + " its value; read as '" + value.Trim() + "'", warning.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_padded_with_ascii_spaces_is_read_without_comment()
    {
        var e = Event(1);
        e["longitude"] = " 96.31 ";

        var (_, rows) = Read(Csv([e]));

        Assert.Empty(rows[0].Diagnostics);
    }

    private static void AssertRejected(DatasetRow<UcdpGedRecord> row, string code, string? path, string value, long line)
    {
        Assert.False(row.Success);
        var diagnostic = Assert.Single(row.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(path, diagnostic.Path);
        Assert.Equal(value, diagnostic.Value);
        Assert.Equal(line, row.Line);
        Assert.Equal(line, diagnostic.Line);
    }

    private static (UcdpGedReader Reader, List<DatasetRow<UcdpGedRecord>> Rows) Read(string text, DatasetReaderOptions? options = null) =>
        Read(Encoding.UTF8.GetBytes(text), options);

    private static (UcdpGedReader Reader, List<DatasetRow<UcdpGedRecord>> Rows) Read(byte[] bytes, DatasetReaderOptions? options = null)
    {
        var reader = UcdpGedReader.Open(new MemoryStream(bytes), options);
        return (reader, reader.ReadRows().ToList());
    }
}
