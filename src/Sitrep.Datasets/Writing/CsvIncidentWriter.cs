using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Actors;
using Sitrep.Incidents;
using Sitrep.Validation;

namespace Sitrep.Datasets.Writing;

/// <summary>
/// A dataset CSV: rows written as incidents arrive; actors kept by id to name the sides. A file converted to its
/// own format keeps its header spelling, line ends and encoding (<see cref="DatasetFileStyle"/>); any other
/// output is UTF-8 with <c>\n</c>. A character the encoding cannot hold is counted and reported, not replaced
/// silently.
/// </summary>
internal abstract class CsvIncidentWriter(Stream target, ICollection<Diagnostic> diagnostics) : IncidentWriter(diagnostics)
{
    private readonly CountingEncoderFallback fallback = new();
    private StreamWriter? writer;

    protected Dictionary<ActorId, Actor> Actors { get; } = [];

    public override bool NeedsActorsFirst => true;

    protected TextWriter Writer => writer ??= new StreamWriter(target, OutputStyle.CreateEncoding(fallback.For(OutputStyle.EncodingName)), 64 * 1024, leaveOpen: true);

    /// <summary>Gets the input's style when this sink took it (same format), else null: the writer's own default.</summary>
    protected DatasetFileStyle? SourceStyle { get; private set; }

    // The encoding is the input's when its style was taken, else UTF-8.
    private DatasetFileStyle OutputStyle => SourceStyle ?? DatasetFileStyle.Default;

    /// <summary>Gets or sets what the writer changed in cells (formula guard, flattened line breaks), reported once.</summary>
    protected CellChanges Changes { get; set; }

    protected abstract DatasetFormat Format { get; }

    /// <summary>Takes the input file's style when the input is in this sink's format; called before the first row.</summary>
    public override void UseStyleOf(DatasetFormat from, DatasetFileStyle? style, string? sourceEncoding)
    {
        if (writer is not null || from != Format || style is null)
        {
            return;
        }

        SourceStyle = style;
        if (sourceEncoding is { } name && name.StartsWith("UTF-8 with", StringComparison.Ordinal))
        {
            Diagnostics.Add(new Diagnostic(DatasetDiagnosticCodes.NotCarriedOver, DiagnosticSeverity.Info, $"The input was read as {name}; the output is written as UTF-8 throughout."));
        }
    }

    protected bool HeaderWritten { get; set; }

    public override Task WriteActorsAsync(IEnumerable<Actor> actors, CancellationToken cancellationToken = default)
    {
        foreach (var actor in actors)
        {
            Actors.TryAdd(actor.Id, actor);
        }

        return Task.CompletedTask;
    }

    public override async Task WriteIncidentAsync(Incident incident, CancellationToken cancellationToken = default)
    {
        Write(incident, "/incidents/" + Written.ToString(CultureInfo.InvariantCulture));
        Written++;
        IncidentsWritten++;
        if (Written % 4096 == 0)
        {
            await Writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        await Writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        if (Changes.Guarded > 0)
        {
            Diagnostics.Add(new Diagnostic(
                DatasetDiagnosticCodes.NotCarriedOver,
                DiagnosticSeverity.Info,
                string.Create(CultureInfo.InvariantCulture, $"{Changes.Guarded} cell(s) start with = + - @ ' or a tab and were written with the formula guard's apostrophe (Sitrep reads it off; --no-formula-guard writes them as they are)."))
            {
                Path = string.Empty,
            });
        }

        if (Changes.Flattened > 0)
        {
            Diagnostics.Add(new Diagnostic(
                DatasetDiagnosticCodes.NotCarriedOver,
                DiagnosticSeverity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"{Changes.Flattened} cell(s) held a tab or line break, which this format cannot quote; they were written as spaces.")));
        }

        if (fallback.Count > 0)
        {
            Diagnostics.Add(new Diagnostic(
                DatasetDiagnosticCodes.NotCarriedOver,
                DiagnosticSeverity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"{fallback.Count} character(s) have no {OutputStyle.EncodingName} form and were written as '{fallback.Replacement}' (the first: U+{fallback.First:X4}); write UTF-8 to keep them."))
            {
                Value = char.ConvertFromUtf32(fallback.First),
            });
        }
    }

    protected override ValueTask DisposeAsyncCore() => writer?.DisposeAsync() ?? ValueTask.CompletedTask;

    protected abstract void Write(Incident incident, string path);
}
