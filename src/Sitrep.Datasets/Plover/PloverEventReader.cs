using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Unicode;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Datasets.Parsing;
using Sitrep.Validation;

namespace Sitrep.Datasets.Plover;

/// <summary>
/// Reads PLOVER JSON events: a JSON array of event objects (the gold-standard files) or JSON Lines, one object per
/// line (what the manual recommends), told apart by the first character. Each object becomes a
/// <see cref="PloverEventRecord"/> with its line; a record that is not valid JSON, not an object, has a key twice, lacks
/// <c>id</c>, <c>event</c> or a valid <c>date</c> is rejected with diagnostics. Documentation records
/// (<c>"event": "DOCUMENT"</c>) are reported and skipped. Both forms stream: memory is bounded by the longest record,
/// up to <see cref="MaxRecordBytes"/>.
/// </summary>
public sealed class PloverEventReader : IDatasetReader<PloverEventRecord>
{
    /// <summary>The longest record read, in bytes (16 MiB); longer ones are skipped and reported.</summary>
    public const int MaxRecordBytes = 16 * 1024 * 1024;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };
    private readonly Stream stream;
    private readonly DatasetReaderOptions options;
    private readonly List<Diagnostic> fileDiagnostics = [];
    private readonly IdTracker ids = new();
    private readonly RowTally tally;

    private PloverEventReader(Stream stream, DatasetReaderOptions? options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        this.stream = stream;
        this.options = options ?? DatasetReaderOptions.Default;
        tally = new RowTally(this.options.FailFast);
    }

    /// <inheritdoc />
    public ValueArray<Diagnostic> FileDiagnostics => ValueArray.From(fileDiagnostics);

    /// <inheritdoc />
    public DatasetReadCounts Counts => tally.Counts;

    /// <inheritdoc />
    public string? LayoutDescription { get; private set; }

    /// <summary>Opens a reader over a stream; the stream is disposed with the reader.</summary>
    /// <param name="stream">The file's bytes (UTF-8).</param>
    /// <param name="options">Fail-fast and limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The reader; enumerate <see cref="ReadRows"/>.</returns>
    public static PloverEventReader Open(Stream stream, DatasetReaderOptions? options = null) => new(stream, options);

    /// <summary>Opens a reader over a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Fail-fast and limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The reader; enumerate <see cref="ReadRows"/>.</returns>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static PloverEventReader OpenFile(string path, DatasetReaderOptions? options = null) =>
        new(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024), options);

    /// <inheritdoc />
    public IEnumerable<DatasetRow<PloverEventRecord>> ReadRows()
    {
        tally.Start();
        return Rows();
    }

    /// <inheritdoc />
    public IAsyncEnumerable<DatasetRow<PloverEventRecord>> ReadRowsAsync(CancellationToken cancellationToken = default)
    {
        tally.Start();
        return RowsAsync(cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => stream.Dispose();

    private IEnumerable<DatasetRow<PloverEventRecord>> Rows()
    {
        var splitter = new JsonRecordSplitter(MaxRecordBytes);
        while (true)
        {
            var step = Step(splitter, out var row);
            if (step == JsonRecordSplitter.Step.NeedData)
            {
                splitter.Advance(stream.Read(splitter.FreeSpace().Span));
            }
            else if (row is not null)
            {
                yield return row;
                if (tally.StopsAfter(row))
                {
                    yield break;
                }
            }
            else if (step == JsonRecordSplitter.Step.End)
            {
                yield break;
            }
        }
    }

    private async IAsyncEnumerable<DatasetRow<PloverEventRecord>> RowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var splitter = new JsonRecordSplitter(MaxRecordBytes);
        while (true)
        {
            var step = Step(splitter, out var row);
            if (step == JsonRecordSplitter.Step.NeedData)
            {
                splitter.Advance(await stream.ReadAsync(splitter.FreeSpace(), cancellationToken).ConfigureAwait(false));
            }
            else if (row is not null)
            {
                yield return row;
                if (tally.StopsAfter(row))
                {
                    yield break;
                }
            }
            else if (step == JsonRecordSplitter.Step.End)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// The splitter's next step, with the row it completes (none for a skipped record, more data needed, or the end,
    /// where the file-wide findings are added). Sync and async reading share it.
    /// </summary>
    private JsonRecordSplitter.Step Step(JsonRecordSplitter splitter, out DatasetRow<PloverEventRecord>? row)
    {
        row = null;
        var step = splitter.Next(out var bytes, out var line, out var error);
        if (step == JsonRecordSplitter.Step.End)
        {
            Finish(splitter);
        }
        else if (step != JsonRecordSplitter.Step.NeedData)
        {
            row = Handle(splitter, bytes, line, error);
        }

        return step;
    }

    private DatasetRow<PloverEventRecord>? Handle(JsonRecordSplitter splitter, ReadOnlyMemory<byte> bytes, long line, string? error)
    {
        LayoutDescription ??= splitter.IsArray ? "PLOVER JSON array, UTF-8" : "PLOVER JSON Lines, UTF-8";
        var row = error is not null
            ? new DatasetRow<PloverEventRecord>(line, null, [Error(error.Contains("array", StringComparison.Ordinal) ? DatasetDiagnosticCodes.InvalidJsonRecord : DatasetDiagnosticCodes.RecordTooLarge, line, null, error, null)])
            : ReadRecord(bytes, line);
        if (row is null)
        {
            return null;
        }

        tally.Count(row);
        return row;
    }

    private void Finish(JsonRecordSplitter splitter)
    {
        LayoutDescription ??= tally.Read == 0 && !splitter.IsArray ? "PLOVER JSON (empty)" : splitter.IsArray ? "PLOVER JSON array, UTF-8" : "PLOVER JSON Lines, UTF-8";
        if (tally.Read == 0 && !splitter.IsArray && !splitter.SawContent)
        {
            fileDiagnostics.Add(new Diagnostic(DatasetDiagnosticCodes.UnrecognisedLayout, DiagnosticSeverity.Error, "The file is empty: no JSON array and no record."));
        }
        if (splitter.ArraysAfterFirst > 0)
        {
            fileDiagnostics.Add(new Diagnostic(
                DatasetDiagnosticCodes.InvalidJsonRecord,
                DiagnosticSeverity.Warning,
                $"The file holds {splitter.ArraysAfterFirst + 1} JSON arrays one after another (as appending to a file makes), which is not one JSON document; the elements of all of them were read."));
        }
    }

    private DatasetRow<PloverEventRecord>? ReadRecord(ReadOnlyMemory<byte> json, long line)
    {
        var diagnostics = new List<Diagnostic>();
        string? decoded = null;
        if (options.Encoding == DatasetEncoding.Windows1252 || !Utf8.IsValid(json.Span))
        {
            // JSON is UTF-8; a record that is not is decoded as the CSV readers decode a line (Windows-1252 for
            // lines that are not UTF-8, in automatic mode), or rejected when UTF-8 was declared.
            using var decoder = new DecodingTextReader(new MemoryStream(json.ToArray()), options.Encoding, detectMarks: false);
            decoded = decoder.ReadToEnd();
            if (decoder.InvalidSequences is [var (badLine, offset), ..])
            {
                diagnostics.Add(Error(DatasetDiagnosticCodes.InvalidUtf8, line + badLine - 1, null, $"Invalid UTF-8 at byte {offset} of the record; the record is rejected rather than decoded with replacement characters.", null));
                return new DatasetRow<PloverEventRecord>(line, null, ValueArray.From(diagnostics));
            }

            if (decoder.FallbackLines > 0)
            {
                diagnostics.Add(new Diagnostic(
                    DatasetDiagnosticCodes.EncodingDetected,
                    DiagnosticSeverity.Warning,
                    $"{decoder.FallbackLines} line(s) of the record are not valid UTF-8 (the first invalid byte is byte {decoder.FirstFallback.Offset} of the record) and were decoded as Windows-1252. Declare the encoding if that is wrong.")
                {
                    Line = line + decoder.FirstFallback.Line - 1,
                });
            }
        }

        JsonDocument document;
        try
        {
            document = decoded is null ? JsonDocument.Parse(json, DocumentOptions) : JsonDocument.Parse(decoded, DocumentOptions);
        }
        catch (JsonException ex)
        {
            diagnostics.Add(Error(DatasetDiagnosticCodes.InvalidJsonRecord, line + (ex.LineNumber ?? 0), null, "The record is not valid JSON: " + ex.Message, Shorten(json)));
            return new DatasetRow<PloverEventRecord>(line, null, ValueArray.From(diagnostics));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(Error(DatasetDiagnosticCodes.InvalidJsonRecord, line, null, $"A PLOVER record is a JSON object, not {root.ValueKind.ToString().ToLowerInvariant()}.", Shorten(json)));
                return new DatasetRow<PloverEventRecord>(line, null, ValueArray.From(diagnostics));
            }

            var keys = ImmutableArray.CreateBuilder<string>();
            var values = ImmutableArray.CreateBuilder<string>();
            if (LoneSurrogate(root) is { } where)
            {
                diagnostics.Add(Error(DatasetDiagnosticCodes.InvalidJsonRecord, line, where.TrimStart('/'), "The record holds an escaped lone surrogate (such as \\ud800), which is not a character: it cannot be read as text.", Shorten(json)));
                return new DatasetRow<PloverEventRecord>(line, null, ValueArray.From(diagnostics));
            }

            foreach (var property in root.EnumerateObject())
            {
                if (keys.Contains(property.Name))
                {
                    diagnostics.Add(Error(DatasetDiagnosticCodes.InvalidJsonRecord, line, property.Name, $"The key '{property.Name}' appears twice; which value is meant is unclear.", property.Value.GetRawText()));
                    continue;
                }

                var value = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
                if (value.Length > options.MaxFieldLength)
                {
                    diagnostics.Add(Error(DatasetDiagnosticCodes.FieldTooLong, line, property.Name, $"The field '{property.Name}' is {value.Length} characters long; the limit is {options.MaxFieldLength}.", value));
                    value = string.Empty;
                }

                keys.Add(property.Name);
                values.Add(value);
            }

            var record = new PloverEventRecord(new ValueArray<string>(keys.ToImmutable()), new ValueArray<string>(values.ToImmutable()));
            if (diagnostics.Count == 0)
            {
                if (record.Events is [var only] && only.Equals("DOCUMENT", StringComparison.OrdinalIgnoreCase) && record["date"] is null)
                {
                    fileDiagnostics.Add(new Diagnostic(DatasetDiagnosticCodes.DocumentationRecord, DiagnosticSeverity.Info, $"The documentation record '{record.Id}' describes the file, not an event; skipped.") { Line = line, Value = record.Id });
                    return null;
                }

                Check(record, line, diagnostics);
                if (!diagnostics.Exists(d => d.IsError) && ids.Use(record.Id, line) is { Uses: > 1 } repeat)
                {
                    diagnostics.Add(new Diagnostic(DatasetDiagnosticCodes.DuplicateRecordId, DiagnosticSeverity.Warning, $"The id '{record.Id}' was already used by the record at line {repeat.FirstLine}; the record is kept and its incident id gets a suffix.")
                    {
                        Line = line,
                        Path = "/id",
                        Value = record.Id,
                    });
                }
            }

            return new DatasetRow<PloverEventRecord>(line, diagnostics.Exists(d => d.IsError) ? null : record, ValueArray.From(diagnostics));
        }
    }

    private static void Check(PloverEventRecord record, long line, List<Diagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(record["id"]))
        {
            diagnostics.Add(Error(DatasetDiagnosticCodes.MissingValue, line, "id", "The required field 'id' is missing or empty.", record["id"]));
        }

        if (record.Events.Count == 0)
        {
            diagnostics.Add(Error(DatasetDiagnosticCodes.MissingValue, line, "event", "The required field 'event' is missing or empty.", record["event"]));
        }

        if (record["date"] is not { } date || FieldText.IsMissing(date))
        {
            diagnostics.Add(Error(DatasetDiagnosticCodes.MissingValue, line, "date", "The required field 'date' is missing or empty.", record["date"]));
        }
        else if (!FieldText.TryIsoDate(date, out _))
        {
            diagnostics.Add(Error(DatasetDiagnosticCodes.InvalidField, line, "date", "The field 'date' is not a date that exists (YYYY-MM-DD).", date));
        }

        foreach (var key in new[] { "enddate", "dateCoded", "coded_date" })
        {
            if (record[key] is { } other && !FieldText.IsMissing(other) && !FieldText.TryIsoDate(other, out _))
            {
                diagnostics.Add(Error(DatasetDiagnosticCodes.InvalidField, line, key, $"The field '{key}' is not a date that exists (YYYY-MM-DD).", other));
            }
        }

        foreach (var key in new[] { "dead", "injured", "arrested" })
        {
            if (record[key] is { } count && !FieldText.IsMissing(count) && !long.TryParse(count.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                diagnostics.Add(Error(DatasetDiagnosticCodes.InvalidField, line, key, $"The field '{key}' is not a count (digits only).", count));
            }
        }
    }

    /// <summary>
    /// The key under which an escaped lone surrogate (<c>"\ud800"</c>) sits in a name or a string, anywhere in the
    /// record, or null. System.Text.Json accepts such escapes in the syntax and throws when the text is read.
    /// </summary>
    private static string? LoneSurrogate(JsonElement element, string where = "")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!IsText(property, out var name))
                    {
                        return where + "/?";
                    }

                    if (LoneSurrogate(property.Value, where + "/" + name) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (LoneSurrogate(item, where + "/" + i.ToString(CultureInfo.InvariantCulture)) is { } inner)
                    {
                        return inner;
                    }

                    i++;
                }

                return null;
            case JsonValueKind.String:
                return IsText(element) ? null : where;
            default:
                return null;
        }
    }

    private static bool IsText(JsonProperty property, out string name)
    {
        name = string.Empty;
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsText(JsonElement element)
    {
        try
        {
            _ = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static Diagnostic Error(string code, long line, string? key, string message, string? value) =>
        RowDiagnostics.Error(code, line, key, message, value);

    private static string Shorten(ReadOnlyMemory<byte> json)
    {
        // Never a replacement character: bytes that are not UTF-8 are shown as Windows-1252 would show them.
        var head = json.Span[..Math.Min(json.Length, 400)];
        return RowDiagnostics.Shorten(Utf8.IsValid(head) ? System.Text.Encoding.UTF8.GetString(head) : System.Text.Encoding.Latin1.GetString(head))!;
    }
}
