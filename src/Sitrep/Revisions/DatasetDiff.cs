using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sitrep.Incidents;
using Sitrep.Serialization;

namespace Sitrep.Revisions;

/// <summary>
/// Compares two versions of a dataset incident by incident, matched by id: which incidents were added, deleted and
/// revised, and for a revised one which fields changed (the dead, dates, actors, place, ...) with both values.
/// </summary>
/// <remarks>
/// Compared: type, scope, coverage, description, time, place, casualty counts (and the one figure for the dead),
/// participants, attributions, classifications, means, related incidents, external ids, and each column the two
/// versions' original rows share (<c>sourceRecord/best</c>). Provenance is not compared: it says where each copy
/// was read (a file name, a row number), which differs between any two exports of the same data. Columns only one
/// version's layout has (a release that adds a column) are not changes. The older version is held in memory, the
/// newer is streamed; <see cref="DatasetComparer"/> does the same one incident at a time.
/// </remarks>
public static class DatasetDiff
{
    /// <summary>Compares two versions of a dataset's incidents.</summary>
    /// <param name="before">The older version's incidents.</param>
    /// <param name="after">The newer version's incidents, read once, in order.</param>
    /// <returns>The difference.</returns>
    public static DatasetDifference Compare(IEnumerable<Incident> before, IEnumerable<Incident> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var comparer = new DatasetComparer();
        foreach (var incident in before)
        {
            comparer.AddBefore(incident);
        }

        foreach (var incident in after)
        {
            comparer.CompareAfter(incident);
        }

        return comparer.Finish();
    }

    /// <summary>Gets the fields that differ between two versions of one incident, in a fixed order; empty when they are the same.</summary>
    /// <param name="before">The older version.</param>
    /// <param name="after">The newer version.</param>
    /// <returns>The changed fields with both values.</returns>
    public static ValueArray<FieldChange> Changes(Incident before, Incident after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<FieldChange>();
        Add(changes, "type", before.Type, after.Type, v => EnumNames<IncidentType>.NameOf(v));
        Add(changes, "scope", before.Scope, after.Scope, v => EnumNames<IncidentScope>.NameOf(v));
        Add(changes, "coverage", before.Coverage, after.Coverage, v => EnumNames<IncidentCoverage>.NameOf(v));
        Add(changes, "time", before.Time, after.Time, v => v?.ToString());
        Add(changes, "place", before.Place, after.Place, Json);
        if (!before.Casualties.Equals(after.Casualties))
        {
            var old = Killed(before);
            var @new = Killed(after);
            if (old != @new)
            {
                changes.Add(new FieldChange("killed", old, @new));
            }

            changes.Add(new FieldChange("casualties", Json(before.Casualties), Json(after.Casualties)));
        }

        Add(changes, "participants", before.Participants, after.Participants, Json);
        Add(changes, "attributions", before.Attributions, after.Attributions, Json);
        Add(changes, "description", before.Description, after.Description, v => v);
        Add(changes, "classifications", before.Classifications, after.Classifications, Json);
        Add(changes, "means", before.Means, after.Means, Json);
        Add(changes, "relatedIncidents", before.RelatedIncidents, after.RelatedIncidents, Json);
        Add(changes, "externalIds", before.ExternalIds, after.ExternalIds, Json);
        SourceColumns(changes, before.SourceRecord, after.SourceRecord);
        return ValueArray.From(changes);
    }

    private static void Add<T>(List<FieldChange> changes, string field, T before, T after, Func<T, string?> text)
    {
        if (!EqualityComparer<T>.Default.Equals(before, after))
        {
            changes.Add(new FieldChange(field, text(before), text(after)));
        }
    }

    // Columns both rows have are compared by name; a column one layout lacks is not a change of the record.
    private static void SourceColumns(List<FieldChange> changes, Sources.SourceRecord? before, Sources.SourceRecord? after)
    {
        if (before is null || after is null || before.Format != after.Format || before.Equals(after))
        {
            return;
        }

        var newer = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < after.Columns.Count && i < after.Values.Count; i++)
        {
            newer.TryAdd(after.Columns[i], after.Values[i]);
        }

        for (var i = 0; i < before.Columns.Count && i < before.Values.Count; i++)
        {
            if (newer.TryGetValue(before.Columns[i], out var value) && !string.Equals(before.Values[i], value, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange("sourceRecord/" + before.Columns[i], before.Values[i], value));
            }
        }
    }

    private static string? Killed(Incident incident) =>
        CasualtyTolls.TryGetFigure(incident.Casualties, CasualtyOutcome.Killed, out var figure)
            ? figure?.ToString(CultureInfo.InvariantCulture) ?? "unknown"
            : null;

    private static string? Json<T>(T? value)
        where T : class => JsonFragments.Write(value);

    private static string? Json<T>(ValueArray<T> items) => JsonFragments.Write(items);

}
