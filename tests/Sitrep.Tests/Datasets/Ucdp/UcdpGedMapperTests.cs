using System.IO;
using System.Linq;
using Sitrep.Datasets.Ucdp;
using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Places;
using Sitrep.Serialization;
using Sitrep.Temporal;
using Sitrep.Validation;
using static Sitrep.Tests.Datasets.Ucdp.UcdpGedFixtures;

namespace Sitrep.Tests.Datasets.Ucdp;

public class UcdpGedMapperTests
{
    [Fact]
    public void State_based_violence_is_an_armed_clash_between_two_parties_with_deaths_by_party()
    {
        var incident = new UcdpGedMapper("25.1").Map(Record(Event(1001)));

        Assert.Equal("ucdp-ged:1001", incident.Id.Value);
        Assert.Equal(IncidentType.ArmedClash, incident.Type);
        Assert.Equal(new Classification("ucdp:type_of_violence", "1", "state-based armed conflict"), Assert.Single(incident.Classifications));
        Assert.All(incident.Participants, p => Assert.Equal(ParticipantRole.Party, p.Role));
        Assert.Equal(new Estimate(EstimateQualifier.Range, 5, 6, 8), incident.Casualties[0].Estimate);
        Assert.Equal(VictimCategory.Military, incident.Casualties[1].Victims.Category);
        Assert.Equal(Estimate.About(2), incident.Casualties[1].Estimate);
        Assert.Equal("ucdp-actor:144", incident.Casualties[1].Victims.Actor!.Value.Value);
        Assert.Equal(VictimCategory.Combatants, incident.Casualties[2].Victims.Category);
        Assert.Equal(VictimCategory.Civilians, incident.Casualties[3].Victims.Category);
        Assert.Contains(new ExternalId("ucdp-ged-relid", "MYA-2021-1-222-1001"), incident.ExternalIds);
        Assert.Equal("source:ucdp-ged-25.1", incident.Provenance[0].Source.Value);
    }

    [Fact]
    public void The_place_has_the_country_of_the_gleditsch_ward_code()
    {
        var incident = new UcdpGedMapper().Map(Record(Event()));

        Assert.Equal("MMR", incident.Place!.Country);
    }

    [Fact]
    public void One_sided_violence_is_an_attack_on_civilians()
    {
        var e = Event(5);
        e["type_of_violence"] = "3";
        e["side_b"] = "Civilians";
        e["side_b_new_id"] = "1";

        var mapper = new UcdpGedMapper();
        var incident = mapper.Map(Record(e));

        Assert.Equal(IncidentType.Attack, incident.Type);
        Assert.Equal(ParticipantRole.Perpetrator, incident.Participants[0].Role);
        Assert.Equal(ParticipantRole.Victim, incident.Participants[1].Role);
        Assert.Equal(Sitrep.Actors.ActorKind.Civilians, mapper.Actors.Single(a => a.Id.Value == "ucdp-actor:1").Kind);
    }

    [Theory]
    [InlineData("1", "2021-06-01", "2021-06-01", "2021-06-01")]
    [InlineData("2", "2021-06-01", "2021-06-04", "2021-06-01/2021-06-04")]
    [InlineData("4", "2021-06-01", "2021-06-30", "2021-06")]
    [InlineData("4", "2021-06-03", "2021-06-30", "2021-06-03/2021-06-30")]
    [InlineData("5", "2021-01-01", "2021-12-31", "2021")]
    public void Date_precision_names_the_unit_when_the_dates_are_exactly_one(string precision, string start, string end, string expected)
    {
        var e = Event();
        e["date_prec"] = precision;
        e["date_start"] = start;
        e["date_end"] = end;

        Assert.Equal(TemporalValue.Parse(expected).Value, new UcdpGedMapper().Map(Record(e)).Time);
    }

    [Theory]
    [InlineData("1", PlacePrecision.ExactPoint)]
    [InlineData("2", PlacePrecision.NearPoint)]
    [InlineData("3", PlacePrecision.District)]
    [InlineData("4", PlacePrecision.Province)]
    [InlineData("5", PlacePrecision.Region)]
    [InlineData("6", PlacePrecision.Country)]
    [InlineData("7", PlacePrecision.Region)]
    public void Where_precision_maps_to_place_precision(string wherePrec, PlacePrecision expected)
    {
        var e = Event();
        e["where_prec"] = wherePrec;

        var place = new UcdpGedMapper().Map(Record(e)).Place!;

        Assert.Equal(expected, place.Precision);
        Assert.Equal(new GeoPoint(25.61, 96.31), place.Point);
        Assert.Contains(new ExternalId("gw", "775"), place.ExternalIds);
    }

    [Fact]
    public void Actors_are_deduplicated_by_ucdp_id()
    {
        var mapper = new UcdpGedMapper();

        var dataset = mapper.ToDataset([Record(Event(1)), Record(Event(2)), Record(Event(3))]);

        Assert.Equal(2, dataset.Actors.Count);
        Assert.Equal(3, dataset.Incidents.Count);
        Assert.Empty(DatasetValidator.Validate(dataset));
    }

    [Fact]
    public void A_side_id_that_is_no_plain_code_gives_the_actor_an_id_from_its_name_and_keeps_the_value()
    {
        var e = Event(1);
        e["side_a_new_id"] = "1\u000080";

        var dataset = new UcdpGedMapper().ToDataset([Record(e)]);

        Assert.Empty(DatasetValidator.Validate(dataset));
        var sideA = Assert.Single(dataset.Actors, a => a.Name == e["side_a"]);
        Assert.StartsWith("ucdp-actor:", sideA.Id.Value, System.StringComparison.Ordinal);
        Assert.Contains(new ExternalId("ucdp-actor", "1\u000080"), sideA.ExternalIds);
    }

    [Fact]
    public void The_myanmar_export_maps_to_a_dataset_that_validates_and_keeps_the_total()
    {
        if (TestPaths.SharedCorpus is not { } corpus)
        {
            Assert.Skip("../shared/corpus is absent: this clone has no shared corpus beside it.");
            return;
        }

        using var reader = UcdpGedReader.OpenFile(Path.Combine(corpus, "datasets", "ucdp", "ged-myanmar-r-export.csv"));
        var dataset = new UcdpGedMapper().ToDataset(reader.ReadRows().Select(r => r.Value));

        Assert.Equal(1500, dataset.Incidents.Count);
        Assert.Equal(9284, dataset.Incidents.Sum(i => i.Casualties[0].Estimate.Best));
        Assert.DoesNotContain(DatasetValidator.Validate(dataset), d => d.IsError);
        var back = SitrepJson.Read(SitrepJson.SerializeToUtf8Bytes(dataset));
        Assert.Equal(dataset, back.Value);
    }
}
