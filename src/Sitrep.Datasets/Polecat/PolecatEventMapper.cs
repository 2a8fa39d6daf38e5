using System;
using System.Collections.Generic;
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
using Sitrep.Validation;

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

    /// <summary>
    /// Turns an incident back into a POLECAT row: by default of its own POLECAT columns or the 40 of the public files.
    /// An incident read from POLECAT gets its own row back, field for field. Any other incident is written from the
    /// model: its id and day, a PLOVER category and modes from its <c>plover:*</c> classifications or derived from its
    /// type and means (reported), the first two sides as actor and recipient with country, COW code, sector and
    /// Wikipedia id, and the place with its GeoNames id and a feature type from its precision. Casualty figures,
    /// which POLECAT does not have, and whatever else has no column are reported with
    /// <see cref="DatasetDiagnosticCodes.NotCarriedOver"/>.
    /// </summary>
    /// <param name="incident">The incident.</param>
    /// <param name="actors">The dataset's actors by id.</param>
    /// <param name="diagnostics">Receives what was not carried over.</param>
    /// <param name="layout">The columns to write; by default the incident's own POLECAT columns, or <see cref="PolecatColumns.Standard"/>.</param>
    /// <param name="path">The incident's JSON path in its dataset (<c>/incidents/3</c>), for the diagnostics.</param>
    /// <returns>The row.</returns>
    public PolecatEventRecord ToRecord(Incident incident, IReadOnlyDictionary<ActorId, Actor> actors, ICollection<Diagnostic> diagnostics, ValueArray<string> layout = default, string path = "")
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(actors);
        if (layout.Count == 0)
        {
            layout = incident.SourceRecord is { } own && own.Format == Format && own.Columns.Count > 0 ? own.Columns : PolecatColumns.Standard;
        }

        return new PolecatEventRecord(layout, Unmap(incident, layout, (i, d, p) => Synthesize(i, actors, d, p), diagnostics, path));
    }

    /// <summary>A PLOVER category and modes for an incident type and its means: the inverse of the reading table, null for types PLOVER has no category for.</summary>
    internal static (string Category, string[] Modes)? PloverOf(IncidentType type, ValueArray<Means> means)
    {
        var modes = new List<string>();
        if (means.Contains(Means.SmallArms))
        {
            modes.Add("firearms");
        }

        (string Category, string? Mode)? category = type switch
        {
            IncidentType.Strike => ("ASSAULT", means.Contains(Means.Drone) ? "drone" : "aerial"),
            IncidentType.Shelling => ("ASSAULT", "heavy-weapons"),
            IncidentType.Bombing => ("ASSAULT", means.Contains(Means.SuicideAttack) ? "suicide-attack" : "explosives"),
            IncidentType.Abduction => ("ASSAULT", "abduct"),
            IncidentType.SexualViolence => ("ASSAULT", "sexual"),
            IncidentType.PropertyDestruction => ("ASSAULT", "destroy"),
            IncidentType.Attack or IncidentType.ArmedClash => ("ASSAULT", null),
            IncidentType.Riot => ("PROTEST", "riot"),
            IncidentType.Protest => ("PROTEST", null),
            IncidentType.Arrest => ("COERCE", "arrest"),
            IncidentType.Ceasefire => ("RETREAT", "ceasefire"),
            IncidentType.StrategicDevelopment => ("MOBILIZE", null),
            IncidentType.Agreement => ("AGREE", null),
            _ => null,
        };
        if (category is not { } c)
        {
            return null;
        }

        if (c.Mode is { } mode)
        {
            modes.Insert(0, mode);
        }

        return (c.Category, modes.ToArray());
    }

    private static Dictionary<string, string> Synthesize(Incident incident, IReadOnlyDictionary<ActorId, Actor> actors, ICollection<Diagnostic> diagnostics, string path)
    {
        var row = new Dictionary<string, string>(System.StringComparer.Ordinal)
        {
            ["Event ID"] = IncidentFields.ExternalId(incident.ExternalIds, "polecat") ?? incident.Id.Value ?? string.Empty,
        };
        if (IncidentFields.Days(incident.Time) is var (start, end, _))
        {
            row["Event Date"] = IncidentFields.Date(start);
            if (start != end)
            {
                diagnostics.Add(IncidentFields.NotCarried(path + "/time", "POLECAT dates an event to one day; the first day of the incident's time is written.", incident.Time!.Value.ToString()));
            }
        }
        else
        {
            diagnostics.Add(IncidentFields.NotCarried(path + "/time", "The incident has no time; POLECAT rows need Event Date, so it is left empty and the row will not read back.", null));
        }

        var category = IncidentFields.Code(incident, "plover:event");
        var modes = incident.Classifications.Where(c => c.Scheme == "plover:mode").Select(c => c.Code).ToArray();
        if (category is null)
        {
            if (PloverOf(incident.Type, incident.Means) is { } derived)
            {
                (category, modes) = derived;
                diagnostics.Add(IncidentFields.NotCarried(path + "/type", "The PLOVER category and modes are derived from the incident's type and means (the inverse of the reading table in docs/mappings.md); quad code and intensity are left empty.", incident.Type.ToString()));
                if (incident.Type == IncidentType.ArmedClash)
                {
                    diagnostics.Add(IncidentFields.NotCarried(path + "/type/clash", "PLOVER has no category for a clash between two parties: it is written as ASSAULT, which reads back as an attack by the actor on the recipient.", incident.Type.ToString()));
                }
            }
            else
            {
                diagnostics.Add(IncidentFields.NotCarried(path + "/type", $"PLOVER has no category for {incident.Type}; Event Type is left empty and the row will not read back.", incident.Type.ToString()));
            }
        }

        row["Event Type"] = category ?? string.Empty;
        row["Event Mode"] = string.Join(";", modes);
        row["Contexts"] = string.Join(";", incident.Classifications.Where(c => c.Scheme == "plover:context").Select(c => c.Code));
        row["Quad Code"] = IncidentFields.Code(incident, "plover:quad") ?? string.Empty;
        row["Event Intensity"] = IncidentFields.Code(incident, "polecat:intensity") ?? string.Empty;
        var sides = IncidentFields.Sides(incident, actors);
        Side(row, "Actor", "Primary Actor Sector", "Wikipedia Actor ID", sides.First);
        Side(row, "Recipient", "Primary Recipient Sector", "Wikipedia Recipient ID", sides.Second);
        List<Actor> others = [.. sides.WithFirst, .. sides.WithSecond, .. sides.Neither];
        if (others.Count > 0)
        {
            diagnostics.Add(IncidentFields.NotCarried(path + "/participants", $"POLECAT rows have an actor and a recipient; {others.Count} further participant(s) are not carried over.", string.Join("; ", others.Select(a => a.Name))));
        }

        if (incident.Place is { } place)
        {
            row["Placename"] = place.Name ?? string.Empty;
            row["Province"] = place.Admin1 ?? string.Empty;
            row["District"] = place.Admin2 ?? string.Empty;
            row["Country"] = IncidentFields.CountryOf(incident)?.Alpha3 ?? string.Empty;
            row["GeoNames ID"] = IncidentFields.ExternalId(place.ExternalIds, "geonames") ?? string.Empty;
            row["Feature Type"] = place.Precision switch
            {
                PlacePrecision.Country => "PCLI",
                PlacePrecision.Province => "ADM1",
                PlacePrecision.District => "ADM2",
                PlacePrecision.Town or PlacePrecision.ExactPoint or PlacePrecision.NearPoint => "PPL",
                _ => string.Empty,
            };
            if (place.Point is { } point)
            {
                row["Latitude"] = IncidentFields.Number(point.Latitude);
                row["Longitude"] = IncidentFields.Number(point.Longitude);
            }
        }

        if (incident.Casualties.Count > 0)
        {
            diagnostics.Add(IncidentFields.NotCarried(path + "/casualties", $"POLECAT rows have no casualty figures; {incident.Casualties.Count} count(s) are not carried over.", null));
        }

        IncidentFields.ReportModelOnly(incident, "POLECAT", diagnostics, path);
        return row;
    }

    private static void Side(Dictionary<string, string> row, string prefix, string sectorColumn, string wikiColumn, Actor? actor)
    {
        if (actor is null)
        {
            return;
        }

        row[prefix + " Name"] = actor.Name;
        row[prefix + " Country"] = actor.Country ?? string.Empty;
        row[prefix + " COW"] = actor.CorrelatesOfWar is { } cow ? IncidentFields.Number(cow) : string.Empty;
        row[sectorColumn] = IncidentFields.ExternalId(actor.ExternalIds, "plover-sector") ?? string.Empty;
        row[wikiColumn] = IncidentFields.ExternalId(actor.ExternalIds, "wikipedia") ?? string.Empty;
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
