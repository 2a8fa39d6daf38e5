using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Sitrep.Actors;
using Sitrep.Datasets.Parsing;
using Sitrep.Estimates;
using Sitrep.Geography;
using Sitrep.Incidents;
using Sitrep.Places;
using Sitrep.Sources;
using Sitrep.Temporal;
using Sitrep.Validation;

namespace Sitrep.Datasets.Acled;

/// <summary>
/// Maps ACLED records into the model: one incident per event, its type from the sub-event type (the codes kept
/// verbatim as classifications), actors deduplicated by name with their kind from the inter code, fatalities as
/// ACLED's conservative best figure with the convention named, the place with its precision from
/// <c>geo_precision</c>, and the date with its precision from <c>time_precision</c>. docs/mappings.md has the tables.
/// </summary>
public sealed class AcledEventMapper : DatasetMapper<AcledEventRecord>
{
    /// <summary>The rule named on every fatality count: ACLED's own coding convention.</summary>
    public const string FatalityConvention = "ACLED: most conservative reported figure; 0 also when no figure was reported";

    /// <summary>Initializes a mapper whose incidents cite one ACLED download; actors are one per id (names that differ only in punctuation share one).</summary>
    /// <param name="version">A label for the download (its date), when known.</param>
    public AcledEventMapper(string? version = null)
        : base("acled", "acled", "Armed Conflict Location & Event Data (ACLED)", version, "https://acleddata.com/")
    {
    }

    /// <inheritdoc />
    private protected override Incident MapRecord(AcledEventRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var eventType = FieldText.Text(record["event_type"]) ?? string.Empty;
        var subEventType = FieldText.Text(record["sub_event_type"]) ?? string.Empty;
        var (type, means) = TypeOf(eventType, subEventType);
        var oneSided = eventType.Equals("Violence against civilians", StringComparison.OrdinalIgnoreCase);
        var provenance = new ValueArray<Provenance>([new Provenance(Source.Id)]);
        var participants = ImmutableArray.CreateBuilder<Participant>();
        AddActor(participants, record.Actor1, record["inter1"], oneSided ? ParticipantRole.Perpetrator : ParticipantRole.Party);
        AddActor(participants, record.Actor2, record["inter2"], oneSided ? ParticipantRole.Victim : ParticipantRole.Party);
        // Associated actors share their actor's side: in violence against civilians, assoc_actor_2 are victims too.
        foreach (var (column, side) in new[] { ("assoc_actor_1", 1), ("assoc_actor_2", 2), ("ally_actor_1", 1), ("ally_actor_2", 2) })
        {
            var role = !oneSided ? ParticipantRole.Party : side == 1 ? ParticipantRole.Perpetrator : ParticipantRole.Victim;
            foreach (var name in (FieldText.Text(record[column]) ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                AddActor(participants, name, null, role);
            }
        }

        var classifications = ImmutableArray.CreateBuilder<Classification>();
        Classify(classifications, "acled:disorder_type", record["disorder_type"]);
        Classify(classifications, "acled:event_type", eventType);
        Classify(classifications, "acled:sub_event_type", subEventType);
        Classify(classifications, "acled:interaction", record["interaction"]);
        return new Incident
        {
            Id = RecordIncidentId("acled:", record.EventIdCnty, record, "event_id_cnty"),
            Type = type,
            Description = FieldText.Text(record["notes"]),
            Classifications = new ValueArray<Classification>(classifications.ToImmutable()),
            Means = means,
            Participants = new ValueArray<Participant>(participants.ToImmutable()),
            Place = Place(record),
            Time = Time(record),
            Casualties = record.Fatalities is { } fatalities
                ? [new CasualtyCount(
                    CasualtyOutcome.Killed,
                    new VictimGroup(FieldText.Text(record["civilian_targeting"]) is null ? VictimCategory.Unknown : VictimCategory.Civilians),
                    Estimate.About(fatalities)) { ConsolidationRule = FatalityConvention, Provenance = provenance }]
                : default,
            ExternalIds = !FieldText.IsMissing(record.EventIdCnty) ? [new ExternalId("acled", record.EventIdCnty)] : [],
            Provenance = provenance,
        };
    }

    /// <summary>
    /// Turns an incident back into an ACLED row. An incident read from ACLED gets its own row back, field for field.
    /// Any other incident is written from the model: the date with time_precision (the middle day of a week or
    /// month, as ACLED codes them), event and sub-event type from its classifications or its type, the first two
    /// participants as actor1 and actor2 with inter codes from their kinds and the rest as associated actors, the
    /// death toll as fatalities, the place with geo_precision and the ISO numeric code. Whatever has no ACLED column
    /// is reported with <see cref="DatasetDiagnosticCodes.NotCarriedOver"/>.
    /// </summary>
    /// <param name="incident">The incident.</param>
    /// <param name="actors">The dataset's actors by id, to name the actors.</param>
    /// <param name="diagnostics">Receives what was not carried over.</param>
    /// <param name="layout">The columns to write; by default the incident's own ACLED columns, or the current 31-column layout.</param>
    /// <param name="path">The incident's JSON path in its dataset (<c>/incidents/3</c>), for the diagnostics.</param>
    /// <returns>The row.</returns>
    public AcledEventRecord ToRecord(Incident incident, IReadOnlyDictionary<ActorId, Actor> actors, ICollection<Diagnostic> diagnostics, ValueArray<string> layout = default, string path = "")
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(actors);
        if (layout.Count == 0)
        {
            layout = incident.SourceRecord is { } own && own.Format == Format && own.Columns.Count > 0 ? own.Columns : AcledColumns.Current;
        }

        return new AcledEventRecord(layout, Unmap(incident, layout, (i, d, p) => Synthesize(i, actors, NumericInter(layout), d, p), diagnostics, path));
    }

    /// <summary>ACLED geo_precision to place precision (1 the town, 2 near a town, 3 a larger region).</summary>
    internal static PlacePrecision PlacePrecisionOf(int? geoPrecision) => geoPrecision switch
    {
        1 => PlacePrecision.Town,
        2 => PlacePrecision.NearPoint,
        3 => PlacePrecision.Region,
        _ => PlacePrecision.Unknown,
    };

    /// <summary>
    /// Whether a layout codes actor types as numbers: the older ones (with data_id or ally_actor_1) do, the current one
    /// uses labels. Worked out once per layout: a file's rows share their first row's.
    /// </summary>
    private bool NumericInter(ValueArray<string> layout)
    {
        if (layout.Items != interLayout.Items)
        {
            interLayout = layout;
            numericInter = layout.Any(c => AcledColumns.LegacyOnly.Contains(c, StringComparer.OrdinalIgnoreCase) || AcledColumns.OldestOnly.Contains(c, StringComparer.OrdinalIgnoreCase));
        }

        return numericInter;
    }

    private ValueArray<string> interLayout;
    private bool numericInter;

    private static Dictionary<string, string> Synthesize(Incident incident, IReadOnlyDictionary<ActorId, Actor> actors, bool numericInter, ICollection<Diagnostic> diagnostics, string path)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["event_id_cnty"] = IncidentFields.ExternalId(incident.ExternalIds, "acled") ?? incident.Id.Value ?? string.Empty,
            ["notes"] = incident.Description ?? string.Empty,
        };
        if (IncidentFields.Days(incident.Time) is var (start, end, precision))
        {
            var days = Period.Between(start, end, PeriodUnits.Days).Days;
            var middle = start.PlusDays(days / 2);
            row["event_date"] = IncidentFields.Date(days == 0 ? start : middle);
            row["year"] = IncidentFields.Number((days == 0 ? start : middle).Year);
            row["time_precision"] = precision == TemporalPrecision.Week || (precision >= TemporalPrecision.Day && days is > 0 and < 7) ? "2"
                : precision >= TemporalPrecision.Day && days == 0 ? "1"
                : "3";
            if (precision is TemporalPrecision.Year or TemporalPrecision.Quarter || days > 31)
            {
                diagnostics.Add(IncidentFields.NotCarried(path + "/time", "ACLED's coarsest time precision is a month; the event is dated to the middle of its period with time_precision 3.", incident.Time!.Value.ToString()));
            }
        }
        else
        {
            diagnostics.Add(IncidentFields.NotCarried(path + "/time", "The incident has no time; ACLED rows need event_date, so it is left empty and the row will not read back.", null));
        }

        var disorder = IncidentFields.Code(incident, "acled:disorder_type");
        var eventType = IncidentFields.Code(incident, "acled:event_type");
        var subEventType = IncidentFields.Code(incident, "acled:sub_event_type");
        if (eventType is null)
        {
            (disorder, eventType, subEventType) = AcledTypeOf(incident.Type, incident.Means);
            if (incident.Type is IncidentType.Unknown or IncidentType.Other or IncidentType.Ceasefire or IncidentType.Explosion)
            {
                diagnostics.Add(IncidentFields.NotCarried(path + "/type", $"ACLED has no event type for {incident.Type}; written as {eventType} / {subEventType}.", incident.Type.ToString()));
            }
        }

        row["disorder_type"] = disorder ?? string.Empty;
        row["event_type"] = eventType;
        row["sub_event_type"] = subEventType ?? string.Empty;
        var sides = IncidentFields.Sides(incident, actors);
        var (first, second) = (sides.First, sides.Second);
        var inter1 = first is null ? null : InterCode(first, "actor1", diagnostics, path);
        var inter2 = second is null ? null : InterCode(second, "actor2", diagnostics, path);
        if (first is not null)
        {
            row["actor1"] = first.Name;
            row["inter1"] = InterText(inter1, numericInter);
        }
        else if (second is not null)
        {
            diagnostics.Add(IncidentFields.NotCarried(path + "/participants/actor1", "The incident names no perpetrator or party; actor1 is left empty (ACLED would code an unidentified group).", second.Name));
        }

        if (second is not null)
        {
            row["actor2"] = second.Name;
            row["inter2"] = InterText(inter2, numericInter);
        }

        row["interaction"] = Interaction(inter1, inter2, first is not null, second is not null, numericInter);
        if (sides.WithFirst.Count > 0)
        {
            row["assoc_actor_1"] = string.Join("; ", sides.WithFirst.Select(a => a.Name));
            if (sides.UnsureSides > 0)
            {
                diagnostics.Add(IncidentFields.NotCarried(path + "/participants/sides", $"{sides.UnsureSides} further part(ies) with no victim or target to show their side are written as allies of actor1 (assoc_actor_1).", string.Join("; ", sides.WithFirst.Select(a => a.Name))));
            }
        }

        if (sides.WithSecond.Count > 0)
        {
            row["assoc_actor_2"] = string.Join("; ", sides.WithSecond.Select(a => a.Name));
        }

        if (sides.Neither.Count > 0)
        {
            diagnostics.Add(IncidentFields.NotCarried(path + "/participants/other", $"ACLED rows name the two sides only; {sides.Neither.Count} witness(es), responder(s) or intervening actor(s) are not carried over.", string.Join("; ", sides.Neither.Select(a => a.Name))));
        }

        if (incident.Participants.Any(p => p.Role == ParticipantRole.Victim) && (second?.Kind == ActorKind.Civilians || incident.Casualties.Any(c => c.Victims.Category == VictimCategory.Civilians)))
        {
            row["civilian_targeting"] = "Civilian targeting";
        }

        var killed = IncidentFields.Killed(incident, "ACLED", diagnostics, path);
        if (killed is { } k)
        {
            // ACLED codes the most conservative figure: the low end of a range, the bound of "at least".
            var conservative = k.Low ?? k.Best ?? k.High ?? 0;
            row["fatalities"] = IncidentFields.Number(conservative);
            if ((k.Best is { } best && best != conservative) || (k.High is { } high && high != conservative))
            {
                diagnostics.Add(IncidentFields.NotCarried(path + "/casualties/range", $"ACLED's fatalities is the most conservative figure: the low estimate is written, the best and high estimates ({k}) are not carried over.", k.ToString()));
            }
        }

        if (incident.Provenance.Count > 0)
        {
            diagnostics.Add(IncidentFields.NotCarried(path + "/provenance", "ACLED's source and source_scale name the reports behind an event; the incident's provenance is not written there, and timestamp (ACLED's own edit time) is left empty.", null));
        }

        if (incident.Place is { } place)
        {
            row["location"] = place.Name ?? string.Empty;
            row["admin1"] = place.Admin1 ?? string.Empty;
            row["admin2"] = place.Admin2 ?? string.Empty;
            row["admin3"] = place.Admin3 ?? string.Empty;
            row["geo_precision"] = place.Precision switch
            {
                PlacePrecision.ExactPoint or PlacePrecision.Town => "1",
                PlacePrecision.NearPoint or PlacePrecision.District => "2",
                PlacePrecision.Unknown => string.Empty,
                _ => "3",
            };
            if (place.Point is { } point)
            {
                row["latitude"] = IncidentFields.Number(point.Latitude);
                row["longitude"] = IncidentFields.Number(point.Longitude);
            }

            if (IncidentFields.CountryOf(incident) is { } country)
            {
                row["country"] = country.Name;
                row["iso"] = country.Numeric ?? string.Empty;
            }
        }

        if (incident.Means.Count > 0 && IncidentFields.Code(incident, "acled:sub_event_type") is null)
        {
            diagnostics.Add(IncidentFields.NotCarried(path + "/means", "ACLED records the means only through the sub-event type; the means list is not carried over as such.", string.Join(", ", incident.Means)));
        }

        IncidentFields.ReportModelOnly(incident, "ACLED", diagnostics, path);
        return row;
    }

    private static readonly string[] InterLabels = ["", "State forces", "Rebel group", "Political militia", "Identity militia", "Rioters", "Protesters", "Civilians", "External/Other forces"];

    /// <summary>
    /// An actor's ACLED type code (1-8): the one ACLED gave it (its <c>acled-inter</c> id, number or label), else one
    /// derived from its kind, reported as derived; null when the kind says nothing (reported).
    /// </summary>
    private static int? InterCode(Actor actor, string column, ICollection<Diagnostic> diagnostics, string path)
    {
        if (IncidentFields.ExternalId(actor.ExternalIds, "acled-inter") is { } own && InterNumber(own) is { } code)
        {
            return code;
        }

        int? derived = actor.Kind switch
        {
            ActorKind.StateForces or ActorKind.Government or ActorKind.State or ActorKind.StateIntegratedParamilitary => 1,
            ActorKind.NonStateArmedGroup => 3,
            ActorKind.Civilians => 7,
            ActorKind.Coalition or ActorKind.InternationalOrganisation or ActorKind.JointBody => 8,
            _ => null,
        };
        diagnostics.Add(IncidentFields.NotCarried(
            $"{path}/participants/{column}/inter",
            derived is not null
                ? "An actor without an ACLED type gets an inter code derived from its kind: state forces and governments 'State forces', non-state armed groups 'Political militia' (ACLED's code for unclassified armed groups), civilians 'Civilians', coalitions and international bodies 'External/Other forces'."
                : $"The actor's kind ({actor.Kind}) has no ACLED type; its inter code and the interaction are left empty.",
            actor.Name + " (" + actor.Kind + ")"));
        return derived;
    }

    private static int? InterNumber(string code)
    {
        var trimmed = code.Trim();
        if (trimmed.Length == 1 && trimmed[0] is >= '1' and <= '8')
        {
            return trimmed[0] - '0';
        }

        var index = Array.FindIndex(InterLabels, l => l.Length > 0 && l.Equals(trimmed, StringComparison.OrdinalIgnoreCase));
        if (index > 0)
        {
            return index;
        }

        // Older label sets (codebook headings, acledR's).
        return trimmed.ToUpperInvariant() switch
        {
            "STATE FORCES" or "SOLE STATE FORCES" => 1,
            "REBEL GROUPS" or "REBEL FORCES" => 2,
            "POLITICAL MILITIAS" or "MILITIA GROUPS" => 3,
            "IDENTITY MILITIAS" or "COMMUNAL / IDENTITY GROUPS" => 4,
            "FOREIGN / OTHERS" or "EXTERNAL/OTHER FORCES" => 8,
            _ => null,
        };
    }

    private static string InterText(int? code, bool numeric) =>
        code is not { } c ? string.Empty : numeric ? IncidentFields.Number(c) : InterLabels[c];

    /// <summary>ACLED's interaction: the two codes, lowest first (<c>17</c>, <c>State forces-Civilians</c>), or one actor alone (<c>60</c>, <c>Protesters only</c>).</summary>
    private static string Interaction(int? inter1, int? inter2, bool hasFirst, bool hasSecond, bool numeric)
    {
        if (hasFirst && inter1 is null || hasSecond && inter2 is null || inter1 is null && inter2 is null)
        {
            return string.Empty;
        }

        if (inter1 is null || inter2 is null)
        {
            var sole = (inter1 ?? inter2)!.Value;
            return numeric ? IncidentFields.Number(sole * 10) : InterLabels[sole] + " only";
        }

        var (low, high) = inter1 <= inter2 ? (inter1.Value, inter2.Value) : (inter2.Value, inter1.Value);
        return numeric ? IncidentFields.Number((low * 10) + high) : InterLabels[low] + "-" + InterLabels[high];
    }

    private static (string Disorder, string EventType, string SubEventType) AcledTypeOf(IncidentType type, ValueArray<Means> means) => type switch
    {
        IncidentType.ArmedClash => ("Political violence", "Battles", "Armed clash"),
        IncidentType.Attack when means.Contains(Means.Grenade) => ("Political violence", "Explosions/Remote violence", "Grenade"),
        IncidentType.Attack => ("Political violence", "Violence against civilians", "Attack"),
        IncidentType.Strike when means.Contains(Means.Chemical) => ("Political violence", "Explosions/Remote violence", "Chemical weapon"),
        IncidentType.Strike => ("Political violence", "Explosions/Remote violence", "Air/drone strike"),
        IncidentType.Shelling => ("Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        IncidentType.Bombing when means.Contains(Means.SuicideAttack) => ("Political violence", "Explosions/Remote violence", "Suicide bomb"),
        IncidentType.Bombing or IncidentType.Explosion => ("Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        IncidentType.Abduction => ("Political violence", "Violence against civilians", "Abduction/forced disappearance"),
        IncidentType.SexualViolence => ("Political violence", "Violence against civilians", "Sexual violence"),
        IncidentType.Protest => ("Demonstrations", "Protests", "Peaceful protest"),
        IncidentType.Riot => ("Demonstrations", "Riots", "Violent demonstration"),
        IncidentType.Arrest => ("Strategic developments", "Strategic developments", "Arrests"),
        IncidentType.Agreement => ("Strategic developments", "Strategic developments", "Agreement"),
        IncidentType.PropertyDestruction => ("Strategic developments", "Strategic developments", "Looting/property destruction"),
        _ => ("Strategic developments", "Strategic developments", "Other"),
    };

    private static (IncidentType Type, ValueArray<Means> Means) TypeOf(string eventType, string subEventType) =>
        subEventType.ToUpperInvariant() switch
        {
            "GOVERNMENT REGAINS TERRITORY" or "NON-STATE ACTOR OVERTAKES TERRITORY" or "ARMED CLASH" => (IncidentType.ArmedClash, default),
            "EXCESSIVE FORCE AGAINST PROTESTERS" or "EXCESSIVE FORCE AGAINST PROTESTORS" or "PROTEST WITH INTERVENTION" or "PEACEFUL PROTEST" => (IncidentType.Protest, default),
            "VIOLENT DEMONSTRATION" or "MOB VIOLENCE" => (IncidentType.Riot, default),
            "CHEMICAL WEAPON" => (IncidentType.Strike, [Means.Chemical]),
            "AIR/DRONE STRIKE" => (IncidentType.Strike, default),
            "SUICIDE BOMB" => (IncidentType.Bombing, [Means.SuicideAttack]),
            "SHELLING/ARTILLERY/MISSILE ATTACK" => (IncidentType.Shelling, default),
            "REMOTE EXPLOSIVE/LANDMINE/IED" => (IncidentType.Bombing, [Means.Ied]),
            "GRENADE" => (IncidentType.Attack, [Means.Grenade]),
            "SEXUAL VIOLENCE" => (IncidentType.SexualViolence, default),
            "ATTACK" => (IncidentType.Attack, default),
            "ABDUCTION/FORCED DISAPPEARANCE" => (IncidentType.Abduction, default),
            "AGREEMENT" => (IncidentType.Agreement, default),
            "ARRESTS" => (IncidentType.Arrest, default),
            "LOOTING/PROPERTY DESTRUCTION" => (IncidentType.PropertyDestruction, default),
            "CHANGE TO GROUP/ACTIVITY" or "DISRUPTED WEAPONS USE" or "HEADQUARTERS OR BASE ESTABLISHED" or "NON-VIOLENT TRANSFER OF TERRITORY" or "OTHER"
                => (IncidentType.StrategicDevelopment, default),
            _ => (TypeOfEvent(eventType), default),
        };

    // Files before 2019 have no sub-event type and nine event types of their own.
    private static IncidentType TypeOfEvent(string eventType) => eventType.ToUpperInvariant() switch
    {
        "BATTLES" or "BATTLE-NO CHANGE OF TERRITORY" or "BATTLE-GOVERNMENT REGAINS TERRITORY" or "BATTLE-NON-STATE ACTOR OVERTAKES TERRITORY" => IncidentType.ArmedClash,
        "VIOLENCE AGAINST CIVILIANS" => IncidentType.Attack,
        "EXPLOSIONS/REMOTE VIOLENCE" or "REMOTE VIOLENCE" => IncidentType.Strike,
        "RIOTS" => IncidentType.Riot,
        "PROTESTS" or "RIOTS/PROTESTS" => IncidentType.Protest,
        "STRATEGIC DEVELOPMENTS" or "STRATEGIC DEVELOPMENT" or "NON-VIOLENT TRANSFER OF TERRITORY" or "HEADQUARTERS OR BASE ESTABLISHED" => IncidentType.StrategicDevelopment,
        _ => IncidentType.Unknown,
    };

    /// <summary>time_precision 1 is the day; 2 the week (ACLED codes its middle); 3 the month.</summary>
    private static TemporalValue Time(AcledEventRecord record)
    {
        var date = record.EventDate;
        return record.TimePrecision switch
        {
            2 => TemporalValue.Week(NodaTime.Calendars.WeekYearRules.Iso.GetWeekYear(date), NodaTime.Calendars.WeekYearRules.Iso.GetWeekOfWeekYear(date)),
            3 => TemporalValue.Month(date.Year, date.Month),
            _ => TemporalValue.Day(date),
        };
    }

    private static Place Place(AcledEventRecord record) => new()
    {
        Name = FieldText.Text(record["location"]),
        Admin1 = FieldText.Text(record["admin1"]),
        Admin2 = FieldText.Text(record["admin2"]),
        Admin3 = FieldText.Text(record["admin3"]),
        Country = CountryCodes.FromNumeric(record.Iso)?.Alpha3,
        Point = record.Latitude is { } lat && record.Longitude is { } lon ? new GeoPoint(lat, lon) : null,
        Precision = PlacePrecisionOf(record.GeoPrecision),
        ExternalIds = record.Iso is { } iso ? [new ExternalId("iso3166-numeric", iso)] : default,
    };

    private static void Classify(ImmutableArray<Classification>.Builder classifications, string scheme, string? code)
    {
        if (FieldText.Text(code) is { } text)
        {
            classifications.Add(new Classification(scheme, text.Trim()));
        }
    }

    private static ActorKind KindOf(string? inter) => inter?.Trim().ToUpperInvariant() switch
    {
        "1" or "STATE FORCES" => ActorKind.StateForces,
        "2" or "REBEL GROUP" or "REBEL GROUPS" => ActorKind.NonStateArmedGroup,
        "3" or "POLITICAL MILITIA" or "POLITICAL MILITIAS" => ActorKind.NonStateArmedGroup,
        "4" or "IDENTITY MILITIA" or "IDENTITY MILITIAS" => ActorKind.NonStateArmedGroup,
        "5" or "RIOTERS" => ActorKind.Civilians,
        "6" or "PROTESTERS" => ActorKind.Civilians,
        "7" or "CIVILIANS" => ActorKind.Civilians,
        "8" or "EXTERNAL/OTHER FORCES" => ActorKind.StateForces,
        _ => ActorKind.Unknown,
    };

    private readonly HashSet<string> conflicts = new(StringComparer.Ordinal);

    private void AddActor(ImmutableArray<Participant>.Builder participants, string? name, string? inter, ParticipantRole role)
    {
        if (name is null)
        {
            return;
        }

        // Keyed by the id, so spellings that differ only in case and whitespace are one actor (the first is kept).
        var id = ActorIdFor("acled-actor:", name);
        var code = FieldText.Text(inter)?.Trim();
        if (!TryGetActor(id.Value, out var actor))
        {
            actor = Remember(id.Value, new Actor
            {
                Id = id,
                Name = name.Trim(),
                Kind = KindOf(code),
                ExternalIds = code is null ? default : [new ExternalId("acled-inter", code)],
            });
        }
        else if (code is not null)
        {
            KindFromLaterRow(actor, code);
        }

        participants.Add(new Participant(actor.Id, role));
    }

    /// <summary>
    /// An actor first seen without an inter code (as an associated actor) takes its kind from the first row that gives
    /// one; an actor whose rows give two different codes keeps the first and the disagreement is reported once.
    /// </summary>
    private void KindFromLaterRow(Actor actor, string code)
    {
        var known = actor.ExternalIds.FirstOrDefault(e => e.Scheme == "acled-inter")?.Value;
        if (known is null)
        {
            Update(actor.Id.Value, actor with { Kind = KindOf(code), ExternalIds = actor.ExternalIds.Add(new ExternalId("acled-inter", code)) });
        }
        else if (KindOf(known) != KindOf(code) && conflicts.Add(actor.Id.Value))
        {
            Report(new Diagnostic(
                DatasetDiagnosticCodes.ConflictingActorCodes,
                DiagnosticSeverity.Warning,
                $"The actor '{actor.Name}' has the inter code {known} in one row and {code} in another; its kind is taken from the first ({actor.Kind}).")
            {
                Value = actor.Name,
            });
        }
    }

}
