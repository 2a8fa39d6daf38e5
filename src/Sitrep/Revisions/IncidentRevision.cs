namespace Sitrep.Revisions;

/// <summary>An incident that differs between two versions of a dataset, and for a revised one, how.</summary>
/// <param name="Id">The incident's id, which matches it across versions.</param>
/// <param name="Kind">Added, deleted or revised.</param>
/// <param name="Changes">For a revised incident, the fields that differ, in a fixed order; empty otherwise.</param>
public sealed record IncidentRevision(IncidentId Id, RevisionKind Kind, ValueArray<FieldChange> Changes = default);
