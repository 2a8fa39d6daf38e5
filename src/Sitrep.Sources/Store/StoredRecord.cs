using NodaTime;

namespace Sitrep.Sources.Store;

/// <summary>
/// One record of a store at one revision: the provider's fields exactly as it sent them, the incident they map to in
/// canonical JSON, and where and when it came.
/// </summary>
/// <param name="Dataset">The store dataset (<c>acled</c>, <c>ucdp-25.1</c>, <c>gdelt-events</c>).</param>
/// <param name="Id">The provider's record id (<c>event_id_cnty</c>, UCDP's <c>id</c>, GDELT's <c>GLOBALEVENTID</c>).</param>
/// <param name="Revision">The revision, from 1.</param>
/// <param name="Change">What this revision was.</param>
/// <param name="Columns">The provider's field names, in the provider's order.</param>
/// <param name="Values">The fields, as text, in the same order (empty for a deletion).</param>
/// <param name="Incident">The incident the fields map to, as canonical JSON (one JSON Lines incident line's object), or null for a deletion.</param>
/// <param name="FetchedAt">When this revision was fetched.</param>
/// <param name="Origin">Where it came from: the request's address, or the bulk file's name.</param>
/// <param name="SyncId">The sync that fetched it.</param>
public sealed record StoredRecord(
    string Dataset,
    string Id,
    int Revision,
    StoreChange Change,
    ValueArray<string> Columns,
    ValueArray<string> Values,
    string? Incident,
    Instant FetchedAt,
    string Origin,
    long SyncId)
{
    /// <summary>Gets a value indicating whether the record is deleted at this revision.</summary>
    public bool IsDeleted => Change == StoreChange.Deleted;
}
