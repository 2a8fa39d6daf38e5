using System.Globalization;
using System.Text.Json.Serialization;

namespace Sitrep.Places;

/// <summary>A WGS84 point. Validation requires latitude in [-90, 90] and longitude in [-180, 180].</summary>
/// <param name="Latitude">Degrees north, negative for south.</param>
/// <param name="Longitude">Degrees east, negative for west.</param>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    /// <summary>Gets a value indicating whether both coordinates are finite and in range.</summary>
    [JsonIgnore]
    public bool IsValid =>
        double.IsFinite(Latitude) && double.IsFinite(Longitude)
        && Latitude is >= -90 and <= 90 && Longitude is >= -180 and <= 180;

    /// <summary>Returns <c>latitude,longitude</c> with invariant formatting.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Latitude},{Longitude}");
}
