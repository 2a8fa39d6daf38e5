namespace Sitrep.Sources.Store;

/// <summary>A record to save: its id, the provider's fields, the canonical incident and the provider's change stamp.</summary>
internal sealed record StoreItem(string Id, ValueArray<string> Columns, ValueArray<string> Values, string? Incident, long? Stamp);
