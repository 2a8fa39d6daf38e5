using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using Sitrep.Incidents;
using Sitrep.Sources;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.Events;

/// <summary>
/// Finds the words that report violent events, with the means named before them. A word governed by a word of
/// prevention or intent ("to prevent attacks", "a pause on attacks", "respond to attacks") reports no event and is
/// skipped; "the strike" with nothing else is a reference to an event already reported.
/// </summary>
internal static class EventScanner
{
    private static readonly FrozenDictionary<string, (IncidentType Type, bool Plural, Means Means)> Triggers = new Dictionary<string, (IncidentType, bool, Means)>
    {
        ["strike"] = (IncidentType.Strike, false, Means.Unknown),
        ["strikes"] = (IncidentType.Strike, true, Means.Unknown),
        ["airstrike"] = (IncidentType.Strike, false, Means.Airstrike),
        ["airstrikes"] = (IncidentType.Strike, true, Means.Airstrike),
        ["air-strike"] = (IncidentType.Strike, false, Means.Airstrike),
        ["bombardment"] = (IncidentType.Shelling, false, Means.Unknown),
        ["attack"] = (IncidentType.Attack, false, Means.Unknown),
        ["attacks"] = (IncidentType.Attack, true, Means.Unknown),
        ["assault"] = (IncidentType.Attack, false, Means.Unknown),
        ["assaults"] = (IncidentType.Attack, true, Means.Unknown),
        ["raid"] = (IncidentType.Attack, false, Means.Unknown),
        ["raids"] = (IncidentType.Attack, true, Means.Unknown),
        ["ambush"] = (IncidentType.Attack, false, Means.Unknown),
        ["explosion"] = (IncidentType.Explosion, false, Means.Unknown),
        ["explosions"] = (IncidentType.Explosion, true, Means.Unknown),
        ["blast"] = (IncidentType.Explosion, false, Means.Unknown),
        ["blasts"] = (IncidentType.Explosion, true, Means.Unknown),
        ["bombing"] = (IncidentType.Bombing, false, Means.Unknown),
        ["bombings"] = (IncidentType.Bombing, true, Means.Unknown),
        ["shelling"] = (IncidentType.Shelling, false, Means.Artillery),
        ["clash"] = (IncidentType.ArmedClash, false, Means.Unknown),
        ["clashes"] = (IncidentType.ArmedClash, true, Means.Unknown),
        ["firefight"] = (IncidentType.ArmedClash, false, Means.SmallArms),
        ["shooting"] = (IncidentType.Attack, false, Means.SmallArms),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Means> MeansWords = new Dictionary<string, Means>
    {
        ["drone"] = Means.Drone,
        ["drones"] = Means.Drone,
        ["rocket"] = Means.Rocket,
        ["rockets"] = Means.Rocket,
        ["missile"] = Means.Missile,
        ["missiles"] = Means.Missile,
        ["ballistic"] = Means.Missile,
        ["mortar"] = Means.Mortar,
        ["mortars"] = Means.Mortar,
        ["artillery"] = Means.Artillery,
        ["air"] = Means.Airstrike,
        ["aerial"] = Means.Airstrike,
        ["suicide"] = Means.SuicideAttack,
        ["ied"] = Means.Ied,
        ["roadside"] = Means.Ied,
        ["grenade"] = Means.Grenade,
        ["gun"] = Means.SmallArms,
        ["armed"] = Means.SmallArms,
        ["knife"] = Means.Bladed,
        ["arson"] = Means.Arson,
        ["chemical"] = Means.Chemical,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Blockers = FrozenSet.ToFrozenSet<string>(
        ["prevent", "preventing", "prevents", "tackle", "tackling", "respond", "responding", "pause", "halt", "stop", "stopping", "launch", "launching", "deter",
         "deterring", "avoid", "avoiding", "threaten", "threatened", "threatening", "future", "possible", "potential", "plan", "planned", "planning", "counter",
         "against", "any", "no", "ceasefire", "truce"],
        StringComparer.Ordinal);

    private static readonly LexemeFact IsTrigger = new(Triggers.ContainsKey);

    private static readonly StartSet TriggerTokens = new([IsTrigger]);

    /// <summary>Whether a word reports a violent event (<c>attack</c>, <c>bombings</c>, <c>clashes</c>), by the scanner's own words.</summary>
    internal static bool IsTriggerWord(string word) => Triggers.ContainsKey(word);

    internal static List<EventFind> Find(TextDocument document)
    {
        var found = new List<EventFind>();
        var tokens = document.Tokens;
        foreach (var p in tokens.Starts(TriggerTokens))
        {
            ref readonly var token = ref tokens[p];
            if (token.Kind != TokenKind.Word || !IsTrigger.Of(token.Lexeme) || !Triggers.TryGetValue(token.Word, out var trigger) || document.InQuote[p])
            {
                continue;
            }

            var first = p;
            var means = new List<Means>();
            if (trigger.Means != Means.Unknown)
            {
                means.Add(trigger.Means);
            }

            // "drone and rocket attacks", "air strike", "US-Israeli strikes" (the actors are left to the assembler).
            var k = p - 1;
            var blocked = false;
            var sentenceStart = document.SentenceStart[p];
            while (k >= sentenceStart && k >= p - 4)
            {
                var w = document.Word(k);
                if (w is not null && MeansWords.TryGetValue(w, out var m))
                {
                    if (!means.Contains(m))
                    {
                        means.Insert(0, m);
                    }

                    first = k;
                }
                else if (w is not "and" and not "," && tokens[k].Kind != TokenKind.Hyphen)
                {
                    break;
                }

                k--;
            }

            for (var b = Math.Max(sentenceStart, first - 3); b < first; b++)
            {
                blocked |= document.Word(b) is { } w && Blockers.Contains(w);
            }

            // "to attack" is a verb, not an event.
            blocked |= document.Word(first - 1) is "to" or "would" or "will" or "could";
            if (blocked)
            {
                continue;
            }

            var isReference = document.Word(first - 1) is "the" or "that" or "this" && first == p && !trigger.Plural;
            var span = new TextSpan(tokens[first].Start, tokens[p].End - tokens[first].Start);
            var mention = new EventMention(span, document.Cut(span), trigger.Type, ValueArray.From(means), trigger.Plural, isReference);
            found.Add(new EventFind(mention, first, p));
        }

        return found;
    }
}
