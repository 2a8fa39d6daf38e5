using System.Collections.Generic;
using System.Linq;
using Sitrep.Datasets.Acled;
using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Places;
using Sitrep.Temporal;
using Sitrep.Validation;

namespace Sitrep.Tests.Datasets.Acled;

public class AcledEventMapperTests
{
    [Fact]
    public void Actors_named_only_by_different_punctuation_or_script_stay_apart()
    {
        var mapper = new AcledEventMapper();
        string[] names = ["-", "+", "@", "राम सेना", "रीम सेना"];

        var ids = names.Select(n => mapper.Map(Record(new() { ["actor1"] = n, ["actor2"] = string.Empty, ["assoc_actor_2"] = string.Empty })).Participants[0].Actor).ToList();

        Assert.Equal(names.Length, ids.Distinct().Count());
        Assert.Empty(mapper.Diagnostics);
    }

    [Fact]
    public void A_trailing_space_or_no_break_space_does_not_make_another_actor()
    {
        var mapper = new AcledEventMapper();

        var a = mapper.Map(Record(new() { ["actor1"] = "Kataib Hezbollah" })).Participants[0].Actor;
        var b = mapper.Map(Record(new() { ["actor1"] = "Kataib Hezbollah\u00A0" })).Participants[0].Actor;
        var c = mapper.Map(Record(new() { ["actor1"] = " Kataib  Hezbollah " })).Participants[0].Actor;

        Assert.Equal(a, b);
        Assert.Equal(a, c);
        Assert.Equal("Kataib Hezbollah", mapper.Actors.Single(x => x.Id == a).Name);
    }

    [Fact]
    public void An_actor_first_seen_without_an_inter_code_takes_its_kind_from_a_later_row()
    {
        var mapper = new AcledEventMapper();

        mapper.Map(Record(new() { ["actor1"] = "Unidentified Military Forces", ["assoc_actor_2"] = "Kataib Hezbollah" }));
        mapper.Map(Record(new() { ["actor1"] = "Kataib Hezbollah", ["inter1"] = "3", ["assoc_actor_2"] = string.Empty }));

        var kataib = mapper.Actors.Single(a => a.Name == "Kataib Hezbollah");
        Assert.Equal(Sitrep.Actors.ActorKind.NonStateArmedGroup, kataib.Kind);
        Assert.Contains(kataib.ExternalIds, e => e.Scheme == "acled-inter" && e.Value == "3");
        Assert.Empty(mapper.Diagnostics);
    }

    [Fact]
    public void Different_inter_codes_for_one_actor_keep_the_first_and_are_reported_once()
    {
        var mapper = new AcledEventMapper();

        for (var i = 0; i < 3; i++)
        {
            mapper.Map(Record(new() { ["actor1"] = "Group X", ["inter1"] = i == 0 ? "3" : "1", ["assoc_actor_2"] = string.Empty }));
        }

        Assert.Equal(Sitrep.Actors.ActorKind.NonStateArmedGroup, mapper.Actors.Single(a => a.Name == "Group X").Kind);
        var conflict = Assert.Single(mapper.Diagnostics);
        Assert.Equal(Sitrep.Datasets.DatasetDiagnosticCodes.ConflictingActorCodes, conflict.Code);
    }

    [Fact]
    public void The_place_has_the_country_of_the_iso_code()
    {
        var incident = new AcledEventMapper().Map(Record([]));

        Assert.Equal("IRQ", incident.Place!.Country);
    }

    private static AcledEventRecord Record(Dictionary<string, string> changes)
    {
        var fields = new Dictionary<string, string>
        {
            ["event_id_cnty"] = "IRQ1001",
            ["event_date"] = "20 March 2026",
            ["time_precision"] = "1",
            ["disorder_type"] = "Political violence",
            ["event_type"] = "Explosions/Remote violence",
            ["sub_event_type"] = "Air/drone strike",
            ["actor1"] = "Unidentified Military Forces",
            ["inter1"] = "8",
            ["actor2"] = "Military Forces of Iraq (2022-)",
            ["assoc_actor_2"] = "Kataib Hezbollah; Harakat al Nujaba",
            ["inter2"] = "State forces",
            ["interaction"] = "18",
            ["civilian_targeting"] = string.Empty,
            ["iso"] = "368",
            ["location"] = "Al Qaim",
            ["admin1"] = "Al Anbar",
            ["latitude"] = "34.3690",
            ["longitude"] = "41.0949",
            ["geo_precision"] = "2",
            ["notes"] = "An airstrike hit a clinic.",
            ["fatalities"] = "7",
        };
        foreach (var (key, value) in changes)
        {
            fields[key] = value;
        }

        return new AcledEventRecord(ValueArray.From(fields.Keys), ValueArray.From(fields.Values));
    }

    [Fact]
    public void An_air_strike_maps_with_its_codes_parties_place_time_and_fatality_convention()
    {
        var mapper = new AcledEventMapper();
        var incident = mapper.Map(Record([]));

        Assert.Equal("acled:IRQ1001", incident.Id.Value);
        Assert.Equal(IncidentType.Strike, incident.Type);
        Assert.Contains(new Classification("acled:sub_event_type", "Air/drone strike"), incident.Classifications);
        Assert.Equal(4, incident.Participants.Count);
        Assert.All(incident.Participants, p => Assert.Equal(ParticipantRole.Party, p.Role));
        Assert.Equal(TemporalValue.Day(2026, 3, 20), incident.Time);
        Assert.Equal(PlacePrecision.NearPoint, incident.Place!.Precision);
        Assert.Contains(new ExternalId("iso3166-numeric", "368"), incident.Place.ExternalIds);
        var count = Assert.Single(incident.Casualties);
        Assert.Equal(Estimate.About(7), count.Estimate);
        Assert.Equal(AcledEventMapper.FatalityConvention, count.ConsolidationRule);
        Assert.Equal(Sitrep.Actors.ActorKind.StateForces, mapper.Actors.Single(a => a.Name == "Military Forces of Iraq (2022-)").Kind);
    }

    [Theory]
    [InlineData("Battles", "Armed clash", IncidentType.ArmedClash)]
    [InlineData("Protests", "Excessive force against protesters", IncidentType.Protest)]
    [InlineData("Riots", "Mob violence", IncidentType.Riot)]
    [InlineData("Explosions/Remote violence", "Remote explosive/landmine/IED", IncidentType.Bombing)]
    [InlineData("Explosions/Remote violence", "Shelling/artillery/missile attack", IncidentType.Shelling)]
    [InlineData("Violence against civilians", "Abduction/forced disappearance", IncidentType.Abduction)]
    [InlineData("Strategic developments", "Arrests", IncidentType.Arrest)]
    [InlineData("Strategic developments", "Headquarters or base established", IncidentType.StrategicDevelopment)]
    [InlineData("Riots/Protests", "", IncidentType.Protest)]
    [InlineData("Battle-No change of territory", "", IncidentType.ArmedClash)]
    public void Sub_event_types_and_old_event_types_map_to_incident_types(string eventType, string subEventType, IncidentType expected)
    {
        var incident = new AcledEventMapper().Map(Record(new() { ["event_type"] = eventType, ["sub_event_type"] = subEventType }));

        Assert.Equal(expected, incident.Type);
    }

    [Fact]
    public void Violence_against_civilians_has_a_perpetrator_and_civilian_victims()
    {
        var incident = new AcledEventMapper().Map(Record(new()
        {
            ["event_type"] = "Violence against civilians",
            ["sub_event_type"] = "Attack",
            ["actor2"] = "Civilians (Iraq)",
            ["inter2"] = "7",
            ["civilian_targeting"] = "Civilian targeting",
            ["assoc_actor_2"] = string.Empty,
        }));

        Assert.Equal(ParticipantRole.Perpetrator, incident.Participants[0].Role);
        Assert.Equal(ParticipantRole.Victim, incident.Participants[1].Role);
        Assert.Equal(VictimCategory.Civilians, incident.Casualties[0].Victims.Category);
    }

    [Theory]
    [InlineData("1", "2026-03-20")]
    [InlineData("2", "2026-W12")]
    [InlineData("3", "2026-03")]
    public void Time_precision_maps_to_day_week_or_month(string precision, string expected)
    {
        var incident = new AcledEventMapper().Map(Record(new() { ["time_precision"] = precision }));

        Assert.Equal(TemporalValue.Parse(expected).Value, incident.Time);
    }

    [Fact]
    public void Mapped_records_form_a_dataset_that_validates()
    {
        var mapper = new AcledEventMapper("2026-03-28");
        var incidents = new[] { Record([]), Record(new() { ["event_id_cnty"] = "IRQ1002", ["actor1"] = "Unidentified Military Forces" }) }.Select(mapper.Map).ToArray();
        var dataset = new Dataset { Sources = [mapper.Source], Actors = ValueArray.From(mapper.Actors), Incidents = ValueArray.From(incidents) };

        Assert.Equal(4, dataset.Actors.Count);
        Assert.Empty(DatasetValidator.Validate(dataset));
    }
}
