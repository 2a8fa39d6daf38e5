using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep.Actors;

/// <summary>How an actor relates to another; each reads "subject kind target".</summary>
[JsonConverter(typeof(StrictEnumConverter<ActorRelationKind>))]
public enum ActorRelationKind
{
    /// <summary>The subject is part of the target (an embassy of a government, a faction of a coalition).</summary>
    PartOf,

    /// <summary>The subject has been integrated into the target's forces (the PMF into Iraq's armed forces).</summary>
    IntegratedInto,

    /// <summary>The subject is a member of the target (a state of a coalition).</summary>
    MemberOf,

    /// <summary>The subject is backed, armed or funded by the target.</summary>
    BackedBy,

    /// <summary>The subject is led by the target.</summary>
    LedBy,

    /// <summary>The subject is allied with the target.</summary>
    AlliedWith,

    /// <summary>The subject is designated by the target, an authority (a terrorist designation); see <see cref="ActorRelation.Label"/>.</summary>
    DesignatedBy,

    /// <summary>The subject represents the target (an envoy of a state).</summary>
    Represents,
}
