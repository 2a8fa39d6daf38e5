namespace Sitrep.Text.Actors;

/// <summary>How a text names an actor.</summary>
public enum ActorMentionForm
{
    /// <summary>The actor's name ("Iraq", "Kataeb Hezbollah").</summary>
    Name,

    /// <summary>One of the actor's aliases or abbreviations ("US", "PMF").</summary>
    Alias,

    /// <summary>A demonym or adjective of a country ("Iraqi"); the actor is the country.</summary>
    Demonym,

    /// <summary>A seat of government standing for the state ("Washington", "Tehran").</summary>
    Metonym,

    /// <summary>A generic agent with what qualifies it ("the US embassy in Baghdad", "an AFP journalist").</summary>
    Composite,

    /// <summary>A phrase that refers back to an actor named before ("the groups", "the latter", "the country", "it").</summary>
    Anaphor,
}
