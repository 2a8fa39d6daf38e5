using System.Linq;
using Sitrep.Actors;
using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Places;
using Sitrep.Sources;
using Sitrep.Temporal;

namespace Sitrep.Benchmarks.Json;

/// <summary>A deterministic dataset shaped like a month of coded conflict events: 10,000 incidents by default.</summary>
public static class BenchmarkData
{
    public static Dataset Create(int incidents)
    {
        var sources = Enumerable.Range(0, 50).Select(i => new Source
        {
            Id = new SourceId("source:" + i),
            Kind = i % 3 == 0 ? SourceKind.NewsAgency : SourceKind.NewsOutlet,
            Title = "Wire report " + i,
            Published = TemporalValue.Day(2026, 3, 1 + (i % 28)),
            Language = "en",
        }).ToArray();
        var actors = Enumerable.Range(0, 200).Select(i => new Actor
        {
            Id = new ActorId("actor:" + i),
            Name = "Armed group " + i,
            Kind = i % 4 == 0 ? ActorKind.StateForces : ActorKind.NonStateArmedGroup,
            Country = i % 2 == 0 ? "IRQ" : "SYR",
            Aliases = [new ActorAlias("AG" + i, AliasKind.Abbreviation)],
        }).ToArray();
        var list = Enumerable.Range(0, incidents).Select(i => new Incident
        {
            Id = new IncidentId("incident:" + i),
            Type = (i % 5) switch { 0 => IncidentType.ArmedClash, 1 => IncidentType.Strike, 2 => IncidentType.Attack, 3 => IncidentType.Shelling, _ => IncidentType.Explosion },
            Description = "Clashes between two armed groups near a market; several houses damaged.",
            Classifications = [new Classification("acled:sub_event_type", "Armed clash")],
            Means = i % 2 == 0 ? [Means.SmallArms] : [Means.Drone, Means.Rocket],
            Participants =
            [
                new Participant(actors[i % 200].Id, ParticipantRole.Perpetrator),
                new Participant(actors[(i + 7) % 200].Id, ParticipantRole.Target),
            ],
            Place = new Place
            {
                Name = "Town " + (i % 500),
                Country = "IRQ",
                Admin1 = "Governorate " + (i % 18),
                Point = new GeoPoint(33 + ((i % 1000) / 1000.0), 44 + ((i % 777) / 1000.0)),
                Feature = FeatureKind.Town,
                Precision = PlacePrecision.Town,
            },
            Time = TemporalValue.Day(2026, 3, 1 + (i % 28)),
            Casualties =
            [
                new CasualtyCount(CasualtyOutcome.Killed, new VictimGroup(VictimCategory.Combatants, actors[(i + 7) % 200].Id), Estimate.Range(i % 5, (i % 5) + 3, (i % 5) + 1)),
                new CasualtyCount(CasualtyOutcome.Injured, new VictimGroup(VictimCategory.Civilians), Estimate.AtLeast(i % 11).WithPhrase("at least " + (i % 11))),
            ],
            Attributions = i % 3 == 0
                ? [new Attribution(AttributionState.Claimed) { Perpetrators = [actors[i % 200].Id], AttributedBy = [actors[i % 200].Id] }]
                : [],
            ExternalIds = [new ExternalId("acled", "IRQ" + (10000 + i))],
            Provenance = [new Provenance(sources[i % 50].Id, new TextSpan(i % 300, 42))],
        }).ToArray();
        return new Dataset { Sources = ValueArray.From(sources), Actors = ValueArray.From(actors), Incidents = ValueArray.From(list) };
    }
}
