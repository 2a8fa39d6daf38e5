using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Sitrep.Datasets;
using Sitrep.Datasets.Acled;
using Sitrep.Datasets.Gdelt;
using Sitrep.Datasets.Polecat;
using Sitrep.Datasets.Ucdp;
using Sitrep.Tests.Datasets.Acled;
using Sitrep.Tests.Datasets.Gdelt;
using Sitrep.Tests.Datasets.Polecat;
using Sitrep.Tests.Datasets.Ucdp;
using Sitrep.Validation;

namespace Sitrep.Tests.Datasets;

/// <summary>
/// The CSV-family readers on rows built to break them: over-long rows, runaway quotes, stray quotes, hostile headers,
/// blank lines, a file cut off in its last row, mixed encodings. One broken row costs one rejected row (or a warning),
/// never the rest of the file, the process, or memory beyond the limits.
/// </summary>
public class HostileRowsTests
{
    private static readonly DatasetReaderOptions SmallRows = new() { MaxRecordLength = 4096 };

    public static TheoryData<string> Formats => ["acled", "ucdp", "gdelt", "polecat"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_row_over_the_limit_is_one_rejected_row_and_reading_resumes_after_it(string format)
    {
        var rows = Rows(format, 5);
        rows[2] = rows[2] + new string('x', 10_000);

        var (counts, read) = Read(format, File(format, rows), SmallRows);

        Assert.Equal(new DatasetReadCounts(5, 4, 1), counts);
        var rejected = Assert.Single(read, r => !r.Success);
        Assert.Equal(LineOfRow(format, 2), rejected.Line);
        Assert.Equal(DatasetDiagnosticCodes.RowTooLong, Assert.Single(rejected.Diagnostics).Code);
    }

    [Fact]
    public void A_17_MB_field_is_rejected_without_a_crash_and_the_next_rows_read()
    {
        var rows = Rows("acled", 4);
        var e = AcledEventReaderTests.Event("IRQ2");
        e["notes"] = new string('x', 17 * 1024 * 1024);
        rows[1] = AcledEventReaderTests.Csv(AcledColumns.Current, [e]).Split('\n')[1];

        var (counts, read) = Read("acled", File("acled", rows));

        Assert.Equal(new DatasetReadCounts(4, 3, 1), counts);
        Assert.Equal(DatasetDiagnosticCodes.RowTooLong, read[1].Diagnostics[0].Code);
    }

    [Theory]
    [InlineData("acled")]
    [InlineData("ucdp")]
    public void A_quote_that_never_closes_near_the_top_costs_at_most_its_own_row(string format)
    {
        var rows = Rows(format, 200);
        rows[1] = ReplaceFirst(rows[1], ",", ",\"never closed ");

        var (counts, read) = Read(format, File(format, rows));

        Assert.Equal(200, counts.Read);
        Assert.True(counts.Accepted >= 199);
        Assert.Contains(read[1].Diagnostics, d => d.Code is DatasetDiagnosticCodes.StrayQuote or DatasetDiagnosticCodes.RunawayQuote);
        Assert.All(read.Skip(2), r => Assert.True(r.Success));
    }

    [Fact]
    public void A_stray_quote_in_a_field_of_a_ten_row_file_leaves_ten_rows()
    {
        var events = Enumerable.Range(1, 10).Select(i => AcledEventReaderTests.Event("IRQ" + i)).ToList();
        var text = ReplaceFirst(AcledEventReaderTests.Csv(AcledColumns.Current, events), "killing 7", "killing 7 with a 5\" mortar");

        var (counts, read) = Read("acled", Encoding.UTF8.GetBytes(text));

        Assert.Equal(new DatasetReadCounts(10, 10, 0), counts);
        var warning = Assert.Single(read.SelectMany(r => r.Diagnostics));
        Assert.Equal((DatasetDiagnosticCodes.StrayQuote, DiagnosticSeverity.Warning, "/notes"), (warning.Code, warning.Severity, warning.Path));
        Assert.Contains("5\" mortar", ((AcledEventRecord)read[0].Value)["notes"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_stray_quote_inside_a_quoted_field_is_kept_as_a_character_not_dropped()
    {
        var events = Enumerable.Range(1, 4).Select(i => AcledEventReaderTests.Event("IRQ" + i)).ToList();
        var text = ReplaceFirst(AcledEventReaderTests.Csv(AcledColumns.Current, events), "AFP; Shafaq News", "\"AFP; the \"Shafaq\" News\"");

        var (counts, read) = Read("acled", Encoding.UTF8.GetBytes(text));

        Assert.Equal(new DatasetReadCounts(4, 4, 0), counts);
        Assert.Equal("AFP; the \"Shafaq\" News", ((AcledEventRecord)read[0].Value)["source"]);
    }

    [Theory]
    [InlineData("\"a \"\"b\"\" c\"", "a \"b\" c")]
    [InlineData("\"the \"Shafaq\" News\"", "the \"Shafaq\" News")]
    [InlineData("5\" mortar", "5\" mortar")]
    [InlineData("\"\"", "")]
    [InlineData("\"abc\"def", "\"abc\"def")]
    public void A_field_loses_only_its_enclosing_quotes_and_the_doubling(string raw, string value) =>
        Assert.Equal(value, Sitrep.Datasets.Parsing.CsvText.Unescape(raw));

    [Fact]
    public void Line_numbers_after_a_skipped_multi_line_row_are_the_file_lines()
    {
        var events = Enumerable.Range(1, 3).Select(i => AcledEventReaderTests.Event("IRQ" + i)).ToList();
        events[0]["notes"] = string.Concat(Enumerable.Repeat("a line of a very long note\n", 400));
        events[2]["fatalities"] = "many";
        var text = AcledEventReaderTests.Csv(AcledColumns.Current, events);

        var (counts, read) = Read("acled", Encoding.UTF8.GetBytes(text), SmallRows);

        Assert.Equal(new DatasetReadCounts(3, 1, 2), counts);
        Assert.Equal([2L, 403, 404], read.Select(r => r.Line));
        Assert.Equal(404, read[2].Diagnostics[0].Line);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_header_of_a_million_fields_is_refused_in_bounded_memory(string format)
    {
        var separator = format is "gdelt" or "polecat" ? '\t' : ',';
        var header = string.Join(separator, Enumerable.Range(0, 1_000_000).Select(i => "c" + i));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var (counts, _, file) = ReadWithFile(format, Encoding.UTF8.GetBytes(header + "\n" + header + "\n"));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, counts.Read);
        Assert.Contains(file, d => d.Code == DatasetDiagnosticCodes.UnrecognisedLayout);
        Assert.True(allocated < 200_000_000, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_header_wider_than_the_column_limit_is_not_read_as_a_header()
    {
        var header = string.Join(",", AcledColumns.Current.Concat(Enumerable.Range(0, 5000).Select(i => "extra" + i)));

        var (counts, _, file) = ReadWithFile("acled", Encoding.UTF8.GetBytes(header + "\n"));

        Assert.Equal(0, counts.Read);
        Assert.Contains(file, d => d.Code == DatasetDiagnosticCodes.UnrecognisedLayout && d.Message.Contains("MaxColumns", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Blank_lines_are_skipped_not_counted_as_rejected_rows(string format)
    {
        var rows = Rows(format, 2);
        var bytes = File(format, [rows[0], string.Empty, rows[1], "   ", string.Empty]);

        var (counts, _, file) = ReadWithFile(format, bytes);

        Assert.Equal(new DatasetReadCounts(2, 2, 0), counts);
        var info = Assert.Single(file, d => d.Code == DatasetDiagnosticCodes.BlankLinesSkipped);
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Contains("3 blank line", info.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void An_empty_file_is_an_error_not_a_valid_file(string format)
    {
        foreach (var bytes in new[] { Array.Empty<byte>(), "\n\n  \n"u8.ToArray() })
        {
            var (counts, _, file) = ReadWithFile(format, bytes);

            Assert.Equal(0, counts.Read);
            Assert.Contains(file, d => d.Code == DatasetDiagnosticCodes.UnrecognisedLayout && d.IsError);
        }
    }

    [Fact]
    public void A_column_named_twice_is_reported_and_both_fields_are_kept()
    {
        var header = string.Join(",", AcledColumns.Current) + ",NOTES";
        var row = AcledEventReaderTests.Csv(AcledColumns.Current, [AcledEventReaderTests.Event()]).Split('\n')[1] + ",second notes";

        var (counts, read, file) = ReadWithFile("acled", Encoding.UTF8.GetBytes(header + "\n" + row + "\n"));

        Assert.Equal(new DatasetReadCounts(1, 1, 0), counts);
        var duplicate = Assert.Single(file, d => d.Code == DatasetDiagnosticCodes.DuplicateColumn);
        Assert.Equal(DiagnosticSeverity.Warning, duplicate.Severity);
        Assert.Contains("second notes", read[0].Value.Values);
        Assert.StartsWith("On 20 March 2026", ((AcledEventRecord)read[0].Value)["notes"], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_last_row_cut_short_without_a_line_break_is_rejected_as_truncated(string format)
    {
        var rows = Rows(format, 3);
        var separator = format is "gdelt" or "polecat" ? '\t' : ',';
        var cut = string.Join(separator, rows[2].Split(separator).Take(7));
        var bytes = File(format, rows.Take(2).ToList()).Concat(Encoding.UTF8.GetBytes(cut)).ToArray();

        var (counts, read) = Read(format, bytes);

        Assert.Equal(new DatasetReadCounts(3, 2, 1), counts);
        Assert.Equal(DatasetDiagnosticCodes.TruncatedRecord, Assert.Single(read[2].Diagnostics).Code);
    }

    [Fact]
    public void A_complete_last_row_without_a_line_break_is_fine()
    {
        var rows = Rows("polecat", 2);
        var bytes = File("polecat", rows).SkipLast(1).ToArray();

        var (counts, _) = Read("polecat", bytes);

        Assert.Equal(new DatasetReadCounts(2, 2, 0), counts);
    }

    [Fact]
    public void One_windows_1252_line_leaves_the_utf8_lines_as_they_are()
    {
        var events = Enumerable.Range(1, 3).Select(i => AcledEventReaderTests.Event("IRQ" + i)).ToList();
        events[0]["location"] = "Qal'at Sukkar café";
        events[1]["location"] = "Bogotá";
        events[2]["location"] = "naïve";
        var lines = AcledEventReaderTests.Csv(AcledColumns.Current, events).Split('\n');
        var bytes = Encoding.UTF8.GetBytes(lines[0] + "\n" + lines[1] + "\n")
            .Concat(TestEncodings.Windows1252.GetBytes(lines[2] + "\n"))
            .Concat(Encoding.UTF8.GetBytes(lines[3] + "\n")).ToArray();

        var (counts, read, file) = ReadWithFile("acled", bytes);

        Assert.Equal(new DatasetReadCounts(3, 3, 0), counts);
        Assert.Equal(["Qal'at Sukkar café", "Bogotá", "naïve"], read.Select(r => ((AcledEventRecord)r.Value)["location"]));
        var encoding = Assert.Single(file, d => d.Code == DatasetDiagnosticCodes.EncodingDetected);
        Assert.Equal((DiagnosticSeverity.Warning, 3L), (encoding.Severity, encoding.Line));
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void A_file_with_a_utf16_or_utf32_byte_order_mark_reads_as_such(string name)
    {
        var e = AcledEventReaderTests.Event();
        e["location"] = "Bogotá";
        var encoding = Encoding.GetEncoding(name);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(AcledEventReaderTests.Csv(AcledColumns.Current, [e]))).ToArray();

        var (counts, read, file) = ReadWithFile("acled", bytes);

        Assert.Equal(new DatasetReadCounts(1, 1, 0), counts);
        Assert.Equal("Bogotá", ((AcledEventRecord)read[0].Value)["location"]);
        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(file).Severity);
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, "the fixture has no '" + old + "'");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }

    /// <summary>Valid data rows of the format, without a line break.</summary>
    private static List<string> Rows(string format, int count) => format switch
    {
        "acled" => Enumerable.Range(1, count).Select(i => AcledEventReaderTests.Csv(AcledColumns.Current, [AcledEventReaderTests.Event("IRQ" + i)]).Split('\n')[1]).ToList(),
        "ucdp" => Enumerable.Range(1, count).Select(i => UcdpGedFixtures.Csv([UcdpGedFixtures.Event(i)], header: false).TrimEnd('\n')).ToList(),
        "gdelt" => Enumerable.Range(1, count).Select(i => GdeltEventReaderTests.Line(GdeltEventReaderTests.Event(i)).TrimEnd('\n')).ToList(),
        _ => Enumerable.Range(1, count).Select(i => PolecatEventReaderTests.Row("e" + i)).ToList(),
    };

    private static byte[] File(string format, List<string> rows)
    {
        var header = format switch
        {
            "acled" => string.Join(",", AcledColumns.Current),
            "ucdp" => string.Join(",", UcdpGedColumns.Ged49),
            "polecat" => PolecatEventReaderTests.Header,
            _ => null,
        };
        var text = (header is null ? string.Empty : header + "\n") + string.Concat(rows.Select(r => r + "\n"));
        return Encoding.UTF8.GetBytes(text);
    }

    private static long LineOfRow(string format, int index) => index + (format == "gdelt" ? 1 : 2);

    private static (DatasetReadCounts Counts, List<DatasetRow<DatasetRecord>> Rows) Read(string format, byte[] bytes, DatasetReaderOptions? options = null)
    {
        var (counts, rows, _) = ReadWithFile(format, bytes, options);
        return (counts, rows);
    }

    private static (DatasetReadCounts Counts, List<DatasetRow<DatasetRecord>> Rows, ValueArray<Diagnostic> File) ReadWithFile(string format, byte[] bytes, DatasetReaderOptions? options = null)
    {
        var stream = new MemoryStream(bytes);
        return format switch
        {
            "acled" => Collect(AcledEventReader.Open(stream, options)),
            "ucdp" => Collect(UcdpGedReader.Open(stream, options)),
            "gdelt" => Collect(GdeltEventReader.Open(stream, options)),
            _ => Collect(PolecatEventReader.Open(stream, options)),
        };
    }

    private static (DatasetReadCounts, List<DatasetRow<DatasetRecord>>, ValueArray<Diagnostic>) Collect<TRecord>(DatasetReader<TRecord> reader)
        where TRecord : DatasetRecord
    {
        using (reader)
        {
            var rows = reader.ReadRows().Select(r => new DatasetRow<DatasetRecord>(r.Line, r.ValueOrNull, r.Diagnostics)).ToList();
            Assert.Equal(reader.Counts.Read, rows.Count);
            Assert.Equal(reader.Counts.Read, reader.Counts.Accepted + reader.Counts.Rejected);
            return (reader.Counts, rows, reader.FileDiagnostics);
        }
    }
}
