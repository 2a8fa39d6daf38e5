using System;
using System.Collections.Generic;
using System.Linq;
using Sitrep.Incidents;

namespace Sitrep.Text.Casualties;

/// <summary>
/// Adds up the casualty figures of one report the way a reader of a press release does. News copy states the whole
/// toll in its lead sentence and then retells it: "killed a Taliban leader and one other insurgent ... The security
/// force returned fire, killing the leader and one other insurgent" is two dead, not four. So the figures of the lead
/// are the total, and a later figure adds to it only when the text marks it as more ("also detained two", "one
/// additional insurgent", "along with", "another"), is not a retelling of the lead's own words, and does not point back
/// with "the", "these" or "his". A later exact figure with the same victims replaces a vague one in the lead
/// ("several insurgents" then "two additional suspected insurgents were detained"). When the lead has no figure of
/// the outcome, every figure counts, a figure repeated with the same victim category once.
/// </summary>
public static class CasualtyTotals
{
    // Whether "other" follows a figure's count ("two other militants", "Two other insurgents").
    private static bool OtherAfterCount(CasualtyMention m) =>
        m.Count.Phrase is { } phrase && m.Text.Length > 0 && m.CountSpan.Start >= m.Span.Start
        && m.Text.AsSpan(Math.Min(m.Text.Length, m.CountSpan.Start - m.Span.Start + phrase.Length)).TrimStart().StartsWith("other ", StringComparison.OrdinalIgnoreCase);

    /// <summary>The lower bound of the people with an outcome in a report.</summary>
    /// <param name="text">The report text the mentions were found in.</param>
    /// <param name="mentions">The casualty mentions of <paramref name="text"/>, in order.</param>
    /// <param name="outcome">The outcome to add up.</param>
    /// <param name="leadStart">Where the lead sentence starts: after the headline and dateline, 0 when there are none.</param>
    /// <returns>The total; 0 when the text gives no figure.</returns>
    public static long LowerBound(string text, IEnumerable<CasualtyMention> mentions, CasualtyOutcome outcome, int leadStart = 0)
    {
        var assessed = Assess(text, mentions, outcome, leadStart);
        long total = 0;
        foreach (var (mention, standsFor) in assessed)
        {
            if (standsFor is null)
            {
                var low = Low(mention);
                total = total > long.MaxValue - low ? long.MaxValue : total + low;
            }
        }

        return total;
    }

    /// <summary>
    /// Which figures of an outcome count, by the reading above: each mention maps to <see langword="null"/> when it
    /// counts, or to the counted mention that stands for it (the lead figure it retells, the figure seen first that
    /// it repeats, the later exact figure that refines it).
    /// </summary>
    internal static List<(CasualtyMention Mention, CasualtyMention? StandsFor)> Assess(string text, IEnumerable<CasualtyMention> mentions, CasualtyOutcome outcome, int leadStart = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentOutOfRangeException.ThrowIfNegative(leadStart);
        var all = mentions.Where(m => m.Outcome == outcome).ToList();
        var standsFor = new Dictionary<CasualtyMention, CasualtyMention>(ReferenceEqualityComparer.Instance);
        var leadEnd = LeadEnd(text, Math.Min(leadStart, text.Length));
        var lead = all.Where(m => m.Span.Start >= leadStart && m.Span.Start < leadEnd).ToList();
        if (lead.Count == 0)
        {
            var first = new Dictionary<(long, VictimCategory), CasualtyMention>();
            foreach (var m in all)
            {
                var low = Low(m);
                if (low > 0 && !first.TryAdd((low, m.Category), m))
                {
                    standsFor[m] = first[(low, m.Category)];
                }
            }

            return Result(all, standsFor);
        }

        // Lookups by head and category instead of searches, so the reading stays linear on any text; the phrase
        // check looks at the lead's first figures only (a real lead has a handful).
        var values = new List<(CasualtyMention Mention, string? Head, bool Vague)>();
        var firstByHead = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstByCategory = new Dictionary<VictimCategory, int>();
        var vagueByHead = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        var vagueByCategory = new Dictionary<VictimCategory, Queue<int>>();
        var leadPhrases = lead.Take(64).ToList();
        // Within the lead, the same figure for the same victims is said once ("killed two insurgents ..., killing two
        // insurgents"); two predicates for different people ("arrested a leader and detained one insurgent") both count.
        var seen = new Dictionary<(long, VictimCategory, string?), CasualtyMention>();
        var leadByCategory = new Dictionary<VictimCategory, int>();
        foreach (var m in lead)
        {
            leadByCategory[m.Category] = leadByCategory.GetValueOrDefault(m.Category) + 1;
        }

        // An exact figure told of the people a vague lead figure counts ("Numerous insurgents were killed ... killing one
        // insurgent": the same word for them, or none) says how many they were, when the lead has no other figure for
        // them and the exact one is a verb's object or subject, not a part ("one of the insurgents") or a noun ("the
        // capture of the leader").
        // Not a smaller figure than a lower bound the lead states ("at least seven people" across a country, then "two
        // people were killed" in one city), nor one more than ten times it, which counts more people than the lead's
        // ("at least three people" in one district, then "120 people were killed across the country").
        bool Refines(CasualtyMention exact, CasualtyMention vague) =>
            leadByCategory.GetValueOrDefault(vague.Category) == 1
            && !(IsStatedBound(vague) && Low(exact) < Low(vague)) && !FarAbove(exact, vague)
            && exact.Count.Phrase is { } phrase && !exact.Text.Contains(phrase + " of ", StringComparison.OrdinalIgnoreCase)
            && (exact.Predicate.EndsWith("ed", StringComparison.Ordinal) || exact.Predicate.EndsWith("ing", StringComparison.Ordinal) || exact.Predicate.EndsWith("hurt", StringComparison.Ordinal));

        // A figure worded as in the lead ("killing Fayez Jan and one additional insurgent") retells it; a bare number
        // ("two") only when the victims are the same.
        var leadHeads = leadPhrases.Select(Head).ToList();
        bool WordedInLead(CasualtyMention m, string? head)
        {
            if (m.Count.Phrase is not { } phrase)
            {
                return false;
            }

            for (var i = 0; i < leadPhrases.Count; i++)
            {
                if (leadPhrases[i].Text.Contains(phrase, StringComparison.Ordinal)
                    && (phrase.Contains(' ', StringComparison.Ordinal) || head is null || leadHeads[i] is null || leadHeads[i] == head))
                {
                    return true;
                }

                // "Two Haqqani facilitators and two other militants were captured ... Two other insurgents were also
                // captured": the same number of "other" people of the same kind, whatever the word for them.
                if (m.Category == leadPhrases[i].Category && Low(m) == Low(leadPhrases[i]) && OtherAfterCount(m) && OtherAfterCount(leadPhrases[i]))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var m in lead)
        {
            var low = Low(m);
            if (low > 0 && !seen.TryAdd((low, m.Category, Head(m)), m))
            {
                standsFor[m] = seen[(low, m.Category, Head(m))];
            }
            else if (low > 0)
            {
                Add(m, Head(m), IsVague(m));
            }
        }

        void Add(CasualtyMention m, string? head, bool vague)
        {
            var key = head ?? NoHead;
            firstByHead.TryAdd(key, values.Count);
            if (vague)
            {
                if (!vagueByHead.TryGetValue(key, out var queue))
                {
                    vagueByHead[key] = queue = new Queue<int>();
                }

                queue.Enqueue(values.Count);
                if (!vagueByCategory.TryGetValue(m.Category, out var byCategory))
                {
                    vagueByCategory[m.Category] = byCategory = new Queue<int>();
                }

                byCategory.Enqueue(values.Count);
            }

            firstByCategory.TryAdd(m.Category, values.Count);
            values.Add((m, head, vague));
        }

        // Whether the lead's figures of no category count a people by their name alone ("12 Palestinians").
        bool? leadCountsAPeople = null;
        bool LeadCountsAPeople() => leadCountsAPeople ??= lead.TrueForAll(l => l.Category != VictimCategory.Unknown
            || (l.Victims is { Length: > 1 } people && char.IsUpper(people[0]) && !people.Contains(' ', StringComparison.Ordinal)));

        for (var index = 0; index < all.Count; index++)
        {
            var m = all[index];
            if (m.Span.Start >= leadStart && m.Span.Start < leadEnd)
            {
                continue;
            }

            // A stated zero or unknown adds nothing and stands for no one else: it stays as stated.
            if (Low(m) == 0)
            {
                continue;
            }

            // "Rescue workers pulled two bodies from the rubble overnight, bringing the toll to 13": the dead found are
            // counted in the toll raised right after them.
            if (RaisedTollAfter(text, all, index) is { } raised)
            {
                standsFor[m] = raised;
                continue;
            }

            var head = Head(m);

            // Other people: after the lead, more people than the lead's exact figure for its category, named by another
            // word ("captured a Taliban facilitator ... Multiple suspected insurgents were detained").
            var others = m.Span.Start >= leadEnd && head is not null && !firstByHead.ContainsKey(head) && !Definite(m)
                && firstByCategory.TryGetValue(m.Category, out var sameCategory) && !values[sameCategory].Vague && values[sameCategory].Head is not null
                && Low(m) > Low(values[sameCategory].Mention);
            if (!others && (m.Span.Start < leadEnd || !Additive(text, m) || Definite(m) || WordedInLead(m, head)))
            {
                // A retelling, or a figure before the lead (the headline): the lead figure it speaks of stands for it,
                // unless that figure is vague and this one, told after it, is exact: then this one refines it
                // ("Numerous insurgents were killed ... killing one insurgent").
                // People of another kind than any the lead counts ("killed 21 soldiers ... a roadside bomb killed three
                // civilians") are others, not a retelling of the lead's first figure.
                // Not people named in passing, in a relative clause or after a noun ("an IED attack that killed two
                // American soldiers", "responsible for the deaths of several civilians"): a release's background.
                // So are soldiers or police after a lead that counts a people by their name alone ("Israeli forces
                // killed 12 Palestinians ... One Israeli soldier was killed").
                var otherKind = m.Category != VictimCategory.Unknown && !leadByCategory.ContainsKey(m.Category) && !ToldInPassing(text, m)
                    && (!leadByCategory.ContainsKey(VictimCategory.Unknown) || (m.Category is VictimCategory.Military or VictimCategory.Police or VictimCategory.SecurityForces && LeadCountsAPeople()));
                var told = firstByHead.TryGetValue(head ?? NoHead, out var byHead) ? byHead
                    : firstByCategory.TryGetValue(m.Category, out var byCategory) ? byCategory
                    : values.Count > 0 && !otherKind ? 0 : -1;
                // Or it tells the same people again with more beside them ("captured a Taliban leader ... detained the
                // leader along with three of his associates"): then it, too, takes the lead figure's place.
                if (told >= 0 && m.Span.Start >= leadEnd
                    && ((values[told].Vague && m.Count.IsExact && (head is null || values[told].Head == head) && Refines(m, values[told].Mention))
                        || Expands(m, values[told].Mention) || (IsRisenToll(m) && Low(m) > Low(values[told].Mention))))
                {
                    standsFor[values[told].Mention] = m;
                    values[told] = (m, head, false);
                }
                else if (told >= 0 && m.Span.Start >= leadEnd && FarAbove(m, values[told].Mention))
                {
                    // Far more people than the lead's lower bound: others ("The deadliest quake ... killed 26,000
                    // people" after "killing at least 37 people"), neither a retelling nor a refinement.
                    Add(m, head, IsVague(m));
                }
                else if (told >= 0 || !otherKind)
                {
                    standsFor[m] = told >= 0 ? values[told].Mention : lead[0];
                }
                else
                {
                    Add(m, head, IsVague(m));
                }

                continue;
            }

            // A later exact figure refines a vague one for the same victims: by their word, or by their category when
            // the figure names none ("Numerous insurgents were killed ... killing one").
            if (m.Count.IsExact && (NextVague(vagueByHead.GetValueOrDefault(head ?? NoHead)) ?? (head is null ? NextVague(vagueByCategory.GetValueOrDefault(m.Category)) : null)) is { } vague)
            {
                standsFor[values[vague].Mention] = m;
                values[vague] = (m, head, false);
            }
            else
            {
                Add(m, head, IsVague(m));
            }
        }

        return Result(all, standsFor);

        // The first vague figure of a queue not refined yet (one may wait in a queue by word and one by category).
        int? NextVague(Queue<int>? queue)
        {
            while (queue is { Count: > 0 })
            {
                var index = queue.Dequeue();
                if (values[index].Vague)
                {
                    return index;
                }
            }

            return null;
        }
    }

    private static List<(CasualtyMention, CasualtyMention?)> Result(List<CasualtyMention> all, Dictionary<CasualtyMention, CasualtyMention> standsFor)
    {
        // A chain (a repeat of a vague figure that was refined later) ends at the figure that counts.
        CasualtyMention? Final(CasualtyMention m)
        {
            var current = standsFor.GetValueOrDefault(m);
            for (var hops = 0; current is not null && standsFor.TryGetValue(current, out var next) && hops < all.Count; hops++)
            {
                current = next;
            }

            return current;
        }

        return all.Select(m => (m, Final(m))).ToList();
    }

    /// <summary>
    /// Whether a figure is told in passing: by a noun (<c>the deaths of</c>, <c>the deaths and injuries of several
    /// civilians</c>) or in a relative clause (<c>that killed</c>, <c>which wounded</c>, <c>civilians, killed by</c>).
    /// </summary>
    internal static bool ToldInPassing(string text, CasualtyMention m)
    {
        // "the deaths of", "several civilians, killed by IEDs" (a participle after a comma: a clause about them).
        if (m.Predicate is "deaths" or "death" or "killings" or "capture" or "arrest" or "detention" or "abduction"
            || m.Text.EndsWith(", " + m.Predicate, StringComparison.Ordinal))
        {
            return true;
        }

        var end = m.Span.Start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]) && end - start < 6)
        {
            start--;
        }

        var before = text.AsSpan(start, end - start);
        return (before.Equals("that", StringComparison.OrdinalIgnoreCase) && !(m.CountSpan.Start == m.Span.Start && AfterWordOfSaying(text, start)))
            || before.Equals("which", StringComparison.OrdinalIgnoreCase) || before.Equals("who", StringComparison.OrdinalIgnoreCase)
            || before.Equals("of", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether a word of saying ends right before <paramref name="at"/> (<c>adding that</c>, <c>said that</c>): the
    /// <c>that</c> after it opens what was said (<c>adding that 12 officers had been hurt</c>), no relative clause.
    /// </summary>
    private static bool AfterWordOfSaying(string text, int at)
    {
        var end = at;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]) && end - start < 10)
        {
            start--;
        }

        return text.AsSpan(start, end - start) is "said" or "says" or "saying" or "added" or "adding" or "adds" or "reported" or "reports" or "confirmed" or "noted"
            or "noting" or "stated" or "announced" or "claimed" or "told";
    }

    // The key of figures whose victims the text does not name.
    private const string NoHead = "\0";

    private static long Low(CasualtyMention m) => m.Count.Low ?? m.Count.Best ?? 0;

    /// <summary>The end of the lead sentence: a full stop after a lower-case letter, followed by a space, that does not end an abbreviation ("Jan.", "Gen.").</summary>
    private static int LeadEnd(string text, int from)
    {
        for (var i = from + 1; i + 1 < text.Length; i++)
        {
            if (text[i] == '.' && char.IsWhiteSpace(text[i + 1]) && char.IsLower(text[i - 1]) && !EndsAbbreviation(text, i))
            {
                return i;
            }
        }

        return text.Length;
    }

    // Months and ranks as news copy abbreviates them before a date or a name.
    private static bool EndsAbbreviation(string text, int stop)
    {
        var start = stop;
        while (start > 0 && char.IsAsciiLetter(text[start - 1]) && stop - start < 5)
        {
            start--;
        }

        return text.AsSpan(start, stop - start) is "Jan" or "Feb" or "Mar" or "Apr" or "Aug" or "Sep" or "Sept" or "Oct" or "Nov" or "Dec"
            or "Gen" or "Col" or "Lt" or "Maj" or "Capt" or "Sgt" or "Cpl" or "Pvt" or "Adm" or "Brig" or "Cmdr" or "Gov" or "Sen" or "Rep"
            or "Mr" or "Mrs" or "Ms" or "Dr" or "St" or "Jr" or "Sr" or "No" or "Mt" or "Ft";
    }

    /// <summary>
    /// Whether a figure is a toll told as risen to it (<c>The death toll rose to 101 on Wednesday</c>, <c>the toll has
    /// climbed to 57</c>): it takes the place of the figure told before it for the same people.
    /// </summary>
    internal static bool IsRisenToll(CasualtyMention m) =>
        m.Text.Contains(" rose to ", StringComparison.OrdinalIgnoreCase) || m.Text.Contains(" risen to ", StringComparison.OrdinalIgnoreCase)
        || m.Text.Contains(" climbed to ", StringComparison.OrdinalIgnoreCase) || m.Text.Contains(" increased to ", StringComparison.OrdinalIgnoreCase)
        || m.Text.Contains(" jumped to ", StringComparison.OrdinalIgnoreCase) || m.Text.Contains(" rising to ", StringComparison.OrdinalIgnoreCase)
        || m.Text.Contains(" climbing to ", StringComparison.OrdinalIgnoreCase) || IsRaisedToll(m);

    /// <summary>
    /// Whether a figure is a toll a verb raised to it (<c>bringing the toll to 13</c>, <c>raising the death toll to
    /// 12</c>): the figure's words open with the toll and <c>to</c>, the verb before them.
    /// </summary>
    internal static bool IsRaisedToll(CasualtyMention m) =>
        m.Text.StartsWith("toll to ", StringComparison.OrdinalIgnoreCase) || m.Text.StartsWith("death toll to ", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The toll a figure's sentence goes on to raise right after it (<c>pulled two bodies from the rubble overnight,
    /// bringing the toll to 13</c>): the next figure, raised and higher, with no sentence's end between; the dead found
    /// are counted in it. Null otherwise.
    /// </summary>
    private static CasualtyMention? RaisedTollAfter(string text, List<CasualtyMention> all, int i) =>
        i + 1 < all.Count && RaisesToll(text, all[i], all[i + 1]) ? all[i + 1] : null;

    /// <summary>
    /// Whether <paramref name="next"/>, the figure told right after <paramref name="figure"/>, is a toll raised in the same
    /// sentence to more than it, of the same outcome (<c>pulled two bodies from the rubble, bringing the toll to 13</c>).
    /// </summary>
    internal static bool RaisesToll(string text, CasualtyMention figure, CasualtyMention next) =>
        IsRaisedToll(next) && next.Outcome == figure.Outcome && Low(next) > Low(figure) && next.Span.Start >= figure.Span.End
        && next.Span.Start - figure.Span.End <= 160 && text.AsSpan(figure.Span.End, next.Span.Start - figure.Span.End).IndexOfAny('.', '!', '?') < 0;

    /// <summary>
    /// "detained the leader along with three of his associates", "who was detained along with several of his associates"
    /// after "captured a leader": a figure for a list whose first people are the earlier figure's, larger than it.
    /// </summary>
    private static bool Expands(CasualtyMention later, CasualtyMention earlier) =>
        !IsVague(earlier) && Low(later) > Low(earlier)
        && (Definite(later) || later.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || later.Text.StartsWith("he ", StringComparison.OrdinalIgnoreCase)
            || later.Text.StartsWith("she ", StringComparison.OrdinalIgnoreCase) || later.Text.StartsWith("who ", StringComparison.Ordinal))
        && NamesAList(later.Text);

    /// <summary>
    /// Whether a figure is a vague amount ("several", "numerous", "dozens"), which a later exact figure may refine; a
    /// list's sum ("a leader along with two suspected insurgents", at least three) is not vague, though not exact.
    /// </summary>
    private static bool IsVague(CasualtyMention m) =>
        !m.Count.IsExact && !(m.Count.Phrase is { } phrase && (NamesAList(phrase) || phrase.Contains(" with ", StringComparison.Ordinal) || phrase.Contains(", ", StringComparison.Ordinal)));

    /// <summary>
    /// Whether a later figure is more than ten times a lower bound an earlier one states (<c>at least three people</c>,
    /// then <c>120 people were killed across the country</c>) or an exact one (<c>killed five people</c>, then <c>The war
    /// ... killed more than 4,000 people</c>): it counts more people than the earlier one's.
    /// </summary>
    private static bool FarAbove(CasualtyMention later, CasualtyMention bound) => (IsStatedBound(bound) || bound.Count.IsExact) && MoreThanTenTimes(Low(later), Low(bound));

    /// <summary>Whether <paramref name="figure"/> is more than ten times <paramref name="other"/>, for any two counts (no overflow).</summary>
    internal static bool MoreThanTenTimes(long figure, long other) => other <= long.MaxValue / 10 && figure > 10 * other;

    /// <summary>Whether a figure states a lower bound in words (<c>at least seven</c>, <c>more than 20</c>), not a vague amount (<c>numerous</c>).</summary>
    private static bool IsStatedBound(CasualtyMention m) =>
        m.Count.Qualifier == Sitrep.Estimates.EstimateQualifier.AtLeast && m.Count.Phrase is { } phrase
        && (phrase.StartsWith("at least", StringComparison.OrdinalIgnoreCase) || phrase.StartsWith("more than", StringComparison.OrdinalIgnoreCase)
            || phrase.StartsWith("over ", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether words join people into a list: "and", "along with", "together with", "as well as".</summary>
    private static bool NamesAList(string words) =>
        words.Contains(" and ", StringComparison.Ordinal) || words.Contains(" along with ", StringComparison.Ordinal)
        || words.Contains(" together with ", StringComparison.Ordinal) || words.Contains(" as well as ", StringComparison.Ordinal);

    /// <summary>Whether a figure is told in the passive with "also" (<c>Three police officers were also hurt</c>).</summary>
    internal static bool ToldWithAlso(CasualtyMention m) =>
        m.Text.Contains(" were also ", StringComparison.OrdinalIgnoreCase) || m.Text.Contains(" was also ", StringComparison.OrdinalIgnoreCase);

    /// <summary>"one additional insurgent", "also detained", "along with": the text marks the figure as more.</summary>
    private static bool Additive(string text, CasualtyMention m)
    {
        var own = m.Text;

        // "Three police officers were also hurt": a figure of harm told with "also" in the passive (not people detained,
        // whom a release retells so: "Several of his associates were also detained").
        if (own.Contains("additional", StringComparison.OrdinalIgnoreCase) || own.Contains("another", StringComparison.OrdinalIgnoreCase)
            || own.Contains(" other ", StringComparison.OrdinalIgnoreCase) || own.Contains(" others", StringComparison.OrdinalIgnoreCase)
            || (m.Outcome is CasualtyOutcome.Killed or CasualtyOutcome.Injured && ToldWithAlso(m)))
        {
            return true;
        }

        // "a fourth man ... was also killed", "A third soldier died": one more than those counted.
        if (own.StartsWith("a second ", StringComparison.OrdinalIgnoreCase) || own.StartsWith("a third ", StringComparison.OrdinalIgnoreCase)
            || own.StartsWith("a fourth ", StringComparison.OrdinalIgnoreCase) || own.StartsWith("a fifth ", StringComparison.OrdinalIgnoreCase)
            || own.StartsWith("a sixth ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "Another eight people were killed", "A further two": the word before the count marks it as more.
        var before = text.AsSpan(Math.Max(0, m.Span.Start - 25), Math.Min(25, m.Span.Start));
        return before.EndsWith("another ", StringComparison.OrdinalIgnoreCase) || before.EndsWith("further ", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("additional ", StringComparison.OrdinalIgnoreCase) || before.Contains("also ", StringComparison.Ordinal) || before.Contains("along with", StringComparison.Ordinal)
            || before.Contains("Additionally", StringComparison.Ordinal) || before.Contains("as well as", StringComparison.Ordinal);
    }

    /// <summary>"killing the leader", "detained these men": the figure points back to people already counted.</summary>
    private static bool Definite(CasualtyMention m)
    {
        var at = m.Text.IndexOf(m.Predicate, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var after = m.Text.AsSpan(at + m.Predicate.Length).TrimStart();
        return after.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || after.StartsWith("these ", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("those ", StringComparison.OrdinalIgnoreCase) || after.StartsWith("his ", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("their ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The victims' last word without a plural s: "suspected insurgents" is "insurgent".</summary>
    private static string? Head(CasualtyMention m)
    {
        if (m.Victims is null)
        {
            return null;
        }

        var words = m.Victims.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        var last = words[^1].ToLowerInvariant();
        return last.EndsWith('s') ? last[..^1] : last;
    }
}
