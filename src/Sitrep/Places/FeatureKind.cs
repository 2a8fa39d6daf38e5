using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep.Places;

/// <summary>What kind of place a <see cref="Place"/> is.</summary>
[JsonConverter(typeof(StrictEnumConverter<FeatureKind>))]
public enum FeatureKind
{
    /// <summary>Not known or not stated.</summary>
    Unspecified,

    /// <summary>A city.</summary>
    City,

    /// <summary>A town.</summary>
    Town,

    /// <summary>A village.</summary>
    Village,

    /// <summary>A neighbourhood or district of a settlement.</summary>
    Neighbourhood,

    /// <summary>An administrative unit (province, district).</summary>
    AdministrativeArea,

    /// <summary>A country.</summary>
    Country,

    /// <summary>A region without administrative boundaries.</summary>
    Region,

    /// <summary>An airport.</summary>
    Airport,

    /// <summary>An embassy.</summary>
    Embassy,

    /// <summary>A consulate.</summary>
    Consulate,

    /// <summary>A clinic or other medical facility.</summary>
    MedicalFacility,

    /// <summary>A military base or post.</summary>
    MilitaryBase,

    /// <summary>A border crossing.</summary>
    BorderCrossing,

    /// <summary>A checkpoint.</summary>
    Checkpoint,

    /// <summary>A school or university.</summary>
    School,

    /// <summary>A place of worship.</summary>
    PlaceOfWorship,

    /// <summary>A market.</summary>
    Market,

    /// <summary>A road or a point on one.</summary>
    Road,

    /// <summary>A camp for displaced people or refugees.</summary>
    Camp,

    /// <summary>Anything else.</summary>
    Other,
}
