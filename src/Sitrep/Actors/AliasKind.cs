using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep.Actors;

/// <summary>How an alias relates to an actor's name.</summary>
[JsonConverter(typeof(StrictEnumConverter<AliasKind>))]
public enum AliasKind
{
    /// <summary>Another name for the actor.</summary>
    Name,

    /// <summary>An abbreviation or acronym ("PMF", "KH").</summary>
    Abbreviation,

    /// <summary>A metonym: a capital standing for a government ("Washington", "Tehran").</summary>
    Metonym,

    /// <summary>The name in another language or script, or another transliteration.</summary>
    Transliteration,

    /// <summary>A name the actor no longer uses.</summary>
    Former,
}
