using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using Sitrep.Sources;
using Sitrep.Temporal;
using Sitrep.Text.Actors;
using Sitrep.Text.Casualties;
using Sitrep.Text.Dates;
using Sitrep.Text.Events;
using Sitrep.Text.Numbers;
using Sitrep.Text.Places;
using Sitrep.Text.Scanning;
using Sitrep.Text.Statements;
using Sitrep.Text.TimeExpressions;
using Sitrep.Validation;

namespace Sitrep.Text;

/// <summary>
/// Turns a news report into mentions (numbers, dates, casualty counts, actors, events, places, statements), each with
/// its span, and assembles them into a draft <see cref="Dataset"/>: incidents with their means, place, time, casualty
/// counts, participants and attribution states, statements with speakers, quotes and the incidents they refer to, and
/// the actors involved. Every value in the draft carries the span it came from as provenance; nothing is invented
/// (an incident with no casualty figure gets an unknown count, not a zero). Linear in the text; untrusted text never
/// throws, and what limits the parse is reported as diagnostics.
/// </summary>
public static class ReportParser
{
    // Control characters other than tab, line feed and carriage return: C0 and C1.
    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F");

    /// <summary>Parses a report.</summary>
    /// <param name="text">The report text.</param>
    /// <param name="context">The publication date (or none, to read it from the dateline) and what else the parser should know.</param>
    /// <returns>The mentions and the draft dataset.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The publication date given is outside the years 2 to 9997.</exception>
    public static ReportParseResult Parse(string text, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Published is { } given)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(given.Year, 2, nameof(context));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(given.Year, 9997, nameof(context));
        }

        var tooLong = text.Length > context.MaxLength;
        var dateline = context.Published is null && !tooLong ? Dateline.Find(text) : null;
        var published = context.Published ?? dateline?.Date;
        var source = new Source
        {
            Id = context.SourceId,
            Kind = SourceKind.NewsOutlet,
            Title = context.Title,
            Published = published is { } day ? TemporalValue.Day(day).InZone(context.Zone) : null,
        };

        if (tooLong)
        {
            var refused = new Diagnostic(TextDiagnosticCodes.TextTooLong, DiagnosticSeverity.Error, $"The text has {text.Length.ToString(CultureInfo.InvariantCulture)} characters, more than the {context.MaxLength.ToString(CultureInfo.InvariantCulture)} allowed; nothing was parsed.");
            return new ReportParseResult { Draft = new Dataset { Sources = [source] }, Diagnostics = [refused], Published = published };
        }

        var dating = new List<Diagnostic>();
        if (dateline is not null)
        {
            dating.Add(new Diagnostic(TextDiagnosticCodes.PublicationDateFromText, DiagnosticSeverity.Info, $"No publication date was given: the dateline's {dateline.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} is used (year {dateline.YearFrom}).")
            {
                Line = LineOf(text, dateline.Span.Start, out var column),
                Column = column,
                Value = text.Substring(dateline.Span.Start, dateline.Span.Length),
            });
        }
        else if (published is null)
        {
            dating.Add(new Diagnostic(TextDiagnosticCodes.PublicationDateFromText, DiagnosticSeverity.Warning, "No publication date was given and the text has no dateline with a day and year: relative dates (\"yesterday\", \"on Friday\") are left unresolved. Give the date (ReportContext.Published, --published)."));
        }

        using var document = new TextDocument(text);
        var numbers = NumberScanner.Find(document.Tokens, context.Numbers);

        // Without a publication date, only dates that say their year stand: the reference then only fills nothing in.
        var dates = published is { } reference
            ? DateScanner.Find(document.Tokens, reference, context.Zone)
            : ValueArray.From(DateScanner.Find(document.Tokens, new LocalDate(9997, 12, 31), context.Zone).Where(HasYear));
        var casualties = CasualtyScanner.Find(document, numbers);
        using var actors = ActorScanner.Analyse(document, context.Gazetteer ?? Gazetteer.BuiltIn);
        var dateTokens = document.TokensAt(dates);
        var statements = StatementScanner.Find(document, actors, dates, dateTokens, published, out var capped);
        var events = EventScanner.Find(document, actors.ByLast);
        // The lead starts after the dateline, when the text has one for the publication date: read from the dates
        // already found when the date was given, rather than scanning the opening lines again.
        var leadStart = dateline?.Span.End ?? LeadStart(text, dates, published);
        var timeExpressions = TimeExpressionScanner.Find(document, published, dates, Quotes(statements));
        var datingDates = WithRelativeTimes(text, dates, timeExpressions, context.Zone, out var datesChanged);
        // Who among the people of a figure were of a group are parts of its count, not figures of their own.
        var (figures, parts) = casualties.Exists(c => c.Whole is not null)
            ? (casualties.FindAll(c => c.Whole is null), casualties.FindAll(c => c.Whole is not null))
            : (casualties, null);
        var assembler = new DraftAssembler(document, context, source, actors, datingDates, datesChanged ? document.TokensAt(datingDates) : dateTokens, figures, statements, events, TimedTokens(document, timeExpressions), leadStart, published, parts);
        var draft = assembler.Assemble();
        return new ReportParseResult
        {
            Numbers = numbers,
            Dates = dates,
            TimeExpressions = timeExpressions,
            RelativeTimes = ValueArray.From(assembler.RelativeTimes),
            Casualties = ValueArray.From(casualties),
            Actors = actors.Mentions(),
            Events = ValueArray.From(events.Select(e => e.Mention)),
            Places = ValueArray.From(assembler.Places),
            Statements = ValueArray.From(assembler.Statements),
            Draft = draft,
            Published = published,
            Dateline = dateline,
            Diagnostics = ValueArray.From(dating.Concat(CheckCharacters(text)).Concat(CheckNumbers(text, numbers)).Concat(Capped(capped, statements))),
        };
    }

    /// <summary>
    /// The tokens of the text's time expressions, marked (<c>Easter Sunday</c>, <c>Christmas Day</c>: no place's name);
    /// null when it has none.
    /// </summary>
    private static bool[]? TimedTokens(TextDocument document, ValueArray<TimeExpression> times)
    {
        if (times.Count == 0)
        {
            return null;
        }

        var timed = new bool[document.Count];
        foreach (var time in times)
        {
            for (var k = document.TokenAt(time.Span.Start); k < document.Count && document.Tokens[k].Start < time.Span.End; k++)
            {
                timed[k] = true;
            }
        }

        return timed;
    }

    /// <summary>
    /// After the dateline's day in the opening lines when it is the publication date (the first written day followed by
    /// a dash, else the first written day); 0 otherwise.
    /// </summary>
    private static int LeadStart(string text, ValueArray<DateMention> dates, LocalDate? published)
    {
        DateMention? first = null;
        foreach (var date in dates)
        {
            if (date.Span.Start >= Dateline.OpeningLength)
            {
                break;
            }

            if (!date.IsRelative && date.Value.Precision == TemporalPrecision.Day)
            {
                first ??= date;
                if (Dateline.MarksDateline(text, date.Span.End))
                {
                    first = date;
                    break;
                }
            }
        }

        return first is not null && first.Value.StartDate == published ? first.Span.End : 0;
    }

    // The quotes of the statements found, with their cues: the time layer reads a quote against the day it was said.
    private static List<(TextSpan Quote, int Cue)> Quotes(List<StatementFind> statements)
    {
        var quotes = new List<(TextSpan, int)>();
        foreach (var statement in statements)
        {
            if (statement.Mention.QuoteSpan is { } quote)
            {
                quotes.Add((quote, statement.Cue));
            }
        }

        return quotes;
    }

    /// <summary>The words between a clock time and a day that open brackets on another zone's clock (<c> (2300 GMT </c>): a bracket, a digit, no point or closing bracket.</summary>
    private static bool IsOtherZonesClock(ReadOnlySpan<char> between) =>
        between.TrimStart().StartsWith("(") && between.IndexOfAnyInRange('0', '9') >= 0 && !between.Contains('.') && !between.Contains(')');

    /// <summary>
    /// The dates an incident may be dated by: the date scanner's, and the days, weeks and months the time layer read
    /// relative to the publication or to a time in the text where the date scanner read nothing (<c>two days ago</c>,
    /// <c>in mid-April</c>, <c>a week ago</c>), in text order; one reading of a date for the whole parser. A night the
    /// time layer reads around the date scanner's days (<c>the night of 3-4 May</c>, <c>the night of Saturday to
    /// Sunday</c>) takes their place: the incident is that night's, not the last day's inside it. So does a clock time's
    /// own day, read by the time layer, for the other zone's day in brackets after it (<c>at around 2am local time (2300
    /// GMT Tuesday)</c>: Wednesday). So does a month or a day the time layer read around the date scanner's year alone
    /// (<c>in September last year</c>: September 2023, not 2023).
    /// </summary>
    private static ValueArray<DateMention> WithRelativeTimes(string text, ValueArray<DateMention> dates, ValueArray<TimeExpression> times, DateTimeZone? zone, out bool changed)
    {
        List<DateMention>? added = null;
        bool[]? dropped = null;
        var d = 0;
        foreach (var time in times)
        {
            if (time.Anchor == TimeAnchor.None || time.Type is not (TimeExpressionType.Date or TimeExpressionType.Time) || !time.Value.TryGetTemporalValue(out var value))
            {
                continue;
            }

            while (d < dates.Count && dates[d].Span.End <= time.Span.Start)
            {
                d++;
            }

            // "at around 2am local time (2300 GMT Tuesday)": the day in the brackets is the other zone's; the clock
            // time's own day (Wednesday's, read by the time layer) dates what happened there.
            if (time.Type == TimeExpressionType.Time && value.Precision >= TemporalPrecision.Hour && d < dates.Count && dates[d].Span.Start > time.Span.End
                && dates[d].Span.Start - time.Span.End <= 24 && IsOtherZonesClock(text.AsSpan(time.Span.End, dates[d].Span.Start - time.Span.End))
                && dates[d].Value.Precision == TemporalPrecision.Day && dates[d].Value.StartDate != value.StartDate)
            {
                dropped ??= new bool[dates.Count];
                dropped[d] = true;
                var day = TemporalValue.Day(value.StartDate);
                (added ??= []).Add(new DateMention(time.Span, time.Text, zone is null ? day : day.InZone(zone), IsRelative: true));
                continue;
            }

            if (time.Type == TimeExpressionType.Time)
            {
                if (value.Precision != TemporalPrecision.PartOfDay || time.Modifier != TimexModifier.None || d >= dates.Count || dates[d].Span.Start < time.Span.Start
                    || dates[d].Span.End > time.Span.End || dates[d].Value.Precision > TemporalPrecision.Day)
                {
                    continue;
                }

                dropped ??= new bool[dates.Count];
                var relative = false;
                for (var inside = d; inside < dates.Count && dates[inside].Span.End <= time.Span.End; inside++)
                {
                    dropped[inside] = true;
                    relative |= dates[inside].IsRelative;
                }

                (added ??= []).Add(new DateMention(time.Span, time.Text, zone is null ? value : value.InZone(zone), relative));
                continue;
            }

            if (value.Precision is not (TemporalPrecision.Day or TemporalPrecision.Week or TemporalPrecision.Month) || ModifierOf(time.Modifier) is not { } modifier)
            {
                continue;
            }

            // "in September last year": the month the time layer read around the date scanner's year takes its place.
            if (d < dates.Count && dates[d].Span.Start < time.Span.End)
            {
                if (dates[d].Span.Start < time.Span.Start || dates[d].Span.End > time.Span.End || dates[d].Value.Precision >= value.Precision
                    || (d + 1 < dates.Count && dates[d + 1].Span.Start < time.Span.End))
                {
                    continue;
                }

                dropped ??= new bool[dates.Count];
                dropped[d] = true;
            }

            var zoned = zone is null ? value : value.InZone(zone);
            (added ??= []).Add(new DateMention(time.Span, time.Text, modifier == TemporalModifier.None ? zoned : zoned.WithModifier(modifier), IsRelative: true));
        }

        changed = added is not null;
        if (added is null)
        {
            return dates;
        }

        var merged = new List<DateMention>(dates.Count + added.Count);
        for (var i = 0; i < dates.Count; i++)
        {
            if (dropped is null || !dropped[i])
            {
                merged.Add(dates[i]);
            }
        }

        merged.AddRange(added);
        merged.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return ValueArray.From(merged);
    }

    /// <summary>The part of a period a TIMEX3 modifier names, as a temporal modifier; null for a bound on a length.</summary>
    private static TemporalModifier? ModifierOf(TimexModifier modifier) => modifier switch
    {
        TimexModifier.None => TemporalModifier.None,
        TimexModifier.Start => TemporalModifier.Start,
        TimexModifier.Mid => TemporalModifier.Mid,
        TimexModifier.End => TemporalModifier.End,
        TimexModifier.Approximate => TemporalModifier.Approximate,
        _ => null,
    };

    // "June 2, 2012" says its year; "June 2" took it from the reference.
    private static bool HasYear(DateMention date) => !date.IsRelative && date.Text.Contains(date.Value.StartDate.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static IEnumerable<Diagnostic> Capped(bool capped, List<StatementFind> statements)
    {
        if (capped)
        {
            var last = statements[^1].Mention.Span;
            yield return new Diagnostic(TextDiagnosticCodes.StatementsCapped, DiagnosticSeverity.Warning, $"The text holds cue after cue: its statements would add up to far more text than it has. The first {statements.Count.ToString(CultureInfo.InvariantCulture)} statements are kept (up to offset {last.End.ToString(CultureInfo.InvariantCulture)}); cues after them are not read.")
            {
                Value = statements.Count.ToString(CultureInfo.InvariantCulture),
            };
        }
    }

    /// <summary>Figures too large to be counts: kept as unknown counts with their words, and reported once each.</summary>
    private static IEnumerable<Diagnostic> CheckNumbers(string text, ValueArray<NumberMention> numbers)
    {
        foreach (var number in numbers)
        {
            if (number.Value.IsUnknown)
            {
                yield return new Diagnostic(TextDiagnosticCodes.CountOutOfRange, DiagnosticSeverity.Warning, $"The figure at offset {number.Span.Start.ToString(CultureInfo.InvariantCulture)} is larger than any count ({long.MaxValue.ToString(CultureInfo.InvariantCulture)}); it is kept as an unknown count with its words, not as a number.")
                {
                    Line = LineOf(text, number.Span.Start, out var column),
                    Column = column,
                    Value = number.Text.Length <= 200 ? number.Text : string.Concat(number.Text.AsSpan(0, 197), "..."),
                };
            }
        }
    }

    private static List<Diagnostic> CheckCharacters(string text)
    {
        var diagnostics = new List<Diagnostic>();

        // Most texts hold neither: two vectorised searches say so without the loop below.
        if (text.AsSpan().IndexOfAny(ControlCharacters) < 0 && text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return diagnostics;
        }

        int controls = 0, firstControl = -1, surrogates = 0, firstSurrogate = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                surrogates++;
                firstSurrogate = firstSurrogate < 0 ? i : firstSurrogate;
            }
            else if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                controls++;
                firstControl = firstControl < 0 ? i : firstControl;
            }
        }

        if (controls > 0)
        {
            diagnostics.Add(new Diagnostic(TextDiagnosticCodes.ControlCharacters, DiagnosticSeverity.Warning, $"The text holds {controls.ToString(CultureInfo.InvariantCulture)} control character(s), the first at offset {firstControl.ToString(CultureInfo.InvariantCulture)}; they separate words and are otherwise ignored.")
            {
                Line = LineOf(text, firstControl, out var column),
                Column = column,
                Value = $"U+{(int)text[firstControl]:X4}",
            });
        }

        if (surrogates > 0)
        {
            diagnostics.Add(new Diagnostic(TextDiagnosticCodes.LoneSurrogate, DiagnosticSeverity.Warning, $"The text holds {surrogates.ToString(CultureInfo.InvariantCulture)} lone surrogate(s), the first at offset {firstSurrogate.ToString(CultureInfo.InvariantCulture)}; they separate words and are otherwise ignored.")
            {
                Line = LineOf(text, firstSurrogate, out var column),
                Column = column,
                Value = $"U+{(int)text[firstSurrogate]:X4}",
            });
        }

        return diagnostics;
    }

    /// <summary>The 1-based line and column of an offset.</summary>
    private static long LineOf(string text, int offset, out long column)
    {
        var before = text.AsSpan(0, offset);
        var lineStart = before.LastIndexOf('\n') + 1;
        column = offset - lineStart + 1;
        return before.Count('\n') + 1;
    }
}
