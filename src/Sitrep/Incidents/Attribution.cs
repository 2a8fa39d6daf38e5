using Sitrep.Sources;

namespace Sitrep.Incidents;

/// <summary>
/// One view of who is responsible for an incident: claimed by, blamed on, denied by, officially left unattributed,
/// or unknown; naming who holds the view. Competing attributions are separate values on the same incident.
/// </summary>
/// <param name="State">The kind of attribution.</param>
public sealed record Attribution(AttributionState State)
{
    /// <summary>
    /// Gets the actor(s) named as responsible. Several actors are alternatives ("the US or Israel") unless
    /// <see cref="IsJoint"/> says they acted together.
    /// </summary>
    public ValueArray<ActorId> Perpetrators { get; init; }

    /// <summary>Gets a value indicating whether the perpetrators acted together rather than being alternatives.</summary>
    public bool IsJoint { get; init; }

    /// <summary>Gets who attributes: the claimant, the accusers, the denier, the authority that did not attribute.</summary>
    public ValueArray<ActorId> AttributedBy { get; init; }

    /// <summary>Gets the statements in which the attribution is made, when modelled.</summary>
    public ValueArray<StatementId> Statements { get; init; }

    /// <summary>Gets a value indicating whether the attribution is official (a government, a group's own channel) rather than informal.</summary>
    public bool IsOfficial { get; init; }

    /// <summary>Gets where the attribution is reported.</summary>
    public ValueArray<Provenance> Provenance { get; init; }
}
