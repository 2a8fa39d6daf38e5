using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using Sitrep.Statements;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.Statements;

/// <summary>
/// A cue verb and the statement kind it marks; some need a word soon after ("claimed responsibility"), some what was said
/// as their object (<see cref="OfWhatWasSaid"/>: "rejected the allegations").
/// </summary>
internal sealed record StatementCue(StatementKind Kind, string? Needs = null, StatementKind? Otherwise = null, bool OfWhatWasSaid = false)
{
    internal static FrozenDictionary<string, StatementCue> All { get; } = Build();

    /// <summary>Whether a word is a cue, as a fact kept on its lexeme.</summary>
    internal static LexemeFact IsCue { get; } = new(All.ContainsKey);

    /// <summary>Whether a word is a verb of blame that needs no word after it (<c>blamed</c>, <c>blaming</c>, <c>accuses</c>), one of the accusation cues.</summary>
    internal static bool Accuses(string? word) => word is not null && All.TryGetValue(word, out var cue) && cue.Kind == StatementKind.Accusation && cue.Needs is null;

    /// <summary>Whether a word is a form of <c>blame</c> (<c>blamed</c>, <c>blames</c>): blame put <c>on</c> someone.</summary>
    internal static bool Blames(string? word) => Accuses(word) && word!.StartsWith("blam", StringComparison.Ordinal);

    private static FrozenDictionary<string, StatementCue> Build()
    {
        var cues = new Dictionary<string, StatementCue>(StringComparer.Ordinal);
        void Add(StatementCue cue, params string[] words)
        {
            foreach (var word in words)
            {
                cues[word] = cue;
            }
        }

        // "15 people were killed, according to medics": a report whose speaker follows (read by the scanner itself).
        Add(new StatementCue(StatementKind.Report, "to"), "according");
        Add(new StatementCue(StatementKind.Report), "said", "says", "say", "saying", "stated", "told", "added", "noted", "reported", "wrote", "confirmed", "confirms");
        // "The Syrian Observatory put the death toll at 10": a figure reported; "put pressure on" is no statement.
        Add(new StatementCue(StatementKind.Report, "toll"), "put", "puts", "putting");
        Add(new StatementCue(StatementKind.Announcement), "announced", "announce", "announces", "announcing", "declared", "declares", "unveiled");
        Add(new StatementCue(StatementKind.Announcement, "statement"), "released", "issued", "published");
        Add(new StatementCue(StatementKind.Denial), "denied", "denies", "deny", "denying");
        // "rejected the allegations", "dismissed the claims as propaganda": a denial of what was said (read by the statement
        // scanner itself: "rejected the proposal", "dismissed the minister" deny nothing).
        Add(new StatementCue(StatementKind.Denial, OfWhatWasSaid: true), "rejected", "rejects", "rejecting", "dismissed", "dismisses", "dismissing");
        Add(new StatementCue(StatementKind.Accusation), "blamed", "blames", "blame", "blaming", "accused", "accuses", "accuse", "accusing");
        Add(new StatementCue(StatementKind.ClaimOfResponsibility, "responsibility", StatementKind.Report), "claimed", "claims", "claim", "claiming");
        Add(new StatementCue(StatementKind.Threat), "warned", "warns", "warning", "threatened", "threatens", "threatening");
        Add(new StatementCue(StatementKind.Demand), "demanded", "demands", "urged", "urges");
        // "called on", "called for": read by the statement scanner itself ("called the attack deliberate" reports, "a town
        // called Bama" says nothing); the word needed tells the time layer "called" is no verb of speech on its own
        // ("Emergency services were called at 1:50 a.m." dates no statement).
        Add(new StatementCue(StatementKind.Demand, "on"), "called", "calls", "calling");
        Add(new StatementCue(StatementKind.DiplomaticAct), "summoned", "summon", "summons", "summoning", "expelled");
        Add(new StatementCue(StatementKind.Authorisation), "authorised", "authorized", "authorises", "authorizes");
        Add(new StatementCue(StatementKind.Authorisation, "permission"), "granted", "gave", "grants", "gives", "given");
        Add(new StatementCue(StatementKind.Condemnation), "condemned", "condemns", "denounced", "denounces");

        // "held the militia responsible", "holds Iran responsible": blame; "held talks" is no statement.
        Add(new StatementCue(StatementKind.Accusation, "responsible"), "held", "holds", "hold", "holding");
        Add(new StatementCue(StatementKind.Agreement), "agreed", "agree", "agrees");
        Add(new StatementCue(StatementKind.Commitment), "pledged", "pledges", "vowed", "vows", "promised", "promises");
        return cues.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
