using System.Globalization;
using System.Linq;
using System.Text;
using Sitrep.Actors;
using Sitrep.Incidents;
using Sitrep.Sources;
using Sitrep.Text;

namespace Sitrep.Cli.Commands;

/// <summary>The readable form of <c>sitrep extract --format text</c>: every figure, date, statement and incident with the text it came from.</summary>
internal static class ExtractSummary
{
    internal static string Render(string text, ReportParseResult result)
    {
        var draft = result.Draft;
        var names = draft.Actors.ToDictionary(a => a.Id, a => a.Name);
        // Everything taken from the text is escaped: a control character in a report must not reach the terminal.
        string Name(ActorId id) => PrintableText.Escape(names.TryGetValue(id, out var n) ? n : id.Value)!;
        string Quote(TextSpan? span) => span is { } s && s.End <= text.Length ? $"\"{PrintableText.Escape(Flatten(text.Substring(s.Start, s.Length)))}\" {s}" : string.Empty;

        var b = new StringBuilder();
        var published = (draft.Sources.Count > 0 ? draft.Sources[0].Published : null);
        b.Append("Published ").Append(published?.ToString() ?? "?").Append('\n');

        b.Append("\nCasualty counts (").Append(draft.Incidents.Sum(i => i.Casualties.Count).ToString(CultureInfo.InvariantCulture)).Append(")\n");
        foreach (var incident in draft.Incidents)
        {
            foreach (var count in incident.Casualties)
            {
                var victims = count.Victims.Actor is { } actor ? $"{Name(actor)}, {count.Victims.Category}" : count.Victims.Category.ToString();
                var figure = count.Estimate.IsUnknown ? "unknown number" : count.Estimate.ToString();
                b.Append("  ").Append(figure).Append(' ').Append(count.Outcome.ToString().ToLowerInvariant()).Append(" (").Append(victims).Append(") in ").Append(incident.Id.Value)
                    .Append('\n').Append("    ").Append(count.Provenance.Count > 0 && count.Provenance[0] is { } p ? Quote(p.Span) + (p.Note is null ? string.Empty : " - " + PrintableText.Escape(p.Note)) : string.Empty).Append('\n');

                // Who among them were of a group: "of them, 8 (Children)".
                foreach (var part in count.Parts)
                {
                    var group = part.Victims.Description is { } description ? $"{part.Victims.Category}: {PrintableText.Escape(description)}" : part.Victims.Category.ToString();
                    b.Append("    of them, ").Append(part.Estimate.IsUnknown ? "an unknown number" : part.Estimate.ToString()).Append(" (").Append(group).Append(')')
                        .Append(part.Provenance.Count > 0 && part.Provenance[0] is { } q ? " " + Quote(q.Span) : string.Empty).Append('\n');
                }
            }
        }

        b.Append("\nDates (").Append((result.Dates.Count + result.RelativeTimes.Count).ToString(CultureInfo.InvariantCulture)).Append(")\n");
        foreach (var date in result.Dates)
        {
            b.Append("  ").Append(date.Value.ToString()).Append("  ").Append(Quote(date.Span)).Append('\n');
        }

        foreach (var relative in result.RelativeTimes)
        {
            b.Append("  ").Append(relative.Value?.ToString() ?? "unresolved").Append("  ").Append(Quote(relative.Span)).Append(" (relative to ").Append(PrintableText.Escape(relative.Anchor)).Append(")\n");
        }

        b.Append("\nStatements (").Append(draft.Statements.Count.ToString(CultureInfo.InvariantCulture)).Append(")\n");
        foreach (var statement in draft.Statements)
        {
            b.Append("  ").Append(statement.Id.Value).Append(": ").Append(statement.Kind).Append(" by ")
                .Append(statement.Speakers.Count == 0 ? "(speaker not given)" : string.Join(" and ", statement.Speakers.Select(Name)));
            if (statement.Time is { } time)
            {
                b.Append(", ").Append(time.ToString());
            }

            if (statement.Channel != Sitrep.Statements.StatementChannel.Unspecified)
            {
                b.Append(", ").Append(statement.Channel).Append(statement.Platform is null ? string.Empty : " (" + PrintableText.Escape(statement.Platform) + ")");
            }

            if (statement.Incidents.Count > 0)
            {
                b.Append(", about ").Append(string.Join(", ", statement.Incidents.Select(i => i.Value)));
            }

            b.Append("\n    ").Append(Quote(statement.Provenance.Count > 0 ? statement.Provenance[0].Span : null)).Append('\n');
            if (statement.Quote is { } quote)
            {
                b.Append("    quote: ").Append(Quote(quote.Provenance?.Span)).Append('\n');
            }
        }

        b.Append("\nIncidents (").Append(draft.Incidents.Count.ToString(CultureInfo.InvariantCulture)).Append(")\n");
        foreach (var incident in draft.Incidents)
        {
            b.Append("  ").Append(incident.Id.Value).Append(": ").Append(incident.Type).Append(incident.Scope == IncidentScope.Series ? " (series)" : string.Empty).Append(incident.Coverage == IncidentCoverage.Background ? " (background: named in passing)" : string.Empty);
            if (incident.Means.Count > 0)
            {
                b.Append(", means ").Append(string.Join(", ", incident.Means));
            }

            if (incident.Place is { } place)
            {
                b.Append(", at ").Append(PrintableText.Escape(place.Name)).Append(" (").Append(place.Precision).Append(place.Country is null ? string.Empty : ", " + place.Country).Append(')');
            }

            b.Append(", time ").Append(incident.Time?.ToString() ?? "not given").Append('\n');
            b.Append("    ").Append(Quote(incident.Provenance.Count > 0 ? incident.Provenance[0].Span : null)).Append('\n');
            foreach (var participant in incident.Participants)
            {
                b.Append("    ").Append(participant.Role).Append(": ").Append(Name(participant.Actor)).Append('\n');
            }

            foreach (var attribution in incident.Attributions)
            {
                b.Append("    ").Append(attribution.State).Append(attribution.IsOfficial ? " (official)" : string.Empty).Append(": ")
                    .Append(string.Join(attribution.IsJoint ? " and " : " or ", attribution.Perpetrators.Select(Name)))
                    .Append(" by ").Append(string.Join(" and ", attribution.AttributedBy.Select(Name))).Append('\n');
            }
        }

        return b.ToString();
    }

    private static string Flatten(string s) => s.Replace('\n', ' ').Replace('\r', ' ');
}
