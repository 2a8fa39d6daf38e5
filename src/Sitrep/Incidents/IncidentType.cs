using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep.Incidents;

/// <summary>What happened, in Sitrep's own small taxonomy. Codes from ACLED, UCDP, CAMEO and PLOVER are kept beside it as <see cref="Classification"/> values, so mapping onto it loses nothing.</summary>
[JsonConverter(typeof(StrictEnumConverter<IncidentType>))]
public enum IncidentType
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>Armed groups or forces fighting each other (ACLED battles, UCDP state-based and non-state violence).</summary>
    ArmedClash,

    /// <summary>A direct attack on people or places by an armed actor on the ground (ACLED attack, UCDP one-sided violence).</summary>
    Attack,

    /// <summary>A strike from a distance: airstrike, drone strike, missile strike (ACLED air/drone strike).</summary>
    Strike,

    /// <summary>Shelling, artillery, rockets or mortars fired at an area (ACLED shelling/artillery/missile attack).</summary>
    Shelling,

    /// <summary>An explosive device set off by a perpetrator: IED, car bomb, suicide bombing, landmine.</summary>
    Bombing,

    /// <summary>An explosion whose cause or perpetrator is not (yet) known.</summary>
    Explosion,

    /// <summary>An abduction, kidnapping or forced disappearance.</summary>
    Abduction,

    /// <summary>An arrest or detention by authorities.</summary>
    Arrest,

    /// <summary>Sexual violence.</summary>
    SexualViolence,

    /// <summary>Destruction, looting or seizure of property.</summary>
    PropertyDestruction,

    /// <summary>A demonstration or protest.</summary>
    Protest,

    /// <summary>A violent demonstration or mob violence.</summary>
    Riot,

    /// <summary>A ceasefire, truce or pause in attacks, or its extension or end.</summary>
    Ceasefire,

    /// <summary>An agreement, commitment or cooperation arrangement between actors.</summary>
    Agreement,

    /// <summary>A development that is not itself violence: a territorial change, a deployment, a designation, a headquarters change.</summary>
    StrategicDevelopment,

    /// <summary>Anything else.</summary>
    Other,
}
