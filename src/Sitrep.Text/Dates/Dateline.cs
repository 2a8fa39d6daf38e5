using System;
using System.Globalization;
using System.Linq;
using NodaTime;
using Sitrep.Sources;
using Sitrep.Temporal;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.Dates;

/// <summary>
/// The publication date a report gives itself: the written day of its dateline in the opening lines ("KABUL,
/// Afghanistan (June 2, 2012) -": the first day followed by a dash, else the first written day there, as in a byline
/// or a title "Operational Update, Jan. 12, 2011"), with its year, when it has none, from a release number near the top
/// ("2012-06-S-026": the dateline nearest the number's month, which may be after it, since numbers are given when a
/// release is drafted) or else the latest year the text mentions. Used when a <see cref="ReportContext"/> gives no date.
/// </summary>
/// <param name="Date">The publication day.</param>
/// <param name="Span">Where the dateline's date is; the lead starts after it.</param>
/// <param name="YearFrom">Where the year came from: <c>written</c>, <c>release number</c> or <c>latest year in the text</c>.</param>
public sealed record Dateline(LocalDate Date, TextSpan Span, string YearFrom)
{
    /// <summary>How far into the text a dateline is looked for, in characters.</summary>
    internal const int OpeningLength = 800;

    /// <summary>Finds the dateline of a report.</summary>
    /// <param name="text">The report.</param>
    /// <returns>The dateline, or <see langword="null"/> when the opening lines have no written day or the text no year.</returns>
    public static Dateline? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.Length > OpeningLength ? text[..OpeningLength] : text;
        int? releaseYear = null;
        int? releaseMonth = null;
        for (var i = 0; i + 8 < head.Length; i++)
        {
            if (char.IsAsciiDigit(head[i]) && head[i + 4] == '-' && head[i + 7] == '-'
                && int.TryParse(head.AsSpan(i, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1990 and <= 2100
                && int.TryParse(head.AsSpan(i + 5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12
                && char.IsAsciiLetter(head[i + 8]))
            {
                (releaseYear, releaseMonth) = (y, m);
                break;
            }
        }

        var latestYear = releaseYear ?? LatestYear(text);
        if (latestYear is not { } year)
        {
            return null;
        }

        var reference = releaseMonth is { } month ? new LocalDate(year, month, 1).With(DateAdjusters.EndOfMonth) : new LocalDate(year, 12, 31);
        var days = DateScanner.Find(head, reference).Where(d => !d.IsRelative && d.Value.Precision == TemporalPrecision.Day).ToList();
        var written = days.Find(d => MarksDateline(head, d.Span.End)) ?? days.FirstOrDefault();
        if (written is null)
        {
            return null;
        }

        var date = written.Value.StartDate;
        var hasYear = written.Text.Contains(date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (releaseMonth is not null && !hasYear && Period.Between(date, reference, PeriodUnits.Days).Days > 183)
        {
            date = date.PlusYears(1);
        }

        return new Dateline(date, written.Span, hasYear ? "written" : releaseMonth is not null ? "release number" : "latest year in the text");
    }

    /// <summary>Whether a dash follows a date, over a closing parenthesis and spaces: "(June 2, 2012) -" ends a dateline.</summary>
    internal static bool MarksDateline(string text, int end)
    {
        var i = end;
        while (i < text.Length && i < end + 4 && (text[i] is ')' || char.IsWhiteSpace(text[i])))
        {
            i++;
        }

        return i < text.Length && text[i] is '-' or '\u2013' or '\u2014';
    }

    /// <summary>
    /// Whether the day written at tokens <paramref name="first"/> to <paramref name="end"/> (exclusive) is the date of a
    /// dateline: in parentheses after a place (<c>KABUL, Afghanistan (Jan. 28, 2011) -</c>), the closing parenthesis
    /// followed by a dash or the end of its line. A report that carries another after its own (an update appended to a
    /// release, a digest of wires) starts a new report there.
    /// </summary>
    internal static bool IsDatelineDate(TokenList tokens, int first, int end)
    {
        if (first < 2 || end > tokens.Count || end <= first || tokens[first - 1] is not { Kind: TokenKind.Symbol } open || open.Symbol != '('
            || tokens[first - 2] is not { Kind: TokenKind.Word, Capitalised: true })
        {
            return false;
        }

        var text = tokens.Text;
        var i = tokens[end - 1].End;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i >= text.Length || text[i] != ')')
        {
            return false;
        }

        i++;
        while (i < text.Length && text[i] is ' ' or '\t' or '\u00A0')
        {
            i++;
        }

        return i >= text.Length || text[i] is '-' or '\u2013' or '\u2014' or '\n' or '\r' or '\u2028' or '\u2029';
    }

    /// <summary>
    /// The day a release appended to a report starts, given the <paramref name="day"/> of a dateline
    /// (<see cref="IsDatelineDate"/>): that day when the dateline comes after the report's own, is another day than
    /// <paramref name="current"/> and lies within a year of it, in the years 2 to 9997 a publication day may have (so
    /// that what is counted from it stays in the calendar); <see langword="null"/> otherwise. Notes in
    /// <paramref name="datelineSeen"/> that a dateline was read. The one rule the date scanner and the time layer
    /// move their reference day by.
    /// </summary>
    internal static LocalDate? ReleaseDay(LocalDate day, LocalDate current, ref bool datelineSeen)
    {
        var later = datelineSeen;
        datelineSeen = true;
        return later && day != current && day.Year is >= 2 and <= 9997 && Math.Abs(Period.DaysBetween(current, day)) <= 366 ? day : null;
    }

    /// <summary>
    /// The month and day of <paramref name="day"/> in the year, of the one before, the same and the one after
    /// <paramref name="current"/>'s, that puts it nearest to <paramref name="current"/> (a later release's dateline
    /// written without its year); <see langword="null"/> when none is in the calendar.
    /// </summary>
    internal static LocalDate? NearestYear(LocalDate day, LocalDate current)
    {
        LocalDate? nearest = null;
        for (var year = current.Year - 1; year <= current.Year + 1; year++)
        {
            if (year is < 2 or > 9997 || day.Day > CalendarSystem.Iso.GetDaysInMonth(year, day.Month))
            {
                continue;
            }

            var candidate = new LocalDate(year, day.Month, day.Day);
            if (nearest is not { } best || Math.Abs(Period.DaysBetween(current, candidate)) < Math.Abs(Period.DaysBetween(current, best)))
            {
                nearest = candidate;
            }
        }

        return nearest;
    }

    // The latest year from 1990 to 2100 written as four digits on their own: digit runs found by a vectorised search.
    private static int? LatestYear(string text)
    {
        int? latest = null;
        var at = 0;
        while (at < text.Length)
        {
            var start = text.AsSpan(at).IndexOfAnyInRange('0', '9');
            if (start < 0)
            {
                break;
            }

            start += at;
            var end = start;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            if (end - start == 4 && int.TryParse(text.AsSpan(start, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1990 and <= 2100)
            {
                latest = Math.Max(latest ?? 0, y);
            }

            at = end;
        }

        return latest;
    }
}
