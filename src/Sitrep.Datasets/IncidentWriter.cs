using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Actors;
using Sitrep.Datasets.Acled;
using Sitrep.Datasets.Gdelt;
using Sitrep.Datasets.Parsing;
using Sitrep.Datasets.Polecat;
using Sitrep.Datasets.Ucdp;
using Sitrep.Datasets.Writing;
using Sitrep.Incidents;
using Sitrep.Sources;
using Sitrep.Statements;
using Sitrep.Validation;

namespace Sitrep.Datasets;

/// <summary>
/// Writes incidents, with their sources, actors and statements, to any format Sitrep writes, as <c>sitrep convert</c>
/// does: canonical JSON (gathered, written at <see cref="CompleteAsync"/>), JSON Lines, the dataset formats and
/// GeoJSON (streamed, in constant memory). What a format has no place for is reported in the diagnostics collection given at
/// creation (<see cref="DatasetDiagnosticCodes.NotCarriedOver"/>), never dropped silently. A writer is for one output
/// and one thread.
/// </summary>
/// <remarks>
/// Call <see cref="Describe"/> and <see cref="WriteSourcesAsync"/> first, then actors and incidents in any order the input gives them (a dataset
/// writer names an incident's sides from the actors it has seen, so when <see cref="NeedsActorsFirst"/> write each
/// incident's actors before it), then <see cref="WriteStatementsAsync"/> and <see cref="CompleteAsync"/>.
/// </remarks>
public abstract class IncidentWriter : IAsyncDisposable
{
    /// <summary>Initializes a writer that reports what it cannot carry over to <paramref name="diagnostics"/>.</summary>
    /// <param name="diagnostics">Receives what could not be carried over.</param>
    protected IncidentWriter(ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the records written, of every kind (rows, for a dataset format).</summary>
    public long Written { get; protected set; }

    /// <summary>Gets the incidents written.</summary>
    public long IncidentsWritten { get; protected set; }

    /// <summary>Gets a value indicating whether the writer needs each incident's actors before the incident (to name its sides).</summary>
    public virtual bool NeedsActorsFirst => false;

    /// <summary>Gets where the writer reports what it cannot carry over.</summary>
    protected ICollection<Diagnostic> Diagnostics { get; }

    /// <summary>Creates a writer of a format to a stream, which it does not close.</summary>
    /// <param name="format">The output format: <see cref="DatasetFormat.Sitrep"/>, <see cref="DatasetFormat.SitrepJsonLines"/>, ACLED, UCDP, GDELT, POLECAT, <see cref="DatasetFormat.GeoJson"/> or <see cref="DatasetFormat.GeoJsonLines"/>.</param>
    /// <param name="target">Where the output goes.</param>
    /// <param name="diagnostics">Receives what could not be carried over.</param>
    /// <param name="protectFormulas">Whether dataset formats prefix <c>'</c> to text cells that a spreadsheet would run as a formula.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentException">Sitrep does not write <paramref name="format"/> (PLOVER, or unknown).</exception>
    public static IncidentWriter Create(DatasetFormat format, Stream target, ICollection<Diagnostic> diagnostics, bool protectFormulas = true)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return format switch
        {
            DatasetFormat.Sitrep => new DocumentIncidentWriter(target, diagnostics),
            DatasetFormat.SitrepJsonLines => new JsonLinesIncidentWriter(target, diagnostics),
            DatasetFormat.Acled => new RecordIncidentWriter<AcledEventRecord>(target, format, new AcledEventMapper().ToRecord, DatasetCsvWriter.WriteHeader, DatasetCsvWriter.WriteRecord, protectFormulas, diagnostics),
            DatasetFormat.Ucdp => new RecordIncidentWriter<UcdpGedRecord>(target, format, new UcdpGedMapper().ToRecord, DatasetCsvWriter.WriteHeader, DatasetCsvWriter.WriteRecord, protectFormulas, diagnostics),
            DatasetFormat.Gdelt => new RecordIncidentWriter<GdeltEventRecord>(target, format, new GdeltEventMapper().ToRecord, GdeltEventWriter.WriteHeader, GdeltEventWriter.WriteRecord, protectFormulas, diagnostics),
            DatasetFormat.Polecat => new RecordIncidentWriter<PolecatEventRecord>(target, format, new PolecatEventMapper().ToRecord, PolecatEventWriter.WriteHeader, PolecatEventWriter.WriteRecord, protectFormulas, diagnostics),
            DatasetFormat.GeoJson => new GeoJsonIncidentWriter(target, lines: false, diagnostics),
            DatasetFormat.GeoJsonLines => new GeoJsonIncidentWriter(target, lines: true, diagnostics),
            _ => throw new ArgumentException($"Sitrep does not write {format}; it writes Sitrep JSON, JSON Lines, ACLED, UCDP, GDELT, POLECAT and GeoJSON.", nameof(format)),
        };
    }

    /// <summary>
    /// Lets a dataset writer write a file in its own format back the way it came (header spelling, line ends,
    /// encoding); other writers, and input in another format, ignore it. Call it before the first incident.
    /// </summary>
    /// <param name="from">The input's format.</param>
    /// <param name="style">The input file's style, as its reader found it.</param>
    /// <param name="sourceEncoding">The input's encoding as its reader describes it, or <see langword="null"/>.</param>
    public virtual void UseStyleOf(DatasetFormat from, DatasetFileStyle? style, string? sourceEncoding)
    {
    }

    /// <summary>
    /// Gives the dataset's title and description, before anything is written: canonical JSON and JSON Lines keep them
    /// (in the document, on the header line); a dataset format has no place for them and reports that it dropped them.
    /// </summary>
    /// <param name="title">The title, or <see langword="null"/>.</param>
    /// <param name="description">The description, or <see langword="null"/>.</param>
    public virtual void Describe(string? title, string? description)
    {
        if (title is not null || description is not null)
        {
            Diagnostics.Add(new Diagnostic(DatasetDiagnosticCodes.NotCarriedOver, DiagnosticSeverity.Info, "Dataset formats have no place for a dataset's title and description; they are not carried over.") { Path = title is not null ? "/title" : "/description", Value = RowDiagnostics.Shorten(title ?? description) });
        }
    }

    /// <summary>Writes the sources (canonical JSON and JSON Lines keep them; dataset formats have one source, the file).</summary>
    /// <param name="sources">The sources.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task.</returns>
    public virtual Task WriteSourcesAsync(IEnumerable<Source> sources, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>Writes actors, or keeps them to name the sides of the incidents that follow.</summary>
    /// <param name="actors">The actors.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task.</returns>
    public abstract Task WriteActorsAsync(IEnumerable<Actor> actors, CancellationToken cancellationToken = default);

    /// <summary>Writes an incident (a row, for a dataset format).</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task.</returns>
    public abstract Task WriteIncidentAsync(Incident incident, CancellationToken cancellationToken = default);

    /// <summary>Writes statements; a dataset format has no place for them and reports how many were not carried over.</summary>
    /// <param name="statements">The statements.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task.</returns>
    public virtual Task WriteStatementsAsync(IEnumerable<Statement> statements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var count = 0;
        foreach (var unused in statements)
        {
            count++;
        }

        if (count > 0)
        {
            Diagnostics.Add(new Diagnostic(DatasetDiagnosticCodes.NotCarriedOver, DiagnosticSeverity.Warning, $"Dataset formats have no place for statements; {count} statement(s) are not carried over.") { Path = "/statements" });
        }

        return Task.CompletedTask;
    }

    /// <summary>Finishes the output (writes a canonical document, flushes a stream) and reports what the writer changed.</summary>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task.</returns>
    public abstract Task CompleteAsync(CancellationToken cancellationToken = default);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await DisposeAsyncCore().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the writer's own resources; the target stream stays open.</summary>
    /// <returns>A task.</returns>
    protected abstract ValueTask DisposeAsyncCore();
}
