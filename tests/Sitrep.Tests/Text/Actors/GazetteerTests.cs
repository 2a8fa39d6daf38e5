using System.Linq;
using NodaTime;
using Sitrep.Actors;
using Sitrep.Text;
using Sitrep.Text.Actors;

namespace Sitrep.Tests.Text.Actors;

public class GazetteerTests
{
    [Fact]
    public void Fifty_thousand_names_sharing_their_first_words_build_and_the_last_spelling_added_wins()
    {
        var many = Enumerable.Range(0, 50_000).Select(i => new Actor
        {
            Id = new ActorId("actor:m" + i),
            Name = "Military Forces of Place" + i,
            Kind = ActorKind.StateForces,
        });
        var later = new Actor { Id = new ActorId("actor:later"), Name = "Military Forces of Place7", Kind = ActorKind.StateForces };

        var gazetteer = Gazetteer.FromActors(many).Add([later]);
        var result = ReportParser.Parse("Military Forces of Place7 said they shelled the town.", new ReportContext(new LocalDate(2026, 3, 28)) { Gazetteer = gazetteer });

        Assert.Equal(50_001, gazetteer.Actors.Count);
        Assert.Contains(result.Actors, m => m.Actor == later.Id);
    }

    [Fact]
    public void A_state_added_with_its_country_replaces_the_built_in_one_by_country()
    {
        var iraq = new Actor { Id = new ActorId("my:iraq"), Name = "Republic of Iraq", Kind = ActorKind.State, Country = "IRQ" };

        var gazetteer = Gazetteer.BuiltIn.Add([iraq]);

        Assert.DoesNotContain(gazetteer.Actors, a => a.Id == new ActorId("actor:irq"));
        Assert.Single(gazetteer.Actors, a => a.Country == "IRQ" && a.Kind == ActorKind.State);
    }
}
