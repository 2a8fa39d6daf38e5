using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sitrep.Actors;
using Sitrep.Estimates;
using Sitrep.Geography;
using Sitrep.Incidents;
using Sitrep.Places;
using Sitrep.Serialization;
using Sitrep.Sources;
using Sitrep.Statements;
using Sitrep.Temporal;

namespace Sitrep.Validation;

/// <summary>
/// Checks a <see cref="Dataset"/> against the model's rules and returns diagnostics with JSON Pointer paths into
/// the canonical form. It never throws for user data: anything a reader can produce, it can report on.
/// </summary>
public static class DatasetValidator
{
    /// <summary>Validates a dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The diagnostics, in document order; empty when the dataset is clean.</returns>
    public static ValueArray<Diagnostic> Validate(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var run = new ValidationRun(dataset);
        run.Check();
        return ValueArray.From(run.Diagnostics);
    }

    private sealed class ValidationRun
    {
        // How deep parts of casualty counts are walked: deeper than any count a source breaks down.
        private const int MaxPartDepth = 32;

        private readonly Dataset dataset;
        private readonly Dictionary<string, Source> sources = new(StringComparer.Ordinal);
        private readonly HashSet<string> actors = new(StringComparer.Ordinal);
        private readonly HashSet<string> incidents = new(StringComparer.Ordinal);
        private readonly HashSet<string> statements = new(StringComparer.Ordinal);

        internal ValidationRun(Dataset dataset) => this.dataset = dataset;

        internal List<Diagnostic> Diagnostics { get; } = [];

        internal void Check()
        {
            CollectIds();
            for (var i = 0; i < dataset.Sources.Count; i++)
            {
                CheckSource(dataset.Sources[i], $"/sources/{i}");
            }

            for (var i = 0; i < dataset.Actors.Count; i++)
            {
                CheckActor(dataset.Actors[i], $"/actors/{i}");
            }

            for (var i = 0; i < dataset.Incidents.Count; i++)
            {
                CheckIncident(dataset.Incidents[i], $"/incidents/{i}");
            }

            for (var i = 0; i < dataset.Statements.Count; i++)
            {
                CheckStatement(dataset.Statements[i], $"/statements/{i}");
            }

            CheckCycles(
                "actors",
                dataset.Actors.Count,
                i => dataset.Actors[i]?.Id.Value,
                i => dataset.Actors[i]?.Relations.Select(r => r is { Kind: ActorRelationKind.PartOf or ActorRelationKind.IntegratedInto or ActorRelationKind.MemberOf } ? r.Target.Value : null) ?? [],
                "relations",
                "/target",
                "is part of itself (through part-of, integrated-into and member-of relations)");
            CheckCycles(
                "statements",
                dataset.Statements.Count,
                i => dataset.Statements[i]?.Id.Value,
                i => dataset.Statements[i]?.RefersTo.Select(r => (string?)r.Value) ?? [],
                "refersTo",
                string.Empty,
                "refers back to itself through the statements it refers to");
        }

        /// <summary>
        /// Containment that loops (a part of a part of itself) and statements that refer to each other in a circle,
        /// found by a depth-first walk without recursion, so a long chain cannot exhaust the stack. Each circle is
        /// reported once, at the reference that closes it; a reference to itself is reported by the record's check.
        /// </summary>
        private void CheckCycles(string kind, int count, Func<int, string?> idOf, Func<int, IEnumerable<string?>> edgesOf, string edgeName, string edgeSuffix, string what)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                if (idOf(i) is { } id)
                {
                    index.TryAdd(id, i);
                }
            }

            var edges = new List<(int Target, int Edge)>[count];
            for (var i = 0; i < count; i++)
            {
                edges[i] = [];
                var e = 0;
                foreach (var target in edgesOf(i))
                {
                    if (target is not null && index.TryGetValue(target, out var t) && t != i)
                    {
                        edges[i].Add((t, e));
                    }

                    e++;
                }
            }

            var state = new byte[count];
            var stack = new List<(int Node, int Next)>();
            for (var root = 0; root < count; root++)
            {
                if (state[root] != 0)
                {
                    continue;
                }

                stack.Add((root, 0));
                state[root] = 1;
                while (stack.Count > 0)
                {
                    var (node, next) = stack[^1];
                    if (next == edges[node].Count)
                    {
                        state[node] = 2;
                        stack.RemoveAt(stack.Count - 1);
                        continue;
                    }

                    stack[^1] = (node, next + 1);
                    var (target, edge) = edges[node][next];
                    if (state[target] == 1)
                    {
                        var from = stack.FindIndex(f => f.Node == target);
                        var ring = string.Join(" -> ", stack.Skip(from).Select(f => idOf(f.Node)).Append(idOf(target)));
                        Report(DiagnosticCodes.ReferenceCycle, DiagnosticSeverity.Warning, $"/{kind}/{node}/{edgeName}/{edge}{edgeSuffix}", $"{idOf(target)} {what}: {ring}.", idOf(target));
                    }
                    else if (state[target] == 0)
                    {
                        state[target] = 1;
                        stack.Add((target, 0));
                    }
                }
            }
        }

        private void CollectIds()
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < dataset.Sources.Count; i++)
            {
                var source = dataset.Sources[i];
                if (source is null)
                {
                    continue;
                }

                CheckNewId(source.Id.Value, "source", $"/sources/{i}/id", seen);
                sources.TryAdd(source.Id.Value, source);
            }

            for (var i = 0; i < dataset.Actors.Count; i++)
            {
                if (dataset.Actors[i] is { } actor)
                {
                    CheckNewId(actor.Id.Value, "actor", $"/actors/{i}/id", actors);
                }
            }

            for (var i = 0; i < dataset.Incidents.Count; i++)
            {
                if (dataset.Incidents[i] is { } incident)
                {
                    CheckNewId(incident.Id.Value, "incident", $"/incidents/{i}/id", incidents);
                }
            }

            for (var i = 0; i < dataset.Statements.Count; i++)
            {
                if (dataset.Statements[i] is { } statement)
                {
                    CheckNewId(statement.Id.Value, "statement", $"/statements/{i}/id", statements);
                }
            }
        }

        private void CheckNewId(string id, string kind, string path, HashSet<string> seen)
        {
            if (!IsValidId(id))
            {
                Report(DiagnosticCodes.InvalidId, DiagnosticSeverity.Error, path, $"A {kind} id must be non-empty, with no whitespace or control characters.", id);
            }

            if (!seen.Add(id))
            {
                Report(DiagnosticCodes.DuplicateId, DiagnosticSeverity.Error, path, $"Another {kind} already has the id '{id}'; ids must be unique.", id);
            }
        }

        private void CheckSource(Source source, string path)
        {
            if (source is null)
            {
                Report(DiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, path, "A source cannot be null.", null);
                return;
            }

            CheckEnum(source.Kind, path + "/kind");
            CheckOptionalActor(source.Publisher, path + "/publisher");
            CheckOptionalActor(source.Author, path + "/author");
            for (var i = 0; i < source.DerivedFrom.Count; i++)
            {
                CheckSourceRef(source.DerivedFrom[i], $"{path}/derivedFrom/{i}");
            }
        }

        private void CheckActor(Actor actor, string path)
        {
            if (actor is null)
            {
                Report(DiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, path, "An actor cannot be null.", null);
                return;
            }

            if (string.IsNullOrWhiteSpace(actor.Name))
            {
                Report(DiagnosticCodes.EmptyName, DiagnosticSeverity.Error, path + "/name", "An actor needs a name.", actor.Name);
            }

            CheckEnum(actor.Kind, path + "/kind");
            CheckCountry(actor.Country, path + "/country");
            for (var i = 0; i < actor.Aliases.Count; i++)
            {
                var alias = actor.Aliases[i];
                var aliasPath = $"{path}/aliases/{i}";
                if (alias is null || string.IsNullOrWhiteSpace(alias.Name))
                {
                    Report(DiagnosticCodes.EmptyName, DiagnosticSeverity.Error, aliasPath + "/name", "An alias needs a name.", alias?.Name);
                    continue;
                }

                CheckEnum(alias.Kind, aliasPath + "/kind");
                if (alias.ValidFrom is { } from && alias.ValidUntil is { } until && until < from)
                {
                    Report(DiagnosticCodes.IntervalReversed, DiagnosticSeverity.Error, aliasPath + "/validUntil", $"The alias stops being valid ({Iso(until)}) before it starts ({Iso(from)}).", Iso(until));
                }
            }

            for (var i = 0; i < actor.Relations.Count; i++)
            {
                var relation = actor.Relations[i];
                var relationPath = $"{path}/relations/{i}";
                if (relation is null)
                {
                    Report(DiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, relationPath, "A relation cannot be null.", null);
                    continue;
                }

                CheckEnum(relation.Kind, relationPath + "/kind");
                CheckActorRef(relation.Target, relationPath + "/target");
                if (string.Equals(relation.Target.Value, actor.Id.Value, StringComparison.Ordinal))
                {
                    Report(DiagnosticCodes.SelfRelation, DiagnosticSeverity.Warning, relationPath + "/target", "The actor is related to itself.", relation.Target.Value);
                }

                if (relation.Since is { } since && relation.Until is { } end && end < since)
                {
                    Report(DiagnosticCodes.IntervalReversed, DiagnosticSeverity.Error, relationPath + "/until", $"The relation ends ({Iso(end)}) before it starts ({Iso(since)}).", Iso(end));
                }

                CheckProvenance(relation.Provenance, relationPath + "/provenance");
            }

            CheckProvenance(actor.Provenance, path + "/provenance");
        }

        private void CheckIncident(Incident incident, string path)
        {
            if (incident is null)
            {
                Report(DiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, path, "An incident cannot be null.", null);
                return;
            }

            CheckEnum(incident.Type, path + "/type");
            CheckEnum(incident.Scope, path + "/scope");
            for (var i = 0; i < incident.Means.Count; i++)
            {
                CheckEnum(incident.Means[i], $"{path}/means/{i}");
            }

            for (var i = 0; i < incident.Participants.Count; i++)
            {
                var participant = incident.Participants[i];
                var participantPath = $"{path}/participants/{i}";
                if (participant is null)
                {
                    Report(DiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, participantPath, "A participant cannot be null.", null);
                    continue;
                }

                CheckActorRef(participant.Actor, participantPath + "/actor");
                CheckEnum(participant.Role, participantPath + "/role");
                CheckProvenance(participant.Provenance, participantPath + "/provenance");
            }

            if (incident.Place is { } place)
            {
                CheckPlace(place, path + "/place");
            }

            for (var i = 0; i < incident.Casualties.Count; i++)
            {
                CheckCasualties(incident.Casualties[i], $"{path}/casualties/{i}");
            }

            for (var i = 0; i < incident.Attributions.Count; i++)
            {
                CheckAttribution(incident.Attributions[i], $"{path}/attributions/{i}");
            }

            for (var i = 0; i < incident.RelatedIncidents.Count; i++)
            {
                CheckIncidentRef(incident.RelatedIncidents[i], $"{path}/relatedIncidents/{i}");
                if (string.Equals(incident.RelatedIncidents[i].Value, incident.Id.Value, StringComparison.Ordinal))
                {
                    Report(DiagnosticCodes.SelfRelation, DiagnosticSeverity.Warning, $"{path}/relatedIncidents/{i}", "The incident is related to itself.", incident.Id.Value);
                }
            }

            CheckProvenance(incident.Provenance, path + "/provenance");
            CheckDatedAfterSources(incident.Time, incident.Provenance, path + "/time", "incident");
            if (incident.SourceRecord is { } record && (string.IsNullOrWhiteSpace(record.Format) || record.Columns.Count != record.Values.Count))
            {
                Report(
                    DiagnosticCodes.SourceRecordMalformed,
                    DiagnosticSeverity.Error,
                    path + "/sourceRecord",
                    string.IsNullOrWhiteSpace(record.Format)
                        ? "The source record does not name its format."
                        : $"The source record has {record.Columns.Count} columns but {record.Values.Count} values; they must pair up.",
                    record.Format);
            }
        }

        private void CheckPlace(Place place, string path)
        {
            CheckCountry(place.Country, path + "/country");
            CheckEnum(place.Feature, path + "/feature");
            CheckEnum(place.Precision, path + "/precision");
            if (place.Point is { } point)
            {
                if (!double.IsFinite(point.Latitude) || point.Latitude is < -90 or > 90)
                {
                    Report(DiagnosticCodes.CoordinatesOutOfRange, DiagnosticSeverity.Error, path + "/point/latitude", "A latitude lies between -90 and 90 degrees.", point.Latitude.ToString("R", CultureInfo.InvariantCulture));
                }

                if (!double.IsFinite(point.Longitude) || point.Longitude is < -180 or > 180)
                {
                    Report(DiagnosticCodes.CoordinatesOutOfRange, DiagnosticSeverity.Error, path + "/point/longitude", "A longitude lies between -180 and 180 degrees.", point.Longitude.ToString("R", CultureInfo.InvariantCulture));
                }
            }
        }

        private void CheckCasualties(CasualtyCount count, string path, int depth = 0)
        {
            if (count is null)
            {
                Report(DiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, path, "A casualty count cannot be null.", null);
                return;
            }

            CheckEnum(count.Outcome, path + "/outcome");
            CheckEnum(count.Victims.Category, path + "/victims/category");
            CheckOptionalActor(count.Victims.Actor, path + "/victims/actor");
            CheckEstimate(count.Estimate, path + "/estimate");
            CheckProvenance(count.Provenance, path + "/provenance");
            if (count.Parts.IsEmpty)
            {
                return;
            }

            // Parts nest as deep as a document may (the reader bounds it); a count built in code is walked no deeper.
            if (depth >= MaxPartDepth)
            {
                Report(DiagnosticCodes.NestingTooDeep, DiagnosticSeverity.Error, path + "/parts", $"Parts of casualty counts nest more than {MaxPartDepth} deep; the parts below are not checked.", null);
                return;
            }

            // The most the whole may be (none for "at least" or unknown): a part above it, or parts together above it,
            // count more people than the whole does; the parts together are reported only when no part alone was.
            var wholeMost = count.Estimate.Qualifier is EstimateQualifier.AtLeast or EstimateQualifier.Unknown ? null : count.Estimate.High ?? count.Estimate.Best ?? count.Estimate.Low;
            long partsLeast = 0;
            var onePartAbove = false;
            for (var i = 0; i < count.Parts.Count; i++)
            {
                var part = count.Parts[i];
                var partPath = $"{path}/parts/{i}";
                CheckCasualties(part, partPath, depth + 1);
                if (part is null)
                {
                    continue;
                }

                if (part.Outcome != count.Outcome)
                {
                    Report(DiagnosticCodes.PartOutcomeDiffers, DiagnosticSeverity.Error, partPath + "/outcome", $"A part of a count of people {Naming.EnumName(count.Outcome)} tells people {Naming.EnumName(part.Outcome)}; a part counts some of the same people, with the same outcome.", Naming.EnumName(part.Outcome));
                    continue;
                }

                if ((part.Estimate.Low ?? part.Estimate.Best) is { } least and >= 0)
                {
                    if (least > wholeMost)
                    {
                        onePartAbove = true;
                        Report(DiagnosticCodes.PartsExceedWhole, DiagnosticSeverity.Warning, partPath + "/estimate", $"The part counts at least {least} people, more than the {wholeMost} its whole counts; kept as given.", Text(least));
                    }

                    partsLeast = least > long.MaxValue - partsLeast ? long.MaxValue : partsLeast + least;
                }
            }

            if (count.Parts.Count > 1 && partsLeast > wholeMost && !onePartAbove)
            {
                Report(DiagnosticCodes.PartsExceedWhole, DiagnosticSeverity.Warning, path + "/parts", $"The parts together count at least {partsLeast} people, more than the {wholeMost} their whole counts; kept as given.", Text(partsLeast));
            }
        }

        private void CheckEstimate(Estimate estimate, string path)
        {
            CheckEnum(estimate.Qualifier, path + "/qualifier");
            var negative = false;
            foreach (var (value, name) in new[] { (estimate.Low, "low"), (estimate.Best, "best"), (estimate.High, "high") })
            {
                if (value < 0)
                {
                    negative = true;
                    Report(DiagnosticCodes.NegativeCount, DiagnosticSeverity.Error, $"{path}/{name}", "A count cannot be negative.", Text(value));
                }
            }

            if (!negative)
            {
                if (estimate.Low > estimate.Best)
                {
                    Report(DiagnosticCodes.EstimateOutOfOrder, DiagnosticSeverity.Warning, path + "/low", $"The low figure ({estimate.Low}) is above the best figure ({estimate.Best}); kept as given.", Text(estimate.Low));
                }

                if (estimate.Best > estimate.High)
                {
                    Report(DiagnosticCodes.EstimateOutOfOrder, DiagnosticSeverity.Warning, path + "/high", $"The high figure ({estimate.High}) is below the best figure ({estimate.Best}); kept as given.", Text(estimate.High));
                }

                // Published data have inverted ranges too (UCDP GED 19.1, id 210317: low 2, high 1): kept as given and
                // reported as a warning, the same fact with the same severity as when the row was read.
                if (estimate.Low > estimate.High)
                {
                    Report(DiagnosticCodes.EstimateRangeInverted, DiagnosticSeverity.Warning, path + "/high", $"The high figure ({estimate.High}) is below the low figure ({estimate.Low}): the range is inverted; kept as given.", Text(estimate.High));
                }
            }

            var mismatch = estimate.Qualifier switch
            {
                EstimateQualifier.Unknown when estimate.Low is not null || estimate.Best is not null || estimate.High is not null
                    => "An unknown estimate carries no figures; use another qualifier or remove them.",
                EstimateQualifier.Exact when estimate.Best is null
                    => "An exact estimate needs a best figure.",
                EstimateQualifier.Exact when (estimate.Low is not null && estimate.Low != estimate.Best) || (estimate.High is not null && estimate.High != estimate.Best)
                    => "An exact estimate cannot have low or high figures different from its best figure; use 'range' or 'about'.",
                EstimateQualifier.AtLeast when estimate.Low is null
                    => "An 'at least' estimate needs a low figure.",
                EstimateQualifier.AtMost when estimate.High is null
                    => "An 'at most' estimate needs a high figure.",
                EstimateQualifier.About when estimate.Best is null
                    => "An 'about' estimate needs a best figure.",
                EstimateQualifier.Range when estimate.Low is null || estimate.High is null
                    => "A range needs both a low and a high figure.",
                _ => null,
            };
            if (mismatch is not null)
            {
                Report(DiagnosticCodes.EstimateQualifierMismatch, DiagnosticSeverity.Error, path + "/qualifier", mismatch, Naming.EnumName(estimate.Qualifier));
            }
        }

        private void CheckAttribution(Attribution attribution, string path)
        {
            if (attribution is null)
            {
                Report(DiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, path, "An attribution cannot be null.", null);
                return;
            }

            CheckEnum(attribution.State, path + "/state");
            for (var i = 0; i < attribution.Perpetrators.Count; i++)
            {
                CheckActorRef(attribution.Perpetrators[i], $"{path}/perpetrators/{i}");
            }

            for (var i = 0; i < attribution.AttributedBy.Count; i++)
            {
                CheckActorRef(attribution.AttributedBy[i], $"{path}/attributedBy/{i}");
            }

            for (var i = 0; i < attribution.Statements.Count; i++)
            {
                CheckStatementRef(attribution.Statements[i], $"{path}/statements/{i}");
            }

            if (attribution.State != AttributionState.Unknown && attribution.AttributedBy.IsEmpty)
            {
                Report(DiagnosticCodes.AttributionWithoutAttributor, DiagnosticSeverity.Error, path + "/attributedBy", $"A '{Naming.EnumName(attribution.State)}' attribution must say who attributes (attributedBy).", null);
            }

            if (attribution.State is AttributionState.Claimed or AttributionState.Blamed or AttributionState.Denied && attribution.Perpetrators.IsEmpty)
            {
                Report(DiagnosticCodes.AttributionWithoutPerpetrator, DiagnosticSeverity.Error, path + "/perpetrators", $"A '{Naming.EnumName(attribution.State)}' attribution must name the perpetrator(s).", null);
            }

            CheckProvenance(attribution.Provenance, path + "/provenance");
        }

        private void CheckStatement(Statement statement, string path)
        {
            if (statement is null)
            {
                Report(DiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, path, "A statement cannot be null.", null);
                return;
            }

            CheckEnum(statement.Kind, path + "/kind");
            CheckEnum(statement.Channel, path + "/channel");
            if (statement.Speakers.IsEmpty)
            {
                Report(DiagnosticCodes.StatementWithoutSpeaker, DiagnosticSeverity.Error, path + "/speakers", "A statement needs at least one speaker; use an Unknown actor when the source does not say.", null);
            }

            for (var i = 0; i < statement.Speakers.Count; i++)
            {
                CheckActorRef(statement.Speakers[i], $"{path}/speakers/{i}");
            }

            for (var i = 0; i < statement.Subjects.Count; i++)
            {
                CheckActorRef(statement.Subjects[i], $"{path}/subjects/{i}");
            }

            for (var i = 0; i < statement.Incidents.Count; i++)
            {
                CheckIncidentRef(statement.Incidents[i], $"{path}/incidents/{i}");
            }

            for (var i = 0; i < statement.RefersTo.Count; i++)
            {
                CheckStatementRef(statement.RefersTo[i], $"{path}/refersTo/{i}");
                if (string.Equals(statement.RefersTo[i].Value, statement.Id.Value, StringComparison.Ordinal))
                {
                    Report(DiagnosticCodes.SelfRelation, DiagnosticSeverity.Warning, $"{path}/refersTo/{i}", "The statement refers to itself.", statement.Id.Value);
                }
            }

            if (statement.Quote is { } quote)
            {
                if (string.IsNullOrWhiteSpace(quote.Text))
                {
                    Report(DiagnosticCodes.EmptyQuote, DiagnosticSeverity.Error, path + "/quote/text", "A quote needs its words.", quote.Text);
                }

                if (quote.Provenance is { } quoteProvenance)
                {
                    CheckOneProvenance(quoteProvenance, path + "/quote/provenance");
                }
            }
            else if (string.IsNullOrWhiteSpace(statement.Paraphrase))
            {
                Report(DiagnosticCodes.StatementWithoutContent, DiagnosticSeverity.Warning, path, "The statement has neither a quote nor a paraphrase; say what was said.", null);
            }

            CheckProvenance(statement.Provenance, path + "/provenance");
            CheckDatedAfterSources(statement.Time, statement.Provenance, path + "/time", "statement");
        }

        private void CheckDatedAfterSources(TemporalValue? time, ValueArray<Provenance> provenance, string path, string kind)
        {
            if (time is not { } when)
            {
                return;
            }

            foreach (var item in provenance)
            {
                if (item is not null
                    && sources.TryGetValue(item.Source.Value, out var source)
                    && source.Published is { } published
                    && when.Earliest >= published.LatestExclusive)
                {
                    Report(DiagnosticCodes.DatedAfterSource, DiagnosticSeverity.Warning, path, $"The {kind} is dated {when}, after source '{source.Id}' was published ({published}).", when.ToString());
                }
            }
        }

        private void CheckProvenance(ValueArray<Provenance> provenance, string path)
        {
            for (var i = 0; i < provenance.Count; i++)
            {
                CheckOneProvenance(provenance[i], $"{path}/{i}");
            }
        }

        private void CheckOneProvenance(Provenance provenance, string path)
        {
            if (provenance is null)
            {
                Report(DiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, path, "A provenance entry cannot be null.", null);
                return;
            }

            CheckSourceRef(provenance.Source, path + "/source");
            if (provenance.Span is { } span && (span.Start < 0 || span.Length < 0))
            {
                Report(DiagnosticCodes.InvalidTextSpan, DiagnosticSeverity.Error, path + "/span", "A text span has a start and a length of zero or more.", span.ToString());
            }
        }

        private void CheckCountry(string? code, string path)
        {
            if (code is not null && !CountryCodes.IsAlpha3(code))
            {
                Report(DiagnosticCodes.UnknownCountryCode, DiagnosticSeverity.Error, path, "Not an ISO 3166-1 alpha-3 country code (three upper-case letters, such as IRQ).", code);
            }
        }

        private void CheckOptionalActor(ActorId? id, string path)
        {
            if (id is { } actor)
            {
                CheckActorRef(actor, path);
            }
        }

        private void CheckActorRef(ActorId id, string path) => CheckRef(actors.Contains(id.Value ?? string.Empty), "actor", id.Value, path);

        private void CheckIncidentRef(IncidentId id, string path) => CheckRef(incidents.Contains(id.Value ?? string.Empty), "incident", id.Value, path);

        private void CheckStatementRef(StatementId id, string path) => CheckRef(statements.Contains(id.Value ?? string.Empty), "statement", id.Value, path);

        private void CheckSourceRef(SourceId id, string path) => CheckRef(sources.ContainsKey(id.Value ?? string.Empty), "source", id.Value, path);

        private void CheckRef(bool found, string kind, string? id, string path)
        {
            if (!found)
            {
                Report(DiagnosticCodes.DanglingReference, DiagnosticSeverity.Error, path, $"No {kind} has the id '{id}'.", id);
            }
        }

        private void CheckEnum<TEnum>(TEnum value, string path)
            where TEnum : struct, Enum
        {
            if (!Enum.IsDefined(value))
            {
                Report(DiagnosticCodes.UndefinedEnumValue, DiagnosticSeverity.Error, path, $"Not a defined {typeof(TEnum).Name} value.", value.ToString());
            }
        }

        private void Report(string code, DiagnosticSeverity severity, string path, string message, string? value) =>
            Diagnostics.Add(new Diagnostic(code, severity, message) { Path = path, Value = Diagnostic.Shorten(value) });

        private static bool IsValidId(string? id) => id is not null && IdentifierText.IsValid(id);

        private static string? Text(long? value) => value?.ToString(CultureInfo.InvariantCulture);

        private static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
    }
}
