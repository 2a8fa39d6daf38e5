using System;
using System.Collections.Generic;
using NodaTime;
using Sitrep.Text.Dates;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.TimeExpressions;

/// <summary>
/// Finds the time expressions of an English news text as TimeML's TIMEX3 has them, each with its span, type, value
/// and modifier: dates (<c>March 22</c>, <c>last week</c>, <c>2009</c>, <c>the 1990s</c>, <c>this summer</c>,
/// <c>three years ago</c>, <c>now</c>), times (<c>8 p.m.</c>, <c>15:00 GMT Saturday</c>, <c>Friday morning</c>),
/// durations (<c>three days</c>, <c>the past two years</c>, <c>recent weeks</c>, <c>more than a decade</c>) and sets
/// (<c>every day</c>, <c>twice a week</c>, <c>annually</c>, <c>on Mondays</c>). Relative expressions are resolved
/// against the publication date, or against the day named before them (<c>the next day</c>, <c>two days
/// later</c>); a day or month without a year is the most recent one unless the clause points forward (<c>will begin
/// on April 7</c>). Without a publication date, what needs one is left out and a day or month alone is written with
/// <c>X</c> for its year. A hand-written scanner: linear in the text, and it never throws for any text.
/// </summary>
public static class TimeExpressionScanner
{
    /// <summary>Finds the time expressions in a text, in order.</summary>
    /// <param name="text">The text.</param>
    /// <param name="reference">The publication date, or <see langword="null"/> when it is not known.</param>
    /// <returns>The expressions; they never overlap.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reference"/> is outside the years 2 to 9997.</exception>
    public static ValueArray<TimeExpression> Find(string text, LocalDate? reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (reference is { } day)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(day.Year, 2, nameof(reference));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(day.Year, 9997, nameof(reference));
        }

        using var document = new TextDocument(text);
        return Find(document, reference);
    }

    /// <summary>Finds the time expressions in a document already tokenised; the reference has been checked.</summary>
    internal static ValueArray<TimeExpression> Find(TextDocument document, LocalDate? reference) =>
        Find(document, reference, reference is { } day ? DateScanner.Find(document.Tokens, day) : DateScanner.Find(document.Tokens, new LocalDate(9997, 12, 31)));

    /// <summary>Finds the time expressions given the dates the date scanner found (one reading of a date for the whole parser).</summary>
    internal static ValueArray<TimeExpression> Find(TextDocument document, LocalDate? reference, IReadOnlyList<DateMention> dates) =>
        ValueArray.From(new TimeScan(document, reference, dates).Run());
}
