using Sitrep.Validation;

namespace Sitrep.Revisions;

/// <summary>
/// What differs between two versions of a dataset (two releases, two exports, a store and a fresh download),
/// incidents matched by id: those added, deleted and revised, and how many are the same.
/// </summary>
public sealed record DatasetDifference
{
    /// <summary>Gets the incidents that differ: added and revised in the newer version's order, then deleted in the older's.</summary>
    public ValueArray<IncidentRevision> Revisions { get; init; }

    /// <summary>Gets how many incidents are in both versions and the same (compared as <see cref="DatasetDiff"/> says).</summary>
    public long Unchanged { get; init; }

    /// <summary>Gets how many incidents the newer version adds.</summary>
    public long Added { get; init; }

    /// <summary>Gets how many incidents of the older version the newer does not have.</summary>
    public long Deleted { get; init; }

    /// <summary>Gets how many incidents are in both versions and differ.</summary>
    public long Revised { get; init; }

    /// <summary>Gets what was noted while comparing: an id used twice within one version (<c>SR0109</c>; the later incident is not compared).</summary>
    public ValueArray<Diagnostic> Diagnostics { get; init; }

    /// <summary>Gets a value indicating whether the versions hold the same incidents.</summary>
    public bool IsEmpty => Added == 0 && Deleted == 0 && Revised == 0;
}
