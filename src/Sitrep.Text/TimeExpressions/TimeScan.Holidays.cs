using System;
using System.Collections.Generic;
using NodaTime;
using Sitrep.Temporal;
using Sitrep.Text.Dates;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.TimeExpressions;

/// <summary>
/// Holidays news copy dates things by: <c>Christmas</c> (<c>Day</c>, <c>Eve</c>), <c>New Year's Day</c> and
/// <c>Eve</c>, <c>Boxing Day</c>, <c>Easter</c> (<c>Sunday</c>, <c>Monday</c>) and <c>Good Friday</c>,
/// <c>Thanksgiving</c>, <c>Halloween</c>, <c>Valentine's Day</c>, <c>Bastille Day</c>, and the United States'
/// <c>Labor Day</c> and <c>Memorial Day</c>, <c>May Day</c> and <c>International Workers' Day</c>, <c>International Women's
/// Day</c>, <c>Nowruz</c> and <c>Newroz</c>; the feasts counted from Easter (<c>Palm Sunday</c>, <c>Ash Wednesday</c>,
/// <c>Pentecost</c>, ...), <c>Orthodox Easter</c> and <c>Christmas</c> (the Julian calendar's); the feasts of the Jewish
/// year (<c>Yom Kippur</c>, <c>Passover</c>, <c>Hanukkah</c>, ..., their first day in NodaTime's Hebrew calendar); days
/// of remembrance and national days (<c>Veterans Day</c>, <c>Anzac Day</c>, <c>St. Patrick's Day</c>, ...): the day, of
/// the year written after it or the one the clause's tense leans to; with <c>weekend</c> after it, its weekend. The feasts of the Islamic calendar that date news from the countries
/// that keep them (<c>Eid al-Fitr</c>, <c>Eid al-Adha</c>, <c>Ashura</c>, <c>Mawlid</c>, in their common spellings) are
/// the day the Umm al-Qura calendar gives, marked <c>APPROX</c>: the day kept follows the sighting of the moon and may
/// differ by a day from country to country. Not read: <c>Eid</c> alone (which of the two), Ramadan (a month of the
/// lunar calendar, no TIMEX3 value), Diwali and other feasts of calendars NodaTime does not hold.
/// </summary>
internal sealed partial class TimeScan
{
    // What follows a holiday's name when the name is another thing's ("Christmas Island", "the Easter Rising", "a
    // Christmas market"), not a time.
    private static readonly HashSet<string> HolidayNamesOf = new(StringComparer.Ordinal)
    {
        "island", "islands", "rising", "egg", "eggs", "market", "markets", "tree", "trees", "card", "cards", "carol",
        "carols", "song", "songs", "gift", "gifts", "present", "presents", "lights", "decorations", "cactus", "bunny",
        "movie", "film", "album", "special", "sweater", "jumper", "pudding", "cake", "costume", "costumes", "candy",
        "turkey", "seal", "club", "war", "seder",
    };

    /// <summary>Whether a holiday's name may start with the word (its first word, without a possessive).</summary>
    private static bool IsHolidayStart(string word) =>
        word is "christmas" or "xmas" or "new" or "boxing" or "easter" or "good" or "thanksgiving" or "halloween" or "valentine" or "bastille" or "labor" or "memorial"
            or "may" or "international" or "workers" or "women" or "eid" or "ashura" or "ashoura" or "ashoora" or "mawlid" or "milad" or "nowruz" or "norouz"
            or "nowrouz" or "nawroz" or "navruz" or "nauroz" or "newroz" or "palm" or "ash" or "holy" or "maundy" or "shrove" or "pentecost" or "whit"
            or "whitsun" or "whitsunday" or "ascension" or "orthodox" or "rosh" or "yom" or "sukkot" or "succot" or "simchat" or "hanukkah" or "hanukah"
            or "chanukah" or "purim" or "passover" or "pesach" or "shavuot" or "veterans" or "remembrance" or "armistice" or "anzac" or "canada"
            or "australia" or "st" or "saint" or "juneteenth" or "martin" or "presidents" or "president" or "columbus" or "black" or "guy" or "bonfire";

    // The calendar the feasts of the Jewish year are read in, its months counted from Nisan (Tishri is the seventh).
    private static readonly CalendarSystem Hebrew = CalendarSystem.HebrewScriptural;

    // The calendar the feasts of the Islamic year are read in (Saudi Arabia's, computed; it holds AH 1318 to 1500).
    private static readonly CalendarSystem Hijri = CalendarSystem.UmAlQura;

    /// <summary>
    /// Where a holiday falls: its day in a Gregorian year (for one of the lunar calendar that falls twice in a year, the
    /// first), and the days of it nearest a given day (the one before, in and after its year), from which the latest
    /// before and the soonest after are taken.
    /// </summary>
    private sealed class HolidayDays(Func<int, LocalDate?> inYear, Func<LocalDate, LocalDate?[]>? around = null, bool approximate = false)
    {
        /// <summary>Gets the holiday's day in a Gregorian year, or null where it cannot be told.</summary>
        public LocalDate? InYear(int year) => inYear(year);

        /// <summary>Gets whether the day is the calendar's, which the day kept may differ from by a day.</summary>
        public bool Approximate => approximate;

        /// <summary>Gets the latest day of the holiday on or before <paramref name="day"/> (before it, when <paramref name="strict"/>).</summary>
        public LocalDate? Before(LocalDate day, bool strict) => Nearest(day, -1, strict);

        /// <summary>Gets the soonest day of the holiday on or after <paramref name="day"/> (after it, when <paramref name="strict"/>).</summary>
        public LocalDate? After(LocalDate day, bool strict) => Nearest(day, 1, strict);

        // The day of the holiday nearest to the given one on the side the sign says (the day itself too, unless strict).
        private LocalDate? Nearest(LocalDate day, int side, bool strict)
        {
            LocalDate? best = null;
            foreach (var candidate in Near(day))
            {
                if (candidate is { } c && (c == day ? !strict : Math.Sign(c.CompareTo(day)) == side) && (best is null || c.CompareTo(best.Value) * side < 0))
                {
                    best = c;
                }
            }

            return best;
        }

        private LocalDate?[] Near(LocalDate day) => around?.Invoke(day) ?? [inYear(day.Year - 1), inYear(day.Year), inYear(day.Year + 1)];
    }

    /// <summary>
    /// Whether a holiday's name starts at token <paramref name="i"/>, and is not another thing's (<c>Christmas
    /// Island</c>); its day in a year, and the token after the name.
    /// </summary>
    private bool TryHolidayName(int i, out HolidayDays days, out int end) =>
        (TryIslamicFeast(i, out days, out end) || TryHolidayWords(i, out days, out end)) && !(Word(end) is { } after && HolidayNamesOf.Contains(after));

    /// <summary>
    /// A feast of the Islamic year, in its common spellings (the whole name, so capitals are not needed): <c>Eid al-Fitr</c> (<c>Eid ul-Fitr</c>,
    /// <c>Eid-ul-Fitr</c>, <c>Eid el-Fitr</c>, <c>Eid al Fitr</c>), <c>Eid al-Adha</c> (<c>Eid ul-Azha</c>, <c>Eid
    /// al-Kabir</c>), <c>Ashura</c>, <c>Mawlid</c> (<c>Mawlid al-Nabi</c>, <c>Milad un-Nabi</c>).
    /// </summary>
    private bool TryIslamicFeast(int i, out HolidayDays days, out int end)
    {
        days = null!;
        end = i;
        switch (Word(i))
        {
            case "eid":
                var k = SkipHyphen(i + 1);
                if (Word(k) is "al" or "ul" or "el" or "e" or "ol")
                {
                    k = SkipHyphen(k + 1);
                }

                (int Month, int Day)? feast = Word(k) switch
                {
                    "fitr" => (10, 1),
                    "adha" or "azha" or "kabir" or "kebir" => (12, 10),
                    _ => null,
                };
                if (feast is not { } day)
                {
                    return false;
                }

                (days, end) = (HijriFeast(day.Month, day.Day), k + 1);
                return true;
            case "ashura" or "ashoura" or "ashoora":
                (days, end) = (HijriFeast(1, 10), i + 1);
                return true;
            case "mawlid" or "milad":
                var nabi = SkipHyphen(i + 1);
                if (Word(nabi) is "al" or "an" or "un" or "ul" or "e")
                {
                    nabi = SkipHyphen(nabi + 1);
                }

                end = Word(nabi) == "nabi" ? nabi + 1 : i + 1;
                if (Word(i) == "milad" && end == i + 1)
                {
                    return false;
                }

                days = HijriFeast(3, 12);
                return true;
            default:
                return false;
        }

        int SkipHyphen(int at) => at < tokens.Count && tokens[at].Kind == TokenKind.Hyphen && tokens[at].Glued ? at + 1 : at;
    }

    /// <summary>
    /// A day of the Islamic year in the Umm al-Qura calendar, as a holiday: its day in a Gregorian year (the first, in
    /// a year it falls twice) and the ones of the Islamic years around a day; none outside the years the calendar holds.
    /// </summary>
    private static HolidayDays HijriFeast(int month, int day)
    {
        return new HolidayDays(InYear, Around, approximate: true);

        LocalDate? InYear(int year)
        {
            if (year is < 1901 or > 2076)
            {
                return null;
            }

            return InGregorianYear(year, new LocalDate(year, 1, 1).WithCalendar(Hijri).Year, h => new LocalDate(h, month, day, Hijri));
        }

        LocalDate?[] Around(LocalDate today)
        {
            if (today.Year is < 1902 or > 2075)
            {
                return [];
            }

            var h = today.WithCalendar(Hijri).Year;
            return [Of(h - 1), Of(h), Of(h + 1)];
        }

        LocalDate Of(int hijriYear) => new LocalDate(hijriYear, month, day, Hijri).WithCalendar(CalendarSystem.Iso);
    }

    /// <summary>
    /// A feast of the Jewish year (its first day, which begins at the sundown before): its day in a Gregorian year, in
    /// the years the Hebrew calendar holds. Adar is Adar II in a leap year (<c>Purim</c>).
    /// </summary>
    private static Func<int, LocalDate?> HebrewFeast(int month, int day) => year =>
        year is < 2 or > 6237 ? null : InGregorianYear(year, year + 3760, h => new LocalDate(h, month == 12 && Hebrew.IsLeapYear(h) ? 13 : month, day, Hebrew));

    /// <summary>
    /// The Gregorian day, in <paramref name="year"/>, of a day of another calendar's year, tried in the two years of that
    /// calendar the Gregorian year overlaps (<paramref name="firstYear"/> and the one after); null when it falls in neither.
    /// </summary>
    private static LocalDate? InGregorianYear(int year, int firstYear, Func<int, LocalDate> dayIn)
    {
        for (var y = firstYear; y <= firstYear + 1; y++)
        {
            if (dayIn(y).WithCalendar(CalendarSystem.Iso) is var inIso && inIso.Year == year)
            {
                return inIso;
            }
        }

        return null;
    }

    /// <summary>
    /// The days from Easter Sunday of the holiday a capitalised word names with the word after it (<c>Palm Sunday</c>
    /// -7, <c>Good Friday</c> -2, <c>Easter Monday</c> 1, <c>Ascension Day</c> 39); null for none.
    /// </summary>
    private static int? EasterOffset(string first, string? second) => (first, second) switch
    {
        ("easter", "sunday") => 0,
        ("easter", "monday") => 1,
        ("good", "friday") => -2,
        ("palm", "sunday") => -7,
        ("ash", "wednesday") => -46,
        ("shrove", "tuesday") => -47,
        ("maundy" or "holy", "thursday") => -3,
        ("holy", "saturday") => -1,
        ("whit", "sunday") => 49,
        ("whit", "monday") => 50,
        ("ascension", "day" or "thursday") => 39,
        _ => null,
    };

    /// <summary>
    /// Whether a capitalised word and the capitalised weekday after it name a holiday the time layer reads (<c>Good
    /// Friday</c>, <c>Easter Monday</c>, <c>Black Friday</c>, <c>Remembrance Sunday</c>), which the date scanner leaves
    /// to it rather than read the weekday alone.
    /// </summary>
    internal static bool NamesHolidayWeekday(string first, string weekday) =>
        EasterOffset(first, weekday) is not null || (first, weekday) is ("black", "friday") or ("remembrance", "sunday");

    /// <summary>Easter Sunday of the Julian calendar, kept by the Orthodox churches, as a Gregorian day.</summary>
    private static LocalDate OrthodoxEasterSunday(int year)
    {
        var a = year % 4;
        var b = year % 7;
        var c = year % 19;
        var d = ((19 * c) + 15) % 30;
        var e = ((2 * a) + (4 * b) - d + 34) % 7;
        var month = (d + e + 114) / 31;
        var day = ((d + e + 114) % 31) + 1;
        return new LocalDate(year, month, day, CalendarSystem.Julian).WithCalendar(CalendarSystem.Iso);
    }

    private bool TryHolidayWords(int i, out HolidayDays days, out int end)
    {
        days = null!;
        if (!TryHolidayDay(i, out var dayIn, out end))
        {
            return false;
        }

        days = new HolidayDays(dayIn);
        return true;
    }

    private bool TryHolidayDay(int i, out Func<int, LocalDate?> dayIn, out int end)
    {
        dayIn = null!;
        end = i;
        var w = Word(i);
        var next = Word(i + 1);
        switch (w)
        {
            case "christmas" or "xmas":
                (dayIn, end) = next switch
                {
                    "eve" => (Fixed(12, 24), i + 2),
                    "day" => (Fixed(12, 25), i + 2),
                    _ => (Fixed(12, 25), i + 1),
                };
                return true;
            case "new" when next == "year" && tokens.WordAt(i + 1) is { } years && IsPossessive(years) && tokens[i].Capitalised:
                (dayIn, end) = Word(i + 2) switch
                {
                    "eve" => (Fixed(12, 31), i + 3),
                    "day" => (Fixed(1, 1), i + 3),
                    _ => (Fixed(1, 1), i + 2),
                };
                return true;
            case "boxing" when next == "day":
                (dayIn, end) = (Fixed(12, 26), i + 2);
                return true;
            case "easter":
                (dayIn, end) = EasterOffset(w, next) is { } easterDay ? (Easter(easterDay), i + 2) : (Easter(0), i + 1);
                return true;
            case "good" when tokens[i].Capitalised && EasterOffset(w, next) is { } goodFriday:
                (dayIn, end) = (Easter(goodFriday), i + 2);
                return true;
            // The days of Holy Week and the feasts counted from Easter, named with a capital.
            case "palm" or "ash" or "holy" or "maundy" or "shrove" or "whit" or "ascension" when tokens[i].Capitalised && i + 1 < tokens.Count && tokens[i + 1].Capitalised:
                if (EasterOffset(w, next) is not { } offset)
                {
                    return false;
                }

                (dayIn, end) = (Easter(offset), i + 2);
                return true;
            case "pentecost" or "whitsun" or "whitsunday" when tokens[i].Capitalised:
                (dayIn, end) = (Easter(49), next == "sunday" ? i + 2 : i + 1);
                return true;
            // "Orthodox Easter", "Orthodox Christmas" (the Julian calendar's 25 December, 7 January since 1900).
            case "orthodox" when tokens[i].Capitalised && next is "easter" or "christmas":
                var orthodoxEnd = Word(i + 2) is "sunday" or "day" ? i + 3 : i + 2;
                if (next == "easter")
                {
                    (dayIn, end) = (static year => year is >= 2 and <= 9998 ? OrthodoxEasterSunday(year) : null, orthodoxEnd);
                    return true;
                }

                var julianDay = Word(i + 2) == "eve" ? 24 : 25;
                (dayIn, end) = (year => year is >= 2 and <= 9998 ? new LocalDate(year - 1, 12, julianDay, CalendarSystem.Julian).WithCalendar(CalendarSystem.Iso) : null, julianDay == 24 ? i + 3 : orthodoxEnd);
                return true;
            // The feasts of the Jewish year, in their common spellings.
            case "rosh" when next is "hashanah" or "hashana":
                (dayIn, end) = (HebrewFeast(7, 1), i + 2);
                return true;
            case "yom" when next is "kippur":
                (dayIn, end) = (HebrewFeast(7, 10), i + 2);
                return true;
            case "sukkot" or "succot":
                (dayIn, end) = (HebrewFeast(7, 15), i + 1);
                return true;
            // Kept on 22 Tishri in Israel (a day later elsewhere).
            case "simchat" when next == "torah":
                (dayIn, end) = (HebrewFeast(7, 22), i + 2);
                return true;
            case "hanukkah" or "hanukah" or "chanukah":
                (dayIn, end) = (HebrewFeast(9, 25), i + 1);
                return true;
            case "purim":
                (dayIn, end) = (HebrewFeast(12, 14), i + 1);
                return true;
            case "passover" or "pesach":
                (dayIn, end) = (HebrewFeast(1, 15), i + 1);
                return true;
            case "shavuot":
                (dayIn, end) = (HebrewFeast(3, 6), i + 1);
                return true;
            // Days of remembrance and national days with "Day" after the name, both capitalised.
            case "veterans" or "remembrance" or "armistice" or "anzac" or "canada" or "australia" or "columbus" or "presidents" or "president" when tokens[i].Capitalised:
                var namedDay = IsApostrophe(i + 1) && w is "veterans" or "presidents" ? i + 2 : i + 1;
                var remembranceSunday = w == "remembrance" && Word(namedDay) == "sunday";
                if (!(Word(namedDay) == "day" || remembranceSunday) || !tokens[namedDay].Capitalised || (w == "president" && !IsPossessive(tokens.WordAt(i) ?? string.Empty)))
                {
                    return false;
                }

                dayIn = w switch
                {
                    "remembrance" when remembranceSunday => Nth(11, IsoDayOfWeek.Sunday, 2),
                    "veterans" or "remembrance" or "armistice" => Fixed(11, 11),
                    "anzac" => Fixed(4, 25),
                    "canada" => Fixed(7, 1),
                    "australia" => Fixed(1, 26),
                    "columbus" => Nth(10, IsoDayOfWeek.Monday, 2),
                    _ => Nth(2, IsoDayOfWeek.Monday, 3),
                };
                end = namedDay + 1;
                return true;
            // "Martin Luther King Day", "Martin Luther King Jr. Day": the third Monday of January.
            case "martin" when next == "luther" && Word(i + 2) == "king":
                var kingDay = Word(i + 3) == "jr" ? (IsSymbol(i + 4, '.') ? i + 5 : i + 4) : i + 3;
                if (Word(kingDay) != "day" || !tokens[kingDay].Capitalised)
                {
                    return false;
                }

                (dayIn, end) = (Nth(1, IsoDayOfWeek.Monday, 3), kingDay + 1);
                return true;
            // "St. Patrick's Day", "Saint Patrick's Day".
            case "st" or "saint" when tokens[i].Capitalised:
                var patrick = IsSymbol(i + 1, '.') ? i + 2 : i + 1;
                if (Word(patrick) != "patrick" || Word(patrick + 1) != "day" || !tokens[patrick + 1].Capitalised)
                {
                    return false;
                }

                (dayIn, end) = (Fixed(3, 17), patrick + 2);
                return true;
            case "juneteenth":
                (dayIn, end) = (Fixed(6, 19), i + 1);
                return true;
            // The day after Thanksgiving.
            case "black" when next == "friday" && tokens[i].Capitalised && tokens[i + 1].Capitalised:
                (dayIn, end) = (static year => year is >= 1 and <= 9998 ? new LocalDate(year, 11, 1).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Thursday)).PlusDays(22) : null, i + 2);
                return true;
            case "guy" when next == "fawkes" && Word(i + 2) is "night" or "day":
            case "bonfire" when next == "night" && tokens[i].Capitalised && tokens[i + 1].Capitalised:
                (dayIn, end) = (Fixed(11, 5), w == "guy" ? i + 3 : i + 2);
                return true;
            case "thanksgiving":
                (dayIn, end) = (Nth(11, IsoDayOfWeek.Thursday, 4), next == "day" ? i + 2 : i + 1);
                return true;
            case "halloween":
                (dayIn, end) = (Fixed(10, 31), i + 1);
                return true;
            case "valentine" when next == "day":
                (dayIn, end) = (Fixed(2, 14), i + 2);
                return true;
            case "bastille" when next == "day":
                (dayIn, end) = (Fixed(7, 14), i + 2);
                return true;
            case "labor" when next == "day":
                (dayIn, end) = (Nth(9, IsoDayOfWeek.Monday, 1), i + 2);
                return true;
            case "memorial" when next == "day":
                (dayIn, end) = (Nth(5, IsoDayOfWeek.Monday, -1), i + 2);
                return true;
            // "May Day rallies": both words capitalised ("in May day-care centres" is the month).
            case "may" when next == "day" && tokens[i].Capitalised && tokens[i + 1].Capitalised:
                (dayIn, end) = (Fixed(5, 1), i + 2);
                return true;
            // "International Workers' Day", "Workers' Day", "International Women's Day", "Women's Day".
            case "international" when tokens[i].Capitalised && next is "workers" or "women" && TryHolidayDay(i + 1, out dayIn, out end):
                return true;
            case "workers" or "women" when tokens[i].Capitalised:
                var dayAt = w == "workers" && IsApostrophe(i + 1) ? i + 2 : i + 1;
                if ((w == "women" && !IsPossessive(tokens.WordAt(i) ?? string.Empty)) || Word(dayAt) != "day" || !tokens[dayAt].Capitalised)
                {
                    return false;
                }

                (dayIn, end) = (w == "workers" ? Fixed(5, 1) : Fixed(3, 8), dayAt + 1);
                return true;
            // The Persian new year, the day of the March equinox (1 Farvardin); the Kurdish Newroz, kept on 21 March.
            case "nowruz" or "norouz" or "nowrouz" or "nawroz" or "navruz" or "nauroz":
                (dayIn, end) = (static year => year is >= 623 and <= 9998 ? new LocalDate(year - 621, 1, 1, CalendarSystem.PersianAstronomical).WithCalendar(CalendarSystem.Iso) : null, i + 1);
                return true;
            case "newroz":
                (dayIn, end) = (Fixed(3, 21), i + 1);
                return true;
            default:
                return false;
        }

        static Func<int, LocalDate?> Fixed(int month, int day) => year => year is >= 1 and <= 9998 ? new LocalDate(year, month, day) : null;

        static Func<int, LocalDate?> Easter(int offset) => year => year is >= 1583 and <= 9998 ? EasterSunday(year).PlusDays(offset) : null;

        static Func<int, LocalDate?> Nth(int month, IsoDayOfWeek weekday, int n) => year =>
        {
            if (year is < 1 or > 9998)
            {
                return null;
            }

            if (n < 0)
            {
                var last = new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1);
                return last.With(DateAdjusters.PreviousOrSame(weekday));
            }

            return new LocalDate(year, month, 1).With(DateAdjusters.NextOrSame(weekday)).PlusWeeks(n - 1);
        };
    }

    /// <summary>
    /// A holiday (<see cref="TryHolidayName"/>), with <c>of</c> and a year or a year after it (<c>Christmas 2019</c>), or
    /// else the nearest one the clause's tense leans to (the latest not after the publication date, the soonest not
    /// before it, or the nearer). Not the name of something else (<c>Christmas Island</c>, <c>a Christmas market</c>).
    /// </summary>
    private bool TryHoliday(int i, out Match match)
    {
        match = default;
        if (!TryHolidayName(i, out var days, out var end))
        {
            return false;
        }

        if (!TryHolidayDate(i, days, end, out match))
        {
            return false;
        }

        // A feast of the lunar calendar is the calendar's day, about the day kept; not where the text tells its day.
        if (days.Approximate && match.Anchor != TimeAnchor.TextTime)
        {
            match = match with { Modifier = TimexModifier.Approximate };
        }

        return true;
    }

    private bool TryHolidayDate(int i, HolidayDays days, int end, out Match match)
    {
        match = default;

        // "Jon Easter said": a name's surname, after a capitalised word in mid-sentence.
        if (end == i + 1 && i > 0 && sentenceStart[i] != i && tokens[i - 1].Kind == TokenKind.Word && tokens[i - 1].Capitalised && sentenceStart[i] != i - 1)
        {
            return false;
        }

        var yearAt = Word(end) == "of" ? end + 1 : end;
        if (TryYearAt(yearAt, out var year, out var yearEnd))
        {
            if (days.InYear(year) is not { } inYear)
            {
                return false;
            }

            match = Word(yearEnd) == "weekend" ? new Match(yearEnd + 1, TimeExpressionType.Date, WeekendOf(inYear)) : new Match(yearEnd, TimeExpressionType.Date, DayText(inYear));
            return true;
        }

        // "during Eid al-Fitr in 2015", "at Christmas in 2019": that year's, the year an expression of its own.
        if (Word(end) == "in" && TryYearAt(end + 1, out var inYearWritten, out _) && days.InYear(inYearWritten) is { } heldIn)
        {
            match = new Match(end, TimeExpressionType.Date, DayText(heldIn));
            return true;
        }

        // "the Easter bombings of 2019": the year of the event the holiday dates.
        if (end < tokens.Count && tokens[end].Kind == TokenKind.Word && !tokens[end].Capitalised && Word(end + 1) == "of" && TryYearAt(end + 2, out var eventYear, out _)
            && days.InYear(eventYear) is { } inEventYear)
        {
            match = new Match(end, TimeExpressionType.Date, DayText(inEventYear));
            return true;
        }

        // "Orthodox Christians celebrate Easter on May 5 this year", "Eid al-Adha falls on September 12": the day of a
        // month the holiday is said to fall on.
        var onAt = Word(end) is "falls" or "fell" or "is" or "was" ? end + 1 : Word(end) == "will" && Word(end + 1) is "fall" or "be" ? end + 2 : end;
        if (Word(onAt) == "on" && (IsNumber(onAt + 1) || (Word(onAt + 1) is { } month && TimeWords.Months.ContainsKey(month) && tokens[onAt + 1].Capitalised))
            && dates.TryGetValue(onAt + 1, out var fallsOn) && fallsOn.Mention.Value is { IsInterval: false, Precision: TemporalPrecision.Day } onValue)
        {
            match = new Match(end, TimeExpressionType.Date, DayText(onValue.StartDate)) { Anchor = TimeAnchor.TextTime, AnchorAt = fallsOn.Mention.Span };
            return true;
        }

        if (reference is not { } today || days.Before(today, strict: false) is not { } past || days.After(today, strict: false) is not { } ahead)
        {
            return false;
        }

        // "crowded the malls before Christmas", "ahead of Easter": the nearer, whatever the verb's tense.
        var lean = Word(i - 1) == "before" || (Word(i - 1) == "of" && Word(i - 2) == "ahead") ? TenseLean.Nearest : TenseCues.Lean(tokens, i);
        var day = lean switch
        {
            TenseLean.Future => ahead,
            TenseLean.Nearest => Period.Between(past, today, PeriodUnits.Days).Days <= Period.Between(today, ahead, PeriodUnits.Days).Days ? past : ahead,
            _ => past,
        };
        match = Word(end) == "weekend"
            ? new Match(end + 1, TimeExpressionType.Date, WeekendOf(day)) { Anchor = TimeAnchor.Publication }
            : new Match(end, TimeExpressionType.Date, DayText(day)) { Anchor = TimeAnchor.Publication };
        return true;
    }

    /// <summary>
    /// The weekend of a holiday (<c>the Easter weekend</c>, <c>Thanksgiving weekend</c>): the one of its ISO week, or the
    /// one just before it for a Monday or Tuesday holiday (<c>the Labor Day weekend</c>; <c>the Christmas weekend</c> of
    /// a Christmas on a Tuesday).
    /// </summary>
    private static string WeekendOf(LocalDate holiday) =>
        WeekText(holiday.PlusDays(holiday.DayOfWeek switch { IsoDayOfWeek.Monday => -1, IsoDayOfWeek.Tuesday => -2, _ => 0 })) + "-WE";

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus).</summary>
    private static LocalDate EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * (c / 4)) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }
}
