using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Sitrep.Incidents;
using Sitrep.Text.Casualties;
using Sitrep.Text.Dates;
using Sitrep.Text.Numbers;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval isaf FILE</c>: reads each press release as a reporter would, finding its publication date in the
/// text (the dateline, with the release number for a missing year), then the incident date, the killed and the
/// captured; compares them with the gold values (never reading gold to set anything) and prints exact and
/// within-tolerance accuracy (one person, one day).
/// </summary>
internal static class IsafEvaluation
{
    internal static async Task<int> RunAsync(string path, bool misses, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        string[] lines;
        try
        {
            lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"sitrep: cannot read {path}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        // The annotator's habit for three vague words (README: "several" is usually 3), given as a convention; the
        // plain-English reading is reported beside it.
        var annotator = new NumberOptions
        {
            VagueAmounts = [.. NumberOptions.Default.VagueAmounts.Where(v => v.Phrase is not ("several" or "multiple" or "numerous" or "a number of")),
                new VagueAmount("several", 3, 3), new VagueAmount("multiple", 3, 3), new VagueAmount("numerous", 4, 4), new VagueAmount("a number of", 3, 3)],
        };
        var killed = new Score("killed");
        var captured = new Score("captured");
        var killedPlain = new Score("killed (plain-English vague amounts)");
        var capturedPlain = new Score("captured (plain-English vague amounts)");
        var date = new Score("start_date");
        var malformed = new List<string>();
        for (var n = 0; n < lines.Length; n++)
        {
            if (lines[n].Trim().Length == 0)
            {
                continue;
            }

            if (GoldRelease.Read(lines[n], out var release) is { } problem)
            {
                malformed.Add(string.Create(CultureInfo.InvariantCulture, $"{PrintableText.Escape(path)}:{n + 1}: {PrintableText.Escape(problem)}"));
                continue;
            }

            var (id, text, goldKilled, goldCaptured, goldDate) = release;

            // The dateline is read once per release: it dates the release and ends the headline before the lead.
            var published = PublicationDate(text, out var datelineEnd);
            var reading = Counts(text, annotator, datelineEnd);
            var plain = Counts(text, null, datelineEnd);
            killed.Add(id, goldKilled, reading.Killed);
            captured.Add(id, goldCaptured, reading.Captured);
            killedPlain.Add(id, goldKilled, plain.Killed);
            capturedPlain.Add(id, goldCaptured, plain.Captured);
            date.AddDate(id, goldDate, StartDate(text, published, datelineEnd));
        }

        foreach (var problem in malformed)
        {
            await stderr.WriteLineAsync(problem).ConfigureAwait(false);
        }

        foreach (var score in new[] { killed, captured, date, killedPlain, capturedPlain })
        {
            await stdout.WriteLineAsync(score.Summary()).ConfigureAwait(false);
            if (misses && !score.Name.Contains("plain", StringComparison.Ordinal))
            {
                foreach (var miss in score.Misses)
                {
                    await stdout.WriteLineAsync("  " + PrintableText.Escape(miss)).ConfigureAwait(false);
                }
            }
        }

        if (malformed.Count > 0)
        {
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{path}: {malformed.Count} gold line(s) could not be read and were left out of the scores.")).ConfigureAwait(false);
            return ExitCodes.DataErrors;
        }

        return ExitCodes.Clean;
    }

    /// <summary>The killed and captured the parser reads from one release, under a vague-amount convention.</summary>
    internal static (long Killed, long Captured) Counts(string text, NumberOptions? options, int datelineEnd)
    {
        var mentions = CasualtyScanner.Find(text, options);
        return (CasualtyTotals.LowerBound(text, mentions, CasualtyOutcome.Killed, datelineEnd), CasualtyTotals.LowerBound(text, mentions, CasualtyOutcome.Detained, datelineEnd));
    }

    /// <summary>The incident date the parser reads from one release, given its dateline's date and end.</summary>
    internal static LocalDate? StartDate(string text, LocalDate? published, int datelineEnd)
    {
        LocalDate? start = null;
        if (published is { } reference)
        {
            // The incident date: the earliest date in the first sentence after the dateline that has one ("confirmed
            // today the arrest ... Friday" is Friday), leaving out repeats of the dateline and dates after publication;
            // the publication day when the text gives none.
            var candidates = DateScanner.Find(text, reference)
                .Where(m => m.Span.Start >= datelineEnd && m.Value.Precision >= Sitrep.Temporal.TemporalPrecision.Day
                    && m.Value.StartDate <= reference && m.Value.StartDate >= reference.PlusDays(-31)
                    && (m.IsRelative || m.Value.StartDate != reference) && !ModifiesANoun(text, m) && !DatesTheReport(text, m))
                .ToList();
            if (candidates.Count > 0)
            {
                var sentenceEnd = SentenceEnd(text, candidates[0].Span.Start);
                start = candidates.Where(m => m.Span.Start < sentenceEnd).Min(m => m.Value.StartDate);
            }
            else
            {
                start = reference;
            }
        }

        return start;
    }

    /// <summary>
    /// "the July 2 attack", "during Saturday's election": a date after an article, or one in the possessive, names
    /// another event; it is not when this one happened.
    /// </summary>
    private static bool ModifiesANoun(string text, DateMention m)
    {
        var before = text.AsSpan(0, m.Span.Start).TrimEnd();
        return before.EndsWith(" the", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" a", StringComparison.OrdinalIgnoreCase)
            || m.Text.EndsWith("'s", StringComparison.Ordinal) || m.Text.EndsWith("\u2019s", StringComparison.Ordinal);
    }

    /// <summary>"Coalition forces today confirmed ...": a day next to a reporting verb dates the report, not the incident.</summary>
    private static bool DatesTheReport(string text, DateMention m)
    {
        var after = text.AsSpan(m.Span.End).TrimStart();
        var before = text.AsSpan(0, m.Span.Start).TrimEnd();
        foreach (var verb in (ReadOnlySpan<string>)["confirmed", "announced", "reported", "said", "released"])
        {
            if (after.StartsWith(verb, StringComparison.Ordinal) || before.EndsWith(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int SentenceEnd(string text, int from)
    {
        for (var i = from; i + 1 < text.Length; i++)
        {
            if (text[i] == '.' && char.IsWhiteSpace(text[i + 1]) && i > 0 && char.IsLower(text[i - 1]))
            {
                return i;
            }
        }

        return text.Length;
    }

    /// <summary>
    /// The dateline's date: the first written date in the opening lines, its year from the release number
    /// ("2012-06-S-026") when it has none, or from the latest year the text mentions.
    /// </summary>
    internal static LocalDate? PublicationDate(string text, out int datelineEnd)
    {
        datelineEnd = 0;
        var head = text.Length > 800 ? text[..800] : text;
        int? releaseYear = null;
        int? releaseMonth = null;
        for (var i = 0; i + 7 <= head.Length; i++)
        {
            if (char.IsAsciiDigit(head[i]) && head.Length > i + 7 && head[i + 4] == '-' && head[i + 7] == '-'
                && int.TryParse(head.AsSpan(i, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1990 and <= 2100
                && int.TryParse(head.AsSpan(i + 5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12
                && (i + 8 < head.Length && char.IsAsciiLetter(head[i + 8])))
            {
                (releaseYear, releaseMonth) = (y, m);
                break;
            }
        }

        var latestYear = releaseYear;
        if (latestYear is null)
        {
            for (var i = 0; i + 4 <= text.Length; i++)
            {
                if ((i == 0 || !char.IsAsciiDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4]))
                    && int.TryParse(text.AsSpan(i, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1990 and <= 2100)
                {
                    latestYear = Math.Max(latestYear ?? 0, y);
                }
            }
        }

        if (latestYear is not { } year)
        {
            return null;
        }

        var reference = releaseMonth is { } month ? new LocalDate(year, month, 1).With(DateAdjusters.EndOfMonth) : new LocalDate(year, 12, 31);
        var written = DateScanner.Find(head, reference).FirstOrDefault(m => !m.IsRelative && m.Value.Precision == Sitrep.Temporal.TemporalPrecision.Day);
        if (written is null)
        {
            return null;
        }

        datelineEnd = written.Span.End;
        var date = written.Value.StartDate;
        // A release number is given when the release is drafted, days or weeks before its dateline ("2010-08-CA-043"
        // on a release dated "Sept. 4"): a dateline without a year is the one nearest the number's month, which may
        // be after it, not the latest one before it.
        if (releaseMonth is not null && !written.Text.Contains(date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            && Period.Between(date, reference, PeriodUnits.Days).Days > 183)
        {
            date = date.PlusYears(1);
        }

        return date;
    }

    private sealed class Score(string name)
    {
        internal string Name => name;

        private int total;
        private int exact;
        private int near;

        internal List<string> Misses { get; } = [];

        internal void Add(string id, long gold, long got)
        {
            total++;
            exact += gold == got ? 1 : 0;
            near += Math.Abs(gold - got) <= 1 ? 1 : 0;
            if (gold != got)
            {
                Misses.Add(string.Create(CultureInfo.InvariantCulture, $"{id}: gold {gold}, parser {got}"));
            }
        }

        internal void AddDate(string id, LocalDate? gold, LocalDate? got)
        {
            total++;
            var same = gold == got;
            exact += same ? 1 : 0;
            near += gold is { } g && got is { } p && Math.Abs(Period.Between(g, p, PeriodUnits.Days).Days) <= 1 ? 1 : 0;
            if (!same)
            {
                Misses.Add($"{id}: gold {gold?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none"}, parser {got?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none"}");
            }
        }

        internal string Summary() => string.Create(
            CultureInfo.InvariantCulture,
            $"{name}: exact {exact}/{total} ({Percent(exact)}), within {(name == "start_date" ? "one day" : "one")} {near}/{total} ({Percent(near)})");

        private string Percent(int n) => EvalCommand.Percent(n, total);
    }
}
