using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep.Temporal;

/// <summary>
/// A part of a day, as TIMEX3 names them. Bounds are conventions, documented on each member, and may overlap:
/// reports use these words loosely.
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<DayPart>))]
public enum DayPart
{
    /// <summary>Morning, 06:00 to 12:00; written <c>MO</c>.</summary>
    Morning,

    /// <summary>Midday, 11:00 to 14:00; written <c>MI</c>.</summary>
    Midday,

    /// <summary>Afternoon, 12:00 to 18:00; written <c>AF</c>.</summary>
    Afternoon,

    /// <summary>Evening, 18:00 to 22:00; written <c>EV</c>.</summary>
    Evening,

    /// <summary>Night, 21:00 to 06:00 the next day; written <c>NI</c>.</summary>
    Night,

    /// <summary>Daytime, 06:00 to 18:00; written <c>DT</c>.</summary>
    Daytime,
}
