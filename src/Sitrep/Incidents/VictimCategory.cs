using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep.Incidents;

/// <summary>A category of victims, used when no actor is named or beside it.</summary>
[JsonConverter(typeof(StrictEnumConverter<VictimCategory>))]
public enum VictimCategory
{
    /// <summary>Not stated.</summary>
    Unknown,

    /// <summary>Civilians.</summary>
    Civilians,

    /// <summary>Security forces in general (police, army, intelligence).</summary>
    SecurityForces,

    /// <summary>Soldiers of a state's armed forces.</summary>
    Military,

    /// <summary>Police.</summary>
    Police,

    /// <summary>Members of armed groups (fighters, militants, insurgents).</summary>
    Combatants,

    /// <summary>Children.</summary>
    Children,

    /// <summary>Journalists and media workers.</summary>
    Journalists,

    /// <summary>Humanitarian aid workers.</summary>
    AidWorkers,

    /// <summary>Health workers.</summary>
    HealthWorkers,

    /// <summary>A mix of categories the source does not split.</summary>
    Mixed,

    /// <summary>Anything else.</summary>
    Other,
}
