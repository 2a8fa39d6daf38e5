using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Validation;

namespace Sitrep.Serialization;

/// <summary>
/// Reads and writes the canonical JSON format (version 1.0): a document with <c>"sitrep": "1.0"</c> at the top and
/// lists of sources, actors, incidents and statements; camelCase names; enums as camelCase strings; dates and
/// temporal values in their ISO and compact text forms. Reading is strict and bounded, and never throws for bad
/// content: every problem becomes a <see cref="Diagnostic"/>.
/// </summary>
public static class SitrepJson
{
    /// <summary>Reads a dataset from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document; a UTF-8 byte order mark is allowed.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="SitrepJsonReaderOptions.Default"/>.</param>
    /// <returns>The dataset, or diagnostics saying why it could not be read.</returns>
    public static ReadResult<Dataset> Read(ReadOnlySpan<byte> utf8Json, SitrepJsonReaderOptions? options = null)
    {
        options ??= SitrepJsonReaderOptions.Default;
        var diagnostics = new List<Diagnostic>();
        var typeInfo = SitrepJsonOptions.TypeInfo<Dataset>(SitrepJsonOptions.ForReading(options.MaxDepth));
        var dataset = JsonDocumentReader.Read(utf8Json, typeInfo, options, requireVersion: true, firstLine: 1, diagnostics);
        return new ReadResult<Dataset>(dataset, ValueArray.From(diagnostics));
    }

    /// <summary>Reads a dataset from a string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The dataset, or diagnostics saying why it could not be read.</returns>
    public static ReadResult<Dataset> Parse(string json, SitrepJsonReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(System.Text.Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Reads a dataset from a stream, reading at most <see cref="SitrepJsonReaderOptions.MaxDocumentBytes"/> bytes.</summary>
    /// <param name="stream">The stream; it is read to its end but not disposed.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The dataset, or diagnostics saying why it could not be read.</returns>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static async Task<ReadResult<Dataset>> ReadAsync(Stream stream, SitrepJsonReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= SitrepJsonReaderOptions.Default;
        var limit = options.MaxDocumentBytes;
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > limit)
                    {
                        return TooLarge(options);
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, Math.Min(limit + 1, Array.MaxLength)));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > limit)
                {
                    return TooLarge(options);
                }
            }

            return Read(buffer.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes a dataset as indented canonical JSON (UTF-8, no byte order mark, <c>\n</c> line ends).</summary>
    /// <param name="stream">The stream to write to; it is not disposed.</param>
    /// <param name="dataset">The dataset.</param>
    /// <exception cref="JsonException">The dataset holds a value JSON cannot represent (a NaN coordinate, an undefined enum value); validate first.</exception>
    public static void Write(Stream stream, Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(dataset);
        // Serializing to the stream flushes in pooled chunks; a Utf8JsonWriter over the stream would buffer it all.
        JsonSerializer.Serialize(stream, dataset, SitrepJsonOptions.TypeInfo<Dataset>(SitrepJsonOptions.Indented));
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Writes a dataset as indented canonical JSON.</summary>
    /// <param name="stream">The stream to write to; it is not disposed.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes when the dataset is written and flushed.</returns>
    public static async Task WriteAsync(Stream stream, Dataset dataset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(dataset);
        await JsonSerializer.SerializeAsync(stream, dataset, SitrepJsonOptions.TypeInfo<Dataset>(SitrepJsonOptions.Indented), cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns a dataset as indented canonical JSON in UTF-8, ending with a line feed.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The bytes.</returns>
    public static byte[] SerializeToUtf8Bytes(Dataset dataset)
    {
        using var stream = new MemoryStream();
        Write(stream, dataset);
        return stream.ToArray();
    }

    /// <summary>Returns a dataset as indented canonical JSON, ending with a line feed.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Dataset dataset) => System.Text.Encoding.UTF8.GetString(SerializeToUtf8Bytes(dataset));

    /// <summary>Returns the JSON Schema (draft 2020-12) of the canonical format, as shipped in the package.</summary>
    /// <returns>The schema text.</returns>
    public static string GetJsonSchema()
    {
        using var stream = typeof(SitrepJson).Assembly.GetManifestResourceStream("Sitrep.schemas.sitrep-1.0.schema.json")
            ?? throw new InvalidOperationException("The JSON Schema resource is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static JsonWriterOptions WriterOptions(JsonSerializerOptions options) => new()
    {
        Indented = options.WriteIndented,
        IndentSize = options.IndentSize,
        NewLine = options.NewLine,
        Encoder = options.Encoder,
    };

    private static ReadResult<Dataset> TooLarge(SitrepJsonReaderOptions options) => new(
        null,
        [new Diagnostic(DiagnosticCodes.InputTooLarge, DiagnosticSeverity.Error, $"The document is larger than the limit of {options.MaxDocumentBytes} bytes.")]);
}
