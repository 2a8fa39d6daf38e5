using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep.Actors;

/// <summary>What kind of actor an <see cref="Actor"/> is.</summary>
[JsonConverter(typeof(StrictEnumConverter<ActorKind>))]
public enum ActorKind
{
    /// <summary>Not known, or deliberately unidentified ("unknown gunmen").</summary>
    Unknown,

    /// <summary>A state as a whole ("Iraq", "the United States").</summary>
    State,

    /// <summary>A government ("the Iraqi government", "Washington" as metonym).</summary>
    Government,

    /// <summary>A body of a government: a ministry, an embassy, a consulate, a parliament.</summary>
    GovernmentBody,

    /// <summary>State armed forces, police and security services.</summary>
    StateForces,

    /// <summary>A paramilitary force integrated into, or sponsored by, a state's forces (Iraq's Popular Mobilisation Forces).</summary>
    StateIntegratedParamilitary,

    /// <summary>A non-state armed group (a rebel group, a militia, an insurgent faction).</summary>
    NonStateArmedGroup,

    /// <summary>A political party or movement.</summary>
    PoliticalParty,

    /// <summary>An international organisation (the UN, the ICRC).</summary>
    InternationalOrganisation,

    /// <summary>A coalition of states or groups (the Global Coalition against Daesh).</summary>
    Coalition,

    /// <summary>A body set up jointly by several parties (a joint coordination committee).</summary>
    JointBody,

    /// <summary>A news agency or outlet.</summary>
    Media,

    /// <summary>Civilians as a group.</summary>
    Civilians,

    /// <summary>One person, named or by role ("a witness", "the US charge d'affaires").</summary>
    Individual,

    /// <summary>Anything else.</summary>
    Other,
}
