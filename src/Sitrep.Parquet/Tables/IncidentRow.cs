using Sitrep.Incidents;

namespace Sitrep.Parquet.Tables;

/// <summary>An incident and its place in the input, which the reader restores the order from.</summary>
internal readonly record struct IncidentRow(Incident Incident, long Sequence);
