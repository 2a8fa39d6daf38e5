using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using Sitrep.Incidents;
using Sitrep.Places;
using Sitrep.Sources;
using Sitrep.Temporal;

namespace Sitrep.Text;

/// <summary>An incident as the assembler builds it up from the mentions of a report.</summary>
internal sealed class IncidentDraft(IncidentId id, IncidentType type, int sentence, int anchor)
{
    internal IncidentId Id { get; } = id;

    internal IncidentType Type { get; set; } = type;

    /// <summary>The sentence of the event word (or of the casualty figure that started the incident).</summary>
    internal int Sentence { get; } = sentence;

    /// <summary>The token of the event word.</summary>
    internal int Anchor { get; } = anchor;

    internal bool Plural { get; set; }

    internal string? Description { get; set; }

    internal Place? Place { get; set; }

    internal TemporalValue? Time { get; set; }

    internal List<Means> Means { get; } = [];

    internal List<Participant> Participants { get; } = [];

    internal List<CasualtyCount> Casualties { get; } = [];

    internal List<Attribution> Attributions { get; } = [];

    internal List<Provenance> Provenance { get; } = [];

    internal void AddParticipant(ActorId actor, ParticipantRole role, TextSpan span, SourceId source)
    {
        if (!Participants.Any(p => p.Actor == actor && p.Role == role))
        {
            Participants.Add(new Participant(actor, role) { Provenance = [new Provenance(source, span)] });
        }
    }

    // A handful of means at most: kept in order, repeats dropped, without a set.
    private ValueArray<Means> DistinctMeans()
    {
        if (Means.Count <= 1)
        {
            return Snapshot(Means);
        }

        var distinct = new List<Means>(Means.Count);
        foreach (var means in Means)
        {
            if (!distinct.Contains(means))
            {
                distinct.Add(means);
            }
        }

        return ValueArray.From(distinct);
    }

    // The default value array is empty: an empty list costs no allocation.
    private static ValueArray<T> Snapshot<T>(List<T> list) => list.Count == 0 ? default : ValueArray.Create<T>(CollectionsMarshal.AsSpan(list));

    /// <summary>Gets or sets the day a later mention names the incident by (<c>Tuesday's attack</c>), for when nothing else dates it.</summary>
    internal TemporalValue? NamedDay { get; set; }

    /// <summary>Gets or sets a value indicating whether the report names this incident in passing, as an earlier event.</summary>
    internal bool Background { get; set; }

    internal Incident ToIncident() => new()
    {
        Id = Id,
        Type = Type,
        Scope = Plural ? IncidentScope.Series : IncidentScope.SingleEvent,
        Coverage = Background ? IncidentCoverage.Background : IncidentCoverage.Reported,
        Description = Description,
        Means = DistinctMeans(),
        Participants = Snapshot(Participants),
        Place = Place,
        Time = Time,
        Casualties = Snapshot(Casualties),
        Attributions = Snapshot(Attributions),
        Provenance = Snapshot(Provenance),
    };
}
