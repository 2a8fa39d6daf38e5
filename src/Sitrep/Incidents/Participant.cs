using Sitrep.Sources;

namespace Sitrep.Incidents;

/// <summary>An actor taking part in an incident, with its role.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Role">The part it played.</param>
public sealed record Participant(ActorId Actor, ParticipantRole Role)
{
    /// <summary>Gets where the participation is stated.</summary>
    public ValueArray<Provenance> Provenance { get; init; }
}
