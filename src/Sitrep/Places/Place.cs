namespace Sitrep.Places;

/// <summary>
/// Where something happened: a name, the administrative hierarchy, a WGS84 point when known, the kind of place and
/// how precisely it is known.
/// </summary>
public sealed record Place
{
    /// <summary>Gets the place's name as reported ("Erbil International Airport", "western Iraq").</summary>
    public string? Name { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-3 code of the country.</summary>
    public string? Country { get; init; }

    /// <summary>Gets the first-order administrative unit (governorate, province, state).</summary>
    public string? Admin1 { get; init; }

    /// <summary>Gets the second-order administrative unit (district).</summary>
    public string? Admin2 { get; init; }

    /// <summary>Gets the third-order administrative unit (sub-district).</summary>
    public string? Admin3 { get; init; }

    /// <summary>Gets the WGS84 coordinates, when known.</summary>
    public GeoPoint? Point { get; init; }

    /// <summary>Gets what kind of place it is.</summary>
    public FeatureKind Feature { get; init; }

    /// <summary>Gets how precisely the place is known.</summary>
    public PlacePrecision Precision { get; init; }

    /// <summary>Gets ids the place has elsewhere (GeoNames, PRIO-GRID cell).</summary>
    public ValueArray<ExternalId> ExternalIds { get; init; }
}
