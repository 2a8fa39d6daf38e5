using System;
using NodaTime;
using Sitrep.Text.Dates;
using Sitrep.Text.Numbers;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.TimeExpressions;

/// <summary>Clock times: <c>8 p.m.</c>, <c>8:30am</c>, <c>15:00 GMT Saturday</c>, <c>0800 GMT</c>, <c>noon</c>, <c>midnight</c>.</summary>
internal sealed partial class TimeScan
{
    /// <summary>A clock time and, when written next to it, its day (<c>15:00 GMT Saturday</c>, <c>8 p.m. on Friday</c>).</summary>
    private bool TryClock(int i, out Match match)
    {
        match = default;
        ref readonly var token = ref tokens[i];
        var value = token.Value;
        if (token.HasSeparators || (i > 0 && tokens[i - 1].Glued && tokens[i - 1].Kind is TokenKind.Symbol or TokenKind.Number && !IsSymbol(i - 1, '(')))
        {
            return false;
        }

        var k = i + 1;
        int hour, minute = 0, second = -1;
        var hasMinutes = false;

        if (value != decimal.Truncate(value))
        {
            // "10.30 p.m.", "08.15 GMT": the British point between hour and minutes, a clock time only with a meridiem
            // or a zone after it ("10.30 percent" is a number).
            // The meridiem or zone first: the point's text is cut only when one follows.
            if (!(TryMeridiem(k, out _, out _) || (Word(k) is { } pointZone && (TimeWords.Zones.Contains(pointZone) || pointZone is "hours" or "hrs"))) || PointClock(i) is not { } point)
            {
                return false;
            }

            (hour, minute, hasMinutes) = (point.Hour, point.Minute, true);
        }
        else if (token.Length is 3 or 4 && value < 2400)
        {
            // "0800 GMT", "1500 hours", "0700 local time", "1140 a.m.": four digits are a clock time only with a zone,
            // "hours", "local time" or a meridiem after them, else they are a year or a count.
            hour = (int)value / 100;
            minute = (int)value % 100;
            if (minute > 59 || !((token.Length == 4 && Word(k) is { } zone && (TimeWords.Zones.Contains(zone) || zone is "hours" or "hrs" || (zone == "local" && Word(k + 1) == "time")))
                || TryMeridiem(k, out _, out _)))
            {
                return false;
            }

            hasMinutes = true;
        }
        else if (token.Length <= 2 && value <= 24)
        {
            k = ReadClockDigits(i, out hour, out minute, out second, out hasMinutes);
        }
        else
        {
            return false;
        }

        var hasMeridiem = false;
        if (TryMeridiem(k, out var pm, out var afterMeridiem))
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + (pm ? 12 : 0);
            k = afterMeridiem;
            hasMeridiem = true;
        }
        else if (Word(k) == "o'clock" && hour is >= 1 and <= 12)
        {
            k++;

            // "1 o'clock lunchtime": the hour about midday, 13:00.
            if (Word(k) == "lunchtime")
            {
                (hour, k) = (Lunchtime(hour), k + 1);
            }
        }
        else if (!hasMinutes && hour is >= 1 and <= 12 && Word(k) == "lunchtime"
            && !(k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word && !tokens[k + 1].Capitalised && Word(k + 1) is not ("on" or "today" or "tomorrow" or "yesterday" or "and" or "or")))
        {
            // "12 lunchtime", "1 lunchtime on Friday"; not "3 lunchtime concerts", a count.
            (hour, k) = (Lunchtime(hour), k + 1);
        }
        else if (!hasMinutes && hour is >= 1 and <= 12 && (Word(k) == "ish" && tokens[k - 1].Glued || (k < tokens.Count && tokens[k].Kind == TokenKind.Hyphen && tokens[k].Glued && Word(k + 1) == "ish")))
        {
            // "11ish", "11-ish": about that hour.
            k += Word(k) == "ish" ? 1 : 2;
            if (!TryClockDay(i, k, ClockText(hour, 0, -1), out match))
            {
                return false;
            }

            match = match with { Modifier = TimexModifier.Approximate };
            return true;
        }
        else if (!hasMinutes && !(hour is >= 1 and <= 12 && Word(k) == "in" && Word(k + 1) == "the" && DayPartCode(Word(k + 2) ?? string.Empty) is not null))
        {
            return false;
        }

        // "8 in the morning", "10 in the evening", "8pm in the evening": the part of the day says which half.
        // "8pm in the evening" says the half twice: the words are part of the time when they agree.
        if (Word(k) == "in" && Word(k + 1) == "the" && DayPartCode(Word(k + 2) ?? string.Empty) is { } dayPart
            && (hasMeridiem ? (hour >= 12) == (dayPart is "AF" or "EV" or "NI") || dayPart == "NI" : hour is >= 1 and <= 12))
        {
            hour = hasMeridiem ? hour : Afternoon(hour, dayPart);
            k += 3;
        }

        return TryClockDay(i, AfterZone(k), ClockText(hour, minute, second), out match);
    }

    /// <summary>The hour about midday an hour said before <c>lunchtime</c> is: 11 and 12 as they are, 1 to 5 in the afternoon.</summary>
    private static int Lunchtime(int hour) => hour is >= 1 and <= 5 ? hour + 12 : hour;

    /// <summary>
    /// A clock time said in words: <c>half past 8</c>, <c>a quarter to eight in the morning</c>, <c>ten past 9 in the
    /// evening</c>, <c>20 minutes past eight</c>, <c>three quarters past 9pm</c>. <c>to</c> needs a quarter, a unit
    /// (<c>20 minutes to 9</c>) or a meridiem, o'clock or part of the day after the hour, and never follows <c>from</c>
    /// or <c>between</c>: "from 10 to 12" is a range, not ten to twelve.
    /// </summary>
    private bool TrySpokenClock(int i, out Match match)
    {
        match = default;

        // Tried at every number and many words: "past" or "to" within the next four tokens, or nothing to read.
        var relationAhead = false;
        for (var g = i + 1; g <= i + 4 && g < tokens.Count && !relationAhead; g++)
        {
            relationAhead = tokens[g].Kind == TokenKind.Word && tokens[g].Length is 2 or 4 && Word(g) is "past" or "to";
        }

        if (!relationAhead)
        {
            return false;
        }

        int minutes, k;
        var quarter = false;
        switch (Word(i))
        {
            case "half":
                (minutes, k) = (30, i + 1);
                break;
            case "quarter":
                (minutes, k, quarter) = (15, i + 1, true);
                break;
            case "a" when Word(i + 1) == "quarter":
                (minutes, k, quarter) = (15, i + 2, true);
                break;
            case "three" when Word(i + 1) == "quarters":
                (minutes, k, quarter) = (45, i + 2, true);
                break;
            default:
                if (!TrySmallNumber(i, 59, out minutes, out k) || minutes == 0)
                {
                    return false;
                }

                break;
        }

        var unit = Word(k) is "min" or "mins" or "minute" or "minutes";
        if (unit)
        {
            k++;
        }

        var relation = Word(k);
        if (relation is not ("past" or "to") || (relation == "to" && minutes == 30) || !TrySmallNumber(k + 1, 12, out var hour, out var at) || hour == 0)
        {
            return false;
        }

        var hasMeridiem = TryMeridiem(at, out var pm, out var afterMeridiem);
        var dayPart = Word(at) == "in" && Word(at + 1) == "the" ? DayPartCode(Word(at + 2) ?? string.Empty) : null;
        var evidence = hasMeridiem || dayPart is not null || Word(at) == "o'clock";
        if (relation == "to" && (Word(i - 1) is "from" or "between" || !(quarter || unit || evidence)))
        {
            return false;
        }

        // "ten past 9 years" is no clock time.
        if (Word(at) is { } after && TimeWords.Units.ContainsKey(after))
        {
            return false;
        }

        if (hasMeridiem)
        {
            hour = (hour % 12) + (pm ? 12 : 0);
            at = afterMeridiem;
        }
        else if (dayPart is not null)
        {
            hour = Afternoon(hour, dayPart);
            at += 3;
        }
        else if (Word(at) == "o'clock")
        {
            at++;
        }

        if (relation == "to")
        {
            (hour, minutes) = (hour == 0 ? 23 : hour - 1, 60 - minutes);
            hour = hour == 0 && !hasMeridiem && dayPart is null ? 12 : hour;
        }

        return TryClockDay(i, at, ClockText(hour, minutes, -1), out match);
    }

    /// <summary>A whole number from 0 to <paramref name="max"/> (at most 99) in digits or words (<c>ten</c>, <c>twenty-five</c>, <c>twenty five</c>); where it ends.</summary>
    private bool TrySmallNumber(int k, int max, out int value, out int end)
    {
        value = 0;
        end = k;
        if (IsNumber(k))
        {
            ref readonly var token = ref tokens[k];
            if (token.HasSeparators || token.Length > 2 || token.Value != decimal.Truncate(token.Value) || token.Value > max)
            {
                return false;
            }

            (value, end) = ((int)token.Value, k + 1);
            return true;
        }

        if (Word(k) is not { } w)
        {
            return false;
        }

        if (NumberWords.Tens.TryGetValue(w, out var tens))
        {
            (value, end) = (tens, k + 1);
            var next = end < tokens.Count && tokens[end].Kind == TokenKind.Hyphen ? end + 1 : end;

            // "twenty five" joins, but not "twenty one-day strikes" (twenty strikes of one day).
            var hyphenAfter = next == end && next + 1 < tokens.Count && tokens[next + 1].Kind == TokenKind.Hyphen && tokens[next].Glued;
            if (!hyphenAfter && Word(next) is { } unitWord && NumberWords.Units.TryGetValue(unitWord, out var ones) && ones > 0)
            {
                (value, end) = (tens + ones, next + 1);
            }
        }
        else if (NumberWords.Units.TryGetValue(w, out var units) || NumberWords.Teens.TryGetValue(w, out units))
        {
            (value, end) = (units, k + 1);
        }
        else
        {
            return false;
        }

        return value <= max;
    }

    /// <summary>
    /// An hour of one or two digits at token <paramref name="c"/> with its minutes and seconds when glued on (<c>8</c>,
    /// <c>8:30</c>, <c>8:30:15</c>, and <c>07h30</c> as South African and French-speaking copy writes it); where it ends.
    /// </summary>
    private int ReadClockDigits(int c, out int hour, out int minute, out int second, out bool hasMinutes)
    {
        (hour, minute, second, hasMinutes) = ((int)tokens[c].Value, 0, -1, false);
        var k = c + 1;
        if (Word(k) == "h" && hour <= 23 && tokens[c].Glued && tokens[k].Glued && TwoDigitsBelow60(k + 1) is { } hm
            && !(k + 2 < tokens.Count && tokens[k + 1].Glued && tokens[k + 2].Kind is TokenKind.Word or TokenKind.Number))
        {
            (minute, hasMinutes) = (hm, true);
            return k + 2;
        }

        if (IsSymbol(k, ':') && tokens[c].Glued && tokens[k].Glued && TwoDigitsBelow60(k + 1) is { } m)
        {
            (minute, hasMinutes) = (m, true);
            k += 2;
            if (IsSymbol(k, ':') && tokens[k - 1].Glued && TwoDigitsBelow60(k + 1) is { } sec)
            {
                second = sec;
                k += 2;
            }
        }

        return k;
    }

    /// <summary>An hour and minutes written with a point between them (<c>10.30</c>, <c>8.05</c>) at token <paramref name="k"/>, or null.</summary>
    private (int Hour, int Minute)? PointClock(int k)
    {
        var text = tokens.Cut(tokens[k].Start, tokens[k].Length);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        return point is 1 or 2 && text.Length == point + 3 && int.TryParse(text.AsSpan(0, point), System.Globalization.NumberStyles.None, Invariant, out var hour)
            && int.TryParse(text.AsSpan(point + 1), System.Globalization.NumberStyles.None, Invariant, out var minute) && hour <= 23 && minute <= 59
            ? (hour, minute)
            : null;
    }

    private int? TwoDigitsBelow60(int k) =>
        IsNumber(k) && tokens[k].Length == 2 && tokens[k].Value is var n && n < 60 && n == decimal.Truncate(n) ? (int)n : null;

    /// <summary>The TIMEX3 time of day: <c>T08:30</c>, or <c>T08:30:15</c> with seconds.</summary>
    private static string ClockText(int hour, int minute, int second) =>
        second < 0 ? string.Create(Invariant, $"T{hour:D2}:{minute:D2}") : string.Create(Invariant, $"T{hour:D2}:{minute:D2}:{second:D2}");

    /// <summary>An hour of 1-12 in a part of the day: 7 in the evening is 19, 7 in the morning is 7, 12 in the night is midnight (24, the end of its day).</summary>
    private static int Afternoon(int hour, string dayPart) => dayPart == "NI" && hour == 12 ? 24 : dayPart is "AF" or "EV" or "NI" && hour < 12 && !(dayPart == "NI" && hour < 4) ? hour + 12 : hour;

    /// <summary>
    /// A clock time after a day or a part of one: <c>tonight at 7</c>, <c>tomorrow morning at 7</c>, <c>Friday at 3
    /// p.m.</c>, <c>Friday, 15:00</c>, <c>Friday midnight</c>. A bare hour needs the part of the day to say which half; without one it needs
    /// minutes or a meridiem.
    /// </summary>
    private bool TryClockAfter(int k, string? dayPart, out string clock, out int end)
    {
        clock = string.Empty;
        end = k;
        // "Friday, 15:00" is one time; "on Tuesday, at 6:31 a.m." two, the comma setting the clock time apart.
        var c = IsSymbol(k, ',') ? k + 1 : k;
        if (c == k && Word(c) is "at" or "around" or "about" or "by")
        {
            c++;
        }

        // "Friday midnight", "tomorrow at noon": the day's end or middle.
        if (Word(c) is "midnight" or "noon" or "midday")
        {
            clock = Word(c) == "midnight" ? "T24:00" : "T12:00";
            end = AfterZone(c + 1);
            return true;
        }

        // A number that starts a date ("the evening, 1 Jan") is no hour.
        if (!IsNumber(c) || HasDate(c) || tokens[c].Length > 2 || tokens[c].Value is < 0 or > 24 || tokens[c].Value != decimal.Truncate(tokens[c].Value) || tokens[c].HasSeparators)
        {
            return false;
        }

        var at = ReadClockDigits(c, out var hour, out var minute, out var second, out var hasMinutes);

        if (TryMeridiem(at, out var pm, out var afterMeridiem))
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + (pm ? 12 : 0);
            at = afterMeridiem;
        }
        else if (dayPart is not null && hour is >= 1 and <= 12)
        {
            hour = Afternoon(hour, dayPart);
            at = Word(at) == "o'clock" ? at + 1 : at;
        }
        else if (!hasMinutes)
        {
            return false;
        }

        clock = ClockText(hour, minute, second);
        end = AfterZone(at);
        return true;
    }

    /// <summary>
    /// Where a clock time ends past its zone (<c>GMT</c>, <c>hours</c>) and <c>local time</c>: the zone stays in the
    /// text, not in the value, since a news report's clock is local unless it says otherwise.
    /// </summary>
    private int AfterZone(int k)
    {
        if (Word(k) is { } zoneWord && (TimeWords.Zones.Contains(zoneWord) || zoneWord is "hours" or "hrs"))
        {
            k++;
        }

        // "local time", and a place's time: "7:06 p.m. Rome time", "10 a.m. Beijing time" (a capitalised word, not a
        // month or weekday).
        if ((Word(k) == "local" || (k < tokens.Count && tokens[k].Kind == TokenKind.Word && tokens[k].Capitalised && !MayStartWith(Word(k)!))) && Word(k + 1) == "time")
        {
            return k + 2;
        }

        // "at 11 a.m. Eastern", "9 a.m. Pacific on Friday": a North American zone's name alone, not one that starts a name
        // ("Eastern Europe", "Pacific Ocean").
        return k < tokens.Count && tokens[k].Capitalised && Word(k) is { } zoneName && TimeWords.IsZoneName(zoneName) && TextDocument.ZoneNameEnds(tokens, k + 1)
            ? k + 1
            : k;
    }

    /// <summary><c>noon</c>, <c>midday</c> (<c>mid-day</c>, <c>noonish</c>), <c>midnight</c> (<c>mid night</c>), and <c>dawn</c> or <c>dusk</c> (<c>first light</c>, <c>last light</c>) after a preposition (<c>from dawn until dusk</c>).</summary>
    private bool TryClockWord(int i, out Match match)
    {
        match = default;
        var time = Word(i) switch
        {
            "noon" or "midday" or "noonish" => "T12:00",
            "mid" when Word(i + 1) == "day" || IsHyphenThen(i, "day") => "T12:00",
            "midnight" => "T24:00",
            "mid" when Word(i + 1) == "night" || IsHyphenThen(i, "night") => "T24:00",
            "dawn" or "daybreak" when Word(i - 1) is "at" or "before" or "after" or "until" or "till" or "by" or "since" or "from" or "around" or "about" or "toward" or "towards" || EndsSpanFrom(i) => "TMO",
            "dusk" or "nightfall" when Word(i - 1) is "at" or "before" or "after" or "until" or "till" or "by" or "since" or "from" or "around" or "about" or "toward" or "towards" || EndsSpanFrom(i) => "TEV",
            "first" when Word(i + 1) == "light" => "TMO",
            "last" when Word(i + 1) == "light" => "TEV",
            _ => null,
        };
        if (time is null)
        {
            return false;
        }

        var end = Word(i) is "first" or "last" ? i + 2 : Word(i) != "mid" ? i + 1 : Word(i + 1) is "day" or "night" ? i + 2 : i + 3;

        // "at noon GMT on Friday", "midnight local time": the zone in the extent, and the day after it.
        end = Word(end) is "hours" or "hrs" ? end : AfterZone(end);
        if (!TryClockDay(i, end, time, out match))
        {
            return false;
        }

        match = Word(i) == "noonish" ? match with { Modifier = TimexModifier.Approximate } : match;

        // "Hong Kong returned to Chinese rule at midnight": told in the past with no day, the midnight just gone, the
        // end of the day before the publication; so too when the day it is read on is the publication's, named in a
        // line above ("Monday 12 May 2014 09.30 BST. The strike began at midnight"): the end of that day is yet to come.
        if (time == "T24:00" && reference is { } today && match.Value == DayText(today) + time && TenseCues.ToldInPast(tokens, i))
        {
            match = match with { Value = DayText(today.PlusDays(-1)) + time };
        }

        // "a curfew from dusk till dawn": the dawn that ends a span begun at dusk or nightfall the same day is the next
        // day's, as the end of a span of the clock earlier than its start is.
        if (time == "TMO" && Word(i - 1) is "till" or "until" or "to" && found.Count > 0 && found[^1] is { Type: TimeExpressionType.Time } start
            && start.Value.ToString() is { Length: 13 } startValue && (startValue.EndsWith("TEV", StringComparison.Ordinal) || startValue.EndsWith("TNI", StringComparison.Ordinal))
            && match.Value == startValue[..10] + time && tokens.TokenAt(start.Span.Start) is var startAt && startAt < tokens.Count && sentence[startAt] == sentence[i]
            && DayOf(startValue[..10]) is { } startDay)
        {
            match = match with { Value = DayText(startDay.PlusDays(1)) + time };
        }

        // "Fighting raged from nightfall until dawn on Sunday": a span begun at a part of the day told with no day of its
        // own ends on the day told, and begins on it too, or the evening before when it runs from evening into morning.
        if (match.End > end && Word(i - 1) is "till" or "until" or "to" && match.Value.Length == 13 && DayOf(match.Value[..10]) is { } endDay
            && found.Count > 0 && found[^1] is { Type: TimeExpressionType.Time } begun && begun.Value.ToString() is { Length: 13 } begunValue
            && tokens.TokenAt(begun.Span.Start) is var begunAt && begunAt + 2 == i && Word(begunAt - 1) == "from" && Word(begunAt) is "dusk" or "nightfall" or "dawn" or "daybreak"
            && TimexValue.Parse(DayText(time == "TMO" && begunValue[10..] is "TEV" or "TNI" ? endDay.PlusDays(-1) : endDay) + begunValue[10..]) is { Success: true } begunDay)
        {
            found[^1] = begun with { Value = begunDay.Value, Anchor = match.Anchor, AnchorSpan = match.AnchorAt };
        }

        return true;
    }

    /// <summary>
    /// Whether token <paramref name="i"/> (<c>dawn</c>, <c>dusk</c>) ends a span of the clock begun with <c>from</c>
    /// right before <c>to</c> (<c>from dusk to dawn</c>).
    /// </summary>
    private bool EndsSpanFrom(int i) => Word(i - 1) == "to" && i >= 3 && Word(i - 3) == "from" && Word(i - 2) is "dusk" or "nightfall" or "dawn" or "daybreak";

    /// <summary>
    /// Whether the last day told, at token <paramref name="dayAt"/>, lies more than a year before the publication in a
    /// relative clause opened by <c>that</c>: an event of the story's background.
    /// </summary>
    private bool YearsBackInRelative(int dayAt) =>
        lastDay is { } day && reference is { } today && day < today.PlusYears(-1) && TenseCues.InRestrictiveRelative(tokens, dayAt);

    /// <summary>The word before token <paramref name="i"/>, past a bound before it (<c>until about 3 a.m.</c>: <c>until</c>).</summary>
    private string? WordBeforeBound(int i) =>
        Word(i - 1) is "about" or "around" or "approximately" or "roughly" or "nearly" or "almost" or "shortly" or "just" ? Word(i - 2) : Word(i - 1);

    /// <summary>
    /// Whether a word that tells what follows as earlier (<c>after</c>, <c>since</c>, <c>from</c>, <c>following</c>)
    /// stands among the tokens from <paramref name="from"/> up to <paramref name="to"/>.
    /// </summary>
    private bool FollowingWordBetween(int from, int to)
    {
        for (var k = from; k < to && k < tokens.Count; k++)
        {
            if (Word(k) is "after" or "since" or "from" or "following")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The hour of a clock part written <c>T07</c>, <c>T07:30</c>; null for a part of the day (<c>TMO</c>).</summary>
    private static int? HourOf(string time) =>
        time.Length >= 3 && int.TryParse(time.AsSpan(1, 2), System.Globalization.NumberStyles.None, Invariant, out var hour) ? hour : null;

    /// <summary>Whether token <paramref name="k"/> is followed by a glued hyphen and <paramref name="word"/> (<c>mid-day</c>).</summary>
    private bool IsHyphenThen(int k, string word) => k + 2 < tokens.Count && tokens[k + 1].Kind == TokenKind.Hyphen && tokens[k].Glued && Word(k + 2) == word;

    /// <summary>
    /// The day named after one or two lower-case words from token <paramref name="k"/> and <c>on</c> (<c>rush hour on
    /// Wednesday</c>, <c>prayers on Friday</c>): its date and anchor, or null; not past a word that opens a clause or a
    /// list (<c>and</c>, <c>that</c>), nor a preposition (<c>from dusk to dawn on Thursday</c>: the dawn's day).
    /// </summary>
    private (string Value, TimeAnchor Anchor)? DayAfterNoun(int k)
    {
        for (var p = k + 1; p <= k + 2 && p < tokens.Count; p++)
        {
            if (tokens[p - 1].Kind != TokenKind.Word || tokens[p - 1].Capitalised
                || Word(p - 1) is "and" or "or" or "but" or "that" or "which" or "when" or "as" or "to" or "until" or "till" or "from" or "into" or "in" or "at" or "of" or "by"
                    or "after" or "before" or "for" or "with" or "on" or "through" or "since")
            {
                return null;
            }

            if (Word(p) == "on" && dates.ContainsKey(p + 1) && TryKnownDate(p + 1, out var day) && day.Type == TimeExpressionType.Date && day.Value.Length == 10 && DayOf(day.Value) is not null)
            {
                return (day.Value, day.Anchor);
            }
        }

        return null;
    }

    /// <summary>
    /// The days from the last day named to the clause of token <paramref name="i"/>, when a length of days or weeks
    /// after that day's name and before <paramref name="i"/> in its sentence counts the clause from it (<c>on Friday, a
    /// day after a failure ...</c>: -1; <c>two days before</c>: +2); null when none does, or another time stands
    /// between.
    /// </summary>
    private int? DaysCountedBack(int i)
    {
        if (found.Count == 0 || found[^1] is not { Type: TimeExpressionType.Duration } length || length.Span.Start < lastDaySpan.End || length.Span.End > tokens[i].Start)
        {
            return null;
        }

        var after = tokens.TokenAt(length.Span.End);
        if (Word(after) is not ("after" or "before") || sentence[after] != sentence[i] || !length.Value.TryGetPeriod(out var period)
            || period.Years != 0 || period.Months != 0 || period.HasTimeComponent || period.Weeks * 7 + period.Days is not (> 0 and < 1000))
        {
            return null;
        }

        var days = period.Weeks * 7 + period.Days;
        return Word(after) == "after" ? -days : days;
    }

    /// <summary>Whether a comma stands strictly between tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    private bool CommaBetween(int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (IsSymbol(k, ','))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The day written at token <paramref name="on"/> after a clock time: a date the date scanner found, or a weekday
    /// told from this week (<c>7 p.m. on next Sunday</c>, <c>7:00 on next Sunday afternoon</c>), which the time layer reads.
    /// </summary>
    private bool TryDayAt(int on, out Match day)
    {
        if (HasDate(on))
        {
            return TryKnownDate(on, out day);
        }

        day = default;
        // "next Friday", and "a Saturday" after "on" ("shortly after noon on a Saturday").
        return (Word(on) is "next" or "last" or "this" or "coming" || (Word(on) == "a" && Word(on - 1) == "on")) && HasDate(on + 1) && TimeWords.Weekdays.ContainsKey(Word(on + 1) ?? string.Empty)
            && TryCore(on, out day) && day.End > on + 1;
    }

    /// <summary>The day of a clock time: written after it, else the day named in this sentence or the one before, else the lead's day, else the publication date.</summary>
    private bool TryClockDay(int i, int k, string time, out Match match)
    {
        // "8 p.m. on Friday", "15:00 GMT, Saturday": a day written after the clock time.
        var on = Word(k) == "on" || (IsSymbol(k, ',') && HasDate(k + 1)) ? k + 1 : k;

        // "9am every Sunday", "9am on Sundays": the set's days at that time.
        if (Word(on) is { } setWord && ((setWord is "every" or "each" && TryEvery(on, out var set) && set.Value.StartsWith("XXXX-", StringComparison.Ordinal) && !set.Value.Contains('T', StringComparison.Ordinal))
            || (TimeWords.Weekdays.TryGetValue(setWord, out var days) && days.Plural && (set = new Match(on + 1, TimeExpressionType.Set, "XXXX-WXX-" + (int)days.Day)).End > on)))
        {
            match = set with { Value = set.Value + time };
            return true;
        }

        // "8pm on the 15th", "8pm on 15": a day of the month alone.
        if (on > k && !HasDate(on) && DayOfMonthAt(on, i) is { } monthDay)
        {
            match = monthDay.Match with { Type = TimeExpressionType.Time, Value = monthDay.Match.Value + time };
            return true;
        }

        // The day's own words end the extent ("3 p.m. on Friday next week", "10:30 Monday week"), as they set its value.
        if (TryDayAt(on, out var day) && DayOf(day.Value) is { } date && day.Value.Length == 10)
        {
            match = new Match(day.End, TimeExpressionType.Time, DayText(date) + time) { Anchor = day.Anchor };
            return true;
        }

        // "around 9 a.m. that day", "at 4 p.m. the next day": a day told from the narrative's, after the clock time,
        // is its day and ends the extent.
        if ((Word(on) == "that" && Word(on + 1) == "day") || (Word(on) == "the" && Word(on + 1) is "next" or "following" or "previous" or "same" && Word(on + 2) == "day"))
        {
            if (TryCore(on, out var told) && told.Type == TimeExpressionType.Date && told.Value.Length == 10 && DayOf(told.Value) is not null)
            {
                match = told with { Type = TimeExpressionType.Time, Value = told.Value + time };
                return true;
            }

            // "that day" the narrative has not told yet (after a month named since the last day): the day the clock
            // time is read on, as below, over the two words (once: not again after them).
            if (on == k && Word(on) == "that" && Word(on + 2) != "that")
            {
                return TryClockDay(i, k + 2, time, out match);
            }
        }

        // "at 7:30 on Sunday evening": the day and its part; an hour before noon in the afternoon, evening or night is
        // that hour after noon.
        if (on > k && TryDayAt(on, out var dayPart) && dayPart.Type == TimeExpressionType.Time && dayPart.Value.Length == 13
            && DayOf(dayPart.Value[..10]) is { } partDay && HourOf(time) is { } partHour)
        {
            var later = dayPart.Value[11..] is "AF" or "EV" or "NI" && partHour is >= 1 and <= 11;
            var clock = later ? "T" + (partHour + 12).ToString("D2", Invariant) + time[3..] : time;
            match = new Match(dayPart.End, TimeExpressionType.Time, DayText(partDay) + clock) { Anchor = dayPart.Anchor };
            return true;
        }

        if (Word(on) == "tomorrow" && reference is { } today)
        {
            match = new Match(on + 1, TimeExpressionType.Time, DayText(today.PlusDays(1)) + time) { Anchor = TimeAnchor.Publication };
            return true;
        }

        // "at 2:30 p.m. EDT (1830 GMT) on Thursday": the day written after the same time in another zone, in brackets,
        // is this one's too; the extent stays the clock time's.
        if (IsSymbol(k, '('))
        {
            for (var p = k + 1; p < tokens.Count && p <= k + 8; p++)
            {
                // "at around 2am local time (2300 GMT Tuesday)": the day written with the other zone's time inside the
                // brackets, moved by the hours between the two (the nearer way round the clock, east or west, up to 14
                // hours): 2 a.m. three hours after 23:00 is the next day's.
                if (p > k + 1 && HasDate(p) && TryKnownDate(p, out var inside) && inside.Value.Length == 10 && DayOf(inside.Value) is { } insideDay
                    && TryCore(k + 1, out var otherClock) && otherClock.Type == TimeExpressionType.Time && otherClock.End <= p + 1
                    && HourOf(otherClock.Value.Length > 10 ? otherClock.Value[10..] : otherClock.Value) is { } otherHour && HourOf(time) is { } ownHour)
                {
                    var east = ((ownHour - otherHour) % 24 + 24) % 24 <= 14;
                    var shift = east ? (ownHour < otherHour ? 1 : 0) : (ownHour > otherHour ? -1 : 0);
                    match = new Match(k, TimeExpressionType.Time, DayText(insideDay.PlusDays(shift)) + time) { Anchor = inside.Anchor };
                    return true;
                }

                if (IsSymbol(p, ')'))
                {
                    var after = Word(p + 1) == "on" ? p + 2 : p + 1;
                    if (dates.ContainsKey(after) && TryKnownDate(after, out var bracketed) && bracketed.Value.Length == 10 && DayOf(bracketed.Value) is { } bracketDay)
                    {
                        match = new Match(k, TimeExpressionType.Time, DayText(bracketDay) + time) { Anchor = bracketed.Anchor };
                        return true;
                    }

                    break;
                }
            }
        }

        // "during the morning rush hour on Wednesday", "the evening prayers on Friday": a part of the day whose noun
        // names a day after it, up to two lower-case words on, is that day's; the extent stays the part's.
        if (time.Length == 3 && DayAfterNoun(k) is { } named)
        {
            match = new Match(k, TimeExpressionType.Time, named.Value + time) { Anchor = named.Anchor };
            return true;
        }

        // A clock time in the sentence that dates a statement, with no other day named in it: that day's ("The
        // ministry said on Sunday that 125 people had been killed in the 24 hours to 8 a.m.").
        if (statementDay is { } stated && stated.Sentence == sentence[i] && lastDaySentence != sentence[i])
        {
            match = new Match(k, TimeExpressionType.Time, DayText(stated.Value) + time) { Anchor = TimeAnchor.TextTime, AnchorAt = stated.Span };
            return true;
        }

        // An event dated before and told again here, with no day named in this sentence ("the earthquake struck Nepal
        // on Saturday. Aftershocks continued through Sunday night. The quake, which hit at 11:56 a.m."): its day.
        if (lastDaySentence != sentence[i] && KnownEventDay(i) is { } eventDay)
        {
            match = new Match(k, TimeExpressionType.Time, DayText(eventDay.Value) + time) { Anchor = TimeAnchor.TextTime, AnchorAt = eventDay.Span };
            return true;
        }

        // "remained without power on Friday, a day after a failure plunged the nation into darkness shortly before 5
        // p.m.": a clock time in a clause counted back from the day named before it in the sentence is that earlier day's.
        if (lastDay is { } countedFrom && lastDaySentence == sentence[i] && DaysCountedBack(i) is { } offset)
        {
            match = new Match(k, TimeExpressionType.Time, DayText(countedFrom.PlusDays(offset)) + time) { Anchor = TimeAnchor.TextTime, AnchorAt = lastDaySpan };
            return true;
        }

        // The day the narrative is on: named in this sentence or the one before ("Gunmen attacked late on Wednesday.
        // The assault began around 11 p.m.").
        // Not a day told as known in the sentence before ("on Wednesday ..., the latest setback in a crisis that began
        // with Friday's earthquake. Smoke rose shortly after 8:30 a.m."): the lead's day, as further on.
        var knownBefore = lastDayPossessive && sentence[i] != lastDaySentence && leadDay is { } leadOther && leadOther.Value != lastDay;

        // Nor a day ahead, a plan, in the sentence before a clock time told in the past ("He will be sworn in on Jan.
        // 20. Clinton called Trump at about 2:30 a.m."): that clock time is the narrative's.
        var planBefore = sentence[i] != lastDaySentence && lastDay is { } planned && planned > reference && !TenseCues.PointsForward(tokens, i);

        // Nor a day gone by in the sentence before a clock time told ahead ("Engineers restored a line on Thursday
        // evening. A curfew from 10 p.m. to 5 a.m. will stay in force"): that clock time is the publication day's.
        var pastBefore = sentence[i] != lastDaySentence && lastDay is { } gone && gone < reference && TenseCues.PointsForward(tokens, i);

        // Nor a day told in the past perfect in the sentence before ("Protesters had rallied in the capital the day
        // before. The internet was cut at about 5 a.m."): a step back, after which the narrative resumes on its day.
        // So is a day told in an aside of background ("the US-led invasion, which began on March 20, 2003. The bombs
        // went off starting at about 8 a.m."), or in a relative clause when it lies years back ("the invasion that
        // began 10 years ago Wednesday. The attacks came ... starting at about 8 a.m."; not "an airliner that crashed
        // on Thursday afternoon. The Boeing 777 lost contact at 1:15 p.m.", the main event). Read from the day's own
        // tokens, only when a clock time asks.
        var perfectBefore = sentence[i] != lastDaySentence && lastDay is not null && tokens.TokenAt(lastDaySpan.Start) is var dayAt
            && (TenseCues.InPastPerfectClause(tokens, dayAt) || TenseCues.InRelativeAside(tokens, dayAt) || YearsBackInRelative(dayAt));

        // Nor a day told in a relative aside earlier in this sentence and closed before the clock time ("US troops, who
        // had been due to complete their withdrawal by Aug. 31, fired shots as crowds surged onto the runway in the
        // morning"): the aside's time is another's.
        perfectBefore |= sentence[i] == lastDaySentence && lastDay is not null && tokens.TokenAt(lastDaySpan.Start) is var asideDay
            && TenseCues.InRelativeAside(tokens, asideDay) && CommaBetween(tokens.TokenAt(lastDaySpan.End) - 1, i);
        if (lastDay is { } earlier && sentence[i] - lastDaySentence <= 1 && !knownBefore && !planBefore && !pastBefore && !perfectBefore)
        {
            // "Strikes overnight ... The attack came at 2:30 a.m.": the small hours of a night are the next day's.
            // So are those a day's business runs into ("a session on Wednesday that stretched past 5 a.m."), unless
            // that day already has an earlier clock time ("began at 1 a.m. and lasted until 4 a.m."), or was told as
            // its early hours ("agreed to a bailout early Monday after talks that ran until about 4 a.m.").
            var runsInto = WordBeforeBound(i) is "past" or "until" or "till" or "into" && !(lastClock is { } told && told.Value.Date == earlier)
                && Word(tokens.TokenAt(lastDaySpan.Start)) != "early";

            // "took the floor at 11:47 a.m. on Wednesday and stopped shortly before 1 a.m.": told after a later hour of
            // that day, in the narrative's order, the small hours are the next day's (not in a step back, "had gone
            // to bed at 2 a.m.", nor the end of a span, read below, nor the same time in another zone in brackets,
            // "at 9:20 a.m. local time (0320 GMT)").
            var afterLater = lastClock is { } before && before.Value.Date == earlier && sentence[i] - before.Sentence <= 1 && HourOf(time) is { } hour
                && hour < before.Value.Hour && Word(i - 1) is not ("to" or "from") && !IsSymbol(i - 1, '(') && !TenseCues.IsPastPerfect(tokens, i);
            // Dawn is in the small hours too ("turned to snow around midnight, falling fast before dawn").
            var smallHours = (lastDayNight || runsInto || afterLater) && InSmallHours(i, time);

            // "A curfew imposed on Sunday evening was lifted at 6 a.m.", "Airstrikes continued overnight and into the
            // morning": a morning told after an evening or a night in its sentence is the next day's (not one it
            // followed, "arrested on Sunday night after a raid at 9 a.m.", nor a step back).
            var morningAfter = lastDayEvening && lastDaySentence == sentence[i] && (HourOf(time) is >= 6 and < 12 || time == "TMO") && lastDaySpan.End <= tokens[i].Start
                && !TenseCues.IsPastPerfect(tokens, i) && !FollowingWordBetween(tokens.TokenAt(lastDaySpan.End), i);
            smallHours |= morningAfter;

            // Not a next day after the publication in a clause told in the past ("Fighting eased towards dusk. They left
            // at about dawn", told that day): the dawn was that day's.
            smallHours &= !(reference is { } publishedOn && earlier.PlusDays(1) > publishedOn && TenseCues.ToldInPast(tokens, i));

            // "a curfew from 7 p.m. to 6 a.m.": the end of a span of the clock that is earlier than its start is the
            // next day's.
            var spanEnd = Word(i - 1) is "to" or "until" or "till" && lastClock is { } start && start.Sentence == sentence[i] && start.Value.Date == earlier
                && start.Value.Hour >= 12 && HourOf(time) < start.Value.Hour;
            match = new Match(k, TimeExpressionType.Time, DayText(smallHours || spanEnd ? earlier.PlusDays(1) : earlier) + time) { Anchor = TimeAnchor.TextTime };
            return true;
        }

        // Further on, the day of the lead, whose event the report goes on telling ("Insurgents fired rockets on Tuesday
        // evening ... It was the deadliest attack since December. The rockets landed shortly before 6 p.m."); a
        // clock time ahead ("will speak at 3 p.m.") or one a statement was made at ("the governor said at 8 a.m.") is
        // the publication day's.
        if (leadDay is { } lead && !TenseCues.PointsForward(tokens, i) && !IsStatementDay(i))
        {
            // "ambushed a convoy on Sunday evening ... The fighting went on until about 3 a.m.": the small hours a
            // night or evening of the lead's day runs into are the next day's.
            // So are a named night's ("Snow fell overnight ... The governor declared an emergency at 4 a.m.").
            var intoNight = (WordBeforeBound(i) is "until" or "till" or "past" or "into" && HourOf(time) < 6 && leadDayNight)
                || (leadNightNamed && InSmallHours(i, time) && !TenseCues.IsPastPerfect(tokens, i));
            match = new Match(k, TimeExpressionType.Time, DayText(intoNight ? lead.Value.PlusDays(1) : NightBefore(lead.Value, time, i)) + time) { Anchor = TimeAnchor.TextTime, AnchorAt = lead.Span };
            return true;
        }

        // "Chileans vote on Sunday ... Polls open at 8 a.m. and close at 6 p.m.": a clock time told in the present or ahead,
        // in a report that looks ahead to an event within the week and has named no day gone, is that event's day's.
        if (leadDay is null && leadPlan is { } plan && plan.Sentence <= 1 && sentence[i] - plan.Sentence is > 0 and <= 5 && TenseCues.Lean(tokens, i) != TenseLean.Past && !IsStatementDay(i)
            && !SpeakerInSentence(i))
        {
            match = new Match(k, TimeExpressionType.Time, DayText(plan.Value) + time) { Anchor = TimeAnchor.TextTime, AnchorAt = plan.Span };
            return true;
        }

        match = reference is { } published
            ? new Match(k, TimeExpressionType.Time, DayText(NightGone(published, time, i)) + time) { Anchor = TimeAnchor.Publication }
            : new Match(k, TimeExpressionType.Time, "XXXX-XX-XX" + time);
        return true;
    }

    /// <summary>Whether the sentence of token <paramref name="i"/> is told in the first person before it (<c>I'll be back at noon</c>, <c>let's meet at 6pm</c>).</summary>
    private bool SpeakerInSentence(int i)
    {
        for (var j = i - 1; j >= 0 && sentence[j] == sentence[i]; j--)
        {
            if (tokens.WordAt(j) is "i" or "i'll" or "i'm" or "we" or "we'll" or "let's" or "me" or "my")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The day whose night a night told in the past on the publication's day is, with no day of the text to go by: the
    /// day before (<c>Fighting raged through the night</c>, as <c>overnight</c> is); any other day, or part of one, or a
    /// night ahead, is the day given.
    /// </summary>
    private LocalDate NightGone(LocalDate day, string time, int i) =>
        time == "TNI" && day == reference && TenseCues.Lean(tokens, i) == TenseLean.Past ? day.PlusDays(-1) : day;

    /// <summary>
    /// The day whose night a night told in the past after the lead's day is: the day before the lead's when the text
    /// last named that day (<c>Rescuers dug on Sunday ... 2,012 killed by Saturday evening ... Aftershocks continued
    /// through the night</c>: Saturday's night, between the two); else the lead's (<c>collapsed on Wednesday morning
    /// ... Rescue work went on through the night</c>).
    /// </summary>
    private LocalDate NightBefore(LocalDate leadDay, string time, int i) =>
        time == "TNI" && lastDay is { } told && told == leadDay.PlusDays(-1) && TenseCues.Lean(tokens, i) == TenseLean.Past ? told : leadDay;

    /// <summary>Whether a clock time read at token <paramref name="i"/> falls in the small hours: before 6 a.m., or dawn or daybreak.</summary>
    private bool InSmallHours(int i, string time) => HourOf(time) < 6 || (time == "TMO" && Word(i) is "dawn" or "daybreak");

    /// <summary>Whether token <paramref name="k"/> is a day of the month in digits: a whole number from 1 to 31, one or two digits.</summary>
    private bool IsDayNumber(int k) =>
        IsNumber(k) && tokens[k].Length <= 2 && !tokens[k].HasSeparators && tokens[k].Value is >= 1 and <= 31 && tokens[k].Value == decimal.Truncate(tokens[k].Value);

    /// <summary>
    /// A day of the month without its month at token <paramref name="k"/> (<c>the 15th</c>, <c>15th</c>, <c>15</c>,
    /// <c>the 15</c>, <c>the fifteenth</c>) where nothing but punctuation follows a bare number: the most recent such day, or the next when
    /// the clause points forward. <paramref name="followed"/>: the caller has read what follows (a clock time).
    /// </summary>
    private (Match Match, int Day)? DayOfMonthAt(int k, int first, bool followed = false)
    {
        var at = Word(k) == "the" ? k + 1 : k;
        int day, end;
        if (!TryDigitOrdinal(at, out day, out end) && !(at > k && TryOrdinalDay(at, out day, out end)))
        {
            if (!IsDayNumber(at) || (!followed && at + 1 < tokens.Count && tokens[at + 1].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Hyphen))
            {
                return null;
            }

            (day, end) = ((int)tokens[at].Value, at + 1);
        }
        else if (!followed && Word(end) is "day" or "days" or "night" or "nights" or "time" or "round" or "floor" or "anniversary" or "week" or "weekend" or "month"
            or "year" or "attempt" or "ballot" or "vote" or "phase" or "stage" or "half" or "quarter" or "leg" or "game" or "match" or "test" or "term" or "visit"
            or "session" or "hour" or "straight" or "consecutive" or "successive")
        {
            // "at 7:06 p.m. on the second day of the conclave", "on the first night": an ordinal of the noun after it.
            return null;
        }

        // "around 20:50 on the 5th of December 2013": the day of the month named after it.
        if (Word(end) == "of" && TryDayOfMonth(end + 1, day, first, out var ofMonth))
        {
            return (ofMonth, day);
        }

        if (reference is not { } today)
        {
            return (new Match(end, TimeExpressionType.Date, string.Create(Invariant, $"XXXX-XX-{day:D2}")), day);
        }

        var future = TenseCues.PointsForward(tokens, first);
        var month = new LocalDate(today.Year, today.Month, 1);
        for (var step = 0; step < 3; step++, month = month.PlusMonths(future ? 1 : -1))
        {
            if (day <= CalendarSystem.Iso.GetDaysInMonth(month.Year, month.Month) && new LocalDate(month.Year, month.Month, day) is var date && (future ? date >= today : date <= today))
            {
                return (new Match(end, TimeExpressionType.Date, DayText(date)) { Anchor = TimeAnchor.Publication }, day);
            }
        }

        return null;
    }

    /// <summary><c>am</c>, <c>pm</c>, <c>a.m.</c>, <c>p.m.</c> (any case).</summary>
    private bool TryMeridiem(int k, out bool pm, out int end)
    {
        pm = false;
        end = k;
        switch (Word(k))
        {
            case "am" or "pm":
                pm = Word(k) == "pm";
                end = k + 1;
                return true;
            // "at 9a", "at 7p": the letter alone, glued to an hour after "at", with no word after it.
            case "a" or "p" when k >= 2 && IsNumber(k - 1) && tokens[k - 1].Glued && Word(k - 2) == "at" && !(k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word):
                pm = Word(k) == "p";
                end = k + 1;
                return true;
            case "a" or "p" when IsSymbol(k + 1, '.') && tokens[k].Glued && Word(k + 2) == "m":
                pm = Word(k) == "p";
                end = IsSymbol(k + 3, '.') && tokens[k + 2].Glued ? k + 4 : k + 3;
                return true;
            // "9.am": a point glued between the hour and the meridiem.
            case null when IsSymbol(k, '.') && k > 0 && IsNumber(k - 1) && tokens[k - 1].Glued && tokens[k].Glued && Word(k + 1) is "am" or "pm":
                pm = Word(k + 1) == "pm";
                end = k + 2;
                return true;
            default:
                return false;
        }
    }
}
