using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep.Incidents;

/// <summary>The part an actor played in an incident.</summary>
[JsonConverter(typeof(StrictEnumConverter<ParticipantRole>))]
public enum ParticipantRole
{
    /// <summary>Carried it out. When the perpetrator is contested, say so with <see cref="Attribution"/> values instead.</summary>
    Perpetrator,

    /// <summary>Was aimed at.</summary>
    Target,

    /// <summary>Suffered harm.</summary>
    Victim,

    /// <summary>Intervened (a third party, a mediator, forces responding).</summary>
    Intervening,

    /// <summary>Saw or heard it.</summary>
    Witness,

    /// <summary>Responded afterwards (rescuers, medics, investigators).</summary>
    Responder,

    /// <summary>Took part as one side of a clash or conflict dyad, without the source saying who attacked whom (UCDP sides A and B).</summary>
    Party,
}
