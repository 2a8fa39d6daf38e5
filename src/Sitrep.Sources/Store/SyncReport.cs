using Sitrep.Validation;

namespace Sitrep.Sources.Store;

/// <summary>What one sync did to a store dataset.</summary>
public sealed record SyncReport
{
    /// <summary>Gets the dataset synced.</summary>
    public required string Dataset { get; init; }

    /// <summary>Gets the sync's number in the store (a snapshot id: the store as of this sync can be read back).</summary>
    public required long SyncId { get; init; }

    /// <summary>Gets a value indicating whether this run took up a sync an earlier run left unfinished.</summary>
    public bool Resumed { get; init; }

    /// <summary>Gets a value indicating whether the sync finished (false when the quota ran out or it was cancelled; run again to resume).</summary>
    public bool Completed { get; init; }

    /// <summary>Gets how many records were new.</summary>
    public long Added { get; init; }

    /// <summary>Gets how many records the provider changed.</summary>
    public long Revised { get; init; }

    /// <summary>Gets how many records were deleted (by the provider's deletions, or absent from a full pull).</summary>
    public long Deleted { get; init; }

    /// <summary>Gets how many deleted records came back.</summary>
    public long Restored { get; init; }

    /// <summary>Gets how many records came again unchanged.</summary>
    public long Unchanged { get; init; }

    /// <summary>Gets how many records the provider sent that could not be read (each reported in <see cref="Diagnostics"/>).</summary>
    public long Rejected { get; init; }

    /// <summary>Gets how many pages or files were fetched in this run.</summary>
    public long Pages { get; init; }

    /// <summary>Gets what was found: rejected records (with their JSON pointers), absent or corrupt files, why the sync stopped.</summary>
    public ValueArray<Diagnostic> Diagnostics { get; init; }
}
