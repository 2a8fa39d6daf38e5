using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using NodaTime.Calendars;
using Sitrep.Sources;
using Sitrep.Text.Dates;
using Sitrep.Text.Numbers;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.TimeExpressions;

/// <summary>
/// Words that start time expressions: references (<c>now</c>, <c>recently</c>, <c>the past</c>), periods relative to
/// the publication date (<c>next year</c>, <c>this summer</c>, <c>the past two years</c>), months and seasons alone,
/// years, decades, centuries, quarters, and days relative to an earlier one (<c>the next day</c>).
/// </summary>
internal sealed partial class TimeScan
{
    private bool TryWord(int i, out Match match)
    {
        match = default;
        var w = Word(i)!;
        switch (w)
        {
            // Not "now-defunct", nor a name's first word in mid-sentence ("a compound in Now Den of Sabari district",
            // "the village of Do Sang, Now Zad district").
            case "now" when !(i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Hyphen && tokens[i].Glued) && !StartsName(i) && !EndsName(i):
            case "currently" or "presently" or "nowadays":
            case "today" when TenseCues.TodayAsNowadays(tokens, i):
                match = new Match(i + 1, TimeExpressionType.Date, "PRESENT_REF");
                return true;
            case "present" when Word(i - 1) == "at":
                match = new Match(i + 1, TimeExpressionType.Date, "PRESENT_REF");
                return true;
            // "Ten years ago this week ... The attack began shortly after noon on a Saturday": some Saturday, that of the
            // week the narrative is in when one was named and it is told in the past, else any ("The market opens on a
            // Monday", "met on a Sunday in 2019").
            case "a" when Word(i - 1) == "on" && i + 1 < tokens.Count && tokens[i + 1].Capitalised && sentence[i + 1] == sentence[i] && TimeWords.Weekdays.TryGetValue(Word(i + 1) ?? string.Empty, out var someDay) && !someDay.Plural:
                match = Word(i + 2) is not ("in" or "of") && TenseCues.ToldInPast(tokens, i)
                    && LatestOfNarrative(i, value => value.Length == 8 && value[4] == '-' && value[5] == 'W' ? value : null) is { } inWeek
                    && AtGrain(inWeek.Value, "week") is { } monday
                    ? new Match(i + 2, TimeExpressionType.Date, DayText(RelativeDays.WeekDay(monday, someDay.Day)))
                    {
                        Anchor = TimeAnchor.TextTime,
                        AnchorAt = inWeek.Span,
                    }
                    : new Match(i + 2, TimeExpressionType.Date, "XXXX-WXX-" + (int)someDay.Day);
                return true;
            // "the deadliest attack to date"; "up to date" is an adjective.
            case "to" or "till" when Word(i + 1) == "date" && Word(i - 1) != "up" && !IsNumber(i + 2) && !(i + 2 < tokens.Count && tokens[i + 2].Kind == TokenKind.Hyphen && tokens[i + 1].Glued):
                match = new Match(i + 2, TimeExpressionType.Date, "PRESENT_REF");
                return true;
            case "these" when Word(i + 1) == "days":
                match = new Match(i + 2, TimeExpressionType.Date, "PRESENT_REF");
                return true;
            // "is expected to end soon": ahead of now; not "as soon as", "soon after" (a relation to an event), "too soon".
            case "soon" when Word(i - 1) is not ("as" or "how" or "too" or "so") && Word(i + 1) is not ("after" or "afterwards" or "afterward" or "thereafter" or "as" or "enough" or "before"):
                match = new Match(i + 1, TimeExpressionType.Date, "FUTURE_REF");
                return true;
            // "trains run on alternate days": every other one.
            case "alternate" when Word(i + 1) is { } alternateUnits && alternateUnits.EndsWith('s') && TimeWords.Units.TryGetValue(alternateUnits, out var everyOther) && !everyOther.Clock:
                match = new Match(i + 2, TimeExpressionType.Set, DurationText("2", everyOther));
                return true;
            // "expected them to strike again sooner or later": some time ahead.
            case "sooner" when Word(i + 1) == "or" && Word(i + 2) == "later":
                match = new Match(i + 3, TimeExpressionType.Date, "FUTURE_REF");
                return true;
            // "in its first 12 months": a length with its determiner.
            case "its" or "their" or "his" or "her" when Word(i + 1) is "first" or "initial" && i + 2 < tokens.Count
                && (tokens[i + 2].Kind == TokenKind.Number || IsAmountWord(i + 2) || (Word(i + 2) is { } vague && TimeWords.VagueAmounts.Contains(vague)))
                && Word(i + 2) is not ("a" or "an") && TryLength(i + 2, out match) && match.Type == TimeExpressionType.Duration:
                return true;
            // "spend its first weeks testing", "in their final months": some of the first or last units, with the
            // determiner.
            case "its" or "their" or "his" or "her" when TryFirstUnits(i + 1, out match):
                return true;
            case { } holiday when IsHolidayStart(holiday) && TryHoliday(i, out match):
                return true;
            // "by year-end", "before month-end", "at year's end": the end of the publication's year or month.
            case "year" or "month" when (IsHyphenThen(i, "end") || (IsPossessive(tokens.WordAt(i)!) && Word(i + 1) == "end")) && reference is { } endOf
                && Word(i - 1) is not ("a" or "an" or "each" or "every" or "per"):
                match = new Match(Word(i + 1) == "end" ? i + 2 : i + 3, TimeExpressionType.Date, w == "year" ? YearText(endOf.Year) : MonthText(endOf.Year, endOf.Month))
                {
                    Modifier = TimexModifier.End,
                    Anchor = TimeAnchor.Publication,
                };
                return true;
            // "won the league 19 times, most recently in 2011": the latest of them, no time of its own.
            case "recently" when Word(i - 1) == "most":
                return false;
            // "as recently as Monday morning": the time after it is the one told.
            case "recently" when Word(i - 1) == "as" && Word(i + 1) == "as":
                return false;
            case "recently" or "lately":
                match = new Match(i + 1, TimeExpressionType.Date, "PAST_REF");
                return true;
            case "recent" when Word(i + 1) is { } units && units.EndsWith('s') && TimeWords.Units.TryGetValue(units, out var unit):
                match = new Match(i + 2, TimeExpressionType.Duration, DurationText("X", unit));
                return true;
            case "the":
                return TryThe(i, out match);
            // "at this time": now ("at this time of year" is a season of any year).
            case "this" when Word(i - 1) == "at" && Word(i + 1) == "time" && Word(i + 2) != "of":
                match = new Match(i + 2, TimeExpressionType.Date, "PRESENT_REF");
                return true;
            // "remains unsolved to this day": now; "on this day" the publication's; not "this day in 1945" (the
            // anniversary), "this day and age", "this day of all days".
            case "this" when Word(i + 1) == "day" && Word(i + 2) is not ("in" or "of" or "and" or "last" or "next" or "a" or "one" or "that" or "when")
                && !IsNumber(i + 2) && !(i + 2 < tokens.Count && tokens[i + 2].Kind == TokenKind.Hyphen && tokens[i + 1].Glued):
                if (Word(i - 1) is "to" or "until" or "till")
                {
                    match = new Match(i + 2, TimeExpressionType.Date, "PRESENT_REF");
                    return true;
                }

                if (reference is not { } thisDay)
                {
                    return false;
                }

                match = new Match(i + 2, TimeExpressionType.Date, DayText(thisDay)) { Anchor = TimeAnchor.Publication };
                return true;
            // "One night, gunmen stormed the village", "arrived one morning in May": a morning of no day told; not a
            // length ("spent one night in jail", "for one night"), nor one of a kind ("one night of fighting").
            case "one" when Word(i + 1) is "morning" or "afternoon" or "evening" or "night" && Word(i + 2) is not ("of" or "'s" or "stand" or "stands")
                && Word(i - 1) is not ("for" or "spent" or "spend" or "spends" or "spending" or "stayed" or "stay" or "stays" or "lasted" or "lasts" or "last" or "only"
                    or "just" or "than" or "within" or "in" or "over" or "about" or "least" or "most" or "after" or "every" or "each" or "of" or "the" or "per"):
                match = new Match(i + 2, TimeExpressionType.Time, "XXXX-XX-XXT" + DayPartCode(Word(i + 1)!));
                return true;
            case "as" when Word(i + 1) == "soon" && Word(i + 2) == "as" && Word(i + 3) is "possible" or "practicable":
                match = new Match(i + 4, TimeExpressionType.Date, "FUTURE_REF");
                return true;
            case "year" when Word(i + 1) == "to" && Word(i + 2) == "date" && reference is { } yearNow:
                // "the year to date": this year so far.
                match = new Match(i + 3, TimeExpressionType.Date, YearText(yearNow.Year)) { Anchor = TimeAnchor.Publication };
                return true;
            // "could last another decade", "will last two years", "take effect at midnight and last 72 hours": the verb,
            // not the relation.
            case "last" when Word(i - 1) is "could" or "would" or "will" or "may" or "might" or "can" or "should" or "must" or "to" or "not" or "also"
                || (Word(i - 1) is "and" or "or" && (IsNumber(i + 1) || (IsAmountWord(i + 1) && Word(i + 1) is not "half"))):
                return false;
            // "began at first light on Thursday", "by last light": dawn and dusk as soldiers and reporters say them.
            case "first" or "last" when Word(i + 1) == "light" && Word(i - 1) is "at" or "before" or "after" or "until" or "till" or "by" or "since" or "from":
                return TryClockWord(i, out match);
            // "this would be his last year with the team", "their next season": the owner's final or following one, no
            // time told from the publication.
            case "last" or "next" or "past" or "coming" when Dates.DateScanner.IsPossessiveDeterminer(Word(i - 1)):
                return false;
            case "this" or "last" or "next" or "past" or "coming":
                return TryRelative(i, i + 1, w, withThe: false, out match);
            // "that night": the night of the day the narrative is on; after a step back told in the past perfect in a
            // sentence of its own, the day the narrative resumes on.
            // After a past month or year named since the last day ("In March 2003, the army entered the town. That
            // night"), that month's or year's day, which one not told.
            case "that" when Word(i + 1) is "day" or "morning" or "afternoon" or "evening" or "night" && CoarseNarrativeSinceDay(i) is { } thatCoarse:
                match = DayNotTold(i + 2, Word(i + 1)!, thatCoarse);
                return true;
            case "that" when Word(i + 1) is "day" or "morning" or "afternoon" or "evening" or "night" && lastDay is { } thatDay:
                var resumed = dayBeforePerfect is { } resume && sentence[i] != lastDaySentence ? resume : (Mark<LocalDate>?)null;
                thatDay = resumed?.Value ?? thatDay;
                match = Word(i + 1) == "day"
                    ? new Match(i + 2, TimeExpressionType.Date, DayText(thatDay)) { Anchor = TimeAnchor.TextTime, AnchorAt = resumed?.Span }
                    : new Match(i + 2, TimeExpressionType.Time, DayText(thatDay) + "T" + DayPartCode(Word(i + 1)!)) { Anchor = TimeAnchor.TextTime, AnchorAt = resumed?.Span };
                return true;
            // "When the siege began in April 1992 ... Her father was killed that December": the month of the year the
            // narrative is in (the latest year named, in this sentence or the one before).
            // Not "said that March was the deadliest month" ("that" opening a clause) nor "that May Day".
            case "that" when Word(i + 1) is { } thatMonthName && tokens[i + 1].Capitalised && TimeWords.Months.TryGetValue(thatMonthName, out var thatMonth)
                && !(thatMonthName == "may" && Word(i + 2) == "day") && !ClauseThat(i):
                return TryMonthOfNarrative(i, thatMonth, out match);
            // "The war began in 2011. That year, 5,000 people died", "later that year": the year the narrative is in;
            // "that month" its month. Not "said that year-end results" ("that" opening a clause), nor after "of" (what
            // it is of reads it: "Dec. 26 of that year").
            case "that" when Word(i + 1) is "year" or "month" && Word(i - 1) != "of" && !IsHyphenThen(i + 1, "end") && !ClauseThat(i) && NarrativeTime(i, Word(i + 1) == "month") is { } narrative:
                match = new Match(i + 2, TimeExpressionType.Date, narrative.Value) { Anchor = TimeAnchor.TextTime, AnchorAt = narrative.Span };
                return true;
            // "The siege began in April 1992. That summer, shelling was constant": the season of the narrative's year.
            case "that" when Word(i + 1) is { } thatSeason && TimeWords.Seasons.TryGetValue(thatSeason, out var seasonCode) && thatSeason != "fall" && !ClauseThat(i)
                && NarrativeTime(i, monthGrain: false) is { } seasonOf:
                match = new Match(i + 2, TimeExpressionType.Date, seasonOf.Value + "-" + seasonCode) { Anchor = TimeAnchor.TextTime, AnchorAt = seasonOf.Span };
                return true;
            // "that weekend": the weekend of the day the narrative is on, or some weekend when no day was named.
            case "that" when Word(i + 1) == "weekend":
                match = lastDay is { } weekendDay
                    ? new Match(i + 2, TimeExpressionType.Date, WeekText(weekendDay) + "-WE") { Anchor = TimeAnchor.TextTime }
                    : new Match(i + 2, TimeExpressionType.Date, "XXXX-WXX-WE");
                return true;
            // "a yearlong siege", "the weeklong festival": a length of one unit, written as one word.
            case "yearlong" or "monthlong" or "weeklong" or "daylong" or "hourlong" or "decadelong":
                match = new Match(i + 1, TimeExpressionType.Duration, DurationText("1", TimeWords.Units[w[..^4]]));
                return true;
            case "tomorrow" when reference is { } today:
                return TryDayWithPart(i + 1, today.PlusDays(1), out match);
            case "noon" or "midday" or "midnight" or "dawn" or "dusk" or "daybreak" or "nightfall" or "noonish":
            case "mid" when Word(i + 1) is "day" or "night" || IsHyphenThen(i, "day") || IsHyphenThen(i, "night"):
                return TryClockWord(i, out match);
            case "every" or "each":
                return TryEvery(i, out match);
            // "full-year profit": the year reported on, the publication's.
            case "full" when IsHyphenThen(i, "year") && reference is { } fullYearNow && AccountsNoun(Word(i + 3)):
                match = new Match(i + 3, TimeExpressionType.Date, YearText(fullYearNow.Year)) { Anchor = TimeAnchor.Publication };
                return true;
            case "all" or "full" or "whole" or "entire":
                return TryWholeUnit(i, out match);
            case "current" or "upcoming" or "previous":
                return TryRelative(i, i + 1, w switch { "current" => "this", "previous" => "last", _ => "next" }, withThe: false, out match);
            case "early" or "late" or "mid" when Word(i + 1) is "morning" or "afternoon" or "evening":
                return TryPartOfDay(i, i + 1, out match);
            // "mid-morning", "late-afternoon", "midafternoon": the part's middle, end or start, written as one word.
            case "early" or "late" or "mid" when IsHyphenThen(i, "morning") || IsHyphenThen(i, "afternoon") || IsHyphenThen(i, "evening"):
                return TryPartOfDay(i, i + 2, out match);
            // "expected to close by mid-year", "talks stalled midweek", "a vote due mid-month": the middle of the week,
            // month or year the narrative is in, else the publication's; not one of a kind ("a mid-year bonus").
            case "midweek" or "midmonth" or "midyear" when Word(i - 1) is not ("a" or "an" or "each" or "every" or "per"):
                return TryMiddleOfPeriod(w[3..], i, i + 1, out match);
            case "mid" when (IsHyphenThen(i, "week") || IsHyphenThen(i, "month") || IsHyphenThen(i, "year")) && Word(i - 1) is not ("a" or "an" or "each" or "every" or "per"):
                return TryMiddleOfPeriod(Word(i + 2)!, i, i + 3, out match);
            case "midmorning" or "midafternoon" or "midevening":
                return TryPartOfDay(i, i, out match);
            case "morning" or "afternoon" or "evening" when TryClockAfter(i + 1, DayPartCode(w), out _, out _) || ByPartOfDay(i):
                return TryPartOfDay(i, i, out match);
            case "once" or "twice" or "thrice":
                return TryTimesPer(i, out match);
            case "several" or "many" or "multiple" when Word(i + 1) == "times":
                return TryTimesPer(i, out match);
            case "fiscal":
                return TryFiscal(i, out match);
            // "week 10": that ISO week of the publication's year; "week 10 of the war" counts weeks of something else,
            // and "closed the week 2% higher" says by how much.
            case "week" when reference is { } weekNow && IsNumber(i + 1) && tokens[i + 1].Length <= 2 && !tokens[i + 1].HasSeparators && tokens[i + 1].Value >= 1
                && tokens[i + 1].Value <= WeekYearRules.Iso.GetWeeksInWeekYear(WeekYearRules.Iso.GetWeekYear(weekNow)) && Word(i + 2) is not ("of" or "percent" or "per" or "pct" or "points" or "point")
                && !IsSymbol(i + 2, '%') && !(i + 2 < tokens.Count && tokens[i + 2].Kind == TokenKind.Hyphen):
                match = new Match(i + 2, TimeExpressionType.Date, string.Create(Invariant, $"{WeekYearRules.Iso.GetWeekYear(weekNow):D4}-W{(int)tokens[i + 1].Value:D2}")) { Anchor = TimeAnchor.Publication };
                return true;
            // "I leave everyday": every day; "everyday life" is ordinary life.
            case "everyday" when i + 1 >= tokens.Count || tokens[i + 1].Kind == TokenKind.Symbol:
                match = new Match(i + 1, TimeExpressionType.Set, "P1D") { Quantifier = "EVERY" };
                return true;
            case "q" when tokens[i].Glued && IsNumber(i + 1) && tokens[i + 1].Value is >= 1 and <= 4 && tokens[i + 1].Length == 1:
                return TryQuarterOf(i + 2, (int)tokens[i + 1].Value, "Q", out match);
            // "2,000 refugees per week", "$5 per day": a rate after an amount, as "a week" after one.
            case "per" when i >= 1 && Word(i + 1) is "day" or "week" or "month" or "year" or "hour" && AfterAmount(i):
                match = new Match(i + 2, TimeExpressionType.Set, DurationText("1", TimeWords.Units[Word(i + 1)!]));
                return true;
            // "FY2014", "FY 2013", "FY14": a fiscal year, the abbreviation in capitals.
            case "fy" when tokens[i].Capitalised && TryAbbreviatedYear(i + 1, twoDigitsGlued: tokens[i].Glued, out var fiscalYear, out var fiscalEnd):
                match = new Match(fiscalEnd, TimeExpressionType.Date, "FY" + YearText(fiscalYear));
                return true;
            // "H1 2014", "H2'13": a half of that year; only with its year ("H2" alone is as often hydrogen, "H1N1" a virus).
            case "h" when tokens[i].Capitalised && tokens[i].Glued && IsNumber(i + 1) && tokens[i + 1].Value is 1 or 2 && tokens[i + 1].Length == 1
                && TryAbbreviatedYear(i + 2, twoDigitsGlued: false, out var halfYear, out var halfEnd):
                match = new Match(halfEnd, TimeExpressionType.Date, YearText(halfYear) + "-H" + ((int)tokens[i + 1].Value).ToString(Invariant));
                return true;
        }

        // "in nineteen twenty eight", "the year two thousand": a year in words where a year is expected; a word other
        // than a joining one, or a hyphen, after it makes the words a count ("in two thousand homes", "nineteen
        // twenty-year-olds").
        if (Word(i - 1) is "in" or "of" or "year" && TryYearWords(i, out var spokenYear, out var spokenEnd)
            && (spokenEnd >= tokens.Count || tokens[spokenEnd].Kind is not (TokenKind.Word or TokenKind.Hyphen or TokenKind.Number)
                || Word(spokenEnd) is "and" or "or" or "but" or "when" or "while" or "after" or "before" or "until" or "to" or "in" or "at" or "on" or "as" or "with" or "from"))
        {
            match = new Match(spokenEnd, TimeExpressionType.Date, YearText(spokenYear));
            return true;
        }

        // "bi-weekly", "bi-monthly": every two weeks or months.
        if (w == "bi" && i + 2 < tokens.Count && tokens[i + 1].Kind == TokenKind.Hyphen && tokens[i].Glued && Word(i + 2) is "weekly" or "monthly")
        {
            match = new Match(i + 3, TimeExpressionType.Set, Word(i + 2) == "weekly" ? "P2W" : "P2M");
            return true;
        }

        // "near-daily shelling": daily, all but; the set with its qualifier.
        if (w == "near" && i + 2 < tokens.Count && tokens[i + 1].Kind == TokenKind.Hyphen && tokens[i].Glued && tokens[i + 1].Glued
            && Word(i + 2) is { } nearly && TimeWords.Recurring.TryGetValue(nearly, out var nearlyRecurring))
        {
            match = new Match(i + 3, TimeExpressionType.Set, nearlyRecurring);
            return true;
        }

        if (TimeWords.Recurring.TryGetValue(w, out var recurring) && !EndsName(i) && !IsPublicationNoun(i))
        {
            match = new Match(i + 1, TimeExpressionType.Set, recurring);
            return true;
        }

        if (TimeWords.Months.TryGetValue(w, out var month))
        {
            return TryMonth(i, month, null, out match);
        }

        if (TimeWords.Seasons.ContainsKey(w))
        {
            return TrySeason(i, null, out match);
        }

        if (TimeWords.Weekdays.TryGetValue(w, out var weekday) && weekday.Plural)
        {
            match = new Match(i + 1, TimeExpressionType.Set, "XXXX-WXX-" + (int)weekday.Day);
            return true;
        }

        // "works weekends", "closed on weekends": every weekend, as plural days are; not weekends counted or
        // picked out ("two weekends", "the past few weekends", "those weekends", "consecutive weekends").
        if (w == "weekends" && !CountedOrPickedOut(i))
        {
            match = new Match(i + 1, TimeExpressionType.Set, "XXXX-WXX-WE");
            return true;
        }

        // "works nights", "I'll be out mornings": every such part of the day, as weekends are; not the nights counted,
        // picked out or told of ("three nights", "the nights", "many evenings", "nights of shelling", "nights that").
        if (w is "mornings" or "afternoons" or "evenings" or "nights" && !CountedOrPickedOut(i)
            && Word(i - 1) is not ("sleepless" or "most" or "other" or "such" or "long" or "cold" or "dark" or "early" or "late" or "first" or "final" or "subsequent" or "following")
            && Word(i + 1) is not ("of" or "that" or "which" or "when" or "in" or "after" or "before"))
        {
            // "leaves mornings at 9": that clock time of every morning.
            var part = DayPartCode(w[..^1])!;
            match = TryClockAfter(i + 1, part, out var partClock, out var partClockEnd) && Word(i + 1) == "at"
                ? new Match(partClockEnd, TimeExpressionType.Set, "XXXX-XX-XX" + partClock)
                : new Match(i + 1, TimeExpressionType.Set, "XXXX-XX-XXT" + part);
            return true;
        }

        if (TimeWords.Ordinals.TryGetValue(w, out var ordinal) && TryOrdinalPeriod(i, ordinal, out match))
        {
            return true;
        }

        // "the fourth of May", "the twenty third day of September", "the thirty-first day of the month".
        if (TryOrdinalDay(i, out var day, out var afterDay)
            && (TryDayOfMonth(Word(afterDay) == "day" && Word(afterDay + 1) == "of" ? afterDay + 2 : Word(afterDay) == "of" ? afterDay + 1 : afterDay, day, i, out match)
                || TryDayOfRelativeMonth(afterDay, day, out match)))
        {
            return true;
        }

        // "twenty five January 1986": a day as a number in words before a capitalised month (May and March only
        // with "of": "five May" is too often a count before a name).
        if (TrySmallNumber(i, 31, out var cardinalDay, out var afterCardinal) && cardinalDay > 0 && Word(afterCardinal) is { } monthName
            && TimeWords.Months.ContainsKey(monthName) && tokens[afterCardinal].Capitalised && monthName.Length > 3 && monthName is not ("may" or "march")
            && TryDayOfMonth(afterCardinal, cardinalDay, i, out match))
        {
            return true;
        }

        return TryTimesPer(i, out match) || TryLength(i, out match) || TryBareUnits(i, out match);
    }

    // Verbs of a period's edge: "to end the year", "closed the week", "began the month".
    private static readonly FrozenSet<string> PeriodEdgeVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "end", "ends", "ended", "close", "closes", "closed", "finish", "finishes", "finished", "start", "starts", "started", "begin", "begins", "began",
    }.ToFrozenSet();

    /// <summary>Expressions that start with "the": <c>the past</c>, <c>the future</c>, <c>the past two years</c>, <c>the 1990s</c>, <c>the weekend</c>, <c>the next day</c>.</summary>
    private bool TryThe(int i, out Match match)
    {
        match = default;
        var next = Word(i + 1);

        // "at the moment", "at the present time": now.
        if (Word(i - 1) == "at" && (next == "moment" || (next == "present" && Word(i + 2) == "time")))
        {
            match = new Match(next == "moment" ? i + 2 : i + 3, TimeExpressionType.Date, "PRESENT_REF");
            return true;
        }

        // "in the 2015-16 financial year", "the 2013-14 fiscal year": the fiscal year, named by the year it ends in.
        if (IsNumber(i + 1) && tokens[i + 1] is { Length: 4, HasSeparators: false } startYear && startYear.Value is >= 1900 and <= 2199 && i + 5 < tokens.Count
            && tokens[i + 2].Kind == TokenKind.Hyphen && IsNumber(i + 3) && tokens[i + 3].Length == 2 && tokens[i + 3].Value == (startYear.Value + 1) % 100
            && Word(i + 4) is "financial" or "fiscal" && Word(i + 5) == "year")
        {
            match = new Match(i + 6, TimeExpressionType.Date, "FY" + YearText((int)startYear.Value + 1));
            return true;
        }

        // "orders are expected to rise in the April-June quarter", "the October-December period": the calendar quarter
        // its months span, of the year its tense and a year after it say.
        if (TryMonthSpanQuarter(i + 1, out match))
        {
            return true;
        }

        // "from $35.7 million in the year-earlier period", "the year-ago quarter": the quarter (or half, season,
        // month) spoken of, a year before.
        if (next == "year" && i + 4 < tokens.Count && tokens[i + 2].Kind == TokenKind.Hyphen && tokens[i + 1].Glued && tokens[i + 2].Glued
            && Word(i + 3) is "earlier" or "ago" && Word(i + 4) is "period" or "quarter" or "half" or "month" or "season"
            && LatestPeriod(anyPeriod: Word(i + 4) != "quarter") is { } spokenOf && ShiftedPeriod(spokenOf.Value.ToString(), "Y", -1) is { } yearBefore)
        {
            match = new Match(i + 5, TimeExpressionType.Date, yearBefore) { Anchor = TimeAnchor.TextTime, AnchorAt = spokenOf.Span };
            return true;
        }

        // "inflation in the year to February", "sales in the week ending Saturday", "growth in the year to the end of
        // March": a length of one unit up to the day or month named after it (which is read as its own expression).
        if (next is "year" or "month" or "week" && Word(i + 2) is "to" or "through" or "ending" or "ended" && i + 3 < tokens.Count
            && (IsNumber(i + 3) || (tokens[i + 3].Capitalised && Word(i + 3) is { } untilWord && (TimeWords.Months.ContainsKey(untilWord) || TimeWords.Weekdays.ContainsKey(untilWord)))
                || (Word(i + 3) == "the" && Word(i + 4) is "end" or "start" or "beginning" or "middle" && Word(i + 5) == "of")))
        {
            match = new Match(i + 2, TimeExpressionType.Duration, DurationText("1", TimeWords.Units[next]));
            return true;
        }

        // "rose 30 percent from the same period in 2012", "the same quarter last year", "the same period a year
        // earlier": the quarter (or half, season, month) spoken of, in that year.
        if (next == "same" && Word(i + 2) is "period" or "quarter" or "half" or "season" && LatestPeriod(anyPeriod: true) is { } samePeriod
            && samePeriod.Value.ToString() is { Length: 7 } spoken && int.TryParse(spoken.AsSpan(0, 4), NumberStyles.None, Invariant, out var spokenYear))
        {
            var after = i + 3;
            (int Year, int End)? inYear = Word(after) switch
            {
                "in" or "of" when TryYearAt(after + 1, out var named, out var namedEnd) => (named, namedEnd),
                "last" when Word(after + 1) == "year" && reference is { } sameNow => (sameNow.Year - 1, after + 2),
                "a" when Word(after + 1) == "year" && Word(after + 2) is "earlier" or "ago" or "before" => (spokenYear - 1, after + 3),
                _ => null,
            };
            if (inYear is { Year: >= 1 and <= 9998 } same)
            {
                match = new Match(same.End, TimeExpressionType.Date, YearText(same.Year) + spoken[4..]) { Anchor = TimeAnchor.TextTime, AnchorAt = samePeriod.Span };
                return true;
            }
        }

        // "Profit in the latest quarter fell", "the most recent quarter", "the just-ended quarter": the last quarter to
        // end before the publication (a reported period, for "the year-earlier period" after it).
        var latestAt = next is "latest" ? i + 2
            : next == "most" && Word(i + 2) == "recent" ? i + 3
            : next is "just" or "recently" && i + 3 < tokens.Count && tokens[i + 2].Kind == TokenKind.Hyphen && Word(i + 3) is "ended" or "completed" ? i + 4
            : -1;
        latestAt = Word(latestAt) == "fiscal" ? latestAt + 1 : latestAt;
        if (latestAt > 0 && Word(latestAt) == "quarter" && reference is { } quarterNow)
        {
            var current = (quarterNow.Month - 1) / 3;
            var (latestYear, latestQuarter) = current == 0 ? (quarterNow.Year - 1, 4) : (quarterNow.Year, current);
            if (latestYear >= 1)
            {
                match = new Match(latestAt + 1, TimeExpressionType.Date, QuarterText(latestYear, latestQuarter)) { Anchor = TimeAnchor.Publication };
                return true;
            }
        }

        // "grew 0.3 percent in the first three months of 2013 from the previous quarter", "down from the prior quarter":
        // the quarter before the one spoken of, when one was; else the last one before the publication's.
        if (next is "previous" or "preceding" or "prior" && Word(i + 2) == "quarter" && Word(i + 3) != "of"
            && (LatestPeriod(anyPeriod: false) is { } spokenQuarter ? (spokenQuarter.Value.ToString(), spokenQuarter.Span) : ThreeMonthsTo(i)) is ({ } spokenValue, var spokenSpan)
            && QuarterBefore(spokenValue) is { } quarterBefore)
        {
            match = new Match(i + 3, TimeExpressionType.Date, quarterBefore) { Anchor = TimeAnchor.TextTime, AnchorAt = spokenSpan };
            return true;
        }

        // "revenue in the quarter climbed": the quarter named before ("the quarter ended March 31" names its own).
        if (next == "quarter" && Word(i + 2) is not ("of" or "ended" or "ending" or "to" or "through" or "that" or "which" or "before" or "after")
            && !(i + 2 < tokens.Count && tokens[i + 2].Kind == TokenKind.Hyphen) && LatestPeriod(anyPeriod: false) is { } quarter)
        {
            match = new Match(i + 2, TimeExpressionType.Date, quarter.Value.ToString()) { Anchor = TimeAnchor.TextTime, AnchorAt = quarter.Span };
            return true;
        }

        // "Net income for the year rose 9%" after the quarter reported on ("its fourth-quarter profit fell"): the year of
        // that quarter, the year the accounts are of.
        if (next == "year" && Word(i - 1) == "for" && AccountsBefore(i) && LatestPeriod(anyPeriod: true) is { } reported
            && reported.Value.ToString() is { Length: 7 } periodValue && char.IsAsciiDigit(periodValue[0]))
        {
            match = new Match(i + 2, TimeExpressionType.Date, periodValue[..4]) { Anchor = TimeAnchor.TextTime, AnchorAt = reported.Span };
            return true;
        }

        // "In the year since the attack", "the decade since the 2015 accord", "In the decade since, ...": one unit's
        // length, up to now from what it is counted from.
        if (next is "week" or "month" or "year" or "decade" or "century" && Word(i + 2) == "since" && TimeWords.Units.TryGetValue(next, out var sinceUnit))
        {
            match = new Match(i + 2, TimeExpressionType.Duration, DurationText("1", sinceUnit));
            return true;
        }

        // "A second round of talks is set for the week of March 24": the week that day is in.
        if (next == "week" && Word(i + 2) == "of" && HasDate(i + 3) && TryKnownDate(i + 3, out var weekOf) && weekOf.Type == TimeExpressionType.Date
            && weekOf.Value.Length == 10 && DayOf(weekOf.Value) is { } dayInWeek)
        {
            match = new Match(weekOf.End, TimeExpressionType.Date, WeekText(dayInWeek)) { Anchor = weekOf.Anchor, AnchorAt = weekOf.AnchorAt };
            return true;
        }

        // "Shares fell 3% for the week", "during the month", "the deadliest attack of the year": the week, month or year
        // the narrative is in (named in this sentence or the one before), else the publication's; not one a phrase
        // after it tells ("the year since", "the week before the vote", "the month of Ramadan", "the year 2000").
        if (next is "week" or "month" or "year" && ThePeriodAsIs(i) && TryNextPeriod(next, 0, i, i + 2, out match))
        {
            return true;
        }

        // "growth could slow in the second half": the half of the year the accounts are of, the publication's (the last
        // year's second half when a past clause speaks of it before July).
        if (next is "first" or "second" && Word(i + 2) == "half" && Word(i + 3) != "of" && reference is { } halfNow && AccountsBefore(i))
        {
            var half = next == "first" ? 1 : 2;
            var halfYear = half == 2 && halfNow.Month <= 6 && !TenseCues.ModalBefore(tokens, i) && TenseCues.Lean(tokens, i) == TenseLean.Past ? halfNow.Year - 1 : halfNow.Year;
            match = new Match(i + 3, TimeExpressionType.Date, YearText(halfYear) + "-H" + half.ToString(Invariant)) { Anchor = TimeAnchor.Publication };
            return true;
        }

        // "the days prior to his death", "in the days following the mission", "the weeks before the vote", "in the
        // minutes after the blast": some of them, next to an event.
        if (next is "days" or "weeks" or "months" or "years" or "hours" or "minutes" && (Word(i + 2) is "before" or "after" or "following" or "preceding" || (Word(i + 2) == "prior" && Word(i + 3) == "to")
            || (Word(i + 2) == "leading" && Word(i + 3) == "up" && Word(i + 4) == "to")) && TimeWords.Units.TryGetValue(next, out var nearUnit))
        {
            match = new Match(i + 2, TimeExpressionType.Duration, DurationText("X", nearUnit));
            return true;
        }

        // "fell 2% in the hour after the decision", "during the week before the vote": one unit next to an event, a
        // length (not "the day after the attack", a day, nor "the month before", read below as the month before one).
        if (next is "hour" or "minute" or "day" or "week" or "month" or "year" && Word(i - 1) is "in" or "during" or "over" or "within" or "throughout"
            && Word(i + 2) is "after" or "before" or "following" or "preceding" && i + 3 < tokens.Count && tokens[i + 3].Kind == TokenKind.Word
            && Word(i + 3) is not ("and" or "or" or "but" or "last" or "next" or "tomorrow" or "yesterday") && TimeWords.Units.TryGetValue(next, out var oneUnit))
        {
            match = new Match(i + 2, TimeExpressionType.Duration, DurationText("1", oneUnit));
            return true;
        }

        // "Analysts expect inflation to end the year near 40%", "the index closed the week 2% higher": the year, month
        // or week a thing ends or starts, the publication's (the one before, told in the past in the first days of
        // the next: "ended the year" in January).
        if (next is "year" or "month" or "week" && Word(i - 1) is { } verb && PeriodEdgeVerbs.Contains(verb) && reference is { } edgeNow
            && !(i + 2 < tokens.Count && tokens[i + 2].Kind == TokenKind.Hyphen) && Word(i + 2) is not ("of" or "before" or "after" or "to" or "ending" or "ended" or "that" or "in" or "when"))
        {
            var past = verb.EndsWith("ed", StringComparison.Ordinal) || verb == "began";
            var justAfter = next switch { "year" => edgeNow.Month == 1, "month" => edgeNow.Day <= 3, _ => edgeNow.DayOfWeek == IsoDayOfWeek.Monday };
            var edgeDay = past && justAfter ? next switch { "year" => edgeNow.PlusYears(-1), "month" => edgeNow.PlusMonths(-1), _ => edgeNow.PlusWeeks(-1) } : edgeNow;
            return TryThisPeriod(next, edgeDay, i + 2, out match);
        }

        // "in the days ahead", "the months ahead", "the weeks to come": some of them, from now on.
        if ((Word(i + 2) == "ahead" || (Word(i + 2) == "to" && Word(i + 3) == "come")) && next is "days" or "weeks" or "months" or "years" or "hours" && TimeWords.Units.TryGetValue(next, out var aheadUnit))
        {
            match = new Match(Word(i + 2) == "to" ? i + 4 : i + 3, TimeExpressionType.Duration, DurationText("X", aheadUnit));
            return true;
        }

        if (reference is { } published && Word(i + 2) == "after")
        {
            // "the day after tomorrow", "the week after next", "the year after the next".
            var far = Word(i + 3) == "the" ? i + 4 : i + 3;
            if (next == "day" && Word(i + 3) == "tomorrow")
            {
                match = new Match(i + 4, TimeExpressionType.Date, DayText(published.PlusDays(2))) { Anchor = TimeAnchor.Publication };
                return true;
            }

            if (next is "week" or "month" or "year" && Word(far) == "next")
            {
                return TryShiftedPeriod(next, published, 2, far + 1, out match);
            }

            // "the weekend after next", "the Friday after next": a week after the next one.
            if (Word(far) == "next" && !UnitAfter(far + 1) && TryWeekOnFromRelation(next, "next", far + 1, out match))
            {
                return true;
            }
        }

        // "the week before last", "the year before last": two units back from the publication's; "the weekend before
        // last", "the Friday before last": a week before the last one.
        if (reference is { } now && Word(i + 2) == "before" && Word(i + 3) == "last" && !UnitAfter(i + 4))
        {
            if (next is "week" or "month" or "year")
            {
                return TryShiftedPeriod(next, now, -2, i + 4, out match);
            }

            if (TryWeekOnFromRelation(next, "last", i + 4, out match))
            {
                return true;
            }
        }

        if (next == "day" && Word(i + 2) is "before" or "after" && (i + 3 >= tokens.Count || tokens[i + 3].Kind == TokenKind.Symbol) && (NarrativeDay(i) ?? reference) is { } around)
        {
            // "the day before", "the day after", said of the day named before (or the publication's).
            match = new Match(i + 3, TimeExpressionType.Date, DayText(around.PlusDays(Word(i + 2) == "before" ? -1 : 1)))
            {
                Anchor = NarrativeDay(i) is null ? TimeAnchor.Publication : TimeAnchor.TextTime,
            };
            return true;
        }

        // "up from nine the week before", "the month after", "the month before and ...": the week, month or year next
        // to the one named just before, or to the publication's; not "the month before the vote".
        if (next is "week" or "month" or "year" && Word(i + 2) is "before" or "after"
            && (i + 3 >= tokens.Count || tokens[i + 3].Kind == TokenKind.Symbol || Word(i + 3) is "and" or "or" or "but" or "while" or "whereas")
            && TryNextPeriod(next, Word(i + 2) == "before" ? -1 : 1, i, i + 3, out match))
        {
            return true;
        }

        // "the early hours of Friday", "the small hours of March 3", "the early hours of this morning", "the early hours
        // of New Year's Day": the start of that day.
        // So are "the pre-dawn hours of Sunday", "the predawn hours of Sunday".
        // "the early morning hours of Jan. 1", "the evening hours of Friday": that day's part (its start, early).
        var hoursPart = next is "early" && Word(i + 2) is { } early && DayPartCode(early) is { } earlyPart ? earlyPart : next is not null && Word(i + 2) == "hours" ? DayPartCode(next) : null;
        var hoursAt = next == "pre" && IsHyphenThen(i + 1, "dawn") ? i + 4 : next == "early" && hoursPart is not null ? i + 3 : next is "early" or "small" or "wee" or "predawn" || hoursPart is not null ? i + 2 : -1;
        if (hoursAt > 0 && Word(hoursAt) == "hours" && Word(hoursAt + 1) == "of" && TryDayOrHoliday(hoursAt + 2, out var hoursOf)
            && hoursOf.Type is TimeExpressionType.Date or TimeExpressionType.Time && hoursOf.Value.Length >= 10 && DayOf(hoursOf.Value[..10]) is not null)
        {
            match = hoursPart is not null
                ? hoursOf with { Type = TimeExpressionType.Time, Value = hoursOf.Value[..10] + "T" + hoursPart, Modifier = next == "early" ? TimexModifier.Start : TimexModifier.None }
                : hoursOf with { Type = TimeExpressionType.Date, Value = hoursOf.Value[..10], Modifier = TimexModifier.Start };
            return true;
        }

        // "Clashes erupted in the early hours", "in the early hours of the morning", "in the small hours on Sunday",
        // "crowds had gathered since the early hours": the start of the day written after it, else of the day the
        // narrative is on, as a clock time's would be.
        if (hoursAt > 0 && hoursPart is null && Word(hoursAt) == "hours" && Word(i - 1) is "in" or "during" or "since" or "until" or "till" or "from" or "by")
        {
            var hoursEnd = Word(hoursAt + 1) == "of" && Word(hoursAt + 2) == "the" && Word(hoursAt + 3) == "morning" ? hoursAt + 4 : hoursAt + 1;
            if ((hoursEnd > hoursAt + 1 || Word(hoursAt + 1) != "of") && TryClockDay(i, hoursEnd, string.Empty, out match) && match.End >= hoursEnd
                && DayOf(match.Value) is not null)
            {
                match = match with { Type = TimeExpressionType.Date, Modifier = TimexModifier.Start };
                return true;
            }
        }

        // "for the rest of the week", "the remainder of the year": the current one.
        if (next is "rest" or "remainder" && Word(i + 2) == "of" && Word(i + 3) == "the" && Word(i + 4) is "week" or "month" or "year" && reference is { } restOf)
        {
            return TryThisPeriod(Word(i + 4)!, restOf, i + 5, out match);
        }

        // "the night of 3 to 4 May", "the night of 3-4 May": the night from the first day into the second, one expression.
        if (next == "night" && Word(i + 2) == "of" && TryNightBetween(i + 3, out match))
        {
            return true;
        }

        // "the morning of March 3", "the night of Friday", "the morning of New Year's Day": that day's part; "the night of
        // Saturday to Sunday", the night from the one into the next.
        if (next is not null && DayPartCode(next) is { } partOf && Word(i + 2) == "of" && TryDayOrHoliday(i + 3, out var ofDay)
            && ofDay.Value.Length == 10 && DayOf(ofDay.Value) is { } partDay)
        {
            var partEnd = ofDay.End;
            if (partOf == "NI" && Word(partEnd) is "to" or "into" or "and" && HasDate(partEnd + 1) && TryKnownDate(partEnd + 1, out var morning)
                && morning.Value.Length == 10 && DayOf(morning.Value) is { } nextDay && nextDay == partDay.PlusDays(1))
            {
                partEnd = morning.End;
            }
            else if (partOf == "NI" && partEnd + 1 < tokens.Count && (tokens[partEnd].Kind == TokenKind.Hyphen || Word(partEnd) is "to" or "into" or "and") && IsDayNumber(partEnd + 1)
                && (int)tokens[partEnd + 1].Value == partDay.PlusDays(1).Day && !(Word(partEnd + 2) is { } month && TimeWords.Months.ContainsKey(month)))
            {
                // "the night of Jan. 13-14", "the night of May 11 to 12": the next day's number after a hyphen or "to".
                partEnd += 2;
            }

            match = new Match(partEnd, TimeExpressionType.Time, ofDay.Value + "T" + partOf) { Anchor = ofDay.Anchor };
            return true;
        }

        // "the final quarter of 2012", "the last half of the year": the fourth quarter, the second half, of the year
        // named after it (not "the last quarter", the one before this).
        if (next is "last" or "final" && Word(i + 2) is "quarter" or "half" && Word(i + 3) == "of"
            && TryQuarterOf(i + 3, Word(i + 2) == "quarter" ? 4 : 2, Word(i + 2) == "quarter" ? "Q" : "H", out match) && match.End > i + 4)
        {
            return true;
        }

        switch (next)
        {
            // "over the course of the evening": the part of the day too.
            case "morning" or "afternoon" or "evening" when Word(i - 1) is "in" or "during" or "through" or "throughout" or "into" or "until" or "till" or "by" or "since" or "before"
                || (Word(i - 1) == "of" && Word(i - 2) == "course"):
                return TryPartOfDay(i, i + 1, out match);
            // "shops open only in the mornings": each morning (a set); "in the nights that followed" are some nights.
            case "mornings" or "afternoons" or "evenings" or "nights" when Word(i - 1) is "in" or "during"
                && Word(i + 2) is not ("that" or "which" or "of" or "after" or "before" or "since" or "following" or "when"):
                match = new Match(i + 2, TimeExpressionType.Set, "XXXX-XX-XXT" + DayPartCode(next[..^1]));
                return true;
            // "continued through the night", "worked late into the night on Tuesday"; "the night raid" is a kind of raid.
            case "night" when Word(i - 1) is "during" or "through" or "throughout" or "overnight" or "into"
                && (i + 2 >= tokens.Count || tokens[i + 2].Kind != TokenKind.Word || Word(i + 2) is "and" or "or" or "as" or "when" or "before" or "after" or "until"
                    || (Word(i + 2) == "on" && HasDate(i + 3))):
                return TryPartOfDay(i, i + 1, out match);
            // "setting fire to a library the night before the troops arrived": told in the past, the night before the day
            // the narrative is on (the clause after "before" tells its event, not a day).
            case "night" when Word(i + 2) == "before" && i + 3 < tokens.Count && tokens[i + 3].Kind == TokenKind.Word && !HasDate(i + 3) && Word(i + 3) is "the" or "a" or "his" or "her" or "their" or "its"
                && Word(i - 1) is not ("of" or "for") && PastVerbWithin(i + 4, 3) && NarrativeDay(i) is { } nightBefore && lastDaySentence >= sentence[i] - 2 && TenseCues.ToldInPast(tokens, i):
                match = new Match(i + 2, TimeExpressionType.Time, DayText(nightBefore.PlusDays(-1)) + "TNI") { Anchor = TimeAnchor.TextTime, AnchorAt = lastDaySpan };
                return true;
            // "Crowds gathered throughout the day", "trading was halted for the day": the day the narrative is on, as a
            // clock time's would be.
            // Not "Plans for the day had been drawn up": the day of some event the text tells.
            case "day" when (Word(i - 1) == "throughout" || (Word(i - 1) == "for" && EndsClause(i + 2))) && EndsPeriodPhrase(i + 2)
                && TryClockDay(i, i + 2, string.Empty, out match) && match.End == i + 2 && DayOf(match.Value) is not null:
                match = match with { Type = TimeExpressionType.Date };
                return true;
            // "cut its forecast for the full year": the year reported on, the publication's.
            case "full" when Word(i + 2) == "year" && reference is { } fullYearNow && AccountsBefore(i):
                match = new Match(i + 3, TimeExpressionType.Date, YearText(fullYearNow.Year)) { Anchor = TimeAnchor.Publication };
                return true;
            // "throughout the whole summer": the season.
            case "whole" or "entire" when Word(i + 2) is { } season && TimeWords.Seasons.ContainsKey(season):
                return TrySeason(i, null, out match);
            case "whole" or "entire" or "full":
                return TryWholeUnit(i + 1, out match);
            case "current" or "upcoming":
                return TryRelative(i, i + 2, next == "current" ? "this" : "next", withThe: false, out match);
            // "the last three months of 2012", "the first six months of the year": that quarter or half.
            case "first" or "last" or "final" when Word(i + 3) == "months" && Word(i + 4) == "of" && (Word(i + 2) is "three" or "six" || (IsNumber(i + 2) && tokens[i + 2].Value is 3 or 6 && !tokens[i + 2].HasSeparators))
                && TryQuarterOf(i + 4, next == "first" ? 1 : Word(i + 2) == "six" || tokens[i + 2].Value == 6 ? 2 : 4, Word(i + 2) == "six" || tokens[i + 2].Value == 6 ? "H" : "Q", out match)
                && match.End > i + 4:
                return true;
            // "the preceding week", "the prior three months": as "the previous" ("prior to" is no time).
            case "prior" or "preceding" when Word(i + 2) != "to":
                return TryRelative(i, i + 2, "previous", withThe: true, out match)
                    || ((IsNumber(i + 2) || IsAmountWord(i + 2)) && TryLength(i + 2, out match) && match.Type == TimeExpressionType.Duration);
            case "past" or "last" or "next" or "coming" or "previous" or "following" or "same":
                if (TryRelative(i, i + 2, next, withThe: true, out match))
                {
                    return true;
                }

                // "compared with the previous three months": a length with its article.
                if (next is "previous" or "following" && (IsNumber(i + 2) || IsAmountWord(i + 2)) && TryLength(i + 2, out match) && match.Type == TimeExpressionType.Duration)
                {
                    return true;
                }

                if (next == "past" && !QualifiesNoun(i + 2))
                {
                    match = new Match(i + 2, TimeExpressionType.Date, "PAST_REF");
                    return true;
                }

                return false;
            // "talks will resume in the new year": the year to come; "since the new year" the one begun. With no future
            // cue, the nearer new year: "a refund if the ground was not ready by the new year", told in December, is the
            // coming one; "sales recovered in the new year", told in March, the one begun. The holiday is written with capitals.
            case "new" when Word(i + 2) == "year" && !tokens[i + 1].Capitalised && Word(i - 1) is "in" or "into" or "since" or "by" or "until" or "after" or "before"
                && reference is { } newYearNow:
                match = new Match(i + 3, TimeExpressionType.Date, YearText(Word(i - 1) != "since" && (newYearNow.Month >= 7 || TenseCues.Lean(tokens, i) == TenseLean.Future) ? newYearNow.Year + 1 : newYearNow.Year))
                {
                    Anchor = TimeAnchor.Publication,
                };
                return true;
            case "recent" or "distant" when Word(i + 2) == "past":
                match = new Match(i + 3, TimeExpressionType.Date, "PAST_REF");
                return true;
            case "future" when !QualifiesNoun(i + 2):
                match = new Match(i + 2, TimeExpressionType.Date, "FUTURE_REF");
                return true;
            case "near" or "foreseeable" or "distant" or "immediate" when Word(i + 2) == "future":
                match = new Match(i + 3, TimeExpressionType.Date, "FUTURE_REF");
                return true;
            case "present" when EndsReference(i + 2) || Word(i + 2) == "day":
                match = new Match(Word(i + 2) == "day" ? i + 3 : i + 2, TimeExpressionType.Date, "PRESENT_REF");
                return true;
            // "worked through the weekend of Feb. 9 and 10": the weekend of the day named after it.
            case "weekend" when Word(i + 2) == "of" && HasDate(i + 3) && TryKnownDate(i + 3, out var weekendOf) && weekendOf.Type == TimeExpressionType.Date
                && DayOf(weekendOf.Value) is { DayOfWeek: IsoDayOfWeek.Friday or IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday } weekendDay:
                match = new Match(i + 2, TimeExpressionType.Date, WeekText(weekendDay) + "-WE") { Anchor = TimeAnchor.TextTime, AnchorAt = new TextSpan(tokens[i + 3].Start, tokens[weekendOf.End - 1].End - tokens[i + 3].Start) };
                return true;
            case "weekend":
                return TryWeekend(i + 2, null, out match);
            case "year" when IsNumber(i + 2) && tokens[i + 2].Length == 4:
                return TryYear(i + 2, out match);
            case "fiscal":
                return TryFiscal(i + 1, out match);
        }

        // "the Easter weekend", "the Labor Day weekend": the weekend with its article, as "the weekend" has it.
        if (next is not null && IsHolidayStart(next) && TryHoliday(i + 1, out match) && match.Value.EndsWith("-WE", StringComparison.Ordinal))
        {
            return true;
        }

        if (next is not null && TimeWords.DecadeWords.TryGetValue(next, out var decade))
        {
            match = new Match(i + 2, TimeExpressionType.Date, decade.ToString(Invariant));
            return true;
        }

        if (next is not null && TimeWords.Seasons.ContainsKey(next))
        {
            return TrySeason(i, null, out match);
        }

        // Not "the second-quarter results", "the 19th-century building": the article is the noun's, the period an
        // adjective read at its ordinal.
        if (next is not null && TimeWords.Ordinals.TryGetValue(next, out var ordinal) && TryOrdinalPeriod(i + 1, ordinal, out match))
        {
            return !IsAdjective(i + 1, match.End);
        }

        // "the 9th month of next year", "the 3rd quarter".
        if (TryDigitOrdinal(i + 1, out var nth, out var afterNth) && TryOrdinalPeriod(afterNth - 1, nth, out match))
        {
            return !IsAdjective(i + 1, match.End);
        }

        // "the fifth of December", "the 5th of December 2013".
        if ((TryOrdinalDay(i + 1, out var day, out var afterDay) || TryDigitOrdinal(i + 1, out day, out afterDay)) && Word(afterDay) == "of" && TryDayOfMonth(afterDay + 1, day, i, out match))
        {
            return true;
        }

        // "the 20th of next month", "the fifteenth day of this month".
        if ((TryOrdinalDay(i + 1, out day, out afterDay) || TryDigitOrdinal(i + 1, out day, out afterDay)) && TryDayOfRelativeMonth(afterDay, day, out match))
        {
            return true;
        }

        // "on the 15th.", "since the twenty second, when": a day of the month alone, after a preposition, where
        // nothing follows it but punctuation or a joining word ("the 15th anniversary", "the second time" are no days);
        // "the first" and "the second" in words are ranks but after "on" ("came for the first").
        if (Word(i - 1) is "on" or "by" or "since" or "until" or "till" or "from" or "for" or "before" or "after"
            && (TryDigitOrdinal(i + 1, out day, out afterDay) || (TryOrdinalDay(i + 1, out day, out afterDay) && (day > 2 || Word(i - 1) == "on")))
            && (EndsDate(afterDay) || Word(afterDay) is "and" or "or" or "to" or "when" or "at" or "in" or "while" or "as")
            && !RanksANoun(afterDay)
            && DayOfMonthAt(i, i, followed: true) is { } alone)
        {
            // "on the 5th at 4 a.m.": the day and its clock time.
            match = TryClockAfter(afterDay, null, out var clock, out var clockEnd)
                ? alone.Match with { End = clockEnd, Type = TimeExpressionType.Time, Value = alone.Match.Value + clock }
                : alone.Match;
            return true;
        }

        // "the late 1990s", "the early 2000s": the part of a period with its article.
        if (next is "early" or "late" or "mid" && TryPartOf(i + 1, out match) && match.Type == TimeExpressionType.Date)
        {
            return true;
        }

        // "the final week of July": the month's last week.
        if (next == "final" && Word(i + 2) == "week" && Word(i + 3) == "of" && TryNthWeekOfMonth(i + 4, 0, out match))
        {
            return true;
        }

        // "the first weeks of the war", "the final months": some of them, with the article.
        if (TryFirstUnits(i + 1, out match))
        {
            return true;
        }

        // "in the 24 hours to 8 a.m.", "the three days of talks", "in the first 72 hours", "the final two months", "the
        // first few months": a length with its article.
        var lengthAt = Word(i + 1) is "first" or "initial" or "final" ? i + 2 : i + 1;
        // Not "the two-week trial": the article is the noun's, the length an adjective read at its number.
        if (lengthAt < tokens.Count && (tokens[lengthAt].Kind == TokenKind.Number || IsAmountWord(lengthAt) || (lengthAt > i + 1 && Word(lengthAt) is { } vague && TimeWords.VagueAmounts.Contains(vague)))
            && Word(lengthAt) is not ("a" or "an")
            && !(lengthAt + 1 < tokens.Count && tokens[lengthAt + 1].Kind == TokenKind.Hyphen && tokens[lengthAt].Glued)
            && TryLength(lengthAt, out match) && match.Type == TimeExpressionType.Duration)
        {
            return true;
        }

        // "the 1990s", "the '90s", "the 20th century".
        // Not "the '58 season", whose year is tagged alone, as "2016" of "the 2016 season" is; nor "the 1930s-era
        // theater", an adjective.
        return i + 1 < tokens.Count && tokens[i + 1].Kind is TokenKind.Number or TokenKind.Symbol
            && (TryDecade(i + 1, out match) || TryCentury(i + 1, out match) || (TryShortYear(i + 1, out match) && match.Value.Length != 4))
            && match.Type == TimeExpressionType.Date && !IsAdjective(i + 1, match.End);
    }

    /// <summary>
    /// Whether the period from token <paramref name="start"/> to <paramref name="end"/> is written as an adjective: a
    /// hyphen joins its last word to the one before (<c>second-quarter</c>, <c>19th-century</c>) and a word follows, not
    /// <c>of</c>; or a hyphen joins it to a word after it (<c>1930s-era</c>).
    /// </summary>
    private bool IsAdjective(int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Hyphen && tokens[k - 1].Glued)
            {
                return end == k + 2 && end < tokens.Count && tokens[end].Kind == TokenKind.Word && Word(end) != "of";
            }
        }

        return end + 1 < tokens.Count && tokens[end].Kind == TokenKind.Hyphen && tokens[end - 1].Glued && tokens[end].Glued && tokens[end + 1].Kind == TokenKind.Word;
    }

    /// <summary>
    /// <c>first weeks</c>, <c>final months</c>, <c>early years</c> at token <paramref name="k"/>, after a determiner:
    /// some of the first or last units of something, a vague length.
    /// </summary>
    private bool TryFirstUnits(int k, out Match match)
    {
        match = default;
        if (Word(k) is not ("first" or "initial" or "final" or "last" or "early" or "closing" or "opening") || !IsPluralUnit(k + 1)
            || (k + 2 < tokens.Count && tokens[k + 2].Kind == TokenKind.Hyphen) || !TimeWords.Units.TryGetValue(Word(k + 1)!, out var unit))
        {
            return false;
        }

        match = new Match(k + 2, TimeExpressionType.Duration, DurationText("X", unit));
        return true;
    }

    /// <summary>Whether "the past" or "the future" is an adjective before a noun ("the future government"), not a reference.</summary>
    private bool QualifiesNoun(int k) => Word(k) is { } w && TimeWords.QualifiedNouns.Contains(w);

    /// <summary>Whether "the present" ends where a reference ends: punctuation or a function word, not a noun it qualifies.</summary>
    private bool EndsReference(int k) => k >= tokens.Count || tokens[k].Kind == TokenKind.Symbol || (Word(k) is { } w && TimeWords.AfterReference.Contains(w));

    /// <summary>
    /// <c>this</c>, <c>last</c>, <c>next</c>, <c>past</c>, <c>coming</c>, <c>previous</c>, <c>following</c> and
    /// <c>same</c> before a unit, amount, month, season or weekday, <paramref name="k"/> being the token after the word.
    /// </summary>
    private bool TryRelative(int i, int k, string relation, bool withThe, out Match match)
    {
        match = default;

        // "the past two years", "the last few days", "the next three months", "past 24 hours": lengths.
        if (relation is "past" or "last" or "next" or "coming" && k < tokens.Count && TryAmount(k, out var amount, out var counted)
            && WorkingDaysAt(counted) is var afterAmount && Word(afterAmount) is { } unitWord && (TimeWords.Units.TryGetValue(unitWord, out var unit) || IsQuartersOfYear(k, afterAmount, amount, hyphenated: false, out unit)) && (amount != "1" || !unitWord.EndsWith('s')))
        {
            match = new Match(afterAmount + 1, TimeExpressionType.Duration, DurationText(amount, unit));
            return true;
        }

        var w = Word(k);
        if (w is null)
        {
            return false;
        }

        // "last Christmas", "next Easter", "the following Easter", "this Thanksgiving": the holiday before or after the
        // publication date, or in its year.
        if (relation is "last" or "previous" or "next" or "following" or "coming" or "this" && reference is { } holidayNow && TryHolidayName(k, out var holidayDays, out var holidayEnd)
            && (relation switch
            {
                "this" => holidayDays.InYear(holidayNow.Year),
                "last" or "previous" => holidayDays.Before(holidayNow, strict: true),
                _ => holidayDays.After(holidayNow, strict: true),
            }) is { } holiday)
        {
            // "this Easter weekend", "next Labor Day weekend": the holiday's weekend.
            match = Word(holidayEnd) == "weekend"
                ? new Match(holidayEnd + 1, TimeExpressionType.Date, WeekendOf(holiday)) { Anchor = TimeAnchor.Publication }
                : new Match(holidayEnd, TimeExpressionType.Date, DayText(holiday))
                {
                    Anchor = TimeAnchor.Publication,
                    Modifier = holidayDays.Approximate ? TimexModifier.Approximate : TimexModifier.None,
                };
            return true;
        }

        // "the last week of July", "last week of this month": the month's last week.
        // "on the last Friday of August", "the last Sunday in May": the month's last such weekday.
        if (relation == "last" && TimeWords.Weekdays.TryGetValue(w, out var lastOf) && !lastOf.Plural && Word(k + 1) is "of" or "in"
            && TryNthWeekday(k + 2, 0, lastOf.Day, out match))
        {
            return true;
        }

        if (relation == "last" && w == "week" && Word(k + 1) == "of" && TryNthWeekOfMonth(k + 2, 0, out match))
        {
            return true;
        }

        // "the last week of 2016": the year's last ISO week.
        if (relation == "last" && w == "week" && Word(k + 1) == "of" && IsNumber(k + 2) && tokens[k + 2].Length == 4 && tokens[k + 2].Value is >= 1001 and <= 2199)
        {
            var weekYear = (int)tokens[k + 2].Value;
            var weeks = WeekYearRules.Iso.GetWeeksInWeekYear(weekYear);
            match = new Match(k + 3, TimeExpressionType.Date, string.Create(Invariant, $"{weekYear:D4}-W{weeks:D2}"));
            return true;
        }

        // "the coming weeks", "the past months", "over the following weeks": a vague length; not "last" as a verb ("queues
        // now last hours", read at the unit).
        if ((relation is "past" or "last" or "next" or "coming" || (withThe && relation is "following" or "previous")) && w.EndsWith('s') && TimeWords.Units.TryGetValue(w, out var plural) && !(!withThe && LastAsVerb(i)))
        {
            match = new Match(k + 1, TimeExpressionType.Duration, DurationText("X", plural));
            return true;
        }

        // "over the coming quarters", "the past quarters": quarters of accounts, a vague length.
        if (withThe && relation is "past" or "last" or "next" or "coming" && w == "quarters")
        {
            match = new Match(k + 1, TimeExpressionType.Duration, "PXQ");
            return true;
        }

        // "the past year", "the last decade", "past week": a length of one unit. "the past day", "the past hour", and
        // "the last day" after "in" or "over" ("struck 150 targets in the last day"; not "the last day of the summit").
        if ((withThe && relation is "past" or "last") || (!withThe && relation == "past"))
        {
            if ((w is "year" or "month" or "week" or "decade" or "century" or "fortnight"
                    || (withThe && w is "day" or "hour" && Word(k + 1) != "of" && (relation == "past" || Word(i - 1) is "in" or "over" or "during" or "within" or "throughout")))
                && TimeWords.Units.TryGetValue(w, out var one))
            {
                // "the past year and a half": one and a part; "over the past day or so": about one.
                match = FractionAfter(k + 1) is { } part
                    ? new Match(part.End, TimeExpressionType.Duration, DurationText((1 + part.Part).ToString("0.###", Invariant), one))
                    : Word(k + 1) == "or" && Word(k + 2) == "so"
                        ? new Match(k + 3, TimeExpressionType.Duration, DurationText("1", one)) { Modifier = TimexModifier.Approximate }
                        : new Match(k + 1, TimeExpressionType.Duration, DurationText("1", one));
                return true;
            }

            return false;
        }

        // "over the next decade", "for the coming year", "over the next month": a length of one unit ahead, as "the
        // past decade" is one behind; "in the next hour", "within the next day" too (the next day after "in" is a date).
        if (withThe && relation is "next" or "coming" && Word(i - 1) is "over" or "for" or "during" or "within" or "throughout" or "in"
            && (w is "hour" or "minute" || (Word(i - 1) != "in" && w is "year" or "decade" or "century" or "month" or "week" or "day")) && Word(k + 1) != "of"
            && TimeWords.Units.TryGetValue(w, out var ahead))
        {
            match = new Match(k + 1, TimeExpressionType.Duration, DurationText("1", ahead));
            return true;
        }

        // "the next day", "the following week", "the previous month", "the same day": from the day named before;
        // "next day" says the same without "the".
        if ((withThe || (relation == "next" && w == "day")) && relation is "next" or "following" or "previous" or "same" && w is "day" or "morning" or "evening" or "night" or "week" or "month" or "year")
        {
            // "rose in January from the previous month", "the same month a year earlier": from the month (week, year)
            // named earlier in its own sentence, when one is.
            if (withThe && w is "week" or "month" or "year" && NamedAtGrain(w, i, sameSentence: true, notCountedFrom: true) is { } named
                && AtGrain(named.Value.ToString(), w) is { } namedDay)
            {
                match = new Match(k + 1, TimeExpressionType.Date, PeriodText(namedDay, w, relation switch { "previous" => -1, "same" => 0, _ => 1 }))
                {
                    Anchor = TimeAnchor.TextTime,
                    AnchorAt = named.Span,
                };
                match = relation == "same" ? AYearEarlier(match, w) : match;
                return true;
            }

            // "The army said late on Monday that militants were killed in a raid the previous night": in the words a
            // statement reports, the day before the statement's.
            var fromStatement = statementDay is { } said && said.Sentence == sentence[i] && (lastDay is null || said.Span.Start > lastDaySpan.Start);

            // "In March 2003, the army entered the town. The next day, looting began": after a past month or year named
            // since the last day, the day is that month's or year's, which one not told.
            if (!fromStatement && w is "day" or "morning" or "evening" or "night" && CoarseNarrativeSinceDay(i) is { } coarse)
            {
                match = DayNotTold(k + 1, w, coarse);
                return true;
            }

            var narrativeDay = NarrativeDay(i);
            var from = fromStatement ? statementDay!.Value.Value : narrativeDay ?? reference;
            if (from is not { } anchorDay)
            {
                return false;
            }

            var step = relation switch { "previous" => -1, "same" => 0, _ => 1 };

            // "Reinforcements arrived around 1 a.m. The Taliban claimed the attack the next morning": after a clock time
            // in the small hours, the next morning is that day's, the night's end.
            if (w == "morning" && step == 1 && !fromStatement && lastClock is { } small && small.Value.Date == anchorDay && small.Value.Hour < 6
                && sentence[i] - small.Sentence <= 1)
            {
                step = 0;
            }

            var anchor = narrativeDay is null && !fromStatement ? TimeAnchor.Publication : TimeAnchor.TextTime;
            match = w switch
            {
                "day" => new Match(k + 1, TimeExpressionType.Date, DayText(anchorDay.PlusDays(step))),
                "morning" => new Match(k + 1, TimeExpressionType.Time, DayText(anchorDay.PlusDays(step)) + "TMO"),
                "evening" => new Match(k + 1, TimeExpressionType.Time, DayText(anchorDay.PlusDays(step)) + "TEV"),
                "night" => new Match(k + 1, TimeExpressionType.Time, DayText(anchorDay.PlusDays(step)) + "TNI"),
                "week" => new Match(k + 1, TimeExpressionType.Date, WeekText(anchorDay.PlusWeeks(step))),
                "month" => new Match(k + 1, TimeExpressionType.Date, MonthText(anchorDay.PlusMonths(step).Year, anchorDay.PlusMonths(step).Month)),
                _ => new Match(k + 1, TimeExpressionType.Date, YearText(anchorDay.Year + step)),
            };
            match = match with { Anchor = anchor };
            match = relation == "same" ? AYearEarlier(match, w) : match;
            return true;
        }

        // "the previous Monday" is the last one; "previous" and "following" before other words say nothing more.
        relation = relation == "previous" ? "last" : relation;
        if (relation is "following" or "same" || reference is not { } today)
        {
            return false;
        }

        var direction = relation switch { "last" => -1, "next" or "coming" => 1, _ => 0 };
        if (TimeWords.Months.TryGetValue(w, out var month) && (w != "may" || tokens[k].Capitalised))
        {
            return TryMonth(k, month, relation, out match);
        }

        if (TimeWords.Seasons.ContainsKey(w))
        {
            return TrySeason(k, relation, out match);
        }

        if (w == "weekend")
        {
            return TryWeekend(k + 1, relation, out match);
        }

        var dayAt = Word(k + 1) == "on" ? k + 2 : k + 1;
        if (w == "week" && TimeWords.Weekdays.TryGetValue(Word(dayAt) ?? string.Empty, out var dayOfThatWeek) && !dayOfThatWeek.Plural)
        {
            // "next week on Friday", "next week Wednesday": that week's day.
            return TryDayWithPart(dayAt + 1, RelativeDays.WeekDay(today.PlusWeeks(direction), dayOfThatWeek.Day), out match);
        }

        if (TimeWords.Weekdays.TryGetValue(w, out var weekday) && !weekday.Plural)
        {
            // "next Tuesday" is the Tuesday after the coming days; "this Tuesday" is this week's. Not tomorrow or
            // yesterday in the same week, which a writer calls so or by the weekday alone: "next Tuesday" said on a
            // Monday is the week after's, "last Wednesday" said on a Thursday the week before's; "last Sunday" said on a
            // Monday is the day before, of the week gone.
            var day = direction switch
            {
                > 0 => today.PlusDays(today.DayOfWeek == IsoDayOfWeek.Sunday ? 1 : 2).With(DateAdjusters.NextOrSame(weekday.Day)),
                < 0 => Dates.DateScanner.LastWeekday(weekday.Day, today),
                _ => today.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)).With(DateAdjusters.NextOrSame(weekday.Day)),
            };
            return TryDayWithPart(k + 1, day, out match);
        }

        if (relation == "this" && w == "past" && Word(k + 1) is "week" or "weekend" or "month" or "year")
        {
            // "this past week" is the one just gone.
            return Word(k + 1) == "weekend" ? TryWeekend(k + 2, "last", out match) : TryShiftedPeriod(Word(k + 1)!, today, -1, k + 2, out match);
        }

        if (w == "fiscal" && Word(k + 1) == "year" && today.Year + direction is >= 1 and <= 9998)
        {
            // "this fiscal year", "last fiscal year": FY2013, FY2012.
            match = new Match(k + 2, TimeExpressionType.Date, "FY" + YearText(today.Year + direction)) { Anchor = TimeAnchor.Publication };
            return true;
        }

        // "this working week", "next workweek": the week.
        if ((w is "working" or "work" && Word(k + 1) == "week") || w == "workweek")
        {
            return TryShiftedPeriod("week", today, direction, w == "workweek" ? k + 1 : k + 2, out match);
        }

        return w is "year" or "month" or "week" or "quarter" or "decade" or "century" && TryShiftedPeriod(w, today, direction, k + 1, out match);
    }

    /// <summary>
    /// Whether a second rank joined at <paramref name="k"/> by <c>or</c>, <c>and</c> or <c>to</c> goes on to a noun, so
    /// that both rank it: <c>for the third or fourth time</c>, not the days of <c>on the 3rd and 4th</c>.
    /// </summary>
    private bool RanksANoun(int k)
    {
        if (Word(k) is not ("or" or "and" or "to")
            || !(TryOrdinalDay(k + 1, out _, out var end) || TryDigitOrdinal(k + 1, out _, out end)))
        {
            return false;
        }

        return !EndsDate(end) && Word(end) is { } next && char.IsLetter(next[0]) && !TimeWords.Months.ContainsKey(next)
            && next is not ("of" or "and" or "or" or "to" or "when" or "at" or "in" or "while" or "as");
    }

    /// <summary>A day of the month in words (<see cref="TimeWords.OrdinalDay"/>).</summary>
    private bool TryOrdinalDay(int k, out int day, out int end)
    {
        (day, end) = TimeWords.OrdinalDay(tokens, k) ?? (0, k);
        return day > 0;
    }

    /// <summary>
    /// A day of the month as a number in words after its month (<c>twenty two</c>), only where nothing but a year or
    /// punctuation follows: "in June two attacks" is a count.
    /// </summary>
    private bool TryCardinalDay(int k, out int day, out int end)
    {
        if (IsNumber(k) || !TrySmallNumber(k, 31, out day, out end) || day == 0)
        {
            (day, end) = (0, k);
            return false;
        }

        return EndsDate(end);
    }

    /// <summary>Whether a date may end before token <paramref name="k"/>: nothing follows but punctuation or a year.</summary>
    private bool EndsDate(int k) =>
        k >= tokens.Count || tokens[k].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Hyphen) || TryYearAt(IsSymbol(k, ',') ? k + 1 : k, out _, out _);

    /// <summary>A day of the month in digits with its suffix: <c>20th</c>.</summary>
    private bool TryDigitOrdinal(int k, out int day, out int end)
    {
        day = 0;
        end = k;
        if (!IsNumber(k) || tokens[k].Length > 2 || tokens[k].Value is < 1 or > 31 || tokens[k].Value != decimal.Truncate(tokens[k].Value)
            || !tokens[k].Glued || Word(k + 1) is not ("st" or "nd" or "rd" or "th"))
        {
            return false;
        }

        (day, end) = ((int)tokens[k].Value, k + 2);
        return true;
    }

    /// <summary>The rest of <c>20th [day] of next month</c> (or <c>of the month</c>, this one) from after the ordinal: a day of a month named by its relation to the publication's.</summary>
    private bool TryDayOfRelativeMonth(int k, int day, out Match match)
    {
        match = default;
        var at = Word(k) == "day" ? k + 1 : k;
        if (reference is not { } today || Word(at) != "of" || Word(at + 2) != "month"
            || Word(at + 1) switch { "this" or "current" or "the" => 0, "next" or "coming" or "following" => 1, "last" or "previous" => -1, _ => (int?)null } is not { } shift
            || Shifted(new LocalDate(today.Year, today.Month, 1), months: shift) is not { } first || day > CalendarSystem.Iso.GetDaysInMonth(first.Year, first.Month))
        {
            return false;
        }

        match = new Match(at + 3, TimeExpressionType.Date, DayText(new LocalDate(first.Year, first.Month, day))) { Anchor = TimeAnchor.Publication };
        return true;
    }

    /// <summary>A day in words before its month: <c>the fourth of May</c>, <c>twenty second of June 2017</c>.</summary>
    private bool TryDayOfMonth(int k, int day, int first, out Match match)
    {
        match = default;
        if (Word(k) is not { } name || !TimeWords.Months.TryGetValue(name, out var month) || (name == "may" && !tokens[k].Capitalised && Word(first) is not ("the" or "fourth" or "first")))
        {
            return false;
        }

        var end = k + 1;
        if (IsSymbol(end, '.') && CalendarWords.IsMonthAbbreviation(name))
        {
            end++;
        }

        return TryResolveDay(month, day, end, first, out match);
    }

    /// <summary>
    /// A day and month, with the year written after them (<c>, 2017</c>) or resolved as the date scanner resolves one:
    /// the most recent such day, or the next when the clause points forward.
    /// </summary>
    private bool TryResolveDay(int month, int day, int end, int first, out Match match)
    {
        match = default;
        var yearAt = IsSymbol(end, ',') || Word(end) == "of" ? end + 1 : end;
        if (TryYearAt(yearAt, out var year, out var yearEnd))
        {
            if (day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                match = new Match(yearEnd, TimeExpressionType.Date, DayText(new LocalDate(year, month, day)));
                return true;
            }

            return false;
        }

        if (reference is not { } today)
        {
            match = new Match(end, TimeExpressionType.Date, string.Create(Invariant, $"XXXX-{month:D2}-{day:D2}"));
            return day <= CalendarSystem.Iso.GetDaysInMonth(2000, month);
        }

        if (DateScanner.NearestDay(month, day, today, TenseCues.LeanOfDay(tokens, first)) is not { } date)
        {
            return false;
        }

        match = new Match(end, TimeExpressionType.Date, DayText(date)) { Anchor = TimeAnchor.Publication };
        return true;
    }

    /// <summary>
    /// A part of a day without its day: <c>early morning</c>, <c>late afternoon</c>, <c>the evening</c> after
    /// <c>in</c> or <c>during</c>, <c>afternoon 7:00</c>; the day is the one named in this sentence or the one before,
    /// else the publication date's. The expression starts at token <paramref name="i"/>; the part is at <paramref name="k"/>.
    /// </summary>
    private bool TryPartOfDay(int i, int k, out Match match)
    {
        match = default;
        // "early in the morning", "later in the evening": the part's start or end.
        var modifier = (Word(i) == "the" ? Word(i - 2) : Word(i)) switch { "early" => TimexModifier.Start, "late" or "later" => TimexModifier.End, "mid" => TimexModifier.Mid, _ => TimexModifier.None };
        var part = Word(k);
        if (part is "midmorning" or "midafternoon" or "midevening")
        {
            (part, modifier) = (part[3..], TimexModifier.Mid);
        }

        if (part is null || DayPartCode(part) is not { } code)
        {
            return false;
        }

        // "in the morning at 7", "afternoon 7:00": the clock time, its half said by the part of the day.
        var time = "T" + code;
        var end = k + 1;
        if (TryClockAfter(end, code, out var clock, out var clockEnd))
        {
            (time, end) = (clock, clockEnd);
        }

        if (!TryClockDay(i, end, time, out match))
        {
            return false;
        }

        match = match with { Modifier = modifier };
        return true;
    }

    /// <summary><c>all day</c>, <c>the whole week</c>, <c>a full year</c>, <c>all-month</c>: one unit's length.</summary>
    private bool TryWholeUnit(int i, out Match match)
    {
        match = default;
        var k = i + 1;
        if (k < tokens.Count && tokens[k].Kind == TokenKind.Hyphen && tokens[i].Glued)
        {
            k++;
        }

        if (Word(k) is not ("day" or "week" or "month" or "year" or "night") || !TimeWords.Units.TryGetValue(Word(k) == "night" ? "day" : Word(k)!, out var unit))
        {
            return false;
        }

        match = new Match(k + 1, TimeExpressionType.Duration, DurationText("1", unit));
        return true;
    }

    /// <summary>The year, month, week, quarter, decade or century <paramref name="direction"/> units from the publication date's.</summary>
    private static bool TryShiftedPeriod(string unit, LocalDate today, int direction, int end, out Match match)
    {
        var day = unit switch
        {
            "year" => Shifted(today, months: 12 * direction),
            "month" => Shifted(today, months: direction),
            "week" => Shifted(today, days: 7 * direction),
            "quarter" => Shifted(today, months: 3 * direction),
            "decade" => Shifted(today, months: 120 * direction),
            "century" => Shifted(today, months: 1200 * direction),
            _ => null,
        };
        match = default;
        return day is { } shifted && TryThisPeriod(unit, shifted, end, out match);
    }

    /// <summary>The year, month, week, quarter, decade, century or weekend a day is in.</summary>
    private static bool TryThisPeriod(string unit, LocalDate day, int end, out Match match)
    {
        var value = unit switch
        {
            "year" => YearText(day.Year),
            "month" => MonthText(day.Year, day.Month),
            "week" => WeekText(day),
            "quarter" => QuarterText(day.Year, ((day.Month - 1) / 3) + 1),
            "decade" => YearText(day.Year)[..3],
            "century" => YearText(day.Year)[..2],
            _ => null,
        };
        match = value is null ? default : new Match(end, TimeExpressionType.Date, value) { Anchor = TimeAnchor.Publication };
        return value is not null;
    }

    /// <summary>A day, or a part of it when one follows (<c>tomorrow morning</c>).</summary>
    private bool TryDayWithPart(int end, LocalDate day, out Match match)
    {
        match = DayPartAt(end) is { } code
            ? new Match(end + 1, TimeExpressionType.Time, DayText(day) + "T" + code) { Anchor = TimeAnchor.Publication }
            : new Match(end, TimeExpressionType.Date, DayText(day)) { Anchor = TimeAnchor.Publication };
        if (TryClockAfter(match.End, match.Type == TimeExpressionType.Time ? match.Value[11..] : null, out var clock, out var clockEnd))
        {
            match = new Match(clockEnd, TimeExpressionType.Time, DayText(day) + clock) { Anchor = TimeAnchor.Publication };
        }

        return true;
    }

    /// <summary>
    /// A month without a day: <c>in March</c>, <c>March of 2012</c>, <c>last May</c>. Capitalised; <c>May</c> only
    /// after a word that makes it a month. Without a year it is the most recent such month, or the next one when the
    /// clause points forward.
    /// </summary>
    private bool TryMonth(int i, int month, string? relation, out Match match)
    {
        match = default;
        var w = Word(i);

        // The word before, past a hyphen glued to both ("mid-May", "early-June").
        var wordBefore = i >= 2 && tokens[i - 1].Kind == TokenKind.Hyphen && tokens[i - 1].Glued && tokens[i - 2].Glued ? Word(i - 2) : Word(i - 1);

        // A month's name in lower case ("in june", "of july") after a word that makes it a month; never May or March
        // (verbs) nor an abbreviation ("jan" is a name).
        var monthPreposition = wordBefore is "in" or "of" or "since" or "until" or "till" or "by" or "during" or "before" or "after" or "early" or "late" or "mid" or "through" or "between" or "from";
        // So does a relative year after it ("june next year", "august of last year").
        var yearAfter = Word(i + 1) == "of" ? i + 2 : i + 1;
        var lowerCaseMonth = w is not ("may" or "march") && (w!.Length > 4 || w is "june" or "july")
            && (monthPreposition || (Word(yearAfter) is "next" or "last" or "this" && Word(yearAfter + 1) == "year"));

        // An abbreviation after such a word is a month in any case ("after feb", "in Dec"), but for "jan" and "mar"
        // (names); "may" after "in" with nothing after it but punctuation or a year is the month ("be there in may").
        var shortAfterPreposition = monthPreposition && w is { Length: <= 4 } && w is not ("jan" or "mar" or "may" or "june" or "july");
        var mayAtEnd = w == "may" && Word(i - 1) is "in" or "since" or "until" or "by" or "during"
            && (i + 1 >= tokens.Count || tokens[i + 1].Kind is not (TokenKind.Word or TokenKind.Hyphen) || TryYearAt(i + 1, out _, out _));
        // A month's week names a month in any case, abbreviated or not ("the 3rd week of jan", "the first week of may").
        var weekOf = Word(i - 1) == "of" && Word(i - 2) == "week";
        shortAfterPreposition |= weekOf;
        lowerCaseMonth |= shortAfterPreposition || mayAtEnd;

        // "May the eleventh", "Jan first", "May twenty-first", "jan twenty two, 2018": a day in words after the name
        // makes even May or an abbreviation a month. Lower-case May and March are verbs ("we may first ask", "they
        // march twenty miles") unless the day is past the second and nothing but punctuation or a year follows it
        // ("on may the eleventh", "may twenty one").
        if (relation is null)
        {
            var verb = !tokens[i].Capitalised && w is "may" or "march";
            var named = IsSymbol(i + 1, '.') && tokens[i].Glued ? i + 2 : i + 1;
            var dayAt = Word(named) == "the" ? named + 1 : named;
            if ((TryOrdinalDay(dayAt, out var spokenDay, out var spokenEnd) || TryCardinalDay(dayAt, out spokenDay, out spokenEnd))
                && (!verb || (spokenDay > 2 && EndsDate(spokenEnd))) && TryResolveDay(month, spokenDay, spokenEnd, i, out match))
            {
                return true;
            }
        }
        if ((!tokens[i].Capitalised && !lowerCaseMonth && (relation is null || w == "may")) || IsNumber(i + 1) && tokens[i + 1].Length <= 2
            || (w == "may" && !mayAtEnd && relation is null && wordBefore is not ("in" or "on" or "since" or "of" or "from" or "until" or "till" or "by" or "during" or "before" or "after" or "early" or "late" or "mid" or "through" or "between" or "and" or "to" or "last" or "next" or "this" or "end")))
        {
            return false;
        }

        var end = i + 1;
        var abbreviated = CalendarWords.IsMonthAbbreviation(w!);
        if (IsSymbol(end, '.') && tokens[i].Glued && abbreviated)
        {
            end++;
        }
        else if (abbreviated && relation is null && !IsNumber(end) && !shortAfterPreposition)
        {
            // "Jan" alone is a name ("Fayez Jan"); the month writes its point or a day or year after it.
            return false;
        }

        // "Dec. 6" the date scanner left (no publication date to give it a year): a day of any year.
        if (IsNumber(end) && tokens[end].Length <= 2 && tokens[end].Value is >= 1 and <= 31 && tokens[end].Value == decimal.Truncate(tokens[end].Value))
        {
            return TryResolveDay(month, (int)tokens[end].Value, end + 1, i, out match);
        }

        // "March of 1500", "April of 87".
        if ((Word(end) == "of" && TryYearAt(end + 1, out var ofYear, out var ofYearEnd)) || TryShortYearOf(end, out ofYear, out ofYearEnd))
        {
            match = new Match(ofYearEnd, TimeExpressionType.Date, MonthText(ofYear, month));
            return true;
        }

        // "December 1500": a year the date scanner leaves (it reads 1800-2100); "December 1500 troops" is a count.
        if (IsNumber(end) && IsYearLike(tokens[end]) && !CountsSomething(end + 1))
        {
            match = new Match(end + 1, TimeExpressionType.Date, MonthText((int)tokens[end].Value, month));
            return true;
        }

        // "October two thousand and five": a year in words right after the month.
        if (!IsNumber(end) && TryYearWords(end, out var monthYear, out var monthYearEnd))
        {
            match = new Match(monthYearEnd, TimeExpressionType.Date, MonthText(monthYear, month));
            return true;
        }

        // "June next year", "in March last year", "March of last year".
        var relativeYear = Word(end) == "of" ? end + 1 : end;
        if (reference is { } thisYear && Word(relativeYear) is "next" or "last" or "this" && Word(relativeYear + 1) == "year")
        {
            match = new Match(relativeYear + 2, TimeExpressionType.Date, MonthText(thisYear.Year + (Word(relativeYear) switch { "next" => 1, "last" => -1, _ => 0 }), month)) { Anchor = TimeAnchor.Publication };
            return true;
        }

        // "between April and July 1994", "from December to February 2013": the year written after the range's other
        // month (the year before when the first month comes later in the year).
        if (relation is null && (Word(end) is "and" or "to" or "through" or "until" or "till" || (end < tokens.Count && tokens[end].Kind == TokenKind.Hyphen))
            && Word(end + 1) is { } otherName && TimeWords.Months.TryGetValue(otherName, out var otherMonth))
        {
            var yearAt = IsSymbol(end + 2, '.') ? end + 3 : end + 2;
            yearAt = IsSymbol(yearAt, ',') ? yearAt + 1 : yearAt;
            if (TryYearAt(yearAt, out var rangeYear, out var rangeYearEnd) && (month <= otherMonth ? rangeYear : rangeYear - 1) is var startYear and >= 1)
            {
                match = new Match(end, TimeExpressionType.Date, MonthText(startYear, month))
                {
                    Anchor = TimeAnchor.TextTime,
                    AnchorAt = new TextSpan(tokens[yearAt].Start, tokens[rangeYearEnd - 1].End - tokens[yearAt].Start),
                };
                return true;
            }
        }

        // "The season usually runs from July to September": any year's.
        if (reference is not { } today || (relation is null && TenseCues.IsHabitual(tokens, i)))
        {
            match = relation is null ? new Match(end, TimeExpressionType.Date, "XXXX-" + month.ToString("D2", Invariant)) : default;
            return relation is null;
        }

        // "In 2020 the clashes ran from January to March": the year named before it in the sentence, unless the month
        // dates a statement ("rose since 2020, the UN said in March").
        if (relation is null && lastYear is { } yearMark && sentence[i] == yearMark.Sentence && !IsStatementDay(i))
        {
            match = new Match(end, TimeExpressionType.Date, MonthText(yearMark.Value, month)) { Anchor = TimeAnchor.TextTime, AnchorAt = yearMark.Span };
            return true;
        }

        var lean = relation is null ? TenseCues.Lean(tokens, i) : TenseLean.Past;
        var before = month <= today.Month ? today.Year : today.Year - 1;
        var ahead = month >= today.Month ? today.Year : today.Year + 1;
        var year = relation switch
        {
            "this" => today.Year,
            "last" => month < today.Month ? today.Year : today.Year - 1,
            "next" or "coming" => month > today.Month ? today.Year : today.Year + 1,
            _ => lean switch
            {
                TenseLean.Future => ahead,

                // A plan told in the past: the nearer of the month just gone and the month ahead.
                TenseLean.Nearest => ((ahead * 12) + month) - ((today.Year * 12) + today.Month) < ((today.Year * 12) + today.Month) - ((before * 12) + month) ? ahead : before,
                _ => before,
            },
        };
        if (year is < 1 or > 9998)
        {
            return false;
        }

        match = new Match(end, TimeExpressionType.Date, MonthText(year, month)) { Anchor = TimeAnchor.Publication };
        return true;
    }

    /// <summary>Whether the <c>that</c> at token <paramref name="i"/> opens a clause after a verb of saying or knowing, or <c>so</c>.</summary>
    private bool ClauseThat(int i) =>
        Word(i - 1) is "said" or "says" or "say" or "added" or "announced" or "reported" or "warned" or "noted" or "stated" or "claimed" or "told"
            or "believe" or "believed" or "think" or "thought" or "hoped" or "expected" or "know" or "knew" or "showed" or "shows" or "so" or "such";

    /// <summary>
    /// <c>that December</c>: the month in the year of the latest expression that names one (looking back over no more
    /// than eight, in this sentence or the three before and within twice <see cref="TextDocument.Window"/> tokens);
    /// nothing when none does.
    /// </summary>
    private bool TryMonthOfNarrative(int i, int month, out Match match)
    {
        match = NarrativeTime(i, monthGrain: false) is { } narrative && int.TryParse(narrative.Value, NumberStyles.None, Invariant, out var year) && year >= 1
            ? new Match(i + 2, TimeExpressionType.Date, MonthText(year, month)) { Anchor = TimeAnchor.TextTime, AnchorAt = narrative.Span }
            : default;
        return match.End > 0;
    }

    /// <summary>
    /// A day, or a part of one (<paramref name="unit"/>: <c>day</c>, <c>morning</c>, ...), of the month or year of
    /// <paramref name="coarse"/>, which day not told: <c>2003-03-XX</c>, <c>2003-03-XXTNI</c>, <c>1995-XX-XX</c>.
    /// </summary>
    private static Match DayNotTold(int end, string unit, (string Value, TextSpan Span) coarse)
    {
        var day = coarse.Value.Length == 7 ? coarse.Value + "-XX" : coarse.Value + "-XX-XX";
        var match = unit == "day" ? new Match(end, TimeExpressionType.Date, day) : new Match(end, TimeExpressionType.Time, day + "T" + DayPartCode(unit));
        return match with { Anchor = TimeAnchor.TextTime, AnchorAt = coarse.Span };
    }

    /// <summary>
    /// The month (<c>2003-03</c>) or year (<c>2003</c>) last named, within three sentences before token
    /// <paramref name="i"/>, when it came after the last day named and lies before the publication's month or year: the
    /// narrative is in it, on a day not told. Null otherwise.
    /// </summary>
    private (string Value, TextSpan Span)? CoarseNarrativeSinceDay(int i)
    {
        if (found.Count == 0 || reference is not { } today)
        {
            return null;
        }

        var last = found[^1];
        var at = tokens.TokenAt(last.Span.Start);
        var value = last.Value.ToString();

        // "That night ... by the next morning": a day of the month or year not told carries it on.
        if (last.Type is TimeExpressionType.Date or TimeExpressionType.Time && value.Length >= 10 && value[4] == '-' && value[7] == '-' && value[8] == 'X')
        {
            value = value[5] == 'X' ? value[..4] : value[..7];
        }
        else if (last.Type != TimeExpressionType.Date)
        {
            return null;
        }

        if (at >= tokens.Count || sentence[i] - sentence[at] > 3 || (lastDay is not null && last.Span.Start <= lastDaySpan.Start)
            || value.Length is not (4 or 7) || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, Invariant, out var year)
            || (value.Length == 7 && !(value[4] == '-' && int.TryParse(value.AsSpan(5, 2), NumberStyles.None, Invariant, out _))))
        {
            return null;
        }

        var month = value.Length == 7 ? int.Parse(value.AsSpan(5, 2), NumberStyles.None, Invariant) : 12;
        return (year * 12) + month < (today.Year * 12) + today.Month ? (value, last.Span) : null;
    }

    /// <summary>
    /// The year (with <paramref name="monthGrain"/>, the month: <c>1992</c>, <c>1992-04</c>) and place of the latest
    /// expression that names one or a time within one, looking back over no more than eight, in the sentence of token <paramref name="i"/> or the
    /// three before and within twice <see cref="TextDocument.Window"/> tokens: the time the narrative is in, for
    /// <c>that December</c>, <c>that year</c>, <c>that month</c>. Null when none does.
    /// </summary>
    private (string Value, TextSpan Span)? NarrativeTime(int i, bool monthGrain) =>
        LatestOfNarrative(i, value => value.Length >= 4 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[3])
            && (!monthGrain || (value.Length >= 7 && value[4] == '-' && char.IsAsciiDigit(value[5]) && char.IsAsciiDigit(value[6])))
                ? value[..(monthGrain ? 7 : 4)]
                : null);

    /// <summary>
    /// What <paramref name="take"/> makes of the latest DATE or TIME expression it takes, with its place, looking back
    /// over no more than eight, in the sentence of token <paramref name="i"/> or the three before and within twice
    /// <see cref="TextDocument.Window"/> tokens; null when it takes none.
    /// </summary>
    private (string Value, TextSpan Span)? LatestOfNarrative(int i, Func<string, string?> take)
    {
        for (var f = found.Count - 1; f >= 0 && f >= found.Count - 8; f--)
        {
            var earlier = found[f];
            var at = tokens.TokenAt(earlier.Span.Start);
            if (at >= tokens.Count || sentence[i] - sentence[at] > 3 || i - at > 2 * TextDocument.Window)
            {
                return null;
            }

            // "he sent a video of a 2007 helicopter attack ... that winter": a year that only says which thing is meant,
            // after an article and before its noun, is no time the narrative is in.
            if (earlier.Type is TimeExpressionType.Date or TimeExpressionType.Time && !IsYearOfAThing(at, earlier.Span) && take(earlier.Value.ToString()) is { } taken)
            {
                return (taken, earlier.Span);
            }
        }

        return null;
    }

    /// <summary>Whether the expression at token <paramref name="at"/> is a year alone between an article and a noun (<c>a 2007 helicopter attack</c>).</summary>
    private bool IsYearOfAThing(int at, TextSpan span) =>
        span.Length == 4 && IsNumber(at) && Word(at - 1) is "a" or "an" && at + 1 < tokens.Count && tokens[at + 1].Kind == TokenKind.Word && !tokens[at + 1].Capitalised
        && Word(at + 1) is not ("and" or "or" or "to" or "when" or "as" or "after" or "before");

    /// <summary>
    /// The decade (<paramref name="digits"/> 3: <c>199</c>) or century (2: <c>19</c>) and place the narrative is in, when the
    /// latest expression that names a time of its own, within the reach of <see cref="NarrativeTime"/>, names one:
    /// <c>the 1990s</c>, <c>the 19th century</c>. Null when that expression names a year or a finer time, or none does.
    /// </summary>
    private (string Value, TextSpan Span)? NarrativeEra(int i, int digits) =>
        LatestOfNarrative(i, static value => value.Length > 0 && char.IsAsciiDigit(value[0]) ? value : null) is { } latest
        && latest.Value.Length == digits && latest.Value.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0
            ? latest
            : null;

    /// <summary>
    /// <c>the same month a year earlier</c>, <c>the same week last year</c>: the month or week of the same name a year
    /// before the one <paramref name="same"/> reads, as one expression; otherwise <paramref name="same"/> as it is.
    /// </summary>
    private Match AYearEarlier(Match same, string unit)
    {
        var k = same.End;
        var end = Word(k) is "a" or "one" && Word(k + 1) == "year" && Word(k + 2) is "earlier" or "before" or "ago" ? k + 3
            : Word(k) == "last" && Word(k + 1) == "year" ? k + 2
            : Word(k) == "of" && Word(k + 1) == "last" && Word(k + 2) == "year" ? k + 3
            : -1;
        var value = same.Value;
        if (end < 0 || unit is not ("month" or "week") || value.Length < 7 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, Invariant, out var year) || year < 2)
        {
            return same;
        }

        var earlier = YearText(year - 1) + value[4..];

        // A 53rd week has no namesake in a year of 52.
        return earlier.Length == 8 && earlier[5] == 'W' && int.Parse(earlier.AsSpan(6, 2), Invariant) > WeekYearRules.Iso.GetWeeksInWeekYear(year - 1)
            ? same
            : same with { End = end, Value = earlier };
    }

    /// <summary>
    /// A season: <c>summer 2012</c>, <c>the summer of 2012</c>, <c>this summer</c>, <c>last winter</c>, <c>in the
    /// spring</c>, <c>moved to the autumn</c>, <c>spring events</c>. A season alone needs a word before it that makes
    /// it a time, <c>the</c>, or a noun after it whose time it names; a capitalised one (<c>the Arab Spring</c>, <c>the
    /// Summer Olympics</c>) needs a preposition, or to open its sentence before such a noun (<c>Summer classes
    /// begin</c>); <c>fall</c> needs a year or a relation.
    /// </summary>
    private bool TrySeason(int i, string? relation, out Match match)
    {
        match = default;
        var first = i;
        if (Word(i) == "the")
        {
            i += Word(i + 1) is "whole" or "entire" ? 2 : 1;
        }

        var code = TimeWords.Seasons[Word(i)!];
        var end = i + 1;

        // "spent the summer months in Spain": the season, its months in the extent.
        if (first < i && Word(end) == "months")
        {
            end++;
        }

        var ofYear = Word(end) == "of" ? end + 1 : end;
        if (TryYearAt(ofYear, out var seasonYear, out var seasonYearEnd))
        {
            // "the winter of 2011-2012", "the winter of 2011/12": one season across the turn of the year, the first year's.
            match = new Match(NextYearAfter(seasonYearEnd, seasonYear), TimeExpressionType.Date, YearText(seasonYear) + "-" + code);
            return true;
        }

        // "The war began in 2011 ... in the spring of that year": the year the narrative is in.
        if (ofYear > end && Word(ofYear) == "that" && Word(ofYear + 1) == "year" && NarrativeTime(first, monthGrain: false) is { } narrative)
        {
            match = new Match(ofYear + 2, TimeExpressionType.Date, narrative.Value + "-" + code) { Anchor = TimeAnchor.TextTime, AnchorAt = narrative.Span };
            return true;
        }

        var before = Word(first - 1);
        var placed = relation is not null || before is "in" or "during" or "since" or "until" or "by" or "through" or "throughout" or "over" or "early" or "late" or "mid" or "this" or "before" or "after"
            || (Word(i) != "fall" && ((!tokens[i].Capitalised && (first < i || SeasonOfNoun(end))) || (first == i && sentenceStart[i] == i && SeasonOfNoun(end))))
            || BareSeason(i);
        // "one year to go before the Winter Olympics": a capitalised season before a capitalised word is part of a name.
        var inName = tokens[i].Capitalised && end < tokens.Count && tokens[end].Kind == TokenKind.Word && tokens[end].Capitalised;
        if (!placed || inName || reference is not { } today || (Word(i) == "fall" && relation is null && !FallAhead(first, end)) || Word(end) == "of")
        {
            return false;
        }

        // "Accidents happen every year during the summer", "floods usually hit in the summer", "In winter, cases
        // usually peak": any year's, as a month in a habit is.
        if (relation is null && (TenseCues.IsHabitual(tokens, first) || TenseCues.HabitFollows(tokens, first, end)))
        {
            match = new Match(end, TimeExpressionType.Date, "XXXX-" + code);
            return true;
        }

        int[] starts = [3, 6, 9, 12];
        var start = starts[code switch { "SP" => 0, "SU" => 1, "FA" => 2, _ => 3 }];

        // "Last year, 10 people died during the spring climbing season", "In 2012, ... in the summer": the year that sets
        // the scene for the sentence.
        if (relation is null && lastYear is { } sceneYear && sceneYear.Sentence == sentence[first] && sceneYear.Span.Start < tokens[first].Start
            && (sceneYear.Value > today.Year || (sceneYear.Value < today.Year && TenseCues.ToldInPast(tokens, first))))
        {
            match = new Match(end, TimeExpressionType.Date, YearText(sceneYear.Value) + "-" + code) { Anchor = TimeAnchor.TextTime, AnchorAt = sceneYear.Span };
            return true;
        }

        // "The first demonstrators were shot on March 18, 2011. By the summer, army defectors had formed": told in the
        // past within four sentences of the story's day, a season that begins within six months after it is that
        // year's.
        if (relation is null && storyDay is { } story && sentence[first] - story.Sentence is >= 0 and <= 4 && start >= story.Value.Month
            && start - story.Value.Month <= 6 && TenseCues.ToldInPast(tokens, first))
        {
            match = new Match(end, TimeExpressionType.Date, YearText(story.Value.Year) + "-" + code) { Anchor = TimeAnchor.TextTime, AnchorAt = story.Span };
            return true;
        }

        var current = today.Month switch { >= 3 and <= 5 => 3, >= 6 and <= 8 => 6, >= 9 and <= 11 => 9, _ => 12 };
        // "The bureau said the autumn would probably be warmer": the season the subject of a verb that looks ahead.
        var subjectAhead = Word(Word(end) is "probably" or "likely" or "also" ? end + 1 : end) is "will" or "would" or "could" or "should" or "may" or "might";
        var future = relation is "next" or "coming" || (relation is null && (subjectAhead || TenseCues.PointsForward(tokens, first)));
        var year = relation switch
        {
            "this" => today.Year,
            "last" => start == current ? today.Year - 1 : start < today.Month ? today.Year : today.Year - 1,
            "next" or "coming" => start == current ? today.Year + 1 : start > today.Month ? today.Year : today.Year + 1,
            _ => start == current ? today.Year : future ? (start > today.Month ? today.Year : today.Year + 1) : (start < today.Month ? today.Year : today.Year - 1),
        };
        match = new Match(end, TimeExpressionType.Date, YearText(year) + "-" + code) { Anchor = TimeAnchor.Publication };
        return year is >= 1 and <= 9998;
    }

    /// <summary>
    /// Whether <c>the fall</c> at token <paramref name="first"/>, with no year or relation, is the season: after
    /// <c>in</c>, <c>during</c>, <c>by</c> or <c>until</c>, at its clause's end, in a clause that looks ahead
    /// (<c>tickets go on sale in the fall</c>), or after <c>in</c> or <c>during</c> in a clause told in the past with no word of harm or of a body
    /// just before (<c>Pilots agreed in the fall</c>; not <c>broke his hip in the fall</c>, a fall from a height).
    /// </summary>
    private bool FallAhead(int first, int end) =>
        Word(first) == "the" && Word(first - 1) is "in" or "during" or "by" or "until"
        && (end >= tokens.Count || (tokens[end].Kind == TokenKind.Symbol && tokens[end].Symbol is '.' or ',' or ';') || Word(end) is "and" or "when" or "to")
        && (TenseCues.Lean(tokens, first) == TenseLean.Future || (Word(first - 1) is "in" or "during" && TenseCues.ToldInPast(tokens, first) && !HarmNear(first - 1)));

    // Words of a fall from a height or of its harm, within six words before token k: "broke his hip in the fall",
    // "died in the fall", "survived the fall".
    private bool HarmNear(int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 6; j--)
        {
            if (Word(j) is "injured" or "injuries" or "injury" or "hurt" or "killed" or "died" or "dies" or "broke" or "broken" or "survived" or "damaged" or "fractured"
                or "sustained" or "suffered" or "bruised" or "wounded" or "dead" or "death" or "deaths" or "fatal" or "crash" or "slipped" or "tripped" or "fell" or "hip"
                or "leg" or "arm" or "head" or "neck" or "back")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a season in lower case with no word before it that makes it a time is one all the same (<c>will leave
    /// summer</c>, <c>summer is over</c>, <c>until winter.</c>): <c>summer</c>, <c>winter</c> or <c>autumn</c> (not
    /// <c>spring</c>, a thing, nor <c>fall</c>, a verb) before the sentence's or clause's end or a word that starts a
    /// clause or a verb phrase, and not after an article or an adjective (<c>a hot summer</c>, <c>nuclear winter</c>)
    /// nor before a noun it qualifies (<c>summer camp</c>).
    /// </summary>
    private bool BareSeason(int i)
    {
        // Written with a capital only where it opens its sentence ("Spring officially began on Wednesday").
        if ((tokens[i].Capitalised && i != sentenceStart[i]) || Word(i) is not ("summer" or "winter" or "autumn" or "spring") || tokens[i].Word != Word(i))
        {
            return false;
        }

        var before = Word(i - 1);
        if (before is "a" or "an" or "nuclear" or "indian" or "arab" or "hot" or "cold" or "long" or "harsh" or "mild" or "wet" or "dry" or "bitter" or "brutal"
            or "severe" or "warm" or "endless" or "eternal" or "political" or "economic" or "olympic" || (i > 0 && tokens[i - 1].Kind == TokenKind.Hyphen))
        {
            return false;
        }

        // "spring" (also a source of water, a coil) only before a verb of the season's coming or going.
        return (Word(i) != "spring" && (i + 1 >= tokens.Count || (tokens[i + 1].Kind == TokenKind.Symbol && tokens[i + 1].Symbol is '.' or ',' or ';' or '!' or '?' or ')')
                || Word(i + 1) is "is" or "was" or "will" or "has" or "had" or "and" or "or" or "but" or "when" or "as" or "because" or "if" or "unless"))
            || Word(i + 1) is "comes" or "came" or "arrives" or "arrived" or "begins" or "began" or "starts" or "started" or "ends" or "ended" or "approaches" or "officially";
    }

    // The nouns of a company's or a government's accounts, after which "the full year" is the year reported on.
    private static readonly System.Collections.Generic.HashSet<string> Accounts = new(StringComparer.Ordinal)
    {
        "forecast", "forecasts", "guidance", "outlook", "target", "targets", "estimate", "estimates", "expectations",
        "profit", "profits", "loss", "losses", "sales", "revenue", "revenues", "earnings", "results", "growth",
        "dividend", "deficit", "budget", "output", "production", "economy", "inflation", "exports", "imports", "demand",
        "spending", "investment", "income", "company", "firm", "economists", "analysts", "shares", "prices",
    };

    /// <summary>
    /// Whether <c>the week</c>, <c>the month</c> or <c>the year</c> at token <paramref name="i"/> (<c>the</c>) is the
    /// one in time that the sentence stands in: after <c>for</c>, <c>during</c>, <c>over</c>, <c>throughout</c>,
    /// <c>through</c> or <c>in</c>, or after <c>of</c> that ranks a thing (<c>the deadliest attack of the year</c>, <c>the
    /// first snowfall of the month</c>), with no phrase after it that tells which one it is.
    /// </summary>
    private bool ThePeriodAsIs(int i)
    {
        var led = Word(i - 1) switch
        {
            "for" or "during" or "over" or "throughout" or "through" or "in" => true,
            // Not "the first nine months of the year", "the last day of the month": a part of it, read as one ("the
            // bloodiest day of the month" is a day in it).
            "of" => RankedBefore(i - 1) && !(Word(i - 2) is { } partOf && TimeWords.Units.ContainsKey(partOf) && (IsPartRank(i - 3) || IsPartRank(i - 4))),
            _ => false,
        };
        return led && EndsPeriodPhrase(i + 2);
    }

    /// <summary>Whether the word at token <paramref name="k"/> picks a part of a period by its place: an ordinal, <c>last</c>, <c>final</c>.</summary>
    private bool IsPartRank(int k) => Word(k) is { } rank && (TimeWords.Ordinals.ContainsKey(rank) || rank is "last" or "final");

    /// <summary>
    /// Whether the plural at token <paramref name="i"/> (<c>weekends</c>, <c>nights</c>) is counted or picked out by the
    /// word before it (a number, <c>the</c>, <c>those</c>, <c>several</c>, <c>past</c>, <c>consecutive</c>, <c>their</c>),
    /// not every one of them.
    /// </summary>
    private bool CountedOrPickedOut(int i) =>
        (i > 0 && tokens[i - 1].Kind == TokenKind.Number) || IsAmountWord(i - 1)
        || Word(i - 1) is "the" or "these" or "those" or "several" or "few" or "many" or "recent" or "past" or "last" or "next" or "consecutive"
            or "successive" or "straight" or "both" or "some" or "dozen" or "our" or "their" or "his" or "her" or "its" or "my" or "your";

    /// <summary>Whether a clause may end before token <paramref name="k"/>: the end of the text, punctuation or a word that joins clauses.</summary>
    private bool EndsClause(int k) =>
        k >= tokens.Count || tokens[k].Kind == TokenKind.Symbol || Word(k) is "and" or "or" or "but" or "while" or "as";

    /// <summary>
    /// Whether token <paramref name="k"/>, right after a bare unit with its article (<c>the year</c>), leaves the unit
    /// as it is: the end of the text, punctuation, or a word that neither tells which one it is (<c>of</c>,
    /// <c>before</c>, <c>since</c>, <c>ahead</c>, <c>to</c>, <c>ended</c>, <c>earlier</c>, a number, a hyphen or a
    /// possessive's mark) nor opens a clause about it (<c>that</c>, <c>when</c>, <c>in which</c>, <c>the day he died</c>).
    /// </summary>
    private bool EndsPeriodPhrase(int k)
    {
        if (k >= tokens.Count)
        {
            return true;
        }

        return tokens[k].Kind switch
        {
            TokenKind.Word when Word(k) == "in" => Word(k + 1) is not ("which" or "that" or "whose"),
            TokenKind.Word => Word(k) is not ("of" or "before" or "after" or "since" or "following" or "preceding" or "prior" or "ahead" or "that" or "which"
                or "when" or "where" or "to" or "through" or "ended" or "ending" or "until" or "till" or "leading" or "earlier" or "later" or "ago"
                or "the" or "a" or "an" or "his" or "her" or "their" or "its" or "he" or "she" or "they" or "we" or "i" or "it" or "you"
                or "long" or "off" or "beginning" or "starting" or "commencing"),
            TokenKind.Symbol => tokens[k].Symbol is not ('\'' or '\u2019'),
            // "for the year - a record": a dash with space before it; "the year-earlier period" is one word.
            TokenKind.Hyphen => !tokens[k].Glued,
            _ => false,
        };
    }

    private static bool AccountsNoun(string? word) => word is not null && Accounts.Contains(word);

    /// <summary>
    /// Whether one of the nouns of accounts stands within the eight words before token <paramref name="i"/> (<c>its
    /// forecast for the full year</c>, <c>expect growth to pick up in the second half</c>, <c>its target of earnings of
    /// at least $16.70 a share for the full year</c>).
    /// </summary>
    private bool AccountsBefore(int i)
    {
        // An amount's signs do not end the reach nor use it up ("its target of $16.70 a share for the full year").
        var reach = i - 8;
        for (var k = i - 1; k >= 0 && k >= reach && k >= i - 12; k--)
        {
            if (tokens[k].Kind == TokenKind.Symbol)
            {
                if (!(tokens[k].Symbol is '$' or '\u20AC' or '\u00A3' or '%' && (IsNumber(k + 1) || IsNumber(k - 1))))
                {
                    return false;
                }

                reach--;
                continue;
            }

            if (AccountsNoun(Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the word at token <paramref name="k"/> is a noun a season names the time of (<c>spring events</c>,
    /// <c>summer offensive</c>, <c>winter storms</c>): a plural or one of a few nouns of events, in lower case.
    /// </summary>
    private bool SeasonOfNoun(int k)
    {
        if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word || tokens[k].Capitalised)
        {
            return false;
        }

        var noun = tokens[k].Word;
        return SeasonNouns.Contains(noun) || (noun.Length >= 5 && noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) && !noun.EndsWith("ous", StringComparison.Ordinal) && !noun.EndsWith("is", StringComparison.Ordinal));
    }

    private static readonly System.Collections.Generic.HashSet<string> SeasonNouns = new(StringComparer.Ordinal)
    {
        "offensive", "session", "term", "harvest", "planting", "break", "recess", "election", "campaign", "season",
        "festival", "holiday", "fighting", "floods", "flooding", "drought", "heat", "heatwave", "snow",
    };

    /// <summary>
    /// The week, month or year before or after (<paramref name="step"/> -1 or 1) the one the latest expression in this
    /// sentence or the one before names (<c>14 times last week, up from nine the week before</c>), within
    /// <see cref="TextDocument.Window"/> tokens so that a run-on text stays linear, or the publication's when none does.
    /// </summary>
    private bool TryNextPeriod(string unit, int step, int first, int end, out Match match)
    {
        match = default;

        // One walk back over what was found: a period named at the unit's own grain ("171,000 jobs in October, the
        // department said on Friday ... from 7.8 percent the month before"), else the latest one at a finer grain.
        (TimeExpression Expression, LocalDate Day)? finer = null;
        for (var f = found.Count - 1; f >= 0; f--)
        {
            var earlier = found[f];
            var at = tokens.TokenAt(earlier.Span.Start);
            if (at >= tokens.Count || sentence[first] - sentence[at] > 1 || first - at > TextDocument.Window)
            {
                break;
            }

            if (earlier.Type is TimeExpressionType.Date or TimeExpressionType.Time && AtGrain(earlier.Value.ToString(), unit) is { } day)
            {
                if (earlier.Type == TimeExpressionType.Date && GrainOf(earlier.Value.ToString()) == unit)
                {
                    finer = (earlier, day);
                    break;
                }

                finer ??= (earlier, day);
            }
        }

        if (finer is { } from)
        {
            match = new Match(end, TimeExpressionType.Date, PeriodText(from.Day, unit, step)) { Anchor = TimeAnchor.TextTime, AnchorAt = from.Expression.Span };
            return true;
        }

        if (reference is not { } today)
        {
            return false;
        }

        // "has scheduled meetings throughout the week", told on a Sunday: the week to come, not the one ending that day.
        var weekAhead = unit == "week" && step == 0 && today.DayOfWeek == IsoDayOfWeek.Sunday && TenseCues.Lean(tokens, first) == TenseLean.Future;
        match = new Match(end, TimeExpressionType.Date, PeriodText(today, unit, weekAhead ? 1 : step)) { Anchor = TimeAnchor.Publication };
        return true;
    }

    /// <summary>The middle of the week, month or year (<paramref name="unit"/>) the narrative is in, as <see cref="TryNextPeriod"/> finds it.</summary>
    private bool TryMiddleOfPeriod(string unit, int first, int end, out Match match)
    {
        if (!TryNextPeriod(unit, 0, first, end, out match))
        {
            return false;
        }

        match = match with { Modifier = TimexModifier.Mid };
        return true;
    }

    /// <summary>The week, month or year (<paramref name="unit"/>) <paramref name="step"/> of them from the one <paramref name="day"/> is in.</summary>
    private static string PeriodText(LocalDate day, string unit, int step) => unit switch
    {
        "week" => WeekText(day.PlusWeeks(step)),
        "month" => MonthText(day.PlusMonths(step).Year, day.PlusMonths(step).Month),
        _ => YearText(day.Year + step),
    };

    /// <summary>
    /// The latest expression before token <paramref name="first"/> that names a period at <paramref name="unit"/>'s own
    /// grain (<c>October</c> for a month, <c>2010</c> for a year, <c>last week</c> for a week), in its sentence or, unless
    /// <paramref name="sameSentence"/>, the one before, within a window, and with <paramref name="notCountedFrom"/> not
    /// one after <c>since</c>, <c>until</c>, <c>before</c> or <c>after</c>; with <paramref name="partsOfYear"/>, a
    /// quarter or half names its year too. Null when there is none.
    /// </summary>
    private TimeExpression? NamedAtGrain(string unit, int first, bool sameSentence, bool notCountedFrom = false, bool partsOfYear = false)
    {
        for (var f = found.Count - 1; f >= 0; f--)
        {
            var earlier = found[f];
            var at = tokens.TokenAt(earlier.Span.Start);
            if (at >= tokens.Count || sentence[first] - sentence[at] > (sameSentence ? 0 : 1) || first - at > TextDocument.Window)
            {
                return null;
            }

            // With notCountedFrom, not a period a span is counted from ("the lowest since April 2010").
            if (notCountedFrom && at > 0 && Word(at - 1) is "since" or "until" or "till" or "before" or "after")
            {
                continue;
            }

            if (earlier.Type == TimeExpressionType.Date && earlier.Value.ToString() is var value
                && (GrainOf(value) == unit || (partsOfYear && value.Length == 7 && value[5] is 'Q' or 'H' && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[3]))))
            {
                return earlier;
            }
        }

        return null;
    }

    /// <summary>
    /// The year of the latest expression before token <paramref name="first"/> in its sentence that names a year or a
    /// quarter or half of one (<c>2011</c>, <c>the third quarter of 2012</c>, <c>last year</c>), not one a span is counted
    /// from (<c>since 2010</c>); null when there is none.
    /// </summary>
    private int? NamedYear(int first) =>
        NamedAtGrain("year", first, sameSentence: true, notCountedFrom: true, partsOfYear: true) is { } named && int.TryParse(named.Value.ToString().AsSpan(0, 4), NumberStyles.None, Invariant, out var year)
            ? year
            : null;

    /// <summary>
    /// The calendar quarter of <c>the three months to September</c> named in the sentence of token <paramref name="i"/> or the one before
    /// (a month that ends a quarter, after <c>three months to</c>, <c>through</c>, <c>ending</c> or <c>ended</c>), with the
    /// month's place; nulls when none is.
    /// </summary>
    private (string? Value, TextSpan Span) ThreeMonthsTo(int i)
    {
        for (var f = found.Count - 1; f >= 0 && f >= found.Count - 6; f--)
        {
            var month = found[f];
            var at = tokens.TokenAt(month.Span.Start);
            if (at >= tokens.Count || sentence[i] - sentence[at] > 1)
            {
                break;
            }

            if (month.Type == TimeExpressionType.Date && month.Value.ToString() is { Length: 7 } value && value[4] == '-'
                && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, Invariant, out var year)
                && int.TryParse(value.AsSpan(5, 2), NumberStyles.None, Invariant, out var number) && number % 3 == 0
                && Word(at - 1) is "to" or "through" or "ending" or "ended" && Word(at - 2) == "months" && Word(at - 3) == "three")
            {
                return (QuarterText(year, number / 3), month.Span);
            }
        }

        return (null, default);
    }

    /// <summary>The quarter before a quarter's value (<c>2013-Q1</c>: <c>2012-Q4</c>); null for any other value or before year 1.</summary>
    private static string? QuarterBefore(string value)
    {
        if (value.Length != 7 || value[4] != '-' || value[5] != 'Q' || value[6] is < '1' or > '4' || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, Invariant, out var year))
        {
            return null;
        }

        var (before, quarter) = value[6] == '1' ? (year - 1, 4) : (year, value[6] - '1');
        return before >= 1 ? QuarterText(before, quarter) : null;
    }

    /// <summary>The unit a DATE value names a whole one of: <c>year</c> (<c>2010</c>), <c>month</c> (<c>2012-10</c>), <c>week</c> (<c>2013-W11</c>); null for any other.</summary>
    private static string? GrainOf(string value) => value.Length switch
    {
        4 when char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[3]) => "year",
        7 when value[4] == '-' && char.IsAsciiDigit(value[5]) => "month",
        8 when value[5] == 'W' && char.IsAsciiDigit(value[6]) => "week",
        _ => null,
    };

    /// <summary>
    /// A day inside the period a DATE or TIME value names, if it names one at <paramref name="unit"/>'s grain or finer:
    /// a day or a week (<c>2019-03-10</c>, <c>2019-W10</c>) for a week, also a month (<c>2019-03</c>) for a month, also a
    /// year for a year. Years outside 2-9997 are not shifted (the calendar ends at 9999).
    /// </summary>
    private static LocalDate? AtGrain(string value, string unit)
    {
        if (DayOf(value) is { } day)
        {
            return day.Year is >= 2 and <= 9997 ? day : null;
        }

        var year = value.Length >= 4 && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, Invariant, out var y) && y is >= 2 and <= 9997 ? y : (int?)null;
        if (year is not { } whole)
        {
            return null;
        }

        if (value.Length == 8 && value[4] == '-' && value[5] == 'W' && int.TryParse(value.AsSpan(6, 2), NumberStyles.None, Invariant, out var week)
            && week >= 1 && week <= WeekYearRules.Iso.GetWeeksInWeekYear(whole))
        {
            return WeekYearRules.Iso.GetLocalDate(whole, week, IsoDayOfWeek.Monday);
        }

        if (unit == "week")
        {
            return null;
        }

        if (value.Length == 7 && value[4] == '-' && int.TryParse(value.AsSpan(5, 2), NumberStyles.None, Invariant, out var month) && month is >= 1 and <= 12)
        {
            return new LocalDate(whole, month, 1);
        }

        return unit == "year" && value.Length == 4 ? new LocalDate(whole, 1, 1) : null;
    }

    /// <summary>
    /// The weekend or weekday a week on from the one <paramref name="relation"/> (<c>last</c> or <c>next</c>) names, away from
    /// the publication: <c>the weekend before last</c>, <c>the Friday after next</c>.
    /// </summary>
    private bool TryWeekOnFromRelation(string? unit, string relation, int end, out Match match)
    {
        match = default;
        var weeks = relation == "last" ? -1 : 1;
        if (unit == "weekend")
        {
            return TryWeekend(end, relation, out match, weeks);
        }

        if (reference is not { } today || unit is null || !TimeWords.Weekdays.TryGetValue(unit, out var weekday) || weekday.Plural)
        {
            return false;
        }

        match = new Match(end, TimeExpressionType.Date, DayText(RelativeDays.WeekOn(today, weekday.Day, weeks))) { Anchor = TimeAnchor.Publication };
        return true;
    }

    /// <summary>Whether the token at <paramref name="k"/> is a word naming a unit of time (<c>the week before last year's vote</c>).</summary>
    private bool UnitAfter(int k) => k < tokens.Count && tokens[k].Kind == TokenKind.Word && TimeWords.IsUnit(tokens[k].Word);

    /// <summary>
    /// A weekend: the one just gone, unless the relation or the clause says the coming one; <paramref name="weeks"/> on
    /// from it.
    /// </summary>
    private bool TryWeekend(int end, string? relation, out Match match, int weeks = 0)
    {
        match = default;
        if (reference is not { } today)
        {
            return false;
        }

        var saturday = Weekends.Saturday(tokens, today, relation, Word(end - 2) == "the" ? end - 2 : end - 1);
        match = new Match(end, TimeExpressionType.Date, WeekText(saturday.PlusWeeks(weeks)) + "-WE") { Anchor = TimeAnchor.Publication };
        return true;
    }

    /// <summary>
    /// <c>the first quarter</c>, <c>second-quarter</c>, <c>the second half of 2012</c>, <c>the twentieth century</c>,
    /// <c>the 9th month of next year</c>: token <paramref name="i"/> is the ordinal's last (its suffix when in digits).
    /// </summary>
    private bool TryOrdinalPeriod(int i, int ordinal, out Match match)
    {
        match = default;
        var k = i + 1;
        if (k < tokens.Count && tokens[k].Kind == TokenKind.Hyphen && tokens[i].Glued)
        {
            k++;
        }

        // "the first Friday of July", "the second Monday of next month": that weekday's n-th in the month.
        if (ordinal <= 5 && TimeWords.Weekdays.TryGetValue(Word(k) ?? string.Empty, out var weekday) && !weekday.Plural && Word(k + 1) is "of" or "in")
        {
            return TryNthWeekday(k + 2, ordinal, weekday.Day, out match);
        }

        // "the vote is on the first Sunday", "I'll go back second Sunday": that weekday's n-th in the month the
        // narrative is in, else the publication's; not a count of them ("for the third Friday in a row", "the second
        // Friday running", "the first Monday after the election").
        if (ordinal <= 5 && TimeWords.Weekdays.TryGetValue(Word(k) ?? string.Empty, out var alone) && !alone.Plural && (Word(i - 1) == "the" ? Word(i - 2) : Word(i - 1)) != "for"
            && Word(k + 1) is not ("in" or "running" or "straight" or "this" or "next" or "last") && EndsPeriodPhrase(k + 1))
        {
            return TryNthWeekdayOfNarrative(i, k + 1, ordinal, alone.Day, out match);
        }

        switch (Word(k))
        {
            case "century" when ordinal is >= 1 and <= 20:
                match = new Match(k + 1, TimeExpressionType.Date, (ordinal - 1).ToString("D2", Invariant));
                return true;
            case "week" when ordinal <= 5 && Word(k + 1) == "of" && TryNthWeekOfMonth(k + 2, ordinal, out match):
                return true;
            case "week" when ordinal <= 5 && Word(k + 1) == "of" && TryYearAt(k + 2, out var weekOf, out var weekOfEnd):
                // "the first week of 2015": its first ISO week.
                match = new Match(weekOfEnd, TimeExpressionType.Date, string.Create(Invariant, $"{weekOf:D4}-W{ordinal:D2}"));
                return true;
            case "week" when ordinal <= 52 && reference is { } today && (Word(k + 1) == "of" ? k + 2 : k + 1) is var at
                && Word(at) is "this" or "next" or "last" && Word(at + 1) == "year":
                // "the first week of this year", "the third week next year": that year's ISO week.
                var weekYear = today.Year + (Word(at) switch { "next" => 1, "last" => -1, _ => 0 });
                if (ordinal > WeekYearRules.Iso.GetWeeksInWeekYear(weekYear))
                {
                    return false;
                }

                match = new Match(at + 2, TimeExpressionType.Date, string.Create(Invariant, $"{weekYear:D4}-W{ordinal:D2}")) { Anchor = TimeAnchor.Publication };
                return true;
            case "month" when ordinal <= 12 && Word(k + 1) == "of" && TryYearAt(k + 2, out var monthOf, out var monthOfEnd):
                // "the third month of 2021".
                match = new Match(monthOfEnd, TimeExpressionType.Date, MonthText(monthOf, ordinal));
                return true;
            case "month" when ordinal <= 12 && reference is { } now && Word(k + 1) == "of" && Word(k + 2) is "this" or "next" or "last" && Word(k + 3) == "year":
                // "the ninth month of next year".
                match = new Match(k + 4, TimeExpressionType.Date, MonthText(now.Year + (Word(k + 2) switch { "next" => 1, "last" => -1, _ => 0 }), ordinal)) { Anchor = TimeAnchor.Publication };
                return true;
            // "the third quarter in a row", "the second quarter running": a count of quarters, not the year's third; "trailed
            // by 27 points in the third quarter": a game's.
            case "quarter" when ordinal is >= 1 and <= 4 && !(Word(k + 1) == "running" || (Word(k + 1) == "in" && Word(k + 2) == "a" && Word(k + 3) == "row")) && !GameNear(i):
                return TryQuarterOf(k + 1, ordinal, "Q", out match);
            case "half" when ordinal is 1 or 2 && Word(k + 1) == "of":
                return TryQuarterOf(k + 1, ordinal, "H", out match) && match.End > k + 1;
            // "first-half profit", "second-half results": a half of the year accounts are of (not a match's half).
            case "half" when ordinal is 1 or 2 && tokens[k - 1].Kind == TokenKind.Hyphen && Word(k + 1) is "profit" or "profits" or "earnings" or "results" or "sales"
                or "revenue" or "revenues" or "loss" or "losses" or "growth" or "output" or "dividend" or "net" or "income":
                return TryQuarterOf(k + 1, ordinal, "H", out match);
            default:
                return false;
        }
    }

    /// <summary>Whether a verb in the past (a word in -ed) stands among the <paramref name="count"/> tokens from <paramref name="k"/> in its sentence (<c>before the troops arrived</c>).</summary>
    private bool PastVerbWithin(int k, int count)
    {
        for (var j = k; j < tokens.Count && j < k + count && sentence[j] == sentence[k - 1]; j++)
        {
            if (Word(j) is { Length: > 4 } word && word.EndsWith("ed", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether words of a game stand within ten tokens before token <paramref name="i"/> in its sentence (<c>trailing by 27
    /// points in the third quarter</c>, <c>scored a touchdown in the fourth quarter</c>, <c>led by 10 in the first
    /// quarter</c>): a period of play, no time of the calendar.
    /// </summary>
    private bool GameNear(int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - 10 && sentence[j] == sentence[i]; j--)
        {
            if (Word(j) is "trailing" or "trailed" or "touchdown" or "touchdowns" or "scored" or "scoring" or "basket" or "halftime" or "buzzer" or "rebounds"
                or "quarterback" or "innings" or "inning" or "overtime"
                || (Word(j) is "lead" or "led" && Word(j + 1) == "by" && IsNumber(j + 2)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A calendar quarter told by its first and last months, joined by a hyphen, a slash or <c>to</c> and followed by
    /// <c>quarter</c> or <c>period</c>: <c>April-June quarter</c>, <c>Oct.-Dec. period</c>, <c>the January-to-March
    /// period</c>, from token <paramref name="k"/>; not
    /// months that span no quarter (<c>the March-May period</c>).
    /// </summary>
    private bool TryMonthSpanQuarter(int k, out Match match)
    {
        match = default;
        if (k + 3 >= tokens.Count || !tokens[k].Capitalised || !TimeWords.Months.TryGetValue(Word(k) ?? string.Empty, out var first) || (first - 1) % 3 != 0)
        {
            return false;
        }

        // "January-March", "Oct./Dec.", "January-to-March", "January to March".
        var joint = IsSymbol(k + 1, '.') && tokens[k].Glued ? k + 2 : k + 1;
        int second;
        if ((tokens[joint].Kind == TokenKind.Hyphen || IsSymbol(joint, '/')) && tokens[joint - 1].Glued && tokens[joint].Glued)
        {
            second = Word(joint + 1) == "to" && joint + 3 < tokens.Count && tokens[joint + 1].Glued && tokens[joint + 2].Kind == TokenKind.Hyphen && tokens[joint + 2].Glued ? joint + 3 : joint + 1;
        }
        else if (Word(joint) is "to" or "through" && !tokens[joint - 1].Glued)
        {
            second = joint + 1;
        }
        else
        {
            return false;
        }

        if (second >= tokens.Count || !tokens[second].Capitalised || !TimeWords.Months.TryGetValue(Word(second) ?? string.Empty, out var last) || last != first + 2)
        {
            return false;
        }

        var noun = IsSymbol(second + 1, '.') && tokens[second].Glued ? second + 2 : second + 1;
        return Word(noun) is "quarter" or "period" && TryQuarterOf(noun + 1, ((first - 1) / 3) + 1, "Q", out match);
    }

    /// <summary>
    /// The year of a quarter or half: written after it (<c>of 2012</c>, <c>2012</c>, <c>of this year</c>, <c>of last
    /// year</c>, <c>of the year</c>), else the publication year's (the one before when that part has not begun).
    /// </summary>
    private bool TryQuarterOf(int k, int part, string unit, out Match match)
    {
        match = default;
        var of = Word(k) == "of" ? k + 1 : k;

        // "the first quarter of fiscal 1998", "the second half of fiscal year 2024": that part of the fiscal year, as
        // TimeML writes it (FY1998-Q1).
        if (of > k && Word(of) == "fiscal" && (Word(of + 1) == "year" ? of + 2 : of + 1) is var fiscalAt && TryYearAt(fiscalAt, out var fiscalYear, out var fiscalEnd))
        {
            match = new Match(fiscalEnd, TimeExpressionType.Date, "FY" + YearText(fiscalYear) + "-" + unit + part.ToString(Invariant));
            return true;
        }

        if (TryYearAt(of, out var ofYear, out var ofYearEnd) || (of == k && TryAbbreviatedYear(k, twoDigitsGlued: false, out ofYear, out ofYearEnd)))
        {
            match = new Match(ofYearEnd, TimeExpressionType.Date, YearText(ofYear) + "-" + unit + part.ToString(Invariant));
            return true;
        }

        if (reference is not { } today)
        {
            return false;
        }

        var startMonth = unit == "Q" ? ((part - 1) * 3) + 1 : ((part - 1) * 6) + 1;
        var endMonth = startMonth + (unit == "Q" ? 2 : 5);
        var year = startMonth <= today.Month ? today.Year : today.Year - 1;

        // "expect growth to pick up in the second quarter" in March: a part not begun, or one over, that the clause
        // looks ahead to is the next one; a plan told in the past, the nearer. The part accounts to come are of is the
        // nearer too ("reports fourth-quarter results on Feb. 2" in January: the one just gone; "will report
        // second-quarter results" in March: the one ahead).
        if (startMonth > today.Month || endMonth < today.Month)
        {
            var start = k - 1;
            for (var back = 0; back < 4 && start > 0 && (Word(start - 1) is "the" or "st" or "nd" or "rd" or "th" || tokens[start - 1].Kind is TokenKind.Number or TokenKind.Hyphen
                || (Word(start - 1) is { } ordinalWord && TimeWords.Ordinals.ContainsKey(ordinalWord))); back++)
            {
                start--;
            }

            var ahead = startMonth > today.Month ? today.Year : today.Year + 1;
            var past = endMonth < today.Month ? today.Year : today.Year - 1;
            var lean = TenseCues.Lean(tokens, start);

            // "a fuller report on the fourth quarter is due in the spring" in February: a part a report or figures are
            // of, the nearer.
            var reportedOn = Word(start - 1) is "on" or "for" && Word(start - 2) is "report" or "reports" or "data" or "figures" or "statistics" or "numbers" or "results" or "estimate" or "estimates";
            year = (lean == TenseLean.Future && (AccountsNoun(Word(k)) || reportedOn) ? TenseLean.Nearest : lean) switch
            {
                TenseLean.Future => ahead,
                TenseLean.Nearest => ((ahead * 12) + startMonth) - ((today.Year * 12) + today.Month) <= ((today.Year * 12) + today.Month) - ((past * 12) + endMonth) ? ahead : past,
                _ => year,
            };
        }

        var end = k;

        // "Casualties peaked in the first half of last year before falling in the third quarter": a later part of the
        // year an earlier part of which its sentence named, told in the past, is of that year.
        TimeExpression? partBefore = null;
        if (of == k && !(Word(k) is "this" or "last" or "next" && Word(k + 1) == "year") && !TenseCues.PointsForward(tokens, k)
            && NamedAtGrain("year", k - 1, sameSentence: true, notCountedFrom: true, partsOfYear: true) is { } earlierPart
            && earlierPart.Value.ToString() is { Length: 7 } namedValue && namedValue[5] is 'Q' or 'H'
            && int.TryParse(namedValue.AsSpan(0, 4), NumberStyles.None, Invariant, out var namedYear) && namedYear >= 1
            && (namedValue[6] - '0') * (namedValue[5] == 'Q' ? 3 : 6) < endMonth)
        {
            (year, partBefore) = (namedYear, earlierPart);
        }

        // "the third quarter this year": the year after it without "of" says which, as with it.
        if (of == k && Word(k) is "this" or "last" or "next" && Word(k + 1) == "year")
        {
            (year, end) = (today.Year + (Word(k) switch { "next" => 1, "last" => -1, _ => 0 }), k + 2);
        }
        else if (of > k)
        {
            switch (Word(of))
            {
                // "shrank in the third quarter of 2012 but grew in the final three months of the year": the year its
                // sentence named, told in the past; else the current one.
                case "the" when Word(of + 1) == "year" && NamedYear(k) is { } named && !TenseCues.PointsForward(tokens, k):
                    (year, end) = (named, of + 2);
                    break;
                case "this" or "the" when Word(of + 1) == "year":
                    (year, end) = (today.Year, of + 2);
                    break;
                case "last" when Word(of + 1) == "year":
                    (year, end) = (today.Year - 1, of + 2);
                    break;
                case "next" when Word(of + 1) == "year":
                    (year, end) = (today.Year + 1, of + 2);
                    break;
                default:
                    if (unit == "H")
                    {
                        return false;
                    }

                    break;
            }
        }

        match = new Match(end, TimeExpressionType.Date, YearText(year) + "-" + unit + part.ToString(Invariant))
        {
            Anchor = partBefore is null ? TimeAnchor.Publication : TimeAnchor.TextTime,
            AnchorAt = partBefore?.Span,
        };
        return true;
    }

    /// <summary>
    /// <c>fiscal 2013</c>, <c>fiscal year 2013</c>, <c>the fiscal year</c>: TIMEX3's fiscal year, <c>FY2013</c>, named by
    /// the year it is counted by (when it starts and ends is the organisation's, not known here).
    /// </summary>
    private bool TryFiscal(int i, out Match match)
    {
        match = default;

        // "its fiscal first quarter": the quarter as the ordinal reads it, with the word; "its fiscal third quarter,
        // which ended March 31": the calendar quarter that ends on the day told after it (a fiscal year need not start
        // in January), or within a week of it ("which ended March 30": a quarter kept by weeks ends on a weekday).
        if (Word(i + 1) is { } ordinalWord && TimeWords.Ordinals.TryGetValue(ordinalWord, out var ordinal) && ordinal <= 4 && Word(i + 2) == "quarter")
        {
            if (!TryOrdinalPeriod(i + 1, ordinal, out match))
            {
                return false;
            }

            var endedAt = IsSymbol(match.End, ',') ? match.End + 1 : match.End;
            endedAt += Word(endedAt) is "which" or "that" ? 1 : 0;
            if (Word(endedAt) is "ended" or "ending" or "ends" && HasDate(endedAt + 1) && TryKnownDate(endedAt + 1, out var endedOn) && DayOf(endedOn.Value) is { } lastDay
                && QuarterEndNear(lastDay) is { } quarterEnd)
            {
                match = match with { Value = QuarterText(quarterEnd.Year, quarterEnd.Month / 3) };
            }

            return true;
        }

        var k = Word(i + 1) == "year" ? i + 2 : i + 1;
        if (TryYearAt(k, out var year, out var yearEnd))
        {
            match = new Match(yearEnd, TimeExpressionType.Date, "FY" + YearText(year));
            return true;
        }

        if (k == i + 2 && Word(i - 1) == "the" && reference is { } today)
        {
            match = new Match(k, TimeExpressionType.Date, "FY" + YearText(today.Year)) { Anchor = TimeAnchor.Publication };
            return true;
        }

        return false;
    }

    /// <summary>
    /// Where the year after <paramref name="year"/>, written after a hyphen or slash at token <paramref name="k"/> in full
    /// or by its last two digits (<c>-2012</c>, <c>/12</c>), ends; <paramref name="k"/> itself when none is.
    /// </summary>
    private int NextYearAfter(int k, int year) =>
        (k < tokens.Count && (tokens[k].Kind == TokenKind.Hyphen || IsSymbol(k, '/')) && IsNumber(k + 1) && !tokens[k + 1].HasSeparators
            && ((tokens[k + 1].Length == 4 && tokens[k + 1].Value == year + 1) || (tokens[k + 1].Length == 2 && tokens[k + 1].Value == (year + 1) % 100)))
            ? k + 2
            : k;

    /// <summary>The day written at token <paramref name="k"/>: a date the date scanner found, or a holiday's name (<c>New Year's Day</c>).</summary>
    private bool TryDayOrHoliday(int k, out Match day)
    {
        if (HasDate(k))
        {
            return TryKnownDate(k, out day);
        }

        day = default;
        return Word(k) is { } name && IsHolidayStart(name) && TryHoliday(k, out day);
    }

    /// <summary>The last day of a calendar quarter within a week of <paramref name="day"/>, if any.</summary>
    private static LocalDate? QuarterEndNear(LocalDate day)
    {
        for (var shift = -7; shift <= 7; shift++)
        {
            var candidate = day.PlusDays(shift);
            if (candidate.Month % 3 == 0 && candidate.PlusDays(1).Day == 1)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Whether the capitalised word at token <paramref name="i"/>, in mid-sentence before a capitalised word, starts a name (<c>Now Zad district</c>).</summary>
    private bool StartsName(int i) =>
        tokens[i].Capitalised && sentenceStart[i] != i && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && tokens[i + 1].Capitalised;

    /// <summary>
    /// Whether <c>weekly</c>, <c>daily</c> or <c>monthly</c> at token <paramref name="i"/> is a publication, a noun:
    /// after an article, before a name or the end of its phrase (<c>the weekly Charlie Hebdo</c>, <c>a daily.</c>), or
    /// after an article and a describing word, before a name (<c>the satirical weekly Charlie Hebdo</c>); not a rate
    /// before its noun (<c>a weekly meeting</c>) or after its verb's object (<c>visit the zone daily.</c>).
    /// </summary>
    private bool IsPublicationNoun(int i)
    {
        if (Word(i) is not ("weekly" or "daily" or "monthly") || i + 1 >= tokens.Count)
        {
            return false;
        }

        var named = tokens[i + 1].Kind == TokenKind.Word && tokens[i + 1].Capitalised && sentenceStart[i + 1] != i + 1;

        // "the weekly Charlie Hebdo", "a local daily.", "the satirical weekly Charlie Hebdo" (a describing word between
        // only before a name: "visit the zone daily." is a rate).
        return (Word(i - 1) is "the" or "a" or "an" && (named || tokens[i + 1].Kind == TokenKind.Symbol))
            || (Word(i - 2) is "the" or "a" or "an" && tokens[i - 1].Kind == TokenKind.Word && !tokens[i - 1].Capitalised && named);
    }

    /// <summary>
    /// Whether the capitalised word at token <paramref name="i"/>, in mid-sentence after a capitalised word and before
    /// no capitalised word, ends a name (<c>The Working People's Daily</c>, <c>the Union Daily</c>, <c>Myanmar Now
    /// news</c>); a headline in capitals throughout goes on capitalised after it (<c>Kill Daily Across Burma</c>).
    /// </summary>
    private bool EndsName(int i) =>
        tokens[i].Capitalised && sentenceStart[i] != i && i > 0 && tokens[i - 1].Kind == TokenKind.Word && tokens[i - 1].Capitalised
        && !(i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && tokens[i + 1].Capitalised);

    /// <summary>
    /// A year alone: <c>2009</c>, <c>in 1998</c>. Four digits from 1000 to 2199 without separators, not a count of
    /// something (<c>2000 people</c>), not a measure, not one of a run of numbers.
    /// </summary>
    private bool TryYear(int i, out Match match)
    {
        match = default;
        ref readonly var token = ref tokens[i];
        var value = token.Value;
        if (token.Length != 4 || token.HasSeparators || value != decimal.Truncate(value) || value is < 1000 or > 2199
            || (i > 0 && tokens[i - 1].Kind == TokenKind.Number) || (i > 0 && tokens[i - 1].Glued && tokens[i - 1].Kind == TokenKind.Symbol && tokens[i - 1].Symbol is '$' or '#' or '.' or ',' or ':' or '/'))
        {
            return false;
        }

        if (i + 1 < tokens.Count && token.Glued && tokens[i + 1].Kind == TokenKind.Symbol && tokens[i + 1].Symbol is '%' or '/' or ':' or '.' && i + 2 < tokens.Count && tokens[i + 2].Kind == TokenKind.Number)
        {
            return false;
        }

        // "2011-11-S-034", "138-2010-2015": a code or a telephone number, not a year.
        if (IsCodePart(i + 1, i + 2, i + 3) || (i >= 2 && IsCodePart(i - 1, i - 2, i - 3)) || HyphenChain(i) >= 3)
        {
            return false;
        }

        // "555-1212", "82-2100", "2015-32": a number joined by a dash to one that is not a year of a range ("1990-1995",
        // "2014-15", "the war of 1980-88", "in 2015-17": two digits after a year cue that end a span within its century)
        // is part of a code, not a year.
        if ((i >= 2 && tokens[i - 1].Kind == TokenKind.Hyphen && tokens[i - 2].Kind == TokenKind.Number && !IsYearLike(tokens[i - 2]))
            || (i + 2 < tokens.Count && tokens[i + 1].Kind == TokenKind.Hyphen && tokens[i + 2].Kind == TokenKind.Number
                && !IsYearLike(tokens[i + 2]) && !(tokens[i + 2].Length == 2 && tokens[i + 2].Value == (value + 1) % 100)
                && !(tokens[i + 2].Length == 2 && tokens[i + 2].Value > value % 100 && !tokens[i + 2].HasSeparators && tokens[i + 2].Value == decimal.Truncate(tokens[i + 2].Value)
                    && Word(i - 1) is "of" or "in" or "the" or "since" or "during" or "from" or "between" or "for" or "by" or "until" && !IsNumber(i + 4) && !(i + 3 < tokens.Count && tokens[i + 3].Kind == TokenKind.Hyphen))))
        {
            return false;
        }

        // "the point-1584 post", "Route-1584": four digits glued by a hyphen to a word that names no time are a name's or a
        // code's (not "post-2011", "mid-2015", "pre-2008").
        if (i >= 2 && tokens[i - 1].Kind == TokenKind.Hyphen && tokens[i - 1].Glued && tokens[i - 2].Glued && tokens[i - 2].Kind == TokenKind.Word
            && Word(i - 2) is not ("post" or "pre" or "mid" or "early" or "late" or "circa" or "ca" or "fiscal" or "fy" or "end" or "summer" or "spring" or "autumn"
                or "fall" or "winter" or "year"))
        {
            return false;
        }

        var before = Word(i - 1);
        var after = Word(i + 1);
        var cued = before is not null && (Numbers.NumberWords.YearCues.Contains(before) || before is "to" or "and" or "or" || before is "through" or "throughout" or "between" or "around" or "circa");

        // "2000 people", "1500 troops", "2010 km": a count or a measure, unless a year cue stands before it; a month
        // before it is no cue then ("5 December 1500 troops arrived").
        if ((!cued || TimeWords.Months.ContainsKey(before!)) && CountsSomething(i + 1))
        {
            return false;
        }

        if (before is "page" or "no" or "number" or "route" or "flight" or "resolution" or "article" or "highway" or "room" or "code" or "model" or "pin")
        {
            return false;
        }

        // "Support for Office 2003", "gold at London 2012", "its plan, Transform 2015": after a capitalised word in
        // mid-sentence that names no time and owns nothing, the year is part of a name.
        if (!cued && i > 0 && tokens[i - 1].Kind == TokenKind.Word && tokens[i - 1].Capitalised && sentenceStart[i - 1] != i - 1 && !tokens[i - 1].Glued
            && before is not null && tokens.WordAt(i - 1) is { } rawBefore && !IsPossessive(rawBefore) && !rawBefore.EndsWith('\'') && !rawBefore.EndsWith('\u2019') && !TimeWords.Weekdays.ContainsKey(before) && !TimeWords.Seasons.ContainsKey(before)
            && !IsHolidayStart(before) && before is not ("fiscal" or "fy" or "year" or "q1" or "q2" or "q3" or "q4" or "h1" or "h2" or "ramadan" or "ramazan" or "lent" or "advent" or "hajj" or "diwali" or "muharram"))
        {
            return false;
        }

        // "1008 Battalion", "the 1108 Brigade": a unit's number.
        if (before is not ("in" or "since" or "by" or "during" or "until" or "from" or "before" or "after") && after is "battalion" or "brigade" or "regiment" or "division" or "squadron" or "platoon" or "company" or "corps" && tokens[i + 1].Capitalised)
        {
            return false;
        }

        // "2000 7.62 mm rounds": a count before the measure, with a decimal point, of what it counts. "1511, 1533, 1574": a
        // four-digit number on a list whose number before it was read as no year is none ("in 2008, 2009 and 2010" are
        // years, the first with its cue).
        if ((!cued && IsNumber(i + 1) && tokens[i + 1].Value != decimal.Truncate(tokens[i + 1].Value))
            || (IsSymbol(i - 1, ',') && IsNumber(i - 2) && tokens[i - 2].Length == 4 && !(found.Count > 0 && found[^1].Span.End == tokens[i - 2].End)))
        {
            return false;
        }

        match = new Match(i + 1, TimeExpressionType.Date, YearText((int)value));
        return true;
    }

    /// <summary>Whether the word at <paramref name="k"/> makes the number before it a count or a measure: <c>troops</c>, <c>people</c>, <c>km</c>.</summary>
    private bool CountsSomething(int k) =>
        Word(k) is { Length: > 2 } after && tokens[k].Kind == TokenKind.Word
        && (after.EndsWith('s') || after is "km" or "kilometres" or "kilometers" or "metres" or "meters" or "feet" or "people")
        && !YearNouns.Contains(after) && !NotNouns.Contains(after);

    // Words ending in -s that are no plural nouns: "2012 was the worst year", "1999 has gone", "2010 plus".
    private static readonly FrozenSet<string> NotNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "was", "has", "does", "says", "its", "his", "hers", "this", "thus", "plus", "less", "unless", "whereas", "across",
        "towards", "afterwards", "perhaps", "always", "besides", "versus", "yes", "ours", "theirs", "yours", "whereabouts",
    }.ToFrozenSet();

    // Plural nouns a year stands before as a date, not as their count ("1990 levels", "the 2012 elections", "2008
    // prices"); not those a number counts as often ("2000 attacks", "1500 protests").
    private static readonly FrozenSet<string> YearNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "levels", "elections", "polls", "games", "olympics", "talks", "accords", "prices", "rates", "standards",
        "negotiations", "sanctions", "celebrations", "championships", "finals", "playoffs", "midterms", "earnings",
        "forecasts", "targets", "budgets", "uprisings", "revolutions", "protocols", "guidelines",
    }.ToFrozenSet();

    /// <summary>A year where one is expected: four digits from 1000 to 2199, or the year in words.</summary>
    private bool TryYearAt(int k, out int year, out int end)
    {
        if (IsNumber(k) && IsYearLike(tokens[k]))
        {
            (year, end) = ((int)tokens[k].Value, k + 1);
            return true;
        }

        return TryYearWords(k, out year, out end);
    }

    /// <summary>
    /// A year said in words: <c>nineteen seventy two</c>, <c>nineteen zero one</c>, <c>nineteen hundred</c>,
    /// <c>twenty twenty</c>, <c>two thousand</c>, <c>two thousand and eighteen</c>. Read only where a year is expected
    /// (after a date without one, or after <c>in</c>, <c>of</c> or <c>year</c>); alone the words are numbers.
    /// </summary>
    private bool TryYearWords(int k, out int year, out int end)
    {
        year = 0;
        end = k;
        if (Word(k) == "two" && Word(k + 1) == "thousand")
        {
            end = k + 2;
            var and = Word(end) == "and" ? end + 1 : end;
            year = 2000;
            if (TrySmallNumber(and, 99, out var rest, out var restEnd) && !IsNumber(and) && rest > 0)
            {
                (year, end) = (2000 + rest, restEnd);
            }

            return true;
        }

        // The century: "nineteen", "eighteen", "twenty", "ten" ... ; then two digits said as one number or "oh"/"zero" and a digit.
        if (Word(k) is not { } first || !(NumberWords.Teens.TryGetValue(first, out var century) || (first == "twenty" && (century = 20) > 0)) || century < 10)
        {
            return false;
        }

        var c = k + 1;
        if (Word(c) == "hundred")
        {
            (year, end) = (century * 100, c + 1);
            return true;
        }

        if (Word(c) is "oh" or "zero" or "o" && Word(c + 1) is { } digit && NumberWords.Units.TryGetValue(digit, out var ones) && ones > 0)
        {
            (year, end) = ((century * 100) + ones, c + 2);
            return true;
        }

        if (IsNumber(c) || !TrySmallNumber(c, 99, out var part, out var partEnd) || part < 10)
        {
            return false;
        }

        (year, end) = ((century * 100) + part, partEnd);
        return true;
    }

    private static bool IsYearLike(in Token token) =>
        token.Length == 4 && !token.HasSeparators && token.Value is >= 1000 and <= 2199;

    // How many numbers are joined by glued hyphens around token i ("138-2010-2015" is three), looking a few tokens each way.
    private int HyphenChain(int i)
    {
        var count = 1;
        for (var k = i; k >= 2 && count < 4 && tokens[k - 1].Kind == TokenKind.Hyphen && tokens[k - 2].Kind == TokenKind.Number && tokens[k - 2].Glued && tokens[k - 1].Glued; k -= 2)
        {
            count++;
        }

        for (var k = i; k + 2 < tokens.Count && count < 4 && tokens[k + 1].Kind == TokenKind.Hyphen && tokens[k + 2].Kind == TokenKind.Number && tokens[k].Glued && tokens[k + 1].Glued; k += 2)
        {
            count++;
        }

        return count;
    }

    // A hyphen glued to a number glued to another hyphen: the middle of a code such as "2011-11-S-034".
    private bool IsCodePart(int hyphen, int number, int next) =>
        hyphen >= 0 && next >= 0 && next < tokens.Count && number < tokens.Count && tokens[hyphen].Kind == TokenKind.Hyphen && tokens[number].Kind == TokenKind.Number
        && tokens[next].Kind == TokenKind.Hyphen && tokens[Math.Min(hyphen, number)].Glued && tokens[Math.Min(number, next)].Glued;

    /// <summary>A decade in digits: <c>1990s</c>, <c>1990's</c>.</summary>
    private bool TryDecade(int i, out Match match)
    {
        match = default;
        ref readonly var token = ref tokens[i];

        // "the 80s", "the 70's", "the late 90s": a decade in two digits after its article ("in their 80s" is an age).
        if (token.Kind == TokenKind.Number && token.Length == 2 && !token.HasSeparators && token.Value % 10 == 0 && token.Glued
            && (Word(i + 1) == "s" ? i + 2 : IsApostrophe(i + 1) && tokens[i + 1].Glued && Word(i + 2) == "s" ? i + 3 : -1) is var decadeEnd and > 0
            && !(tokens[decadeEnd - 1].Glued && decadeEnd < tokens.Count && tokens[decadeEnd].Kind is TokenKind.Word or TokenKind.Number) && DecadeArticleBefore(i))
        {
            var twoDigits = (int)token.Value;
            match = new Match(decadeEnd, TimeExpressionType.Date, ((CenturyOf(twoDigits) + twoDigits) / 10).ToString("D3", Invariant));
            return true;
        }

        if (token.Kind != TokenKind.Number || token.Length != 4 || token.HasSeparators || token.Value % 10 != 0 || token.Value is < 1000 or > 2190 || !token.Glued)
        {
            return false;
        }

        int end;
        if (Word(i + 1) == "s")
        {
            end = i + 2;
        }
        else if (IsApostrophe(i + 1) && tokens[i + 1].Glued && Word(i + 2) == "s")
        {
            end = i + 3;
        }
        else
        {
            return false;
        }

        match = new Match(end, TimeExpressionType.Date, ((int)token.Value / 10).ToString("D3", Invariant));
        return true;
    }

    /// <summary>
    /// Whether the number at <paramref name="i"/> is a decade's after its article: <c>the</c> before it, past
    /// <c>early</c>, <c>mid</c> or <c>late</c> and a hyphen (<c>the mid-80s</c>), after a preposition of time
    /// (<c>since the 80s</c>, <c>in the 90s</c>); not a range of temperatures, shares or scores (<c>climb into the
    /// 50s</c>, <c>highs in the 80s</c>, <c>approval ratings in the 40s</c>), told within the dozen words before.
    /// </summary>
    private bool DecadeArticleBefore(int i)
    {
        var j = i - 1;
        if (j >= 0 && tokens[j].Kind == TokenKind.Hyphen)
        {
            j--;
        }

        if (Word(j) is "early" or "mid" or "late")
        {
            j--;
        }

        if (Word(j) != "the" || Word(j - 1) is not ("since" or "during" or "in" or "of" or "from" or "until" or "till" or "to" or "through" or "throughout" or "by" or "before" or "after" or "and"))
        {
            return false;
        }

        for (var k = j - 2; k >= 0 && k >= j - 12 && sentence[k] == sentence[i]; k--)
        {
            if (Word(k) is "temperature" or "temperatures" or "high" or "highs" or "low" or "lows" or "degrees" or "percent" or "rating" or "ratings" or "approval"
                or "poll" or "polls" or "polling" or "mercury" or "reading" or "readings" or "score" or "scores" or "aged" or "ages")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The day the narrative is on for a step told at token <paramref name="i"/> from it: the last day named; but a step
    /// back told in the past after a day to come (<c>must be approved by Monday. The previous week, ministers had met</c>)
    /// counts from the last day named that is not ahead, or from the publication when there is none.
    /// </summary>
    private LocalDate? NarrativeDay(int i) =>
        lastDay is { } day && reference is { } today && day > today && (TenseCues.IsPastPerfect(tokens, i) || TenseCues.ToldInPast(tokens, i)) ? lastPastDay : lastDay;

    /// <summary>
    /// <c>the first Sunday</c> with no month after it: the <paramref name="nth"/> such weekday of the month the narrative
    /// is in at token <paramref name="i"/> (named in its sentence or the three before), else of the publication's.
    /// </summary>
    private bool TryNthWeekdayOfNarrative(int i, int end, int nth, IsoDayOfWeek day, out Match match)
    {
        match = default;
        var narrative = NarrativeTime(i, monthGrain: true);
        LocalDate first;
        if (narrative is { } told)
        {
            first = new LocalDate(int.Parse(told.Value.AsSpan(0, 4), NumberStyles.None, Invariant), int.Parse(told.Value.AsSpan(5, 2), NumberStyles.None, Invariant), 1);
        }
        else if (reference is { } today)
        {
            first = new LocalDate(today.Year, today.Month, 1);
        }
        else
        {
            return false;
        }

        if (NthWeekday(first.Year, first.Month, nth, day) is not { } date)
        {
            return false;
        }

        match = narrative is { } from
            ? new Match(end, TimeExpressionType.Date, DayText(date)) { Anchor = TimeAnchor.TextTime, AnchorAt = from.Span }
            : new Match(end, TimeExpressionType.Date, DayText(date)) { Anchor = TimeAnchor.Publication };
        return true;
    }

    /// <summary>The <paramref name="nth"/> <paramref name="day"/> of a month (0 for its last), or null when the month has no such one (a fifth Monday).</summary>
    private static LocalDate? NthWeekday(int year, int month, int nth, IsoDayOfWeek day)
    {
        var first = new LocalDate(year, month, 1);
        var date = nth == 0
            ? first.PlusMonths(1).PlusDays(-1).With(DateAdjusters.PreviousOrSame(day))
            : first.With(DateAdjusters.NextOrSame(day)).PlusWeeks(nth - 1);
        return date.Month == month ? date : null;
    }

    /// <summary><c>the first Friday of July</c>: the <paramref name="nth"/> such weekday of the month read at token <paramref name="k"/> (0 for its last).</summary>
    private bool TryNthWeekday(int k, int nth, IsoDayOfWeek day, out Match match)
    {
        match = default;

        // "the first Monday of every month", "the last Friday of each month": once a month, a set.
        if (Word(k) is "every" or "each" && Word(k + 1) == "month")
        {
            match = new Match(k + 2, TimeExpressionType.Set, "P1M") { Quantifier = Word(k) == "every" ? "EVERY" : "EACH" };
            return true;
        }

        if (!TryMonthAfterOf(k, out var month, out var year, out var m))
        {
            // "are held every year on the first Sunday in June": any year's June (the day of the month differs from
            // year to year, and TIMEX3 has no form for the n-th weekday of any year's month).
            return IsAnyYearsMonth(month, out match);
        }

        if (NthWeekday(year, m, nth, day) is not { } date)
        {
            return false;
        }

        match = new Match(month.End, TimeExpressionType.Date, DayText(date)) { Anchor = month.Anchor };
        return true;
    }

    /// <summary>
    /// <c>the first week of October</c>, <c>the last week of this month</c>, <c>3rd week of Jan</c>: the month read at
    /// token <paramref name="k"/> (after "of"), and its <paramref name="nth"/> week (0 for its last) as an ISO week. A
    /// week belongs to the month that holds its Thursday, as ISO 8601 gives a week to a year: the first week of October
    /// 2016 is 3-9 October (1-2 October are the last week of September), the last week of December 2016 is 26 December to
    /// 1 January.
    /// </summary>
    private bool TryNthWeekOfMonth(int k, int nth, out Match match)
    {
        match = default;
        if (nth > 5)
        {
            return false;
        }

        // "in the first week of every month": once a month, a set.
        if (Word(k) is "every" or "each" && Word(k + 1) == "month")
        {
            match = new Match(k + 2, TimeExpressionType.Set, "P1M") { Quantifier = Word(k) == "every" ? "EVERY" : "EACH" };
            return true;
        }

        if (!TryMonthAfterOf(k, out var month, out var year, out var m))
        {
            // "in the first week of June every year": any year's June.
            return IsAnyYearsMonth(month, out match);
        }

        var first = new LocalDate(year, m, 1);
        var thursday = nth == 0
            ? first.PlusMonths(1).PlusDays(-1).With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Thursday))
            : first.With(DateAdjusters.NextOrSame(IsoDayOfWeek.Thursday)).PlusWeeks(nth - 1);
        if (thursday.Month != m)
        {
            return false;
        }

        match = new Match(month.End, TimeExpressionType.Date, WeekText(thursday)) { Anchor = month.Anchor };
        return true;
    }

    // A month read as any year's ("XXXX-06"), which a day or week of it is read as too.
    private static bool IsAnyYearsMonth(Match month, out Match match)
    {
        match = month;
        return month.Type == TimeExpressionType.Date && month.Value is { Length: 7 } value && value.StartsWith("XXXX-", StringComparison.Ordinal)
            && char.IsAsciiDigit(value[5]) && char.IsAsciiDigit(value[6]);
    }

    /// <summary>
    /// A month after "of" at token <paramref name="k"/>, and nothing else (no expression nests here: "the first Friday
    /// of the first Friday of ..." must not recurse, one stack frame per repeat): a date that is a month (<c>July
    /// 2016</c>), a month's name resolved by tense (<c>October</c>), or <c>this/next/last month</c> (<c>the month</c> is this one).
    /// </summary>
    private bool TryMonthAfterOf(int k, out Match month, out int year, out int m)
    {
        month = default;
        year = m = 0;
        var read = HasDate(k) ? TryKnownDate(k, out month)
            : Word(k) is { } name && TimeWords.Months.TryGetValue(name, out var named) ? TryMonth(k, named, null, out month)
            : Word(k) is "this" or "next" or "last" or "previous" or "coming" or "the" && Word(k + 1) == "month" && reference is { } today
                && TryShiftedPeriod("month", today, Word(k) switch { "this" or "the" => 0, "next" or "coming" => 1, _ => -1 }, k + 2, out month);
        return read && month.Type == TimeExpressionType.Date && month.Value.Length == 7 && month.Value[4] == '-'
            && int.TryParse(month.Value.AsSpan(0, 4), NumberStyles.None, Invariant, out year) && int.TryParse(month.Value.AsSpan(5, 2), NumberStyles.None, Invariant, out m);
    }

    /// <summary>A week of a year in digits: <c>3rd week of 2018</c>.</summary>
    private bool TryWeekOfYear(int i, out Match match)
    {
        match = default;
        if (!IsNumber(i) || tokens[i].Value is < 1 or > 53 || tokens[i].Length > 2 || !tokens[i].Glued || Word(i + 1) is not ("st" or "nd" or "rd" or "th")
            || Word(i + 2) != "week" || Word(i + 3) != "of" || !IsNumber(i + 4) || tokens[i + 4].Length != 4 || tokens[i + 4].Value is < 1000 or > 2199)
        {
            return false;
        }

        var year = (int)tokens[i + 4].Value;
        var week = (int)tokens[i].Value;
        if (week > WeekYearRules.Iso.GetWeeksInWeekYear(year))
        {
            return false;
        }

        match = new Match(i + 5, TimeExpressionType.Date, string.Create(Invariant, $"{year:D4}-W{week:D2}"));
        return true;
    }

    /// <summary>A century in digits: <c>21st century</c> (the value is its first two digits: <c>20</c>).</summary>
    private bool TryCentury(int i, out Match match)
    {
        match = default;
        if (!IsNumber(i) || tokens[i].Value is < 1 or > 21 || tokens[i].Length > 2 || !tokens[i].Glued || Word(i + 1) is not ("st" or "nd" or "rd" or "th")
            || Word(i + 2) != "century")
        {
            return false;
        }

        match = new Match(i + 3, TimeExpressionType.Date, ((int)tokens[i].Value - 1).ToString("D2", Invariant));
        return true;
    }

    /// <summary>The century of a year written in two digits: the latest that puts it no later than next year.</summary>
    private int CenturyOf(int twoDigits)
    {
        if (reference is not { } today)
        {
            return twoDigits <= 31 ? 2000 : 1900;
        }

        var century = today.Year / 100 * 100;
        return century + twoDigits > today.Year + 1 ? century - 100 : century;
    }

    /// <summary>
    /// The year after an abbreviation (<c>FY2014</c>, <c>H1 2014</c>, <c>Q4'12</c>): four digits, or two after an
    /// apostrophe glued to it, or two glued to the abbreviation itself when <paramref name="twoDigitsGlued"/>
    /// (<c>FY14</c>); nothing may be glued after the year (<c>H1N1</c>).
    /// </summary>
    private bool TryAbbreviatedYear(int k, bool twoDigitsGlued, out int year, out int end)
    {
        (year, end) = (0, k);
        var at = IsApostrophe(k) && k > 0 && tokens[k - 1].Glued && tokens[k].Glued ? k + 1 : k;
        if (!IsNumber(at) || tokens[at].HasSeparators || (tokens[at].Glued && at + 1 < tokens.Count && tokens[at + 1].Kind is TokenKind.Word or TokenKind.Number))
        {
            return false;
        }

        if (at == k && tokens[at].Length == 4 && IsYearLike(tokens[at]))
        {
            (year, end) = ((int)tokens[at].Value, at + 1);
            return true;
        }

        if (tokens[at].Length != 2 || (at == k && !(twoDigitsGlued && k > 0 && tokens[k - 1].Glued)))
        {
            return false;
        }

        var twoDigits = (int)tokens[at].Value;
        (year, end) = (CenturyOf(twoDigits) + twoDigits, at + 1);
        return true;
    }

    /// <summary>
    /// A year in two digits after a month or a date and <c>of</c> (<c>April of 87</c>, <c>15 April of '87</c>), where
    /// nothing but punctuation follows: "April of 87 people" is a count.
    /// </summary>
    private bool TryShortYearOf(int k, out int year, out int end)
    {
        (year, end) = (0, k);
        var at = Word(k) == "of" ? k + 1 : -1;
        if (at > 0 && IsApostrophe(at) && tokens[at].Glued)
        {
            at++;
        }

        if (at < 0 || !IsNumber(at) || tokens[at].Length != 2 || tokens[at].HasSeparators
            || (at + 1 < tokens.Count && tokens[at + 1].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Hyphen))
        {
            return false;
        }

        var twoDigits = (int)tokens[at].Value;
        (year, end) = (CenturyOf(twoDigits) + twoDigits, at + 1);
        return year >= 1;
    }

    /// <summary><c>'58</c> after a year cue, <c>'90s</c> a decade.</summary>
    private bool TryShortYear(int i, out Match match)
    {
        match = default;
        if (!IsApostrophe(i) || !tokens[i].Glued || !IsNumber(i + 1) || tokens[i + 1].Length != 2 || tokens[i + 1].HasSeparators)
        {
            return false;
        }

        var twoDigits = (int)tokens[i + 1].Value;
        var century = CenturyOf(twoDigits);

        if (tokens[i + 1].Glued && Word(i + 2) == "s" && twoDigits % 10 == 0)
        {
            match = new Match(i + 3, TimeExpressionType.Date, ((century + twoDigits) / 10).ToString("D3", Invariant));
            return true;
        }

        var before = Word(i - 1);
        if (before is null || !(((Numbers.NumberWords.YearCues.Contains(before) || before == "class") && before != "the") || IsYearBeforeNoun(i, before)))
        {
            return false;
        }

        match = new Match(i + 2, TimeExpressionType.Date, YearText(century + twoDigits));
        return true;
    }

    /// <summary>
    /// Whether the short year at token <paramref name="i"/> (its apostrophe) stands between a determiner and a noun it
    /// dates (<c>the '58 season</c>, <c>a '98 vintage</c>), with no quotation closed after it in the sentence (<c>the
    /// '58 men'</c> is a quotation's number).
    /// </summary>
    private bool IsYearBeforeNoun(int i, string before)
    {
        if (before is not ("the" or "a" or "his" or "her" or "their" or "its") || i + 2 >= tokens.Count || tokens[i + 2].Kind != TokenKind.Word || tokens[i + 2].Capitalised
            || tokens[i + 2].Word is "people" or "men" or "women" or "children" or "percent" or "per" or "of" or "and" or "or" or "to")
        {
            return false;
        }

        for (var k = i + 2; k < tokens.Count && k < i + 40 && sentenceStart[k] == sentenceStart[i]; k++)
        {
            if (IsApostrophe(k) && !tokens[k].Glued)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "3 to 4 May", "3-4 May", "31 May to 1 June" after "the night of": the night of the first day, read from the
    /// second day's date, when the first day number is the day before it.
    /// </summary>
    private bool TryNightBetween(int k, out Match match)
    {
        match = default;
        if (!IsDayNumber(k) || !(k + 2 < tokens.Count && (tokens[k + 1].Kind == TokenKind.Hyphen || Word(k + 1) is "to" or "into" or "and"))
            || !HasDate(k + 2) || !TryKnownDate(k + 2, out var second) || second.Value.Length != 10 || DayOf(second.Value) is not { } morning
            || morning.PlusDays(-1).Day != (int)tokens[k].Value)
        {
            return false;
        }

        match = new Match(second.End, TimeExpressionType.Time, DayText(morning.PlusDays(-1)) + "TNI") { Anchor = second.Anchor, AnchorAt = second.AnchorAt };
        return true;
    }
}
