namespace Sitrep.Geography;

/// <summary>
/// A country's codes in the schemes conflict data use: ISO 3166-1 (alpha-2, alpha-3, numeric), FIPS 10-4 (GDELT) and
/// the state numbers of Gleditsch-Ward (UCDP) and Correlates of War. Kosovo has ISO's user-assigned <c>XK</c>/<c>XKX</c>
/// and no numeric code.
/// </summary>
/// <param name="Alpha2">The ISO 3166-1 alpha-2 code (<c>IQ</c>).</param>
/// <param name="Alpha3">The ISO 3166-1 alpha-3 code (<c>IRQ</c>).</param>
/// <param name="Numeric">The ISO 3166-1 numeric code as three digits (<c>368</c>, <c>004</c>), or <see langword="null"/>.</param>
/// <param name="Name">ISO's short name.</param>
/// <param name="FipsCodes">The FIPS 10-4 codes that map to the country (<c>IZ</c>; Palestine has <c>GZ</c> and <c>WE</c>).</param>
/// <param name="GleditschWard">The Gleditsch-Ward state number of the modern state, or <see langword="null"/> for territories.</param>
/// <param name="CorrelatesOfWar">The Correlates of War state number of the modern state, or <see langword="null"/> for territories.</param>
public sealed record Country(
    string Alpha2,
    string Alpha3,
    string? Numeric,
    string Name,
    ValueArray<string> FipsCodes,
    int? GleditschWard,
    int? CorrelatesOfWar);
