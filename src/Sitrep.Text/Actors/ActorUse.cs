using System;

namespace Sitrep.Text.Actors;

/// <summary>How a mention is used in its sentence, for the assembler: a modifier or a place is not a speaker.</summary>
[Flags]
internal enum ActorUse
{
    None = 0,

    /// <summary>Qualifies another word: "pro-Iran", "Tehran-backed", "US-led".</summary>
    Modifier = 1,

    /// <summary>Names a place: "in western Iraq", "near Erbil".</summary>
    Place = 2,

    /// <summary>Inside a parenthetical aside.</summary>
    Aside = 4,

    /// <summary>Inside a quotation.</summary>
    Quoted = 8,

    /// <summary>"the latter", "the former": a subject picked out of a pair.</summary>
    PairPick = 16,

    /// <summary>The country of the dateline ("YANGON, Myanmar (AP) —"): where the report was filed from, no subject of its lead.</summary>
    Dateline = 32,
}
