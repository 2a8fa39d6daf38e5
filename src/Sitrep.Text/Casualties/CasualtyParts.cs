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

    // How far past a figure's words its list of parts may start ("across the Gaza Strip on Tuesday, including").
    private const int MostWordsToList = 14;

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
        bool[]? unplaced = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var whole = mentions[i];

            // "Twelve children were among the dead": some of the people of the last figure of the outcome, up to three
            // sentences back, that does not count fewer.
            if (IsAmongThoseCounted(document, whole) && WholeBefore(document, mentions, i) is { } counted)
            {
                // "Among the dead were seven children and four women": each of a list is a part of its own.
                counts ??= CountStarts(mentions);
                var listed = ListedAmong(document, numberAt, whole, counted, counts);
                mentions[i] = listed is null ? whole with { Whole = counted.Span } : listed[0];
                for (var j = 1; listed is not null && j < listed.Count; j++)
                {
                    (parts ??= []).Add(listed[j]);
                }

                continue;
            }

            // "Islamic Jihad said two of the dead were members of its armed wing", after three killed and one more: some of
            // the dead, said of who they were, with no one figure they are of; no figure of their own.
            if (OfTheDead(document, whole) && IsAmongThoseCounted(document, whole))
            {
                unplaced ??= new bool[mentions.Count];
                unplaced[i] = true;
                continue;
            }

            // "killing at least seven people ... Five soldiers and two civilians died in the blast": a list that adds up to
            // the figure before it tells who its people were.
            if (whole.Whole is null && BreakdownEnd(document, mentions, i) is var end and > 0 && BreakdownOf(document, mentions, i, end) is { } total)
            {
                for (var j = i; j <= end; j++)
                {
                    mentions[j] = mentions[j] with { Whole = total.Span };
                }

                i = end;
                continue;
            }

            if (whole.Whole is not null || whole.Count.IsUnknown || ListStart(document, numberAt, whole) is not { } start)
            {
                continue;
            }

            counts ??= CountStarts(mentions);
            foreach (var part in Items(document, numberAt, whole, start, counts))
            {
                (parts ??= []).Add(part);
            }
        }

        // Left out in one pass, so that a run of them stays linear.
        if (unplaced is not null)
        {
            var placed = new List<CasualtyMention>(mentions.Count);
            for (var i = 0; i < mentions.Count; i++)
            {
                if (!unplaced[i])
                {
                    placed.Add(mentions[i]);
                }
            }

            mentions = placed;
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

    // Whether a figure is told as "N of the dead were ..." (its count before "of the").
    private static bool OfTheDead(TextDocument document, CasualtyMention casualty) =>
        document.TokenAt(casualty.CountSpan.End) is var after && document.Word(after) == "of" && document.Word(after + 1) == "the";

    /// <summary>
    /// Whether a figure counts some of the people counted before it: <c>Twelve children were among the dead</c>,
    /// <c>Among the dead were two medics</c>, <c>The wounded included a reporter</c>, <c>18 of the dead were members of
    /// the factions</c>.
    /// </summary>
    internal static bool IsAmongThoseCounted(TextDocument document, CasualtyMention casualty)
    {
        if (!casualty.Text.Contains("among", StringComparison.OrdinalIgnoreCase) && !casualty.Text.Contains("includ", StringComparison.OrdinalIgnoreCase)
            && !casualty.Text.Contains(" of the ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var first = document.TokenAt(casualty.Span.Start);
        var last = document.TokenAt(casualty.Span.End) - 1;
        for (var k = first; k <= last; k++)
        {
            // "Twelve children were among the dead", "The dead included two medics", "18 of the dead were members of the factions".
            if (document.Word(k) is "dead" or "wounded" or "injured" or "killed" or "missing" && document.Word(k - 1) == "the"
                && (document.Word(k - 2) == "among" || document.Word(k + 1) is "included" or "include" or "includes"
                    || (document.Word(k - 2) == "of" && k - 2 > first && document.Word(k + 1) is "were" or "was")))
            {
                return true;
            }
        }

        return false;
    }

    // The items of a list told among people counted before ("Among the dead were seven children and four women"), each
    // a part of the figure counted; null when the figure's count is no list of two or more.
    private static List<CasualtyMention>? ListedAmong(TextDocument document, Func<int, NumberMention?> numberAt, CasualtyMention among, CasualtyMention counted, HashSet<int> counts)
    {
        var start = document.TokenAt(among.CountSpan.Start);
        if (start >= document.Tokens.Count)
        {
            return null;
        }

        counts.Remove(among.CountSpan.Start);
        var items = new List<CasualtyMention>(Items(document, numberAt, among with { Span = counted.Span }, start, counts));
        counts.Add(among.CountSpan.Start);
        return items.Count >= 2 && items[^1].Span.End <= among.Span.End ? items : null;
    }

    // The figure a later "among the dead" counts some of: the last of its outcome up to three sentences and 32 figures
    // back, itself no part, counting at least as many, and no figure of fighters for civilians.
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

            // "killing at least 14 people ... Four attackers were killed. Among the dead were two lawmakers and a
            // journalist": no civilians are among fighters counted since.
            if (before.Outcome != part.Outcome || before.Whole is not null || before.Count.IsUnknown
                || (before.Category == VictimCategory.Combatants && part.Category is VictimCategory.Civilians or VictimCategory.Children or VictimCategory.Journalists
                    or VictimCategory.AidWorkers or VictimCategory.HealthWorkers))
            {
                continue;
            }

            return Least(part.Count) is { } least && Most(before.Count) is { } most && least > most ? null : before;
        }

        return null;
    }

    // The last of a list of figures of one outcome starting at mention i, joined by "and" or commas alone ("Five soldiers
    // and two civilians died"), two to six of them; or -1.
    private static int BreakdownEnd(TextDocument document, List<CasualtyMention> mentions, int i)
    {
        var end = i;
        while (end + 1 < mentions.Count && end + 1 < i + MostItems && mentions[end + 1].Outcome == mentions[i].Outcome && mentions[end + 1].Whole is null
            && JoinedByAndOrCommas(document, mentions[end].Span.End, mentions[end + 1].Span.Start))
        {
            end++;
        }

        return end > i ? end : -1;
    }

    private static bool JoinedByAndOrCommas(TextDocument document, int from, int to)
    {
        if (to <= from)
        {
            return false;
        }

        var any = false;
        for (var k = document.TokenAt(from); k < document.Tokens.Count && document.Tokens[k].Start < to; k++)
        {
            if (document.Word(k) != "and" && !IsComma(document, k))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    // The figure a list of mentions i to end adds up to: the last figure of their outcome before them, one to three
    // sentences back, of people no word sorts ("people", none), itself no part, whose count (its lowest when a bound) is
    // the list's exact sum.
    private static CasualtyMention? BreakdownOf(TextDocument document, List<CasualtyMention> mentions, int i, int end)
    {
        long sum = 0;
        for (var j = i; j <= end; j++)
        {
            if (mentions[j].Count.Best is not { } best || !mentions[j].Count.IsExact || best > long.MaxValue - sum)
            {
                return null;
            }

            sum += best;
        }

        var sentence = document.Sentence[document.TokenAt(mentions[i].Span.Start)];
        for (var j = i - 1; j >= Math.Max(0, i - MostFiguresBack); j--)
        {
            var before = mentions[j];
            var beforeSentence = document.Sentence[document.TokenAt(before.Span.Start)];
            if (beforeSentence < sentence - 3)
            {
                return null;
            }

            if (before.Outcome != mentions[i].Outcome)
            {
                continue;
            }

            return beforeSentence < sentence && before.Whole is null && before.Victims is null or "people" or "persons"
                && (before.Count.IsExact ? before.Count.Best : before.Count.Qualifier == EstimateQualifier.AtLeast ? before.Count.Low : null) == sum
                ? before
                : null;
        }

        return null;
    }

    // Where the list of parts starts after a figure's count: after "including", "among them" ("among whom were"), or the
    // comma before "six of them children" or "of whom 15 were children"; within the figure or after it, past a place or a
    // day ("killed at least 45 Palestinians across the Gaza Strip on Tuesday, including 18 children"), or none.
    private static int? ListStart(TextDocument document, Func<int, NumberMention?> numberAt, CasualtyMention whole)
    {
        var tokens = document.Tokens;
        var after = document.TokenAt(whole.Span.End);
        var from = document.TokenAt(whole.CountSpan.End);
        if (after == 0 || after > tokens.Count)
        {
            return null;
        }

        var sentence = document.Sentence[after - 1];
        var to = Math.Min(after + MostWordsToList, tokens.Count - 1);

        // Most figures have no list: none of the words one starts with stands within reach.
        var any = false;
        for (var k = from; k <= to && !any; k++)
        {
            any = document.Word(k) is "including" or "among" || (k <= after && IsComma(document, k));
        }

        if (!any)
        {
            return null;
        }

        for (var k = from; k <= to; k++)
        {
            if (k >= after && document.Sentence[k] != sentence)
            {
                return null;
            }

            // "killed 11 members of one family, among them four children".
            if (k == after && FamilyEnd(document, k) is var family and >= 0)
            {
                k = family;
                continue;
            }

            var word = document.Word(k);
            if (word == "including" && (IsComma(document, k - 1) || k <= after))
            {
                return k + 1;
            }

            if (word == "among" && document.Word(k + 1) is "them" or "whom" && IsComma(document, k - 1))
            {
                return document.Word(k + 2) is "were" or "are" or "was" or "is" ? k + 3 : k + 2;
            }

            // "14 people, six of them children", "Two insurgents, one of them the targeted commander, were killed", "40
            // people, of whom 15 were children": the count first, or "of whom" first; right after the figure's words.
            if (IsComma(document, k) && k <= after)
            {
                if (document.Word(k + 2) == "of" && document.Word(k + 3) is "them" or "whom")
                {
                    return k + 1;
                }

                if (document.Word(k + 1) == "of" && document.Word(k + 2) == "whom")
                {
                    return k + 3;
                }
            }

            // Past the figure's words only a place or a day: another figure, a clause or a verb of its own ends the search.
            if (k >= after && (numberAt(tokens[k].Start) is not null || EndsTheFigure(document, k)))
            {
                return null;
            }
        }

        return null;
    }

    // The last token of "of the same family", "of one family", "of a family", "of his family" at token k; -1 when none.
    private static int FamilyEnd(TextDocument document, int k) =>
        document.Word(k) != "of" ? -1
        : document.Word(k + 1) is "one" or "a" or "his" or "her" or "their" && document.Word(k + 2) == "family" ? k + 2
        : document.Word(k + 1) == "the" && document.Word(k + 2) == "same" && document.Word(k + 3) == "family" ? k + 3
        : -1;

    private static bool EndsTheFigure(TextDocument document, int k) =>
        document.Word(k) is { } word
            ? word is "and" or "or" or "but" or "while" or "who" or "which" or "that" or "where" or "when" or "as" or "after" or "before" or "since" or "said" or "says" or "according" or "told"
                || CasualtyScanner.IsPredicateWord(word)
            : document.Tokens[k].Kind == TokenKind.Symbol && document.Tokens[k].Symbol is ';' or ':' or '(' or ')' or '"' or '\u201C' or '\u201D';

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
            if (CasualtyScanner.AgeEnd(tokens, countFirst) >= 0)
            {
                yield break;
            }

            var n = countLast + 1;

            // "six of them children", "six of them were children"; after "of whom", "15 were children".
            if (document.Word(n) == "of" && document.Word(n + 1) is "them" or "whom")
            {
                n += 2;
            }

            if (document.Word(n) is "were" or "are" or "was")
            {
                n++;
            }

            // The noun, a few words on: "12 women", "two young Palestinian men", "a 7-year-old girl".
            var noun = -1;
            for (var m = n; m < tokens.Count && m <= n + MostWordsBeforeNoun; m++)
            {
                if (tokens[m].Kind == TokenKind.Symbol || document.Word(m) is "and" or "or" or "who" or "whom" or "which" or "that" or "of" or "in" or "from" or "for" or "to" or "at" or "on" or "near" or "with" or "by" or "were" or "was")
                {
                    break;
                }

                // The last noun of people before the phrase ends: "a Taliban senior commander" is a commander.
                if (document.Word(m) is { } word && CasualtyScanner.IsVictimNoun(word))
                {
                    noun = m;
                }
            }

            if (noun < 0)
            {
                yield break;
            }

            // "three members of the same family": the family is who they are.
            if (document.Word(noun) is "members" or "member" && FamilyEnd(document, noun + 1) is var family and >= 0)
            {
                noun = family;
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
