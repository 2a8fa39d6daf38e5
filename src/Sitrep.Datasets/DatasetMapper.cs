using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Sitrep.Actors;
using Sitrep.Incidents;
using Sitrep.Sources;

namespace Sitrep.Datasets;

/// <summary>
/// Maps one format's records into the model. A mapper remembers the actors it has seen, so each appears once
/// however many records name it, and every incident it makes cites one <see cref="Source"/>, the dataset release.
/// </summary>
/// <typeparam name="TRecord">The format's record type.</typeparam>
public abstract class DatasetMapper<TRecord>
    where TRecord : DatasetRecord
{
    private readonly Dictionary<string, Actor> actors = new(StringComparer.Ordinal);

    private protected DatasetMapper(string sourceIdStem, string title, string? version, string url)
    {
        Source = new Source
        {
            Id = new SourceId(version is null ? "source:" + sourceIdStem : "source:" + sourceIdStem + "-" + version),
            Kind = SourceKind.DatasetRelease,
            Title = title + (version is null ? string.Empty : " " + version),
            Version = version,
            Url = url,
        };
    }

    /// <summary>Gets the source every mapped incident cites.</summary>
    public Source Source { get; }

    /// <summary>Gets the actors seen so far, one each, in the order first seen.</summary>
    public IReadOnlyCollection<Actor> Actors => actors.Values;

    /// <summary>Maps one record.</summary>
    /// <param name="record">A record the reader accepted.</param>
    /// <returns>The incident.</returns>
    public abstract Incident Map(TRecord record);

    /// <summary>Maps records into a dataset with the source, the actors and one incident per record.</summary>
    /// <param name="records">The records.</param>
    /// <returns>The dataset.</returns>
    public Dataset ToDataset(IEnumerable<TRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var incidents = ImmutableArray.CreateBuilder<Incident>();
        foreach (var record in records)
        {
            incidents.Add(Map(record));
        }

        return new Dataset
        {
            Sources = [Source],
            Actors = ValueArray.From(actors.Values),
            Incidents = new ValueArray<Incident>(incidents.ToImmutable()),
        };
    }

    private protected bool TryGetActor(string key, out Actor actor) => actors.TryGetValue(key, out actor!);

    private protected Actor Remember(string key, Actor actor)
    {
        actors[key] = actor;
        return actor;
    }

    /// <summary>An id-safe form of a name: letters and digits in lower case, anything else <c>-</c>.</summary>
    private protected static string Slug(string name) =>
        string.Create(name.Length, name, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsLetterOrDigit(source[i]) ? char.ToLowerInvariant(source[i]) : '-';
            }
        });
}
