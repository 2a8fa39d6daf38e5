using System;
using System.Collections.Generic;
using Sitrep.Datasets.Acled;
using Sitrep.Datasets.Gdelt;
using Sitrep.Datasets.Ucdp;
using Sitrep.Incidents;
using Sitrep.Revisions;

namespace Sitrep.Sources.Store;

/// <summary>The store's records as incidents, and two snapshots compared.</summary>
public sealed partial class SourceStore
{
    /// <summary>
    /// Reads a dataset's records as incidents, now or as of a sync, each mapped by its provider's mapper with the
    /// provider's fields kept as its source record (as a file of the same records would map).
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="asOfSync">The sync to read the store as of, or <see langword="null"/> for now.</param>
    /// <returns>The incidents, read lazily, deleted records left out.</returns>
    /// <exception cref="ArgumentException">The store has no such dataset.</exception>
    public IEnumerable<Incident> ReadIncidents(string dataset, long? asOfSync = null)
    {
        var format = FormatOf(dataset) ?? throw new ArgumentException($"The store has no dataset '{dataset}'.", nameof(dataset));
        return Map(dataset, format, asOfSync);
    }

    /// <summary>
    /// Compares a dataset as of one sync with the same dataset as of a later one (or now): the records added, deleted
    /// and revised between them, and for each revised one the fields that changed, as <see cref="DatasetDiff"/> compares two files.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="olderSync">The earlier snapshot's sync.</param>
    /// <param name="newerSync">The later snapshot's sync, or <see langword="null"/> for now.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentException">The store has no such dataset.</exception>
    public DatasetDifference Compare(string dataset, long olderSync, long? newerSync = null)
    {
        var comparer = new DatasetComparer();
        foreach (var incident in ReadIncidents(dataset, olderSync))
        {
            comparer.AddBefore(incident);
        }

        foreach (var incident in ReadIncidents(dataset, newerSync))
        {
            comparer.CompareAfter(incident);
        }

        return comparer.Finish();
    }

    private IEnumerable<Incident> Map(string dataset, string format, long? asOfSync)
    {
        var version = dataset.StartsWith("ucdp-", StringComparison.Ordinal) ? dataset["ucdp-".Length..] : null;
        AcledEventMapper? acled = format == "acled" ? new AcledEventMapper() : null;
        UcdpGedMapper? ucdp = format == "ucdp" ? new UcdpGedMapper(version) : null;
        GdeltEventMapper? gdelt = format == "gdelt" ? new GdeltEventMapper() : null;
        foreach (var record in ReadRecords(dataset, asOfSync))
        {
            yield return acled?.Map(new AcledEventRecord(record.Columns, record.Values))
                ?? ucdp?.Map(new UcdpGedRecord(record.Columns, record.Values))
                ?? gdelt?.Map(new GdeltEventRecord(record.Columns, record.Values))
                ?? throw new InvalidOperationException($"The store's dataset {dataset} has records in an unknown format '{format}'.");
        }
    }
}
