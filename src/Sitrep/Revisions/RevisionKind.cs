namespace Sitrep.Revisions;

/// <summary>How an incident differs between two versions of a dataset.</summary>
public enum RevisionKind
{
    /// <summary>The incident is in the newer version only.</summary>
    Added,

    /// <summary>The incident is in the older version only (deleted, or dropped from a release).</summary>
    Deleted,

    /// <summary>The incident is in both, with fields that differ.</summary>
    Revised,
}
