using System.Linq;
using Sitrep.Actors;
using Sitrep.Text.Actors;

namespace Sitrep.Tests.Text.Actors;

public class ActorScannerTests
{
    private static (string Text, string Actor, ActorMentionForm Form)[] Found(string text, Gazetteer? gazetteer = null) =>
        ActorScanner.Find(text, gazetteer).Select(m => (m.Text, m.Actor.Value, m.Form)).ToArray();

    [Theory]
    [InlineData("Kataeb Hezbollah", "kataeb-hezbollah")]
    [InlineData("Washington's embassy", "washingtons-embassy")]
    [InlineData("  Popular   Mobilisation Forces -- ", "popular-mobilisation-forces")]
    [InlineData("Chargé d\u2019Affaires", "charge-d-affaires")]
    [InlineData("Ça\u0301fé Ñandú", "cafe-nandu")]
    [InlineData("Ж\u00A0Ω", "ж-ω")]
    [InlineData("'''", "unnamed")]
    public void Composed_id_parts_are_lower_case_letters_and_digits_joined_by_single_hyphens(string name, string slug) =>
        Assert.Equal(slug, ActorScanner.IdPart(name));

    [Theory]
    [InlineData("The influential Tehran-backed Kataeb Hezbollah said it would respond.", "Kataeb Hezbollah")]
    [InlineData("The Moscow-backed Armée Populaire Congolaise said it would respond.", "Armée Populaire Congolaise")]
    public void A_named_actor_gets_the_id_every_package_gives_its_name(string text, string name)
    {
        var found = Assert.Single(Found(text), f => f.Text == name);

        Assert.Equal("actor:" + ActorNames.Slug(name), found.Actor);   // "armée-populaire-congolaise": accents kept, as the dataset mappers keep them
    }

    [Theory]
    [InlineData("Iraqi territory was used.", "Iraqi", "actor:irq", ActorMentionForm.Demonym)]
    [InlineData("Washington has strongly denied it.", "Washington", "actor:usa", ActorMentionForm.Metonym)]
    [InlineData("The US said nothing.", "US", "actor:usa", ActorMentionForm.Demonym)]
    [InlineData("Talks with Iran resumed.", "Iran", "actor:irn", ActorMentionForm.Name)]
    [InlineData("The U.S. said nothing.", "U.S.", "actor:usa", ActorMentionForm.Demonym)]
    public void Countries_are_found_by_name_demonym_and_seat_of_government(string text, string mention, string actor, ActorMentionForm form) =>
        Assert.Contains((mention, actor, form), Found(text));

    [Theory]
    [InlineData("They told us to leave.")]
    [InlineData("Let us go.")]
    public void Us_in_lower_case_is_not_the_United_States(string text) => Assert.Empty(Found(text));

    [Fact]
    public void Two_ways_of_naming_an_embassy_give_one_actor()
    {
        var mentions = ActorScanner.Find("Washington's embassy in Baghdad said so. Later the US embassy in Baghdad said more, and the embassy in Baghdad closed.");

        var embassies = mentions.Where(m => m.Kind == ActorKind.GovernmentBody).ToList();
        Assert.Equal(3, embassies.Count);
        Assert.All(embassies, m => Assert.Equal("actor:usa-embassy-baghdad", m.Actor.Value));
        Assert.Equal("USA", embassies[0].Country);
    }

    [Fact]
    public void A_definite_phrase_refers_back_to_the_last_actor_of_its_class()
    {
        var mentions = ActorScanner.Find("Pro-Iran Iraqi armed groups attacked. These factions were then struck, which the groups blamed on Israel.");

        var groups = mentions.Where(m => m.Kind == ActorKind.NonStateArmedGroup).ToList();
        Assert.Equal(["Pro-Iran Iraqi armed groups", "These factions", "the groups"], groups.Select(m => m.Text));
        Assert.Single(groups.Select(m => m.Actor).Distinct());
        Assert.Equal([ActorMentionForm.Composite, ActorMentionForm.Anaphor, ActorMentionForm.Anaphor], groups.Select(m => m.Form));
    }

    [Fact]
    public void The_latter_picks_the_second_of_a_pair()
    {
        var latter = Assert.Single(ActorScanner.Find("Relations between Washington and Baghdad are strained, with the latter unhappy."), m => m.Text == "the latter");

        Assert.Equal("actor:irq", latter.Actor.Value);
    }

    [Fact]
    public void The_country_refers_to_the_last_state_named()
    {
        var envoy = Assert.Single(ActorScanner.Find("Iraq has not blamed the United States but summoned the country's charge d'affaires."), m => m.Kind == ActorKind.Individual);

        Assert.Equal("actor:usa-envoy", envoy.Actor.Value);
        Assert.Equal("USA", envoy.Country);
    }

    [Fact]
    public void Capitalised_organisation_names_are_found_and_a_known_name_inside_a_longer_one_is_not_taken()
    {
        var found = Found("Iraq granted the Popular Mobilisation Forces permission. The Tehran-backed Kataeb Hezbollah announced a pause.");

        Assert.Contains(("Popular Mobilisation Forces", "actor:popular-mobilisation-forces", ActorMentionForm.Name), found);
        Assert.Contains(("Kataeb Hezbollah", "actor:kataeb-hezbollah", ActorMentionForm.Name), found);
        Assert.DoesNotContain(found, f => f.Actor == "actor:hezbollah");
    }

    [Fact]
    public void A_user_gazetteer_wins_over_the_built_in_names_and_takes_over_its_countrys_demonyms()
    {
        var gazetteer = Gazetteer.BuiltIn.Add(
        [
            new Actor { Id = new ActorId("my:iraq"), Name = "Republic of Iraq", Kind = ActorKind.State, Country = "IRQ" },
            new Actor { Id = new ActorId("my:kh"), Name = "Kataib Hizballah", Kind = ActorKind.NonStateArmedGroup, Aliases = [new ActorAlias("Kataeb Hezbollah"), new ActorAlias("KH", AliasKind.Abbreviation)] },
        ]);

        var found = Found("Iraqi forces said KH and Kataeb Hezbollah fired at Baghdad, not kh.", gazetteer);

        Assert.Contains(("Kataeb Hezbollah", "my:kh", ActorMentionForm.Alias), found);
        Assert.Contains(("KH", "my:kh", ActorMentionForm.Alias), found);
        Assert.DoesNotContain(found, f => f.Text == "kh");
        Assert.Contains(found, f => f.Text == "Baghdad" && f.Actor == "my:iraq");
        Assert.Contains(found, f => f.Actor == "actor:irq-forces");
    }

    [Fact]
    public void Mentions_hold_their_text()
    {
        const string text = "The influential Tehran-backed Kataeb Hezbollah and the US-led coalition met Iraqi Security Forces.";

        Assert.All(ActorScanner.Find(text), m => Assert.Equal(text.Substring(m.Span.Start, m.Span.Length), m.Text));
    }
    [Theory]
    [InlineData("Three soldiers were killed at a checkpoint.")]
    [InlineData("No group has claimed the attack.")]
    [InlineData("Dozens of fighters were killed.")]
    public void A_count_at_the_start_of_a_sentence_is_no_name(string text)
    {
        Assert.Empty(ActorScanner.Find(text));
    }
}
