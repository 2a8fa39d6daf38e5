using System;
using NodaTime;
using NodaTime.Calendars;
using Sitrep.Validation;

namespace Sitrep.Temporal;

/// <summary>The compact text form of <see cref="TemporalValue"/>: one formatter and one hand-written parser.</summary>
internal static class TemporalValueText
{
    // Longest valid text: "approx:" + 2 x "yyyy-MM-ddTHH:mm:ss" + "/" + "@" + a TZDB id; TZDB ids are short.
    internal const int MaxLength = 128;

    private static readonly (string Prefix, TemporalModifier Modifier)[] Modifiers =
    [
        ("start:", TemporalModifier.Start),
        ("mid:", TemporalModifier.Mid),
        ("end:", TemporalModifier.End),
        ("approx:", TemporalModifier.Approximate),
    ];

    internal static string Format(TemporalValue value)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return TryFormat(value, buffer, out var written) ? new string(buffer[..written]) : FormatSlow(value);
    }

    /// <summary>Writes the compact form without allocating; false when <paramref name="destination"/> is too short.</summary>
    internal static bool TryFormat(TemporalValue value, Span<char> destination, out int written)
    {
        written = 0;
        var prefix = value.Modifier switch
        {
            TemporalModifier.Start => "start:",
            TemporalModifier.Mid => "mid:",
            TemporalModifier.End => "end:",
            TemporalModifier.Approximate => "approx:",
            _ => string.Empty,
        };
        if (!Append(destination, ref written, prefix) || !AppendUnit(destination, ref written, value.FirstAnchor, value.Precision, value.FirstDayPart))
        {
            return false;
        }

        if (value.IsInterval && !(Append(destination, ref written, "/") && AppendUnit(destination, ref written, value.LastAnchor, value.Precision, value.LastDayPart)))
        {
            return false;
        }

        return value.ZoneId is null || (Append(destination, ref written, "@") && Append(destination, ref written, value.ZoneId));
    }

    // Only for values whose zone id is longer than any TZDB id; kept so formatting never fails.
    private static string FormatSlow(TemporalValue value)
    {
        var buffer = new char[MaxLength + value.ZoneId!.Length];
        TryFormat(value, buffer, out var written);
        return new string(buffer, 0, written);
    }

    internal static ParseResult<TemporalValue> Parse(string? text) =>
        text is null ? Failure("A temporal value cannot be null.", default, 0) : Parse(text.AsSpan());

    internal static ParseResult<TemporalValue> Parse(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return Failure("A temporal value cannot be empty.", text, 0);
        }

        if (text.Length > MaxLength)
        {
            return Failure($"A temporal value is at most {MaxLength} characters long.", text, MaxLength);
        }

        var span = text;
        var position = 0;
        var modifier = TemporalModifier.None;
        foreach (var (prefix, candidate) in Modifiers)
        {
            if (span.StartsWith(prefix, StringComparison.Ordinal))
            {
                modifier = candidate;
                position = prefix.Length;
                break;
            }
        }

        string? zoneId = null;
        var end = span.Length;
        var at = span.IndexOf('@');
        if (at >= 0)
        {
            var id = text[(at + 1)..].ToString();
            if (id.Length == 0)
            {
                return Failure("A time zone id must follow '@'.", text, at + 1);
            }

            var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);
            if (zone is null)
            {
                return Failure($"'{id}' is not a time zone id in the TZDB.", text, at + 1);
            }

            zoneId = zone.Id;
            end = at;
        }

        var slash = span[position..end].IndexOf('/');
        var firstEnd = slash < 0 ? end : position + slash;
        if (!TryParseUnit(span, position, firstEnd, out var first, out var error, out var errorAt))
        {
            return Failure(error, text, errorAt);
        }

        var last = first;
        if (slash >= 0)
        {
            if (!TryParseUnit(span, firstEnd + 1, end, out last, out error, out errorAt))
            {
                return Failure(error, text, errorAt);
            }

            if (last.Precision != first.Precision)
            {
                return Failure("Both ends of an interval need the same precision.", text, firstEnd + 1);
            }

            if (TemporalUnits.Start(last.Anchor, last.Precision, last.Part) < TemporalUnits.Start(first.Anchor, first.Precision, first.Part))
            {
                return Failure("The interval ends before it starts.", text, firstEnd + 1);
            }
        }

        return ParseResult.ForValue<TemporalValue>(
            new TemporalValue(first.Anchor, first.Part, last.Anchor, last.Part, first.Precision, modifier, zoneId));
    }

    private static ParseResult<TemporalValue> Failure(string message, ReadOnlySpan<char> text, int position) =>
        ParseResult.ForError<TemporalValue>(DiagnosticCodes.InvalidTemporalValue, message, text[..Math.Min(text.Length, 201)].ToString(), position);

    private static bool AppendUnit(Span<char> destination, ref int written, LocalDateTime anchor, TemporalPrecision precision, DayPart part)
    {
        if (precision == TemporalPrecision.Week)
        {
            var date = anchor.Date;
            return Digits(destination, ref written, WeekYearRules.Iso.GetWeekYear(date), 4)
                && Append(destination, ref written, "-W")
                && Digits(destination, ref written, WeekYearRules.Iso.GetWeekOfWeekYear(date), 2);
        }

        if (!Digits(destination, ref written, anchor.Year, 4))
        {
            return false;
        }

        return precision switch
        {
            TemporalPrecision.Year => true,
            TemporalPrecision.Quarter => Append(destination, ref written, "-Q") && Digits(destination, ref written, ((anchor.Month - 1) / 3) + 1, 1),
            _ => Append(destination, ref written, "-") && Digits(destination, ref written, anchor.Month, 2)
                && (precision == TemporalPrecision.Month || AppendDayAndTime(destination, ref written, anchor, precision, part)),
        };
    }

    private static bool AppendDayAndTime(Span<char> destination, ref int written, LocalDateTime anchor, TemporalPrecision precision, DayPart part)
    {
        if (!(Append(destination, ref written, "-") && Digits(destination, ref written, anchor.Day, 2)))
        {
            return false;
        }

        if (precision == TemporalPrecision.Day)
        {
            return true;
        }

        if (!Append(destination, ref written, "T"))
        {
            return false;
        }

        if (precision == TemporalPrecision.PartOfDay)
        {
            return Append(destination, ref written, TemporalUnits.DayPartCode(part));
        }

        return Digits(destination, ref written, anchor.Hour, 2)
            && (precision < TemporalPrecision.Minute || (Append(destination, ref written, ":") && Digits(destination, ref written, anchor.Minute, 2)))
            && (precision < TemporalPrecision.Second || (Append(destination, ref written, ":") && Digits(destination, ref written, anchor.Second, 2)));
    }

    private static bool Append(Span<char> destination, ref int written, string text)
    {
        if (!text.AsSpan().TryCopyTo(destination[written..]))
        {
            return false;
        }

        written += text.Length;
        return true;
    }

    private static bool Digits(Span<char> destination, ref int written, int value, int width)
    {
        if (destination.Length - written < width)
        {
            return false;
        }

        for (var i = width - 1; i >= 0; i--)
        {
            destination[written + i] = (char)('0' + (value % 10));
            value /= 10;
        }

        written += width;
        return true;
    }

    private static bool TryParseUnit(ReadOnlySpan<char> text, int start, int end, out Unit unit, out string error, out int errorAt)
    {
        unit = default;
        error = string.Empty;
        errorAt = start;
        var p = start;
        if (!TryDigits(text, ref p, end, 4, out var year))
        {
            return Fail("Expected a four-digit year.", p, out error, out errorAt);
        }

        if (year is < TemporalValue.MinYear or > TemporalValue.MaxYear)
        {
            return Fail("Years run from 0001 to 9998.", start, out error, out errorAt);
        }

        if (p == end)
        {
            unit = new Unit(new LocalDateTime(year, 1, 1, 0, 0), TemporalPrecision.Year, default);
            return true;
        }

        if (text[p] != '-')
        {
            return Fail("Expected '-' after the year.", p, out error, out errorAt);
        }

        p++;
        if (p < end && text[p] == 'Q')
        {
            p++;
            if (!TryDigits(text, ref p, end, 1, out var quarter) || quarter is < 1 or > 4 || p != end)
            {
                return Fail("A quarter is written Q1 to Q4 and ends the unit.", p, out error, out errorAt);
            }

            unit = new Unit(new LocalDateTime(year, ((quarter - 1) * 3) + 1, 1, 0, 0), TemporalPrecision.Quarter, default);
            return true;
        }

        if (p < end && text[p] == 'W')
        {
            p++;
            var weekAt = p;
            if (!TryDigits(text, ref p, end, 2, out var week) || p != end)
            {
                return Fail("A week is written W01 to W53 and ends the unit.", p, out error, out errorAt);
            }

            if (week < 1 || week > WeekYearRules.Iso.GetWeeksInWeekYear(year))
            {
                return Fail($"Week {week} does not exist in ISO week-year {year}.", weekAt, out error, out errorAt);
            }

            var monday = LocalDate.FromWeekYearWeekAndDay(year, week, IsoDayOfWeek.Monday);
            unit = new Unit(monday.AtMidnight(), TemporalPrecision.Week, default);
            return true;
        }

        var monthAt = p;
        if (!TryDigits(text, ref p, end, 2, out var month))
        {
            return Fail("Expected a two-digit month, Qn or Wnn after the year.", p, out error, out errorAt);
        }

        if (month is < 1 or > 12)
        {
            return Fail($"Month {month} does not exist.", monthAt, out error, out errorAt);
        }

        if (p == end)
        {
            unit = new Unit(new LocalDateTime(year, month, 1, 0, 0), TemporalPrecision.Month, default);
            return true;
        }

        if (text[p] != '-')
        {
            return Fail("Expected '-' after the month.", p, out error, out errorAt);
        }

        p++;
        var dayAt = p;
        if (!TryDigits(text, ref p, end, 2, out var day))
        {
            return Fail("Expected a two-digit day.", p, out error, out errorAt);
        }

        if (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return Fail($"{year:D4}-{month:D2} has no day {day}.", dayAt, out error, out errorAt);
        }

        var date = new LocalDate(year, month, day);
        if (p == end)
        {
            unit = new Unit(date.AtMidnight(), TemporalPrecision.Day, default);
            return true;
        }

        if (text[p] != 'T')
        {
            return Fail("Expected 'T' after the day.", p, out error, out errorAt);
        }

        p++;
        if (end - p == 2 && TryDayPart(text.Slice(p, 2), out var part))
        {
            unit = new Unit(date.AtMidnight(), TemporalPrecision.PartOfDay, part);
            return true;
        }

        var hourAt = p;
        if (!TryDigits(text, ref p, end, 2, out var hour))
        {
            return Fail("Expected a two-digit hour or a part of day (MO, MI, AF, EV, NI, DT) after 'T'.", p, out error, out errorAt);
        }

        if (hour > 23)
        {
            return Fail($"Hour {hour} does not exist.", hourAt, out error, out errorAt);
        }

        if (p == end)
        {
            unit = new Unit(date.At(new LocalTime(hour, 0)), TemporalPrecision.Hour, default);
            return true;
        }

        if (text[p] != ':')
        {
            return Fail("Expected ':' after the hour.", p, out error, out errorAt);
        }

        p++;
        var minuteAt = p;
        if (!TryDigits(text, ref p, end, 2, out var minute) || minute > 59)
        {
            return Fail("Expected a two-digit minute, 00 to 59.", minuteAt, out error, out errorAt);
        }

        if (p == end)
        {
            unit = new Unit(date.At(new LocalTime(hour, minute)), TemporalPrecision.Minute, default);
            return true;
        }

        if (text[p] != ':')
        {
            return Fail("Expected ':' after the minute.", p, out error, out errorAt);
        }

        p++;
        var secondAt = p;
        if (!TryDigits(text, ref p, end, 2, out var second) || second > 59 || p != end)
        {
            return Fail("Expected a two-digit second, 00 to 59, at the end of the unit.", secondAt, out error, out errorAt);
        }

        unit = new Unit(date.At(new LocalTime(hour, minute, second)), TemporalPrecision.Second, default);
        return true;
    }

    /// <summary>The part of a day a two-letter code names (<c>MO</c>, <c>MI</c>, <c>AF</c>, <c>EV</c>, <c>NI</c>, <c>DT</c>), as TIMEX3 writes them too.</summary>
    internal static bool TryDayPart(ReadOnlySpan<char> code, out DayPart part)
    {
        part = code switch
        {
            "MO" => DayPart.Morning,
            "MI" => DayPart.Midday,
            "AF" => DayPart.Afternoon,
            "EV" => DayPart.Evening,
            "NI" => DayPart.Night,
            "DT" => DayPart.Daytime,
            _ => (DayPart)(-1),
        };
        return part >= 0;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, ref int position, int end, int count, out int value)
    {
        value = 0;
        if (end - position < count)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            var c = text[position + i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        position += count;
        return true;
    }

    private static bool Fail(string message, int at, out string error, out int errorAt)
    {
        error = message;
        errorAt = at;
        return false;
    }

    private readonly record struct Unit(LocalDateTime Anchor, TemporalPrecision Precision, DayPart Part);
}
