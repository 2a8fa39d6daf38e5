using System;
using System.Collections.Generic;
using System.Globalization;
using Sitrep.Text.TimeExpressions;

namespace Sitrep.Text.Evaluation;

/// <summary>
/// Scores what a user gets on TimeML gold (<c>sitrep eval timeml</c> prints this): each document's text goes through
/// <see cref="ReportParser.Parse"/> with the document creation time as the publication date (the dateline when the
/// document has none), and <see cref="ReportParseResult.TimeExpressions"/> is compared with the gold
/// <c>TIMEX3</c> tags by the TempEval-3 measures (<see cref="TimexScore"/>). Gold is only compared, never read to set anything.
/// </summary>
public static class TimeMlEvaluation
{
    /// <summary>Scores the parser on gold documents.</summary>
    /// <param name="documents">The documents, read with <see cref="TimeMlDocument.Read"/>.</param>
    /// <returns>The measures, with every miss listed.</returns>
    public static TimexScore Score(IEnumerable<TimeMlDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var score = new TimexScore();
        foreach (var document in documents)
        {
            ArgumentNullException.ThrowIfNull(document, nameof(documents));
            var found = ReportParser.Parse(document.Text, new ReportContext(document.Created)).TimeExpressions;
            score.AddDocument(document.Gold.Count, found.Count);
            Compare(document, found, score);
        }

        return score;
    }

    // Both lists are in text order without overlaps, so one merge pass pairs each gold expression with the first
    // found one overlapping it.
    private static void Compare(TimeMlDocument document, ValueArray<TimeExpression> found, TimexScore score)
    {
        var inv = CultureInfo.InvariantCulture;
        var f = 0;
        foreach (var gold in document.Gold)
        {
            while (f < found.Count && found[f].Span.End <= gold.Span.Start)
            {
                score.AddMiss(string.Create(inv, $"{document.Id}@{found[f].Span.Start}: not in gold: \"{found[f].Text}\" {TimeMl.TypeName(found[f].Type)} {found[f].Value}"));
                f++;
            }

            if (f < found.Count && found[f].Span.Start < gold.Span.End)
            {
                var got = found[f];
                var typeRight = TimeMl.TypeName(got.Type) == gold.Type;
                var valueRight = got.Value.ToString() == gold.Value;
                score.AddMatch(got.Span == gold.Span, typeRight, valueRight);
                if (!typeRight || !valueRight || got.Span != gold.Span)
                {
                    score.AddMiss(string.Create(inv, $"{document.Id}@{gold.Span.Start}: gold \"{gold.Text}\" {gold.Type} {gold.Value}; found \"{got.Text}\" {TimeMl.TypeName(got.Type)} {got.Value}"));
                }

                f++;
            }
            else
            {
                score.AddMiss(string.Create(inv, $"{document.Id}@{gold.Span.Start}: missed \"{gold.Text}\" {gold.Type} {gold.Value}"));
            }
        }

        for (; f < found.Count; f++)
        {
            score.AddMiss(string.Create(inv, $"{document.Id}@{found[f].Span.Start}: not in gold: \"{found[f].Text}\" {TimeMl.TypeName(found[f].Type)} {found[f].Value}"));
        }
    }
}
