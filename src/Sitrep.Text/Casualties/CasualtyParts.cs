using System;
using System.Collections.Generic;
using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Sources;
using Sitrep.Text.Numbers;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.Casualties;

/// <summary>
/// Who among the people of a figure were of some group: "killed 30 people, including 12 women and eight children",
/// "At least 30 soldiers, including two officers, were killed", "among them a journalist", "14 people, six of them
/// children", and "Twelve children were among the dead" a sentence or three after the figure. Each is a mention of its
/// own whose <see cref="CasualtyMention.Whole"/> is the figure's span: the draft keeps it as a part of that figure's
/// count, never as a figure beside it. Bounded: a list after a figure is read over at most six items of a few words.
/// </summary>
internal static class CasualtyParts
{
    // A part list's items: six at most; each a count and its noun, at most five words apart ("two young Palestinian men", "a 7-year-old girl").
    private const int MostItems = 6;

    private const int MostWordsBeforeNoun = 5;

    // How many figures back a later "among the dead" looks for its figure: bounded, so that a run of them stays linear.
    private const int MostFiguresBack = 32;

    /// <summary>
    /// Adds the parts of the figures in <paramref name="mentions"/> (in text order) and marks the figures told as among
    /// people counted before; returns the mentions in text order.
    /// </summary>
    internal static List<CasualtyMention> Find(TextDocument document, Func<int, NumberMention?> numberAt, List<CasualtyMention> mentions)
    {
        if (mentions.Count == 0)
        {
            return mentions;
        }

        List<CasualtyMention>? parts = null;
        HashSet<int>? counts = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var whole = mentions[i];

            // "Twelve children were among the dead": some of the people of the last figure of the outcome, up to three
            // sentences back, that does not count fewer.
            if (IsAmongThoseCounted(document, whole) && WholeBefore(document, mentions, i) is { } counted)
            {
                mentions[i] = whole with { Whole = counted.Span };
                continue;
            }

            if (whole.Whole is not null || whole.Count.IsUnknown || ListStart(document, whole) is not { } start)
            {
                continue;
            }

            counts ??= CountStarts(mentions);
            foreach (var part in Items(document, numberAt, whole, start, counts))
            {
                (parts ??= []).Add(part);
            }
        }

        if (parts is null)
        {
            return mentions;
        }

        var all = new List<CasualtyMention>(mentions.Count + parts.Count);
        all.AddRange(mentions);
        all.AddRange(parts);
        all.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.Length.CompareTo(b.Span.Length));
        return all;
    }

    /// <summary>
    /// Whether a figure counts some of the people counted before it: <c>Twelve children were among the dead</c>,
    /// <c>Among the dead were two medics</c>, <c>The wounded included a reporter</c>.
    /// </summary>
    internal static bool IsAmongThoseCounted(TextDocument document, CasualtyMention casualty)
    {
        var first = document.TokenAt(casualty.Span.Start);
        var last = document.TokenAt(casualty.Span.End) - 1;
        for (var k = first; k <= last; k++)
        {
            if (document.Word(k) is "dead" or "wounded" or "injured" or "killed" or "missing" && document.Word(k - 1) == "the"
                && (document.Word(k - 2) == "among" || document.Word(k + 1) is "included" or "include" or "includes"))
            {
                return true;
            }
        }

        return false;
    }

    // The figure a later "among the dead" counts some of: the last of its outcome up to three sentences and 32 figures
    // back, itself no part, counting at least as many.
    private static CasualtyMention? WholeBefore(TextDocument document, List<CasualtyMention> mentions, int i)
    {
        var part = mentions[i];
        var sentence = document.Sentence[document.TokenAt(part.Span.Start)];
        for (var j = i - 1; j >= Math.Max(0, i - MostFiguresBack); j--)
        {
            var before = mentions[j];
            if (document.Sentence[document.TokenAt(before.Span.Start)] < sentence - 3)
            {
                return null;
            }

            if (before.Outcome != part.Outcome || before.Whole is not null || before.Count.IsUnknown)
            {
                continue;
            }

            return Least(part.Count) is { } least && Most(before.Count) is { } most && least > most ? null : before;
        }

        return null;
    }

    // Where the list of parts starts after a figure's count: after "including", "among them" ("among whom were"), or the
    // comma before "six of them children"; within the figure or right after it, or none.
    private static int? ListStart(TextDocument document, CasualtyMention whole)
    {
        var after = document.TokenAt(whole.Span.End);
        var from = document.TokenAt(whole.CountSpan.End);
        var to = Math.Min(after + 1, document.Tokens.Count - 1);
        for (var k = from; k <= to; k++)
        {
            var word = document.Word(k);
            if (word == "including" && (IsComma(document, k - 1) || k < after))
            {
                return k + 1;
            }

            if (word == "among" && document.Word(k + 1) is "them" or "whom" && IsComma(document, k - 1))
            {
                return document.Word(k + 2) is "were" or "are" or "was" or "is" ? k + 3 : k + 2;
            }

            // "14 people, six of them children", "Two insurgents, one of them the targeted commander, were killed": the
            // count comes first.
            if (IsComma(document, k) && document.Word(k + 2) == "of" && document.Word(k + 3) is "them" or "whom")
            {
                return k + 1;
            }
        }

        return null;
    }

    private static IEnumerable<CasualtyMention> Items(TextDocument document, Func<int, NumberMention?> numberAt, CasualtyMention whole, int start, HashSet<int> counts)
    {
        var tokens = document.Tokens;
        var k = start;
        for (var item = 0; item < MostItems && k < tokens.Count; item++)
        {
            // The count: a number ("12", "eight", "at least five"), or "a"/"an" before a noun of one; "her three
            // children" is three.
            if (document.Word(k) is "her" or "his" or "their" && k + 1 < tokens.Count && tokens[k + 1].Kind != TokenKind.Symbol)
            {
                k++;
            }

            Estimate count;
            int countFirst = k, countLast;
            if (numberAt(tokens[k].Start) is { } number)
            {
                if (counts.Contains(number.Span.Start))
                {
                    yield break;
                }

                count = number.Value;
                countLast = document.TokenAt(number.Span.End) - 1;
            }
            else if (document.Word(k) is "a" or "an")
            {
                count = Estimate.Exactly(1).WithPhrase(tokens[k].Word);
                countLast = k;
            }
            else
            {
                yield break;
            }

            // An age is no count ("a 7-year-old girl" is one girl, "12-year-old" no twelve).
            var n = countLast + 1;
            if (n < tokens.Count && tokens[n].Kind == TokenKind.Hyphen && document.Word(n + 1) is "year" or "years" or "month" or "months")
            {
                yield break;
            }

            // "six of them children", "of whom two were children".
            if (document.Word(n) == "of" && document.Word(n + 1) is "them" or "whom")
            {
                n += document.Word(n + 2) is "were" or "are" or "was" ? 3 : 2;
            }

            // The noun, a few words on: "12 women", "two young Palestinian men", "a 7-year-old girl".
            var noun = -1;
            for (var m = n; m < tokens.Count && m <= n + MostWordsBeforeNoun; m++)
            {
                if (tokens[m].Kind == TokenKind.Symbol || document.Word(m) is "and" or "or" or "who" or "whom" or "of" or "in" or "from" or "were" or "was")
                {
                    break;
                }

                if (document.Word(m) is { } word && CasualtyScanner.IsVictimNoun(word))
                {
                    noun = m;
                    if (!(document.Word(m + 1) is { } next && CasualtyScanner.IsVictimNoun(next)))
                    {
                        break;
                    }
                }
            }

            if (noun < 0)
            {
                yield break;
            }

            // "three members of the same family": the family is who they are.
            if (document.Word(noun) is "members" or "member" && document.Word(noun + 1) == "of" && document.Word(noun + 2) is "the" or "one" or "a" or "his" or "her" or "their"
                && (document.Word(noun + 3) == "family" || (document.Word(noun + 3) == "same" && document.Word(noun + 4) == "family")))
            {
                noun += document.Word(noun + 3) == "family" ? 3 : 4;
            }

            var victims = document.Slice(n, noun);
            // Officers among soldiers are the army's ("30 soldiers, including two officers"), among police the police's.
            var category = document.Word(noun) is "officer" or "officers" && whole.Category is VictimCategory.Military or VictimCategory.SecurityForces or VictimCategory.Police ? whole.Category
                : CasualtyScanner.VictimCategoryOf(victims);
            var span = new TextSpan(tokens[countFirst].Start, tokens[noun].End - tokens[countFirst].Start);
            yield return new CasualtyMention(span, document.Cut(span), whole.Outcome, count, new TextSpan(tokens[countFirst].Start, tokens[countLast].End - tokens[countFirst].Start), whole.Predicate, victims, category)
            {
                Whole = whole.Span,
            };

            // The next item: after a comma, "and", or ", and".
            k = noun + 1;
            var joined = false;
            if (IsComma(document, k))
            {
                (k, joined) = (k + 1, true);
            }

            if (document.Word(k) == "and")
            {
                (k, joined) = (k + 1, true);
            }

            if (!joined)
            {
                yield break;
            }
        }
    }

    private static HashSet<int> CountStarts(List<CasualtyMention> mentions)
    {
        var starts = new HashSet<int>();
        foreach (var mention in mentions)
        {
            starts.Add(mention.CountSpan.Start);
        }

        return starts;
    }

    private static bool IsComma(TextDocument document, int i) =>
        (uint)i < (uint)document.Tokens.Count && document.Tokens[i].Kind == TokenKind.Symbol && document.Tokens[i].Symbol == ',';

    private static long? Least(Estimate estimate) => estimate.Low ?? estimate.Best;

    private static long? Most(Estimate estimate) => estimate.Qualifier == EstimateQualifier.AtLeast ? null : estimate.High ?? estimate.Best ?? estimate.Low;
}
