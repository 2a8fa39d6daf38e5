using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep.Incidents;

/// <summary>The means used in an incident.</summary>
[JsonConverter(typeof(StrictEnumConverter<Means>))]
public enum Means
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>An airstrike by crewed aircraft.</summary>
    Airstrike,

    /// <summary>An armed drone or loitering munition.</summary>
    Drone,

    /// <summary>A rocket.</summary>
    Rocket,

    /// <summary>A missile (ballistic or cruise).</summary>
    Missile,

    /// <summary>Artillery or shelling.</summary>
    Artillery,

    /// <summary>A mortar.</summary>
    Mortar,

    /// <summary>An improvised explosive device.</summary>
    Ied,

    /// <summary>A vehicle-borne improvised explosive device (car bomb).</summary>
    VehicleBorneIed,

    /// <summary>A suicide attack.</summary>
    SuicideAttack,

    /// <summary>A landmine or explosive remnant of war.</summary>
    Landmine,

    /// <summary>Small arms and light weapons (gunfire).</summary>
    SmallArms,

    /// <summary>A grenade.</summary>
    Grenade,

    /// <summary>A knife or other bladed weapon.</summary>
    Bladed,

    /// <summary>Arson.</summary>
    Arson,

    /// <summary>A chemical weapon.</summary>
    Chemical,

    /// <summary>Anything else.</summary>
    Other,
}
