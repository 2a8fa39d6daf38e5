using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Sitrep.Actors;
using Sitrep.Datasets.Plover;
using Sitrep.Geography;
using Sitrep.Incidents;
using Sitrep.Places;
using Sitrep.Sources;
using Sitrep.Temporal;

namespace Sitrep.Datasets.Polecat;

/// <summary>
/// Maps POLECAT events into the model: one incident per event, its type from the PLOVER category and modes (codes,
/// contexts, quad code and intensity kept verbatim as classifications), the actor as perpetrator or party and the
/// recipient as victim or target (deduplicated by name and country, with COW code, sector and Wikipedia id), and the
/// geocoded place with its precision from the GeoNames feature type. POLECAT has no casualty figures.
/// docs/mappings.md has the tables.
/// </summary>
public sealed class PolecatEventMapper : DatasetMapper<PolecatEventRecord>
{
    /// <summary>Initializes a mapper whose incidents cite one POLECAT release.</summary>
    /// <param name="version">The release (<c>Release603</c>), when known.</param>
    public PolecatEventMapper(string? version = null)
        : base("polecat", "polecat", "POLECAT weekly event data", version, "https://doi.org/10.7910/DVN/AJGVIT")
    {
    }

    private protected override Incident MapRecord(PolecatEventRecord record)
    {
        var category = record.EventType;
        var modes = record.EventModes;
        var violent = PloverCategories.IsViolent(category);
        var classifications = ImmutableArray.CreateBuilder<Classification>();
        classifications.Add(new Classification("plover:event", category));
        classifications.AddRange(modes.Select(m => new Classification("plover:mode", m)));
        classifications.AddRange(record.Contexts.Select(c => new Classification("plover:context", c)));
        if (record.Field("Quad Code") is { } quad)
        {
            classifications.Add(new Classification("plover:quad", quad.Trim()));
        }

        if ((record.Field("Event Intensity") ?? record.Field("Intensity")) is { } intensity)
        {
            classifications.Add(new Classification("polecat:intensity", intensity.Trim()));
        }

        var participants = ImmutableArray.CreateBuilder<Participant>();
        if (ActorFor(record, "Actor", "Primary Actor Sector", "Wikipedia Actor ID") is { } actor)
        {
            participants.Add(new Participant(actor.Id, violent ? ParticipantRole.Perpetrator : ParticipantRole.Party));
        }

        if (ActorFor(record, "Recipient", "Primary Recipient Sector", "Wikipedia Recipient ID") is { } recipient)
        {
            participants.Add(new Participant(recipient.Id, violent ? ParticipantRole.Victim : ParticipantRole.Target));
        }

        return new Incident
        {
            Id = RecordIncidentId("polecat:", record.EventId, record, "Event ID"),
            Type = PloverCategories.TypeOf(category, modes),
            Classifications = new ValueArray<Classification>(classifications.ToImmutable()),
            Means = ValueArray.From(PloverCategories.MeansOf(modes).Distinct()),
            Participants = new ValueArray<Participant>(participants.ToImmutable()),
            Place = PlaceOf(record),
            Time = TemporalValue.Day(record.EventDate),
            ExternalIds = [new ExternalId("polecat", record.EventId.Trim())],
            Provenance = [new Provenance(Source.Id)],
        };
    }

    /// <summary>GeoNames feature codes to place precision: ADM1 a province, ADM2/ADM3 a district, PCL* a country, PPL* a town.</summary>
    internal static PlacePrecision PrecisionOf(string? featureType) => featureType?.Trim().ToUpperInvariant() switch
    {
        null => PlacePrecision.Unknown,
        "ADM1" => PlacePrecision.Province,
        "ADM2" or "ADM3" or "ADM4" => PlacePrecision.District,
        var f when f.StartsWith("PCL", System.StringComparison.Ordinal) => PlacePrecision.Country,
        var f when f.StartsWith("PPL", System.StringComparison.Ordinal) => PlacePrecision.Town,
        _ => PlacePrecision.Unknown,
    };

    private static Place? PlaceOf(PolecatEventRecord record)
    {
        var name = record.Field("Placename") ?? record.Field("City");
        var country = record.Field("Country")?.Trim();
        var lat = record.Latitude;
        var lon = record.Longitude;
        if (name is null && country is null && lat is null)
        {
            return null;
        }

        return new Place
        {
            Name = name,
            Country = CountryCodes.IsAlpha3(country) ? country : null,
            Admin1 = record.Field("Province"),
            Admin2 = record.Field("District"),
            Point = lat is { } la && lon is { } lo ? new GeoPoint(la, lo) : null,
            Precision = PrecisionOf(record.Field("Feature Type")),
            ExternalIds = record.Field("GeoNames ID") is { } geonames ? [new ExternalId("geonames", geonames.Trim())] : default,
        };
    }

    private Actor? ActorFor(PolecatEventRecord record, string prefix, string sectorColumn, string wikiColumn)
    {
        if (record.Field(prefix + " Name") is not { } name)
        {
            return null;
        }

        var country = record.Field(prefix + " Country")?.Trim();
        var id = ActorIdFor("polecat-actor:", country is null ? name : country + " " + name);
        if (TryGetActor(id.Value, out var known))
        {
            return known;
        }

        var sector = record.Field(sectorColumn)?.Trim();
        var cow = record.Field(prefix + " COW")?.Trim();
        var externals = ImmutableArray.CreateBuilder<ExternalId>();
        if (record.Field(wikiColumn) is { } wiki)
        {
            externals.Add(new ExternalId("wikipedia", wiki.Trim()));
        }

        if (sector is not null)
        {
            externals.Add(new ExternalId("plover-sector", sector));
        }

        return Remember(id.Value, new Actor
        {
            Id = id,
            Name = name,
            Kind = PloverCategories.KindOf(sector, country),
            Country = CountryCodes.IsAlpha3(country) ? country : null,
            CorrelatesOfWar = int.TryParse(cow, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : null,
            ExternalIds = new ValueArray<ExternalId>(externals.ToImmutable()),
        });
    }
}
