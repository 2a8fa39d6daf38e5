namespace Sitrep.Sources.Store;

/// <summary>What one revision of a stored record was.</summary>
public enum StoreChange
{
    /// <summary>The record was first seen.</summary>
    Added,

    /// <summary>The provider changed the record (its fields differ from the revision before).</summary>
    Revised,

    /// <summary>The provider deleted the record (ACLED's deletions, or absent from a full pull of a UCDP version).</summary>
    Deleted,

    /// <summary>A deleted record came back.</summary>
    Restored,
}
