using System.Linq;
using Sitrep.Geography;

namespace Sitrep.Tests.Geography;

public class CountryCodesTests
{
    [Theory]
    [InlineData("IZ", "IRQ")]
    [InlineData("GM", "DEU")]
    [InlineData("UK", "GBR")]
    [InlineData("RS", "RUS")]
    [InlineData("UP", "UKR")]
    [InlineData("GZ", "PSE")]
    [InlineData("WE", "PSE")]
    [InlineData("OD", "SSD")]
    [InlineData("KV", "XKX")]
    [InlineData("CG", "COD")]
    [InlineData("CF", "COG")]
    public void Fips_codes_map_to_iso(string fips, string alpha3) => Assert.Equal(alpha3, CountryCodes.FromFips(fips)?.Alpha3);

    [Fact]
    public void Fips_codes_without_an_iso_country_are_not_guessed()
    {
        Assert.Null(CountryCodes.FromFips("YI"));
        Assert.Null(CountryCodes.FromFips("iz"));
    }

    [Theory]
    [InlineData(645, "IRQ", 645)]
    [InlineData(775, "MMR", 775)]
    [InlineData(260, "DEU", 255)]
    [InlineData(340, "SRB", 345)]
    [InlineData(678, "YEM", 679)]
    public void Gleditsch_ward_and_cow_numbers_name_the_modern_state(int gw, string alpha3, int cow)
    {
        Assert.Equal(alpha3, CountryCodes.FromGleditschWard(gw)?.Alpha3);
        Assert.Equal(alpha3, CountryCodes.FromCorrelatesOfWar(cow)?.Alpha3);
    }

    [Fact]
    public void Numeric_codes_match_with_or_without_leading_zeros_and_keep_them()
    {
        Assert.Equal("AFG", CountryCodes.FromNumeric("4")?.Alpha3);
        Assert.Equal("004", CountryCodes.FromNumeric("004")?.Numeric);
        Assert.Equal("IRQ", CountryCodes.FromNumeric("368")?.Alpha3);
        Assert.Null(CountryCodes.FromNumeric("999"));
        Assert.Null(CountryCodes.FromNumeric("-4"));
    }

    [Fact]
    public void The_tables_are_consistent_one_country_per_code()
    {
        var all = CountryCodes.All;

        Assert.Equal(all.Count, all.Select(c => c.Alpha2).Distinct().Count());
        Assert.Equal(all.Count, all.Select(c => c.Alpha3).Distinct().Count());
        Assert.All(all, c => Assert.Same(c, CountryCodes.FromAlpha3(c.Alpha3)));
        Assert.All(all, c => Assert.Same(c, CountryCodes.FromAlpha2(c.Alpha2)));
        Assert.All(all.Where(c => c.Numeric is not null), c => Assert.Matches("^[0-9]{3}$", c.Numeric!));
        Assert.True(CountryCodes.IsAlpha3("XKX"));
        Assert.Equal(250, CountryCodes.Alpha3Count);
    }
}
