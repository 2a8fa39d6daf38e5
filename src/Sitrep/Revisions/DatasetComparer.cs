using System;
using System.Collections.Generic;
using Sitrep.Incidents;
using Sitrep.Validation;

namespace Sitrep.Revisions;

/// <summary>
/// Compares two versions of a dataset one incident at a time, for versions read as streams: every incident of the
/// older version first (<see cref="AddBefore"/>, held in memory), then the newer version's as they are read
/// (<see cref="CompareAfter"/>, not held), then <see cref="Finish"/>. <see cref="DatasetDiff.Compare"/> does all three.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
public sealed class DatasetComparer
{
    private readonly Dictionary<IncidentId, Incident> older = [];
    private readonly List<IncidentId> order = [];
    private readonly HashSet<IncidentId> seen = [];
    private readonly List<IncidentRevision> revisions = [];
    private readonly List<Diagnostic> diagnostics = [];
    private long unchanged;
    private long added;
    private long revised;
    private bool comparing;
    private bool finished;

    /// <summary>Adds an incident of the older version; an id it already has is reported and the incident not compared.</summary>
    /// <param name="incident">The incident.</param>
    /// <exception cref="InvalidOperationException">The newer version's incidents are being compared already.</exception>
    public void AddBefore(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (comparing || finished)
        {
            throw new InvalidOperationException("The older version's incidents all come before the newer version's.");
        }

        if (older.TryAdd(incident.Id, incident))
        {
            order.Add(incident.Id);
        }
        else
        {
            diagnostics.Add(Repeated("before", incident.Id));
        }
    }

    /// <summary>Compares an incident of the newer version with the older version's of the same id.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>How it differs (added or revised), or null when the older version has it the same (or it repeats an id).</returns>
    /// <exception cref="InvalidOperationException">The comparison is finished.</exception>
    public IncidentRevision? CompareAfter(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (finished)
        {
            throw new InvalidOperationException("The comparison is finished.");
        }

        comparing = true;
        if (!seen.Add(incident.Id))
        {
            diagnostics.Add(Repeated("after", incident.Id));
            return null;
        }

        IncidentRevision revision;
        if (!older.Remove(incident.Id, out var old))
        {
            revision = new IncidentRevision(incident.Id, RevisionKind.Added);
            added++;
        }
        else
        {
            var changes = DatasetDiff.Changes(old, incident);
            if (changes.IsEmpty)
            {
                unchanged++;
                return null;
            }

            revision = new IncidentRevision(incident.Id, RevisionKind.Revised, changes);
            revised++;
        }

        revisions.Add(revision);
        return revision;
    }

    /// <summary>Ends the comparison: the older version's incidents the newer did not have are the deleted ones.</summary>
    /// <returns>The difference.</returns>
    public DatasetDifference Finish()
    {
        if (!finished)
        {
            finished = true;
            foreach (var id in order)
            {
                if (older.ContainsKey(id))
                {
                    revisions.Add(new IncidentRevision(id, RevisionKind.Deleted));
                }
            }

            older.Clear();
        }

        return new DatasetDifference
        {
            Revisions = ValueArray.From(revisions),
            Unchanged = unchanged,
            Added = added,
            Deleted = revisions.Count - added - revised,
            Revised = revised,
            Diagnostics = ValueArray.From(diagnostics),
        };
    }

    private static Diagnostic Repeated(string version, IncidentId id) =>
        new(DiagnosticCodes.DuplicateId, DiagnosticSeverity.Warning, $"The {version} version has two incidents with this id; the later is not compared.") { Path = "/" + version, Value = id.Value };
}
