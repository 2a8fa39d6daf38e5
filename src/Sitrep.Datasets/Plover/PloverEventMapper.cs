using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Sitrep.Actors;
using Sitrep.Estimates;
using Sitrep.Geography;
using Sitrep.Incidents;
using Sitrep.Places;
using Sitrep.Sources;
using Sitrep.Temporal;

namespace Sitrep.Datasets.Plover;

/// <summary>
/// Maps PLOVER JSON events into the model: one incident per event, its type from the category and modes (codes kept
/// verbatim as classifications), actors as perpetrators or parties and recipients as victims or targets, deduplicated
/// by code, sector and text; dead and injured as counts; the location with its precision; the date or date range.
/// An id used twice in a file gives the second incident a <c>#2</c> suffix. docs/mappings.md has the tables.
/// </summary>
public sealed class PloverEventMapper : DatasetMapper<PloverEventRecord>
{

    /// <summary>Initializes a mapper whose incidents cite one PLOVER file.</summary>
    /// <param name="version">A label for the file (its coder version), when known.</param>
    public PloverEventMapper(string? version = null)
        : base("plover", "plover", "PLOVER event data", version, "https://github.com/openeventdata/PLOVER")
    {
    }

    private protected override Incident MapRecord(PloverEventRecord record)
    {
        var events = record.Events;
        var modes = record.Modes;
        var category = events.Count > 0 ? events[0] : string.Empty;
        var violent = PloverCategories.IsViolent(category);
        var provenance = new ValueArray<Provenance>([new Provenance(Source.Id)]);
        var classifications = ImmutableArray.CreateBuilder<Classification>();
        classifications.AddRange(events.Select(e => new Classification("plover:event", e)));
        classifications.AddRange(modes.Select(m => new Classification("plover:mode", m)));
        classifications.AddRange(record.Contexts.Select(c => new Classification("plover:context", c)));
        var participants = ImmutableArray.CreateBuilder<Participant>();
        foreach (var entity in record.Actors)
        {
            participants.Add(new Participant(ActorFor(entity).Id, violent ? ParticipantRole.Perpetrator : ParticipantRole.Party));
        }

        foreach (var entity in record.Recipients)
        {
            participants.Add(new Participant(ActorFor(entity).Id, violent ? ParticipantRole.Victim : ParticipantRole.Target));
        }

        var casualties = ImmutableArray.CreateBuilder<CasualtyCount>();
        AddCount(casualties, CasualtyOutcome.Killed, record.Dead, provenance);
        AddCount(casualties, CasualtyOutcome.Injured, record.Injured, provenance);
        AddCount(casualties, CasualtyOutcome.Detained, record.Arrested, provenance);
        var date = record.Date;

        return new Incident
        {
            Id = RecordIncidentId("plover:", record.Id, record, "id"),
            Type = PloverCategories.TypeOf(category, modes),
            Description = record.Text ?? record.EventText,
            Classifications = new ValueArray<Classification>(classifications.ToImmutable()),
            Means = ValueArray.From(PloverCategories.MeansOf(modes).Distinct()),
            Participants = new ValueArray<Participant>(participants.ToImmutable()),
            Place = PlaceOf(record.Location),
            Time = record.EndDate is { } end && end > date ? TemporalValue.Between(TemporalValue.Day(date), TemporalValue.Day(end)) : TemporalValue.Day(date),
            Casualties = new ValueArray<CasualtyCount>(casualties.ToImmutable()),
            ExternalIds = [new ExternalId("plover", record.Id)],
            Provenance = provenance,
        };
    }

    private static void AddCount(ImmutableArray<CasualtyCount>.Builder counts, CasualtyOutcome outcome, long? count, ValueArray<Provenance> provenance)
    {
        if (count is { } n)
        {
            counts.Add(new CasualtyCount(outcome, new VictimGroup(VictimCategory.Unknown), Estimate.About(n)) { ConsolidationRule = "PLOVER coded figure", Provenance = provenance });
        }
    }

    private static Place? PlaceOf(IReadOnlyDictionary<string, string> location)
    {
        if (location.Count == 0)
        {
            return null;
        }

        string? Get(params string[] keys) => keys.Select(k => location.TryGetValue(k, out var v) && v.Length > 0 ? v : null).FirstOrDefault(v => v is not null);
        var countryCode = Get("country_code", "country code");
        var country = countryCode is { Length: 2 } ? CountryCodes.FromAlpha2(countryCode.ToUpperInvariant()) : CountryCodes.FromAlpha3(countryCode?.ToUpperInvariant());
        var lat = Get("lat");
        var lon = Get("lon");
        var point = lat is not null && lon is not null
            && double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var la) && la is >= -90 and <= 90
            && double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var lo) && lo is >= -180 and <= 180
            ? new GeoPoint(la, lo) : (GeoPoint?)null;
        return new Place
        {
            Name = Get("name", "resolved_place", "extracted_place", "city"),
            Country = country?.Alpha3,
            Admin1 = Get("province"),
            Admin2 = Get("district"),
            Point = point,
            Precision = Get("resolution") switch
            {
                "5" => PlacePrecision.ExactPoint,
                "4" => PlacePrecision.Town,
                "3" => PlacePrecision.District,
                "2" => PlacePrecision.Province,
                "1" => PlacePrecision.Country,
                _ => PlacePrecision.Unknown,
            },
            ExternalIds = Get("geonameid") is { } geonames ? [new ExternalId("geonames", geonames)] : default,
        };
    }

    private Actor ActorFor(PloverEntity entity)
    {
        var code = entity.Code?.Trim().ToUpperInvariant();
        var sector = entity.Sector?.Trim().ToUpperInvariant();
        // Keyed by the id, so texts that differ only in case or whitespace are one actor (the first spelling is kept).
        var key = string.Join(' ', new[] { code, sector, entity.Text }.Where(p => !string.IsNullOrEmpty(p)));
        var id = ActorIdFor("plover-actor:", key.Length > 0 ? key : "unnamed");
        if (TryGetActor(id.Value, out var known))
        {
            return known;
        }

        var cameo = code + sector;
        var name = entity.Text ?? (cameo.Length > 0 ? cameo : "unnamed actor");
        return Remember(id.Value, new Actor
        {
            Id = id,
            Name = name,
            Kind = PloverCategories.KindOf(sector, code),
            Country = CountryCodes.IsAlpha3(code) ? code : null,
            ExternalIds = cameo.Length > 0 ? [new ExternalId("cameo-actor", cameo)] : default,
        });
    }
}
