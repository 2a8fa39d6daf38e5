using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep.Incidents;

/// <summary>Who is said to be responsible for an incident, and by whom. Several states coexist on one incident.</summary>
[JsonConverter(typeof(StrictEnumConverter<AttributionState>))]
public enum AttributionState
{
    /// <summary>The perpetrators claimed responsibility themselves.</summary>
    Claimed,

    /// <summary>Others blamed the perpetrators (the accusers are the attributors).</summary>
    Blamed,

    /// <summary>The named perpetrators denied responsibility.</summary>
    Denied,

    /// <summary>An authority has officially attributed it to no one (it has not blamed anyone), possibly pointedly.</summary>
    Unattributed,

    /// <summary>Nobody is known to have attributed it; no attributor needed.</summary>
    Unknown,
}
