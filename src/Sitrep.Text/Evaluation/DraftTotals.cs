using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Temporal;

namespace Sitrep.Text.Evaluation;

/// <summary>
/// Reads a report's totals off a draft dataset (<see cref="ReportParser.Parse"/>, <c>sitrep extract --format json</c>)
/// by one documented rule, so that anyone can score the draft they get, and <c>sitrep eval isaf</c> scores exactly
/// that: the people with an outcome are the sum over the incidents the report reports (not those it names in passing,
/// <see cref="IncidentCoverage.Background"/>), and within an incident over victim groups (a count's
/// victim category and actor), of the group's highest lower bound (low, else best, else high) among its counts of
/// that outcome: several counts for one group are retellings or competing figures, so the highest counts once. The
/// incident date is the day (the first day of a range) of the first incident in text order (by the start of its
/// earliest provenance span) whose time is known to the day, exactly or approximately, else the publication date.
/// </summary>
public static class DraftTotals
{
    /// <summary>The people with an outcome in a draft, by the rule above.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="outcome">The outcome: killed, detained, injured...</param>
    /// <returns>The total; 0 when no count gives a figure.</returns>
    public static long People(Dataset draft, CasualtyOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(draft);
        long total = 0;
        foreach (var incident in draft.Incidents)
        {
            if (incident.Coverage == IncidentCoverage.Background)
            {
                continue;
            }

            var groups = new Dictionary<(VictimCategory, ActorId?), long>();
            foreach (var count in incident.Casualties)
            {
                if (count.Outcome != outcome || LowerBound(count.Estimate) is not { } low)
                {
                    continue;
                }

                var key = (count.Victims.Category, count.Victims.Actor);
                groups[key] = Math.Max(groups.GetValueOrDefault(key), low);
            }

            foreach (var low in groups.Values)
            {
                total = total > long.MaxValue - low ? long.MaxValue : total + low;
            }
        }

        return total;
    }

    /// <summary>The incident date of a draft, by the rule above.</summary>
    /// <param name="draft">The draft.</param>
    /// <returns>The day, or <see langword="null"/> when no incident has one and the draft's source has no publication date.</returns>
    public static LocalDate? IncidentDate(Dataset draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var first = draft.Incidents
            .Where(i => i.Time is { } t && t.Precision >= TemporalPrecision.Day && t.Modifier is TemporalModifier.None or TemporalModifier.Approximate)
            .OrderBy(i => i.Provenance.Select(p => p.Span?.Start ?? int.MaxValue).DefaultIfEmpty(int.MaxValue).Min())
            .FirstOrDefault();
        return first?.Time!.Value.StartDate ?? draft.Sources.Select(s => s.Published).FirstOrDefault(p => p is not null)?.StartDate;
    }

    /// <summary>A figure's lower bound: low, else best, else high; none for an unknown figure.</summary>
    private static long? LowerBound(Estimate estimate) => estimate.Low ?? estimate.Best ?? estimate.High;
}
