using System;
using System.Globalization;
using NodaTime;

namespace Sitrep.Datasets.Ucdp;

/// <summary>Reads UCDP GED field text: missing values, integers, decimals, dates and booleans as the releases write them.</summary>
internal static class UcdpGedFields
{
    /// <summary>Missing-value spellings seen in exports: empty, a lone space, R's <c>NA</c>.</summary>
    internal static bool IsMissing(ReadOnlySpan<char> text) => text.Trim().IsEmpty || text.Trim().SequenceEqual("NA");

    internal static string? Text(string? text) => text is null || IsMissing(text) ? null : text;

    internal static long? Long(string? text) => text is not null && TryLong(text, out var value) ? value : null;

    internal static double? Double(string? text) => text is not null && TryDouble(text, out var value) ? value : null;

    internal static LocalDate? Date(string? text) => text is not null && TryDate(text, out var value) ? value : null;

    internal static bool TryLong(ReadOnlySpan<char> text, out long value) =>
        long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    internal static bool TryDouble(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>Reads <c>1992-02-29</c>, and the <c>1992-02-29 00:00:00.000</c> form of some exports.</summary>
    internal static bool TryDate(ReadOnlySpan<char> text, out LocalDate value)
    {
        value = default;
        text = text.Trim();
        var cut = text.IndexOfAny(' ', 'T');
        if (cut >= 0)
        {
            text = text[..cut];
        }

        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || year is < 1 or > 9998 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        value = new LocalDate(year, month, day);
        return true;
    }

    internal static bool TryBoolean(ReadOnlySpan<char> text, out bool value)
    {
        text = text.Trim();
        value = text is "1" || text.Equals("TRUE", StringComparison.OrdinalIgnoreCase);
        return value || text is "0" || text.Equals("FALSE", StringComparison.OrdinalIgnoreCase);
    }
}
