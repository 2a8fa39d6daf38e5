using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep.Incidents;

/// <summary>What happened to the people a <see cref="CasualtyCount"/> counts.</summary>
[JsonConverter(typeof(StrictEnumConverter<CasualtyOutcome>))]
public enum CasualtyOutcome
{
    /// <summary>Killed or died of their injuries.</summary>
    Killed,

    /// <summary>Wounded or injured.</summary>
    Injured,

    /// <summary>Missing.</summary>
    Missing,

    /// <summary>Abducted or kidnapped.</summary>
    Abducted,

    /// <summary>Detained, arrested or captured.</summary>
    Detained,

    /// <summary>Displaced from their homes.</summary>
    Displaced,
}
