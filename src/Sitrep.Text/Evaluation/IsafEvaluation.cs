using System;
using System.Collections.Generic;
using Sitrep.Incidents;
using Sitrep.Text.Numbers;

namespace Sitrep.Text.Evaluation;

/// <summary>
/// Scores what a user gets on the ISAF gold set (<c>sitrep eval isaf</c> prints this): each release goes through
/// <see cref="ReportParser.Parse"/> with no publication date (the parser reads the dateline), and the draft is read by
/// <see cref="DraftTotals"/>'s documented rule: killed and captured are the draft's people killed and detained,
/// start_date its incident date. Gold is only compared, never read to set anything. Figures come under the named
/// vague-amount convention the annotators used (<see cref="NumberOptions.PressReleaseConvention"/>) and in plain
/// English, exact and within tolerance (one person, one day).
/// </summary>
public static class IsafEvaluation
{
    /// <summary>Scores the parser on gold releases.</summary>
    /// <param name="releases">The releases, read with <see cref="IsafGoldRelease.Read"/>.</param>
    /// <returns>The scores: killed, captured, start_date, then killed and captured in plain English.</returns>
    public static IReadOnlyList<AccuracyScore> Score(IEnumerable<IsafGoldRelease> releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
        var convention = new ReportContext { Numbers = NumberOptions.PressReleaseConvention };
        var plainEnglish = new ReportContext();
        var killed = new AccuracyScore("killed", "one");
        var captured = new AccuracyScore("captured", "one");
        var date = new AccuracyScore("start_date", "one day");
        var killedPlain = new AccuracyScore("killed (plain-English vague amounts)", "one");
        var capturedPlain = new AccuracyScore("captured (plain-English vague amounts)", "one");
        foreach (var release in releases)
        {
            ArgumentNullException.ThrowIfNull(release, nameof(releases));
            var draft = ReportParser.Parse(release.Text, convention).Draft;
            var plain = ReportParser.Parse(release.Text, plainEnglish).Draft;
            killed.Add(release.Id, release.MinKilled, DraftTotals.People(draft, CasualtyOutcome.Killed));
            captured.Add(release.Id, release.MinCaptured, DraftTotals.People(draft, CasualtyOutcome.Detained));
            killedPlain.Add(release.Id, release.MinKilled, DraftTotals.People(plain, CasualtyOutcome.Killed));
            capturedPlain.Add(release.Id, release.MinCaptured, DraftTotals.People(plain, CasualtyOutcome.Detained));
            date.AddDate(release.Id, release.StartDate, DraftTotals.IncidentDate(draft));
        }

        return [killed, captured, date, killedPlain, capturedPlain];
    }
}
