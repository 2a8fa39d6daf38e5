using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Sources;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.Casualties;

/// <summary>
/// Tolls the text states without a number: a zero ("no American casualties", "there were no injuries", "did not
/// cause any casualties", "without casualties") or an unknown ("casualties were unknown", "the number of dead is not
/// known", "no figure was given for the wounded"). "Casualties" are the killed and the injured, so it gives a
/// figure for each. A hand-written pass over the tokens, linear in the text; <see cref="CasualtyScanner"/> merges its
/// finds with the figures it reads itself.
/// </summary>
internal static class StatedTolls
{
    private static readonly FrozenDictionary<string, CasualtyOutcome[]> Nouns = new Dictionary<string, CasualtyOutcome[]>
    {
        ["casualties"] = [CasualtyOutcome.Killed, CasualtyOutcome.Injured],
        ["injuries"] = [CasualtyOutcome.Injured],
        ["deaths"] = [CasualtyOutcome.Killed],
        ["fatalities"] = [CasualtyOutcome.Killed],
        ["dead"] = [CasualtyOutcome.Killed],
        ["wounded"] = [CasualtyOutcome.Injured],
        ["injured"] = [CasualtyOutcome.Injured],
        ["toll"] = [CasualtyOutcome.Killed],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Negations = FrozenSet.ToFrozenSet<string>(["not", "n't", "never", "without"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Unknowns = FrozenSet.ToFrozenSet<string>(["unknown", "unclear", "unconfirmed"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Copulas = FrozenSet.ToFrozenSet<string>(["is", "was", "are", "were", "remain", "remains", "remained"], StringComparer.Ordinal);

    private static readonly LexemeFact IsTollNoun = new(Nouns.ContainsKey);

    private static readonly StartSet TollNouns = new([IsTollNoun]);

    internal static void Find(TextDocument document, List<CasualtyMention> into)
    {
        var tokens = document.Tokens;
        foreach (var n in tokens.Starts(TollNouns))
        {
            if (tokens[n].Kind != TokenKind.Word || !Nouns.TryGetValue(tokens[n].Word, out var outcomes))
            {
                continue;
            }

            // "no (American) casualties", "no injuries": up to two words between "no" and the noun.
            var no = -1;
            for (var k = n - 1; k >= Math.Max(0, n - 3) && tokens[k].Kind == TokenKind.Word; k--)
            {
                if (tokens[k].Word is "no")
                {
                    no = k;
                    break;
                }
            }

            // "did not cause any casualties", "without causing any injuries", "without casualties".
            if (no < 0 && n > 0 && document.Word(n - 1) is "any" or "without")
            {
                var start = document.Word(n - 1) == "without" ? n - 1 : -1;
                for (var k = n - 2; start < 0 && k >= Math.Max(0, n - 5); k--)
                {
                    if (document.Word(k) is { } w && Negations.Contains(w))
                    {
                        start = k;
                    }
                }

                no = start;
            }

            if (no >= 0 && tokens[n].Word is not ("dead" or "wounded" or "injured" or "toll"))
            {
                var victims = Describe(document, no + 1, n);
                foreach (var outcome in outcomes)
                {
                    into.Add(Make(document, no, n, outcome, Estimate.Exactly(0).WithPhrase(tokens.Slice(no, n)), victims));
                }

                continue;
            }

            // "casualties were unknown", "the death toll is not known", "the number of dead remains unclear".
            var v = n + 1;
            if (document.Word(v) is { } copula && Copulas.Contains(copula))
            {
                v++;
                var not = document.Word(v) is "not" && document.Word(v + 1) is "known";
                if (not || (document.Word(v) is { } state && Unknowns.Contains(state)))
                {
                    var first = n > 2 && document.Word(n - 1) is "of" && document.Word(n - 2) is "number" ? n - 2 - (document.Word(n - 3) is "the" ? 1 : 0) : n;
                    first = first == n && n > 0 && document.Word(n - 1) is "death" ? n - 1 : first;
                    var last = not ? v + 1 : v;
                    foreach (var outcome in outcomes)
                    {
                        into.Add(Make(document, first, last, outcome, Estimate.Unknown.WithPhrase(tokens.Slice(first, last)), null));
                    }
                }
            }
        }

        // "no figure was given for the wounded": the noun after "for the" says which toll.
        foreach (var f in tokens.Starts(FigureNouns))
        {
            // "no figure", "no casualty figures", "no death toll figures"
            var no = f - 1;
            CasualtyOutcome[]? modified = document.Word(no) switch
            {
                "casualty" => [CasualtyOutcome.Killed, CasualtyOutcome.Injured],
                "death" => [CasualtyOutcome.Killed],
                "injury" => [CasualtyOutcome.Injured],
                _ => null,
            };
            no -= modified is null ? 0 : 1;
            if (document.Word(f) is not ("figure" or "figures") || document.Word(no) is not "no")
            {
                continue;
            }

            var k = f + 1;
            k += document.Word(k) is "was" or "were" ? 1 : 0;
            if (document.Word(k) is not ("given" or "provided" or "released"))
            {
                continue;
            }

            var outcomes = modified ?? [CasualtyOutcome.Killed];
            var last = k;
            if (document.Word(k + 1) is "for" && document.Word(k + 2) is "the" && document.Word(k + 3) is { } noun && Nouns.TryGetValue(noun, out var named))
            {
                outcomes = named;
                last = k + 3;
            }

            foreach (var outcome in outcomes)
            {
                into.Add(Make(document, no, last, outcome, Estimate.Unknown.WithPhrase(tokens.Slice(no, last)), null));
            }
        }
    }

    private static readonly LexemeFact IsFigureNoun = new(w => w is "figure" or "figures");

    private static readonly StartSet FigureNouns = new([IsFigureNoun]);

    // The words between "no" and the noun that say whose toll it is: "American", "civilian".
    private static string? Describe(TextDocument document, int from, int noun)
    {
        if (from >= noun || document.Word(from) is "any" or "causing" or "cause" || document.Word(noun - 1) is "any")
        {
            return null;
        }

        return document.Tokens.Slice(from, noun - 1);
    }

    private static CasualtyMention Make(TextDocument document, int first, int last, CasualtyOutcome outcome, Estimate count, string? victims)
    {
        var tokens = document.Tokens;
        var span = new TextSpan(tokens[first].Start, tokens[last].End - tokens[first].Start);
        var category = victims is not null && victims.Contains("civilian", StringComparison.OrdinalIgnoreCase) ? VictimCategory.Civilians : VictimCategory.Unknown;
        return new CasualtyMention(span, document.Cut(span), outcome, count, span, tokens.Slice(last, last), victims, category);
    }
}
