using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Sitrep.Actors;
using Sitrep.Datasets;
using Sitrep.Datasets.Acled;
using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Temporal;
using Sitrep.Tests.Cli;
using Sitrep.Tests.Datasets.Acled;
using Sitrep.Tests.Datasets.Ucdp;
using Sitrep.Validation;

namespace Sitrep.Tests.Datasets;

/// <summary>Writing an incident into another format's row: sides, actor types and figures follow stated rules, and every loss is reported.</summary>
public sealed class CrossFormatWriteTests : IDisposable
{
    private static readonly Actor Militia = new() { Id = new ActorId("a:militia"), Name = "Kataib Hezbollah", Kind = ActorKind.NonStateArmedGroup };
    private static readonly Actor Ally = new() { Id = new ActorId("a:ally"), Name = "Harakat al Nujaba", Kind = ActorKind.NonStateArmedGroup };
    private static readonly Actor Army = new() { Id = new ActorId("a:army"), Name = "Military Forces of Iraq", Kind = ActorKind.StateForces };
    private static readonly Actor Police = new() { Id = new ActorId("a:police"), Name = "Police Forces of Iraq", Kind = ActorKind.StateForces };
    private static readonly Actor Crowd = new() { Id = new ActorId("a:crowd"), Name = "Protesters (Iraq)", Kind = ActorKind.Civilians, ExternalIds = [new ExternalId("acled-inter", "Protesters")] };
    private static readonly Actor Press = new() { Id = new ActorId("a:press"), Name = "Journalists", Kind = ActorKind.Media };
    private static readonly Dictionary<ActorId, Actor> Actors = new[] { Militia, Ally, Army, Police, Crowd, Press }.ToDictionary(a => a.Id);

    private readonly string directory = Directory.CreateTempSubdirectory("sitrep-cross-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void A_target_is_actor2_not_an_ally_of_the_perpetrator()
    {
        var incident = Attack(
            new Participant(Militia.Id, ParticipantRole.Perpetrator),
            new Participant(Ally.Id, ParticipantRole.Perpetrator),
            new Participant(Army.Id, ParticipantRole.Target),
            new Participant(Police.Id, ParticipantRole.Victim));

        var record = new AcledEventMapper().ToRecord(incident, Actors, new List<Diagnostic>());

        Assert.Equal(("Kataib Hezbollah", "Harakat al Nujaba"), (record["actor1"], record["assoc_actor_1"]));
        Assert.Equal(("Military Forces of Iraq", "Police Forces of Iraq"), (record["actor2"], record["assoc_actor_2"]));
    }

    [Fact]
    public void Protesters_keep_their_acled_type_and_a_sole_actor_gets_an_only_interaction()
    {
        var incident = Attack(new Participant(Crowd.Id, ParticipantRole.Party)) with { Type = IncidentType.Protest };
        var diagnostics = new List<Diagnostic>();

        var record = new AcledEventMapper().ToRecord(incident, Actors, diagnostics);

        Assert.Equal(("Protesters", "Protesters only"), (record["inter1"], record["interaction"]));
        Assert.DoesNotContain(diagnostics, d => d.Path!.EndsWith("/inter", StringComparison.Ordinal));
    }

    [Fact]
    public void A_legacy_layout_gets_numeric_inter_codes_and_interaction_lowest_first()
    {
        var layout = ValueArray.From(AcledColumns.Current.Concat(["data_id"]));
        var incident = Attack(new Participant(Militia.Id, ParticipantRole.Perpetrator), new Participant(Army.Id, ParticipantRole.Victim));

        var record = new AcledEventMapper().ToRecord(incident, Actors, new List<Diagnostic>(), layout);

        Assert.Equal(("3", "1", "13"), (record["inter1"], record["inter2"], record["interaction"]));
    }

    [Fact]
    public void An_actor_kind_acled_has_no_type_for_leaves_inter_and_interaction_empty_and_says_so()
    {
        var incident = Attack(new Participant(Militia.Id, ParticipantRole.Perpetrator), new Participant(Press.Id, ParticipantRole.Victim));
        var diagnostics = new List<Diagnostic>();

        var record = new AcledEventMapper().ToRecord(incident, Actors, diagnostics, path: "/incidents/0");

        Assert.Equal((string.Empty, string.Empty), (record["inter2"], record["interaction"]));
        var report = Assert.Single(diagnostics, d => d.Path == "/incidents/0/participants/actor2/inter");
        Assert.Contains("Media", report.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_parties_without_a_victim_are_written_with_the_unsure_side_reported()
    {
        var incident = Attack(new Participant(Militia.Id, ParticipantRole.Party), new Participant(Army.Id, ParticipantRole.Party), new Participant(Ally.Id, ParticipantRole.Party));
        var diagnostics = new List<Diagnostic>();

        var record = new AcledEventMapper().ToRecord(incident, Actors, diagnostics, path: "/incidents/0");

        Assert.Equal(("Kataib Hezbollah", "Military Forces of Iraq", "Harakat al Nujaba"), (record["actor1"], record["actor2"], record["assoc_actor_1"]));
        Assert.Contains(diagnostics, d => d.Path == "/incidents/0/participants/sides");
    }

    [Fact]
    public async Task Ucdp_to_acled_writes_the_low_figure_derives_actor_types_and_reports_each_loss_once_with_a_count()
    {
        var events = Enumerable.Range(1, 3).Select(i => UcdpGedFixtures.Event(i)).ToList();
        var input = Path.Combine(directory, "ged.csv");
        File.WriteAllText(input, UcdpGedFixtures.Csv(events));
        var output = Path.Combine(directory, "acled.csv");

        var (exit, stdout, _) = await CliTests.Run("convert", input, "--to", "acled", "-o", output);
        using var reader = AcledEventReader.OpenFile(output);
        var rows = reader.ReadRows().ToList();

        Assert.Equal(0, exit);
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.True(r.Success));
        var first = rows[0].Value;
        Assert.Equal(5, first.Fatalities);
        Assert.Equal(("State forces", "Political militia", "State forces-Political militia"), (first["inter1"], first["inter2"], first["interaction"]));
        Assert.Contains("the low estimate is written, the best and high estimates", stdout, StringComparison.Ordinal);
        Assert.Contains("count(s) by victim group or side beside it are not carried over", stdout, StringComparison.Ordinal);
        Assert.Contains("gets an inter code derived from its kind", stdout, StringComparison.Ordinal);
        var range = Assert.Single(stdout.Split('\n'), l => l.Contains("the low estimate is written", StringComparison.Ordinal));
        Assert.Contains("3 incident(s), /incidents/casualties/range:", range, StringComparison.Ordinal);
    }

    [Fact]
    public void Acled_associated_actors_of_violence_against_civilians_come_back_on_their_side_without_the_source_row()
    {
        var e = AcledEventReaderTests.Event("IRQ9");
        e["event_type"] = "Violence against civilians";
        e["sub_event_type"] = "Attack";
        e["assoc_actor_1"] = "Harakat al Nujaba";
        e["assoc_actor_2"] = "Journalists (Iraq)";
        using var reader = AcledEventReader.Open(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(AcledEventReaderTests.Csv(AcledColumns.Current, [e]))));
        var mapper = new AcledEventMapper { KeepSourceRecords = false };
        var dataset = mapper.ToDataset(reader.ReadRows().Select(r => r.Value));

        var record = mapper.ToRecord(dataset.Incidents[0], dataset.Actors.ToDictionary(a => a.Id), new List<Diagnostic>());

        Assert.Equal((e["actor1"], "Harakat al Nujaba"), (record["actor1"], record["assoc_actor_1"]));
        Assert.Equal((e["actor2"], "Journalists (Iraq)"), (record["actor2"], record["assoc_actor_2"]));
        Assert.Equal(("External/Other forces", "State forces"), (record["inter1"], record["inter2"]));
    }

    private static Incident Attack(params Participant[] participants) => new()
    {
        Id = new IncidentId("incident:1"),
        Type = IncidentType.Attack,
        Participants = [.. participants],
        Time = TemporalValue.Day(2026, 3, 27),
        Casualties = [new CasualtyCount(CasualtyOutcome.Killed, new VictimGroup(VictimCategory.Mixed), Estimate.Exactly(2))],
    };
}
