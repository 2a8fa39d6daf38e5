using System;
using System.Globalization;
using NodaTime;
using NodaTime.Calendars;
using Sitrep.Temporal;

namespace Sitrep.Text.TimeExpressions;

/// <summary>
/// A TIMEX3 <c>value</c> (TimeML): a date (<c>2013-03-22</c>, <c>2013-03</c>, <c>2013-W11</c>, <c>2013-Q1</c>,
/// <c>2013-H2</c>, <c>2013-SU</c>, <c>201</c> a decade, <c>19</c> a century, <c>XXXX-WXX-7</c>, <c>FY2013</c> a
/// fiscal year, <c>FY2013-Q1</c> a quarter of one), a time
/// (<c>2013-03-22T15:00</c>, <c>2013-03-22TEV</c>), a duration (<c>P3D</c>, <c>PT1H30M</c>, <c>P1DE</c>, <c>PXY</c>) or
/// a reference (<c>PRESENT_REF</c>). <see cref="Parse"/> checks the form strictly (a month 01-12, a day that exists
/// in its month when the year and month are known, each duration unit once) and <see cref="ToString"/> gives the
/// text back exactly; <see cref="TryGetTemporalValue"/> and <see cref="TryGetPeriod"/> map to Sitrep's and NodaTime's
/// types where the mapping is exact.
/// </summary>
public readonly record struct TimexValue
{
    private static readonly string[] DateUnits = ["Y", "Q", "M", "W", "WE", "D", "DE", "CE", "ML"];

    private readonly string? text;

    private readonly TimexValueKind kind;

    private TimexValue(string text, TimexValueKind kind)
    {
        this.text = text;
        this.kind = kind;
    }

    /// <summary>Gets what the value is (the default value is <c>PRESENT_REF</c>, a reference).</summary>
    public TimexValueKind Kind => text is null ? TimexValueKind.Reference : kind;

    /// <summary>Gets a value indicating whether the value has unspecified parts (<c>X</c>), as sets and vague dates do.</summary>
    public bool IsUnderspecified => (text ?? string.Empty).Contains('X', StringComparison.Ordinal) && Kind != TimexValueKind.Reference;

    /// <summary>Reads a TIMEX3 value.</summary>
    /// <param name="text">The value as TimeML writes it.</param>
    /// <returns>The value, or an error (<c>SR0307</c>) saying where the form breaks.</returns>
    public static ParseResult<TimexValue> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var error = Check(text, out var kind, out var at);
        return error is null
            ? ParseResult.ForValue(new TimexValue(text, kind))
            : ParseResult.ForError<TimexValue>(TextDiagnosticCodes.InvalidTimexValue, $"'{text}' is not a TIMEX3 value: {error}", text, at);
    }

    /// <summary>
    /// Gets the TIMEX3 value of a Sitrep temporal value known to one unit: a year, quarter, month, ISO week, day,
    /// part of a day, hour, minute or second. False for an interval (TIMEX3 gives those as two values) and for a
    /// value with a time zone. The modifier (about, early, late) is TIMEX3's <c>mod</c> attribute, not the value.
    /// </summary>
    /// <param name="temporal">The temporal value.</param>
    /// <param name="value">Its TIMEX3 value.</param>
    /// <returns>Whether the mapping is exact.</returns>
    public static bool TryFrom(TemporalValue temporal, out TimexValue value)
    {
        value = default;
        if (temporal.IsInterval || temporal.ZoneId is not null)
        {
            return false;
        }

        var at = temporal.Earliest;
        var date = at.Date;
        var inv = CultureInfo.InvariantCulture;
        var text = temporal.Precision switch
        {
            TemporalPrecision.Year => date.Year.ToString("D4", inv),
            TemporalPrecision.Quarter => string.Create(inv, $"{date.Year:D4}-Q{((date.Month - 1) / 3) + 1}"),
            TemporalPrecision.Month => string.Create(inv, $"{date.Year:D4}-{date.Month:D2}"),
            TemporalPrecision.Week => string.Create(inv, $"{WeekYearRules.Iso.GetWeekYear(date):D4}-W{WeekYearRules.Iso.GetWeekOfWeekYear(date):D2}"),
            TemporalPrecision.Day => string.Create(inv, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}"),
            TemporalPrecision.PartOfDay => string.Create(inv, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}T{TemporalUnits.DayPartCode(temporal.FirstDayPart)}"),
            TemporalPrecision.Hour => string.Create(inv, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}T{at.Hour:D2}"),
            TemporalPrecision.Minute => string.Create(inv, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}T{at.Hour:D2}:{at.Minute:D2}"),
            _ => string.Create(inv, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}T{at.Hour:D2}:{at.Minute:D2}:{at.Second:D2}"),
        };
        value = new TimexValue(text, temporal.Precision >= TemporalPrecision.PartOfDay ? TimexValueKind.Time : TimexValueKind.Date);
        return true;
    }

    /// <summary>Compares two values by their text (the kind follows from it); the default value equals <c>PRESENT_REF</c>.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether they are the same value.</returns>
    public bool Equals(TimexValue other) => string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    /// <summary>Returns the value as TimeML writes it.</summary>
    /// <returns>The text <see cref="Parse"/> read.</returns>
    public override string ToString() => text ?? "PRESENT_REF";

    /// <summary>
    /// Gets the Sitrep temporal value of a fully specified date or time: a year, quarter, month, ISO week or day, a
    /// day with a part of the day, an hour, a minute or a second. False for anything else (a decade, a season, a
    /// weekend, a week's day without its date, unspecified digits, a time zone, a duration).
    /// </summary>
    /// <param name="value">The temporal value.</param>
    /// <returns>Whether the mapping is exact.</returns>
    public bool TryGetTemporalValue(out TemporalValue value)
    {
        value = default;
        var s = ToString();
        if (Kind is not (TimexValueKind.Date or TimexValueKind.Time) || IsUnderspecified || s.Length < 4 || !int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1 or > 9998)
        {
            return false;
        }

        var t = s.IndexOf('T', StringComparison.Ordinal);
        var date = t < 0 ? s : s[..t];
        var time = t < 0 ? null : s[(t + 1)..];
        if (date.Length == 4 && time is null)
        {
            value = TemporalValue.Year(year);
            return true;
        }

        if (date.Length == 7 && date[5] == 'Q' && time is null)
        {
            value = TemporalValue.Quarter(year, date[6] - '0');
            return true;
        }

        if (date.Length == 8 && date[5] == 'W' && time is null)
        {
            value = TemporalValue.Week(year, Number(date, 6, 2));
            return true;
        }

        if (date.Length == 7 && char.IsAsciiDigit(date[5]) && time is null)
        {
            value = TemporalValue.Month(year, Number(date, 5, 2));
            return true;
        }

        if (date.Length != 10 || !char.IsAsciiDigit(date[5]))
        {
            return false;
        }

        var day = new LocalDate(year, Number(date, 5, 2), Number(date, 8, 2));
        if (time is null)
        {
            value = TemporalValue.Day(day);
            return true;
        }

        if (PartOfDay(time) is { } part)
        {
            value = TemporalValue.PartOfDay(day, part);
            return true;
        }

        if (time.Length is not (2 or 5 or 8) || Number(time, 0, 2) == 24)
        {
            return false;
        }

        var at = day.At(new LocalTime(Number(time, 0, 2), time.Length > 2 ? Number(time, 3, 2) : 0, time.Length > 5 ? Number(time, 6, 2) : 0));
        value = time.Length switch { 2 => TemporalValue.Hour(at), 5 => TemporalValue.Minute(at), _ => TemporalValue.Second(at) };
        return true;
    }

    /// <summary>
    /// Gets the NodaTime period of a duration whose amounts are whole numbers (<c>P1Y6M</c>, <c>PT90M</c>); a decade,
    /// century or millennium is 10, 100 or 1,000 years, a quarter three months. False for a fraction, an unspecified
    /// amount (<c>PXY</c>) or a weekend.
    /// </summary>
    /// <param name="period">The period.</param>
    /// <returns>Whether the mapping is exact.</returns>
    public bool TryGetPeriod(out Period period)
    {
        period = Period.Zero;
        if (Kind != TimexValueKind.Duration || IsUnderspecified)
        {
            return false;
        }

        var s = ToString();
        var builder = new PeriodBuilder();
        var inTime = false;
        for (var i = 1; i < s.Length;)
        {
            if (s[i] == 'T')
            {
                inTime = true;
                i++;
                continue;
            }

            var start = i;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.'))
            {
                i++;
            }

            // A fraction does not parse as a whole number; an amount too large for a period is not one either.
            if (!int.TryParse(s.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount > 1_000_000)
            {
                return false;
            }

            var unit = Unit(s, i, inTime);
            i += unit.Length;
            switch (inTime ? "T" + unit : unit)
            {
                case "Y": builder.Years += amount; break;
                case "DE": builder.Years += amount * 10; break;
                case "CE": builder.Years += amount * 100; break;
                case "ML": builder.Years += amount * 1000; break;
                case "Q": builder.Months += amount * 3; break;
                case "M": builder.Months += amount; break;
                case "W": builder.Weeks += amount; break;
                case "D": builder.Days += amount; break;
                case "TH": builder.Hours += amount; break;
                case "TM": builder.Minutes += amount; break;
                case "TS": builder.Seconds += amount; break;
                default: return false;
            }
        }

        period = builder.Build();
        return true;
    }

    private static int Number(string s, int start, int length) => int.Parse(s.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture);

    // The day-part codes are the canonical format's own (TemporalUnits, TemporalValueText).
    private static DayPart? PartOfDay(string time) => TemporalValueText.TryDayPart(time, out var part) ? part : null;

    // The longest unit at i: two-letter units (DE, CE, ML, WE) before one-letter ones.
    private static string Unit(string s, int i, bool inTime)
    {
        if (!inTime && i + 1 < s.Length && Array.IndexOf(DateUnits, s.Substring(i, 2)) >= 0)
        {
            return s.Substring(i, 2);
        }

        return i < s.Length ? s[i].ToString() : string.Empty;
    }

    // Null when the text is a TIMEX3 value; otherwise why not, and where.
    private static string? Check(string s, out TimexValueKind kind, out int at)
    {
        kind = TimexValueKind.Reference;
        at = 0;
        if (s is "PRESENT_REF" or "PAST_REF" or "FUTURE_REF")
        {
            return null;
        }

        if (s.StartsWith('P'))
        {
            kind = TimexValueKind.Duration;
            return CheckDuration(s, out at);
        }

        if (s.StartsWith("FY", StringComparison.Ordinal))
        {
            // A fiscal year, named by the year it is counted by: FY1998, FYXXXX; a quarter or half of one, FY1998-Q1,
            // FY1998-H2.
            kind = TimexValueKind.Date;
            at = 2;
            return (s.Length == 6 && AllDigitsOrX(s.AsSpan(2)))
                || (s.Length == 9 && AllDigitsOrX(s.AsSpan(2, 4)) && s[6] == '-' && ((s[7] == 'Q' && s[8] is >= '1' and <= '4') || (s[7] == 'H' && s[8] is '1' or '2')))
                ? null
                : "a fiscal year is FY and four digits (or X), with a quarter (-Q1 to -Q4) or half (-H1, -H2) of it or none.";
        }

        var t = s.IndexOf('T', StringComparison.Ordinal);
        kind = t < 0 ? TimexValueKind.Date : TimexValueKind.Time;
        return CheckDate(t < 0 ? s : s[..t], out at) ?? (t < 0 ? null : CheckTime(s, t + 1, out at));
    }

    private static string? CheckDuration(string s, out int at)
    {
        at = 1;
        var inTime = false;
        var seen = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        while (at < s.Length)
        {
            if (s[at] == 'T' && !inTime)
            {
                inTime = true;
                at++;
                if (at == s.Length)
                {
                    return "a 'T' needs an amount of hours, minutes or seconds after it.";
                }

                continue;
            }

            var start = at;
            if (s[at] == 'X')
            {
                at++;
            }
            else
            {
                while (at < s.Length && char.IsAsciiDigit(s[at]))
                {
                    at++;
                }

                if (at < s.Length && s[at] == '.' && at > start)
                {
                    at++;
                    var fraction = at;
                    while (at < s.Length && char.IsAsciiDigit(s[at]))
                    {
                        at++;
                    }

                    if (at == fraction)
                    {
                        return "a decimal point needs digits after it.";
                    }
                }
            }

            if (at == start)
            {
                return "an amount (digits or X) is expected.";
            }

            var unit = Unit(s, at, inTime);
            var valid = inTime ? unit is "H" or "M" or "S" : Array.IndexOf(DateUnits, unit) >= 0;
            if (!valid)
            {
                return inTime ? "a time unit (H, M or S) is expected." : "a unit (Y, Q, M, W, WE, D, DE, CE or ML) is expected.";
            }

            if (!seen.Add((inTime ? "T" : string.Empty) + unit))
            {
                return $"the unit {unit} is given twice.";
            }

            at += unit.Length;
        }

        return seen.Count == 0 ? "a duration needs at least one amount and unit." : null;
    }

    private static string? CheckDate(string date, out int at)
    {
        at = 0;
        var year = date.IndexOf('-', StringComparison.Ordinal) is var dash and >= 0 ? date[..dash] : date;
        if (year.Length is < 1 or > 4 || !AllDigitsOrX(year))
        {
            return "a year of one to four digits (or X) is expected.";
        }

        if (year.Length < 4)
        {
            at = year.Length;
            return year.Length == date.Length ? null : "a millennium, century or decade has no further parts.";
        }

        if (date.Length == 4)
        {
            return null;
        }

        at = 5;
        var rest = date[5..];
        if (rest is "SP" or "SU" or "FA" or "WI")
        {
            return null;
        }

        if (rest.Length == 2 && rest[0] is 'Q' or 'H')
        {
            return rest[1] is >= '1' and <= '4' && (rest[0] == 'Q' || rest[1] <= '2') ? null : "a quarter is Q1-Q4, a half H1 or H2.";
        }

        if (rest.StartsWith('W'))
        {
            if (rest.Length < 3 || !TwoDigitsOrX(rest.AsSpan(1, 2), 1, 53))
            {
                return "a week is W01-W53 or WXX.";
            }

            if (rest[1] != 'X' && !year.Contains('X', StringComparison.Ordinal) && int.Parse(year, CultureInfo.InvariantCulture) is >= 1 and <= 9998 and var weekYear &&
                int.Parse(rest.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture) > WeekYearRules.Iso.GetWeeksInWeekYear(weekYear))
            {
                return "the week does not exist in that year (ISO weeks).";
            }

            if (rest.Length == 3)
            {
                return null;
            }

            at = 9;
            var day = rest[3..];
            return day is "-WE" || (day.Length == 2 && day[0] == '-' && (day[1] is >= '1' and <= '7' || day[1] == 'X')) ? null : "a week's day is -1 to -7, -X or -WE.";
        }

        if (rest.Length < 2 || !TwoDigitsOrX(rest.AsSpan(0, 2), 1, 12))
        {
            return "a month 01-12 (or XX), a week, a quarter, a half or a season is expected.";
        }

        if (rest.Length == 2)
        {
            return null;
        }

        at = 8;
        if (rest.Length != 5 || rest[2] != '-' || !TwoDigitsOrX(rest.AsSpan(3, 2), 1, 31))
        {
            return "a day 01-31 (or XX) is expected.";
        }

        if (AllDigitsOrX(year) && !year.Contains('X', StringComparison.Ordinal) && !rest.Contains('X', StringComparison.Ordinal))
        {
            var y = int.Parse(year, CultureInfo.InvariantCulture);
            var m = int.Parse(rest.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture);
            if (y >= 1 && int.Parse(rest.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture) > CalendarSystem.Iso.GetDaysInMonth(y, m))
            {
                return "the day does not exist in that month.";
            }
        }

        return null;
    }

    private static string? CheckTime(string s, int start, out int at)
    {
        at = start;
        var time = s[start..];
        if (PartOfDay(time) is not null)
        {
            return null;
        }

        if (time.Length < 2 || !TwoDigitsOrX(time.AsSpan(0, 2), 0, 24))
        {
            return "an hour 00-24 (or XX) or a part of the day (MO, MI, AF, EV, NI, DT) is expected.";
        }

        var i = 2;
        for (var part = 0; part < 2 && i < time.Length && time[i] == ':'; part++)
        {
            at = start + i + 1;
            if (i + 3 > time.Length || !TwoDigitsOrX(time.AsSpan(i + 1, 2), 0, 59))
            {
                return "minutes and seconds are 00-59.";
            }

            i += 3;
        }

        at = start + i;
        var zone = time[i..];
        return zone.Length == 0 || zone == "Z" || (zone.Length == 6 && zone[0] is '+' or '-' && TwoDigitsOrX(zone.AsSpan(1, 2), 0, 14) && zone[3] == ':' && TwoDigitsOrX(zone.AsSpan(4, 2), 0, 59))
            ? null
            : "a time ends, or gives its zone as Z or +hh:mm.";
    }

    private static bool AllDigitsOrX(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c) && c != 'X')
            {
                return false;
            }
        }

        return true;
    }

    private static bool TwoDigitsOrX(ReadOnlySpan<char> s, int min, int max) =>
        s is "XX" || (char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[1]) && ((s[0] - '0') * 10) + (s[1] - '0') is var n && n >= min && n <= max);
}
