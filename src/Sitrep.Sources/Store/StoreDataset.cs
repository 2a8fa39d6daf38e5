using NodaTime;

namespace Sitrep.Sources.Store;

/// <summary>A dataset a store holds, with its counts.</summary>
/// <param name="Name">The dataset's name (<c>acled</c>, <c>ucdp-25.1</c>, <c>gdelt-events</c>).</param>
/// <param name="Format">The provider format its records are in: <c>acled</c>, <c>ucdp</c> or <c>gdelt</c>.</param>
/// <param name="Records">How many records it holds that are not deleted.</param>
/// <param name="Deleted">How many records the provider deleted (kept with their history).</param>
/// <param name="LastSync">When its last sync finished, or null when none has.</param>
public sealed record StoreDataset(string Name, string Format, long Records, long Deleted, Instant? LastSync);
