using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FsCheck.Xunit;
using Sitrep.Serialization;
using Sitrep.Tests.Generators;
using Sitrep.Validation;

namespace Sitrep.Tests.Serialization;

public class SitrepJsonLinesTests
{
    private const string Header = "{\"sitrep\":\"1.0\"}";
    private const string ActorLine = "{\"actor\":{\"id\":\"actor:a\",\"name\":\"A\",\"kind\":\"state\"}}";

    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 150)]
    public void Any_dataset_round_trips_through_json_lines(Dataset dataset)
    {
        using var stream = new MemoryStream();
        SitrepJsonLines.WriteAsync(stream, dataset).GetAwaiter().GetResult();
        stream.Position = 0;

        var result = SitrepJsonLines.ReadDatasetAsync(stream).GetAwaiter().GetResult();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(dataset, result.Dataset);
    }

    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 100)]
    public void Each_record_is_one_line_and_the_header_comes_first(Dataset dataset)
    {
        using var stream = new MemoryStream();
        SitrepJsonLines.WriteAsync(stream, dataset).GetAwaiter().GetResult();
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');

        Assert.StartsWith(Header[..^1], lines[0], StringComparison.Ordinal);
        Assert.Equal(string.Empty, lines[^1]);
        Assert.Equal(1 + dataset.Sources.Count + dataset.Actors.Count + dataset.Incidents.Count + dataset.Statements.Count, lines.Length - 1);
    }

    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 50)]
    public void Streaming_copy_reproduces_canonical_json_lines_byte_for_byte(Dataset dataset)
    {
        using var original = new MemoryStream();
        SitrepJsonLines.WriteAsync(original, dataset).GetAwaiter().GetResult();
        original.Position = 0;
        using var copy = new MemoryStream();

        var written = SitrepJsonLines.WriteRecordsAsync(copy, SitrepJsonLines.ReadAsync(original)).GetAwaiter().GetResult();

        Assert.Equal(dataset.Sources.Count + dataset.Actors.Count + dataset.Incidents.Count + dataset.Statements.Count, written);
        Assert.Equal(original.ToArray(), copy.ToArray());
    }

    [Fact]
    public async Task A_bad_line_is_reported_with_its_number_and_reading_goes_on()
    {
        var text = string.Join("\r\n", Header, ActorLine, "{\"actor\":{\"id\":\"actor:b\"", "", ActorLine.Replace("actor:a", "actor:c", StringComparison.Ordinal)) + "\r\n";

        var records = await ReadAll(text);

        Assert.Equal([1L, 2, 3, 5], records.Select(r => r.Line));
        Assert.True(records[0].IsHeader);
        Assert.Equal("actor:a", records[1].Actor!.Id.Value);
        Assert.Equal(DiagnosticCodes.MalformedJson, Assert.Single(records[2].Diagnostics).Code);
        Assert.Equal(3, records[2].Diagnostics[0].Line);
        Assert.Equal("actor:c", records[3].Actor!.Id.Value);
    }

    [Fact]
    public async Task A_line_with_an_escaped_lone_surrogate_is_an_encoding_error_on_that_line_only()
    {
        var records = await ReadAll(Header + "\n{\"\\udc00\":1}\n" + ActorLine + "\n");

        Assert.Equal(DiagnosticCodes.InvalidEncoding, Assert.Single(records[1].Diagnostics).Code);
        Assert.Equal(2, records[1].Diagnostics[0].Line);
        Assert.NotNull(records[2].Actor);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n  \n")]
    public async Task An_empty_input_is_an_error_not_an_empty_dataset(string text)
    {
        var records = await ReadAll(text);

        Assert.Equal(DiagnosticCodes.InvalidJsonLinesEntry, Assert.Single(Assert.Single(records).Diagnostics).Code);
    }

    [Fact]
    public async Task A_missing_header_is_reported_once()
    {
        var records = await ReadAll(ActorLine + "\n" + ActorLine + "\n");

        Assert.Equal(DiagnosticCodes.InvalidJsonLinesEntry, Assert.Single(records[0].Diagnostics).Code);
        Assert.NotNull(records[0].Actor);
        Assert.Empty(records[1].Diagnostics);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"actor\":{\"id\":\"a\",\"name\":\"A\",\"kind\":\"state\"},\"source\":{\"id\":\"s\",\"kind\":\"witness\"}}")]
    [InlineData("{\"title\":\"no version\"}")]
    public async Task A_line_must_hold_exactly_one_record(string line)
    {
        var records = await ReadAll(Header + "\n" + line + "\n");

        Assert.Equal(DiagnosticCodes.InvalidJsonLinesEntry, Assert.Single(records[1].Diagnostics).Code);
        Assert.False(records[1].HasRecord);
    }

    [Theory]
    [InlineData("line")]
    [InlineData("diagnostics")]
    [InlineData("success")]
    [InlineData("isHeader")]
    [InlineData("hasRecord")]
    public async Task The_reading_results_members_are_not_part_of_a_lines_json(string key)
    {
        var records = await ReadAll(Header + "\n{\"actor\":{\"id\":\"a\",\"name\":\"A\",\"kind\":\"state\"},\"" + key + "\":1}\n");

        Assert.Equal(DiagnosticCodes.UnknownProperty, Assert.Single(records[1].Diagnostics).Code);
        Assert.False(records[1].Success);
        Assert.Equal(2, records[1].Line);
    }

    [Theory]
    [InlineData("{\"sitrep\":\"2.0\"}")]
    [InlineData("{\"title\":\"x\",\"sitrep\":\"0.9\"}")]
    public async Task An_unsupported_version_on_any_header_is_an_error(string header)
    {
        var records = await ReadAll(header + "\n" + ActorLine + "\n");

        Assert.Contains(records[0].Diagnostics, d => d.Code == DiagnosticCodes.UnsupportedFormatVersion);
    }

    [Fact]
    public async Task An_overlong_line_is_skipped_in_bounded_memory_and_reported()
    {
        var huge = "{\"actor\":{\"id\":\"x\",\"name\":\"" + new string('x', 5_000_000) + "\",\"kind\":\"state\"}}";
        var text = Header + "\n" + huge + "\n" + ActorLine;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var records = await SitrepJsonLines.ReadAsync(stream, new SitrepJsonReaderOptions { MaxLineBytes = 1024 }).ToListAsync();

        Assert.Equal(3, records.Count);
        var diagnostic = Assert.Single(records[1].Diagnostics);
        Assert.Equal(DiagnosticCodes.LineTooLong, diagnostic.Code);
        Assert.Contains(huge.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("actor:a", records[2].Actor!.Id.Value);
        Assert.Equal(3, records[2].Line);

        // The line is skipped, not held: reading it costs far less memory than the line itself (5 MB).
        using var again = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var count = SitrepJsonLines.Read(again, new SitrepJsonReaderOptions { MaxLineBytes = 1024 }).Count();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(3, count);
        Assert.True(allocated < 1_000_000, $"{allocated:N0} bytes allocated to skip a {huge.Length:N0}-character line");
    }

    [Fact]
    public void Synchronous_reading_gives_the_same_records()
    {
        var text = Header + "\n" + ActorLine + "\nnot json\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var records = SitrepJsonLines.Read(stream).ToList();

        Assert.Equal(3, records.Count);
        Assert.True(records[2].Diagnostics[0].IsError);
    }

    [Fact]
    public async Task Validation_diagnostics_are_relocated_to_the_record_line()
    {
        var text = Header + "\n" + ActorLine + "\n{\"incident\":{\"id\":\"i\",\"type\":\"strike\",\"participants\":[{\"actor\":\"actor:ghost\",\"role\":\"victim\"}]}}\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var result = await SitrepJsonLines.ReadDatasetAsync(stream);

        var relocated = result.Relocate(Assert.Single(DatasetValidator.Validate(result.Dataset)));

        Assert.Equal(3, relocated.Line);
        Assert.Equal("/incident/participants/0/actor", relocated.Path);
    }

    [Property(MaxTest = 300)]
    public void Arbitrary_text_never_throws_and_every_non_blank_line_is_accounted_for(string[] lines)
    {
        lines ??= [];
        var text = string.Join("\n", lines.Select(l => (l ?? string.Empty).Replace("\r", string.Empty, StringComparison.Ordinal)));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var records = SitrepJsonLines.Read(stream).ToList();
        var nonBlank = text.Split('\n').Count(l => l.Trim(' ', '\t').Length > 0);

        // An input with no non-blank line at all gets one result saying it is empty.
        Assert.Equal(System.Math.Max(nonBlank, 1), records.Count);
        Assert.All(records, r => Assert.True(r.HasRecord || r.IsHeader || r.Diagnostics.Count > 0));
    }

    private static async Task<System.Collections.Generic.List<JsonLinesRecord>> ReadAll(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return await SitrepJsonLines.ReadAsync(stream).ToListAsync();
    }
}
