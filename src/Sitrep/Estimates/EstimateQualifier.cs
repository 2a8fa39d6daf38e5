using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep.Estimates;

/// <summary>What kind of figure an <see cref="Estimate"/> is.</summary>
[JsonConverter(typeof(StrictEnumConverter<EstimateQualifier>))]
public enum EstimateQualifier
{
    /// <summary>Not known. Carries no numbers; an unknown toll is not a toll of zero.</summary>
    Unknown,

    /// <summary>An exact figure ("seven members"): <see cref="Estimate.Best"/> holds it.</summary>
    Exact,

    /// <summary>A lower bound ("at least 15", "dozens"): <see cref="Estimate.Low"/> holds it.</summary>
    AtLeast,

    /// <summary>An upper bound ("up to 30"): <see cref="Estimate.High"/> holds it.</summary>
    AtMost,

    /// <summary>An approximation ("about 40"): <see cref="Estimate.Best"/> holds it, with optional bounds.</summary>
    About,

    /// <summary>A range ("10 to 15", UCDP low/best/high): <see cref="Estimate.Low"/> and <see cref="Estimate.High"/> hold it, with an optional best guess.</summary>
    Range,
}
