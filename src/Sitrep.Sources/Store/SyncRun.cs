namespace Sitrep.Sources.Store;

/// <summary>A sync under way: its row in the store, and where it stands (what a resumed run continues from).</summary>
internal sealed class SyncRun
{
    internal required long Id { get; init; }

    internal required string Dataset { get; init; }

    internal required string Scope { get; init; }

    internal long? Since { get; init; }

    internal required string Phase { get; set; }

    internal required int NextPage { get; set; }

    internal long? MaxStamp { get; set; }

    internal bool Resumed { get; init; }

    /// <summary>Gets the deletions' start the sync took from the last one (ACLED), or null.</summary>
    internal long? DeletedSince { get; init; }

    /// <summary>Gets or sets the provider's time when the sync started (its first page), Unix seconds: the next increment's start.</summary>
    internal long? Baseline { get; set; }

    /// <summary>Gets or sets how many records the query held at its last page, as the provider said.</summary>
    internal long? Total { get; set; }
}
