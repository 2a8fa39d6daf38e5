using System;
using System.Globalization;
using NodaTime;

namespace Sitrep.Datasets.Parsing;

/// <summary>Reads field text as the datasets write it: missing values, integers, decimals, dates and booleans.</summary>
internal static class FieldText
{
    /// <summary>Missing-value spellings seen in exports: empty, a lone space, R's <c>NA</c>.</summary>
    internal static bool IsMissing(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]))
        {
            return text is "NA";
        }

        var trimmed = text.Trim();
        return trimmed.IsEmpty || trimmed is "NA";
    }

    internal static string? Text(string? text) => text is null || IsMissing(text) ? null : text;

    internal static long? Long(string? text) => text is not null && TryLong(text, out var value) ? value : null;

    internal static long? Long(ReadOnlySpan<char> text) => TryLong(text, out var value) ? value : null;

    internal static double? Double(ReadOnlySpan<char> text) => TryDouble(text, out var value) ? value : null;

    internal static LocalDate? IsoDate(ReadOnlySpan<char> text) => TryIsoDate(text, out var value) ? value : null;

    internal static LocalDate? CompactDate(ReadOnlySpan<char> text) => TryCompactDate(text, out var value) ? value : null;

    internal static LocalDate? SpelledDate(ReadOnlySpan<char> text) => TrySpelledDate(text, out var value) ? value : null;

    internal static double? Double(string? text) => text is not null && TryDouble(text, out var value) ? value : null;

    internal static LocalDate? IsoDate(string? text) => text is not null && TryIsoDate(text, out var value) ? value : null;

    internal static LocalDate? CompactDate(string? text) => text is not null && TryCompactDate(text, out var value) ? value : null;

    internal static bool TryLong(ReadOnlySpan<char> text, out long value)
    {
        // Most fields are a few ASCII digits: read them directly; anything else goes to the framework's parser.
        if (text.Length is > 0 and <= 18)
        {
            long n = 0;
            var i = 0;
            for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
            {
                n = (n * 10) + (text[i] - '0');
            }

            if (i == text.Length)
            {
                value = n;
                return true;
            }
        }

        return long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    internal static bool TryDouble(ReadOnlySpan<char> text, out double value)
    {
        // Plain decimals (-12.345) of up to 15 digits are exact as mantissa and power of ten, so one division rounds
        // correctly; anything else (exponents, spaces, long digit runs) goes to the framework's parser.
        if (TryPlainDecimal(text, out value))
        {
            return true;
        }

        return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    private static ReadOnlySpan<double> PowersOfTen => [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    private static bool TryPlainDecimal(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (text.Length > 0 && text[0] == '-')
        {
            negative = true;
            i = 1;
        }

        long mantissa = 0;
        int digits = 0, scale = 0;
        var point = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (++digits > 15)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (c - '0');
                scale += point ? 1 : 0;
            }
            else if (c == '.' && !point)
            {
                point = true;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        value = mantissa / PowersOfTen[scale];
        value = negative ? -value : value;
        return true;
    }

    /// <summary>Reads <c>1992-02-29</c>, and the <c>1992-02-29 00:00:00.000</c> form of some exports.</summary>
    internal static bool TryIsoDate(ReadOnlySpan<char> text, out LocalDate value)
    {
        value = default;
        text = text.Trim();
        var cut = text.IndexOfAny(' ', 'T');
        if (cut >= 0)
        {
            text = text[..cut];
        }

        return text.Length == 10 && text[4] == '-' && text[7] == '-'
            && TryDate(text[..4], text.Slice(5, 2), text.Slice(8, 2), out value);
    }

    /// <summary>Reads <c>20191024</c>.</summary>
    internal static bool TryCompactDate(ReadOnlySpan<char> text, out LocalDate value)
    {
        value = default;
        text = text.Trim();
        return text.Length == 8 && TryDate(text[..4], text.Slice(4, 2), text.Slice(6, 2), out value);
    }

    /// <summary>Reads <c>20191024143000</c> (UTC), or a compact date.</summary>
    internal static bool TryCompactTimestamp(ReadOnlySpan<char> text, out LocalDateTime value)
    {
        value = default;
        text = text.Trim();
        if (!TryCompactDate(text[..Math.Min(8, text.Length)], out var date))
        {
            return false;
        }

        if (text.Length == 8)
        {
            value = date.AtMidnight();
            return true;
        }

        if (text.Length != 14
            || !int.TryParse(text.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hour) || hour > 23
            || !int.TryParse(text.Slice(10, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minute) || minute > 59
            || !int.TryParse(text.Slice(12, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var second) || second > 59)
        {
            return false;
        }

        value = date.At(new LocalTime(hour, minute, second));
        return true;
    }

    internal static LocalDate? SpelledDate(string? text) => text is not null && TrySpelledDate(text, out var value) ? value : null;

    /// <summary>
    /// Reads the date spellings of conflict-data exports: ISO <c>2020-02-27</c>, <c>27 February 2020</c>,
    /// <c>01-January-2015</c>, <c>9-May-20</c> (month names in full or three letters, any case; a two-digit year is
    /// 19yy from 70, else 20yy, since the data start in 1997).
    /// </summary>
    internal static bool TrySpelledDate(ReadOnlySpan<char> text, out LocalDate value)
    {
        value = default;
        text = text.Trim();
        if (TryIsoDate(text, out value))
        {
            return true;
        }

        Span<Range> parts = stackalloc Range[4];
        var count = text.SplitAny(parts, " -");
        if (count != 3)
        {
            return false;
        }

        var dayText = text[parts[0]];
        var monthText = text[parts[1]];
        var yearText = text[parts[2]];
        if (!int.TryParse(dayText, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || MonthNumber(monthText) is not { } month)
        {
            return false;
        }

        if (yearText.Length == 2)
        {
            year += year >= 70 ? 1900 : 2000;
        }
        else if (yearText.Length != 4)
        {
            return false;
        }

        return TryDate(year, month, day, out value);
    }

    /// <summary>What a numeric date (<c>29/12/2015</c>, <c>12.29.15</c>, <c>5-4-2015</c>) says about its order.</summary>
    internal enum NumericEvidence
    {
        /// <summary>Not a numeric date of day, month and year.</summary>
        None,

        /// <summary>Both first parts are 12 or less: either order reads it, and they may give other dates.</summary>
        Either,

        /// <summary>The first part is over 12: the day comes first.</summary>
        DayFirst,

        /// <summary>The second part is over 12: the month comes first.</summary>
        MonthFirst,
    }

    /// <summary>What a numeric date says of its order; the parts of one day and month (<c>05/05/2015</c>) are no evidence.</summary>
    internal static NumericEvidence EvidenceOf(ReadOnlySpan<char> text)
    {
        if (!TryNumericParts(text, out var first, out var second, out _))
        {
            return NumericEvidence.None;
        }

        return (first > 12, second > 12) switch
        {
            (true, false) => NumericEvidence.DayFirst,
            (false, true) => NumericEvidence.MonthFirst,
            _ => NumericEvidence.Either,
        };
    }

    /// <summary>
    /// A numeric date read in <paramref name="order"/>: day, month and year (or month, day and year) separated by
    /// <c>/</c>, <c>.</c> or <c>-</c>, the year in four digits or two (70-99 are the 1900s). <see cref="DateOrder.Auto"/>
    /// reads day first unless the parts show otherwise.
    /// </summary>
    internal static bool TryNumericDate(ReadOnlySpan<char> text, DateOrder order, out LocalDate value)
    {
        value = default;
        if (!TryNumericParts(text, out var first, out var second, out var year))
        {
            return false;
        }

        var monthFirst = order == DateOrder.MonthFirst || (order == DateOrder.Auto && second > 12 && first <= 12);
        return monthFirst ? TryDate(year, first, second, out value) : TryDate(year, second, first, out value);
    }

    private static bool TryNumericParts(ReadOnlySpan<char> text, out int first, out int second, out int year)
    {
        first = second = year = 0;
        text = text.Trim();
        Span<Range> parts = stackalloc Range[4];
        if (text.Length is < 5 or > 10 || text.SplitAny(parts, "/.-") != 3)
        {
            return false;
        }

        var a = text[parts[0]];
        var b = text[parts[1]];
        var c = text[parts[2]];
        if (a.Length is < 1 or > 2 || b.Length is < 1 or > 2 || c.Length is not (2 or 4)
            || !int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out first)
            || !int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out second)
            || !int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out year))
        {
            return false;
        }

        if (c.Length == 2)
        {
            year += year >= 70 ? 1900 : 2000;
        }

        return true;
    }

    /// <summary>Whether text has the shape of a date the readers take (ISO, or day, month name and year), whatever its values.</summary>
    internal static bool LooksLikeSpelledDate(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        Span<Range> parts = stackalloc Range[4];
        var count = text.SplitAny(parts, " -");
        return count == 3 && (MonthNumber(text[parts[1]]) is not null || (text[parts[0]].Length == 4 && int.TryParse(text[parts[0]], NumberStyles.None, CultureInfo.InvariantCulture, out _)));
    }

    internal static bool TryBoolean(ReadOnlySpan<char> text, out bool value)
    {
        text = text.Trim();
        value = text is "1" || text.Equals("TRUE", StringComparison.OrdinalIgnoreCase);
        return value || text is "0" || text.Equals("FALSE", StringComparison.OrdinalIgnoreCase);
    }

    internal static bool IsDigitCode(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryDate(ReadOnlySpan<char> y, ReadOnlySpan<char> m, ReadOnlySpan<char> d, out LocalDate value)
    {
        value = default;
        return int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && TryDate(year, month, day, out value);
    }

    private static bool TryDate(int year, int month, int day, out LocalDate value)
    {
        value = default;
        if (year is < 1 or > 9998 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        value = new LocalDate(year, month, day);
        return true;
    }

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static int? MonthNumber(ReadOnlySpan<char> name)
    {
        if (name.Length < 3)
        {
            return null;
        }

        for (var i = 0; i < MonthNames.Length; i++)
        {
            var full = MonthNames[i].AsSpan();
            if (name.Equals(full, StringComparison.OrdinalIgnoreCase) || (name.Length == 3 && name.Equals(full[..3], StringComparison.OrdinalIgnoreCase)))
            {
                return i + 1;
            }
        }

        return null;
    }
}
