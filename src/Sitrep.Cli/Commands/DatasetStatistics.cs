using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sitrep.Actors;
using Sitrep.Incidents;

namespace Sitrep.Cli.Commands;

/// <summary>
/// Counts for <c>sitrep stats</c>, added up one incident at a time so a dataset file can be streamed through it.
/// Casualties: per incident and outcome, the largest best figure (a range's best, not its high; an "at least" its
/// bound) among the counts reported as such (counts from several
/// sources stand side by side and must not be added); consolidated figures and breakdowns are not counted again
/// unless they are the only figures (ACLED's conservative figure); an incident whose only figure is unknown is
/// counted as unknown, not as zero.
/// </summary>
internal sealed class DatasetStatistics
{
    private readonly Dictionary<string, string> actorNames = new(StringComparer.Ordinal);

    internal long Incidents { get; private set; }

    internal SortedDictionary<string, long> ByType { get; } = new(StringComparer.Ordinal);

    internal SortedDictionary<string, long> ByMonth { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the casualties per outcome, added up exactly (a decimal holds the sum of billions of the largest counts).</summary>
    internal SortedDictionary<string, decimal> CasualtiesByOutcome { get; } = new(StringComparer.Ordinal);

    internal SortedDictionary<string, long> UnknownTollsByOutcome { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, long> IncidentsByActor { get; } = new(StringComparer.Ordinal);

    internal void AddActors(IEnumerable<Actor> actors)
    {
        foreach (var actor in actors)
        {
            actorNames.TryAdd(actor.Id.Value, actor.Name);
        }
    }

    internal void Add(Incident incident)
    {
        Incidents++;
        Increment(ByType, Name(incident.Type));
        Increment(ByMonth, incident.Time is { } time ? MonthKey(time) : "unknown");
        foreach (var outcome in incident.Casualties.Select(c => c.Outcome).Distinct())
        {
            CasualtyTolls.TryGetFigure(incident.Casualties, outcome, out var figure);
            if (figure is { } value)
            {
                var key = Name(outcome);
                CasualtiesByOutcome[key] = CasualtiesByOutcome.GetValueOrDefault(key) + value;
            }
            else
            {
                Increment(UnknownTollsByOutcome, Name(outcome));
            }
        }

        foreach (var actor in incident.Participants.Select(p => p.Actor.Value).Distinct(StringComparer.Ordinal))
        {
            Increment(IncidentsByActor, actor);
        }
    }

    /// <summary>
    /// The month an incident falls in; a time that is not known to the month (a year, a quarter, a week across two
    /// months, a range) is not put in its first month but in a bucket of its own, first and last month:
    /// <c>2020-01..2020-12</c>.
    /// </summary>
    internal static string MonthKey(Temporal.TemporalValue time)
    {
        var start = time.StartDate.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var end = time.EndDate.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return start == end ? start : start + ".." + end;
    }

    internal IEnumerable<(string Id, string Name, long Incidents)> TopActors(int count) =>
        IncidentsByActor.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(count)
            .Select(kv => (kv.Key, actorNames.GetValueOrDefault(kv.Key, kv.Key), kv.Value));

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static void Increment<TKey>(IDictionary<TKey, long> counts, TKey key, long by = 1) =>
        counts[key] = counts.TryGetValue(key, out var n) ? n + by : by;
}
