using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Sitrep.Actors;
using Sitrep.Datasets.Text;
using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Places;
using Sitrep.Sources;
using Sitrep.Temporal;

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
        : base("acled", "Armed Conflict Location & Event Data (ACLED)", version, "https://acleddata.com/")
    {
    }

    /// <inheritdoc />
    public override Incident Map(AcledEventRecord record)
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
        foreach (var (column, inter) in new[] { ("assoc_actor_1", "inter1"), ("assoc_actor_2", "inter2"), ("ally_actor_1", "inter1"), ("ally_actor_2", "inter2") })
        {
            foreach (var name in (FieldText.Text(record[column]) ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                AddActor(participants, name, null, ParticipantRole.Party);
            }
        }

        var classifications = ImmutableArray.CreateBuilder<Classification>();
        Classify(classifications, "acled:disorder_type", record["disorder_type"]);
        Classify(classifications, "acled:event_type", eventType);
        Classify(classifications, "acled:sub_event_type", subEventType);
        Classify(classifications, "acled:interaction", record["interaction"]);
        return new Incident
        {
            Id = new IncidentId("acled:" + record.EventIdCnty),
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
            ExternalIds = [new ExternalId("acled", record.EventIdCnty)],
            Provenance = provenance,
        };
    }

    /// <summary>ACLED geo_precision to place precision (1 the town, 2 near a town, 3 a larger region).</summary>
    internal static PlacePrecision PlacePrecisionOf(int? geoPrecision) => geoPrecision switch
    {
        1 => PlacePrecision.Town,
        2 => PlacePrecision.NearPoint,
        3 => PlacePrecision.Region,
        _ => PlacePrecision.Unknown,
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

    private void AddActor(ImmutableArray<Participant>.Builder participants, string? name, string? inter, ParticipantRole role)
    {
        if (name is null)
        {
            return;
        }

        // Keyed by the id, so names that differ only in punctuation are one actor (the first spelling is kept).
        var id = "acled-actor:" + Slug(name);
        if (!TryGetActor(id, out var actor))
        {
            actor = Remember(id, new Actor
            {
                Id = new ActorId(id),
                Name = name,
                Kind = KindOf(inter),
                ExternalIds = inter is null ? default : [new ExternalId("acled-inter", inter.Trim())],
            });
        }

        participants.Add(new Participant(actor.Id, role));
    }

}
