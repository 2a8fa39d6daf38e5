using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Actors;
using Sitrep.Incidents;
using Sitrep.Sources;
using Sitrep.Statements;
using Sitrep.Validation;

namespace Sitrep.Serialization;

/// <summary>
/// Reads and writes the JSON Lines form of the canonical format: a header line <c>{"sitrep":"1.0"}</c>, then one
/// record a line, each an object with exactly one of <c>source</c>, <c>actor</c>, <c>incident</c> or
/// <c>statement</c>. Reading streams in constant memory (bounded by the longest line allowed); a bad line gives
/// diagnostics and reading goes on.
/// </summary>
public static class SitrepJsonLines
{
    /// <summary>Reads lines one at a time.</summary>
    /// <param name="stream">UTF-8 input; not disposed.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>One result per non-blank line, in order; an input without one gives one result that says it is empty.</returns>
    public static async IAsyncEnumerable<JsonLinesRecord> ReadAsync(
        Stream stream,
        SitrepJsonReaderOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= SitrepJsonReaderOptions.Default;
        using var lines = new LineSplitter(stream, options.MaxLineBytes);
        var state = new ReaderState();
        while (await lines.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            if (ParseLine(lines, options, state) is { } record)
            {
                yield return record;
            }
        }

        if (!state.SawContent)
        {
            yield return EmptyInput();
        }
    }

    /// <summary>Reads lines one at a time, synchronously.</summary>
    /// <param name="stream">UTF-8 input; not disposed.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>One result per non-blank line, in order; an input without one gives one result that says it is empty.</returns>
    public static IEnumerable<JsonLinesRecord> Read(Stream stream, SitrepJsonReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadIterator(stream, options ?? SitrepJsonReaderOptions.Default);
    }

    /// <summary>Reads a whole stream into one dataset, keeping the line of every record.</summary>
    /// <param name="stream">UTF-8 input; not disposed.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The dataset and the diagnostics of every line.</returns>
    public static async Task<JsonLinesReadResult> ReadDatasetAsync(Stream stream, SitrepJsonReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        var sources = ImmutableArray.CreateBuilder<Source>();
        var actors = ImmutableArray.CreateBuilder<Actor>();
        var incidents = ImmutableArray.CreateBuilder<Incident>();
        var statements = ImmutableArray.CreateBuilder<Statement>();
        var sourceLines = ImmutableArray.CreateBuilder<long>();
        var actorLines = ImmutableArray.CreateBuilder<long>();
        var incidentLines = ImmutableArray.CreateBuilder<long>();
        var statementLines = ImmutableArray.CreateBuilder<long>();
        var diagnostics = new List<Diagnostic>();
        string? title = null;
        string? description = null;
        long lastLine = 0;
        await foreach (var record in ReadAsync(stream, options, cancellationToken).ConfigureAwait(false))
        {
            lastLine = record.Line;
            diagnostics.AddRange(record.Diagnostics);
            if (record.IsHeader)
            {
                title ??= record.Title;
                description ??= record.Description;
            }
            else if (record.Source is { } source)
            {
                sources.Add(source);
                sourceLines.Add(record.Line);
            }
            else if (record.Actor is { } actor)
            {
                actors.Add(actor);
                actorLines.Add(record.Line);
            }
            else if (record.Incident is { } incident)
            {
                incidents.Add(incident);
                incidentLines.Add(record.Line);
            }
            else if (record.Statement is { } statement)
            {
                statements.Add(statement);
                statementLines.Add(record.Line);
            }
        }

        var dataset = new Dataset
        {
            Title = title,
            Description = description,
            Sources = new(sources.ToImmutable()),
            Actors = new(actors.ToImmutable()),
            Incidents = new(incidents.ToImmutable()),
            Statements = new(statements.ToImmutable()),
        };
        return new JsonLinesReadResult(
            dataset,
            ValueArray.From(diagnostics),
            lastLine,
            new(sourceLines.ToImmutable()),
            new(actorLines.ToImmutable()),
            new(incidentLines.ToImmutable()),
            new(statementLines.ToImmutable()));
    }

    /// <summary>Writes a dataset as JSON Lines: the header, then sources, actors, incidents and statements.</summary>
    /// <param name="stream">The output; not disposed.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes when everything is written and flushed.</returns>
    public static async Task WriteAsync(Stream stream, Dataset dataset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var writer = new SitrepJsonLinesWriter(stream, dataset.Title, dataset.Description);
        await using (writer.ConfigureAwait(false))
        {
            foreach (var source in dataset.Sources)
            {
                await writer.WriteSourceAsync(source, cancellationToken).ConfigureAwait(false);
            }

            foreach (var actor in dataset.Actors)
            {
                await writer.WriteActorAsync(actor, cancellationToken).ConfigureAwait(false);
            }

            foreach (var incident in dataset.Incidents)
            {
                await writer.WriteIncidentAsync(incident, cancellationToken).ConfigureAwait(false);
            }

            foreach (var statement in dataset.Statements)
            {
                await writer.WriteStatementAsync(statement, cancellationToken).ConfigureAwait(false);
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Writes a stream of records as JSON Lines in constant memory, for pipelines that read, transform and write.
    /// A header among the records supplies the title and description if it comes first; records carrying no record
    /// (lines that failed to read) are skipped, so check their diagnostics before writing.
    /// </summary>
    /// <param name="stream">The output; not disposed.</param>
    /// <param name="records">The records, typically from <see cref="ReadAsync"/>.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>The number of records written, the header not counted.</returns>
    public static async Task<long> WriteRecordsAsync(Stream stream, IAsyncEnumerable<JsonLinesRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(records);
        SitrepJsonLinesWriter? writer = null;
        long written = 0;
        try
        {
            await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                writer ??= record.IsHeader
                    ? new SitrepJsonLinesWriter(stream, record.Title, record.Description)
                    : new SitrepJsonLinesWriter(stream);
                if (record.Source is { } source)
                {
                    await writer.WriteSourceAsync(source, cancellationToken).ConfigureAwait(false);
                }
                else if (record.Actor is { } actor)
                {
                    await writer.WriteActorAsync(actor, cancellationToken).ConfigureAwait(false);
                }
                else if (record.Incident is { } incident)
                {
                    await writer.WriteIncidentAsync(incident, cancellationToken).ConfigureAwait(false);
                }
                else if (record.Statement is { } statement)
                {
                    await writer.WriteStatementAsync(statement, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    continue;
                }

                written++;
            }

            writer ??= new SitrepJsonLinesWriter(stream);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            return written;
        }
        finally
        {
            if (writer is not null)
            {
                await writer.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static IEnumerable<JsonLinesRecord> ReadIterator(Stream stream, SitrepJsonReaderOptions options)
    {
        using var lines = new LineSplitter(stream, options.MaxLineBytes);
        var state = new ReaderState();
        while (lines.MoveNext())
        {
            if (ParseLine(lines, options, state) is { } record)
            {
                yield return record;
            }
        }

        if (!state.SawContent)
        {
            yield return EmptyInput();
        }
    }

    // An input with no line at all (or blank lines only) lacks even the header: said once, on line 1.
    private static JsonLinesRecord EmptyInput() => new()
    {
        Line = 1,
        Diagnostics = [new Diagnostic(DiagnosticCodes.InvalidJsonLinesEntry, DiagnosticSeverity.Error, "The input is empty; JSON Lines starts with the header line {\"sitrep\":\"1.0\"}.") { Line = 1 }],
    };

    private static JsonLinesRecord? ParseLine(LineSplitter lines, SitrepJsonReaderOptions options, ReaderState state)
    {
        var lineNumber = lines.LineNumber;
        if (lines.CurrentTooLong)
        {
            state.SawContent = true;
            return new JsonLinesRecord
            {
                Line = lineNumber,
                Diagnostics = [new Diagnostic(DiagnosticCodes.LineTooLong, DiagnosticSeverity.Error, $"The line is {lines.CurrentLength} bytes long; the limit is {options.MaxLineBytes}. It was skipped.") { Line = lineNumber }],
            };
        }

        var span = lines.Current.Span;
        if (span.Trim(" \t\r"u8).IsEmpty)
        {
            return null;
        }

        var diagnostics = new List<Diagnostic>();
        var typeInfo = SitrepJsonOptions.TypeInfo<JsonLinesRecord>(SitrepJsonOptions.ForReading(options.MaxDepth));
        var entry = JsonDocumentReader.Read(span, typeInfo, options, requireVersion: false, firstLine: lineNumber, diagnostics);
        var first = !state.SawContent;
        state.SawContent = true;
        var record = new JsonLinesRecord { Line = lineNumber };
        if (entry is not null)
        {
            var parts = (entry.FormatVersion is null ? 0 : 1) + (entry.Source is null ? 0 : 1) + (entry.Actor is null ? 0 : 1)
                + (entry.Incident is null ? 0 : 1) + (entry.Statement is null ? 0 : 1);
            if (entry.FormatVersion is { } version && !string.Equals(version, Dataset.CurrentFormatVersion, StringComparison.Ordinal))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.UnsupportedFormatVersion, DiagnosticSeverity.Error, $"Format version '{version}' is not supported; this library reads version {Dataset.CurrentFormatVersion}.") { Line = lineNumber, Path = "/sitrep", Value = version });
            }
            else if (entry.FormatVersion is null && (entry.Title is not null || entry.Description is not null))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidJsonLinesEntry, DiagnosticSeverity.Error, "Title and description belong on the header line, with \"sitrep\".") { Line = lineNumber, Path = string.Empty });
            }
            else if (parts != 1)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.InvalidJsonLinesEntry,
                    DiagnosticSeverity.Error,
                    parts == 0
                        ? "The line holds no record; expected exactly one of source, actor, incident, statement, or the header."
                        : "The line holds more than one record; put each on its own line.")
                { Line = lineNumber, Path = string.Empty });
            }
            else
            {
                record = entry with { Line = lineNumber };
            }
        }

        if (first && !record.IsHeader && !state.ReportedMissingHeader)
        {
            state.ReportedMissingHeader = true;
            diagnostics.Insert(0, new Diagnostic(DiagnosticCodes.InvalidJsonLinesEntry, DiagnosticSeverity.Error, $"The first line must be the header {{\"sitrep\":\"{Dataset.CurrentFormatVersion}\"}}.") { Line = lineNumber });
        }

        return diagnostics.Count == 0 ? record : record with { Diagnostics = ValueArray.From(diagnostics) };
    }

    private sealed class ReaderState
    {
        internal bool SawContent { get; set; }

        internal bool ReportedMissingHeader { get; set; }
    }
}
