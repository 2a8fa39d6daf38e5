using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using NodaTime;
using NodaTime.Calendars;
using Sitrep.Sources;
using Sitrep.Temporal;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.Dates;

/// <summary>
/// Finds dates in English news text and resolves them against the publication date, as DESIGN §6 says: written
/// dates (<c>March 19, 2026</c>, <c>19 March</c>, <c>Jan. 25, 2013</c>, <c>2026-03-19</c>, <c>March 2026</c>) with the
/// year taken from the publication date when missing (the most recent such day not after it); <c>today</c>,
/// <c>yesterday</c>, <c>the day before yesterday</c>, <c>last night</c> and <c>overnight</c> (the night before the
/// reference day), <c>this morning</c>; a bare weekday as the most recent such day, the publication day included
/// (<c>late on Friday</c> is that Friday with modifier end);
/// <c>earlier this week</c> (the days of the week before the reference day), <c>this week</c>, <c>last week</c>,
/// <c>this month</c>, <c>last month</c>, <c>last year</c>. A hand-written scanner, linear in the text.
/// </summary>
public static class DateScanner
{
    private static readonly FrozenDictionary<string, int> Months = CalendarWords.Months;

    internal static readonly FrozenDictionary<string, IsoDayOfWeek> Weekdays = new Dictionary<string, IsoDayOfWeek>
    {
        ["monday"] = IsoDayOfWeek.Monday,
        ["tuesday"] = IsoDayOfWeek.Tuesday,
        ["wednesday"] = IsoDayOfWeek.Wednesday,
        ["thursday"] = IsoDayOfWeek.Thursday,
        ["friday"] = IsoDayOfWeek.Friday,
        ["saturday"] = IsoDayOfWeek.Saturday,
        ["sunday"] = IsoDayOfWeek.Sunday,

        // Abbreviations that are no other English word, read in any case ("on tues.").
        ["tues"] = IsoDayOfWeek.Tuesday,
        ["weds"] = IsoDayOfWeek.Wednesday,
        ["thurs"] = IsoDayOfWeek.Thursday,
    }.ToFrozenDictionary();

    // Weekday abbreviations, read only capitalised ("Sat", "Sun", "Wed" are also words) and before a day of the month.
    // Acts of war that take a night ("an overnight raid", "an overnight assault"): the night is when they happened.
    private static readonly FrozenSet<string> OvernightActs = new HashSet<string>(StringComparer.Ordinal)
    {
        "raid", "raids", "attack", "attacks", "assault", "offensive", "strike", "strikes", "airstrike", "airstrikes",
        "bombardment", "shelling", "fighting", "clashes", "battle", "ambush", "incursion", "bombing", "blast", "explosion", "rampage",
        "barrage", "massacre", "gunfight", "firefight", "shootout",
    }.ToFrozenSet();

    private static readonly FrozenDictionary<string, IsoDayOfWeek> ShortWeekdays = new Dictionary<string, IsoDayOfWeek>
    {
        ["mon"] = IsoDayOfWeek.Monday,
        ["tue"] = IsoDayOfWeek.Tuesday,
        ["tues"] = IsoDayOfWeek.Tuesday,
        ["wed"] = IsoDayOfWeek.Wednesday,
        ["thu"] = IsoDayOfWeek.Thursday,
        ["thur"] = IsoDayOfWeek.Thursday,
        ["thurs"] = IsoDayOfWeek.Thursday,
        ["fri"] = IsoDayOfWeek.Friday,
        ["sat"] = IsoDayOfWeek.Saturday,
        ["sun"] = IsoDayOfWeek.Sunday,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, DayPart> DayParts = new Dictionary<string, DayPart>
    {
        ["morning"] = DayPart.Morning,
        ["afternoon"] = DayPart.Afternoon,
        ["evening"] = DayPart.Evening,
        ["night"] = DayPart.Night,
    }.ToFrozenDictionary();

    // The words a date can start with: months, weekdays (and their possessives), relative days and periods, and the
    // modifiers before a weekday. TryAt reads nothing else.
    private static readonly LexemeFact MayStart = new(word =>
        Months.ContainsKey(word)
        || Weekdays.ContainsKey(word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word)
        || ShortWeekdays.ContainsKey(word)
        || word is "today" or "yesterday" or "tonight" or "tonite" or "overnight" or "the" or "last" or "this" or "earlier" or "late" or "early" or "around" or "approximately"
        || word is "today's" or "yesterday's" or "tonight's");

    // The tokens a date may start at: the words above and every number.
    private static readonly StartSet DateStarts = new([MayStart], numbers: true);

    // Months and weekdays (with their possessives) by a bit test: "the", "last" and "this" start dates far less often
    // than they start anything else.
    private static readonly LexemeFact IsMonth = new(Months.ContainsKey);

    private static readonly LexemeFact IsWeekday = new(word => Weekdays.ContainsKey(word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word));

    /// <summary>Finds the dates in a text, in order, resolved against <paramref name="reference"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="reference">The publication date (the dateline's day).</param>
    /// <returns>The mentions; they never overlap.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reference"/> is outside the years 2 to 9997 (temporal values run from year 1 to 9998).</exception>
    public static ValueArray<DateMention> Find(string text, LocalDate reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(reference.Year, 2, nameof(reference));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reference.Year, 9997, nameof(reference));
        var tokens = Tokenizer.Tokenize(text);
        var found = Find(tokens, reference);
        tokens.Release();
        return found;
    }

    /// <summary>Finds the dates in a tokenised text; the reference has been checked.</summary>
    internal static ValueArray<DateMention> Find(TokenList tokens, LocalDate reference, DateTimeZone? zone = null)
    {
        var mentions = new List<DateMention>();
        var next = 0;
        var datelineSeen = false;

        // Only numbers and a few words can start a date; the scan visits those tokens alone.
        foreach (var i in tokens.Starts(DateStarts))
        {
            ref readonly var token = ref tokens[i];
            if (i < next || token.Kind is TokenKind.Hyphen or TokenKind.Symbol || (token.Kind == TokenKind.Word && !MayStart.Of(token.Lexeme)))
            {
                continue;
            }

            if (TryAt(tokens, i, reference, out var value, out var end, out var relative))
            {
                // "UPDATE ... KABUL, Afghanistan (Jan. 16) -" after a release of Jan. 15, 2011: a later release's dateline
                // without its year is that day in the year nearest the day so far (releases follow one another within
                // days), not the last one gone.
                var dateline = !relative && value is { IsInterval: false, Precision: TemporalPrecision.Day } && Dateline.IsDatelineDate(tokens, i, end);
                if (dateline && datelineSeen && !YearWritten(tokens, i, end) && Dateline.NearestYear(value.StartDate, reference) is { } nearest)
                {
                    value = TemporalValue.Day(nearest);
                }

                var start = tokens[i].Start;
                var stop = tokens[end - 1].End;
                mentions.Add(new DateMention(new TextSpan(start, stop - start), tokens.Cut(start, stop - start), zone is null ? value : value.InZone(zone), relative));
                next = end;

                // "UPDATE ... KABUL, Afghanistan (Jan. 28, 2011) - ... yesterday": a release appended to a report after its
                // own has its own day, which what follows is told from (within a year of the first). The report's own
                // dateline leaves the reference as given.
                if (dateline && Dateline.ReleaseDay(value.StartDate, reference, ref datelineSeen) is { } releaseDay)
                {
                    reference = releaseDay;
                }
            }
        }

        return ValueArray.From(mentions);
    }

    /// <summary>
    /// The day a statement later in the sentence of token <paramref name="i"/> was made, when it is named by a weekday
    /// or <c>yesterday</c> after a verb of saying (<c>set fire to the offices overnight, residents said Sunday</c>): the
    /// night just past is the one before it. Looked for up to twenty-five tokens on; null when there is none.
    /// </summary>
    private static LocalDate? StatementDayAhead(TokenList tokens, int i, LocalDate reference)
    {
        for (var k = i + 1; k < tokens.Count && k <= i + 25; k++)
        {
            if (TextDocument.SymbolEndsSentence(tokens, k))
            {
                return null;
            }

            if (Word(tokens, k) is not ("said" or "says" or "reported" or "announced" or "told" or "added" or "confirmed"))
            {
                continue;
            }

            var at = Word(tokens, k + 1) == "on" ? k + 2 : k + 1;
            if (Word(tokens, at) == "yesterday")
            {
                return reference.PlusDays(-1);
            }

            return at < tokens.Count && tokens[at].Capitalised && Word(tokens, at) is { } day && Weekdays.TryGetValue(day, out var weekday)
                ? reference.With(DateAdjusters.PreviousOrSame(weekday))
                : null;
        }

        return null;
    }

    // Whether a year is written among tokens first to end (exclusive): four digits, or two after an apostrophe.
    private static bool YearWritten(TokenList tokens, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Number && (tokens[k].Length == 4 || (k > first && tokens[k - 1].Kind == TokenKind.Symbol && tokens[k - 1].Symbol is '\'' or '\u2019')))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryAt(TokenList tokens, int i, LocalDate reference, out TemporalValue value, out int end, out bool relative)
    {
        value = default;
        end = i;
        relative = true;
        var t = tokens[i];
        if (t.Kind == TokenKind.Number)
        {
            relative = false;
            return TryIso(tokens, i, out value, out end) || TryDayMonth(tokens, i, reference, out value, out end) || TryYearMonth(tokens, i, out value, out end)
                || TryYearAlone(tokens, i, reference, out value, out end);
        }

        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        var w = t.Word;
        if (IsMonth.Of(t.Lexeme) && TryMonthDay(tokens, i, reference, out value, out end))
        {
            relative = false;
            return true;
        }

        // "during yesterday's elections": the day of a possessive.
        if (w is "today's" or "yesterday's" or "tonight's")
        {
            w = w[..^2];
        }

        switch (w)
        {
            // Not today as nowadays ("a shop that cost $200 a month in 2012 costs $450 today"): no day.
            case "today" when !TenseCues.TodayAsNowadays(tokens, i):
                (value, end) = (TemporalValue.Day(reference), i + 1);
                return true;
            case "yesterday":
                (value, end) = (TemporalValue.Day(reference.PlusDays(-1)), i + 1);
                return true;
            case "tonight" or "tonite":
                (value, end) = (TemporalValue.PartOfDay(reference, DayPart.Night), i + 1);
                return true;
            // Dates after "the", read in one place: "the" is the commonest word a date may start with.
            case "the":
                return TryAfterThe(tokens, i, reference, out value, out end);
            case "last" when Word(tokens, i + 1) == "night":
                (value, end) = (TemporalValue.PartOfDay(reference.PlusDays(-1), DayPart.Night), i + 2);
                return true;
            // "detained in Khost province overnight": the night just past, as "last night". "An overnight operation"
            // says what kind of operation, not which night ("an overnight raid on Tuesday"); "held overnight" and
            // "stayed overnight" say how long; "could not be solved overnight" and "nothing will be solved overnight"
            // mean at once.
            case "overnight" when Word(tokens, i - 1) is not ("a" or "an" or "the" or "its" or "their" or "his" or "stay" or "stays"
                or "stayed" or "staying" or "remain" or "remains" or "remained" or "spend" or "spent" or "kept" or "held" or "solved" or "resolved" or "fixed"
                or "cured" or "transformed" or "achieved" or "happen" or "change" or "disappear" or "vanish") && !NegatedBefore(tokens, i):
                // "struck targets overnight Thursday", "overnight on Thursday into Friday": that weekday's night.
                if (OvernightOf(tokens, i, reference, out value, out end))
                {
                    return true;
                }

                // "The storm is expected to weaken overnight": in a clause told ahead, the night to come.
                (value, end) = (TemporalValue.PartOfDay(TenseCues.Lean(tokens, i) == TenseLean.Future ? reference : (StatementDayAhead(tokens, i, reference) ?? reference).PlusDays(-1), DayPart.Night), i + 1);
                return true;

            // "killed 37 people in an overnight raid on a village, residents said on Sunday": an attack of a night, with no
            // day told after it, was that of the night just past (not "an overnight raid on Tuesday", "an overnight curfew").
            // Not "an overnight operation", which a force's releases call their night raids and date by the release
            // ("captured a Haqqani leader during an overnight operation" in ISAF's release of Dec. 4: the 4th).
            case "overnight" when Word(tokens, i - 1) is "a" or "an" && Word(tokens, i + 1) is { } kind && (OvernightActs.Contains(kind)
                || (Word(tokens, i + 2) is "strike" or "strikes" or "attack" or "attacks" or "raid" or "raids" && kind is "air" or "drone" or "missile" or "rocket"))
                && !DayToldAfter(tokens, i + 2):
                (value, end) = (TemporalValue.PartOfDay((StatementDayAhead(tokens, i, reference) ?? reference).PlusDays(-1), DayPart.Night), i + 1);
                return true;
            case "this" when Word(tokens, i + 1) is { } partName && DayParts.TryGetValue(partName, out var dayPart):
                (value, end) = (TemporalValue.PartOfDay(reference, dayPart), i + 2);
                return true;
            case "earlier" when Word(tokens, i + 1) == "this" && Word(tokens, i + 2) == "week":
                var monday = reference.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
                value = monday < reference ? TemporalValue.Between(TemporalValue.Day(monday), TemporalValue.Day(reference.PlusDays(-1))) : TemporalValue.Day(reference);
                end = i + 3;
                return true;
            // "Forecasters expect more rain this week", said on a Sunday: the week ahead, not the ISO week ending that day.
            case "this" when Word(tokens, i + 1) == "week" && reference.DayOfWeek == IsoDayOfWeek.Sunday && TenseCues.Lean(tokens, i) == TenseLean.Future:
                value = Period(last: false, "week", reference.PlusDays(1));
                end = i + 2;
                return true;
            // Not "his last year with the team", "their last week in office": the owner's final one.
            case "last" when Word(tokens, i + 1) is "week" or "month" or "year" && IsPossessiveDeterminer(Word(tokens, i - 1)):
                return false;
            case "this" or "last" when Word(tokens, i + 1) is "week" or "month" or "year":
                value = Period(w == "last", Word(tokens, i + 1)!, reference);
                end = i + 2;
                return true;
            // "last year's deadly demonstrations", "this month's floods": the period of a possessive.
            case "this" or "last" when Word(tokens, i + 1) is "week's" or "month's" or "year's":
                value = Period(w == "last", Word(tokens, i + 1)![..^2], reference);
                end = i + 2;
                return true;
            // "last weekend", "this weekend": its Saturday and Sunday, the weekend the time expressions read.
            case "this" or "last" when Word(tokens, i + 1) == "weekend":
                (value, end) = (Weekend(Weekends.Saturday(tokens, reference, w, i)), i + 2);
                return true;
        }

        // "around 4 March 2024", "on or around March 4": a day written with its month, approximately.
        if (w is "around" or "approximately")
        {
            var d = i + 1;
            if (TryDayWithMonth(tokens, d, reference, out var near, out var nearEnd))
            {
                (value, end, relative) = (near.WithModifier(TemporalModifier.Approximate), nearEnd, false);
                return true;
            }

            return false;
        }

        // [late|early] [on] Weekday[ 's] [morning|afternoon|evening|night]
        var k = i;
        var modifier = TemporalModifier.None;
        if (w is "late" or "early")
        {
            // "will open two hours late on Monday": how late; the day is read at its own word.
            if (TimeExpressions.TimeWords.SaysHowLate(tokens, i))
            {
                return false;
            }

            modifier = w == "late" ? TemporalModifier.End : TemporalModifier.Start;
            k++;
            if (Word(tokens, k) == "on")
            {
                k++;
            }

            // "late last month", "early this year": that part of the period.
            if (k == i + 1 && Word(tokens, k) is "this" or "last" && Word(tokens, k + 1) is "week" or "month" or "year")
            {
                value = Period(Word(tokens, k) == "last", Word(tokens, k + 1)!, reference).WithModifier(modifier);
                end = k + 2;
                return true;
            }

            // "late on 6 May", "early on March 3, 2020": the end or start of a day written with its month.
            if (k == i + 2 && TryDayWithMonth(tokens, k, reference, out var written, out var writtenEnd))
            {
                (value, end, relative) = (written.WithModifier(modifier), writtenEnd, false);
                return true;
            }
        }

        var last = false;
        if (modifier == TemporalModifier.None && w == "last")
        {
            last = true;
            k++;
        }

        if (k < tokens.Count && tokens[k].Kind == TokenKind.Word && tokens[k].Capitalised && Word(tokens, k - 1) != "the" && ShortWeekdays.TryGetValue(tokens[k].Word, out var shortDay)
            && DayOfMonthAfter(tokens, tokens[k].Glued && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Symbol && tokens[k + 1].Symbol == '.' ? k + 2 : k + 1) is { } shortDate
            && NearestWeekdayDay(shortDay, shortDate.Day, reference, TenseCues.LeanOfDay(tokens, i)) is { } shortFound)
        {
            // "Mon 13th", "Tue. the 4th": the abbreviation alone would be a word.
            value = TemporalValue.Day(shortFound);
            end = shortDate.End;
            return !last && modifier == TemporalModifier.None;
        }

        if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word || !IsWeekday.Of(tokens[k].Lexeme)
            || Word(tokens, k) is not { } day || !Weekdays.TryGetValue(day.EndsWith("'s", StringComparison.Ordinal) ? day[..^2] : day, out var weekday))
        {
            return false;
        }

        // "on Good Friday", "Easter Monday", "Palm Sunday": a holiday's day, which the time layer reads; not the nearest
        // Friday.
        if (k > 0 && tokens[k - 1].Kind == TokenKind.Word && tokens[k - 1].Capitalised && tokens[k].Capitalised
            && TimeExpressions.TimeScan.NamesHolidayWeekday(tokens[k - 1].Word, day.EndsWith("'s", StringComparison.Ordinal) ? day[..^2] : day))
        {
            return false;
        }

        // "on the first Sunday of August", "the last Friday in May": a month's n-th weekday, which the time layer reads;
        // not the nearest Sunday, nor last Friday.
        if (Word(tokens, k - 1) is "first" or "second" or "third" or "fourth" or "fifth" or "last" or "final" && Word(tokens, k + 1) is "of" or "in"
            && Word(tokens, k + 2) is { } ofMonth && (CalendarWords.Months.ContainsKey(ofMonth) || (ofMonth is "this" or "next" or "last" && Word(tokens, k + 3) == "month")))
        {
            return false;
        }

        // "will be held next week, probably on Wednesday", "arrived last week on Tuesday": that week's day.
        if (!last && WeekNamedBefore(tokens, i) is { } weeks)
        {
            value = TemporalValue.Day(RelativeDays.WeekDay(reference.PlusWeeks(weeks), weekday));
            if (modifier != TemporalModifier.None)
            {
                value = value.WithModifier(modifier);
            }

            end = k + 1;
            return true;
        }

        // "Friday the 15th", "Friday, 15th": the day of the month that falls on that weekday.
        if (!last && DayOfMonthAfter(tokens, k + 1) is { } dayOfMonth && NearestWeekdayDay(weekday, dayOfMonth.Day, reference, TenseCues.LeanOfDay(tokens, i)) is { } exactDay)
        {
            value = TemporalValue.Day(exactDay);
            if (modifier != TemporalModifier.None)
            {
                value = value.WithModifier(modifier);
            }

            end = dayOfMonth.End;
            return true;
        }

        // "will meet on Monday": the coming Monday (the publication day included), as the tense says.
        var dayLean = last ? TenseLean.Past : TenseCues.LeanOfDay(tokens, i);
        var date = last ? LastWeekday(weekday, reference)
            : dayLean == TenseLean.AheadOfTelling ? AfterTelling(weekday, TenseCues.TellingWeekday(tokens, i), reference)
            : Nearer(reference.With(DateAdjusters.PreviousOrSame(weekday)), reference.With(DateAdjusters.NextOrSame(weekday)), reference, dayLean);
        end = k + 1;
        if (Word(tokens, end) is { } partWord && DayParts.TryGetValue(partWord, out var part))
        {
            value = TemporalValue.PartOfDay(date, part);
            end++;
        }
        else
        {
            value = TemporalValue.Day(date);
        }

        if (modifier != TemporalModifier.None)
        {
            value = value.WithModifier(modifier);
        }

        return true;
    }

    /// <summary>Whether a word is a possessive determiner (<c>his</c>, <c>their</c>): before <c>last</c> or <c>next</c>, it makes them final or following, not relative to the publication.</summary>
    internal static bool IsPossessiveDeterminer(string? word) => word is "his" or "her" or "its" or "their" or "our" or "my" or "your";

    /// <summary>
    /// The day <c>last Wednesday</c> names: the latest such day before <paramref name="reference"/>, but not the day
    /// before in the same week, which a writer calls <c>yesterday</c> or by the weekday alone (said on a Thursday, the
    /// week before's); <c>last Sunday</c> said on a Monday is the day before, of the week gone.
    /// </summary>
    internal static LocalDate LastWeekday(IsoDayOfWeek weekday, LocalDate reference) =>
        reference.PlusDays(reference.DayOfWeek == IsoDayOfWeek.Monday ? -1 : -2).With(DateAdjusters.PreviousOrSame(weekday));

    /// <summary>[,] [the] 15th after a weekday (in words only without the comma), not followed by a month (a full date the other forms read) nor by what it ranks; null when absent.</summary>
    private static (int Day, int End)? DayOfMonthAfter(TokenList tokens, int k)
    {
        var comma = k < tokens.Count && tokens[k].Kind == TokenKind.Symbol && tokens[k].Symbol == ',';
        if (comma)
        {
            k++;
        }

        var the = Word(tokens, k) == "the";
        if (the)
        {
            k++;
        }

        int day, end;
        if (k + 1 < tokens.Count && tokens[k].Kind == TokenKind.Number && tokens[k].Length <= 2 && !tokens[k].HasSeparators && tokens[k].Glued
            && tokens[k].Value is >= 1 and <= 31 && Word(tokens, k + 1) is "st" or "nd" or "rd" or "th")
        {
            (day, end) = ((int)tokens[k].Value, k + 2);
        }
        else if (the && !comma && TimeExpressions.TimeWords.OrdinalDay(tokens, k) is { } spoken)
        {
            // "Tuesday the eleventh", "Wednesday the thirty first": in words only after "the".
            (day, end) = spoken;
        }
        else
        {
            return null;
        }

        // "Friday the 15th of May" is a full date the other forms read; "Thursday, the second such attack",
        // "Friday, the 2nd battalion" and "Tuesday, the 7th in two weeks" are ranks, not days (and a day in words after
        // a comma is always taken for one: "Tuesday, the seventh").
        return Word(tokens, end) is { } next && (next == "of" || Months.ContainsKey(next) || (tokens[end].Kind == TokenKind.Word && next is not ("at" or "and" or "or" or "when" or "after" or "before")))
            || (end < tokens.Count && tokens[end].Kind == TokenKind.Hyphen && tokens[end - 1].Glued)
            ? null
            : (day, end);
    }

    /// <summary>
    /// Whether a day is told in the clause from token <paramref name="k"/> on, within eight words and before a comma or the
    /// sentence's end (<c>an overnight raid on Tuesday</c>, <c>an overnight attack in Kabul last week</c>).
    /// </summary>
    private static bool DayToldAfter(TokenList tokens, int k)
    {
        for (var j = k; j < tokens.Count && j < k + 8; j++)
        {
            if (tokens[j].Kind == TokenKind.Symbol && (tokens[j].Symbol is ',' or ';' || TextDocument.SymbolEndsSentence(tokens, j)))
            {
                return false;
            }

            if (Word(tokens, j) is { } word && (Weekdays.ContainsKey(word) || (tokens[j].Capitalised && CalendarWords.Months.ContainsKey(word))
                || word is "yesterday" or "today" or "tonight" or "last" or "earlier" or "previous" || (word == "this" && Word(tokens, j + 1) is "week" or "month")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The weekday someone said something would happen on: the first after the day they said it, when the text tells
    /// it (<c>said Monday that he would travel on Tuesday</c>), else the coming one, the telling being recent.
    /// </summary>
    private static LocalDate AfterTelling(IsoDayOfWeek weekday, IsoDayOfWeek? telling, LocalDate reference) => telling is { } toldOn
        ? reference.With(DateAdjusters.PreviousOrSame(toldOn)).With(DateAdjusters.Next(weekday))
        : reference.With(DateAdjusters.NextOrSame(weekday));

    /// <summary>
    /// The nearest day with that day of the month that falls on that weekday: the latest not after the reference, the
    /// soonest not before it when the clause points forward, or the nearer of the two after a plan told in the past;
    /// looked for over 28 months, null when none is.
    /// </summary>
    private static LocalDate? NearestWeekdayDay(IsoDayOfWeek weekday, int dayOfMonth, LocalDate reference, TenseLean lean) =>
        Nearer(NearestWeekdayDay(weekday, dayOfMonth, reference, future: false), NearestWeekdayDay(weekday, dayOfMonth, reference, future: true), reference, lean);

    private static LocalDate? NearestWeekdayDay(IsoDayOfWeek weekday, int dayOfMonth, LocalDate reference, bool future)
    {
        var month = new LocalDate(reference.Year, reference.Month, 1);
        for (var m = 0; m < 28 && month.Year is > 3 and < 9995; m++)
        {
            var first = month.PlusMonths(future ? m : -m);
            if (dayOfMonth <= CalendarSystem.Iso.GetDaysInMonth(first.Year, first.Month))
            {
                var candidate = new LocalDate(first.Year, first.Month, dayOfMonth);
                if (candidate.DayOfWeek == weekday && (future ? candidate >= reference : candidate <= reference))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A date that starts with <c>the</c> at token <paramref name="i"/>: <c>the day before yesterday</c>, <c>the day after
    /// tomorrow</c>, <c>the weekend</c> (its Saturday and Sunday, as the time expressions read it; <c>over the
    /// weekend</c>, <c>the weekend before last</c>), <c>the week before last</c>, <c>the Friday before last</c>,
    /// <c>the Tuesday after next</c>. The word after <c>the</c> is read once.
    /// </summary>
    private static bool TryAfterThe(TokenList tokens, int i, LocalDate reference, out TemporalValue value, out int end)
    {
        (value, end) = (default, i);
        var next = Word(tokens, i + 1);
        switch (next)
        {
            case "day" when Word(tokens, i + 2) == "before" && Word(tokens, i + 3) == "yesterday":
                (value, end) = (TemporalValue.Day(reference.PlusDays(-2)), i + 4);
                return true;
            case "day" when Word(tokens, i + 2) == "after" && Word(tokens, i + 3) == "tomorrow":
                (value, end) = (TemporalValue.Day(reference.PlusDays(2)), i + 4);
                return true;
            // "the weekend of Feb. 9 and 10": the day named after it dates it (the time layer reads the weekend from it).
            case "weekend" when Word(tokens, i + 2) == "of" && i + 3 < tokens.Count && (tokens[i + 3].Kind == TokenKind.Number || (tokens[i + 3].Capitalised && CalendarWords.Months.ContainsKey(Word(tokens, i + 3) ?? string.Empty))):
                return false;
            case "weekend":
                var further = FurtherWeek(tokens, i + 2);
                (value, end) = (Weekend(further == 0
                    ? Weekends.Saturday(tokens, reference, null, i)
                    : Weekends.Saturday(tokens, reference, further < 0 ? "last" : "next", i).PlusWeeks(further)), further == 0 ? i + 2 : i + 4);
                return true;
            // "the week before last", "the year before last": two back from the publication's.
            case "week" or "month" or "year" when FurtherWeek(tokens, i + 2) < 0:
                (value, end) = (Period(true, next, Shifted(reference, next)), i + 4);
                return true;
            // "the Friday before last", "the Tuesday after next": a week on from the last or next one.
            case not null when tokens[i + 1].Capitalised && Weekdays.TryGetValue(next, out var weekday) && FurtherWeek(tokens, i + 2) is not 0 and var weeksOn:
                (value, end) = (TemporalValue.Day(RelativeDays.WeekOn(reference, weekday, weeksOn)), i + 4);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// -1 when the words at <paramref name="k"/> are <c>before last</c>, 1 when <c>after next</c> (<c>after the
    /// next</c> is left to the time expressions), 0 otherwise; not before a unit (<c>the week before last year's vote</c>).
    /// </summary>
    private static int FurtherWeek(TokenList tokens, int k)
    {
        var direction = (Word(tokens, k), Word(tokens, k + 1)) switch
        {
            ("before", "last") => -1,
            ("after", "next") => 1,
            _ => 0,
        };
        return direction != 0 && k + 2 < tokens.Count && tokens[k + 2].Kind == TokenKind.Word && TimeExpressions.TimeWords.IsUnit(tokens[k + 2].Word) ? 0 : direction;
    }

    /// <summary>The publication date a week, month or year back, so that <see cref="Period"/>'s last one is the one before last.</summary>
    private static LocalDate Shifted(LocalDate reference, string unit) => unit switch
    {
        "week" => reference.PlusWeeks(-1),
        "month" => reference.PlusMonths(-1),
        _ => reference.PlusYears(-1),
    };

    /// <summary>A weekend from its Saturday: the Saturday and the Sunday.</summary>
    private static TemporalValue Weekend(LocalDate saturday) => TemporalValue.Between(TemporalValue.Day(saturday), TemporalValue.Day(saturday.PlusDays(1)));

    private static TemporalValue Period(bool last, string unit, LocalDate reference)
    {
        switch (unit)
        {
            case "week":
                var day = last ? reference.PlusWeeks(-1) : reference;
                return TemporalValue.Week(WeekYearRules.Iso.GetWeekYear(day), WeekYearRules.Iso.GetWeekOfWeekYear(day));
            case "month":
                var month = last ? reference.PlusMonths(-1) : reference;
                return TemporalValue.Month(month.Year, month.Month);
            default:
                return TemporalValue.Year(last ? reference.Year - 1 : reference.Year);
        }
    }

    /// <summary>
    /// "overnight Thursday", "overnight on Thursday", "overnight Thursday into Friday": the night of the weekday written
    /// after <c>overnight</c> at token <paramref name="i"/>, read as the weekday alone is, with the next day it runs into.
    /// </summary>
    private static bool OvernightOf(TokenList tokens, int i, LocalDate reference, out TemporalValue value, out int end)
    {
        value = default;
        end = i;

        // "killed 35 people overnight and into Sunday", "Strikes continued overnight into Sunday": the night before that
        // day, which is read on its own.
        var intoAt = Word(tokens, i + 1) == "into" ? i + 2 : Word(tokens, i + 1) == "and" && Word(tokens, i + 2) == "into" ? i + 3 : -1;
        if (intoAt > 0 && intoAt < tokens.Count && tokens[intoAt].Kind == TokenKind.Word && tokens[intoAt].Capitalised && IsWeekday.Of(tokens[intoAt].Lexeme)
            && TryAt(tokens, intoAt, reference, out var following, out _, out _) && following.Precision == TemporalPrecision.Day && !following.IsInterval)
        {
            (value, end) = (TemporalValue.PartOfDay(following.StartDate.PlusDays(-1), DayPart.Night), i + 1);
            return true;
        }

        var k = Word(tokens, i + 1) == "on" ? i + 2 : i + 1;
        if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word || !tokens[k].Capitalised || !IsWeekday.Of(tokens[k].Lexeme)
            || !TryAt(tokens, k, reference, out var day, out var dayEnd, out _) || day.Precision != TemporalPrecision.Day || day.IsInterval)
        {
            return false;
        }

        (value, end) = (TemporalValue.PartOfDay(day.StartDate, DayPart.Night), dayEnd);
        if (Word(tokens, end) == "into" && end + 1 < tokens.Count && tokens[end + 1].Kind == TokenKind.Word && tokens[end + 1].Capitalised && IsWeekday.Of(tokens[end + 1].Lexeme)
            && Weekdays.TryGetValue(Word(tokens, end + 1)!, out var into) && into == day.StartDate.PlusDays(1).DayOfWeek)
        {
            end += 2;
        }

        return true;
    }

    /// <summary>
    /// A day written with its month at token <paramref name="k"/> (<c>March 4</c>, <c>4 March 2024</c>, <c>Jan. 6th</c>),
    /// with no modifier and no span: the shared readings of <see cref="TryDayMonth"/> and <see cref="TryMonthDay"/>.
    /// </summary>
    private static bool TryDayWithMonth(TokenList tokens, int k, LocalDate reference, out TemporalValue value, out int end)
    {
        value = default;
        end = k;
        return k < tokens.Count
            && ((tokens[k].Kind == TokenKind.Number && TryDayMonth(tokens, k, reference, out value, out end))
                || (tokens[k].Kind == TokenKind.Word && IsMonth.Of(tokens[k].Lexeme) && TryMonthDay(tokens, k, reference, out value, out end)))
            && value.Precision == TemporalPrecision.Day && !value.IsInterval && value.Modifier == TemporalModifier.None;
    }

    /// <summary>Month [.] Day [st|nd|rd|th] [,] [Year], or Month Year.</summary>
    private static bool TryMonthDay(TokenList tokens, int i, LocalDate reference, out TemporalValue value, out int end)
    {
        value = default;
        end = i;
        var month = Months[tokens[i].Word];
        var k = i + 1;
        // "Nov. 5"; after a full name the point ends a sentence ("in March. 5 people died") unless nothing follows the
        // number ("October. 2").
        if (k + 1 < tokens.Count && tokens[k].Kind == TokenKind.Symbol && tokens[k].Symbol == '.' && tokens[i].Glued
            && (CalendarWords.IsMonthAbbreviation(tokens[i].Word) || (tokens[k + 1].Kind == TokenKind.Number && (k + 2 >= tokens.Count || tokens[k + 2].Kind == TokenKind.Symbol))))
        {
            k++;
        }
        else if (GluedHyphen(tokens, k))
        {
            // "Oct-2", "Dec-2018"
            k++;
        }

        // "June of 1992", "Dec, 2018": a month of a year. May and March only when written as names, not as the verbs.
        if ((Word(tokens, k) == "of" || (k < tokens.Count && tokens[k].Kind == TokenKind.Symbol && tokens[k].Symbol == ','))
            && YearAt(tokens, k + 1) is { } monthYear && IsMonthName(tokens, i))
        {
            value = TemporalValue.Month(monthYear, month);
            end = k + 2;
            return true;
        }

        if (k >= tokens.Count || tokens[k].Kind != TokenKind.Number)
        {
            return false;
        }

        var number = tokens[k].Value;
        if (YearAt(tokens, k) is { } monthOfYear)
        {
            // "March 2026"
            value = TemporalValue.Month(monthOfYear, month);
            end = k + 1;
            return true;
        }

        if (number is < 1 or > 31 || decimal.Truncate(number) != number)
        {
            return false;
        }

        var day = (int)number;
        k++;
        k = SkipOrdinalSuffix(tokens, k);
        var year = ReadYear(tokens, i, ref k);
        return ResolveInSentence(tokens, i, year, month, day, reference, k, out value, out end);
    }

    /// <summary>Day [st|nd|rd|th [day]] [of] Month [Year], or Day. Month[.] Year; never a sum of money (<c>$12 December 27</c>) nor a clock time's minutes (<c>12:30 December 27</c>).</summary>
    private static bool TryDayMonth(TokenList tokens, int i, LocalDate reference, out TemporalValue value, out int end)
    {
        value = default;
        end = i;
        var number = tokens[i].Value;
        if (number is < 1 or > 31 || decimal.Truncate(number) != number || tokens[i].HasSeparators
            || (i > 0 && tokens[i - 1].Kind == TokenKind.Symbol && (tokens[i - 1].Symbol is '$' or '\u00A3' or '\u20AC' or '\u00A5' || (tokens[i - 1].Symbol == ':' && tokens[i - 1].Glued && i > 1 && tokens[i - 2].Kind == TokenKind.Number && tokens[i - 2].Glued))))
        {
            return false;
        }

        var k = SkipOrdinalSuffix(tokens, i + 1);
        var hyphenated = false;
        var dotted = false;
        if (Word(tokens, k) == "of")
        {
            k++;
        }
        else if (k == i + 1 && tokens[i].Glued && k < tokens.Count && tokens[k].Kind == TokenKind.Symbol && tokens[k].Symbol == '.')
        {
            // "16. Nov. 2016": only with its year, since "rose to 16. November saw ..." ends a sentence.
            dotted = true;
            k++;
        }
        else if (k > i + 1 && Word(tokens, k) == "day" && Word(tokens, k + 1) == "of")
        {
            // "the 15th day of June"
            k += 2;
        }
        else if (tokens[i].Glued && GluedHyphen(tokens, k))
        {
            // "05-Aug-2016", "28-nov"
            hyphenated = true;
            k++;
        }

        if (Word(tokens, k) is not { } name || !Months.TryGetValue(name, out var month) || (hyphenated && !tokens[k - 1].Glued))
        {
            return false;
        }

        k++;
        if (k < tokens.Count && tokens[k].Kind == TokenKind.Symbol && tokens[k].Symbol == '.' && tokens[k - 1].Glued && CalendarWords.IsMonthAbbreviation(name))
        {
            k++;
        }
        else if (hyphenated && tokens[k - 1].Glued && GluedHyphen(tokens, k) && YearAt(tokens, k + 1) is not null)
        {
            k++;
        }

        var year = ReadYear(tokens, i, ref k);
        if (dotted && year is null)
        {
            return false;
        }

        return ResolveInSentence(tokens, i, year, month, (int)number, reference, k, out value, out end);
    }

    /// <summary>
    /// A day and month at token <paramref name="i"/>, with the year written after it (or named by its relation: <c>of
    /// next year</c>), else the year of a full date
    /// earlier in its sentence that the clause does not look ahead of ("started up on Sept. 10, 2008 but was shut after
    /// a fault on Sept. 19" is 2008's 19 September), else by the clause's tense from the reference.
    /// </summary>
    private static bool ResolveInSentence(TokenList tokens, int i, int? year, int month, int day, LocalDate reference, int k, out TemporalValue value, out int end)
    {
        if (year is not null)
        {
            return Resolve(year, month, day, reference, TenseLean.Past, k, out value, out end);
        }

        // "April 8 of next year", "Dec. 3 of last year": the year named by its relation to the reference.
        if (Word(tokens, k) == "of" && Word(tokens, k + 1) is "next" or "last" or "this" && Word(tokens, k + 2) == "year")
        {
            var relative = reference.Year + (Word(tokens, k + 1) switch { "next" => 1, "last" => -1, _ => 0 });
            return Resolve(relative, month, day, reference, TenseLean.Past, k + 3, out value, out end);
        }

        // "celebrate Easter on May 5 this year", "a vote on Feb. 3 next year": the year named after it, read as an
        // expression of its own.
        if (Word(tokens, k) is "next" or "last" or "this" && Word(tokens, k + 1) == "year")
        {
            var named = reference.Year + (Word(tokens, k) switch { "next" => 1, "last" => -1, _ => 0 });
            return Resolve(named, month, day, reference, TenseLean.Past, k, out value, out end);
        }

        var lean = TenseCues.LeanOfDay(tokens, i);

        // "expects 45 million passengers between Dec. 19 and Jan. 6", told on Dec. 23: a span told ahead that is under
        // way starts on the day just gone.
        if (lean is TenseLean.Future && SpanUnderWay(tokens, i, k, month, day, reference))
        {
            lean = TenseLean.Past;
        }

        return Resolve(lean is TenseLean.Future or TenseLean.AheadOfTelling ? null : FullDateYearBefore(tokens, i), month, day, reference, lean, k, out value, out end);
    }

    /// <summary>
    /// The week named just before the weekday at token <paramref name="i"/>, in weeks from the reference's: 1 for
    /// <c>next week</c>, -1 for <c>last week</c>, 0 for <c>this week</c>, with <c>on</c>, a comma and one adverb between
    /// at most (<c>next week on Wednesday</c>, <c>next week, probably on Wednesday</c>); null when none is.
    /// </summary>
    private static int? WeekNamedBefore(TokenList tokens, int i)
    {
        var k = i - 1;
        k -= Word(tokens, k) == "on" ? 1 : 0;
        k -= Word(tokens, k) is "probably" or "possibly" or "likely" or "perhaps" or "most" ? 1 : 0;
        k -= k >= 0 && tokens[k].Kind == TokenKind.Symbol && tokens[k].Symbol == ',' ? 1 : 0;
        return k >= 1 && k < i - 1 && Word(tokens, k) == "week" && Word(tokens, k - 1) switch { "next" => 1, "last" => -1, "this" => 0, _ => (int?)null } is { } weeks
            ? weeks
            : null;
    }

    /// <summary>
    /// Whether the day of a month at token <paramref name="i"/> (its tokens end before <paramref name="k"/>) starts a
    /// span after <c>between</c> or <c>from</c> (<c>between Dec. 19 and Jan. 6</c>, <c>from 19 December to 6
    /// January</c>) whose last occurrence began no more than two weeks or a quarter of the span before the reference and
    /// whose end, the next after it, is not before the reference: the span is under way.
    /// </summary>
    private static bool SpanUnderWay(TokenList tokens, int i, int k, int month, int day, LocalDate reference)
    {
        if (Word(tokens, i - 1) is not ("between" or "from") || (Word(tokens, k) is not ("and" or "to" or "until" or "through" or "till") && !(k < tokens.Count && tokens[k].Kind == TokenKind.Hyphen)))
        {
            return false;
        }

        // The end, a day written with its month ("Jan. 6", "6 January"): only its month and day count.
        if (!TryDayWithMonth(tokens, k + 1, reference, out var endValue, out _) || NearestDay(month, day, reference, future: false) is not { } start)
        {
            return false;
        }

        var (endMonth, endDay) = (endValue.StartDate.Month, endValue.StartDate.Day);
        var endYear = endMonth < month || (endMonth == month && endDay < day) ? start.Year + 1 : start.Year;
        if (endDay > CalendarSystem.Iso.GetDaysInMonth(endYear, endMonth) || new LocalDate(endYear, endMonth, endDay) is var last && last < reference)
        {
            return false;
        }

        var gone = NodaTime.Period.DaysBetween(start, reference);
        return gone <= 14 || gone * 4 <= NodaTime.Period.DaysBetween(start, last);
    }

    /// <summary>
    /// The year of the latest full date (<c>Sept. 10, 2008</c>, <c>10 September 2008</c>) before token
    /// <paramref name="i"/> in its sentence, within a window; null when there is none.
    /// </summary>
    private static int? FullDateYearBefore(TokenList tokens, int i)
    {
        for (var b = i - 1; b >= 2 && b >= i - TextDocument.Window; b--)
        {
            ref readonly var token = ref tokens[b];
            if (TextDocument.SymbolEndsSentence(tokens, b))
            {
                return null;
            }

            if (YearAt(tokens, b) is { } year
                && ((tokens[b - 1].Kind == TokenKind.Symbol && tokens[b - 1].Symbol == ',' && tokens[b - 2].Kind == TokenKind.Number && tokens[b - 2].Value is >= 1 and <= 31 && b >= 3 && IsMonthWritten(tokens, b - 3))
                    || (IsMonthWritten(tokens, b - 1) && tokens[b - 2].Kind == TokenKind.Number && tokens[b - 2].Value is >= 1 and <= 31)))
            {
                return year;
            }
        }

        return null;
    }

    // "Sept." or "September" at token k (the point after an abbreviation is its own token).
    private static bool IsMonthWritten(TokenList tokens, int k) =>
        (Word(tokens, k) is { } name && Months.ContainsKey(name))
        || (k >= 1 && tokens[k].Kind == TokenKind.Symbol && tokens[k].Symbol == '.' && Word(tokens, k - 1) is { } abbreviation && Months.ContainsKey(abbreviation));

    /// <summary>2026-03-19.</summary>
    private static bool TryIso(TokenList tokens, int i, out TemporalValue value, out int end)
    {
        value = default;
        end = i;
        if (i + 4 >= tokens.Count || tokens[i].Length != 4 || tokens[i + 1].Kind != TokenKind.Hyphen || tokens[i + 2].Kind != TokenKind.Number
            || tokens[i + 3].Kind != TokenKind.Hyphen || tokens[i + 4].Kind != TokenKind.Number || !tokens[i].Glued || !tokens[i + 2].Glued)
        {
            return false;
        }

        // Years as the other date forms read them (1800-2100): "9999-12-31" and "0000-01-01" are placeholders, not
        // dates of events, and lie outside what a temporal value can hold.
        var (y, m, d) = ((int)tokens[i].Value, tokens[i + 2].Value, tokens[i + 4].Value);
        if (y is < 1800 or > 2100 || m is < 1 or > 12 || d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(y, (int)m))
        {
            return false;
        }

        value = TemporalValue.Day(y, (int)m, (int)d);
        end = i + 5;
        return true;
    }

    // Nouns a four-digit count goes with ("in 2000 homes"): no year.
    private static readonly FrozenSet<string> CountedAfterYear = FrozenSet.ToFrozenSet<string>(
        ["people", "troops", "soldiers", "homes", "houses", "cases", "deaths", "men", "women", "children", "families", "hours", "pounds", "dollars", "euros",
         "tonnes", "tons", "km", "kilometres", "kilometers", "metres", "meters", "feet", "miles", "residents", "refugees", "votes", "units", "pieces", "of"],
        StringComparer.Ordinal);

    /// <summary>
    /// A year alone after <c>in</c> or <c>during</c> (<c>A similar plot was foiled in 2006</c>), not later than five
    /// years after the reference; not a count (<c>in 2000 homes</c>), nor a clock time (<c>in 0600</c> is no year: only
    /// 1800 on). A year after <c>since</c> is left to the time expressions (<c>the deadliest day since 2006</c> dates no
    /// incident), but for one a clause of <c>when</c> follows (<c>since 2014, when ...</c>).
    /// </summary>
    private static bool TryYearAlone(TokenList tokens, int i, LocalDate reference, out TemporalValue value, out int end)
    {
        value = default;
        end = i;
        // "since 2014, when Boko Haram seized 276 schoolgirls": the year of the clause of "when" after it, as "since April
        // 2014, when" is its month.
        var sinceWhen = Word(tokens, i - 1) == "since" && (Word(tokens, i + 1) == "when" || (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Symbol && tokens[i + 1].Symbol == ',' && Word(tokens, i + 2) == "when"));
        if ((Word(tokens, i - 1) is not ("in" or "during") && !sinceWhen) || YearAt(tokens, i) is not { } year || year > reference.Year + 5
            || (i + 1 < tokens.Count && (tokens[i + 1].Kind == TokenKind.Hyphen || (tokens[i + 1].Kind == TokenKind.Symbol && tokens[i + 1].Symbol is ':' or '%' or '/')))
            || (Word(tokens, i + 1) is { } after && CountedAfterYear.Contains(after)))
        {
            return false;
        }

        (value, end) = (TemporalValue.Year(year), i + 1);
        return true;
    }

    /// <summary>Year [,] Month ("2016 June", "2016, Nov"), or Year-Mon-Day glued ("2019-aug-1").</summary>
    private static bool TryYearMonth(TokenList tokens, int i, out TemporalValue value, out int end)
    {
        value = default;
        end = i;
        if (YearAt(tokens, i) is not { } year || tokens[i].HasSeparators)
        {
            return false;
        }

        var k = i + 1;
        var hyphenated = tokens[i].Glued && GluedHyphen(tokens, k);
        if (hyphenated || (k < tokens.Count && tokens[k].Kind == TokenKind.Symbol && tokens[k].Symbol == ','))
        {
            k++;
        }

        if (Word(tokens, k) is not { } name || !Months.TryGetValue(name, out var month) || !IsMonthName(tokens, k)
            || (hyphenated && !tokens[k - 1].Glued))
        {
            return false;
        }

        // "2019-aug-1": a day of the month.
        if (hyphenated && tokens[k].Glued && GluedHyphen(tokens, k + 1) && k + 2 < tokens.Count && tokens[k + 2].Kind == TokenKind.Number
            && tokens[k + 2].Value is var dayValue && dayValue == decimal.Truncate(dayValue) && dayValue >= 1 && dayValue <= CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            value = TemporalValue.Day(new LocalDate(year, month, (int)dayValue));
            end = k + 3;
            return true;
        }

        // A number after the month makes it another reading ("2016 June 5 people"); left alone.
        if (k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Number)
        {
            return false;
        }

        value = TemporalValue.Month(year, month);
        end = k + 1;
        return true;
    }

    /// <summary>A four-digit year the date forms read (1800-2100) at token k, or null.</summary>
    private static int? YearAt(TokenList tokens, int k) =>
        k < tokens.Count && tokens[k].Kind == TokenKind.Number && tokens[k].Length == 4 && tokens[k].Value is >= 1800 and <= 2100 && !tokens[k].HasSeparators
            ? (int)tokens[k].Value
            : null;

    private static bool GluedHyphen(TokenList tokens, int k) =>
        k < tokens.Count && tokens[k].Kind == TokenKind.Hyphen && tokens[k].Glued;

    /// <summary>A month word that is a month's name here: May and March (also verbs) only capitalised.</summary>
    private static bool IsMonthName(TokenList tokens, int k) =>
        Word(tokens, k) is not ("may" or "march") || tokens[k].Capitalised;

    private static int SkipOrdinalSuffix(TokenList tokens, int k) =>
        k < tokens.Count && tokens[k - 1].Glued && Word(tokens, k) is "st" or "nd" or "rd" or "th" ? k + 1 : k;

    /// <summary>
    /// The year written after a day and month at token <paramref name="k"/> (<c>, 2016</c>, <c>of 1995</c>, <c>in
    /// 2020</c>), or the one a reference names (<c>of that year</c>, <c>of the same year</c>: the latest year written
    /// before the date at token <paramref name="start"/>, within three windows); null when there is none.
    /// </summary>
    private static int? ReadYear(TokenList tokens, int start, ref int k)
    {
        var at = k;
        if (Word(tokens, at) == "of" && (Word(tokens, at + 1), Word(tokens, at + 2), Word(tokens, at + 3)) is ("that", "year", _) or ("the", "same", "year"))
        {
            var phraseEnd = Word(tokens, at + 1) == "that" ? at + 3 : at + 4;
            for (var back = start - 1; back >= 0 && back >= start - (3 * TextDocument.Window); back--)
            {
                if (YearAt(tokens, back) is { } named && !(back + 1 < tokens.Count && tokens[back + 1].Kind == TokenKind.Hyphen && tokens[back].Glued))
                {
                    k = phraseEnd;
                    return named;
                }
            }

            return null;
        }

        if (at < tokens.Count && tokens[at].Kind == TokenKind.Symbol && tokens[at].Symbol == ',')
        {
            at++;
        }
        else if (Word(tokens, at) is "of" or "in" && YearAt(tokens, at + 1) is not null)
        {
            // "July 4th of 1995", "28 June in 2020"
            at++;
        }

        if (YearAt(tokens, at) is { } year)
        {
            k = at + 1;
            return year;
        }

        return null;
    }

    /// <summary>
    /// A day without a year is the most recent such day not after the reference, or, when the clause points forward
    /// (<see cref="TenseCues"/>), the soonest such day not before it, or the nearer of the two when the clause tells a
    /// plan in the past.
    /// </summary>
    private static bool Resolve(int? year, int month, int day, LocalDate reference, TenseLean lean, int k, out TemporalValue value, out int end)
    {
        value = default;
        end = k;
        if (year is { } given)
        {
            if (day > CalendarSystem.Iso.GetDaysInMonth(given, month))
            {
                return false;
            }

            value = TemporalValue.Day(new LocalDate(given, month, day));
            return true;
        }

        if (NearestDay(month, day, reference, lean) is not { } date)
        {
            return false;
        }

        value = TemporalValue.Day(date);
        return true;
    }

    /// <summary>
    /// The day of that month and day the clause leans to: the most recent not after the reference, the soonest not
    /// before it, or the nearer of the two; February 29 looks up to eight years for a leap year. Null when there is none.
    /// </summary>
    internal static LocalDate? NearestDay(int month, int day, LocalDate reference, TenseLean lean) =>
        Nearer(NearestDay(month, day, reference, future: false), NearestDay(month, day, reference, future: true), reference, lean);

    /// <summary>Of the day just gone and the day ahead, the one the clause leans to; the earlier one when both are as near.</summary>
    private static LocalDate? Nearer(LocalDate? before, LocalDate? ahead, LocalDate reference, TenseLean lean) => lean switch
    {
        TenseLean.Future => ahead,
        TenseLean.Nearest when before is { } b && ahead is { } a => NodaTime.Period.DaysBetween(reference, a) < NodaTime.Period.DaysBetween(b, reference) ? a : b,
        TenseLean.Nearest => before ?? ahead,
        TenseLean.AheadOfTelling when before is { } b && NodaTime.Period.DaysBetween(b, reference) <= 30 => b,
        TenseLean.AheadOfTelling => ahead,
        _ => before,
    };

    private static LocalDate Nearer(LocalDate before, LocalDate ahead, LocalDate reference, TenseLean lean) => Nearer((LocalDate?)before, ahead, reference, lean)!.Value;

    private static LocalDate? NearestDay(int month, int day, LocalDate reference, bool future)
    {
        var step = future ? 1 : -1;
        for (var y = reference.Year; Math.Abs(y - reference.Year) <= 8 && y is >= 1 and <= 9998; y += step)
        {
            if (day <= CalendarSystem.Iso.GetDaysInMonth(y, month) && new LocalDate(y, month, day) is var date && (future ? date >= reference : date <= reference))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a negation (<c>not</c>, <c>never</c>, <c>cannot</c>, <c>-n't</c>) stands within the five words before
    /// token <paramref name="i"/>, with no punctuation between: "won't happen overnight" says "at once", not a night.
    /// </summary>
    private static bool NegatedBefore(TokenList tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 5; k--)
        {
            if (tokens[k].Kind == TokenKind.Symbol)
            {
                return false;
            }

            if (Word(tokens, k) is "not" or "never" or "cannot" || (Word(tokens, k) is { } word && word.EndsWith("n't", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Word(TokenList tokens, int i) => tokens.WordAt(i);
}
