using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FsCheck.Xunit;
using Sitrep.Datasets;
using Sitrep.Datasets.Plover;
using Sitrep.Incidents;

namespace Sitrep.Tests.Datasets.Plover;

public class PloverEventReaderTests
{
    private const string Gsr = """
        [
        {"id": "DOC-1", "event": "DOCUMENT", "eventText": "about this file"},
        {"id": "A-1", "date": "2000-01-01", "source": [{"actorText": "Iraqi troops", "code": "IRQ", "sector": "MIL"}],
         "target": [{"actorText": "militants", "code": "IRQ", "sector": "REB"}], "event": "FIGHT", "mode": "firearms",
         "context": "military, terrorism", "text": "Iraqi troops killed 23 militants.", "dead": "23", "eventLoc": {"name": "Mosul", "country code": "IQ"}},
        {"id": "A-2", "date": "2000-01-02", "source": [{"actorText": "Hungarian", "code": "HUN", "sector": "GOV"}], "target": "", "event": "AGREE", "context": "economic"}
        ]
        """;

    [Fact]
    public void A_gold_standard_array_reads_with_the_documentation_record_skipped_and_reported()
    {
        var (reader, rows) = Read(Gsr);

        Assert.Equal(new DatasetReadCounts(2, 2, 0), reader.Counts);
        Assert.Equal(DatasetDiagnosticCodes.DocumentationRecord, Assert.Single(reader.FileDiagnostics).Code);
        var first = rows[0].Value;
        Assert.Equal(3, rows[0].Line);
        Assert.Equal(["FIGHT"], first.Events);
        Assert.Equal(["military", "terrorism"], first.Contexts);
        Assert.Equal(23, first.Dead);
        Assert.Equal(new PloverEntity("Iraqi troops", "IRQ", "MIL"), Assert.Single(first.Actors));
        Assert.Empty(rows[1].Value.Recipients);
        Assert.Equal("PLOVER JSON array, UTF-8", reader.LayoutDescription);
    }

    [Fact]
    public void Json_lines_in_the_manual_shape_read_with_their_line_numbers()
    {
        var text = "{\"id\":\"m1\",\"date\":\"2016-07-24\",\"event\":[\"ASSAULT\"],\"mode\":[\"aerial\"],\"actor\":[{\"entity_text\":\"jets\",\"code\":\"SYR\",\"sector\":\"MIL\"}],\"size\":{\"dead\":\"12\",\"injured\":\"30\"}}\n\n"
            + "{\"id\":\"m2\",\"date\":\"2016-07-25\",\"event\":\"PROTEST\",\"mode\":\"riot\"}\n";

        var (reader, rows) = Read(text);

        Assert.Equal("PLOVER JSON Lines, UTF-8", reader.LayoutDescription);
        Assert.Equal([1L, 3L], rows.Select(r => r.Line));
        Assert.Equal(12, rows[0].Value.Dead);
        Assert.Equal(30, rows[0].Value.Injured);
        Assert.Equal("jets", rows[0].Value.Actors[0].Text);
    }

    [Theory]
    [InlineData("{\"id\":\"x\",\"event\":\"AGREE\"}", "SR0208", "/date")]
    [InlineData("{\"id\":\"x\",\"date\":\"2016-02-30\",\"event\":\"AGREE\"}", "SR0205", "/date")]
    [InlineData("{\"id\":\"x\",\"date\":\"2016-02-01\",\"event\":\"AGREE\",\"dead\":\"many\"}", "SR0205", "/dead")]
    [InlineData("{\"id\":\"x\",\"id\":\"y\",\"date\":\"2016-02-01\",\"event\":\"AGREE\"}", "SR0214", "/id")]
    [InlineData("{\"id\":\"x\",\"date\":", "SR0214", null)]
    [InlineData("42", "SR0214", null)]
    public void Bad_records_are_rejected_with_code_and_path(string line, string code, string? path)
    {
        var (reader, rows) = Read(line + "\n{\"id\":\"ok\",\"date\":\"2016-01-01\",\"event\":\"AGREE\"}\n");

        Assert.Equal(new DatasetReadCounts(2, 1, 1), reader.Counts);
        var diagnostic = Assert.Single(rows[0].Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(path, diagnostic.Path);
        Assert.Equal(1, diagnostic.Line);
    }

    [Fact]
    public void A_repeated_id_keeps_both_records_and_gives_the_second_incident_a_suffix()
    {
        var (_, rows) = Read("{\"id\":\"x\",\"date\":\"2016-01-01\",\"event\":\"AGREE\"}\n{\"id\":\"x\",\"date\":\"2016-01-02\",\"event\":\"AGREE\"}\n");
        var mapper = new PloverEventMapper();

        var ids = rows.Select(r => mapper.Map(r.Value).Id.Value).ToList();

        Assert.Equal(DatasetDiagnosticCodes.DuplicateRecordId, Assert.Single(rows[1].Diagnostics).Code);
        Assert.Equal(["plover:x", "plover:x#2"], ids);
    }

    [Fact]
    public void The_mapper_reads_old_categories_as_their_successors_and_keeps_the_codes()
    {
        var (_, rows) = Read(Gsr);
        var mapper = new PloverEventMapper();

        var incident = mapper.Map(rows[0].Value);

        Assert.Equal(IncidentType.Attack, incident.Type);
        Assert.Contains(new Classification("plover:event", "FIGHT"), incident.Classifications);
        Assert.Contains(Means.SmallArms, incident.Means);
        Assert.Equal([ParticipantRole.Perpetrator, ParticipantRole.Victim], incident.Participants.Select(p => p.Role));
        Assert.Equal(23, Assert.Single(incident.Casualties).Estimate.Best);
        Assert.Equal("IRQ", incident.Place!.Country);
        Assert.Equal("Iraqi troops killed 23 militants.", incident.Description);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n \n")]
    public void An_empty_file_is_an_error_and_an_empty_array_is_not(string text)
    {
        var (reader, _) = Read(text);
        var (emptyArray, _) = Read("[]\n");

        Assert.Contains(reader.FileDiagnostics, d => d.Code == DatasetDiagnosticCodes.UnrecognisedLayout && d.IsError);
        Assert.DoesNotContain(emptyArray.FileDiagnostics, d => d.IsError);
    }

    [Fact]
    public void A_file_ending_in_a_line_break_after_its_array_is_clean()
    {
        var (reader, _) = Read(Gsr + "\n\n");

        Assert.DoesNotContain(reader.FileDiagnostics, d => d.Code == DatasetDiagnosticCodes.InvalidJsonRecord);
    }

    [Fact]
    public void A_second_array_after_the_first_is_read_too_and_reported()
    {
        var (reader, rows) = Read(Gsr + "\n[{\"id\": \"B-1\", \"date\": \"2001-01-01\", \"event\": \"AGREE\"}]\n");

        Assert.Equal(new DatasetReadCounts(3, 3, 0), reader.Counts);
        Assert.Equal("B-1", rows[2].Value.Id);
        Assert.Contains(reader.FileDiagnostics, d => d.Code == DatasetDiagnosticCodes.InvalidJsonRecord && d.Severity == Sitrep.Validation.DiagnosticSeverity.Warning && d.Message.Contains("2 JSON arrays", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Other_content_after_the_array_is_a_rejected_record_not_dropped()
    {
        var (reader, rows) = Read(Gsr + " trailing words\n");

        Assert.Equal(new DatasetReadCounts(3, 2, 1), reader.Counts);
        Assert.Equal(DatasetDiagnosticCodes.InvalidJsonRecord, Assert.Single(rows[2].Diagnostics).Code);
    }

    [Fact]
    public void A_windows_1252_byte_in_a_string_is_decoded_as_such_and_reported()
    {
        var bytes = Encoding.UTF8.GetBytes("[{\"id\": \"A\", \"date\": \"2000-01-01\", \"event\": \"AGREE\", \"text\": \"caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("\"}]")).ToArray();

        var (reader, rows) = Read(bytes);

        Assert.Equal(new DatasetReadCounts(1, 1, 0), reader.Counts);
        Assert.Equal("café", rows[0].Value["text"]);
        Assert.Equal(DatasetDiagnosticCodes.EncodingDetected, Assert.Single(rows[0].Diagnostics).Code);
    }

    [Fact]
    public void A_byte_that_is_not_utf8_rejects_its_record_when_utf8_is_declared()
    {
        var bytes = Encoding.UTF8.GetBytes("[{\"id\": \"A\", \"date\": \"2000-01-01\", \"event\": \"AGREE\", \"text\": \"caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("\"}]")).ToArray();

        using var reader = PloverEventReader.Open(new MemoryStream(bytes), new DatasetReaderOptions { Encoding = DatasetEncoding.Utf8 });
        var rows = reader.ReadRows().ToList();

        Assert.Equal(new DatasetReadCounts(1, 0, 1), reader.Counts);
        Assert.Equal(DatasetDiagnosticCodes.InvalidUtf8, Assert.Single(rows[0].Diagnostics).Code);
    }

    [Theory]
    [InlineData("{\"id\": \"A\", \"date\": \"2000-01-01\", \"event\": \"AGREE\", \"\\ud800\": 1}", "/?")]
    [InlineData("{\"id\": \"A\", \"date\": \"2000-01-01\", \"event\": \"AGREE\", \"text\": \"\\udc00\"}", "/text")]
    [InlineData("{\"id\": \"A\", \"date\": \"2000-01-01\", \"event\": \"AGREE\", \"source\": [{\"actorText\": \"\\ud800x\"}]}", "/source/0/actorText")]
    public void An_escaped_lone_surrogate_rejects_its_record_with_where_it_is(string json, string path)
    {
        var (reader, rows) = Read(json + "\n");

        Assert.Equal(new DatasetReadCounts(1, 0, 1), reader.Counts);
        var error = Assert.Single(rows[0].Diagnostics);
        Assert.Equal((DatasetDiagnosticCodes.InvalidJsonRecord, path), (error.Code, error.Path));
    }

    [Property(MaxTest = 300)]
    public void Arbitrary_bytes_never_throw_and_counts_add_up(byte[] bytes)
    {
        var (reader, rows) = Read(bytes ?? []);

        Assert.Equal(reader.Counts.Read, rows.Count);
        Assert.Equal(reader.Counts.Read, reader.Counts.Accepted + reader.Counts.Rejected);
    }

    [Property(MaxTest = 200)]
    public void Mutated_valid_files_never_throw_and_explain_every_rejection(int position, char replacement)
    {
        var text = new StringBuilder(Gsr);
        text[(int)((uint)position % (uint)text.Length)] = replacement;

        var (reader, rows) = Read(Encoding.UTF8.GetBytes(text.ToString()));

        Assert.Equal(reader.Counts.Read, reader.Counts.Accepted + reader.Counts.Rejected);
        Assert.All(rows.Where(r => !r.Success), r => Assert.NotEmpty(r.Diagnostics));
    }

    [Property(MaxTest = 100)]
    public void Reading_in_chunks_of_any_size_gives_the_same_rows(byte chunk)
    {
        var bytes = Encoding.UTF8.GetBytes(Gsr + "\n");
        var (_, whole) = Read(bytes);

        using var reader = PloverEventReader.Open(new TrickleStream(bytes, 1 + (chunk % 17)));
        var chunked = reader.ReadRows().ToList();

        Assert.Equal(whole.Select(r => (r.Line, r.ValueOrNull)), chunked.Select(r => (r.Line, r.ValueOrNull)));
    }

    [Fact]
    public void Json_lines_stream_in_chunks_and_async_with_the_same_rows()
    {
        var text = string.Concat(Enumerable.Range(1, 50).Select(i => $"{{\"id\":\"e{i}\",\"date\":\"2016-01-01\",\"event\":\"AGREE\",\"text\":\"a \\\"quoted\\\" {{word}}\"}}\r\n"));
        var bytes = Encoding.UTF8.GetBytes(text);

        using var reader = PloverEventReader.Open(new TrickleStream(bytes, 7));
        var rows = reader.ReadRowsAsync().ToBlockingEnumerable().ToList();

        Assert.Equal(50, rows.Count);
        Assert.All(rows, r => Assert.True(r.Success));
        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), rows.Select(r => r.Line));
        Assert.Equal("a \"quoted\" {word}", rows[0].Value.Text);
    }

    [Fact]
    public void A_record_longer_than_the_limit_is_skipped_and_reported_and_the_next_one_read()
    {
        var huge = "{\"id\":\"big\",\"date\":\"2016-01-01\",\"event\":\"AGREE\",\"text\":\"" + new string('x', PloverEventReader.MaxRecordBytes) + "\"}";
        var (reader, rows) = Read(huge + "\n{\"id\":\"ok\",\"date\":\"2016-01-01\",\"event\":\"AGREE\"}\n");

        Assert.Equal(new DatasetReadCounts(2, 1, 1), reader.Counts);
        Assert.Equal(DatasetDiagnosticCodes.RecordTooLarge, Assert.Single(rows[0].Diagnostics).Code);
        Assert.Equal("ok", rows[1].Value.Id);
        Assert.Equal(2, rows[1].Line);
    }

    [Fact]
    public void An_array_cut_off_before_its_end_is_reported()
    {
        var (reader, rows) = Read("[\n{\"id\":\"a\",\"date\":\"2016-01-01\",\"event\":\"AGREE\"},\n");

        Assert.Equal(new DatasetReadCounts(2, 1, 1), reader.Counts);
        Assert.Equal(DatasetDiagnosticCodes.InvalidJsonRecord, Assert.Single(rows[1].Diagnostics).Code);
    }

    /// <summary>A stream that hands out at most a few bytes per read, as a slow network would.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, System.Math.Min(count, chunk));

        public override int Read(System.Span<byte> buffer) => base.Read(buffer[..System.Math.Min(buffer.Length, chunk)]);

        public override System.Threading.Tasks.ValueTask<int> ReadAsync(System.Memory<byte> buffer, System.Threading.CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..System.Math.Min(buffer.Length, chunk)], cancellationToken);
    }

    private static (PloverEventReader Reader, List<DatasetRow<PloverEventRecord>> Rows) Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    private static (PloverEventReader Reader, List<DatasetRow<PloverEventRecord>> Rows) Read(byte[] bytes)
    {
        var reader = PloverEventReader.Open(new MemoryStream(bytes));
        return (reader, reader.ReadRows().ToList());
    }
}
