using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Datasets.Text;
using Sitrep.Validation;

namespace Sitrep.Datasets.Plover;

/// <summary>
/// Reads PLOVER JSON events: a JSON array of event objects (the gold-standard files) or JSON Lines, one object per
/// line (what the manual recommends), told apart by the first character. Each object becomes a
/// <see cref="PloverEventRecord"/> with its line; a record that is not valid JSON, not an object, has a key twice, lacks
/// <c>id</c>, <c>event</c> or a valid <c>date</c> is rejected with diagnostics. Documentation records
/// (<c>"event": "DOCUMENT"</c>) are reported and skipped. The file is read into memory, up to
/// <see cref="MaxDocumentBytes"/>; JSON Lines keeps memory to one record at a time when streamed from disk.
/// </summary>
public sealed class PloverEventReader : IDatasetReader<PloverEventRecord>
{
    /// <summary>The largest file read, in bytes (256 MiB).</summary>
    public const int MaxDocumentBytes = 256 * 1024 * 1024;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };
    private readonly Stream stream;
    private readonly DatasetReaderOptions options;
    private readonly List<Diagnostic> fileDiagnostics = [];
    private readonly Dictionary<string, long> idLines = new(StringComparer.Ordinal);
    private bool started;
    private long read;
    private long accepted;

    private PloverEventReader(Stream stream, DatasetReaderOptions? options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        this.stream = stream;
        this.options = options ?? DatasetReaderOptions.Default;
    }

    /// <inheritdoc />
    public ValueArray<Diagnostic> FileDiagnostics => ValueArray.From(fileDiagnostics);

    /// <inheritdoc />
    public DatasetReadCounts Counts => new(read, accepted, read - accepted);

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
        Start();
        return Rows(ReadAll());
    }

    /// <inheritdoc />
    public IAsyncEnumerable<DatasetRow<PloverEventRecord>> ReadRowsAsync(CancellationToken cancellationToken = default)
    {
        Start();
        return RowsAsync(cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => stream.Dispose();

    private void Start()
    {
        if (started)
        {
            throw new InvalidOperationException("A reader's rows can be enumerated once.");
        }

        started = true;
    }

    private async IAsyncEnumerable<DatasetRow<PloverEventRecord>> RowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var bytes = await ReadAllAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in Rows(bytes))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
    }

    private byte[]? ReadAll()
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (!Append(buffer, chunk, n))
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private async Task<byte[]?> ReadAllAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (!Append(buffer, chunk, n))
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private bool Append(MemoryStream buffer, byte[] chunk, int n)
    {
        if (buffer.Length + n > MaxDocumentBytes)
        {
            fileDiagnostics.Add(new Diagnostic(DatasetDiagnosticCodes.DocumentTooLarge, DiagnosticSeverity.Error, $"The file is larger than {MaxDocumentBytes / (1024 * 1024)} MiB; write the records as JSON Lines and read them in parts."));
            return false;
        }

        buffer.Write(chunk, 0, n);
        return true;
    }

    private IEnumerable<DatasetRow<PloverEventRecord>> Rows(byte[]? bytes)
    {
        if (bytes is null)
        {
            yield break;
        }

        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var first = start;
        while (first < bytes.Length && bytes[first] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            first++;
        }

        if (first == bytes.Length)
        {
            LayoutDescription = "PLOVER JSON (empty)";
            yield break;
        }

        var isArray = bytes[first] == (byte)'[';
        LayoutDescription = isArray ? "PLOVER JSON array, UTF-8" : "PLOVER JSON Lines, UTF-8";
        var slices = isArray ? ArrayElements(bytes, first) : Lines(bytes, start);
        foreach (var (offset, length, line) in slices)
        {
            var row = ReadRecord(bytes.AsMemory(offset, length), line);
            if (row is null)
            {
                continue;
            }

            read++;
            if (row.IsAccepted)
            {
                accepted++;
            }

            yield return row;
            if (!row.IsAccepted && options.FailFast)
            {
                yield break;
            }
        }
    }

    /// <summary>The byte ranges of the array's elements, found with a forward-only reader; a syntax error ends the file with a diagnostic.</summary>
    private List<(int Offset, int Length, long Line)> ArrayElements(byte[] bytes, int first)
    {
        var elements = new List<(int, int, long)>();
        var reader = new Utf8JsonReader(bytes.AsSpan(first), new JsonReaderOptions { MaxDepth = 64, CommentHandling = JsonCommentHandling.Disallow });
        var line = 1L + bytes.AsSpan(0, first).Count((byte)'\n');
        var counted = first;
        try
        {
            reader.Read();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var begin = first + (int)reader.TokenStartIndex;
                line += bytes.AsSpan(counted, begin - counted).Count((byte)'\n');
                counted = begin;
                reader.Skip();
                var end = first + (int)reader.BytesConsumed;
                elements.Add((begin, end - begin, line));
            }
        }
        catch (JsonException ex)
        {
            fileDiagnostics.Add(new Diagnostic(DatasetDiagnosticCodes.InvalidJsonRecord, DiagnosticSeverity.Error, "The JSON array cannot be read past this point: " + ex.Message)
            {
                Line = line + (ex.LineNumber ?? 0),
            });
        }

        return elements;
    }

    private static List<(int Offset, int Length, long Line)> Lines(byte[] bytes, int start)
    {
        var lines = new List<(int, int, long)>();
        var line = 1L;
        var at = start;
        while (at < bytes.Length)
        {
            var end = bytes.AsSpan(at).IndexOf((byte)'\n');
            var length = end < 0 ? bytes.Length - at : end;
            if (!bytes.AsSpan(at, length).Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r']).IsEmpty)
            {
                lines.Add((at, length, line));
            }

            at += length + 1;
            line++;
        }

        return lines;
    }

    private DatasetRow<PloverEventRecord>? ReadRecord(ReadOnlyMemory<byte> json, long line)
    {
        var diagnostics = new List<Diagnostic>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
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
                if (!diagnostics.Exists(d => d.IsError) && !idLines.TryAdd(record.Id, line))
                {
                    diagnostics.Add(new Diagnostic(DatasetDiagnosticCodes.DuplicateRecordId, DiagnosticSeverity.Warning, $"The id '{record.Id}' was already used by the record at line {idLines[record.Id]}; the record is kept and its incident id gets a suffix.")
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

    private static Diagnostic Error(string code, long line, string? key, string message, string? value) =>
        new(code, DiagnosticSeverity.Error, message) { Line = line, Path = key is null ? null : "/" + key, Value = value is { Length: > 200 } ? string.Concat(value.AsSpan(0, 197), "...") : value };

    private static string Shorten(ReadOnlyMemory<byte> json)
    {
        var text = System.Text.Encoding.UTF8.GetString(json.Span[..Math.Min(json.Length, 400)]);
        return text.Length <= 200 ? text : string.Concat(text.AsSpan(0, 197), "...");
    }
}
