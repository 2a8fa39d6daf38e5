using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Sitrep.Incidents;
using Sitrep.Text;
using Sitrep.Text.Evaluation;
using Sitrep.Text.Numbers;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval isaf FILE</c>: scores what a user gets. Each press release goes through
/// <see cref="ReportParser.Parse"/> with no publication date (the parser reads the dateline), and the draft is read
/// by <see cref="DraftTotals"/>'s documented rule: killed and captured are the draft's people killed and detained,
/// start_date its incident date. Gold is only compared, never read to set anything. Figures come under the named
/// vague-amount convention the annotators used (<see cref="NumberOptions.PressReleaseConvention"/>) and in plain
/// English, exact and within tolerance (one person, one day).
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

        var convention = new ReportContext { Numbers = NumberOptions.PressReleaseConvention };
        var plainEnglish = new ReportContext();
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
            var draft = ReportParser.Parse(text, convention).Draft;
            var plain = ReportParser.Parse(text, plainEnglish).Draft;
            killed.Add(id, goldKilled, DraftTotals.People(draft, CasualtyOutcome.Killed));
            captured.Add(id, goldCaptured, DraftTotals.People(draft, CasualtyOutcome.Detained));
            killedPlain.Add(id, goldKilled, DraftTotals.People(plain, CasualtyOutcome.Killed));
            capturedPlain.Add(id, goldCaptured, DraftTotals.People(plain, CasualtyOutcome.Detained));
            date.AddDate(id, goldDate, DraftTotals.IncidentDate(draft));
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
