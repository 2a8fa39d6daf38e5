using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep.Temporal;

/// <summary>
/// Narrows or loosens a <see cref="TemporalValue"/> the way reports do: "early March", "mid-2025", "late on Friday",
/// "around March 19". The modifier never changes the value's bounds; it says where inside them the event lies.
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<TemporalModifier>))]
public enum TemporalModifier
{
    /// <summary>No modifier: somewhere within the value.</summary>
    None,

    /// <summary>Early in the value ("early March"); written with the prefix <c>start:</c>.</summary>
    Start,

    /// <summary>In the middle of the value ("mid-2025"); written with the prefix <c>mid:</c>.</summary>
    Mid,

    /// <summary>Late in the value ("late on Friday"); written with the prefix <c>end:</c>.</summary>
    End,

    /// <summary>Around the value, possibly just outside it ("around March 19"); written with the prefix <c>approx:</c>.</summary>
    Approximate,
}
