using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Sitrep.Sources;
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
        Find(document, reference, dates, []);

    /// <summary>
    /// Finds the time expressions, reading relative ones inside quoted speech against the day the words were said
    /// when the sentence names it ("We will strike tomorrow," he said on Tuesday): the day nearest the cue in its
    /// sentence (within <see cref="TextDocument.Window"/> tokens), outside the quote. At most <see cref="MaxSpeechDays"/> quotes are read again, so the cost stays linear.
    /// </summary>
    internal static ValueArray<TimeExpression> Find(TextDocument document, LocalDate? reference, IReadOnlyList<DateMention> dates, IReadOnlyList<(TextSpan Quote, int Cue)> quotes)
    {
        var tokens = document.Tokens;
        var found = new TimeScan(document, reference, dates).Run();
        if (reference is null)
        {
            return ValueArray.From(found);
        }

        var reread = 0;
        Dictionary<int, List<(int Token, LocalDate Day, TextSpan Span)>>? days = null;
        foreach (var (quote, cue) in quotes)
        {
            if (cue < 0 || cue >= tokens.Count)
            {
                continue;
            }

            days ??= DaysBySentence(document, found);
            if (SpeechDay(days, document.Sentence[cue], quote, cue) is not { } said || said.Day == reference || said.Day.Year is < 2 or > 9997)
            {
                continue;
            }

            if (++reread > MaxSpeechDays)
            {
                break;
            }

            var first = tokens.TokenAt(quote.Start);
            var end = tokens.TokenAt(quote.End);
            var inQuote = DateScanner.Find(tokens, said.Day).Where(d => d.Span.Start >= quote.Start && d.Span.End <= quote.End).ToList();
            var inner = new TimeScan(document, said.Day, inQuote).Run(first, end).Where(e => e.Span.End <= quote.End).ToList();
            if (inner.Count == 0)
            {
                continue;
            }

            found.RemoveAll(e => e.Span.Start >= quote.Start && e.Span.End <= quote.End);
            foreach (var expression in inner)
            {
                found.Add(expression.Anchor == TimeAnchor.Publication ? expression with { Anchor = TimeAnchor.TextTime, AnchorSpan = said.Span } : expression);
            }
        }

        if (reread > 0)
        {
            found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            found = RemoveOverlaps(found);
        }

        return ValueArray.From(found);
    }

    /// <summary>How many quotes are read again against the day they were said.</summary>
    internal const int MaxSpeechDays = 16;

    // The expressions that name a day, by the sentence they start in, found once: each quote then looks only at its
    // cue's sentence, so many quotes in a text with many dates stay linear.
    private static Dictionary<int, List<(int Token, LocalDate Day, TextSpan Span)>> DaysBySentence(TextDocument document, List<TimeExpression> found)
    {
        var days = new Dictionary<int, List<(int Token, LocalDate Day, TextSpan Span)>>();
        foreach (var expression in found)
        {
            if (expression.Type is not (TimeExpressionType.Date or TimeExpressionType.Time) || TimeScan.DayOf(expression.Value.ToString()) is not { } day)
            {
                continue;
            }

            var at = document.Tokens.TokenAt(expression.Span.Start);
            if (at >= document.Tokens.Count)
            {
                continue;
            }

            var sentence = document.Sentence[at];
            if (!days.TryGetValue(sentence, out var inSentence))
            {
                days[sentence] = inSentence = [];
            }

            inSentence.Add((at, day, expression.Span));
        }

        return days;
    }

    // The day the words were said: a date or time naming a day, in the cue's sentence and window, outside the quote,
    // nearest the cue.
    private static (LocalDate Day, TextSpan Span)? SpeechDay(Dictionary<int, List<(int Token, LocalDate Day, TextSpan Span)>> days, int sentence, TextSpan quote, int cue)
    {
        if (!days.TryGetValue(sentence, out var inSentence))
        {
            return null;
        }

        // The entries are in text order: start at the first within the window before the cue.
        var (low, high) = (0, inSentence.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = inSentence[middle].Token < cue - TextDocument.Window ? (middle + 1, high) : (low, middle);
        }

        (LocalDate Day, TextSpan Span)? best = null;
        var bestDistance = int.MaxValue;
        for (var k = low; k < inSentence.Count && inSentence[k].Token <= cue + TextDocument.Window; k++)
        {
            var (at, day, span) = inSentence[k];
            if (span.Start < quote.End && quote.Start < span.End)
            {
                continue;
            }

            var distance = Math.Abs(at - cue);
            if (distance < bestDistance)
            {
                (best, bestDistance) = ((day, span), distance);
            }
        }

        return best;
    }

    private static List<TimeExpression> RemoveOverlaps(List<TimeExpression> sorted)
    {
        var kept = new List<TimeExpression>(sorted.Count);
        foreach (var expression in sorted)
        {
            if (kept.Count == 0 || expression.Span.Start >= kept[^1].Span.End)
            {
                kept.Add(expression);
            }
        }

        return kept;
    }
}
