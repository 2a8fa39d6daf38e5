using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sitrep.Actors;
using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Places;
using Sitrep.Sources;
using Sitrep.Statements;
using Sitrep.Validation;

namespace Sitrep.Tests.Generators;

/// <summary>Breaks valid datasets in the ways real files and careless code do, one to three breaks at a time.</summary>
public static class InvalidDatasetGen
{
    private static readonly ActorId Someone = new("actor:0");

    private static readonly (string Code, string Name, Func<Dataset, Dataset> Break)[] Breaks =
    [
        (DiagnosticCodes.NegativeCount, "negative count", d => WithIncident(d, Incident("neg") with
        {
            Casualties = [new(CasualtyOutcome.Killed, new VictimGroup(VictimCategory.Civilians), new Estimate(EstimateQualifier.Exact, Best: -3))],
        })),
        (DiagnosticCodes.PartOutcomeDiffers, "part of another outcome", d => WithIncident(d, Incident("part") with
        {
            Casualties = [new(CasualtyOutcome.Killed, new VictimGroup(VictimCategory.Civilians), Estimate.Exactly(30))
            {
                Parts = [new(CasualtyOutcome.Injured, new VictimGroup(VictimCategory.Children), Estimate.Exactly(8))],
            }],
        })),
        (DiagnosticCodes.PartsExceedWhole, "parts above the whole", d => WithIncident(d, Incident("parts") with
        {
            Casualties = [new(CasualtyOutcome.Killed, new VictimGroup(VictimCategory.Civilians), Estimate.Exactly(10))
            {
                Parts = [new(CasualtyOutcome.Killed, new VictimGroup(VictimCategory.Children), Estimate.Exactly(8)), new(CasualtyOutcome.Killed, new VictimGroup(VictimCategory.Unknown, Description: "women"), Estimate.Exactly(7))],
            }],
        })),
        (DiagnosticCodes.EstimateRangeInverted, "inverted range", d => WithIncident(d, Incident("inverted") with
        {
            Casualties = [new(CasualtyOutcome.Killed, new VictimGroup(VictimCategory.Civilians), new Estimate(EstimateQualifier.Range, Low: 20, High: 2))],
        })),
        (DiagnosticCodes.EstimateQualifierMismatch, "unknown with figures", d => WithIncident(d, Incident("unk") with
        {
            Casualties = [new(CasualtyOutcome.Injured, new VictimGroup(VictimCategory.Unknown), new Estimate(EstimateQualifier.Unknown, Best: 4))],
        })),
        (DiagnosticCodes.DuplicateId, "duplicate actor id", d => d with { Actors = d.Actors.Add(d.Actors[0]) }),
        (DiagnosticCodes.DanglingReference, "dangling participant", d => WithIncident(d, Incident("dangling") with
        {
            Participants = [new(new ActorId("actor:nobody"), ParticipantRole.Perpetrator)],
        })),
        (DiagnosticCodes.StatementWithoutSpeaker, "statement without speaker", d => d with
        {
            Statements = d.Statements.Add(new Statement { Id = new("statement:silent"), Kind = StatementKind.Denial, Paraphrase = "no" }),
        }),
        (DiagnosticCodes.AttributionWithoutAttributor, "blame without attributor", d => WithIncident(d, Incident("blame") with
        {
            Attributions = [new(AttributionState.Blamed) { Perpetrators = [Someone] }],
        })),
        (DiagnosticCodes.AttributionWithoutPerpetrator, "claim without perpetrator", d => WithIncident(d, Incident("claim") with
        {
            Attributions = [new(AttributionState.Claimed) { AttributedBy = [Someone] }],
        })),
        (DiagnosticCodes.CoordinatesOutOfRange, "latitude 200", d => WithIncident(d, Incident("lat") with { Place = new Place { Point = new GeoPoint(200, 10) } })),
        (DiagnosticCodes.CoordinatesOutOfRange, "NaN longitude", d => WithIncident(d, Incident("nan") with { Place = new Place { Point = new GeoPoint(10, double.NaN) } })),
        (DiagnosticCodes.UnknownCountryCode, "country ZZZ", d => d with { Actors = d.Actors.Add(Actor("zzz") with { Country = "ZZZ" }) }),
        (DiagnosticCodes.EmptyName, "blank actor name", d => d with { Actors = d.Actors.Add(Actor("blank") with { Name = "  " }) }),
        (DiagnosticCodes.IntervalReversed, "alias valid until before from", d => d with
        {
            Actors = d.Actors.Add(Actor("alias") with { Aliases = [new("A", AliasKind.Name, new LocalDate(2020, 5, 1), new LocalDate(2019, 1, 1))] }),
        }),
        (DiagnosticCodes.UndefinedEnumValue, "undefined actor kind", d => d with { Actors = d.Actors.Add(Actor("kind") with { Kind = (ActorKind)999 }) }),
        (DiagnosticCodes.InvalidId, "id with a space", d => d with { Actors = d.Actors.Add(Actor("with space")) }),
        (DiagnosticCodes.InvalidId, "empty id", d => d with { Sources = d.Sources.Add(new Source { Id = new(string.Empty), Kind = SourceKind.Other }) }),
        (DiagnosticCodes.InvalidValue, "null actor", d => d with { Actors = d.Actors.Add(null!) }),
        (DiagnosticCodes.InvalidTextSpan, "negative span", d => d with
        {
            Actors = d.Actors.Add(Actor("span") with { Provenance = [new(d.Sources[0].Id, new TextSpan(-1, 4))] }),
        }),
        (DiagnosticCodes.DanglingReference, "unknown provenance source", d => d with
        {
            Actors = d.Actors.Add(Actor("prov") with { Provenance = [new(new SourceId("source:nowhere"))] }),
        }),
    ];

    public static Gen<InvalidDataset> Gen { get; } =
        from dataset in ModelGen.Dataset
        from picks in FsCheck.Fluent.Gen.Elements(Enumerable.Range(0, Breaks.Length).ToArray()).ListOf(3)
        from count in FsCheck.Fluent.Gen.Choose(1, 3)
        select Apply(dataset, picks.Take(count).Distinct().ToList());

    private static InvalidDataset Apply(Dataset dataset, List<int> picks)
    {
        var codes = new List<string>();
        var names = new List<string>();
        foreach (var pick in picks)
        {
            var (code, name, breakIt) = Breaks[pick];
            dataset = breakIt(dataset);
            codes.Add(code);
            names.Add(name);
        }

        return new InvalidDataset(dataset, codes, string.Join(", ", names));
    }

    private static Dataset WithIncident(Dataset dataset, Incident incident) => dataset with { Incidents = dataset.Incidents.Add(incident) };

    private static Incident Incident(string name) => new() { Id = new("incident:broken-" + name), Type = IncidentType.Attack };

    private static Actor Actor(string name) => new() { Id = new("actor:broken-" + name), Name = "Broken " + name, Kind = ActorKind.Other };
}
