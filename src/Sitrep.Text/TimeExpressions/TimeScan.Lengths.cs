using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Sitrep.Sources;
using Sitrep.Temporal;
using Sitrep.Text.Dates;
using Sitrep.Text.Numbers;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.TimeExpressions;

/// <summary>Lengths of time (<c>three days</c>, <c>two and a half years</c>, <c>10-year</c>), dates counted from another (<c>two years ago</c>, <c>three days later</c>) and sets (<c>every day</c>, <c>twice a week</c>, <c>annually</c>).</summary>
internal sealed partial class TimeScan
{
    // Lengths beyond this are not times ("10,000 years" is history, not a report's span; larger figures are counts).
    private const decimal MaxAmount = 10_000m;

    /// <summary>Whether the word at token <paramref name="k"/> is followed by a glued hyphen and <c>long</c> (<c>month-long</c>).</summary>
    private bool IsLongAfter(int k) => k + 2 < tokens.Count && tokens[k].Glued && tokens[k + 1].Kind == TokenKind.Hyphen && tokens[k + 1].Glued && Word(k + 2) == "long";

    /// <summary>An amount and a unit, and what follows it: <c>ago</c>, <c>later</c>, <c>from now</c>, or nothing (a duration).</summary>
    private bool TryLength(int i, out Match match)
    {
        match = default;
        if (!TryAmount(i, out var amount, out var k))
        {
            return false;
        }

        // "a month-long offensive": the article belongs to the noun; the length is "month-long", read at the unit.
        // "a year-end bonus": the end of a year, no length.
        if (k == i + 1 && Word(i) is "a" or "an" && (IsLongAfter(k) || (Word(k) is "year" or "month" && IsHyphenThen(k, "end"))))
        {
            return false;
        }

        // "One day, he said, the war would end", "hopes to one day return": some day to come, no length.
        if (Word(i) == "one" && k == i + 1 && Word(k) == "day"
            && (Word(i - 1) is "will" or "would" or "could" or "might" or "may" or "can" or "should" or "to" or "must" || (i == sentenceStart[i] && IsSymbol(k + 1, ','))))
        {
            return false;
        }

        // "a 10-year sentence", "a three-day visit".
        var hyphenated = false;
        if (k < tokens.Count && tokens[k].Kind == TokenKind.Hyphen && tokens[k - 1].Glued && tokens[k].Glued)
        {
            hyphenated = true;
            k++;
        }

        // "seven more days", "two additional weeks": as many again.
        if (!hyphenated && Word(k) is "more" or "additional" or "extra" && !(k == i + 1 && Word(i) is "a" or "an") && IsPluralUnit(k + 1))
        {
            k++;
        }

        // "three consecutive years", "five straight days": the length, counted without a break.
        if (!hyphenated && Word(k) is "consecutive" or "straight" or "successive" && Word(k + 1) is { } countedUnit && countedUnit.EndsWith('s') && (TimeWords.Units.ContainsKey(countedUnit) || countedUnit is "nights" or "quarters"))
        {
            k++;
        }

        k = WorkingDaysAt(k);

        // "two Sundays ago": that many of the weekday back from the publication's day.
        if (!hyphenated && Word(k + 1) == "ago" && TimeWords.Weekdays.TryGetValue(Word(k) ?? string.Empty, out var weekdays) && weekdays.Plural && reference is { } agoFrom
            && int.TryParse(amount, System.Globalization.NumberStyles.None, Invariant, out var weeksBack) && weeksBack is >= 1 and <= 52)
        {
            match = new Match(k + 2, TimeExpressionType.Date, DayText(agoFrom.With(DateAdjusters.Previous(weekdays.Day)).PlusWeeks(1 - weeksBack))) { Anchor = TimeAnchor.Publication };
            return true;
        }

        // "two nights", "three consecutive nights": as many days (TIMEX3 has no night unit); "a night" is left to
        // rates and parts of the day.
        if (Word(k) is not { } unitWord || !(TimeWords.Units.TryGetValue(unitWord, out var unit) || (unitWord == "nights" && !hyphenated && TimeWords.Units.TryGetValue("days", out unit))
            || IsQuartersOfYear(i, k, amount, hyphenated, out unit)))
        {
            return false;
        }

        var end = k + 1;

        // "Burma 2015 Year-in-review", "the events of 1999 year": a year before the word, no count of years.
        if (!hyphenated && unitWord == "year" && tokens[i].Kind == TokenKind.Number && tokens[i].Length == 4 && !tokens[i].HasSeparators && tokens[i].Value is >= 1000 and <= 2199)
        {
            return false;
        }

        // "3 h" is three hours; "at 7h", "7h01" and "10 H 10" are clock times written the French way, not lengths.
        if (unitWord == "h" && (Word(i - 1) == "at" || tokens[k].Glued && end < tokens.Count && tokens[end].Kind == TokenKind.Number || IsNumber(end)))
        {
            return false;
        }

        // "$100 billion a year", "5,000 barrels a day", "four majors a year": a rate, each unit (a set), after an amount
        // of something; "110,000 barrels a day to the Red Sea" too, where "to" leads to a place, not a verb.
        // "falling at three inches an hour before dawn": after a measure, a rate even before "before" or "after" ("killed
        // five people an hour after the blast" is a length after an event).
        var toPlace = Word(end) == "to" && end + 1 < tokens.Count && (Word(end + 1) is "the" or "its" or "their" || tokens[end + 1].Capitalised);
        var measured = Word(end) is "after" or "before" && !BeforeAsAdverb(end) && Word(i - 1) is { } measure && TimeWords.Measures.Contains(measure);
        if (k == i + 1 && Word(i) is "a" or "an" && !unitWord.EndsWith('s') && i >= 2 && AfterAmount(i)
            && (Word(end) is not ("after" or "before" or "later" or "earlier" or "ago" or "of" or "to") || toPlace || measured)
            && !(Word(end) is "and" or "or" && (IsNumber(end + 1) || IsAmountWord(end + 1) || Word(end + 1) is "more" or "less" or "longer")))
        {
            match = new Match(end, TimeExpressionType.Set, DurationText("1", unit));
            return true;
        }

        // Ages ("a 25-year-old", "25 years old", "two twenty-year-olds") are not times of the report.
        if (Word(end) is "old" or "olds" || (end < tokens.Count && tokens[end].Kind == TokenKind.Hyphen && Word(end + 1) is "old" or "olds"))
        {
            return false;
        }

        if (!hyphenated && amount != "X" && FractionAfter(end) is { } fraction)
        {
            amount = (decimal.Parse(amount, Invariant) + fraction.Part).ToString("0.###", Invariant);
            end = fraction.End;
        }

        // "1 year 1 month 21 days", "two years and three months", "1 month 2 years 21 days": one length in several
        // units; not a larger unit after an article ("24 hours a day", "seven days a week" are a length and a rate).
        var parts = new List<(string Amount, (string Unit, bool Clock) Unit)> { (amount, unit) };
        if (!hyphenated && amount != "X")
        {
            while (parts.Count < 6)
            {
                var next = Word(end) == "and" || IsSymbol(end, ',') ? end + 1 : end;
                if (next >= tokens.Count || !TryAmount(next, out var more, out var afterMore) || more == "X" || Word(afterMore) is not { } nextWord
                    || !TimeWords.Units.TryGetValue(nextWord, out var nextUnit) || nextUnit.Unit == "2W" || parts.Exists(p => p.Unit == nextUnit)
                    || (Word(next) is "a" or "an" && UnitRank(nextUnit) <= UnitRank(parts[^1].Unit)))
                {
                    break;
                }

                parts.Add((more, nextUnit));
                end = afterMore + 1;
            }
        }

        if (parts.Count > 1)
        {
            return TryCompound(parts, end, out match);
        }

        // "a day or two", "an hour or so", "a week or so later": about that long, or that far, the words in the extent.
        var approximate = !hyphenated && Word(end) == "or"
            && (Word(end + 1) == "so" || (Word(end + 1) == "two" && k == i + 1 && Word(i) is "a" or "an" && !(Word(end + 2) is { } unitAfter && TimeWords.Units.ContainsKey(unitAfter))));
        if (approximate)
        {
            end += 2;
        }

        if (!hyphenated && TryCountedLength(i, end, amount, unit, out match))
        {
            if (approximate && match.Modifier == TimexModifier.None)
            {
                match = match with { Modifier = TimexModifier.Approximate };
            }

            return true;
        }

        // "a year or more", "two weeks or less": the bound after the length, in the extent.
        var bound = hyphenated || approximate || Word(end) != "or" ? TimexModifier.None : Word(end + 1) switch
        {
            "more" or "longer" => TimexModifier.EqualOrMore,
            "less" or "fewer" or "shorter" => TimexModifier.EqualOrLess,
            _ => TimexModifier.None,
        };
        if (bound != TimexModifier.None)
        {
            end += 2;
        }

        match = new Match(end, TimeExpressionType.Duration, DurationText(amount, unit)) { Modifier = approximate ? TimexModifier.Approximate : bound };
        return true;
    }

    /// <summary>
    /// "six to eight weeks", "10-12 hours", "two or three days", "between five and 10 years": the first bound of a range
    /// of lengths is a length of its own, in the unit the second names (as the first day of "June 3 to 5" is a day of
    /// June); the second is read where it stands. Only before a plain length (not "15 minutes later") and a larger one.
    /// </summary>
    private bool TryLengthRangeStart(int i, out Match match)
    {
        match = default;
        int first;
        int k;
        ref readonly var token = ref tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            if (!IsAmountNumber(i) || token.Value != decimal.Truncate(token.Value) || token.HasSeparators)
            {
                return false;
            }

            (first, k) = ((int)token.Value, i + 1);
        }
        else if (Word(i) is "a" or "an" or "half" or "couple" || !TrySmallNumber(i, 99, out first, out k) || first == 0)
        {
            return false;
        }

        // The words between: a hyphen ("10-12", "three-to-four"), "to", "or", and "and" after "between".
        var j = k;
        if (j < tokens.Count && tokens[j].Kind == TokenKind.Hyphen)
        {
            j += Word(j + 1) == "to" && j + 2 < tokens.Count && tokens[j + 2].Kind == TokenKind.Hyphen ? 3 : 1;
        }
        else if (Word(j) is "to" or "or" || (Word(j) == "and" && Word(i - 1) == "between"))
        {
            j++;
        }
        else
        {
            return false;
        }

        // Ages ("children aged six to 12 years") are no times of the report; a length before a noun ("one or 18-day
        // courses") is left to the reading of the second.
        if (j >= tokens.Count || Word(i - 1) is "aged" or "ages" || (Word(i - 1) == "between" && Word(i - 2) is "aged" or "ages")
            || !TryAmount(j, out var secondAmount, out var unitAt) || Word(j) is "a" or "an" or "another" || (unitAt < tokens.Count && tokens[unitAt].Kind == TokenKind.Hyphen)
            || !int.TryParse(secondAmount, NumberStyles.None, Invariant, out var second) || second <= first
            || !TryLength(j, out var length) || length.Type != TimeExpressionType.Duration || length.Modifier != TimexModifier.None
            || length.Quantifier is not null || length.Frequency is not null)
        {
            return false;
        }

        // The second's value with the first's amount: "P8W" for "eight weeks" gives "P6W" for "six".
        var value = length.Value;
        var prefix = value.StartsWith("PT", StringComparison.Ordinal) ? 2 : 1;
        var digits = prefix;
        while (digits < value.Length && char.IsAsciiDigit(value[digits]))
        {
            digits++;
        }

        if (digits == value.Length || !value.AsSpan(prefix, digits - prefix).SequenceEqual(secondAmount) || value.AsSpan(digits).ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        match = new Match(k, TimeExpressionType.Duration, string.Concat(value.AsSpan(0, prefix), WholeAmount(first), value.AsSpan(digits)));
        return true;
    }

    /// <summary>
    /// A length counted from a time (<c>two years ago</c>, <c>three days after January 12th</c>, <c>20 minutes later</c>,
    /// <c>in two weeks</c>): the date or time it reaches, from the amount and unit read before token <paramref name="end"/>.
    /// </summary>
    private bool TryCountedLength(int i, int end, string amount, (string Unit, bool Clock) unit, out Match match)
    {
        // "about 55 million years ago": more than 9,000 years back, further than the calendar's years reach: the past.
        if (Word(end) == "ago" && unit.Unit == "Y" && reference is not null && decimal.TryParse(amount, System.Globalization.NumberStyles.Number, Invariant, out var deep) && deep > 9000)
        {
            match = new Match(end + 1, TimeExpressionType.Date, "PAST_REF") { Anchor = TimeAnchor.Publication };
            return true;
        }

        if (Word(end) == "ago" && TryCounted(amount, unit, -1, reference, TimeAnchor.Publication, end + 1, out match))
        {
            if (unit.Unit == "Y" && reference is { } now && int.TryParse(amount, System.Globalization.NumberStyles.None, Invariant, out var yearsBack)
                && yearsBack is >= 1 and <= 1000 && now.Year - yearsBack >= 1)
            {
                // "Ten years ago this week", "a year ago this month": that week or month of the year so far back;
                // "Twenty-five years ago on Saturday", "ten years ago today": that day (the weekday the nearest to
                // the publication).
                var dayAt = Word(end + 1) == "on" ? end + 2 : end + 1;
                LocalDate? day = Word(dayAt) == "today" && dayAt == end + 1 ? now
                    : TimeWords.Weekdays.TryGetValue(Word(dayAt) ?? string.Empty, out var weekday) && !weekday.Plural && tokens[dayAt].Capitalised
                        ? NearestWeekday(now, weekday.Day)
                        : null;
                var then = now.PlusYears(-yearsBack);
                match = Word(end + 1) == "this" && Word(end + 2) is "week" or "month"
                    ? match with { End = end + 3, Value = Word(end + 2) == "week" ? WeekText(then) : MonthText(then.Year, then.Month) }
                    : day is { } onDay ? match with { End = dayAt + 1, Value = DayText(onDay.PlusYears(-yearsBack)) } : match;
            }

            return true;
        }

        // "three days after January 12th", "two weeks before May 13 1999", "two days from tomorrow": counted from
        // the day written after it.
        // Not after "for", where the day starts or bounds the length ("restrictions for at least two years from 1 May"),
        // nor a length a span runs over from its day ("held in seven phases over six weeks from April 19").
        if (Word(end) is "from" or "after" or "before" && !ForBefore(i) && !(Word(end) == "from" && LengthWordBefore(i) is "over" or "during" or "across" or "throughout" or "lasting" or "spanning")
            && TryDayAt(end + 1, out var fromDay, out var fromEnd, out var fromSpan)
            && TryCounted(amount, unit, Word(end) == "before" ? -1 : 1, fromDay, TimeAnchor.TextTime, fromEnd, out match, exactDay: true))
        {
            match = match with { AnchorAt = fromSpan };
            return true;
        }

        // "a year earlier than planned", "two weeks later than expected": by how much, a length.
        if (Word(end) is "earlier" or "later" or "sooner" && Word(end + 1) == "than")
        {
            match = new Match(end, TimeExpressionType.Duration, DurationText(amount, unit));
            return true;
        }

        // "A week before that", "two days after that": counted from the day the narrative is on.
        if (Word(end) is "before" or "after" && Word(end + 1) == "that" && lastDay is not null
            && TryCounted(amount, unit, Word(end) == "before" ? -1 : 1, lastDay, TimeAnchor.TextTime, end + 2, out match))
        {
            return true;
        }

        // "A second blast followed 20 minutes later": that long after the clock time told just before, in this
        // sentence or one of the three before it.
        if (unit.Clock && Word(end) is "later" or "earlier" && lastClock is { } clockMark && sentence[i] - clockMark.Sentence <= 3
            && int.TryParse(amount, System.Globalization.NumberStyles.None, Invariant, out var clockAmount) && clockAmount <= 1_000)
        {
            // "officers shot the attacker at 10:27 a.m., 14 minutes later": set off by a comma straight after the clock
            // time, the length says how long after an earlier time that one came; it names the same time.
            var sign = tokens.TokenAt(clockMark.Span.End) == i - 1 && IsSymbol(i - 1, ',') ? 0 : Word(end) == "later" ? 1 : -1;
            var at = unit.Unit switch
            {
                "H" => clockMark.Value.PlusHours(sign * clockAmount),
                "M" => clockMark.Value.PlusMinutes(sign * clockAmount),
                _ => clockMark.Value.PlusSeconds(sign * clockAmount),
            };
            match = new Match(end + 1, TimeExpressionType.Time, DayText(at.Date) + string.Create(Invariant, $"T{at.Hour:D2}:{at.Minute:D2}"))
            {
                Anchor = TimeAnchor.TextTime,
                AnchorAt = clockMark.Span,
            };
            return true;
        }

        // "profit fell in the third quarter from a year earlier": the same quarter, half, season or month that far
        // before or after the period named just before it in the sentence; "ended in 1996, and a second began
        // three years later": the year.
        // "a loss of 809 million euros a year before": "before" with no object of its own is "earlier".
        if ((Word(end) is "earlier" or "later" || BeforeAsAdverb(end)) && unit.Unit is "Y" or "M" && TryPeriodAway(amount, unit.Unit, Word(end) is "later" or "after" ? 1 : -1, i, end + 1, out match))
        {
            return true;
        }

        // "new cases fell 14% last week ... Deaths fell from 93,000 a week earlier": the week that far from the
        // week named in this sentence or the one before.
        if (Word(end) is "earlier" or "later" && unit.Unit == "W" && TryWeekAway(amount, Word(end) == "later" ? 1 : -1, i, end + 1, out match))
        {
            return true;
        }

        // "founded in the 1990s and split two decades later": the decade that many decades on from the decade the
        // narrative is in; "built in the 19th century ... a century later": the century.
        if (Word(end) is "later" or "earlier" && unit.Unit is "DE" or "CE" && NarrativeEra(i, unit.Unit == "DE" ? 3 : 2) is { } era
            && int.TryParse(amount, System.Globalization.NumberStyles.None, Invariant, out var eras) && eras is >= 1 and <= 100
            && int.Parse(era.Value, System.Globalization.NumberStyles.None, Invariant) + ((Word(end) == "later" ? 1 : -1) * eras) is var shiftedEra
            && shiftedEra >= 0 && shiftedEra < (unit.Unit == "DE" ? 1000 : 100))
        {
            match = new Match(end + 1, TimeExpressionType.Date, shiftedEra.ToString(unit.Unit == "DE" ? "D3" : "D2", Invariant))
            {
                Anchor = TimeAnchor.TextTime,
                AnchorAt = era.Span,
            };
            return true;
        }

        // "In March 2003, the army entered the town. ... A decade later": from the year the narrative is in, when it
        // was named after the last day and lies before the publication's.
        if (Word(end) is "later" or "earlier" && unit.Unit is "Y" or "DE" or "CE" && reference is { } storyNow && NarrativeTime(i, monthGrain: false) is { } story
            && (lastDay is null || story.Span.Start > lastDaySpan.Start) && int.TryParse(story.Value, NumberStyles.None, Invariant, out var storyYear)
            && storyYear >= 1 && storyYear < storyNow.Year
            && TryCounted(amount, unit, Word(end) == "later" ? 1 : -1, new LocalDate(storyYear, 1, 1), TimeAnchor.TextTime, end + 1, out match))
        {
            match = match with { AnchorAt = story.Span };
            return true;
        }

        // "The fighting began in May. Two months later, the town fell.": from the month the narrative is in, when it
        // was named after the last day.
        if (Word(end) is "later" or "earlier" && unit is ("M", false) && NarrativeTime(i, monthGrain: true) is { } storyMonth
            && (lastDay is null || storyMonth.Span.Start > lastDaySpan.Start)
            && int.TryParse(storyMonth.Value.AsSpan(0, 4), NumberStyles.None, Invariant, out var monthYear) && monthYear >= 1
            && TryCounted(amount, unit, Word(end) == "later" ? 1 : -1, new LocalDate(monthYear, int.Parse(storyMonth.Value.AsSpan(5, 2), NumberStyles.None, Invariant), 1),
                TimeAnchor.TextTime, end + 1, out match))
        {
            match = match with { AnchorAt = storyMonth.Span };
            return true;
        }

        // "he had sent the first batch in early February 2010. Two weeks later, he sent a video": weeks from the month the
        // narrative is in (its first day), named with its year in this sentence or the one before and after the last
        // day, and before the publication's month ("submitted last month and 3 weeks later" counts from the publication).
        if (Word(end) is "later" or "earlier" && unit is ("W", false) && reference is { } narrativeNow && NarrativeTime(i, monthGrain: true) is { } narrativeMonth
            && (lastDay is null || narrativeMonth.Span.Start > lastDaySpan.Start) && narrativeMonth.Value.Length == 7
            && sentence[i] - sentence[tokens.TokenAt(narrativeMonth.Span.Start)] <= 1 && WritesYear(narrativeMonth.Span)
            && int.TryParse(narrativeMonth.Value.AsSpan(0, 4), NumberStyles.None, Invariant, out var weeksYear) && weeksYear >= 1
            && int.TryParse(narrativeMonth.Value.AsSpan(5, 2), NumberStyles.None, Invariant, out var weeksMonth) && weeksMonth is >= 1 and <= 12
            && new LocalDate(weeksYear, weeksMonth, 1) is var monthStart && monthStart.PlusMonths(1) <= narrativeNow
            && TryCounted(amount, unit, Word(end) == "later" ? 1 : -1, monthStart, TimeAnchor.TextTime, end + 1, out match))
        {
            match = match with { AnchorAt = narrativeMonth.Span };
            return true;
        }

        if (Word(end) is "later" or "earlier" or "after" or "before" && !(Word(end) is "after" or "before" && end + 1 < tokens.Count && tokens[end + 1].Kind == TokenKind.Word)
            && lastDay is not null && TryCounted(amount, unit, Word(end) is "later" or "after" ? 1 : -1, lastDay, TimeAnchor.TextTime, end + 1, out match))
        {
            return true;
        }

        // "up from a year earlier", "a fortnight later" with no day named before: counted from the publication's.
        if ((Word(end) is "earlier" or "later" || BeforeAsAdverb(end)) && lastDay is null && TryCounted(amount, unit, Word(end) is "later" or "after" ? 1 : -1, reference, TimeAnchor.Publication, end + 1, out match))
        {
            return true;
        }

        if (Word(end) == "from" && Word(end + 1) == "now" && TryCounted(amount, unit, 1, reference, TimeAnchor.Publication, end + 2, out match))
        {
            return true;
        }

        // "talks will resume in two weeks", "in a fortnight's time": as far ahead of the publication, when the
        // clause points forward; in a past clause ("took the town in two weeks") it stays a length, and so it does
        // after a rank ("could be held in June, the second vote in four months", "its highest in 20 years"). With
        // "time" after it ("in two weeks' time") it looks ahead whatever the verb.
        // "reach 2 percent inflation in about two years": an approximation between them.
        var after = Word(end) == "time" ? end + 1 : IsApostrophe(end) && Word(end + 1) == "time" ? end + 2 : end;
        var inAt = Word(i - 1) is "about" or "around" or "roughly" or "approximately" ? i - 2 : i - 1;
        if (Word(inAt) == "in" && !RankedBefore(inAt) && (after > end || TenseCues.PointsForward(tokens, inAt)))
        {
            if (TryCounted(amount, unit, 1, reference, TimeAnchor.Publication, after, out match))
            {
                return true;
            }
        }

        match = default;
        return false;
    }

    /// <summary>
    /// The rank in words (<c>second</c> to <c>twentieth</c>) within the six words before token <paramref name="k"/>,
    /// with no punctuation between: what <c>as many</c> after it counts (<c>the third attack in as many days</c>).
    /// </summary>
    private int? RankBefore(int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 6; j--)
        {
            if (tokens[j].Kind != TokenKind.Word)
            {
                return null;
            }

            if (TimeWords.Ordinals.TryGetValue(tokens[j].Word, out var rank) && rank is >= 2 and <= 20)
            {
                return rank;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a rank (an ordinal or a superlative: <c>the second vote</c>, <c>its highest</c>, <c>the bloodiest</c>, <c>the first time</c>)
    /// stands within the four words before token <paramref name="k"/>, with no punctuation between: "in four months" after
    /// it counts a span, not a time ahead.
    /// </summary>
    private bool RankedBefore(int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 4; j--)
        {
            if (tokens[j].Kind == TokenKind.Symbol)
            {
                return false;
            }

            if (Word(j) is { } word && (TimeWords.Ordinals.ContainsKey(word) || Superlatives.Contains(word) || word is "only" or "last"
                || (word.Length > 5 && word.EndsWith("iest", StringComparison.Ordinal) && word != "priest")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A single day written at token k (a date the date scanner read, or today, tomorrow, yesterday), with where it ends.</summary>
    private bool TryDayAt(int k, out LocalDate day, out int end, out TextSpan span)
    {
        day = default;
        end = k;
        span = default;
        if (dates.TryGetValue(k, out var known) && known.Mention.Value is { IsInterval: false, Precision: TemporalPrecision.Day } value)
        {
            day = value.StartDate;
            end = known.End;
        }
        else if (reference is { } today && Word(k) is "today" or "tomorrow" or "yesterday")
        {
            day = today.PlusDays(Word(k) switch { "tomorrow" => 1, "yesterday" => -1, _ => 0 });
            end = k + 1;
        }
        else if (Word(k) is "next" or "last" or "this" or "coming" && HasDate(k + 1) && TryRelative(k, k + 1, Word(k)!, withThe: false, out var relative)
            && relative.Type == TimeExpressionType.Date && DayOf(relative.Value) is { } relativeDay && relative.Value.Length == 10)
        {
            // "two months after next Friday": a weekday named by its relation (no length inside, so no recursion).
            (day, end) = (relativeDay, relative.End);
        }
        else if (TryHoliday(k, out var holiday) && DayOf(holiday.Value) is { } holidayDay && holiday.Value.Length == 10)
        {
            // "two weeks before Christmas", "three months after Easter".
            (day, end) = (holidayDay, holiday.End);
        }
        else
        {
            return false;
        }

        var last = tokens[end - 1];
        span = new TextSpan(tokens[k].Start, last.End - tokens[k].Start - (last.Kind == TokenKind.Word && IsPossessive(last.Word) ? 2 : 0));
        return true;
    }

    /// <summary>
    /// The period the latest expression of the sentence before token <paramref name="i"/> names (a year <c>2024</c>,
    /// quarter <c>2024-Q3</c>, half <c>2024-H1</c>, season <c>2024-SU</c> or month <c>2024-03</c>),
    /// <paramref name="amount"/> years (<paramref name="unit"/> <c>Y</c>) or months (<c>M</c>, months only) before or
    /// after: <c>2023-Q3</c> for <c>a year earlier</c> after <c>the third quarter</c> of 2024, <c>1999</c> for <c>three
    /// years later</c> after <c>1996</c>. Days are left to the day rules.
    /// </summary>
    private bool TryPeriodAway(string amount, string unit, int direction, int i, int end, out Match match)
    {
        match = default;
        if (found.Count == 0 || !int.TryParse(amount, System.Globalization.NumberStyles.None, Invariant, out var n) || n is < 1 or > 100)
        {
            return false;
        }

        // A length or a set between names no time to count from ("in the three months to March 31, missing forecasts
        // for the first time in more than eight years. Net income was $3 billion, against $3.1 billion a year
        // earlier"): the latest date before it, up to three back.
        var latest = found.Count - 1;
        while (latest > 0 && latest >= found.Count - 3 && found[latest].Type is TimeExpressionType.Duration or TimeExpressionType.Set)
        {
            latest--;
        }

        var earlier = found[latest];

        // "up from 25.7 percent the month before and 20.8 percent a year earlier": a comparison beside another is
        // counted from what that one was counted from (one step back, within the last four found).
        if (earlier.Anchor == TimeAnchor.TextTime && earlier.AnchorSpan is { } from
            && (earlier.Text.EndsWith(" before", StringComparison.Ordinal) || earlier.Text.EndsWith(" after", StringComparison.Ordinal)
                || earlier.Text.EndsWith(" earlier", StringComparison.Ordinal) || earlier.Text.EndsWith(" later", StringComparison.Ordinal)))
        {
            for (var f = latest - 1; f >= 0 && f >= latest - 3; f--)
            {
                if (found[f].Span == from)
                {
                    earlier = found[f];
                    break;
                }
            }
        }

        // The period named in this sentence; the quarter a day ends, in this sentence or the one before ("in the three
        // months to March 31. Revenue rose 18 percent from a year earlier").
        var at = tokens.TokenAt(earlier.Span.Start);
        if (at >= tokens.Count || earlier.Type != TimeExpressionType.Date || sentence[i] - sentence[at] is < 0 or > 1
            || (sentence[at] == sentence[i] ? ShiftedPeriod(earlier.Value.ToString(), unit, direction * n) ?? YearsAway(earlier.Value.ToString()) ?? QuarterYearsAway(earlier.Value.ToString(), at)
                : direction < 0 ? QuarterYearsAway(earlier.Value.ToString(), at) ?? MonthYearsAway(earlier.Value.ToString()) : null) is not { } shifted)
        {
            return false;
        }

        match = new Match(end, TimeExpressionType.Date, shifted) { Anchor = TimeAnchor.TextTime, AnchorAt = earlier.Span };
        return true;

        // "sales rose 0.4 percent last month. Compared with a year earlier, total sales were up 4.6 percent": a month or
        // quarter of figures named in the sentence before, that many years back.
        string? MonthYearsAway(string value) => unit == "Y" && n == 1 && earlier.Modifier == TimexModifier.None && FiguresToldAt(at) ? ShiftedPeriod(value, unit, direction * n) : null;

        // "The first war ended in 1996, and a second began three years later": a year that many years away.
        string? YearsAway(string value) =>
            unit == "Y" && GrainOf(value) == "year" && int.TryParse(value, System.Globalization.NumberStyles.None, Invariant, out var named) && named + (direction * n) is var year and >= 1 and <= 9998
                ? YearText(year)
                : null;

        // "Net income fell in the quarter ending March 30, from $11.6 billion a year earlier", "in the three months to
        // March 31", "for the fiscal second quarter, which ended March 30": the quarter that day ends, that many years away.
        string? QuarterYearsAway(string value, int dayAt)
        {
            var endsAt = Word(dayAt - 1) == "on" ? dayAt - 2 : dayAt - 1;
            var quarterAt = Word(endsAt - 1) is "that" or "which" ? (IsSymbol(endsAt - 2, ',') ? endsAt - 3 : endsAt - 2) : endsAt - 1;
            if (unit != "Y" || Word(endsAt) is not ("ending" or "ended" or "ends" or "to" or "through") || !(Word(quarterAt) == "quarter" || (Word(quarterAt) == "months" && Word(quarterAt - 1) == "three"))
                || value.Length != 10 || !int.TryParse(value.AsSpan(0, 4), System.Globalization.NumberStyles.None, Invariant, out var dayYear)
                || !int.TryParse(value.AsSpan(5, 2), System.Globalization.NumberStyles.None, Invariant, out var month) || dayYear + (direction * n) is not (>= 1 and <= 9998) || month is < 1 or > 12)
            {
                return null;
            }

            // A quarter kept by weeks ends within a week of the calendar quarter's end ("ended Dec. 29", "ended Jan. 1").
            if (DayOf(value) is { } endDay && QuarterEndNear(endDay) is { } quarterEnd)
            {
                (dayYear, month) = (quarterEnd.Year, quarterEnd.Month);
            }

            return QuarterText(dayYear + (direction * n), ((month - 1) / 3) + 1);
        }
    }

    /// <summary>
    /// Whether the clause of token <paramref name="at"/> tells a figure's change (<c>sales rose 0.4 percent last month</c>,
    /// <c>first-quarter output fell 4 percent</c>): a verb of rising or falling, or a percentage, within eight tokens of it
    /// in its sentence.
    /// </summary>
    private bool FiguresToldAt(int at)
    {
        for (var j = Math.Max(0, at - 8); j < tokens.Count && j <= at + 8; j++)
        {
            if (j != at && sentence[j] == sentence[at]
                && (Word(j) is "rose" or "fell" or "grew" or "increased" or "decreased" or "declined" or "dropped" or "climbed" or "jumped" or "slipped" or "gained" or "percent"
                    || IsSymbol(j, '%')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The ISO week <paramref name="amount"/> weeks from the last week named (<c>last week</c>, <c>2021-W20</c>) in the
    /// sentence of token <paramref name="i"/> or the one before, looking back over no more than eight expressions.
    /// </summary>
    private bool TryWeekAway(string amount, int direction, int i, int end, out Match match)
    {
        match = default;
        if (!int.TryParse(amount, System.Globalization.NumberStyles.None, Invariant, out var n) || n is < 1 or > 100)
        {
            return false;
        }

        for (var f = found.Count - 1; f >= 0 && f >= found.Count - 8; f--)
        {
            var earlier = found[f];
            var at = tokens.TokenAt(earlier.Span.Start);
            if (at >= tokens.Count || sentence[i] - sentence[at] > 1)
            {
                return false;
            }

            var value = earlier.Value.ToString();
            if (earlier.Type == TimeExpressionType.Date && earlier.Modifier == TimexModifier.None && value.Length == 8 && value[5] == 'W' && AtGrain(value, "week") is { } monday)
            {
                match = new Match(end, TimeExpressionType.Date, WeekText(monday.PlusWeeks(direction * n))) { Anchor = TimeAnchor.TextTime, AnchorAt = earlier.Span };
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A quarter, half, season or month value (<c>2024-Q3</c>, <c>2024-03</c>) moved by <paramref name="count"/> years
    /// (<paramref name="unit"/> <c>Y</c>) or months (<c>M</c>, a month value only); null for any other value or unit.
    /// </summary>
    private static string? ShiftedPeriod(string value, string unit, int count)
    {
        if (value.Length != 7 || value[4] != '-' || !int.TryParse(value.AsSpan(0, 4), System.Globalization.NumberStyles.None, Invariant, out var year))
        {
            return null;
        }

        var part = value[5..];
        var isMonth = int.TryParse(part, System.Globalization.NumberStyles.None, Invariant, out var month) && month is >= 1 and <= 12;
        var isPeriod = part is "Q1" or "Q2" or "Q3" or "Q4" or "H1" or "H2" or "SP" or "SU" or "FA" or "WI";
        if (unit == "Y" && (isMonth || isPeriod))
        {
            return year + count is >= 1 and <= 9998 ? YearText(year + count) + "-" + part : null;
        }

        if (unit == "M" && isMonth)
        {
            var index = (year * 12) + month - 1 + count;
            return index / 12 is >= 1 and <= 9998 ? MonthText(index / 12, (index % 12) + 1) : null;
        }

        return null;
    }

    /// <summary>
    /// The latest expression that named a quarter (or, with <paramref name="anyPeriod"/>, a half, season or month too)
    /// on its own, not counted from another: what <c>the quarter</c> and <c>the year-earlier period</c> speak of.
    /// </summary>
    private TimeExpression? LatestPeriod(bool anyPeriod) => anyPeriod ? reportedPeriod : reportedQuarter;

    /// <summary>Whether the text at <paramref name="span"/> writes a year in four digits (<c>early February 2010</c>).</summary>
    private bool WritesYear(TextSpan span)
    {
        for (var k = tokens.TokenAt(span.Start); k < tokens.Count && tokens[k].Start < span.End; k++)
        {
            if (IsNumber(k) && tokens[k].Length == 4 && !tokens[k].HasSeparators)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A length in several units, and a date when <c>ago</c> or <c>later</c> follows: <c>1 month 21 days ago</c>.</summary>
    private bool TryCompound(List<(string Amount, (string Unit, bool Clock) Unit)> parts, int end, out Match match)
    {
        parts.Sort((a, b) => UnitRank(a.Unit).CompareTo(UnitRank(b.Unit)));
        var value = new System.Text.StringBuilder("P");
        foreach (var (amount, unit) in parts)
        {
            if (unit.Clock && !value.ToString().Contains('T', StringComparison.Ordinal))
            {
                value.Append('T');
            }

            value.Append(amount).Append(unit.Unit);
        }

        var direction = Word(end) switch { "ago" or "earlier" => -1, "later" => 1, _ => 0 };
        var from = Word(end) == "ago" ? reference : lastDay ?? reference;
        if (direction != 0 && from is { } day && parts.TrueForAll(p => !p.Unit.Clock && int.TryParse(p.Amount, System.Globalization.NumberStyles.None, Invariant, out _)))
        {
            var years = 0;
            var months = 0;
            var days = 0;
            foreach (var (amount, unit) in parts)
            {
                var n = int.Parse(amount, Invariant);
                _ = unit.Unit switch
                {
                    "CE" => years += 100 * n,
                    "DE" => years += 10 * n,
                    "Y" => years += n,
                    "M" => months += n,
                    "W" => days += 7 * n,
                    _ => days += n,
                };
            }

            if (years < 2000 && Shifted(day, months: direction * ((12 * years) + months), days: direction * days) is { } shifted)
            {
                match = new Match(end + 1, TimeExpressionType.Date, DayText(shifted)) { Anchor = Word(end) == "ago" || lastDay is null ? TimeAnchor.Publication : TimeAnchor.TextTime };
                return true;
            }
        }

        match = new Match(end, TimeExpressionType.Duration, value.ToString());
        return true;

    }

    /// <summary>Where a unit stands from the largest (centuries) to the smallest (seconds); -1 for one outside the order.</summary>
    private static int UnitRank((string Unit, bool Clock) unit) =>
        Array.IndexOf(UnitOrder, unit.Clock ? "T" + unit.Unit : unit.Unit);

    private static readonly string[] UnitOrder = ["CE", "DE", "Y", "M", "W", "D", "TH", "TM", "TS"];

    /// <summary>The TIMEX3 value of a length: <c>P3D</c>, <c>PT2H</c>, <c>PXY</c>; half an hour is <c>PT30M</c>.</summary>
    private static string DurationText(string amount, (string Unit, bool Clock) unit)
    {
        if (unit.Unit == "2W")
        {
            // A fortnight is two weeks.
            return amount == "X" ? "PXW" : "P" + (decimal.Parse(amount, Invariant) * 2).ToString("0.###", Invariant) + "W";
        }

        return (amount, unit.Unit, unit.Clock) switch
        {
            ("0.5", "H", true) => "PT30M",
            ("0.5", "Y", false) => "P6M",
            ("0.5", "D", false) => "PT12H",
            ("0.5", "CE", false) => "P50Y",
            ("0.5", "DE", false) => "P5Y",
            ("0.25", "H", true) => "PT15M",
            ("0.25", "Y", false) => "P3M",
            ("0.25", "D", false) => "PT6H",
            ("0.25", "CE", false) => "P25Y",
            _ => (unit.Clock ? "PT" : "P") + amount + unit.Unit,
        };
    }

    /// <summary>
    /// A date a whole number of units from another: <c>three years ago</c> (the year), <c>two weeks ago</c> (the week),
    /// <c>five days later</c> (the day); a vague amount before <c>ago</c> is the past.
    /// </summary>
    private static bool TryCounted(string amount, (string Unit, bool Clock) unit, int direction, LocalDate? from, TimeAnchor anchor, int end, out Match match, bool exactDay = false)
    {
        match = default;
        if (from is not { } day || unit.Clock)
        {
            return false;
        }

        if (amount == "X")
        {
            if (direction > 0 || anchor != TimeAnchor.Publication)
            {
                return false;
            }

            match = new Match(end, TimeExpressionType.Date, "PAST_REF") { Anchor = anchor };
            return true;
        }

        if (!int.TryParse(amount, System.Globalization.NumberStyles.None, Invariant, out var n) || n > 2000)
        {
            return false;
        }

        n *= direction;
        // Counted from a day written out ("two weeks before May 13"), the result is that day; from the publication
        // ("three weeks ago") it has the grain of its unit, as TIMEX3 writes it (decades and centuries: the year).
        string? value = exactDay ? unit.Unit switch
        {
            "Y" => Shifted(day, months: 12 * n) is { } y ? DayText(y) : null,
            "M" => Shifted(day, months: n) is { } m ? DayText(m) : null,
            "W" => Shifted(day, days: n * 7) is { } w ? DayText(w) : null,
            "2W" => Shifted(day, days: n * 14) is { } f ? DayText(f) : null,
            "D" => Shifted(day, days: n) is { } d ? DayText(d) : null,
            _ => null,
        }
        : unit.Unit switch
        {
            "Y" => YearIn(day.Year + n),
            "M" => Shifted(day, months: n) is { } m ? MonthText(m.Year, m.Month) : null,
            "W" => Shifted(day, days: n * 7) is { } w ? WeekText(w) : null,
            "2W" => Shifted(day, days: n * 14) is { } f ? WeekText(f) : null,
            "D" => Shifted(day, days: n) is { } d ? DayText(d) : null,
            // "a decade ago", "three decades ago", "a century ago": the year that far back (2004 from 2014), as news
            // means it; the decade it falls in (the 2000s) is another reading.
            "DE" => YearIn(day.Year + (10 * n)),
            "CE" => YearIn(day.Year + (100 * n)),
            _ => null,
        };
        if (value is null)
        {
            return false;
        }

        match = new Match(end, TimeExpressionType.Date, value) { Anchor = anchor };
        return true;
    }

    private static string? YearIn(int year) => year is >= 1 and <= 9998 ? YearText(year) : null;

    private static LocalDate? Shifted(LocalDate day, int months = 0, int days = 0)
    {
        // Temporal values run from year 1 to 9998; a shift beyond is no date.
        var estimate = day.Year + (months / 12) + (days / 365);
        if (estimate is < 2 or > 9997)
        {
            return null;
        }

        return day.PlusMonths(months).PlusDays(days);
    }

    /// <summary>
    /// An amount before a unit: digits (<c>3</c>, <c>1.5</c>), words (<c>three</c>, <c>twenty-five</c>, <c>two and a
    /// half</c>), <c>a</c>/<c>an</c>, <c>half a</c>, <c>a couple of</c>, <c>a dozen</c>, or a vague amount
    /// (<c>several</c>, <c>a few</c>, <c>many</c>) written <c>X</c>.
    /// </summary>
    // The text of each whole amount, made once: amounts are read at every number, most of which are no length.
    private static readonly string?[] WholeAmounts = new string?[(int)MaxAmount + 1];

    // Superlatives news copy ranks things by in a span ("the deadliest attack in five years").
    private static readonly FrozenSet<string> Superlatives = new HashSet<string>(StringComparer.Ordinal)
    {
        "highest", "lowest", "biggest", "largest", "smallest", "worst", "best", "longest", "shortest", "deadliest",
        "strongest", "weakest", "fastest", "slowest", "sharpest", "steepest", "greatest", "heaviest", "most", "least",
        "fewest", "latest", "earliest", "hottest", "coldest", "wettest", "driest",
    }.ToFrozenSet();

    private static string WholeAmount(int value) => WholeAmounts[value] ??= value.ToString(Invariant);

    /// <summary>
    /// Whether the number at token <paramref name="i"/> may count units of time: above zero, at most
    /// <see cref="MaxAmount"/>, and not money, a number sign, a clock's minutes or a decimal's part (<c>$5</c>, <c>#3</c>).
    /// </summary>
    private bool IsAmountNumber(int i) =>
        tokens[i].Value is > 0 and <= MaxAmount
        && !(i > 0 && tokens[i - 1].Kind == TokenKind.Symbol && tokens[i - 1].Glued && tokens[i - 1].Symbol is '$' or '#' or ':' or '.');

    private bool TryAmount(int i, out string amount, out int end)
    {
        amount = string.Empty;
        end = i;
        ref readonly var token = ref tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            var value = token.Value;
            if (!IsAmountNumber(i) || (i + 2 < tokens.Count && tokens[i + 1].Kind == TokenKind.Hyphen && tokens[i + 2].Kind == TokenKind.Number))
            {
                return false;
            }

            // "55 million years ago": a number with its scale word (millions and billions: a count of years no calendar holds).
            if (Word(i + 1) is "million" or "billion" && NumberWords.Scales.TryGetValue(Word(i + 1)!, out var scale) && value is > 0 and < 1000 && !token.HasSeparators)
            {
                amount = (value * scale).ToString("0", Invariant);
                end = i + 2;
                return true;
            }

            amount = value == decimal.Truncate(value) ? WholeAmount((int)value) : value.ToString("0.###", Invariant);
            end = i + 1;
            return true;
        }

        var w = Word(i);
        switch (w)
        {
            case null:
                return false;
            case "a" or "an" when Word(i + 1) == "few":
                (amount, end) = ("X", i + 2);
                return true;
            case "a" or "an" when Word(i + 1) == "couple" && Word(i + 2) == "of":
                (amount, end) = ("2", i + 3);
                return true;
            case "a" or "an" when Word(i + 1) == "dozen":
                (amount, end) = ("12", i + 2);
                return true;
            // "a quarter of a century", "a quarter of an hour".
            case "a" or "one" when Word(i + 1) == "quarter" && Word(i + 2) == "of" && Word(i + 3) is "a" or "an":
                (amount, end) = ("0.25", i + 4);
                return true;
            // "another two weeks": the amount after it, with it in the extent.
            case "another" when (IsNumber(i + 1) || IsAmountWord(i + 1)) && Word(i + 1) is not ("a" or "an" or "another") && TryAmount(i + 1, out amount, out end):
                return true;
            case "a" or "an" or "another":
                (amount, end) = ("1", i + 1);
                return true;
            case "half" when Word(i + 1) is "a" or "an":
                (amount, end) = ("0.5", i + 2);
                return true;
            case "half" when Word(i + 1) is { } halfOf && TimeWords.Units.ContainsKey(halfOf) && !halfOf.EndsWith('s'):
                (amount, end) = ("0.5", i + 1);
                return true;
            case "couple" when Word(i + 1) == "of":
                (amount, end) = ("2", i + 2);
                return true;
            // "the third attack in as many days": as many units as the rank before it counts.
            case "as" when Word(i + 1) == "many" && RankBefore(i) is { } rank:
                (amount, end) = (rank.ToString(Invariant), i + 2);
                return true;
            case "dozens" or "hundreds" or "thousands" when Word(i + 1) == "of":
                (amount, end) = ("X", i + 2);
                return true;
        }

        if (TimeWords.VagueAmounts.Contains(w))
        {
            (amount, end) = ("X", i + 1);
            return true;
        }

        // A number in words, the clock reader's (one to ninety-nine; "twenty-five" and "twenty five" alike).
        if (!TrySmallNumber(i, 99, out var n, out var k) || n == 0)
        {
            return false;
        }

        amount = n.ToString(Invariant);
        if (FractionAfter(k) is { } fraction)
        {
            amount = (n + fraction.Part).ToString("0.###", Invariant);
            k = fraction.End;
        }

        end = k;
        return true;
    }

    /// <summary><c>and a half</c>, <c>and a quarter</c>, <c>and three quarters</c> after an amount or its unit: the part added, and where the words end.</summary>
    private (decimal Part, int End)? FractionAfter(int k)
    {
        if (Word(k) != "and")
        {
            return null;
        }

        (decimal Part, int End)? fraction = (Word(k + 1), Word(k + 2)) switch
        {
            ("a" or "one", "half") => (0.5m, k + 3),
            ("half", _) => (0.5m, k + 2),
            ("a" or "one", "quarter") => (0.25m, k + 3),
            ("three", "quarters") => (0.75m, k + 3),
            _ => null,
        };

        // "three days and a quarter of the harvest": a share of something else ("a week and a half of talks" is not).
        return fraction is { } found && !(Word(found.End) == "of" && found.Part != 0.5m) ? found : null;
    }

    /// <summary>The day of the week <paramref name="day"/> the nearest to <paramref name="today"/> (up to three days either way).</summary>
    private static LocalDate NearestWeekday(LocalDate today, IsoDayOfWeek day)
    {
        var after = today.With(DateAdjusters.NextOrSame(day));
        var before = today.With(DateAdjusters.PreviousOrSame(day));
        return Period.DaysBetween(today, after) <= Period.DaysBetween(before, today) ? after : before;
    }

    /// <summary>
    /// Whether the article at <paramref name="i"/> follows an amount of something, so that <c>a day</c> after it is a
    /// rate: a number (<c>$100 billion a year</c>, <c>40%</c>), a number and its noun (<c>5,000 barrels a day</c>,
    /// <c>four majors a year</c>, <c>a few hours a day</c>), or a measure of a thing (<c>250,000 barrels of oil a
    /// day</c>, <c>two tonnes of crude oil a year</c>, <c>a handful of books a week</c>, <c>dozens of calls a day</c>).
    /// </summary>
    private bool AfterAmount(int i)
    {
        if (tokens[i - 1].Kind == TokenKind.Number || IsSymbol(i - 1, '%'))
        {
            return true;
        }

        if (tokens[i - 1].Kind != TokenKind.Word)
        {
            return false;
        }

        if (IsCounted(i - 2))
        {
            return true;
        }

        // "30 such cases a year", "20 new jobs a year": a plural noun with a word before it, then the count.
        if (i >= 3 && IsPluralNoun(Word(i - 1)!) && tokens[i - 2].Kind == TokenKind.Word && !tokens[i - 2].Capitalised
            && Word(i - 2) is not ("of" or "in" or "for" or "and" or "or" or "to" or "than" or "the") && IsCounted(i - 3))
        {
            return true;
        }

        // The thing measured is one or two words after "of", the measure a counted noun before it.
        for (var of = i - 2; of >= i - 3 && of >= 2; of--)
        {
            if (Word(of) == "of")
            {
                return tokens[of - 1].Kind == TokenKind.Word && (IsCounted(of - 2) || Word(of - 1) is "handful" or "dozens" or "hundreds" or "thousands" or "millions" or "lots" or "lot" or "plenty" or "couple");
            }

            if (tokens[of].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;

        // A number, a number's words ("four", "2 million"), or an amount told vaguely ("a few hours a day"); not the
        // year of a date already read ("a strike that began in March 1984 lasted a year").
        bool IsCounted(int k) => k >= 0 && ((tokens[k].Kind == TokenKind.Number && !(found.Count > 0 && found[^1].Type is TimeExpressionType.Date or TimeExpressionType.Time && found[^1].Span.End >= tokens[k].End)) || (IsAmountWord(k) && Word(k) is not ("a" or "an" or "half" or "couple"))
            || (Word(k) is { } amount && (TimeWords.VagueAmounts.Contains(amount) || (NumberWords.Scales.ContainsKey(amount) && k > 0 && tokens[k - 1].Kind == TokenKind.Number))));
    }

    // A plural noun of things counted: ending in -s (not a verb's or a pronoun's: "was", "has", "this"), or a plural of people.
    private static bool IsPluralNoun(string word) =>
        (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word is not ("this" or "was" or "has" or "does" or "is" or "its" or "his" or "hers" or "ours" or "yours" or "theirs" or "times" or "days" or "weeks" or "months" or "years" or "hours"))
        || word is "people" or "children" or "men" or "women";

    /// <summary>
    /// Whether <c>before</c> or <c>after</c> at token <paramref name="k"/> stands alone as an adverb, as <c>earlier</c>
    /// and <c>later</c> do (<c>a year before, when</c>, <c>a year before.</c>): no word of an object after it.
    /// </summary>
    private bool BeforeAsAdverb(int k) =>
        Word(k) is "before" or "after" && (k + 1 >= tokens.Count || (tokens[k + 1].Kind == TokenKind.Symbol && tokens[k + 1].Symbol is ',' or '.' or ';' or ':' or ')' or '!' or '?')
            || Word(k + 1) is "when" or "and" or "but" or "while" or "because" or "although" or "though");

    /// <summary>Whether a word may start an amount (for a bound: "more than two years").</summary>
    private bool IsAmountWord(int k) =>
        Word(k) is { } w && (w is "a" or "an" or "half" or "couple" || NumberWords.Units.ContainsKey(w) || NumberWords.Teens.ContainsKey(w)
            || NumberWords.Tens.ContainsKey(w));

    // Whether "for" stands before the amount at token i, past the words that bound or add to it ("for at least two
    // years", "for up to five years", "for another three months").
    private bool ForBefore(int i) => LengthWordBefore(i) == "for";

    // The word before the amount at token i, past the words that bound or add to it ("for at least two years", "over
    // another three months").
    private string? LengthWordBefore(int i)
    {
        var k = i - 1;
        for (var words = 0; words < 3 && Word(k) is "least" or "at" or "to" or "up" or "than" or "more" or "less" or "about" or "nearly" or "almost"
            or "around" or "some" or "another" or "additional" or "extra" or "further" or "a" or "an"; words++)
        {
            k--;
        }

        return Word(k);
    }

    /// <summary><c>every day</c>, <c>each year</c>, <c>every other week</c>, <c>every three days</c>, <c>every Monday</c>, <c>every summer</c>.</summary>
    private bool TryEvery(int i, out Match match)
    {
        match = default;
        var quantifier = Word(i) == "each" ? "EACH" : "EVERY";
        var k = i + 1;
        var amount = "1";
        if (Word(k) == "other")
        {
            amount = "2";
            k++;
        }
        else if (tokens.Count > k && TryAmount(k, out var counted, out var after))
        {
            // "every few weeks": PXW.
            amount = counted;
            k = after;
        }

        var w = Word(k);
        string? value = null;
        if (w is null)
        {
            return false;
        }

        if (TimeWords.Units.TryGetValue(w, out var unit))
        {
            value = DurationText(amount, unit);
        }
        else if (amount is "1" or "2" && TimeWords.Weekdays.TryGetValue(w, out var weekday) && !weekday.Plural)
        {
            value = "XXXX-WXX-" + (int)weekday.Day;
        }
        else if (amount == "1" && TimeWords.Seasons.TryGetValue(w, out var season))
        {
            value = "XXXX-" + season;
        }
        else if (amount == "1" && w == "weekend")
        {
            value = "XXXX-WXX-WE";
        }
        else if (w == "weekends" && amount is not ("1" or "X"))
        {
            // "every two weekends": TIMEX3's weekend as the unit, as "P1WE" is one.
            value = "P" + amount + "WE";
        }
        else if (amount == "1" && tokens[k].Capitalised && TimeWords.Months.TryGetValue(w, out var everyMonth) && !(w == "may" && !IsNumber(k + 1)))
        {
            // "every Dec. 26", "each March": that day or month of every year.
            var dayAt = k + 1 < tokens.Count && IsSymbol(k + 1, '.') && tokens[k].Glued ? k + 2 : k + 1;
            if (IsDayNumber(dayAt) && !(tokens[dayAt].Glued && IsSymbol(dayAt + 1, ':')))
            {
                match = new Match(dayAt + 1, TimeExpressionType.Set, string.Create(Invariant, $"XXXX-{everyMonth:D2}-{(int)tokens[dayAt].Value:D2}")) { Quantifier = quantifier };
                return true;
            }

            value = string.Create(Invariant, $"XXXX-{everyMonth:D2}");
        }
        else if (w is "season" or "quarter" or "seasons" or "quarters" && amount != "X")
        {
            value = "P" + (decimal.Parse(amount, Invariant) * 3).ToString("0.###", Invariant) + "M";
        }
        else if (amount == "1" && DayPartCode(w) is { } part)
        {
            value = "XXXX-XX-XXT" + part;
        }

        if (value is null)
        {
            return false;
        }

        // "every Friday evening": the part of each of those days.
        if (value.StartsWith("XXXX-WXX-", StringComparison.Ordinal) && value.Length == 10 && Word(k + 1) is { } partWord && DayPartCode(partWord) is { } weekdayPart)
        {
            match = new Match(k + 2, TimeExpressionType.Set, value + "T" + weekdayPart) { Quantifier = quantifier };
            return true;
        }

        // "every Monday at 4pm", "every night at 9": the set's days at that clock time.
        var partOfDay = value.StartsWith("XXXX-XX-XXT", StringComparison.Ordinal) ? value[11..] : null;
        if ((value.StartsWith("XXXX-", StringComparison.Ordinal) && value.Length != 7) || w is "day" or "days")
        {
            if (TryClockAfter(k + 1, partOfDay, out var clock, out var clockEnd))
            {
                var days = value.StartsWith("XXXX-", StringComparison.Ordinal) && !value.StartsWith("XXXX-XX-XXT", StringComparison.Ordinal) ? value : "XXXX-XX-XX";
                match = new Match(clockEnd, TimeExpressionType.Set, days + clock) { Quantifier = quantifier };
                return true;
            }
        }

        match = new Match(k + 1, TimeExpressionType.Set, value) { Quantifier = quantifier };
        return true;
    }

    /// <summary><c>once a week</c>, <c>twice a day</c>, <c>three times a year</c>, <c>five times per month</c>, <c>several times a week</c>.</summary>
    private bool TryTimesPer(int i, out Match match)
    {
        match = default;
        string times;
        int k;
        switch (Word(i))
        {
            case "once":
                (times, k) = ("1", i + 1);
                break;
            case "twice":
                (times, k) = ("2", i + 1);
                break;
            case "thrice":
                (times, k) = ("3", i + 1);
                break;

            // "several times a week": a rate of no count (no frequency).
            case "several" or "many" or "multiple" when Word(i + 1) == "times":
                (times, k) = ("X", i + 2);
                break;
            default:
                if (!TryAmount(i, out times, out k) || times == "X" || Word(k) != "times")
                {
                    return false;
                }

                k++;
                break;
        }

        // "twice yearly", "three times weekly": the count before an adverb of recurrence is its frequency.
        if (Word(k) is { } adverb && adverb != "annual" && TimeWords.Recurring.TryGetValue(adverb, out var every) && every[0] == 'P')
        {
            match = new Match(k + 1, TimeExpressionType.Set, every) { Frequency = times == "X" ? null : times + "X" };
            return true;
        }

        if (Word(k) is not ("a" or "an" or "per" or "each" or "every") || Word(k + 1) is not { } unitWord || !TimeWords.Units.TryGetValue(unitWord, out var unit)
            || unitWord.EndsWith('s'))
        {
            return false;
        }

        match = new Match(k + 2, TimeExpressionType.Set, DurationText("1", unit)) { Frequency = times == "X" ? null : times + "X" };
        return true;
    }

    /// <summary>
    /// The token of the unit at <paramref name="k"/>, past <c>business</c> or <c>working</c> before <c>day</c> or
    /// <c>days</c> (<c>ten working days</c>, <c>the next 4 business days</c>, <c>another business day</c>): days
    /// counted on the working week, whose count TIMEX3 writes in days (it has no unit for them).
    /// </summary>
    private int WorkingDaysAt(int k) =>
        Word(k) is "business" or "working" && Word(k + 1) is "days" or "day" && !(k + 2 < tokens.Count && tokens[k + 2].Kind == TokenKind.Hyphen && tokens[k + 2].Glued) ? k + 1 : k;

    /// <summary>
    /// "for six consecutive quarters", "the past two quarters", "three quarters in a row": quarters of a year counted
    /// (TIMEX3's unit <c>Q</c>) from token <paramref name="i"/>, the unit at <paramref name="k"/>: two or more, told as
    /// time (counted without a break, after a word of a length or a relation, or before <c>in a row</c>); not a fraction (<c>three quarters of the vote</c>, <c>five billion and three
    /// quarters</c>).
    /// </summary>
    private bool IsQuartersOfYear(int i, int k, string amount, bool hyphenated, out (string Unit, bool Clock) unit)
    {
        unit = ("Q", false);
        // "for the past several quarters": a vague count after a word of relation.
        if (!hyphenated && Word(k) == "quarters" && amount == "X" && Word(i - 1) is "past" or "last" or "next" or "coming" or "previous" or "following")
        {
            return true;
        }

        if (hyphenated || Word(k) != "quarters" || !decimal.TryParse(amount, NumberStyles.None, Invariant, out var count) || count < 2 || Word(i - 1) == "and")
        {
            return false;
        }

        return Word(k - 1) is "consecutive" or "straight" or "successive"
            || Word(i - 1) is "for" or "over" or "within" or "past" or "last" or "next" or "coming" or "previous" or "following" or "first"
            || (Word(k + 1) == "in" && Word(k + 2) == "a" && Word(k + 3) == "row");
    }

    /// <summary>
    /// Whether <c>last</c> at token <paramref name="k"/> is the verb: after a modal or <c>to</c> (<c>could last
    /// weeks</c>), or after a word that is none of a determiner, a preposition or a conjunction (<c>queues now last
    /// hours</c>, <c>the talks last hours</c>); not <c>in the last weeks</c>, <c>over last months</c>, <c>the two last
    /// years</c>, <c>Last weeks</c>.
    /// </summary>
    private bool LastAsVerb(int k) =>
        Word(k) == "last" && !tokens[k].Capitalised && k > 0 && tokens[k - 1].Kind == TokenKind.Word && !IsAmountWord(k - 1)
        && Word(k - 1) is not ("the" or "a" or "its" or "their" or "his" or "her" or "our" or "my" or "your" or "these" or "those" or "this" or "that" or "in" or "over"
            or "during" or "for" or "within" or "throughout" or "of" or "since" or "at" or "on" or "from" or "by" or "and" or "or" or "than" or "until" or "through"
            or "after" or "before" or "into" or "very" or "few" or "several" or "many" or "all" or "both");

    /// <summary>Whether the word at token <paramref name="k"/> is a unit in the plural (<c>weeks</c>, <c>years</c>).</summary>
    private bool IsPluralUnit(int k) => Word(k) is { } w && w.EndsWith('s') && TimeWords.Units.ContainsKey(w);

    /// <summary>Whether a unit in the plural ends at token <paramref name="k"/>, or before a comma there (<c>days, if not weeks</c>).</summary>
    private bool PluralUnitBefore(int k) => IsPluralUnit(k) || (IsSymbol(k, ',') && IsPluralUnit(k - 1));

    /// <summary>
    /// A unit in the plural without an amount where a word makes it a time: <c>for years</c>, <c>within hours</c>,
    /// <c>hours later</c>, <c>years ago</c>, <c>years in advance</c>, <c>weeks ahead of the vote</c>, <c>a matter of days</c>.
    /// </summary>
    private bool TryBareUnits(int i, out Match match)
    {
        match = default;

        // "a month-long offensive", "a years-long siege": the unit and "-long", one of it or some of it.
        if (IsLongAfter(i) && Word(i) is { } lengthUnit && TimeWords.Units.TryGetValue(lengthUnit, out var longUnit))
        {
            match = new Match(i + 3, TimeExpressionType.Duration, DurationText(lengthUnit.EndsWith('s') ? "X" : "1", longUnit));
            return true;
        }

        if (Word(i) is not { } w || !w.EndsWith('s') || !TimeWords.Units.TryGetValue(w, out var unit))
        {
            return false;
        }

        // "years ago": the past; "hours later": a length the narrative moved on by; "minutes apart": the length between.
        if (Word(i + 1) == "ago" && reference is not null)
        {
            match = new Match(i + 2, TimeExpressionType.Date, "PAST_REF") { Anchor = TimeAnchor.Publication };
            return true;
        }

        // "could last weeks", "weeks or even months", "days, if not weeks": a verb of lasting after a modal, and a second
        // unit after the first.
        var lastVerb = LastAsVerb(i - 1);
        var orAnother = (Word(i - 1) is "or" or "and" && PluralUnitBefore(i - 2)) || (Word(i - 1) == "even" && Word(i - 2) is "or" or "and" && PluralUnitBefore(i - 3))
            || (Word(i - 1) == "not" && Word(i - 2) == "if" && PluralUnitBefore(i - 3));

        // "ending months of deadlock", "Years of war have left": a length of something; not "the months of June and
        // July", "its final weeks of campaigning", "two years of", "the minutes of the meeting".
        var lengthOf = w is "hours" or "days" or "weeks" or "months" or "years" or "decades" && Word(i + 1) == "of" && i + 2 < tokens.Count
            && tokens[i + 2].Kind == TokenKind.Word && Word(i + 2) is { } what && !TimeWords.Months.ContainsKey(what) && !IsAmountWord(i - 1)
            && !(i > 0 && tokens[i - 1].Kind is TokenKind.Number or TokenKind.Hyphen)
            && Word(i - 1) is not ("the" or "these" or "those" or "its" or "their" or "his" or "her" or "our" or "my" or "your" or "several" or "many" or "few" or "recent"
                or "past" or "coming" or "last" or "next" or "first" or "final" or "early" or "later" or "some" or "all" or "both" or "previous" or "following"
                or "dozen" or "dozens" or "hundreds" or "thousands" or "consecutive" or "successive" or "straight");
        // "Rivers rose in a matter of hours": a short length.
        var matterOf = Word(i - 1) == "of" && Word(i - 2) == "matter";
        if (!lastVerb && !orAnother && !lengthOf && !matterOf && Word(i - 1) is not ("for" or "in" or "within" or "over" or "after" or "during" or "than" or "lasted" or "spent" or "took" or "recent" or "coming"
                or "take" or "takes" or "taking" or "lasts" or "lasting" or "spend" or "spends" or "spending" or "waited" or "need" or "needs" or "needed" or "only" or "just")
            && Word(i + 1) is not ("later" or "earlier" or "after" or "before" or "apart")
            && !(Word(i + 1) == "in" && Word(i + 2) == "advance") && !(Word(i + 1) == "ahead" && Word(i + 2) == "of"))
        {
            return false;
        }

        // "for years of war" is still a length; "in years past" too. "Over months and years" reads the first. "had only
        // weeks to plan", "just days": a short length.
        match = new Match(i + 1, TimeExpressionType.Duration, DurationText("X", unit));
        return true;
    }
}
