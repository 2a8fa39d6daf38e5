using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep.Incidents;

/// <summary>Whether an incident is one event or a series the source reports together.</summary>
[JsonConverter(typeof(StrictEnumConverter<IncidentScope>))]
public enum IncidentScope
{
    /// <summary>One event.</summary>
    SingleEvent,

    /// <summary>A series of events reported together ("repeated drone and rocket attacks since February 28").</summary>
    Series,
}
