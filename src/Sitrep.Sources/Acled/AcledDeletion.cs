using NodaTime;

namespace Sitrep.Sources.Acled;

/// <summary>An event ACLED deleted from its dataset, as its deletions endpoint lists it.</summary>
/// <param name="EventId">The deleted event's id (<c>event_id_cnty</c>).</param>
/// <param name="DeletedAt">When ACLED deleted it.</param>
public sealed record AcledDeletion(string EventId, Instant DeletedAt);
