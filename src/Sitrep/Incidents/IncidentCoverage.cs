using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep.Incidents;

/// <summary>
/// How the source tells an incident: as what it reports, or in passing, as background to what it reports ("He was
/// also involved in a suicide attack that killed four soldiers in Kabul Dec. 19", in a release about an arrest a month
/// later). Datasets of events count the reported ones; a background incident is usually reported, and counted, by
/// sources of its own time.
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<IncidentCoverage>))]
public enum IncidentCoverage
{
    /// <summary>What the source reports (the default).</summary>
    Reported,

    /// <summary>An earlier event the source names in passing, as background to what it reports.</summary>
    Background,
}
