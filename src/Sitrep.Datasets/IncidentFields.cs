using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using Sitrep.Actors;
using Sitrep.Estimates;
using Sitrep.Geography;
using Sitrep.Incidents;
using Sitrep.Temporal;
using Sitrep.Validation;

namespace Sitrep.Datasets;

/// <summary>
/// What the dataset writers need from an incident that did not come from their format: the death toll, the two
/// sides, the days and the country, each with a report of what had no place in a flat row.
/// </summary>
internal static class IncidentFields
{
    /// <summary>
    /// The death toll: a count of all deaths when there is one, the only count when there is one, otherwise the sum
    /// of the counts' point values (reported). Counts of other outcomes, and the parts of a count (who among the
    /// dead were of a group), are reported as not carried over; parts are never added to the toll.
    /// </summary>
    internal static Estimate? Killed(Incident incident, string format, ICollection<Diagnostic> diagnostics, string path)
    {
        var killed = new List<CasualtyCount>();
        for (var i = 0; i < incident.Casualties.Count; i++)
        {
            var count = incident.Casualties[i];
            if (count.Outcome == CasualtyOutcome.Killed)
            {
                killed.Add(count);

                // "including eight children": who among the dead were of a group has no place beside the toll.
                if (!count.Parts.IsEmpty)
                {
                    diagnostics.Add(NotCarried($"{path}/casualties/{i}/parts", $"{format} rows hold one death toll: who among the dead were of a group ({count.Parts.Count} part(s) of the count) is not carried over.", string.Join("; ", count.Parts.Select(c => (c.Victims.Description ?? c.Victims.Category.ToString()) + " " + c.Estimate))));
                }
            }
            else
            {
                diagnostics.Add(NotCarried($"{path}/casualties/{i}", $"{format} rows count deaths only; the {count.Outcome.ToString().ToLowerInvariant()} count is not carried over.", count.Estimate.ToString()));
            }
        }

        if (killed.Count == 0)
        {
            return null;
        }

        var total = killed.Find(c => c.Victims.Category == VictimCategory.Mixed) ?? (killed.Count == 1 ? killed[0] : null);
        if (total is not null)
        {
            if (killed.Count > 1)
            {
                diagnostics.Add(NotCarried(path + "/casualties/breakdown", $"{format} rows hold one death toll: the total is written, and the {killed.Count - 1} count(s) by victim group or side beside it are not carried over.", string.Join("; ", killed.Where(c => c != total).Select(c => (c.Victims.Description ?? c.Victims.Category.ToString()) + " " + c.Estimate))));
            }

            return total.Estimate;
        }

        // Counts are up to long.MaxValue each: a sum past it is held at the largest count, as "at least".
        long sum = 0;
        var overflow = false;
        foreach (var count in killed)
        {
            var value = count.Estimate.PointValue ?? 0;
            overflow |= sum > long.MaxValue - value;
            sum = overflow ? long.MaxValue : sum + value;
        }

        var figure = overflow ? "more than " + sum.ToString(CultureInfo.InvariantCulture) : sum.ToString(CultureInfo.InvariantCulture);
        diagnostics.Add(NotCarried(path + "/casualties", $"{killed.Count} death counts with no overall total were summed into one figure ({figure}); the split by victim group is not carried over.", sum.ToString(CultureInfo.InvariantCulture)));
        return overflow ? Estimate.AtLeast(sum) : Estimate.About(sum);
    }

    /// <summary>
    /// The two sides of a dataset row: the first perpetrator or party is side one; the first victim or target is side
    /// two, or, when there is none, the second party. Further perpetrators and parties go with side one, further
    /// victims and targets with side two; witnesses, responders and intervening actors are on neither side.
    /// <see cref="SideSplit.UnsureSides"/> counts parties whose side cannot be told (three or more parties, no victim).
    /// </summary>
    internal static SideSplit Sides(Incident incident, IReadOnlyDictionary<ActorId, Actor> actors)
    {
        var doers = new List<Actor>();
        var targets = new List<Actor>();
        var neither = new List<Actor>();
        foreach (var participant in incident.Participants)
        {
            if (!actors.TryGetValue(participant.Actor, out var actor) || doers.Contains(actor) || targets.Contains(actor) || neither.Contains(actor))
            {
                continue;
            }

            (participant.Role switch
            {
                ParticipantRole.Perpetrator or ParticipantRole.Party => doers,
                ParticipantRole.Victim or ParticipantRole.Target => targets,
                _ => neither,
            }).Add(actor);
        }

        var first = doers.Count > 0 ? doers[0] : null;
        Actor? second;
        var withFirst = doers.Skip(1).ToList();
        var unsure = 0;
        if (targets.Count > 0)
        {
            second = targets[0];
        }
        else
        {
            second = withFirst.Count > 0 ? withFirst[0] : null;
            withFirst = withFirst.Skip(1).ToList();
            unsure = withFirst.Count;
        }

        return new SideSplit(first, second, withFirst, targets.Skip(1).ToList(), neither, unsure);
    }

    /// <summary>Reports the parts of an incident that no dataset row holds: means, attributions, related incidents.</summary>
    internal static void ReportModelOnly(Incident incident, string format, ICollection<Diagnostic> diagnostics, string path)
    {
        if (incident.Attributions.Count > 0)
        {
            diagnostics.Add(NotCarried(path + "/attributions", $"{format} has no place for claims, blame or denials; {incident.Attributions.Count} attribution(s) are not carried over.", null));
        }

        if (incident.RelatedIncidents.Count > 0)
        {
            diagnostics.Add(NotCarried(path + "/relatedIncidents", $"{format} has no place for links between incidents; they are not carried over.", null));
        }
    }

    /// <summary>The country's ISO alpha-3 code, from the place or its external ids.</summary>
    internal static Country? CountryOf(Incident incident) =>
        incident.Place is not { } place ? null
        : CountryCodes.FromAlpha3(place.Country) ?? FromExternal(place.ExternalIds);

    /// <summary>The code an incident carries in a classification scheme (<c>acled:event_type</c>), or null.</summary>
    internal static string? Code(Incident incident, string scheme)
    {
        foreach (var classification in incident.Classifications)
        {
            if (classification.Scheme == scheme)
            {
                return classification.Code;
            }
        }

        return null;
    }

    /// <summary>The value of the first external id in a scheme (<c>ucdp-ged</c>), or null.</summary>
    internal static string? ExternalId(ValueArray<ExternalId> ids, string scheme)
    {
        foreach (var id in ids)
        {
            if (id.Scheme == scheme)
            {
                return id.Value;
            }
        }

        return null;
    }

    internal static string Date(LocalDate date) => date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

    internal static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    internal static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The days an incident spans, or null when it has no time.</summary>
    internal static (LocalDate Start, LocalDate End, TemporalPrecision Precision)? Days(TemporalValue? time) =>
        time is { } t ? (t.StartDate, t.EndDate, t.Precision) : null;

    internal static Diagnostic NotCarried(string path, string message, string? value) =>
        new(DatasetDiagnosticCodes.NotCarriedOver, DiagnosticSeverity.Warning, message) { Path = path, Value = Parsing.RowDiagnostics.Shorten(value) };

    private static Country? FromExternal(ValueArray<ExternalId> ids)
    {
        foreach (var id in ids)
        {
            var found = id.Scheme switch
            {
                "iso3166-numeric" => CountryCodes.FromNumeric(id.Value),
                "gw" => int.TryParse(id.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var gw) ? CountryCodes.FromGleditschWard(gw) : null,
                "fips" => CountryCodes.FromFips(id.Value),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }
}
