using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep.Temporal;

/// <summary>How finely a <see cref="TemporalValue"/> is known, from a whole year down to the second.</summary>
/// <remarks>Members are declared from coarsest to finest, so a larger value is a finer precision.</remarks>
[JsonConverter(typeof(StrictEnumConverter<TemporalPrecision>))]
public enum TemporalPrecision
{
    /// <summary>A calendar year, written <c>2026</c>.</summary>
    Year,

    /// <summary>A calendar quarter, written <c>2026-Q1</c>.</summary>
    Quarter,

    /// <summary>A calendar month, written <c>2026-03</c>.</summary>
    Month,

    /// <summary>An ISO 8601 week (Monday to Sunday), written <c>2026-W12</c>.</summary>
    Week,

    /// <summary>A calendar day, written <c>2026-03-19</c>.</summary>
    Day,

    /// <summary>A part of a day (morning, night, ...), written <c>2026-03-20TNI</c>.</summary>
    PartOfDay,

    /// <summary>An hour, written <c>2026-03-20T21</c>.</summary>
    Hour,

    /// <summary>A minute, written <c>2026-03-20T21:30</c>.</summary>
    Minute,

    /// <summary>An instant, to the second, written <c>2026-03-20T21:30:05</c>.</summary>
    Second,
}
