using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Places;
using Sitrep.Revisions;
using Sitrep.Sources;
using Sitrep.Temporal;
using Sitrep.Tests.Generators;
using Sitrep.Validation;

namespace Sitrep.Tests.Revisions;

/// <summary>Two versions of a dataset compared incident by incident: added, deleted, revised, and which fields.</summary>
public sealed class DatasetDiffTests
{
    private static Incident Event(string id, int killed = 3) => new()
    {
        Id = new IncidentId(id),
        Type = IncidentType.ArmedClash,
        Time = TemporalValue.Day(2024, 2, 1),
        Place = new Place { Name = "Bakhmut", Country = "UKR", Precision = PlacePrecision.Town },
        Casualties = [new CasualtyCount(CasualtyOutcome.Killed, new VictimGroup(VictimCategory.Combatants), Estimate.Exactly(killed))],
        Participants = [new Participant(new ActorId("actor:a"), ParticipantRole.Perpetrator)],
        Provenance = [new Provenance(new SourceId("source:acled")) { Note = "export-2024-02-10.csv row 7" }],
        SourceRecord = new SourceRecord("acled", ["event_id_cnty", "fatalities", "notes"], [id, killed.ToString(System.Globalization.CultureInfo.InvariantCulture), "Clashes."]),
    };

    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 60)]
    public void A_dataset_compared_with_itself_has_no_difference(Dataset dataset)
    {
        var difference = DatasetDiff.Compare(dataset.Incidents, dataset.Incidents);
        Assert.True(difference.IsEmpty);
        Assert.Empty(difference.Revisions);
        Assert.Equal(dataset.Incidents.Select(i => i.Id).Distinct().Count(), difference.Unchanged);
    }

    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 60)]
    public void Removing_adding_and_revising_incidents_is_found_exactly(Dataset dataset, int seed)
    {
        var random = new Random(seed);
        var incidents = dataset.Incidents.DistinctBy(i => i.Id).ToList();
        var removed = incidents.Where(_ => random.Next(4) == 0).Select(i => i.Id).ToHashSet();
        var revised = incidents.Where(i => !removed.Contains(i.Id) && random.Next(4) == 0).Select(i => i.Id).ToHashSet();
        var newer = incidents
            .Where(i => !removed.Contains(i.Id))
            .Select(i => revised.Contains(i.Id) ? i with { Description = (i.Description ?? string.Empty) + " (revised)" } : i)
            .Append(Event("new:1"))
            .ToList();

        var difference = DatasetDiff.Compare(incidents, newer);
        Assert.Equal(removed.Order(), difference.Revisions.Where(r => r.Kind == RevisionKind.Deleted).Select(r => r.Id).Order());
        Assert.Equal(revised.Order(), difference.Revisions.Where(r => r.Kind == RevisionKind.Revised).Select(r => r.Id).Order());
        Assert.All(difference.Revisions.Where(r => r.Kind == RevisionKind.Revised), r => Assert.Equal("description", Assert.Single(r.Changes).Field));
        Assert.Equal([new IncidentId("new:1")], difference.Revisions.Where(r => r.Kind == RevisionKind.Added).Select(r => r.Id));
        Assert.Equal(incidents.Count - removed.Count - revised.Count, difference.Unchanged);
    }

    [Fact]
    public void A_revised_incident_names_the_dead_the_date_the_place_the_actors_and_each_original_column_that_changed()
    {
        var before = Event("UKR1");
        var after = Event("UKR1", killed: 5) with
        {
            Time = TemporalValue.Day(2024, 2, 2),
            Place = before.Place! with { Name = "Chasiv Yar" },
            Participants = [new Participant(new ActorId("actor:b"), ParticipantRole.Perpetrator)],
        };

        var changes = DatasetDiff.Changes(before, after);
        Assert.Equal(["time", "place", "killed", "casualties", "participants", "sourceRecord/fatalities"], changes.Select(c => c.Field));
        Assert.Equal(new FieldChange("killed", "3", "5"), changes[2]);
        Assert.Equal(new FieldChange("time", "2024-02-01", "2024-02-02"), changes[0]);
        Assert.Equal(new FieldChange("sourceRecord/fatalities", "3", "5"), changes[^1]);
        Assert.Contains("Chasiv Yar", changes[1].After, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_each_copy_was_read_and_columns_only_one_layout_has_are_not_changes()
    {
        var before = Event("UKR1");
        var after = before with
        {
            Provenance = [new Provenance(new SourceId("source:acled")) { Note = "export-2024-03-01.csv row 912" }],
            SourceRecord = new SourceRecord("acled", ["event_id_cnty", "fatalities", "notes", "tags"], ["UKR1", "3", "Clashes.", "crowd size=no report"]),
        };

        Assert.Empty(DatasetDiff.Changes(before, after));
        Assert.True(DatasetDiff.Compare([before], [after]).IsEmpty);
    }

    [Fact]
    public void An_id_used_twice_in_one_version_is_reported_and_its_later_incident_not_compared()
    {
        var difference = DatasetDiff.Compare([Event("a"), Event("a", killed: 9)], [Event("a"), Event("a", killed: 7)]);
        Assert.True(difference.IsEmpty);
        Assert.Equal(["/before", "/after"], difference.Diagnostics.Select(d => d.Path));
        Assert.All(difference.Diagnostics, d => Assert.Equal(DiagnosticCodes.DuplicateId, d.Code));
    }

    [Fact]
    public void Added_and_revised_follow_the_newer_order_and_deleted_the_older()
    {
        var difference = DatasetDiff.Compare([Event("d2"), Event("r"), Event("d1")], [Event("n2"), Event("r", killed: 4), Event("n1")]);
        Assert.Equal(["n2:Added", "r:Revised", "n1:Added", "d2:Deleted", "d1:Deleted"], difference.Revisions.Select(r => $"{r.Id.Value}:{r.Kind}"));
        Assert.Equal((2L, 2L, 1L, 0L), (difference.Added, difference.Deleted, difference.Revised, difference.Unchanged));
    }

    [Fact]
    public void The_streaming_comparer_answers_each_newer_incident_as_it_comes_and_keeps_the_versions_apart()
    {
        var comparer = new DatasetComparer();
        comparer.AddBefore(Event("a"));
        comparer.AddBefore(Event("b"));
        Assert.Null(comparer.CompareAfter(Event("a")));
        Assert.Equal(RevisionKind.Added, comparer.CompareAfter(Event("c"))!.Kind);
        Assert.Throws<InvalidOperationException>(() => comparer.AddBefore(Event("d")));

        var difference = comparer.Finish();
        Assert.Equal(["c:Added", "b:Deleted"], difference.Revisions.Select(r => $"{r.Id.Value}:{r.Kind}"));
        Assert.Throws<InvalidOperationException>(() => comparer.CompareAfter(Event("e")));
    }
}
