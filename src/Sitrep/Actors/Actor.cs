using Sitrep.Sources;

namespace Sitrep.Actors;

/// <summary>
/// Anyone who acts, suffers or speaks: a state, a government or one of its bodies, armed forces, an armed group, a
/// party, an organisation, a coalition, a joint body, the media, civilians, a person, or an unknown actor.
/// </summary>
public sealed record Actor
{
    /// <summary>Gets the actor's id, unique in its dataset.</summary>
    public required ActorId Id { get; init; }

    /// <summary>Gets the actor's name as the dataset prefers it.</summary>
    public required string Name { get; init; }

    /// <summary>Gets what kind of actor this is.</summary>
    public required ActorKind Kind { get; init; }

    /// <summary>Gets other names, with their validity.</summary>
    public ValueArray<ActorAlias> Aliases { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-3 code of the actor's country (<c>IRQ</c>), when it has one.</summary>
    public string? Country { get; init; }

    /// <summary>Gets the Gleditsch-Ward state number, for states and their bodies, when known (Iraq is 645).</summary>
    public int? GleditschWard { get; init; }

    /// <summary>Gets the Correlates of War state number, when known (Iraq is 645).</summary>
    public int? CorrelatesOfWar { get; init; }

    /// <summary>Gets a short description for readers.</summary>
    public string? Description { get; init; }

    /// <summary>Gets dated relations to other actors.</summary>
    public ValueArray<ActorRelation> Relations { get; init; }

    /// <summary>Gets ids the actor has elsewhere (UCDP side id, Wikidata item, CAMEO code).</summary>
    public ValueArray<ExternalId> ExternalIds { get; init; }

    /// <summary>Gets where the actor is described.</summary>
    public ValueArray<Provenance> Provenance { get; init; }
}
