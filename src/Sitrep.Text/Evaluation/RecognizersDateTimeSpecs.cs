using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Calendars;
using NodaTime.Text;
using Sitrep.Text.TimeExpressions;

namespace Sitrep.Text.Evaluation;

/// <summary>
/// Runs Microsoft Recognizers-Text's English date-time specs (DateTimeModel, DateExtractor, DateParser,
/// DatePeriodParser, DurationParser, SetParser, TimeParser, DateTimeParser) through <see cref="ReportParser.Parse"/>
/// as a conformance suite (<c>sitrep eval recognizers</c> prints it). A case passes when each expected expression is
/// overlapped by a time expression the parser found whose TIMEX3 value is the expected one: equal, the same with the
/// spec's <c>X</c> filled in, the same length in other units (<c>P2DE</c> for <c>P20Y</c>), the same clock time on a
/// resolved day, the day of the spec's past or future resolution (the specs give both readings of a relative day; the
/// parser picks one by tense), the ISO week that a month's week is (<c>2016-W40</c> for <c>XXXX-10-W01</c>, when its
/// Monday starts one of the spec's resolved ranges), the day of a part of a day the spec resolves (<c>tuesday
/// afternoon</c>: 12:00 to 16:00 on one Tuesday), a season in a year where the spec gives none (<c>2017-SU</c> for
/// <c>SU</c>, TIMEX3's <c>XXXX-SU</c> filled in), every weekend as TIMEX3 writes it (<c>XXXX-WXX-WE</c>, which the specs
/// write for <c>every weekend</c> in one case and <c>P1WE</c> in another), or, for a counted offset (<c>two years ago</c>, <c>in two weeks</c>), the unit holding that day (TIMEX3
/// gives <c>2014</c> where the specs give <c>2014-11-07</c>), a day's end (TIMEX3's day with <c>mod="END"</c> where the
/// specs give <c>T23:59:59</c>), the middle of a morning or afternoon (TIMEX3's <c>TMO</c> or <c>TAF</c> with
/// <c>mod="MID"</c> where the specs give its middle hour, <c>T10</c> or <c>T14</c>) or midnight as a clock time alone (TIMEX3's <c>T24:00</c>, the specs' <c>T00</c>). A case with no
/// expected expression passes when the parser finds none. Cases outside what a news parser reads are counted by
/// reason, never scored: holidays other than those news copy dates by and the parser reads (Christmas, Easter,
/// Thanksgiving, Halloween, Valentine's Day, Boxing Day, Labor Day, Memorial Day, May Day and International Workers' Day,
/// International Women's Day, Eid al-Fitr and Eid al-Adha are scored), intervals (the specs write <c>(start,end,duration)</c>, TIMEX3 two expressions),
/// numeric dates (day and month order unknown in international copy), days that do not exist (February 30), bare day numbers, clock times in words,
/// offsets from the moment of speaking, time zones, and cases the peer itself does not support on .NET.
/// </summary>
public static class RecognizersDateTimeSpecs
{
    // The specs' usual reference, for cases that give none (their clock times are then compared without the day).
    private static readonly LocalDate DefaultReference = new(2016, 11, 7);

    private static readonly string[] Holidays =
    [
        "mother's day", "father's day", "new year", "independence day", "labour day", "veterans day", "columbus day", "martin luther",
        "president's day", "presidents day", "st patrick", "boxing day", "black friday", "cyber monday", "earth day",
        "groundhog", "mardi gras", "inauguration", "election day", "tax day", "april fools", "all saints", "hanukkah",
        "ramadan", "diwali", "yuandan", "qingming", "teacher's day", "children's day", "singles day",
        "pi day", "flag day", "lent", "juneteenth", "canberra day", "national day", "spring festival",
    ];

    private static readonly string[] ClockWords =
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
        "thirty", "forty", "fifty", "half past", "quarter", "o'clock",
    ];

    private static readonly string[] AssistantRequests =
    [
        "cortana", "schedule", "appointment", "alarm", "arrange", "remind", "calendar", "book a", "set up", "set something",
        "availab", "free time", "my day", "let's meet", "lets meet", "meet me", "sales", "show me", "what's my", "whats my",
    ];

    private static readonly string[] SpeakingOffsets = ["minute", "min", "hour", "hr", "second", "sec", "later today", "in a bit", "right now"];

    /// <summary>Scores one spec file.</summary>
    /// <param name="name">The file's name (<c>DateParser.json</c>), for the score and messages.</param>
    /// <param name="json">The file's text.</param>
    /// <returns>The score; <see cref="ConformanceScore.Problem"/> says so when the text is not a spec file.</returns>
    public static ConformanceScore Score(string name, string json)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(json);
        var score = new ConformanceScore(name);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.TrimStart('\uFEFF'), new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException ex)
        {
            score.Problem = "not JSON: " + ex.Message;
            return score;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                score.Problem = "not a JSON array of cases.";
                return score;
            }

            foreach (var spec in document.RootElement.EnumerateArray())
            {
                Run(spec, score);
            }
        }

        return score;
    }

    private static void Run(JsonElement spec, ConformanceScore score)
    {
        if (spec.ValueKind != JsonValueKind.Object || !spec.TryGetProperty("Input", out var inputElement) || inputElement.ValueKind != JsonValueKind.String)
        {
            score.Out("malformed case (no Input text)");
            return;
        }

        var input = inputElement.GetString()!;
        foreach (var flag in new[] { "NotSupported", "NotSupportedByDesign" })
        {
            if (spec.TryGetProperty(flag, out var platforms) && platforms.ValueKind == JsonValueKind.String && platforms.GetString()!.Contains("dotnet", StringComparison.OrdinalIgnoreCase))
            {
                score.Out("not supported by the peer on .NET");
                return;
            }
        }

        LocalDate? reference = null;
        if (spec.TryGetProperty("Context", out var context) && context.ValueKind == JsonValueKind.Object && context.TryGetProperty("ReferenceDateTime", out var at)
            && at.ValueKind == JsonValueKind.String && at.GetString() is { Length: >= 10 } stamp && LocalDatePattern.Iso.Parse(stamp[..10]) is { Success: true } day)
        {
            reference = day.Value;
        }

        var expected = new List<Expected>();
        if (spec.TryGetProperty("Results", out var results) && results.ValueKind == JsonValueKind.Array)
        {
            foreach (var result in results.EnumerateArray())
            {
                if (Expected.Read(result) is not { } one)
                {
                    score.Out("malformed case (a result without text or place)");
                    return;
                }

                expected.Add(one);
            }
        }

        if (OutOfScope(input, expected, reference) is { } reason)
        {
            score.Out(reason);
            return;
        }

        var found = ReportParser.Parse(input, new ReportContext(reference ?? DefaultReference)).TimeExpressions;
        var problems = new List<string>();
        if (expected.Count == 0 && found.Count > 0)
        {
            problems.Add("expected nothing, found " + Describe(found));
        }

        foreach (var one in expected)
        {
            var overlapping = found.Where(e => e.Span.Start < one.Start + one.Length && one.Start < e.Span.End).ToList();
            if (overlapping.Count == 0)
            {
                problems.Add($"missed \"{one.Text}\" ({string.Join(" or ", one.Timexes)})");
            }
            else if (one.Timexes.Count > 0 && !overlapping.Any(e => one.Accepts(e.Value.ToString(), e.Modifier, reference is not null)))
            {
                problems.Add($"\"{one.Text}\" is {string.Join(" or ", one.Timexes.Concat(one.Days))}; found {Describe(overlapping)}");
            }
        }

        if (problems.Count == 0)
        {
            score.Pass();
        }
        else
        {
            score.Fail($"\"{input}\": {string.Join("; ", problems)}");
        }
    }

    private static string Describe(IEnumerable<TimeExpression> found) =>
        string.Join(", ", found.Select(e => $"\"{e.Text}\" {TimeMl.TypeName(e.Type)} {e.Value}"));

    /// <summary>Why a case is outside what a news parser reads, or null when it is in scope.</summary>
    private static string? OutOfScope(string input, List<Expected> expected, LocalDate? reference)
    {
        var lower = input.ToLowerInvariant();

        // Whole words only ("eid" is a holiday, "Reid" is not; "St. Patrick's" is "st patrick s").
        var words = Words(lower);
        if (Holidays.Any(h => words.Contains(Words(h), StringComparison.Ordinal) || words.Contains(Words(h + "s"), StringComparison.Ordinal)))
        {
            return "a holiday";
        }

        if (AssistantRequests.Any(w => lower.Contains(w, StringComparison.Ordinal)))
        {
            return "a calendar assistant's request";
        }

        foreach (var one in expected)
        {
            var text = one.Text.ToLowerInvariant();
            if (one.Type.Contains("timezone", StringComparison.Ordinal))
            {
                return "a time zone alone";
            }

            if (one.Timexes.Any(t => t.StartsWith('(')) || (one.Timexes.Count == 0 && one.Type.Contains("range", StringComparison.Ordinal)))
            {
                return "an interval (the specs write (start,end,duration); TIMEX3 two expressions)";
            }

            if (one.Timexes.Any(IsImpossibleDay))
            {
                return "a day that does not exist (February 30): the parser gives no value to it";
            }

            if (IsNumericDate(text))
            {
                return "a numeric date (day and month order unknown in international copy)";
            }

            if (!text.Any(char.IsLetter) || text.TrimStart("the ".ToCharArray()).TrimEnd("stndrdth".ToCharArray()).All(char.IsAsciiDigit))
            {
                if (!(text.Length == 4 && text.All(char.IsAsciiDigit)) && !text.Contains(':', StringComparison.Ordinal))
                {
                    return "a bare day number";
                }
            }

            // Only a clock time: the spec's type names the whole family "datetimeV2.*", so the value says whether it is
            // one (a time part that is not a duration's); dates, lengths and years in words stay in scope.
            if (IsClockTime(one) && !text.Any(char.IsAsciiDigit) && ClockWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
            {
                return "a clock time in words (conversation)";
            }

            if (SpeakingOffsets.Any(w => text.Contains(w, StringComparison.Ordinal)) && one.Type.Contains("datetime", StringComparison.Ordinal))
            {
                return "an offset from the moment of speaking";
            }

            if (reference is null && one.Days.Count > 0 && !one.Timexes.All(t => t.StartsWith('T') || t.StartsWith('P')))
            {
                return "no reference date (the peer resolves against the test run's clock)";
            }
        }

        return null;
    }

    private static bool IsClockTime(Expected one) => one.Timexes.Count > 0
        ? one.Timexes.Any(t => !t.StartsWith('P') && t.Contains('T', StringComparison.Ordinal))
        : one.Type is "time" or "datetime" || one.Type.EndsWith(".time", StringComparison.Ordinal) || one.Type.EndsWith(".datetime", StringComparison.Ordinal);

    // Letters and digits as words between single spaces, with a space at each end.
    private static string Words(string text)
    {
        var words = new System.Text.StringBuilder(" ");
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                words.Append(char.ToLowerInvariant(c));
            }
            else if (words[^1] != ' ')
            {
                words.Append(' ');
            }
        }

        return words[^1] == ' ' ? words.ToString() : words.Append(' ').ToString();
    }

    // "2019-02-30", "XXXX-02-30", "XXXX-04-31T17:20": a month's day past its last (February's 29th in any year).
    private static bool IsImpossibleDay(string timex) =>
        timex.Length >= 10 && timex[4] == '-' && timex[7] == '-'
        && int.TryParse(timex.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
        && int.TryParse(timex.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
        && day > (int.TryParse(timex.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1 ? CalendarSystem.Iso.GetDaysInMonth(year, month) : month == 2 ? 29 : CalendarSystem.Iso.GetDaysInMonth(2000, month));

    // "2/23", "12/25/2016", "23.11.2016", "11-23": digits joined by / . or - that are not an ISO date.
    private static bool IsNumericDate(string text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] is '/' or '.' or '-' && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))
            {
                var iso = text.Length >= 10 && text[..4].All(char.IsAsciiDigit) && text[4] == '-';
                return !iso;
            }

            if (text[i] == '/' && (char.IsAsciiDigit(text[i - 1]) || char.IsAsciiDigit(text[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One expected expression: where, its TIMEX values (the spec's) and the days its resolutions give.</summary>
    private sealed record Expected(string Text, string Type, int Start, int Length, List<string> Timexes, List<string> Days, List<string> Weeks)
    {
        private const string EndOfDay = "T23:59:59";

        internal static Expected? Read(JsonElement result)
        {
            if (result.ValueKind != JsonValueKind.Object || !result.TryGetProperty(nameof(Text), out var text) || text.ValueKind != JsonValueKind.String
                || !result.TryGetProperty(nameof(Start), out var start) || !start.TryGetInt32(out var from) || from < 0)
            {
                return null;
            }

            var length = text.GetString()!.Length;
            if (result.TryGetProperty(nameof(Length), out var given) && given.TryGetInt32(out var n))
            {
                length = n;
            }
            else if (result.TryGetProperty("End", out var end) && end.TryGetInt32(out var last))
            {
                length = last - from + 1;
            }

            var type = (String(result, "TypeName") ?? String(result, "Type") ?? string.Empty).ToLowerInvariant();
            var timexes = new List<string>();
            var days = new List<string>();
            var weeks = new List<string>();
            if (result.TryGetProperty("Value", out var value) && value.ValueKind == JsonValueKind.Object)
            {
                if (String(value, "Timex") is { } timex)
                {
                    timexes.Add(timex);
                }

                foreach (var reading in new[] { "FutureResolution", "PastResolution" })
                {
                    if (value.TryGetProperty(reading, out var resolution) && resolution.ValueKind == JsonValueKind.Object)
                    {
                        AddDay(days, String(resolution, "date") ?? String(resolution, "dateTime"));
                        AddWeek(weeks, String(resolution, "startDate"), String(resolution, "endDate"));
                    }
                }
            }

            if (result.TryGetProperty("Resolution", out var model) && model.ValueKind == JsonValueKind.Object && model.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
            {
                foreach (var one in values.EnumerateArray())
                {
                    if (one.ValueKind == JsonValueKind.Object)
                    {
                        if (String(one, "timex") is { } timex && !timexes.Contains(timex))
                        {
                            timexes.Add(timex);
                        }

                        AddDay(days, String(one, "value"));
                        AddWeek(weeks, String(one, "start"), String(one, "end"));

                        // A part of one day ("tuesday afternoon": 12:00 to 16:00 on the 8th) is a reading of that day.
                        if (String(one, "start") is { Length: >= 10 } partStart && String(one, "end") is { Length: >= 10 } partEnd && partStart[..10] == partEnd[..10])
                        {
                            AddDay(days, partStart);
                        }
                    }
                }
            }

            return new Expected(text.GetString()!, type, from, Math.Max(length, 1), timexes, days, weeks);
        }

        /// <summary>Whether a found value is the expected one, by the rules in the class summary.</summary>
        internal bool Accepts(string found, TimexModifier modifier, bool hasReference)
        {
            foreach (var timex in Timexes)
            {
                if (found == timex || Fills(timex, found) || SameLength(timex, found))
                {
                    return true;
                }

                // "the summer": the specs write a season of no year ("SU"), TIMEX3 any year's "XXXX-SU"; a resolved
                // year fills it.
                if (timex is "SP" or "SU" or "FA" or "WI" && Fills("XXXX-" + timex, found))
                {
                    return true;
                }

                // "every weekend": the specs write the set both as "P1WE" and as "XXXX-WXX-WE" (for the same words in
                // two cases); TIMEX3 has no weekend unit, and writes the weekends of any week.
                if (timex == "P1WE" && found == "XXXX-WXX-WE")
                {
                    return true;
                }

                // "the end of today": TIMEX3 writes the day with mod END, the specs its last second.
                if (modifier == TimexModifier.End && found.Length == 10 && timex.EndsWith(EndOfDay, StringComparison.Ordinal) && timex[..^EndOfDay.Length] is var endDay
                    && (endDay == found || Fills(endDay, found) || (hasReference && Days.Contains(found))))
                {
                    return true;
                }

                // "midmorning", "mid-afternoon": TIMEX3 writes the part of the day with mod MID, the specs its middle
                // hour (T10, T14).
                if (modifier == TimexModifier.Mid && TimePart(timex) is { } midHour && TimePart(found) is { } dayPart
                    && dayPart switch { "TMO" => "T10", "TAF" => "T14", _ => null } is { } middle && SameClock(midHour, middle))
                {
                    return true;
                }

                // "XXXX-WXX-1T16" and "XXXX-WXX-1T16:00": the same days at the same clock time.
                if (TimePart(timex) is { } expectedClock && TimePart(found) is { } foundClock2 && timex.Length > expectedClock.Length
                    && timex[..^expectedClock.Length] is var days && found[..^foundClock2.Length] is var foundDays
                    && (days == foundDays || Fills(days, foundDays)) && SameClock(expectedClock, foundClock2))
                {
                    return true;
                }

                // "the first week of October": the specs write the month's week (XXXX-10-W01), TIMEX3 the ISO week
                // it is (2016-W40); the same when that week's Monday starts one of the spec's readings.
                if (timex.Contains("-W", StringComparison.Ordinal) && found.Length == 8 && found[5] == 'W' && Weeks.Contains(MondayOf(found)))
                {
                    return true;
                }

                var clock = TimePart(timex);
                if (timex.StartsWith('T') && TimePart(found) is { } foundClock && (SameClock(clock!, foundClock) || IsMidnight(clock!) && IsMidnight(foundClock)))
                {
                    return true;
                }

                // TIMEX3 gives "two years ago" at the unit's grain (2014); the specs give the day (2014-11-07).
                if (hasReference && IsCountedOffset(Text) && Days.Any(day => Holds(found, day)) && timex.IndexOf('T', StringComparison.Ordinal) < 0)
                {
                    return true;
                }

                if (hasReference && found.Length >= 10 && Days.Contains(found[..10]) && (clock is null ? TimePart(found) is null : TimePart(found) is { } c && SameClock(clock, c)))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsCountedOffset(string text) =>
            text.StartsWith("in ", StringComparison.OrdinalIgnoreCase) || text.EndsWith(" ago", StringComparison.OrdinalIgnoreCase) || text.EndsWith(" from now", StringComparison.OrdinalIgnoreCase)
            || text.EndsWith(" later", StringComparison.OrdinalIgnoreCase) || text.EndsWith(" earlier", StringComparison.OrdinalIgnoreCase);

        // "2014" or "2014-11" holds "2014-11-07"; so does the ISO week "2014-W45" it falls in.
        private static bool Holds(string found, string day)
        {
            if (found.Length is 4 or 7 && day.StartsWith(found + "-", StringComparison.Ordinal))
            {
                return true;
            }

            return found.Length == 8 && found[5] == 'W' && LocalDatePattern.Iso.Parse(day) is { Success: true } date
                && string.Create(CultureInfo.InvariantCulture, $"{WeekYearRules.Iso.GetWeekYear(date.Value):D4}-W{WeekYearRules.Iso.GetWeekOfWeekYear(date.Value):D2}") == found;
        }

        // Durations of the same length written in other units: P20Y and P2DE, PT0.5H and PT30M, P0.5Y and P6M.
        private static bool SameLength(string expected, string found) =>
            LengthOf(expected) is { } a && LengthOf(found) is { } b && a == b;

        private static (decimal Months, decimal Seconds)? LengthOf(string value)
        {
            if (value.Length < 3 || value[0] != 'P' || value.Contains('X', StringComparison.Ordinal))
            {
                return null;
            }

            decimal months = 0, seconds = 0;
            var clock = false;
            var i = 1;
            while (i < value.Length)
            {
                if (value[i] == 'T')
                {
                    clock = true;
                    i++;
                    continue;
                }

                var start = i;
                while (i < value.Length && (char.IsAsciiDigit(value[i]) || value[i] == '.'))
                {
                    i++;
                }

                if (i == start || !decimal.TryParse(value.AsSpan(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
                {
                    return null;
                }

                var unitStart = i;
                while (i < value.Length && char.IsAsciiLetterUpper(value[i]) && value[i] != 'T')
                {
                    i++;
                }

                switch (clock ? "T" + value[unitStart..i] : value[unitStart..i])
                {
                    case "Y": months += amount * 12; break;
                    case "DE": months += amount * 120; break;
                    case "CE": months += amount * 1200; break;
                    case "Q": months += amount * 3; break;
                    case "M": months += amount; break;
                    case "W": seconds += amount * 604_800; break;
                    case "D": seconds += amount * 86_400; break;
                    case "TH": seconds += amount * 3_600; break;
                    case "TM": seconds += amount * 60; break;
                    case "TS": seconds += amount; break;
                    default: return null;
                }
            }

            return (months, seconds);
        }

        private static void AddDay(List<string> days, string? value)
        {
            if (value is { Length: >= 10 } && char.IsAsciiDigit(value[0]) && value[4] == '-' && !days.Contains(value[..10]))
            {
                days.Add(value[..10]);
            }
        }

        // A range of seven days from a Monday ("startDate": "2016-10-03", "endDate": "2016-10-10"): a week's reading.
        private static void AddWeek(List<string> weeks, string? start, string? end)
        {
            if (start is null || end is null || LocalDatePattern.Iso.Parse(start) is not { Success: true } from || LocalDatePattern.Iso.Parse(end) is not { Success: true } to
                || from.Value.DayOfWeek != IsoDayOfWeek.Monday || from.Value.PlusDays(7) != to.Value || weeks.Contains(start))
            {
                return;
            }

            weeks.Add(start);
        }

        // "2016-W40" -> "2016-10-03".
        private static string MondayOf(string isoWeek) =>
            int.TryParse(isoWeek.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && int.TryParse(isoWeek.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            && year >= 1 && week >= 1 && week <= WeekYearRules.Iso.GetWeeksInWeekYear(year)
                ? LocalDatePattern.Iso.Format(WeekYearRules.Iso.GetLocalDate(year, week, IsoDayOfWeek.Monday))
                : string.Empty;

        // "XXXX-10-02" is filled by "2016-10-02": an X stands for any digit.
        private static bool Fills(string pattern, string value) =>
            pattern.Contains('X', StringComparison.Ordinal) && pattern.Length == value.Length
            && pattern.Zip(value).All(p => p.First == p.Second || (p.First == 'X' && char.IsAsciiDigit(p.Second)));

        private static string? TimePart(string value) => value.IndexOf('T', StringComparison.Ordinal) is var t and >= 0 ? value[t..] : null;

        // A clock time alone: midnight is T00 in the specs, T24:00 (the end of its day) in TIMEX3.
        private static bool IsMidnight(string clock) => clock is "T00" or "T00:00" or "T00:00:00" or "T24" or "T24:00" or "T24:00:00";

        // "T20" and "T20:00" are the same hour; seconds of zero are no different either.
        private static bool SameClock(string expected, string found)
        {
            static string Full(string clock) => clock.Length switch { 3 => clock + ":00:00", 6 => clock + ":00", _ => clock };
            return Full(expected) == Full(found);
        }

        private static string? String(JsonElement element, string name) =>
            element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String ? property.GetString() : null;
    }
}
