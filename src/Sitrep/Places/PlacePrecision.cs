using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep.Places;

/// <summary>
/// How precisely a <see cref="Place"/> is known. ACLED geo_precision 1-3 and UCDP where_prec 1-7 map onto these.
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<PlacePrecision>))]
public enum PlacePrecision
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>The exact point (a named building, a checkpoint).</summary>
    ExactPoint,

    /// <summary>Near a known point ("near Erbil international airport").</summary>
    NearPoint,

    /// <summary>A town, city or village.</summary>
    Town,

    /// <summary>A second-order administrative unit (district).</summary>
    District,

    /// <summary>A first-order administrative unit (province, governorate, state).</summary>
    Province,

    /// <summary>A country.</summary>
    Country,

    /// <summary>A vague region that follows no boundary ("western Iraq").</summary>
    Region,
}
