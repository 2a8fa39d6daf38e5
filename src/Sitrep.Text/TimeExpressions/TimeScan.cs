using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Calendars;
using Sitrep.Sources;
using Sitrep.Statements;
using Sitrep.Temporal;
using Sitrep.Text.Dates;
using Sitrep.Text.Scanning;
using Sitrep.Text.Statements;

namespace Sitrep.Text.TimeExpressions;

/// <summary>
/// One pass of <see cref="TimeExpressionScanner"/> over a text: left to right, at each token that may start a time
/// expression the patterns are tried in turn, each reading a bounded number of tokens ahead, and the longest reading
/// of the first that matches is kept. The dates <see cref="DateScanner"/> found are taken as they are (one reading
/// of a date for the whole parser) and given their TIMEX3 form; everything else is read here.
/// </summary>
internal sealed partial class TimeScan
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly HashSet<string> StartWords = new(StringComparer.Ordinal)
    {
        "now", "currently", "presently", "nowadays", "present", "these", "recently", "soon", "its", "their", "his", "her",
        "lately", "recent", "the", "this",
        "last", "next", "past", "coming", "previous", "following", "earlier", "later", "early", "late", "mid", "every",
        "each", "once", "twice", "thrice", "tomorrow", "tmrw", "tmr", "tonight", "today", "yesterday", "noon", "midday", "midnight",
        "dawn", "dusk", "daybreak", "nightfall", "fiscal", "fy", "q", "h", "per", "a", "an", "half", "couple", "more", "less", "fewer", "over", "under",
        "nearly", "almost", "at", "up", "no", "about", "around", "roughly", "approximately", "some", "circa", "just",
        "upwards", "weekend", "weekends", "that", "same", "overnight", "future", "all", "full", "whole", "entire", "current", "upcoming",
        "another", "thirtieth", "everyday", "end", "beginning", "start", "middle", "to", "till", "quarter", "noonish", "as", "bi", "morning", "afternoon", "evening",
        "midmorning", "midafternoon", "midevening", "midweek", "midmonth", "midyear", "near", "sooner", "alternate", "yearlong", "monthlong", "weeklong", "daylong", "hourlong", "decadelong",
        "several", "many", "multiple", "mornings", "afternoons", "evenings", "nights",
    };

    // The words an article may stand before in an expression besides those that may start one ("the moment", "the
    // rest of the week", "the small hours", "the near future", "a dozen years", "the nineties", "at this time").
    private static readonly HashSet<string> ArticleFollowers = new(TimeWords.DecadeWords.Keys, StringComparer.Ordinal)
    {
        "moment", "rest", "remainder", "small", "wee", "night", "nights", "mornings", "afternoons", "evenings", "distant", "near", "foreseeable", "immediate",
        "close", "initial", "final", "dozen", "little", "while", "time", "working", "business", "work", "workweek", "turn", "pre", "predawn", "latest", "most", "prior",
        "preceding",
    };

    /// <summary>
    /// The first words of the bounds ("at least", "nearly", "about") that start nothing else: only the bound is tried
    /// at them. A bound's first word that is also a vague amount ("some days") is not among them.
    /// </summary>
    internal static readonly FrozenSet<string> BoundOnly = TimeWords.Bounds.Select(b => b.Words[0]).Where(w => !TimeWords.VagueAmounts.Contains(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The words the scan passes over unless what follows may continue an expression: articles, determiners, <c>to</c>, and <see cref="BoundOnly"/>.</summary>
    internal static readonly FrozenSet<string> PassedOver = new[] { "the", "a", "an", "this", "that", "these", "all", "another", "to", "till" }.Concat(BoundOnly).ToFrozenSet(StringComparer.Ordinal);

    // Whether a word names an event a day may date ("earthquake", "attacks"): a bit test after the first time.
    private static readonly LexemeFact NamesEvent = new(word => TenseCues.IsEventNoun(Plain(word)));

    // Whether a word may follow an article in an expression: one that may start one, or one of the words above.
    private static readonly LexemeFact FollowsArticle = new(word => MayStartWith(Plain(word)) || ArticleFollowers.Contains(Plain(word)));

    // The words after which "over" says "more than" a length: it is taken, lasts or is spent, or it is counted from.
    private static readonly HashSet<string> OverAsMore = new(StringComparer.Ordinal)
    {
        "for", "of", "in", "within", "after", "than", "lasted", "lasting", "last", "lasts", "took", "take", "takes", "taking",
        "spent", "spend", "spends", "spending", "is", "was", "were", "are", "be", "been", "being",
    };

    // The words a time expression may start with; numbers and apostrophes ("'58") are tested apart.
    private static readonly LexemeFact MayStart = new(word => MayStartWith(Plain(word)));

    // The first words of the bounds ("more than", "about"): the bound patterns are tried only at them.
    private static readonly LexemeFact BoundStart = new(new HashSet<string>(TimeWords.Bounds.Select(b => b.Words[0]), StringComparer.Ordinal).Contains);

    private static bool MayStartWith(string word) =>
        TimeWords.Months.ContainsKey(word) || TimeWords.Seasons.ContainsKey(word) || TimeWords.Weekdays.ContainsKey(word)
        || TimeWords.Recurring.ContainsKey(word) || TimeWords.Units.ContainsKey(word) || TimeWords.Ordinals.ContainsKey(word)
        || TimeWords.VagueAmounts.Contains(word) || Numbers.NumberWords.Units.ContainsKey(word) || Numbers.NumberWords.Teens.ContainsKey(word)
        || Numbers.NumberWords.Tens.ContainsKey(word) || StartWords.Contains(word) || IsHolidayStart(word);

    private readonly TokenList tokens;
    private readonly string text;

    // Whether words that start nothing in their place are passed over before the patterns run (articles before a word
    // that follows none in an expression, "to" not before "date", words that start only bounds): a speed-up that must
    // not change what is found, which a test checks by scanning without it.
    private readonly bool gated;

    // The publication's day; a later release appended to the report (its own dateline) moves it on to its day.
    private LocalDate? reference;

    // Whether a dateline has been read: the next one starts a release appended to the report.
    private bool datelineSeen;
    private readonly int[] sentence;
    private readonly int[] sentenceStart;
    private readonly Dictionary<int, (DateMention Mention, int End)> dates = [];

    // The tokens a date starts at, one bit each: asked at every token, where a dictionary lookup would cost more.
    private readonly ulong[] dateStarts;
    private readonly List<TimeExpression> found = [];

    // The latest expression that names a day, for "the next day", "two days later" and clock times after it.
    private LocalDate? lastDay;
    private TextSpan lastDaySpan;
    private int lastDaySentence = -1;

    // The last day named that is not ahead of the publication: what a step back told in the past counts from when the
    // last day named is a day to come ("must be approved by Monday. The previous week, ministers had met").
    private LocalDate? lastPastDay;

    // The day the narrative was on before a step back told in the past perfect ("last saw his family on July 13, 1995.
    // Serb forces had overrun the enclave two days earlier. That night, ..."): where the narrative resumes.
    private Mark<LocalDate>? dayBeforePerfect;

    // Whether that expression names the day of an event told as known ("Friday's earthquake"): a clock time in a later
    // sentence is more likely the lead's day than that one.
    private bool lastDayPossessive;

    // Whether that expression was a night, an evening, an evening clock time or midnight ("overnight", "Tuesday night",
    // "Sunday evening", "10 p.m.", "around midnight"): the small hours after it fall on the next day.
    private bool lastDayNight;

    // Whether that expression was an evening or a night told by its name ("Sunday evening", "overnight"): a morning
    // clock time after it in its sentence is the next day's.
    private bool lastDayEvening;


    // The latest day that dates a statement ("said on Sunday"), for a clock time in its sentence.
    private Mark<LocalDate>? statementDay;

    // The first day the text names for its narrative (not the dateline's, not a statement's): the day of the lead's event.
    private Mark<LocalDate>? leadDay;

    // The first day the text names, when it lies ahead within a week and no day gone was named before it ("Chileans vote
    // on Sunday"): the day of the event the report looks ahead to.
    private Mark<LocalDate>? leadPlan;

    // Whether the lead's day was named as a night or an evening ("on Sunday evening", "late on Sunday", a clock time
    // after 6 p.m.): the small hours it runs into are the next day's.
    private bool leadDayNight;

    // Whether that expression was a night told by its name ("overnight", "Sunday night"): its small hours are the next day's.
    private bool leadNightNamed;

    // The latest year that sets the scene for its sentence ("In 2020, ..."), for the dates after it there.
    private Mark<int>? lastYear;

    // The latest day written with a year before the publication's ("On April 15, 1994, ..."), while nothing read from
    // the publication date has followed it: the day a story told from the past is on, for a day without a year close
    // to it ("The genocide began on April 7").
    private Mark<LocalDate>? storyDay;

    // The latest period and quarter named on their own ("the third quarter"), for "the quarter", "the year-earlier period".
    private TimeExpression? reportedPeriod;
    private TimeExpression? reportedQuarter;

    // The latest clock time on a known day, for "20 minutes later".
    private Mark<LocalDateTime>? lastClock;

    // The day each event was last dated on ("the earthquake struck Nepal on Saturday"), by its noun, for a clock time
    // told of it later ("The quake, which hit at 11:56 a.m."); made when first needed.
    private Dictionary<string, Mark<LocalDate>>? eventDays;

    internal TimeScan(TextDocument document, LocalDate? reference, IReadOnlyList<DateMention> dateMentions)
        : this(document, reference, dateMentions, gated: true)
    {
    }

    /// <summary>A scan with or without the gates that pass over words starting nothing (<paramref name="gated"/>; tests only scan without).</summary>
    internal TimeScan(TextDocument document, LocalDate? reference, IReadOnlyList<DateMention> dateMentions, bool gated)
    {
        this.gated = gated;
        tokens = document.Tokens;
        text = document.Text;
        this.reference = reference;
        sentence = document.Sentence;
        sentenceStart = document.SentenceStart;
        dateStarts = new ulong[(tokens.Count + 63) >> 6];
        foreach (var mention in dateMentions)
        {
            var first = tokens.TokenAt(mention.Span.Start);
            var end = tokens.TokenAt(mention.Span.End);
            if (first < end)
            {
                dates[first] = (mention, end);
                dateStarts[first >> 6] |= 1UL << first;
            }
        }
    }

    /// <summary>Whether a date the date scanner found starts at token <paramref name="k"/>.</summary>
    private bool HasDate(int k) => (uint)k < (uint)tokens.Count && (dateStarts[k >> 6] & (1UL << k)) != 0;

    internal List<TimeExpression> Run() => Run(0, tokens.Count);

    /// <summary>Scans tokens <paramref name="from"/> to <paramref name="to"/> (exclusive); an expression may read past the end.</summary>
    internal List<TimeExpression> Run(int from, int to)
    {
        var i = from;
        while (i < to)
        {
            if ((MayStartAt(i) || HasDate(i)) && TryAt(i, out var match) && match.End > i)
            {
                Emit(i, match);
                i = match.End;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    /// <summary>
    /// Whether the clock time at token <paramref name="first"/> stands in brackets straight after another clock time
    /// (<c>16:57 local time (1057 GMT)</c>): that moment again, in another zone.
    /// </summary>
    private bool IsClockInAnotherZone(int first) =>
        first > 1 && IsSymbol(first - 1, '(') && found.Count >= 2 && found[^2] is { Type: TimeExpressionType.Time } before && tokens[first - 2].End == before.Span.End;

    private bool MayStartAt(int i)
    {
        ref readonly var token = ref tokens[i];
        return token.Kind switch
        {
            TokenKind.Number => !token.TooLarge,
            TokenKind.Word => MayStart.Of(token.Lexeme),
            TokenKind.Symbol => IsApostrophe(i),
            _ => false,
        };
    }

    private void Emit(int first, Match match)
    {
        match = WeekdayOfSet(first, MonthSpanEnd(first, SpanEndAfterStart(first, WeekdayRangeEnd(first, match))));
        if (TimexValue.Parse(match.Value) is not { Success: true } parsed)
        {
            return;
        }

        var start = tokens[first].Start;
        var last = tokens[match.End - 1];
        var span = new TextSpan(start, last.End - start - (last.Kind == TokenKind.Word && IsPossessive(last.Word) ? 2 : 0));

        // "every winter brings worse air because plants burn coal from mid-November to mid-March": a month or day
        // named in a clause of what happens every year is any year's, however it was read; so is one the habit is told
        // after ("begins in April every year"), one that is the exception to a habit ("meets monthly except in
        // January") and a day that is a holiday ("June 16 is now a public holiday").
        if (match.Type == TimeExpressionType.Date && match.Anchor == TimeAnchor.Publication && IsNamedMonthOrDay(first, match) && (TenseCues.IsHabitual(tokens, first) || TenseCues.HabitFollows(tokens, first, match.End) || IsYearlyDay(match.End)
            || TenseCues.ExceptFromHabit(tokens, first))
            && TimexValue.Parse("XXXX" + (IsNthWeekday(first, match.End) ? match.Value[4..7] : match.Value[4..])) is { Success: true } generic)
        {
            (parsed, match) = (generic, match with { Anchor = TimeAnchor.None });
        }

        var expression = new TimeExpression(span, tokens.Cut(span.Start, span.Length), match.Type, parsed.Value)
        {
            Modifier = match.Modifier,
            Anchor = match.Anchor,
            AnchorSpan = match.Anchor == TimeAnchor.TextTime ? match.AnchorAt ?? lastDaySpan : null,
            Quantifier = match.Quantifier,
            Frequency = match.Frequency,
        };
        SeasonOfDatedNoun(first, expression);
        found.Add(expression);

        // A quarter, half, season or month named on its own ("the third quarter"), or the quarter spoken of named
        // again ("the quarter"): what later "the quarter" and "the year-earlier period" speak of. One counted from
        // another ("a year earlier") is not, nor one of a step back in the past perfect once a period is spoken of
        // ("grew in the first three months of the year. Output had shrunk in the final quarter of 2012. Compared
        // with the same quarter a year ago": the first quarter's), nor one ahead of the publication (accounts are of
        // the past: "its contract expires next month").
        if (match.Type == TimeExpressionType.Date && match.Value.Length == 7 && char.IsAsciiDigit(match.Value[0]) && ShiftedPeriod(match.Value, "Y", 0) is not null
            && (match.Anchor != TimeAnchor.TextTime || match.Value == reportedQuarter?.Value.ToString())
            && !(reportedPeriod is not null && TenseCues.IsPastPerfect(tokens, first)) && !StartsAfterPublication(match.Value))
        {
            reportedPeriod = expression;
            if (match.Value[5] == 'Q')
            {
                reportedQuarter = expression;
            }
        }

        // A day of a past year, written with its year or read from the text's times ("Ten years ago this week ... on a
        // Saturday"), sets the story's day; anything read from the publication date ends it.
        if (match.Type is TimeExpressionType.Date or TimeExpressionType.Time && match.Anchor is TimeAnchor.None or TimeAnchor.TextTime && reference is { } published
            && DayOf(match.Value) is { } storied && storied.Year < published.Year)
        {
            storyDay = new Mark<LocalDate>(storied, span, sentence[first]);
        }
        else if (match.Anchor == TimeAnchor.Publication && match.Value.Length >= 4 && char.IsAsciiDigit(match.Value[0]))
        {
            storyDay = null;
        }

        // A year that sets the scene for its sentence ("In 2020, ...", "since 2020, when ...", "Next year's summit will be
        // held in November") gives its year to the dates after it there; one among others ("raised in 2003 but lowered
        // in June") does not.
        if (match.Type == TimeExpressionType.Date && match.Anchor is TimeAnchor.None or TimeAnchor.Publication && match.Value.Length == 4
            && int.TryParse(match.Value, NumberStyles.None, Invariant, out var year))
        {
            var opens = first == sentenceStart[first] || (first - 1 == sentenceStart[first] && Word(first - 1) is "in" or "during" or "by" or "since" or "throughout" or "until");
            var when = Word(match.End) == "when" || (IsSymbol(match.End, ',') && Word(match.End + 1) == "when");
            if (opens || when)
            {
                lastYear = new Mark<int>(year, span, sentence[first]);
            }
            else
            {
                lastYear = null;
            }
        }

        var release = NoteDateline(first, match);

        // The day a statement was made ("officials said on Thursday") is not the day the narrative is on: "late on
        // Wednesday ... said on Thursday. The assault began after 11 p.m." is Wednesday's 11 p.m.
        if (match.Type is TimeExpressionType.Date or TimeExpressionType.Time && DayOf(match.Value) is { } stated && IsStatementDay(first))
        {
            statementDay = new Mark<LocalDate>(stated, span, sentence[first]);
        }
        else if (release is { } releaseDay)
        {
            // "UPDATE ... KABUL, Afghanistan (Jan. 28, 2011) -": a release appended to the report after its own, told from
            // its own day and with a lead of its own (as the date scanner reads it).
            reference = releaseDay;
            leadDay = null;
            lastDay = null;
            lastPastDay = null;
        }
        else if (match.Type is TimeExpressionType.Date or TimeExpressionType.Time && DayOf(match.Value) is { } day)
        {
            // A day a span starts or ends on ("crews have worked 12-hour shifts since Saturday", "flights were cancelled
            // until at least 6 P.M.") bounds a span; it is neither the lead's day nor the day the narrative is on.
            var bounds = BoundsSpan(first);

            // A day ahead of the publication ("will report results on Nov. 7") is a plan, not the day of the lead's event.
            if (leadDay is null && !bounds && !(span.Start < Dateline.OpeningLength && Dateline.MarksDateline(text, span.End)) && !(reference is { } now && day > now))
            {
                leadDay = new Mark<LocalDate>(day, span, sentence[first]);
                leadNightNamed = match.Value.EndsWith("TNI", StringComparison.Ordinal);
                leadDayNight = match.Value.EndsWith("TEV", StringComparison.Ordinal) || match.Value.EndsWith("TNI", StringComparison.Ordinal)
                    || match.Modifier == TimexModifier.End || (match.Value.Length >= 13 && match.Value[10] == 'T' && HourOf(match.Value[10..]) >= 18);
            }

            if (leadDay is null && leadPlan is null && !bounds && reference is { } planFrom && day > planFrom && day <= planFrom.PlusDays(7))
            {
                leadPlan = new Mark<LocalDate>(day, span, sentence[first]);
            }

            if (!(reference is { } today && day > today))
            {
                NoteEventDay(first, match.End, day, span);
            }

            if (bounds)
            {
                return;
            }

            dayBeforePerfect = lastDay is { } before && sentence[first] != lastDaySentence && TenseCues.IsPastPerfect(tokens, first)
                ? new Mark<LocalDate>(before, lastDaySpan, lastDaySentence)
                : null;
            lastDay = day;
            lastPastDay = reference is { } publishedOn && day > publishedOn ? lastPastDay : day;
            lastDaySpan = span;
            lastDaySentence = sentence[first];
            lastDayPossessive = span.End + 1 < text.Length && text[span.End] is '\'' or '\u2019' && text[span.End + 1] == 's';
            // A night, a clock time in the evening ("a curfew from 10 p.m. to 5 a.m.") or a day's end ("late on Sunday"):
            // small hours after it are the next day's.
            var clock = ClockOf(match.Value);
            lastDayNight = match.Value.EndsWith("TNI", StringComparison.Ordinal) || match.Value.EndsWith("TEV", StringComparison.Ordinal) || clock?.Hour >= 18
                || match.Value.EndsWith("T24:00", StringComparison.Ordinal)
                || (match.Modifier == TimexModifier.End && match.Value.Length == 10);
            lastDayEvening = match.Value.EndsWith("TEV", StringComparison.Ordinal) || match.Value.EndsWith("TNI", StringComparison.Ordinal);
            // "blasted off at 16:57 local time (1057 GMT) ... about six hours later": a clock time in brackets after
            // another is the same moment in another zone; what follows is counted from the one the text tells in.
            if (clock is { } time && !IsClockInAnotherZone(first))
            {
                lastClock = new Mark<LocalDateTime>(day + time, span, sentence[first]);
            }
        }
    }

    /// <summary>Whether the expression at token <paramref name="first"/> follows <c>since</c>, <c>until</c> or <c>till</c> (<c>until at least</c>).</summary>
    private bool BoundsSpan(int first)
    {
        var before = Word(first - 1) == "least" && Word(first - 2) == "at" ? first - 3 : first - 1;
        return Word(before) is "since" or "until" or "till";
    }

    private bool TryAt(int i, out Match match)
    {
        // Common words that start an expression only in one phrase: decided here, before the patterns run.
        var w = Word(i);
        switch (w)
        {
            // An article or determiner starts one only before a word that may (a time word, a number, an ordinal,
            // "moment", "rest", "time"), a number or a symbol ("the '90s"): most are passed over at a bit test.
            case "the" or "a" or "an" or "this" or "that" or "these" or "all" or "another"
                when gated && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && !FollowsArticle.Of(tokens[i + 1].Lexeme) && !HasDate(i):
            case "to" or "till" when gated && Word(i + 1) != "date" && !HasDate(i):
            case "as" when Word(i + 1) != "soon" && !(Word(i + 1) == "many" && RankBefore(i) is not null):
            case "its" or "their" or "his" or "her" when Word(i + 1) is not ("first" or "initial"):
            // A holiday's first word ("new", "good", "labor") starts nothing but its name; "may" is a month's too.
            case { } holiday when IsHolidayStart(holiday) && holiday != "may" && !TryHolidayName(i, out _, out _):
            case "morning" or "afternoon" or "evening" when !TryClockAfter(i + 1, DayPartCode(w), out _, out _) && !ByPartOfDay(i):
                match = default;
                return false;
        }

        if (w is null && tokens[i].Kind == TokenKind.Number && (TryDayRangeEnd(i, out match) || TryDayRangeStart(i, out match)))
        {
            return true;
        }

        // "six to eight weeks", "10-12 hours", "twenty-five or thirty years": looked for only where a joiner follows.
        if (i + 2 < tokens.Count && (tokens[i + 1].Kind == TokenKind.Hyphen || Word(i + 1) is "to" or "or" or "and" || Word(i + 2) is "to" or "or" or "and")
            && (w is null ? tokens[i].Kind == TokenKind.Number : IsAmountWord(i)) && TryLengthRangeStart(i, out match))
        {
            return true;
        }

        // A word that starts nothing but a bound ("at least", "nearly", "about"): the bound or nothing.
        if (gated && w is not null && BoundOnly.Contains(w) && !HasDate(i))
        {
            return TryBounded(i, out match);
        }

        // "last week of 2016" is a week of that year, not last week.
        if (w == "last" && Word(i + 1) == "week" && Word(i + 2) == "of" && TryRelative(i, i + 1, "last", withThe: false, out match))
        {
            return true;
        }

        // "Friday mornings": every Friday's morning, a set.
        if (w is not null && Word(i + 1) is { Length: > 5 } parts && parts[^1] == 's' && TimeWords.Weekdays.TryGetValue(w, out var weekday) && !weekday.Plural
            && DayPartCode(parts[..^1]) is { } code)
        {
            match = new Match(i + 2, TimeExpressionType.Set, "XXXX-WXX-" + (int)weekday.Day + "T" + code);
            return true;
        }

        // A date the date scanner read ("late on Friday", "March 22") comes first: one reading of a date for the parser.
        if (HasDate(i) && TryKnownDate(i, out match))
        {
            return true;
        }

        return (tokens[i].Kind == TokenKind.Word && BoundStart.Of(tokens[i].Lexeme) && TryBounded(i, out match)) || TryPartOf(i, out match) || TryCore(i, out match);
    }

    private bool TryCore(int i, out Match match)
    {
        match = default;
        if (i >= tokens.Count)
        {
            return false;
        }

        if (HasDate(i) && TryKnownDate(i, out match))
        {
            return true;
        }

        ref readonly var token = ref tokens[i];
        return token.Kind switch
        {
            TokenKind.Number => TrySpokenClock(i, out match) || TryClock(i, out match) || TryDecade(i, out match) || TryCentury(i, out match) || TryWeekOfYear(i, out match) || TryTimesPer(i, out match) || TryLength(i, out match) || TryYear(i, out match)
                || (TryDigitOrdinal(i, out var day, out var afterDay) && (TryDayOfRelativeMonth(afterDay, day, out match) || TryOrdinalPeriod(afterDay - 1, day, out match)))
                || TryDayOfMonthClock(i, out match),
            TokenKind.Symbol => TryShortYear(i, out match),
            TokenKind.Word => TrySpokenClock(i, out match) || TryWord(i, out match),
            _ => false,
        };
    }

    /// <summary>A day of the month and its clock time: <c>5th at 4 a.m.</c>, <c>on 15 at 8:00</c> (a bare number only after <c>on</c>).</summary>
    private bool TryDayOfMonthClock(int i, out Match match)
    {
        match = default;
        var dayEnd = TryDigitOrdinal(i, out _, out var afterOrdinal) ? afterOrdinal : Word(i - 1) == "on" ? i + 1 : -1;
        if (dayEnd < 0 || !(Word(dayEnd) == "at" || IsSymbol(dayEnd, ',')) || !TryClockAfter(dayEnd, null, out var clock, out var clockEnd)
            || DayOfMonthAt(i, i, followed: true) is not { } day)
        {
            return false;
        }

        match = new Match(clockEnd, TimeExpressionType.Time, day.Match.Value + clock) { Anchor = day.Match.Anchor };
        return true;
    }

    /// <summary>A date the date scanner found, in TIMEX3 form; a day followed by a part of it is a time.</summary>
    private bool TryKnownDate(int i, out Match match)
    {
        match = default;
        var (mention, end) = dates[i];

        // "Friday, November 4, 2016", "Friday 4 November": the weekday and the date it falls on are one expression.
        if (mention.IsRelative && end == i + 1 && TimeWords.Weekdays.TryGetValue(Word(i) ?? string.Empty, out var named) && !named.Plural
            && (IsSymbol(end, ',') ? end + 1 : end) is var dateAt && dates.TryGetValue(dateAt, out var full) && !full.Mention.IsRelative
            && full.Mention.Value is { IsInterval: false, Precision: TemporalPrecision.Day } fullValue && fullValue.StartDate.DayOfWeek == named.Day
            && TryKnownDate(dateAt, out match))
        {
            return true;
        }

        // TIMEX3 values carry no zone; the parser may have put the report's zone on its dates.
        var temporal = mention.Value.InZone(null);
        string value;
        if (TimexValue.TryFrom(temporal, out var exact))
        {
            value = exact.ToString();
        }
        else if (temporal.IsInterval)
        {
            value = CommonUnit(temporal.StartDate, temporal.EndDate);
        }
        else
        {
            return false;
        }

        // "The fires broke out on Friday afternoon and were fanned overnight by strong winds": a night told in the past
        // after a day its sentence named is that day's, not the one before the publication; not after a day a span
        // starts or ends on ("A wildfire that has burned since July 1 forced the evacuation of 2,000 homes overnight":
        // a day after "since", "until" or "till" is never the last day, BoundsSpan).
        var ofDay = false;
        if (Word(i) == "overnight" && end == i + 1 && lastDay is { } nightOf && lastDaySentence == sentence[i] && reference is { } told
            && Word(tokens.TokenAt(lastDaySpan.Start) - 1) is not ("from" or "before" or "after" or "by" or "through")
            && nightOf < told.PlusDays(-1) && value == DayText(told.PlusDays(-1)) + "TNI" && TenseCues.ToldInPast(tokens, i))
        {
            value = DayText(nightOf) + "TNI";
            ofDay = true;
        }

        // "The trial opened on Wednesday ... Supporters had traveled overnight by train to attend": a night told in the
        // past perfect after the narrative's day, in its sentence or the next, is the night before that day.
        else if (Word(i) == "overnight" && end == i + 1 && lastDay is { } stepBack && sentence[i] - lastDaySentence is 0 or 1 && reference is { } toldOn
            && stepBack <= toldOn && value == DayText(toldOn.PlusDays(-1)) + "TNI" && TenseCues.IsPastPerfect(tokens, i))
        {
            value = DayText(stepBack.PlusDays(-1)) + "TNI";
            ofDay = true;
        }

        var says = SaysYear(mention);
        var fromYear = false;

        // "13 Sept nineteen seventy two", "September 10, nineteen zero one", "June of nineteen ninety nine": a year in
        // words after a date that has none.
        // Only a month or a day ("2016-11", "2016-11-07"), never a season or quarter of the same length ("2016-SU").
        if (!says && value.Length is 7 or 10 && !mention.IsRelative && SpokenYearAfter(end) is { } spoken && FitsYear(value, spoken.Year))
        {
            value = YearText(spoken.Year) + value[4..];
            end = spoken.End;
            says = true;
        }

        // "on April 8 next year", "March 3 last year": the year said after the date is part of it.
        if (!says && !mention.IsRelative && value.Length is 7 or 10 && Word(end) is "next" or "last" or "this" && Word(end + 1) == "year" && reference is { } yearNow
            && (yearNow.Year + (Word(end) switch { "next" => 1, "last" => -1, _ => 0 })) is var saidYear && FitsYear(value, saidYear))
        {
            value = YearText(saidYear) + value[4..];
            end += 2;
            says = true;
        }

        // "In 2001 the campaign began weeks after the attacks of September 11": the year named before it in the
        // sentence, unless the date is a statement's.
        if (!says && !mention.IsRelative && value.Length is 7 or 10 && lastYear is { } yearMark && yearMark.Sentence == sentence[i] && !IsStatementDay(i)
            && FitsYear(value, yearMark.Value))
        {
            value = YearText(yearMark.Value) + value[4..];
            says = true;
            fromYear = true;
        }

        // "On April 15, 1994, about 10,000 people were killed here. The genocide began on April 7": a day without a year
        // told in the past within four sentences of the story's day, read in its year when it then lies within a month
        // of it and nearer to it than the publication's reading lies to the publication ("He was born on Jan. 5, 1950.
        // On March 3, he announced" two days before publication stays this year's; "survivors gather there every year
        // on April 19" is any year's).
        var fromStory = false;
        if (!says && !mention.IsRelative && value.Length == 10 && storyDay is { } story && sentence[i] - story.Sentence <= 4 && reference is { } now
            && !IsStatementDay(i) && TenseCues.ToldInPast(tokens, i) && DayOf(value) is { } read && StoryReading(read, story.Value, now) is { } storied)
        {
            value = DayText(storied);
            says = true;
            fromStory = true;
        }

        if (reference is null && !says)
        {
            return false;
        }

        // "Friday next week", "Tuesday of last week", "Monday of the following week" (the week after the one the
        // narrative is in): that week's day.
        var weekAt = Word(end) == "of" ? end + 1 : end;
        var ofNarrative = Word(weekAt) == "the" && Word(weekAt + 1) is "following" or "previous";
        weekAt += ofNarrative ? 1 : 0;
        var fromText = false;
        if (reference is { } today && mention.IsRelative && temporal.Precision == TemporalPrecision.Day && Word(weekAt) is "next" or "last" or "this" or "following" or "previous"
            && Word(weekAt + 1) == "week" && TimeWords.Weekdays.ContainsKey(Word(i) ?? string.Empty))
        {
            fromText = ofNarrative && lastDay is not null;
            var week = (fromText ? lastDay!.Value : today).PlusWeeks(Word(weekAt) switch { "next" or "following" => 1, "last" or "previous" => -1, _ => 0 });
            value = DayText(week.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)).With(DateAdjusters.NextOrSame(temporal.StartDate.DayOfWeek)));
            end = weekAt + 2;
        }
        else if (mention.IsRelative && temporal.Precision == TemporalPrecision.Day && end == i + 1 && Word(end) == "week" && TimeWords.Weekdays.TryGetValue(Word(i) ?? string.Empty, out var weekday)
            && !weekday.Plural && (end + 1 >= tokens.Count || tokens[end + 1].Kind == TokenKind.Symbol || Word(end + 1) is "and" or "or" or "in" or "at" or "when" or "to")
            && reference is { } weekFrom)
        {
            // "The inquiry will report on Thursday week" (British): a week after the coming Thursday, whatever the tense.
            value = DayText(weekFrom.With(DateAdjusters.NextOrSame(weekday.Day)).PlusWeeks(1));
            end++;
        }

        if (temporal.Precision == TemporalPrecision.Day && DayPartAt(end) is { } code)
        {
            value += "T" + code;
            end++;
        }
        else if (temporal.Precision == TemporalPrecision.Day && Word(end) == "in" && Word(end + 1) == "the" && DayPartCode(Word(end + 2) ?? string.Empty) is { } later)
        {
            // "Tuesday in the morning".
            value += "T" + later;
            end += 3;
        }

        // "tonight at 7", "Friday at 3 p.m.", "Friday morning at 7": the day and its clock time, one time.
        if (temporal.Precision is TemporalPrecision.Day or TemporalPrecision.PartOfDay && value.Length >= 10
            && TryClockAfter(end, value.Length > 11 ? value[11..] : null, out var clock, out var clockEnd))
        {
            value = value[..10] + clock;
            end = clockEnd;

            // "Wed Oct 26 15:50:06 2016": the year after the clock time, as a log line writes it.
            if (!says && IsNumber(end) && IsYearLike(tokens[end]) && DayOf(value) is { } logDay
                && logDay.Day <= CalendarSystem.Iso.GetDaysInMonth((int)tokens[end].Value, logDay.Month))
            {
                value = DayText(new LocalDate((int)tokens[end].Value, logDay.Month, logDay.Day)) + clock;
                end++;
                says = true;
            }
        }

        var type = value.Contains('T', StringComparison.Ordinal) ? TimeExpressionType.Time : TimeExpressionType.Date;
        match = new Match(end, type, value)
        {
            Modifier = temporal.Modifier switch
            {
                TemporalModifier.Start => TimexModifier.Start,
                TemporalModifier.Mid => TimexModifier.Mid,
                TemporalModifier.End => TimexModifier.End,
                TemporalModifier.Approximate => TimexModifier.Approximate,
                _ => TimexModifier.None,
            },
            Anchor = fromText || fromYear || fromStory || ofDay ? TimeAnchor.TextTime : mention.IsRelative || !says ? TimeAnchor.Publication : TimeAnchor.None,
            AnchorAt = fromYear ? lastYear!.Value.Span : fromStory ? storyDay!.Value.Span : ofDay ? lastDaySpan : null,
        };
        return true;
    }

    /// <summary>
    /// The day of a dateline after the report's own (an update appended to a release, within a year of the day the
    /// text is told from), or <see langword="null"/>; notes a dateline as seen either way.
    /// </summary>
    private LocalDate? NoteDateline(int first, Match match) =>
        match.Type == TimeExpressionType.Date && match.Value.Length == 10 && reference is { } current && Dateline.IsDatelineDate(tokens, first, match.End)
            && DayOf(match.Value) is { } day ? Dateline.ReleaseDay(day, current, ref datelineSeen) : null;

    /// <summary>
    /// <c>meets from March 4 to 8</c>, <c>March 4-8</c>, <c>on Jan. 23, 25 and yesterday</c>: a day of the month alone
    /// that ends a span or goes on a list begun by a day of a named month right before it is that month's; not an
    /// amount (<c>from March 4 to 8 percent</c>).
    /// </summary>
    private bool TryDayRangeEnd(int i, out Match match)
    {
        match = default;
        var listed = IsSymbol(i - 1, ',') || Word(i - 1) == "and";
        if (i < 3 || !(Word(i - 1) is "to" or "through" or "until" or "till" || tokens[i - 1].Kind == TokenKind.Hyphen || listed) || !IsDayNumber(i)
            || tokens[i - 2].Kind != TokenKind.Number
            || found.Count == 0 || found[^1] is not { Type: TimeExpressionType.Date } start || start.Span.End != tokens[i - 2].End
            || start.Value.ToString() is not { Length: 10 } startValue || DayOf(startValue) is not { } from || !NamesMonth(found.Count - 1)
            || tokens[i].Value <= from.Day || tokens[i].Value > from.Calendar.GetDaysInMonth(from.Year, from.Month))
        {
            return false;
        }

        var next = i + 1;

        // "since the Feb. 24-25 vote": a span after an article, before the noun it dates.
        var beforeNoun = Word(tokens.TokenAt(start.Span.Start) - 1) == "the" && tokens[i - 1].Kind == TokenKind.Hyphen && next < tokens.Count && tokens[next].Kind == TokenKind.Word
            && !tokens[next].Capitalised && tokens[next].Length > 2 && tokens[next].Word is not ("percent" or "per" or "people" or "points");

        // A word glued to what follows is an abbreviation ("7 a.m."), but for a word before the sentence's or clause's
        // end ("Talks on May 5-7 failed.").
        if (!beforeNoun && next < tokens.Count && ((tokens[next].Glued && !(tokens[next].Kind == TokenKind.Word && tokens[next].Length > 1
                && next + 1 < tokens.Count && tokens[next + 1].Kind == TokenKind.Symbol && tokens[next + 1].Symbol is '.' or ',' or ';'))
            || (tokens[next].Kind == TokenKind.Word && tokens[next].Word is not ("in" or "at" or "on" or "and" or "but" or "or"
            or "when" or "while" or "with" or "for" or "after" or "before" or "during" or "under" or "as" or "by" or "inclusive"
            or "was" or "were" or "is" or "are" or "will" or "would" or "has" or "have" or "had" or "failed" or "ended" or "collapsed")) || tokens[next].Kind == TokenKind.Number
            || (IsSymbol(next, ',') && next + 1 < tokens.Count && tokens[next + 1].Kind == TokenKind.Number && tokens[next + 1].Length == 4)))
        {
            // "from April 3 through 7, 2014": the year written after the span is both days', which the start has not read.
            return false;
        }

        // "in operations on Jan. 23, 25 and yesterday": in a list, only before another day ("On Jan. 23, 25 and 30 people
        // were hurt" counts people).
        if (IsSymbol(i - 1, ',') && !(Word(next) is "and" or "or" && (HasDate(next + 1) || (IsNumber(next + 1) && tokens[next + 1].Length <= 2 && (next + 2 >= tokens.Count
            || tokens[next + 2].Kind == TokenKind.Symbol && tokens[next + 2].Symbol is '.' or ',' or ';')))))
        {
            return false;
        }

        match = new Match(i + 1, TimeExpressionType.Date, DayText(new LocalDate(from.Year, from.Month, (int)tokens[i].Value))) { Anchor = start.Anchor, AnchorAt = start.AnchorSpan };
        return true;

        // The day found at f names its month, or is a day alone on a list right after one that does ("Jan. 23, 25 and
        // 27"; one step back).
        bool NamesMonth(int f) =>
            TimeWords.Months.ContainsKey(Word(tokens.TokenAt(found[f].Span.Start)) ?? string.Empty)
            || (f > 0 && IsNumber(tokens.TokenAt(found[f].Span.Start)) && found[f].Span.Start - found[f - 1].Span.End <= 3
                && TimeWords.Months.ContainsKey(Word(tokens.TokenAt(found[f - 1].Span.Start)) ?? string.Empty));
    }

    /// <summary>
    /// <c>on 12-13 March</c>, <c>from 4 to 8 March</c>, <c>between 12 and 14 March</c>: a day of the month alone that
    /// starts a span ended by a later day of a named month, written day first, is that month's, in that day's year.
    /// </summary>
    private bool TryDayRangeStart(int i, out Match match)
    {
        match = default;
        ref readonly var token = ref tokens[i];
        if (!IsDayNumber(i) || i + 2 >= tokens.Count
            || !(tokens[i + 1].Kind == TokenKind.Hyphen || Word(i + 1) is "to" or "through" or "until" or "till" || (Word(i + 1) == "and" && Word(i - 1) == "between"))
            || !IsNumber(i + 2) || !HasDate(i + 2) || tokens[i + 2].Value <= token.Value || !TryKnownDate(i + 2, out var last)
            || last.Type != TimeExpressionType.Date || last.Value.Length != 10 || DayOf(last.Value) is not { } end || tokens[i + 2].Value != end.Day)
        {
            return false;
        }

        match = new Match(i + 1, TimeExpressionType.Date, DayText(new LocalDate(end.Year, end.Month, (int)token.Value))) { Anchor = last.Anchor, AnchorAt = last.AnchorAt };
        return true;
    }

    /// <summary>
    /// "The strike lasted from Monday to Friday": the weekday that ends a span of weekdays is the first such day on
    /// from the one that starts it; told in the past, a span that would end after the publication is the week before's
    /// (both days move back a week).
    /// </summary>
    private Match WeekdayRangeEnd(int first, Match match)
    {
        if (reference is not { } today || match.Type != TimeExpressionType.Date || match.Value.Length != 10 || first < 3
            || Word(first - 1) is not ("to" or "until" or "till" or "through") || !TimeWords.Weekdays.TryGetValue(Word(first) ?? string.Empty, out var endDay) || endDay.Plural
            || found.Count == 0 || found[^1] is not { Type: TimeExpressionType.Date } start || start.Value.ToString() is not { Length: 10 } startValue
            || DayOf(startValue) is not { } from || DayOf(match.Value) is null)
        {
            return match;
        }

        var startAt = tokens.TokenAt(start.Span.Start);
        if (startAt + 1 != first - 1 || Word(startAt - 1) != "from" || !TimeWords.Weekdays.ContainsKey(Word(startAt) ?? string.Empty))
        {
            return match;
        }

        var to = from.With(DateAdjusters.Next(endDay.Day));
        if (to > today && from < today && TenseCues.ToldInPast(tokens, startAt - 1) && TimexValue.Parse(DayText(from.PlusDays(-7))) is { Success: true } weekBefore)
        {
            found[^1] = start with { Value = weekBefore.Value };
            to = to.PlusDays(-7);
            if (leadDay is { } lead && lead.Span == start.Span)
            {
                leadDay = lead with { Value = from.PlusDays(-7) };
            }
        }

        return match with { Value = DayText(to) };
    }

    /// <summary>
    /// "every Tuesday and Friday", "each Monday or Thursday": a weekday joined to a weekday of a set is of the set too,
    /// not a day of its own.
    /// </summary>
    private Match WeekdayOfSet(int first, Match match)
    {
        if (match.Type != TimeExpressionType.Date || match.End != first + 1 || first < 2 || Word(first - 1) is not ("and" or "or") || !tokens[first].Capitalised
            || !TimeWords.Weekdays.TryGetValue(Word(first) ?? string.Empty, out var weekday) || weekday.Plural
            || found.Count == 0 || found[^1] is not { Type: TimeExpressionType.Set, Quantifier: not null } set || !set.Value.ToString().StartsWith("XXXX-WXX-", StringComparison.Ordinal)
            || tokens.TokenAt(set.Span.End) != first - 1)
        {
            return match;
        }

        return new Match(first + 1, TimeExpressionType.Set, "XXXX-WXX-" + (int)weekday.Day) { Quantifier = set.Quantifier };
    }

    /// <summary>
    /// "a curfew from 8 p.m. on Monday until 4 a.m. on Tuesday", "a holiday from April 20 to April 26", "between Friday
    /// and Monday": the day that ends a span is not before the day that starts it. Read before it (each read alone,
    /// from the tense), with no year of its own, it is the first such day from the start on: a weekday the weeks on, a
    /// day of a month the year on.
    /// </summary>
    private Match SpanEndAfterStart(int first, Match match)
    {
        if (match.Type is not (TimeExpressionType.Date or TimeExpressionType.Time) || DayOf(match.Value) is not { } end || !SpanStartBefore(first, out var start, out var startAt)
            || start.Type is not (TimeExpressionType.Date or TimeExpressionType.Time) || DayOf(start.Value.ToString()) is not { } from || end >= from)
        {
            return match;
        }

        var (weekday, month) = (false, false);
        for (var k = first; k < match.End; k++)
        {
            if (TryYearAt(k, out _, out _))
            {
                return match;
            }

            weekday |= TimeWords.Weekdays.ContainsKey(Word(k) ?? string.Empty);
            month |= TimeWords.Months.ContainsKey(Word(k) ?? string.Empty);
        }

        LocalDate? moved = month ? end.PlusYears(1) : weekday ? end.PlusDays(7 * ((Period.DaysBetween(end, from) + 6) / 7)) : null;

        // "Between Monday and Wednesday, convoys were blocked" (told on a Tuesday): a span of weekdays told in the past
        // ends in the past; its start is the week's before, not its end the week's after.
        if (weekday && moved is { } later && reference is { } today && later > today && TimeWords.Weekdays.ContainsKey(Word(startAt) ?? string.Empty)
            && TenseCues.ToldInPast(tokens, startAt - 1) && end.With(DateAdjusters.PreviousOrSame(from.DayOfWeek)) is var earlier
            && TimexValue.Parse(DayText(earlier) + start.Value.ToString()[10..]) is { Success: true } weekBefore)
        {
            found[^1] = start with { Value = weekBefore.Value };
            if (leadDay is { } lead && lead.Span == start.Span)
            {
                leadDay = lead with { Value = earlier };
            }

            return match;
        }

        return moved is { } on && on >= from && Period.DaysBetween(from, on) < (month ? 366 : 7)
            ? match with { Value = DayText(on) + match.Value[10..] }
            : match;
    }

    /// <summary>
    /// "The rainy season, which runs from September to May", "fighting that lasted from November to February", "from
    /// October to March next year": a span of months ends after it starts. Read each alone, from the tense, an end
    /// before its start is the next year's; but told in the past, or when the end has a year of its own and the start
    /// none, the start is the year's before instead.
    /// </summary>
    private Match MonthSpanEnd(int first, Match match)
    {
        if (match.Type != TimeExpressionType.Date || !IsMonthValue(match.Value) || !SpanStartBefore(first, out var start, out var startAt)
            || start.Type != TimeExpressionType.Date || start.Value.ToString() is not { } startValue || !IsMonthValue(startValue)
            || string.CompareOrdinal(match.Value, startValue) >= 0 || !NamesMonthBetween(first, match.End) || !NamesMonthBetween(startAt, first - 1))
        {
            return match;
        }

        var startEnd = first - 1;

        var (startYear, endYear) = (HasOwnYear(startAt, startEnd), HasOwnYear(first, match.End));
        if (startYear)
        {
            return endYear ? match : match with { Value = MonthText(match.Value, +1) };
        }

        if (endYear || TenseCues.ToldInPast(tokens, startAt - 1))
        {
            if (TimexValue.Parse(MonthText(startValue, -1)) is { Success: true } yearBefore)
            {
                found[^1] = start with { Value = yearBefore.Value };
            }

            return match;
        }

        return match with { Value = MonthText(match.Value, +1) };

        // Every digit checked, so that MonthText's parse cannot meet a letter (an "X" of an unknown year).
        static bool IsMonthValue(string value) =>
            value.Length == 7 && value[4] == '-' && !value.AsSpan(0, 4).ContainsAnyExceptInRange('0', '9') && char.IsAsciiDigit(value[5]) && char.IsAsciiDigit(value[6]);

        static string MonthText(string value, int years) =>
            string.Create(Invariant, $"{int.Parse(value.AsSpan(0, 4), Invariant) + years:D4}{value.AsSpan(4)}");
    }

    /// <summary>
    /// Whether the expression found last starts a span that the one at token <paramref name="first"/> ends: <c>from</c>
    /// before it and <c>to</c>, <c>until</c>, <c>till</c> or <c>through</c> right after it, or <c>between</c> and
    /// <c>and</c>; <paramref name="startAt"/> is its first token.
    /// </summary>
    private bool SpanStartBefore(int first, [NotNullWhen(true)] out TimeExpression? start, out int startAt)
    {
        start = null;
        startAt = -1;
        if (first < 3 || Word(first - 1) is not ("to" or "until" or "till" or "through" or "and") || found.Count == 0)
        {
            return false;
        }

        start = found[^1];
        startAt = tokens.TokenAt(start.Span.Start);
        return tokens.TokenAt(start.Span.End) == first - 1 && Word(startAt - 1) == (Word(first - 1) == "and" ? "between" : "from");
    }

    /// <summary>Whether a month's name stands among tokens <paramref name="from"/> to <paramref name="to"/> (exclusive).</summary>
    private bool NamesMonthBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (TimeWords.Months.ContainsKey(Word(k) ?? string.Empty))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a year, in digits or as <c>next year</c>, <c>last year</c>, stands among tokens <paramref name="from"/> to <paramref name="to"/> (exclusive).</summary>
    private bool HasOwnYear(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (Word(k) == "year" || TryYearAt(k, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the start of their spring offensive in late April last year": a season named before a noun (the time of an
    /// offensive, a recess), the noun then dated by a preposition and an expression with a year, is that year's
    /// season. Not winter, which runs into the next year.
    /// </summary>
    private void SeasonOfDatedNoun(int first, TimeExpression dated)
    {
        if (found.Count == 0 || dated.Type is not (TimeExpressionType.Date or TimeExpressionType.Time)
            || found[^1] is not { Type: TimeExpressionType.Date } season || season.Value.ToString() is not { Length: 7 } seasonValue
            || seasonValue[5..] is not ("SP" or "SU" or "FA") || dated.Value.ToString() is not { Length: >= 4 } datedValue
            || !int.TryParse(datedValue.AsSpan(0, 4), NumberStyles.None, Invariant, out var year) || datedValue[..4] == seasonValue[..4])
        {
            return;
        }

        var after = tokens.TokenAt(season.Span.End);
        if (after + 1 >= first || first - after > 2 || tokens[after].Kind != TokenKind.Word || tokens[after].Capitalised || Word(first - 1) is not ("in" or "of" or "during"))
        {
            return;
        }

        if (TimexValue.Parse(YearText(year) + seasonValue[4..]) is { Success: true } parsed)
        {
            found[^1] = season with { Value = parsed.Value, Anchor = TimeAnchor.TextTime, AnchorSpan = dated.Span };

            // The season named on its own is what "the same period a year earlier" speaks of: in its year now.
            if (ReferenceEquals(reportedPeriod, season))
            {
                reportedPeriod = found[^1];
            }
        }
    }

    /// <summary>
    /// The day <paramref name="read"/> (read from the publication) in the year of the story's day instead, when it
    /// then lies within 31 days of that day and nearer to it than <paramref name="read"/> lies to the publication.
    /// </summary>
    private static LocalDate? StoryReading(LocalDate read, LocalDate story, LocalDate published)
    {
        if (read.Month == 2 && read.Day == 29 && !CalendarSystem.Iso.IsLeapYear(story.Year))
        {
            return null;
        }

        var storied = new LocalDate(story.Year, read.Month, read.Day);
        var fromStory = Math.Abs(Period.DaysBetween(story, storied));
        return fromStory <= 31 && fromStory < Math.Abs(Period.DaysBetween(published, read)) ? storied : null;
    }

    /// <summary>
    /// A bound before a length or a date: <c>more than a decade</c>, <c>about three years</c>, <c>around 2005</c>,
    /// <c>around noon</c>, <c>almost an hour later</c>, <c>more than two years ago</c>.
    /// </summary>
    private bool TryBounded(int i, out Match match)
    {
        match = default;
        foreach (var (words, modifier) in TimeWords.Bounds)
        {
            var k = i;
            var fits = true;
            foreach (var w in words)
            {
                if (Word(k) != w)
                {
                    fits = false;
                    break;
                }

                k++;
            }

            // "over" is "more than" where a length is taken ("for over two years", "lasted over five months", "in over
            // a decade"); after another verb it is the span something happened across ("killed over two days").
            if (fits && words is ["over"] && !OverAsMore.Contains(Word(i - 1) ?? string.Empty))
            {
                continue;
            }

            // "about 2 percent more than a year earlier": after a figure, "more than" and "less than" compare it with the
            // time's; they bound nothing.
            if (fits && words is ["more", "than"] or ["less", "than"] && i > 0 && (IsSymbol(i - 1, '%') || Word(i - 1) is "percent" or "pct" or "points" or "times"))
            {
                continue;
            }

            // "how about" and "what about" suggest what follows ("how about the 3rd week of Jan"), no approximation.
            if (fits && words is ["about"] && Word(i - 1) is "how" or "what")
            {
                continue;
            }

            // The bounded expression must say an amount ("about three years"), a year ("around 2005") or, for an
            // approximation, a clock time in a word ("around noon") or a day of a month ("around April 15"; not after
            // "about", which may name a topic): "over the weekend" and "about recent weeks" are no bounds.
            var clockWord = modifier == TimexModifier.Approximate && Word(k) is "noon" or "midday" or "midnight" or "dawn" or "dusk";
            var monthDay = modifier == TimexModifier.Approximate && words is not (["about"] or ["some"]) && k < tokens.Count && tokens[k].Capitalised
                && Word(k) is { } monthName && TimeWords.Months.ContainsKey(monthName);

            // "results are expected around Wednesday": about that day (after "around" alone; "about Wednesday" may
            // name a topic).
            var weekday = modifier == TimexModifier.Approximate && words is ["around"] && k < tokens.Count && tokens[k].Capitalised
                && Word(k) is { } dayName && TimeWords.Weekdays.TryGetValue(dayName, out var named) && !named.Plural;

            // "about once a month", "roughly three times a week": a rate, about that often.
            var rate = modifier == TimexModifier.Approximate && (Word(k) is "once" or "twice" || (k + 1 < tokens.Count && Word(k + 1) == "times"));
            if (fits && k < tokens.Count && (tokens[k].Kind == TokenKind.Number || IsAmountWord(k) || clockWord || monthDay || weekday || rate) && TryCore(k, out var inner)
                && inner.Modifier == TimexModifier.None && !inner.Value.Contains('X', StringComparison.Ordinal)
                && (!(monthDay || weekday) || (inner.Type == TimeExpressionType.Date && DayOf(inner.Value) is not null))
                && (inner.Type == TimeExpressionType.Duration || (rate && inner.Type == TimeExpressionType.Set) || (inner.Type is TimeExpressionType.Date or TimeExpressionType.Time
                    && (modifier == TimexModifier.Approximate || Word(inner.End - 1) is "later" or "earlier" or "ago"))))
            {
                match = inner with { Modifier = modifier };
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A part of a period: <c>early March</c>, <c>late 2012</c>, <c>mid-2013</c>, <c>the end of the year</c>,
    /// <c>the beginning of last month</c>, <c>earlier this year</c>.
    /// </summary>
    private bool TryPartOf(int i, out Match match)
    {
        match = default;
        var w = Word(i);
        int k;
        TimexModifier modifier;
        switch (w)
        {
            // "will open two hours late on Monday", "arrived a day early": how late, no part of the day after it.
            case "early" or "late" when TimeWords.SaysHowLate(tokens, i):
                return false;
            case "early" or "late" or "mid":
                modifier = w == "early" ? TimexModifier.Start : w == "late" ? TimexModifier.End : TimexModifier.Mid;
                k = i + 1;
                if (k < tokens.Count && tokens[k].Kind == TokenKind.Hyphen && tokens[i].Glued)
                {
                    k++;
                }

                break;
            // "by end-March", "end-2013": the period's end, as financial copy writes it.
            case "end" when i + 2 < tokens.Count && tokens[i + 1].Kind == TokenKind.Hyphen && tokens[i].Glued && tokens[i + 1].Glued:
                modifier = TimexModifier.End;
                k = i + 2;
                break;
            case "the" or "end" or "beginning" or "start" or "middle" when PartOfPeriod(i) is { } at:
                var part = Word(at);
                modifier = part switch { "end" or "close" => TimexModifier.End, "middle" => TimexModifier.Mid, _ => TimexModifier.Start };
                k = at + 2;
                var unitAt = Word(k) == "the" ? k + 1 : k;

                // "By the end of that year", "the middle of that month": the narrative's year or month.
                if (Word(k) == "that" && Word(k + 1) is "year" or "month" && NarrativeTime(i, Word(k + 1) == "month") is { } narrative)
                {
                    match = new Match(k + 2, TimeExpressionType.Date, narrative.Value)
                    {
                        Modifier = modifier,
                        Anchor = TimeAnchor.TextTime,
                        AnchorAt = narrative.Span,
                    };
                    return true;
                }

                if (Word(unitAt) == "day")
                {
                    // "by the end of the day on Monday", "at the end of the day Tuesday": that day's end (no idiom).
                    var dayAt = Word(unitAt + 1) == "on" ? unitAt + 2 : unitAt + 1;
                    if (HasDate(dayAt) && TryKnownDate(dayAt, out var named) && named.Type == TimeExpressionType.Date && named.Value.Length == 10 && DayOf(named.Value) is not null)
                    {
                        match = named with { Modifier = modifier };
                        return true;
                    }

                    // "by the end of the day", "end of day": the publication's day; "at the end of the day," is an
                    // idiom, and "the end of day three" a count of days.
                    if (reference is not { } today || (Word(at - 1) == "the" && Word(at - 2) == "at") || IsNumber(unitAt + 1) || IsAmountWord(unitAt + 1))
                    {
                        return false;
                    }

                    match = new Match(unitAt + 1, TimeExpressionType.Date, DayText(today)) { Modifier = modifier, Anchor = TimeAnchor.Publication };
                    return true;
                }

                if (Word(unitAt) is "year" or "month" or "week" or "decade" or "century" && (unitAt > k || Word(at - 1) is not null))
                {
                    // "the October figures ... conducted in the middle of the month": the one named before in the
                    // sentence, told in the past; not one a hope or plan looks to ("said it hoped to announce them by
                    // the end of the month"), nor a span running to now ("have captured towns since the start of the
                    // year", after "in 2012" in a clause of its own).
                    if (unitAt > k && Word(unitAt) is "year" or "month" && NamedAtGrain(Word(unitAt)!, i, sameSentence: true) is { } named
                        && TenseCues.Lean(tokens, i) == TenseLean.Past && !TenseCues.SinceInPresentPerfect(tokens, i))
                    {
                        match = new Match(unitAt + 1, TimeExpressionType.Date, named.Value.ToString()) { Modifier = modifier, Anchor = TimeAnchor.TextTime, AnchorAt = named.Span };
                        return true;
                    }

                    // "the end of the year", "by end of month": the current one.
                    if (reference is not { } day || !TryThisPeriod(Word(unitAt)!, day, unitAt + 1, out match))
                    {
                        return false;
                    }

                    match = match with { Modifier = modifier, Anchor = TimeAnchor.Publication };
                    return true;
                }

                break;
            case "earlier" or "later" when Word(i + 1) is "this" or "last" or "next" or "today" or "tonight" or "tomorrow" or "yesterday" || (Word(i + 1) == "that" && Word(i + 2) is "day" or "morning" or "afternoon" or "evening" or "night" or "year" or "month"):
                if (TryCore(i + 1, out match) && match.Type == TimeExpressionType.Date)
                {
                    return true;
                }

                return false;
            // "later on Wednesday", "earlier on Monday": the day, with the part of it told.
            case "earlier" or "later" when Word(i + 1) == "on" && HasDate(i + 2):
                return TryKnownDate(i + 2, out match) && match.Type == TimeExpressionType.Date && DayOf(match.Value) is not null;
            case "earlier" or "later" when Word(i + 1) == "in" && Word(i + 2) == "the" && Word(i + 3) is "year" or "month" or "week" or "day" && reference is { } today:
                // "earlier in the day": the day, week, month or year of the publication; the day the narrative is on
                // when it named one of its own, not ahead, within three sentences ("released the tanker late on
                // Wednesday, an official said on Thursday. A ransom was dropped earlier in the day": Wednesday).
                if (Word(i + 3) == "day")
                {
                    match = lastDay is { } narrated && narrated <= today && sentence[i] - lastDaySentence <= 3
                        ? new Match(i + 4, TimeExpressionType.Date, DayText(narrated)) { Anchor = TimeAnchor.TextTime, AnchorAt = lastDaySpan }
                        : new Match(i + 4, TimeExpressionType.Date, DayText(today)) { Anchor = TimeAnchor.Publication };
                    return true;
                }

                return TryThisPeriod(Word(i + 3)!, today, i + 4, out match);
            default:
                return false;
        }

        // "late last night", "early this morning", "late yesterday": the start or end of a day or part of one named
        // relative to the publication.
        if (w is "early" or "late" && (Word(k) is "yesterday" or "today" or "tomorrow" or "tonight" || (Word(k) is "last" or "this" && Word(k + 1) is "night" or "morning" or "afternoon" or "evening"))
            && TryCore(k, out var relativeDay) && relativeDay.Type is TimeExpressionType.Date or TimeExpressionType.Time && relativeDay.Modifier == TimexModifier.None
            && DayOf(relativeDay.Value) is not null)
        {
            match = relativeDay with { Modifier = modifier };
            return true;
        }

        // "the end of today", "end of this Sunday": a day's end is that day with END; "early" and "late" before a day
        // are the date scanner's ("late on Friday").
        if (!TryCore(k, out var inner) || inner.Type != TimeExpressionType.Date || inner.Modifier != TimexModifier.None
            || inner.Value.EndsWith("_REF", StringComparison.Ordinal) || inner.Value.Length > 10 || (inner.Value.Length == 10 && w is "early" or "late" or "mid"))
        {
            return false;
        }

        match = inner with { Modifier = modifier };
        return true;
    }

    /// <summary>
    /// Whether the expression at token <paramref name="first"/> dates a statement: <c>said on Thursday</c>, <c>said
    /// Thursday</c>, <c>told reporters on Monday</c>, <c>said in March</c>, <c>said at 8 a.m.</c>; the verbs are the
    /// statement scanner's cues that speak by themselves (<see cref="StatementCue"/>), not those that name an act
    /// ("held talks on Friday").
    /// </summary>
    private bool IsStatementDay(int first)
    {
        var k = Word(first - 1) is "on" or "in" or "at" ? first - 2 : first - 1;
        for (var back = 0; back < 2 && k >= 0 && tokens[k].Kind == TokenKind.Word; back++, k--)
        {
            if (Word(k) is { } word && StatementCue.All.TryGetValue(word, out var cue) && IsSpeech(cue))
            {
                return true;
            }
        }

        return false;

        static bool IsSpeech(StatementCue cue) =>
            cue.Needs is null
                ? cue.Kind is StatementKind.Report or StatementKind.Announcement or StatementKind.Denial or StatementKind.Threat or StatementKind.Condemnation or StatementKind.Demand
                : cue.Otherwise == StatementKind.Report;
    }

    /// <summary>
    /// Whether the part of the day at <paramref name="i"/> stands alone after <c>by</c>, <c>until</c> or <c>till</c>
    /// at the end of its clause (<c>dispersed by evening</c>, <c>went on until morning, officials said</c>): that part
    /// of the day, without its article; not <c>by morning prayers</c>.
    /// </summary>
    private bool ByPartOfDay(int i) =>
        Word(i - 1) is "by" or "until" or "till" && (i + 1 >= tokens.Count || tokens[i + 1].Kind == TokenKind.Symbol || Word(i + 1) is "and" or "but");

    /// <summary>Where "end", "beginning", "start", "middle", "close" (or, after "the", "turn") stands when token <paramref name="i"/> starts "[the] end of ...", or null.</summary>
    private int? PartOfPeriod(int i)
    {
        var at = Word(i) == "the" ? i + 1 : i;
        return (Word(at) is "end" or "beginning" or "start" or "middle" or "close" || (at > i && Word(at) == "turn")) && Word(at + 1) == "of"
            && (at > i || Word(i - 1) is "at" or "by" or "until" or "till" or "before" or "after" or "from" or "since" or "in" || IsDayOrPeriod(at + 2))
            ? at
            : null;
    }

    /// <summary>Whether token <paramref name="k"/> names a day or a period of the calendar: <c>year</c>, <c>tomorrow</c>, <c>this Sunday</c>, <c>the month</c>.</summary>
    private bool IsDayOrPeriod(int k)
    {
        var at = Word(k) is "the" or "this" or "next" or "last" ? k + 1 : k;
        return Word(at) is { } word && (word is "year" or "month" or "week" or "day" || TimeWords.Weekdays.ContainsKey(word)
            || (at == k && word is "today" or "tomorrow" or "yesterday" or "tonight"));
    }

    /// <summary>The day a DATE or TIME value names, if it names one.</summary>
    internal static LocalDate? DayOf(string value) =>
        value.Length >= 10 && value[4] == '-' && value[7] == '-' && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[5]) && char.IsAsciiDigit(value[8])
        && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, Invariant, out var y) && int.TryParse(value.AsSpan(5, 2), NumberStyles.None, Invariant, out var m)
        && int.TryParse(value.AsSpan(8, 2), NumberStyles.None, Invariant, out var d) && y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= CalendarSystem.Iso.GetDaysInMonth(y, m)
            ? new LocalDate(y, m, d)
            : null;

    /// <summary>The clock time a TIME value gives to the minute (<c>2018-08-14T13:00</c>), if it gives one.</summary>
    private static LocalTime? ClockOf(string value) =>
        value.Length >= 16 && value[10] == 'T' && value[13] == ':' && int.TryParse(value.AsSpan(11, 2), NumberStyles.None, Invariant, out var hour)
        && int.TryParse(value.AsSpan(14, 2), NumberStyles.None, Invariant, out var minute) && hour < 24 && minute < 60
            ? new LocalTime(hour, minute)
            : null;

    /// <summary>A year after a date that has none: in words past a comma or <c>of</c>, in two digits after <c>of</c> (<c>15 April of 87</c>), or in four digits outside the date scanner's range.</summary>
    private (int Year, int End)? SpokenYearAfter(int end)
    {
        if (TryShortYearOf(end, out var shortYear, out var shortEnd))
        {
            return (shortYear, shortEnd);
        }

        var k = IsSymbol(end, ',') ? end + 1 : end;
        k = Word(k) == "of" ? k + 1 : k;

        // "5 December 1391": four digits the date scanner leaves (it reads 1800-2100), where nothing follows them
        // ("5 December 1500 troops" is a count).
        if (IsNumber(k) && IsYearLike(tokens[k]) && EndsDate(k + 1))
        {
            return ((int)tokens[k].Value, k + 1);
        }

        return TryYearWords(k, out var year, out var after) ? (year, after) : null;
    }

    /// <summary>Whether a date mention writes its year (<c>March 22, 2013</c>) rather than taking it from the publication date.</summary>
    private static bool SaysYear(DateMention mention) =>
        !mention.IsRelative && mention.Text.Contains(mention.Value.StartDate.Year.ToString("D4", Invariant), StringComparison.Ordinal);

    /// <summary>The smallest unit holding two days: their weekend, week, month or year.</summary>
    private static string CommonUnit(LocalDate first, LocalDate last)
    {
        // "over the weekend": its Saturday and Sunday.
        if (first.DayOfWeek == IsoDayOfWeek.Saturday && last == first.PlusDays(1))
        {
            return WeekText(first) + "-WE";
        }

        if (WeekYearRules.Iso.GetWeekYear(first) == WeekYearRules.Iso.GetWeekYear(last) && WeekYearRules.Iso.GetWeekOfWeekYear(first) == WeekYearRules.Iso.GetWeekOfWeekYear(last))
        {
            return WeekText(first);
        }

        return first.Year == last.Year && first.Month == last.Month ? MonthText(first.Year, first.Month) : YearText(first.Year);
    }

    /// <summary>The part of the day a word after a day names (<c>morning</c>; <c>am</c> and <c>pm</c> in lower case: "today pm", never "Friday PM Modi").</summary>
    private string? DayPartAt(int k) =>
        Word(k) is { } word ? DayPartCode(word) ?? (tokens[k].Capitalised ? null : word switch { "am" => "MO", "pm" => "AF", _ => null }) : null;

    /// <summary>
    /// Whether the words after a day named at <paramref name="end"/> say it comes every year: <c>is</c> or <c>has
    /// become</c> and, within five words, a holiday or a day marked (<c>June 16 is now a public holiday</c>, <c>Dec. 26
    /// is marked across the region</c>).
    /// </summary>
    private bool IsYearlyDay(int end)
    {
        if (Word(end) is not ("is" or "has"))
        {
            return false;
        }

        for (var k = end + 1; k < tokens.Count && k <= end + 5 && tokens[k].Kind == TokenKind.Word; k++)
        {
            if (Word(k) is "holiday" or "celebrated" or "marked" or "commemorated" or "observed")
            {
                return true;
            }
        }

        return false;
    }

    private static string? DayPartCode(string word) => word switch
    {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" => "NI",
        _ => null,
    };

    private static string YearText(int year) => year.ToString("D4", Invariant);

    private static string MonthText(int year, int month) => string.Create(Invariant, $"{year:D4}-{month:D2}");

    /// <summary>A quarter's value: <c>2013-Q1</c>.</summary>
    private static string QuarterText(int year, int quarter) => string.Create(Invariant, $"{year:D4}-Q{quarter}");

    private static string DayText(LocalDate day) => string.Create(Invariant, $"{day.Year:D4}-{day.Month:D2}-{day.Day:D2}");

    private static string WeekText(LocalDate day) => string.Create(Invariant, $"{WeekYearRules.Iso.GetWeekYear(day):D4}-W{WeekYearRules.Iso.GetWeekOfWeekYear(day):D2}");

    // A possessive reads as its word ("this year's budget", "Friday's attack"); the extent leaves the "'s" out.
    // Informal spellings read as the word they stand for ("tmrw").
    private string? Word(int k)
    {
        var word = tokens.WordAt(k);

        // Most words are none of these, told by their last letter before any comparison.
        if (word is null || (word[^1] is not ('s' or 'r' or 'w' or 'k')))
        {
            return word;
        }

        return word switch
        {
            _ when IsPossessive(word) => Plain(word),
            "tmrw" or "tmr" => "tomorrow",
            "oclock" => "o'clock",
            _ => word,
        };
    }

    private static bool IsPossessive(string word) => word.Length > 3 && word[^2] == '\'' && word[^1] == 's';

    // The word without its possessive "'s".
    private static string Plain(string word) => IsPossessive(word) ? word[..^2] : word;

    private bool IsSymbol(int k, char symbol) => (uint)k < (uint)tokens.Count && tokens[k].Kind == TokenKind.Symbol && tokens[k].Symbol == symbol;

    private bool IsApostrophe(int k) => IsSymbol(k, '\'') || ((uint)k < (uint)tokens.Count && tokens[k].Lexeme.Text == "\u2019");

    private bool IsNumber(int k) => (uint)k < (uint)tokens.Count && tokens[k].Kind == TokenKind.Number && !tokens[k].TooLarge;

    /// <summary>
    /// Whether a month or a day of a month (<c>2016-11</c>, <c>2016-11-07</c>; not a season or quarter of the same
    /// length) can be read in <paramref name="year"/>: its month is a number, and its day is in that month that year.
    /// </summary>
    private static bool FitsYear(string value, int year) =>
        year is >= 1 and <= 9999 && int.TryParse(value.AsSpan(5, 2), NumberStyles.None, Invariant, out var month) && month is >= 1 and <= 12
        && (value.Length == 7 || (int.TryParse(value.AsSpan(8, 2), NumberStyles.None, Invariant, out var day) && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)));

    /// <summary>
    /// Notes the day of each event named near a day in its sentence, from eight words before it to three after, up to a
    /// word of another time (<c>the earthquake struck Nepal on Saturday</c>, <c>Saturday's bombing</c>; not <c>today
    /// after bombs exploded</c>), by the event's noun.
    /// </summary>
    private void NoteEventDay(int first, int end, LocalDate day, TextSpan span)
    {
        var from = Math.Max(sentenceStart[first], first - 8);
        for (var j = from; j < tokens.Count && j < end + 3 && sentence[j] == sentence[first]; j++)
        {
            if (j >= first && j < end)
            {
                continue;
            }

            // "Rescuers dug through the rubble today after bombs exploded": an event told after a word of another time
            // is not the day's.
            if (j >= end && Word(j) is "after" or "before" or "since" or "when" or "following" or "until")
            {
                break;
            }

            if (EventKey(j) is { } key)
            {
                eventDays ??= new Dictionary<string, Mark<LocalDate>>(StringComparer.Ordinal);
                eventDays[key] = new Mark<LocalDate>(day, span, sentence[first]);
            }
        }
    }

    /// <summary>The noun of an event at token <paramref name="k"/>, in one form for its spellings (<c>quake</c> for <c>earthquake</c>, <c>attack</c> for <c>attacks</c>, <c>blast</c> for <c>explosion</c> and <c>exploded</c>); null when it names none.</summary>
    private string? EventKey(int k)
    {
        if ((uint)k >= (uint)tokens.Count || tokens[k].Kind != TokenKind.Word || Word(k) is not { } word)
        {
            return null;
        }

        // "a plant that exploded last night ... The blast happened at about 7:50 p.m.": the verb's event is the noun's.
        if (word is "exploded" or "explosion" or "blast")
        {
            return "blast";
        }

        if (!NamesEvent.Of(tokens[k].Lexeme))
        {
            return null;
        }

        if (word == "earthquake")
        {
            return "quake";
        }

        return word.Length > 3 && word[^1] == 's' && TenseCues.IsEventNoun(word[..^1]) ? word[..^1] : word;
    }

    /// <summary>
    /// The day of an event told again as known in the sentence before token <paramref name="i"/> (<c>The quake, which
    /// hit at</c>, <c>the attack began at</c>), within twelve words: the day it was last dated on in an earlier sentence.
    /// </summary>
    private Mark<LocalDate>? KnownEventDay(int i)
    {
        if (eventDays is null)
        {
            return null;
        }

        for (var j = i - 1; j > 0 && j >= i - 12 && sentence[j] == sentence[i]; j--)
        {
            if (Word(j - 1) == "the" && EventKey(j) is { } key && eventDays.TryGetValue(key, out var dated) && dated.Sentence < sentence[i])
            {
                return dated;
            }
        }

        return null;
    }

    // "the first Sunday in June": a day named by its weekday in the month, which falls on another day of the month
    // each year.
    private bool IsNthWeekday(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (Word(k) is { } word && TimeWords.Weekdays.ContainsKey(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the match from token <paramref name="first"/> is a month or a day of a month named with no year and no
    /// relation (<c>mid-November</c>, <c>March 8</c>; not <c>last March</c>, <c>March 2012</c>), resolved to a year of
    /// the publication's.
    /// </summary>
    private bool IsNamedMonthOrDay(int first, Match match)
    {
        if (match.Value.Length is not (7 or 10) || match.Value[4] != '-' || !char.IsAsciiDigit(match.Value[5]))
        {
            return false;
        }

        var named = false;
        for (var k = first; k < match.End; k++)
        {
            // "the last Sunday in May" counts the month's weekdays, no relation to the publication.
            if ((Word(k) is "last" && !(TimeWords.Weekdays.ContainsKey(Word(k + 1) ?? string.Empty) && Word(k + 2) is "of" or "in"))
                || Word(k) is "next" or "this" or "coming" or "previous" or "past" or "following" or "same" or "that" || (IsNumber(k) && tokens[k].Length >= 3))
            {
                return false;
            }

            named |= Word(k) is { } word && TimeWords.Months.ContainsKey(word);
        }

        return named;
    }

    /// <summary>A value read earlier in the text, with where it was and the sentence it was in.</summary>
    private readonly record struct Mark<T>(T Value, TextSpan Span, int Sentence);

    /// <summary>
    /// Whether a quarter, half, season or month value (<c>1998-03</c>, <c>1998-Q2</c>) starts after the publication's
    /// month; false with no publication date.
    /// </summary>
    private bool StartsAfterPublication(string value)
    {
        if (reference is not { } today || value.Length != 7 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, Invariant, out var year))
        {
            return false;
        }

        var firstMonth = value[5..] switch
        {
            "Q1" or "H1" => 1,
            "SP" => 3,
            "Q2" => 4,
            "SU" => 6,
            "Q3" or "H2" => 7,
            "FA" => 9,
            "Q4" => 10,
            "WI" => 12,
            var month => int.TryParse(month, NumberStyles.None, Invariant, out var m) ? m : 1,
        };
        return year > today.Year || (year == today.Year && firstMonth > today.Month);
    }

    /// <summary>What a scanner pattern read: where it ends and the TIMEX3 attributes.</summary>
    private readonly record struct Match(int End, TimeExpressionType Type, string Value)
    {
        public TimexModifier Modifier { get; init; }

        public TimeAnchor Anchor { get; init; }

        /// <summary>Gets the span of the time this one is counted from, when that is not the day named before it.</summary>
        public TextSpan? AnchorAt { get; init; }

        public string? Quantifier { get; init; }

        public string? Frequency { get; init; }
    }
}
