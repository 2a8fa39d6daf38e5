using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Actors;
using Sitrep.Incidents;
using Sitrep.Serialization;
using Sitrep.Sources;
using Sitrep.Statements;
using Sitrep.Validation;

namespace Sitrep.Datasets.Writing;

/// <summary>JSON Lines: each record written as it comes.</summary>
internal sealed class JsonLinesIncidentWriter(Stream target, ICollection<Diagnostic> diagnostics) : IncidentWriter(diagnostics)
{
    private string? title;
    private string? description;
    private SitrepJsonLinesWriter? lines;

    // Made on first use, so that the header line carries what Describe gave.
    private SitrepJsonLinesWriter Writer => lines ??= new SitrepJsonLinesWriter(target, title, description);

    public override void Describe(string? title, string? description)
    {
        if (lines is not null)
        {
            throw new InvalidOperationException("Describe the dataset before writing to it: the header line is written first.");
        }

        this.title = title;
        this.description = description;
    }

    public override async Task WriteSourcesAsync(IEnumerable<Source> sources, CancellationToken cancellationToken = default)
    {
        foreach (var source in sources)
        {
            await Writer.WriteSourceAsync(source, cancellationToken).ConfigureAwait(false);
            Written++;
        }
    }

    public override async Task WriteActorsAsync(IEnumerable<Actor> actors, CancellationToken cancellationToken = default)
    {
        foreach (var actor in actors)
        {
            await Writer.WriteActorAsync(actor, cancellationToken).ConfigureAwait(false);
            Written++;
        }
    }

    public override async Task WriteIncidentAsync(Incident incident, CancellationToken cancellationToken = default)
    {
        await Writer.WriteIncidentAsync(incident, cancellationToken).ConfigureAwait(false);
        Written++;
        IncidentsWritten++;
    }

    public override async Task WriteStatementsAsync(IEnumerable<Statement> statements, CancellationToken cancellationToken = default)
    {
        foreach (var statement in statements)
        {
            await Writer.WriteStatementAsync(statement, cancellationToken).ConfigureAwait(false);
            Written++;
        }
    }

    public override Task CompleteAsync(CancellationToken cancellationToken = default) => Writer.FlushAsync(cancellationToken).AsTask();

    protected override ValueTask DisposeAsyncCore() => lines?.DisposeAsync() ?? ValueTask.CompletedTask;
}
