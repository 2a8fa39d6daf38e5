namespace Sitrep.Parquet.Tables;

/// <summary>A casualty count, participant or attribution with the incident it belongs to and its place in that incident's list.</summary>
/// <typeparam name="T">The part.</typeparam>
internal readonly record struct ChildRow<T>(IncidentRow Owner, int Ordinal, T Item);
