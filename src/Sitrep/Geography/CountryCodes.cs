using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Sitrep.Geography;

/// <summary>
/// Country codes embedded as data: ISO 3166-1 alpha-2, alpha-3 and numeric, FIPS 10-4 (GDELT), Gleditsch-Ward (UCDP)
/// and Correlates of War, one <see cref="Country"/> each. The ISO list is the officially assigned codes plus Kosovo's
/// user-assigned <c>XK</c>/<c>XKX</c>, which the EU, the IMF and most conflict datasets use. Lookups are exact and
/// case-sensitive as the schemes write them (upper case); numeric codes are matched by value (<c>4</c> and
/// <c>004</c> are Afghanistan).
/// </summary>
public static class CountryCodes
{
    private static readonly Lazy<Tables> Data = new(Load);

    /// <summary>Gets every country, ordered by alpha-3 code.</summary>
    public static IReadOnlyList<Country> All => Data.Value.All;

    /// <summary>Gets the number of alpha-3 codes known.</summary>
    public static int Alpha3Count => Data.Value.ByAlpha3.Count;

    /// <summary>Returns whether <paramref name="code"/> is a known ISO 3166-1 alpha-3 code, in upper case (<c>IRQ</c>).</summary>
    /// <param name="code">The code to look up.</param>
    /// <returns><see langword="true"/> for a known code.</returns>
    public static bool IsAlpha3(string? code) => code is { Length: 3 } && Data.Value.ByAlpha3.ContainsKey(code);

    /// <summary>Finds a country by its ISO 3166-1 alpha-3 code (<c>IRQ</c>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The country, or <see langword="null"/> when the code is not known.</returns>
    public static Country? FromAlpha3(string? code) => code is not null && Data.Value.ByAlpha3.TryGetValue(code, out var c) ? c : null;

    /// <summary>Finds a country by its ISO 3166-1 alpha-2 code (<c>IQ</c>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The country, or <see langword="null"/> when the code is not known.</returns>
    public static Country? FromAlpha2(string? code) => code is not null && Data.Value.ByAlpha2.TryGetValue(code, out var c) ? c : null;

    /// <summary>Finds a country by its ISO 3166-1 numeric code, with or without leading zeros (<c>368</c>, <c>004</c>, <c>4</c>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The country, or <see langword="null"/> when the code is not known.</returns>
    public static Country? FromNumeric(string? code) =>
        code is not null && int.TryParse(code.AsSpan().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && Data.Value.ByNumeric.TryGetValue(n, out var c) ? c : null;

    /// <summary>Finds the country a FIPS 10-4 code belongs to (<c>IZ</c> is Iraq, <c>GM</c> Germany, <c>GZ</c> Palestine).</summary>
    /// <param name="code">The code, as GDELT writes it.</param>
    /// <returns>The country, or <see langword="null"/> for a code with no ISO country (former Yugoslavia <c>YI</c>, sovereign base areas).</returns>
    public static Country? FromFips(string? code) => code is not null && Data.Value.ByFips.TryGetValue(code, out var c) ? c : null;

    /// <summary>Finds the modern state with a Gleditsch-Ward number (<c>645</c> Iraq, <c>260</c> Germany).</summary>
    /// <param name="code">The state number.</param>
    /// <returns>The country, or <see langword="null"/> for numbers of states that no longer exist or not known.</returns>
    public static Country? FromGleditschWard(int code) => Data.Value.ByGw.TryGetValue(code, out var c) ? c : null;

    /// <summary>Finds the modern state with a Correlates of War number (<c>645</c> Iraq, <c>255</c> Germany).</summary>
    /// <param name="code">The state number.</param>
    /// <returns>The country, or <see langword="null"/> for numbers of states that no longer exist or not known.</returns>
    public static Country? FromCorrelatesOfWar(int code) => Data.Value.ByCow.TryGetValue(code, out var c) ? c : null;

    private static Tables Load()
    {
        using var stream = typeof(CountryCodes).Assembly.GetManifestResourceStream("Sitrep.Geography.countries.tsv")
            ?? throw new InvalidOperationException("The embedded country table is missing.");
        using var reader = new StreamReader(stream);
        var all = new List<Country>();
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var f = line.Split('\t');
            all.Add(new Country(
                f[0],
                f[1],
                f[2].Length == 0 ? null : f[2],
                f[3],
                f[4].Length == 0 ? default : ValueArray.Create(f[4].Split(',')),
                f[5].Length == 0 ? null : int.Parse(f[5], CultureInfo.InvariantCulture),
                f[6].Length == 0 ? null : int.Parse(f[6], CultureInfo.InvariantCulture)));
        }

        var fips = new Dictionary<string, Country>(StringComparer.Ordinal);
        var gw = new Dictionary<int, Country>();
        var cow = new Dictionary<int, Country>();
        var numeric = new Dictionary<int, Country>();
        foreach (var country in all)
        {
            foreach (var code in country.FipsCodes)
            {
                fips.Add(code, country);
            }

            if (country.GleditschWard is { } g)
            {
                gw.Add(g, country);
            }

            if (country.CorrelatesOfWar is { } w)
            {
                cow.Add(w, country);
            }

            if (country.Numeric is { } n)
            {
                numeric.Add(int.Parse(n, CultureInfo.InvariantCulture), country);
            }
        }

        return new Tables(
            all.AsReadOnly(),
            all.ToFrozenDictionary(c => c.Alpha3, StringComparer.Ordinal),
            all.ToFrozenDictionary(c => c.Alpha2, StringComparer.Ordinal),
            numeric.ToFrozenDictionary(),
            fips.ToFrozenDictionary(StringComparer.Ordinal),
            gw.ToFrozenDictionary(),
            cow.ToFrozenDictionary());
    }

    private sealed record Tables(
        IReadOnlyList<Country> All,
        FrozenDictionary<string, Country> ByAlpha3,
        FrozenDictionary<string, Country> ByAlpha2,
        FrozenDictionary<int, Country> ByNumeric,
        FrozenDictionary<string, Country> ByFips,
        FrozenDictionary<int, Country> ByGw,
        FrozenDictionary<int, Country> ByCow);
}
