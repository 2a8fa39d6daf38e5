using System;
using System.Buffers;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Actors;
using Sitrep.Incidents;
using Sitrep.Sources;
using Sitrep.Statements;

namespace Sitrep.Serialization;

/// <summary>
/// Writes records as JSON Lines, one at a time, in constant memory. The header line is written before the first
/// record (or on <see cref="FlushAsync"/> when there is none), so the output always reads back.
/// </summary>
public sealed class SitrepJsonLinesWriter : IAsyncDisposable, IDisposable
{
    private readonly Stream stream;
    private readonly ArrayBufferWriter<byte> buffer = new(16 * 1024);
    private readonly Utf8JsonWriter json;
    private readonly string? title;
    private readonly string? description;
    private bool wroteHeader;

    /// <summary>Initializes a writer over a stream.</summary>
    /// <param name="stream">The output; not disposed by this writer.</param>
    /// <param name="title">The dataset title for the header line, or <see langword="null"/>.</param>
    /// <param name="description">The dataset description for the header line, or <see langword="null"/>.</param>
    public SitrepJsonLinesWriter(Stream stream, string? title = null, string? description = null)
    {
        this.stream = stream ?? throw new ArgumentNullException(nameof(stream));
        this.title = title;
        this.description = description;
        json = new Utf8JsonWriter(buffer, SitrepJson.WriterOptions(SitrepJsonOptions.Compact));
    }

    /// <summary>Writes a source line.</summary>
    /// <param name="source">The source.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes when the line is handed to the stream.</returns>
    public ValueTask WriteSourceAsync(Source source, CancellationToken cancellationToken = default) =>
        WriteEntryAsync(new JsonLinesRecord { Source = source ?? throw new ArgumentNullException(nameof(source)) }, cancellationToken);

    /// <summary>Writes an actor line.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes when the line is handed to the stream.</returns>
    public ValueTask WriteActorAsync(Actor actor, CancellationToken cancellationToken = default) =>
        WriteEntryAsync(new JsonLinesRecord { Actor = actor ?? throw new ArgumentNullException(nameof(actor)) }, cancellationToken);

    /// <summary>Writes an incident line.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes when the line is handed to the stream.</returns>
    public ValueTask WriteIncidentAsync(Incident incident, CancellationToken cancellationToken = default) =>
        WriteEntryAsync(new JsonLinesRecord { Incident = incident ?? throw new ArgumentNullException(nameof(incident)) }, cancellationToken);

    /// <summary>Writes a statement line.</summary>
    /// <param name="statement">The statement.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes when the line is handed to the stream.</returns>
    public ValueTask WriteStatementAsync(Statement statement, CancellationToken cancellationToken = default) =>
        WriteEntryAsync(new JsonLinesRecord { Statement = statement ?? throw new ArgumentNullException(nameof(statement)) }, cancellationToken);

    /// <summary>Writes the header if nothing was written yet, then flushes the stream.</summary>
    /// <param name="cancellationToken">Cancels flushing.</param>
    /// <returns>A task that completes when the stream is flushed.</returns>
    public async ValueTask FlushAsync(CancellationToken cancellationToken = default)
    {
        await EnsureHeaderAsync(cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await json.DisposeAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose() => json.Dispose();

    private async ValueTask EnsureHeaderAsync(CancellationToken cancellationToken)
    {
        if (!wroteHeader)
        {
            wroteHeader = true;
            await WriteLineAsync(new JsonLinesRecord { FormatVersion = Dataset.CurrentFormatVersion, Title = title, Description = description }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask WriteEntryAsync(JsonLinesRecord entry, CancellationToken cancellationToken)
    {
        await EnsureHeaderAsync(cancellationToken).ConfigureAwait(false);
        await WriteLineAsync(entry, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask WriteLineAsync(JsonLinesRecord entry, CancellationToken cancellationToken)
    {
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        JsonSerializer.Serialize(json, entry, SitrepJsonOptions.TypeInfo<JsonLinesRecord>(SitrepJsonOptions.Compact));
        json.Flush();
        buffer.Write("\n"u8);
        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }
}
