using System.Collections.Generic;
using System.Linq;
using Sitrep.Actors;
using Sitrep.Datasets;
using Sitrep.Datasets.Acled;
using Sitrep.Datasets.Ucdp;
using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Places;
using Sitrep.Serialization;
using Sitrep.Temporal;
using Sitrep.Validation;

namespace Sitrep.Tests.Datasets;

/// <summary>Incidents that did not come from UCDP or ACLED, written as their rows: what carries over and what is reported.</summary>
public class ToRecordTests
{
    private static readonly Actor Army = new() { Id = new ActorId("actor:army"), Name = "Iraqi Army", Kind = ActorKind.StateForces, GleditschWard = 645 };
    private static readonly Actor Group = new() { Id = new ActorId("actor:group"), Name = "Kataib Hezbollah", Kind = ActorKind.NonStateArmedGroup };
    private static readonly Actor Third = new() { Id = new ActorId("actor:third"), Name = "Observers", Kind = ActorKind.Other };
    private static readonly Dictionary<ActorId, Actor> Actors = new[] { Army, Group, Third }.ToDictionary(a => a.Id);

    private static Incident Strike => new()
    {
        Id = new IncidentId("incident:strike"),
        Type = IncidentType.Strike,
        Description = "A strike on a clinic",
        Means = [Means.Drone],
        Participants = [new Participant(Group.Id, ParticipantRole.Perpetrator), new Participant(Army.Id, ParticipantRole.Victim), new Participant(Third.Id, ParticipantRole.Witness)],
        Place = new Place { Name = "Al-Qaim", Country = "IRQ", Admin1 = "Anbar", Point = new GeoPoint(34.37, 41.09), Precision = PlacePrecision.Town },
        Time = TemporalValue.Day(2026, 3, 27),
        Casualties =
        [
            new CasualtyCount(CasualtyOutcome.Killed, new VictimGroup(VictimCategory.SecurityForces), Estimate.AtLeast(7)),
            new CasualtyCount(CasualtyOutcome.Injured, new VictimGroup(VictimCategory.Civilians), Estimate.About(3)),
        ],
        Attributions = [new Attribution(AttributionState.Claimed) { Perpetrators = [Group.Id], AttributedBy = [Group.Id] }],
    };

    [Fact]
    public void Death_counts_summed_past_the_largest_count_are_held_at_it_and_said_to_be_more()
    {
        var diagnostics = new List<Diagnostic>();
        var huge = Strike with
        {
            Casualties =
            [
                new CasualtyCount(CasualtyOutcome.Killed, new VictimGroup(VictimCategory.SecurityForces), Estimate.Exactly(long.MaxValue)),
                new CasualtyCount(CasualtyOutcome.Killed, new VictimGroup(VictimCategory.Civilians), Estimate.Exactly(long.MaxValue)),
            ],
        };

        var record = new AcledEventMapper().ToRecord(huge, Actors, diagnostics, path: "/incidents/0");

        Assert.Equal(long.MaxValue, record.Fatalities);
        Assert.Contains(diagnostics, d => d.Message.Contains("more than 9223372036854775807", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_ucdp_row_carries_the_days_sides_toll_and_place_and_reports_the_rest()
    {
        var diagnostics = new List<Diagnostic>();

        var record = new UcdpGedMapper().ToRecord(Strike, Actors, diagnostics, path: "/incidents/0");

        Assert.Equal(UcdpGedColumns.Ged49, record.Columns);
        Assert.Equal("1", record["id"]);
        Assert.Equal("incident:strike", record["relid"]);
        Assert.Equal("2026-03-27", record["date_start"]);
        Assert.Equal("1", record["date_prec"]);
        Assert.Equal("3", record["type_of_violence"]);
        Assert.Equal("Kataib Hezbollah", record["side_a"]);
        Assert.Equal("Iraqi Army", record["side_b"]);
        Assert.Equal("645", record["gwnob"]);
        Assert.Equal(("7", "7", "7"), (record["low"], record["best"], record["high"]));
        Assert.Equal("1", record["where_prec"]);
        Assert.Equal("645", record["country_id"]);
        Assert.Equal("POINT (41.09 34.37)", record["geom_wkt"]);
        var paths = diagnostics.Select(d => d.Path).ToList();
        Assert.All(diagnostics, d => Assert.Equal(DatasetDiagnosticCodes.NotCarriedOver, d.Code));
        Assert.Contains("/incidents/0/casualties/1", paths);
        Assert.Contains("/incidents/0/attributions", paths);
        Assert.Contains("/incidents/0/means", paths);
        Assert.Contains("/incidents/0/participants", paths);
        Assert.Contains("/incidents/0/type", paths);
    }

    [Fact]
    public void An_acled_row_takes_its_types_from_the_model_and_fatalities_from_the_lowest_figure_and_leaves_a_witness_off_both_sides()
    {
        var diagnostics = new List<Diagnostic>();

        var record = new AcledEventMapper().ToRecord(Strike, Actors, diagnostics, path: "/incidents/0");

        Assert.Equal(AcledColumns.Current, record.Columns);
        Assert.Equal("incident:strike", record["event_id_cnty"]);
        Assert.Equal("2026-03-27", record["event_date"]);
        Assert.Equal("1", record["time_precision"]);
        Assert.Equal(("Explosions/Remote violence", "Air/drone strike"), (record["event_type"], record["sub_event_type"]));
        Assert.Equal(("Kataib Hezbollah", "Political militia"), (record["actor1"], record["inter1"]));
        Assert.Equal(("Iraqi Army", "State forces"), (record["actor2"], record["inter2"]));
        Assert.Equal("State forces-Political militia", record["interaction"]);
        Assert.Equal(string.Empty, record["assoc_actor_1"]);
        Assert.Contains(diagnostics, d => d.Path == "/incidents/0/participants/other" && d.Value == "Observers");
        Assert.Equal("7", record["fatalities"]);
        Assert.Equal("368", record["iso"]);
        Assert.Equal("1", record["geo_precision"]);
        Assert.Contains(diagnostics, d => d.Path == "/incidents/0/attributions");
    }

    [Fact]
    public void A_month_goes_to_acled_as_its_middle_day_with_precision_three_and_reads_back_as_that_month()
    {
        var incident = Strike with { Time = TemporalValue.Month(2026, 2) };
        var mapper = new AcledEventMapper();

        var record = mapper.ToRecord(incident, Actors, new List<Diagnostic>());

        Assert.Equal(("2026-02-14", "3"), (record["event_date"], record["time_precision"]));
        Assert.Equal(TemporalValue.Month(2026, 2), mapper.Map(record).Time);
    }

    [Fact]
    public void The_seed_story_goes_to_ucdp_and_back_through_canonical_json_keeping_what_ucdp_holds()
    {
        var seed = SitrepJson.Parse(System.IO.File.ReadAllText(TestPaths.SeedSample)).Value!;
        var actors = seed.Actors.ToDictionary(a => a.Id);
        var mapper = new UcdpGedMapper();
        var diagnostics = new List<Diagnostic>();

        var rows = seed.Incidents.Select((incident, i) => mapper.ToRecord(incident, actors, diagnostics, path: "/incidents/" + i)).ToList();
        Assert.Equal(seed.Incidents.Count, rows.Count);
        Assert.NotEmpty(diagnostics);
        for (var i = 0; i < rows.Count; i++)
        {
            if (seed.Incidents[i].Time is { } time)
            {
                Assert.Equal(time.StartDate, new UcdpGedMapper().Map(rows[i]).Time!.Value.StartDate);
            }
            else
            {
                // Said when written ("the row will not read back"); mapping it fails with that reason, never a made-up date.
                Assert.Contains(diagnostics, d => d.Path == $"/incidents/{i}/time");
                var thrown = Assert.Throws<DiagnosticException>(() => new UcdpGedMapper().Map(rows[i]));
                Assert.Equal("/date_start", Assert.Single(thrown.Diagnostics).Path);
            }
        }
    }
}
