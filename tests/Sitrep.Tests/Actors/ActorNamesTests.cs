using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sitrep.Actors;

namespace Sitrep.Tests.Actors;

public class ActorNamesTests
{
    [Theory]
    [InlineData("Popular Mobilization Forces", "popular-mobilization-forces")]
    [InlineData("  Popular   Mobilization\u00A0Forces\u00A0", "popular-mobilization-forces")]
    [InlineData("राम सेना", "राम-सेना")]
    [InlineData("Chargé", "chargé")]
    public void A_name_of_letters_and_spaces_is_its_own_id(string name, string slug) => Assert.Equal(slug, ActorNames.Slug(name));

    [Fact]
    public void A_name_with_punctuation_keeps_a_readable_part_and_a_hash()
    {
        var slug = ActorNames.Slug("Military Forces of Iraq (2022-)");

        Assert.Matches("^military-forces-of-iraq-2022~[0-9a-f]{10}$", slug);
    }

    [Theory]
    [InlineData("रीम सेना", "राम सेना")]
    [InlineData("-", "+")]
    [InlineData("+", "@")]
    [InlineData("Al-Qaeda", "Al Qaeda")]
    [InlineData("Civilians (Iraq)", "Civilians Iraq")]
    [InlineData("Chargé", "Charge")]
    [InlineData("", "-")]
    public void Different_names_get_different_ids(string first, string second) => Assert.NotEqual(ActorNames.Slug(first), ActorNames.Slug(second));

    [Theory]
    [InlineData("ISIS", "isis")]
    [InlineData("Civilians (Iraq)", "civilians (iraq) ")]
    [InlineData("Kataib  Hezbollah", "Kataib Hezbollah\u00A0")]
    public void Spellings_that_differ_only_in_case_and_whitespace_share_an_id(string first, string second) => Assert.Equal(ActorNames.Slug(first), ActorNames.Slug(second));

    [Property(MaxTest = 2000)]
    public Property Ids_are_distinct_exactly_when_the_same_name_forms_are() =>
        Prop.ForAll(Name().ToArbitrary(), Name().ToArbitrary(), (a, b) =>
            (ActorNames.SameNameForm(a) == ActorNames.SameNameForm(b)) == (ActorNames.Slug(a) == ActorNames.Slug(b)));

    [Property(MaxTest = 500)]
    public void An_id_is_never_empty_nor_holds_whitespace(string name)
    {
        var slug = ActorNames.Slug(name ?? string.Empty);

        Assert.NotEmpty(slug);
        Assert.DoesNotContain(slug, char.IsWhiteSpace);
    }

    /// <summary>Names from a small alphabet, so that near-misses (one mark, one symbol, one space apart) are common.</summary>
    private static Gen<string> Name() =>
        Gen.ArrayOf(Gen.Elements('a', 'B', ' ', '\u00A0', '-', '+', '@', '(', ')', 'é', 'e', '\u0301', 'र', '\u093E', '\u0940', 'म', '~', '1'))
            .Select(chars => new string(chars.Take(8).ToArray()));
}
