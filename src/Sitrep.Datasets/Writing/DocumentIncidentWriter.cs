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

/// <summary>Canonical JSON: everything gathered and written as one document at the end.</summary>
internal sealed class DocumentIncidentWriter(Stream target, ICollection<Diagnostic> diagnostics) : IncidentWriter(diagnostics)
{
    private readonly List<Source> sources = [];
    private readonly List<Actor> actors = [];
    private readonly List<Incident> incidents = [];
    private readonly List<Statement> statements = [];
    private string? title;
    private string? description;

    public override void Describe(string? title, string? description)
    {
        this.title = title;
        this.description = description;
    }

    public override Task WriteSourcesAsync(IEnumerable<Source> sources, CancellationToken cancellationToken = default)
    {
        this.sources.AddRange(sources);
        return Task.CompletedTask;
    }

    public override Task WriteActorsAsync(IEnumerable<Actor> actors, CancellationToken cancellationToken = default)
    {
        this.actors.AddRange(actors);
        return Task.CompletedTask;
    }

    public override Task WriteIncidentAsync(Incident incident, CancellationToken cancellationToken = default)
    {
        incidents.Add(incident);
        return Task.CompletedTask;
    }

    public override Task WriteStatementsAsync(IEnumerable<Statement> statements, CancellationToken cancellationToken = default)
    {
        this.statements.AddRange(statements);
        return Task.CompletedTask;
    }

    public override async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        var dataset = new Dataset
        {
            Title = title,
            Description = description,
            Sources = ValueArray.From(sources),
            Actors = ValueArray.From(actors),
            Incidents = ValueArray.From(incidents),
            Statements = ValueArray.From(statements),
        };
        await SitrepJson.WriteAsync(target, dataset, cancellationToken).ConfigureAwait(false);
        Written = sources.Count + actors.Count + incidents.Count + statements.Count;
        IncidentsWritten = incidents.Count;
    }

    protected override ValueTask DisposeAsyncCore() => ValueTask.CompletedTask;
}
