using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Sitrep.Actors;
using Sitrep.Datasets.Parsing;
using Sitrep.Datasets.Plover;
using Sitrep.Geography;
using Sitrep.Incidents;
using Sitrep.Places;
using Sitrep.Sources;
using Sitrep.Temporal;
using Sitrep.Validation;

namespace Sitrep.Datasets.Gdelt;

/// <summary>
/// Maps GDELT event rows into the model: one incident per row (GDELT rows are reports, and one event is often
/// reported in many rows), its type from the CAMEO event code with the means the code names, the codes, quad class
/// and Goldstein value kept verbatim as classifications, actor 1 and actor 2 as participants (deduplicated by CAMEO
/// code and name), the action's place with its FIPS country turned into ISO, and the date. docs/mappings.md has the
/// tables.
/// </summary>
public sealed class GdeltEventMapper : DatasetMapper<GdeltEventRecord>
{
    /// <summary>Initializes a mapper whose incidents cite one GDELT export.</summary>
    /// <param name="version">A label for the export (its timestamp), when known.</param>
    public GdeltEventMapper(string? version = null)
        : base("gdelt-events", "gdelt-events", "GDELT 2.0 Event Database", version, "https://www.gdeltproject.org/data.html")
    {
    }

    private long syntheticIds;

    /// <summary>
    /// Turns an incident back into a GDELT event row: by default of its own GDELT columns (61 for 2.0, 58 or 57 for
    /// 1.0) or the 2.0 layout. An incident read from GDELT gets its own row back, field for field. Any other incident
    /// is written from the model: its day, the first two sides as actor 1 and 2 (names upper-cased as GDELT writes
    /// them, CAMEO actor codes when the actors came from GDELT), a CAMEO event code from its <c>cameo:event</c>
    /// classification or derived from its type and means (reported), the action's place with its FIPS country, and a
    /// row number when it has no GDELT id. Whatever has no GDELT column, or is approximated, is reported with
    /// <see cref="DatasetDiagnosticCodes.NotCarriedOver"/>.
    /// </summary>
    /// <param name="incident">The incident.</param>
    /// <param name="actors">The dataset's actors by id.</param>
    /// <param name="diagnostics">Receives what was not carried over.</param>
    /// <param name="layout">The columns to write; by default the incident's own GDELT columns, or the 61 of GDELT 2.0.</param>
    /// <param name="path">The incident's JSON path in its dataset (<c>/incidents/3</c>), for the diagnostics.</param>
    /// <returns>The row.</returns>
    public GdeltEventRecord ToRecord(Incident incident, IReadOnlyDictionary<ActorId, Actor> actors, ICollection<Diagnostic> diagnostics, ValueArray<string> layout = default, string path = "")
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(actors);
        if (layout.Count == 0)
        {
            layout = incident.SourceRecord is { } own && own.Format == Format && own.Columns.Count > 0 ? own.Columns : GdeltEventColumns.Gdelt2;
        }

        return new GdeltEventRecord(layout, Unmap(incident, layout, (i, d, p) => Synthesize(i, actors, d, p), diagnostics, path));
    }

    /// <summary>A CAMEO event code for an incident type and its means: the inverse of <see cref="TypeOf"/>, null for types CAMEO has no code for.</summary>
    internal static string? CameoOf(IncidentType type, ValueArray<Means> means) => type switch
    {
        IncidentType.Bombing when means.Contains(Means.SuicideAttack) => "1831",
        IncidentType.Bombing when means.Contains(Means.VehicleBorneIed) => "1832",
        IncidentType.Bombing when means.Contains(Means.Ied) => "1833",
        IncidentType.Bombing => "183",
        IncidentType.Abduction => "181",
        IncidentType.SexualViolence => "1823",
        IncidentType.Attack when means.Contains(Means.Chemical) => "2041",
        IncidentType.Attack => "180",
        IncidentType.ArmedClash when means.Contains(Means.SmallArms) => "193",
        IncidentType.ArmedClash => "190",
        IncidentType.Shelling => "194",
        IncidentType.Strike when means.Contains(Means.Drone) => "1952",
        IncidentType.Strike => "195",
        IncidentType.Riot => "145",
        IncidentType.Protest => "140",
        IncidentType.Arrest => "173",
        IncidentType.PropertyDestruction => "171",
        IncidentType.Ceasefire => "0871",
        IncidentType.Agreement => "057",
        _ => null,
    };

    /// <summary>The CAMEO quad class of a root code: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict.</summary>
    internal static string QuadClassOf(string rootCode) => int.Parse(rootCode, System.Globalization.CultureInfo.InvariantCulture) switch
    {
        <= 5 => "1",
        <= 8 => "2",
        <= 13 => "3",
        _ => "4",
    };

    private Dictionary<string, string> Synthesize(Incident incident, IReadOnlyDictionary<ActorId, Actor> actors, ICollection<Diagnostic> diagnostics, string path)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        var id = IncidentFields.ExternalId(incident.ExternalIds, "gdelt");
        if (id is null || !long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            id = IncidentFields.Number(++syntheticIds);
            diagnostics.Add(IncidentFields.NotCarried(path + "/id", $"GDELT ids are numbers and a row has no other id column: the row is numbered {id} and the incident's own id is not carried over.", incident.Id.Value));
        }

        row["GLOBALEVENTID"] = id;
        if (IncidentFields.Days(incident.Time) is var (start, end, _))
        {
            row["SQLDATE"] = start.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
            row["MonthYear"] = start.ToString("yyyyMM", System.Globalization.CultureInfo.InvariantCulture);
            row["Year"] = IncidentFields.Number(start.Year);
            row["FractionDate"] = (start.Year + ((start.DayOfYear - 1) / 365.0)).ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture);
            row["DATEADDED"] = start.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "000000";
            diagnostics.Add(IncidentFields.NotCarried(path + "/dateAdded", "DATEADDED is when GDELT added a row; the model does not know it, so the event's day at 00:00:00 is written.", null));
            if (start != end)
            {
                diagnostics.Add(IncidentFields.NotCarried(path + "/time", "GDELT rows date an event to one day; the first day of the incident's time is written.", incident.Time!.Value.ToString()));
            }
        }
        else
        {
            diagnostics.Add(IncidentFields.NotCarried(path + "/time", "The incident has no time; GDELT rows need SQLDATE and DATEADDED, so they are left empty and the row will not read back.", null));
        }

        var code = IncidentFields.Code(incident, "cameo:event");
        if (code is null)
        {
            code = CameoOf(incident.Type, incident.Means);
            diagnostics.Add(IncidentFields.NotCarried(
                path + "/type",
                code is null
                    ? $"CAMEO has no event code for {incident.Type}; EventCode is left empty and the row will not read back."
                    : "The CAMEO event code is derived from the incident's type and means (the inverse of the reading table in docs/mappings.md); GoldsteinScale, tone and mention counts are left empty.",
                incident.Type.ToString()));
        }

        if (code is { Length: >= 2 })
        {
            row["EventCode"] = code;
            row["EventBaseCode"] = code.Length >= 3 ? code[..3] : code;
            row["EventRootCode"] = code[..2];
            row["QuadClass"] = IncidentFields.Code(incident, "gdelt:quad_class") ?? QuadClassOf(code[..2]);
            row["GoldsteinScale"] = IncidentFields.Code(incident, "gdelt:goldstein") ?? string.Empty;
            row["IsRootEvent"] = "0";
        }

        var sides = IncidentFields.Sides(incident, actors);
        Actor(row, "Actor1", sides.First);
        Actor(row, "Actor2", sides.Second);
        List<Actor> others = [.. sides.WithFirst, .. sides.WithSecond, .. sides.Neither];
        if (others.Count > 0)
        {
            diagnostics.Add(IncidentFields.NotCarried(path + "/participants", $"GDELT rows have two actors; {others.Count} further participant(s) are not carried over.", string.Join("; ", others.Select(a => a.Name))));
        }

        if (incident.Place is { } place)
        {
            row["ActionGeo_Type"] = place.Precision switch
            {
                PlacePrecision.Country => "1",
                PlacePrecision.Province => "2",
                PlacePrecision.Unknown => place.Point is null ? string.Empty : "4",
                _ => "4",
            };
            var country = IncidentFields.CountryOf(incident);
            row["ActionGeo_FullName"] = string.Join(", ", new[] { place.Name, place.Admin1, country?.Name }.Where(p => !string.IsNullOrEmpty(p)).Distinct(StringComparer.OrdinalIgnoreCase));
            row["ActionGeo_CountryCode"] = IncidentFields.ExternalId(place.ExternalIds, "fips") ?? (country is { FipsCodes.Count: > 0 } c ? c.FipsCodes[0] : string.Empty);
            row["ActionGeo_ADM1Code"] = IncidentFields.ExternalId(place.ExternalIds, "fips-adm1") ?? string.Empty;
            row["ActionGeo_FeatureID"] = IncidentFields.ExternalId(place.ExternalIds, "gdelt-feature") ?? string.Empty;
            if (place.Point is { } point)
            {
                row["ActionGeo_Lat"] = IncidentFields.Number(point.Latitude);
                row["ActionGeo_Long"] = IncidentFields.Number(point.Longitude);
            }
        }

        row["SOURCEURL"] = incident.Provenance.Select(p => p.Note).FirstOrDefault(n => n is not null && n.StartsWith("http", StringComparison.OrdinalIgnoreCase)) ?? string.Empty;
        if (incident.Casualties.Count > 0)
        {
            diagnostics.Add(IncidentFields.NotCarried(path + "/casualties", $"GDELT rows have no casualty figures; {incident.Casualties.Count} count(s) are not carried over.", null));
        }

        if (incident.Means.Count > 0 && IncidentFields.Code(incident, "cameo:event") is null && CameoOf(incident.Type, incident.Means) is { Length: < 4 })
        {
            diagnostics.Add(IncidentFields.NotCarried(path + "/means", "The CAMEO code written names no means; the means list is not carried over.", string.Join(", ", incident.Means)));
        }

        IncidentFields.ReportModelOnly(incident, "GDELT", diagnostics, path);
        return row;
    }

    private static void Actor(Dictionary<string, string> row, string prefix, Actor? actor)
    {
        if (actor is null)
        {
            return;
        }

        row[prefix + "Name"] = actor.Name.ToUpperInvariant();
        row[prefix + "Code"] = IncidentFields.ExternalId(actor.ExternalIds, "cameo-actor") ?? string.Empty;
        row[prefix + "CountryCode"] = actor.Country ?? string.Empty;
    }

    /// <summary>The incident type and means of a CAMEO event code (<c>1951</c> → strike by precision-guided aerial munitions).</summary>
    internal static (IncidentType Type, Means? Means) TypeOf(string code)
    {
        static bool Is(string code, string prefix) => code.StartsWith(prefix, StringComparison.Ordinal);
        return code switch
        {
            _ when Is(code, "1831") => (IncidentType.Bombing, Means.SuicideAttack),
            _ when Is(code, "1832") => (IncidentType.Bombing, Means.VehicleBorneIed),
            _ when Is(code, "1833") => (IncidentType.Bombing, Means.Ied),
            _ when Is(code, "183") => (IncidentType.Bombing, null),
            _ when Is(code, "181") => (IncidentType.Abduction, null),
            _ when Is(code, "18") => (IncidentType.Attack, null),
            _ when Is(code, "193") => (IncidentType.ArmedClash, Means.SmallArms),
            _ when Is(code, "194") => (IncidentType.Shelling, Means.Artillery),
            _ when Is(code, "1952") => (IncidentType.Strike, Means.Drone),
            _ when Is(code, "195") => (IncidentType.Strike, Means.Airstrike),
            _ when Is(code, "19") => (IncidentType.ArmedClash, null),
            _ when Is(code, "2041") => (IncidentType.Attack, Means.Chemical),
            _ when Is(code, "20") => (IncidentType.Attack, null),
            _ when Is(code, "145") => (IncidentType.Riot, null),
            _ when Is(code, "14") => (IncidentType.Protest, null),
            _ when Is(code, "173") => (IncidentType.Arrest, null),
            _ when Is(code, "171") => (IncidentType.PropertyDestruction, null),
            _ when Is(code, "0871") => (IncidentType.Ceasefire, null),
            _ => (IncidentType.Other, null),
        };
    }

    /// <summary>GDELT Geo_Type to place precision: 1 a country, 2 and 5 a state or province, 3 and 4 a city.</summary>
    internal static PlacePrecision PrecisionOf(long? geoType) => geoType switch
    {
        1 => PlacePrecision.Country,
        2 or 5 => PlacePrecision.Province,
        3 or 4 => PlacePrecision.Town,
        _ => PlacePrecision.Unknown,
    };

    private protected override Incident MapRecord(GdeltEventRecord record)
    {
        var code = record.EventCode;
        var (type, means) = TypeOf(code);
        var violent = record.EventRootCode is "18" or "19" or "20";
        var classifications = ImmutableArray.CreateBuilder<Classification>();
        classifications.Add(new Classification("cameo:event", code));
        Add(classifications, "cameo:root", record.EventRootCode);
        Add(classifications, "gdelt:quad_class", record["QuadClass"]);
        Add(classifications, "gdelt:goldstein", record["GoldsteinScale"]);
        var participants = ImmutableArray.CreateBuilder<Participant>();
        if (ActorFor(record, "Actor1") is { } actor1)
        {
            participants.Add(new Participant(actor1.Id, violent ? ParticipantRole.Perpetrator : ParticipantRole.Party));
        }

        if (ActorFor(record, "Actor2") is { } actor2)
        {
            participants.Add(new Participant(actor2.Id, violent ? ParticipantRole.Victim : ParticipantRole.Target));
        }

        var id = record["GLOBALEVENTID"]!.Trim();
        return new Incident
        {
            Id = RecordIncidentId("gdelt:", id, record, "GLOBALEVENTID"),
            Type = type,
            Classifications = new ValueArray<Classification>(classifications.ToImmutable()),
            Means = means is { } m ? [m] : default,
            Participants = new ValueArray<Participant>(participants.ToImmutable()),
            Place = PlaceOf(record),
            Time = TemporalValue.Day(record.Date),
            ExternalIds = [new ExternalId("gdelt", id)],
            Provenance = [new Provenance(Source.Id) { Note = record.SourceUrl }],
        };
    }

    private static void Add(ImmutableArray<Classification>.Builder classifications, string scheme, string? code)
    {
        if (FieldText.Text(code) is { } text)
        {
            classifications.Add(new Classification(scheme, text.Trim()));
        }
    }

    private static Place? PlaceOf(GdeltEventRecord record)
    {
        var geoType = FieldText.Long(record["ActionGeo_Type"]);
        if (geoType is null or 0)
        {
            return null;
        }

        var fips = FieldText.Text(record["ActionGeo_CountryCode"])?.Trim();
        var lat = FieldText.Double(record["ActionGeo_Lat"]);
        var lon = FieldText.Double(record["ActionGeo_Long"]);
        var ids = new List<ExternalId>();
        if (fips is not null)
        {
            ids.Add(new ExternalId("fips", fips));
        }

        if (FieldText.Text(record["ActionGeo_ADM1Code"]) is { } adm1)
        {
            ids.Add(new ExternalId("fips-adm1", adm1.Trim()));
        }

        if (FieldText.Text(record["ActionGeo_FeatureID"]) is { } feature)
        {
            ids.Add(new ExternalId("gdelt-feature", feature.Trim()));
        }

        return new Place
        {
            Name = FieldText.Text(record["ActionGeo_FullName"]),
            Country = CountryCodes.FromFips(fips)?.Alpha3,
            Point = lat is { } la && lon is { } lo ? new GeoPoint(la, lo) : null,
            Precision = PrecisionOf(geoType),
            Feature = geoType == 1 ? FeatureKind.Country : FeatureKind.Unspecified,
            ExternalIds = ValueArray.From(ids),
        };
    }

    private Actor? ActorFor(GdeltEventRecord record, string prefix)
    {
        var code = FieldText.Text(record[prefix + "Code"])?.Trim();
        var name = FieldText.Text(record[prefix + "Name"])?.Trim();
        if (code is null && name is null)
        {
            return null;
        }

        var id = ActorIdFor("gdelt-actor:", string.Join(' ', new[] { code, name }.Where(p => p is not null)));
        if (TryGetActor(id.Value, out var known))
        {
            return known;
        }

        var country = FieldText.Text(record[prefix + "CountryCode"])?.Trim();
        var type1 = FieldText.Text(record[prefix + "Type1Code"])?.Trim();
        return Remember(id.Value, new Actor
        {
            Id = id,
            Name = name ?? code!,
            Kind = PloverCategories.KindOf(type1, country),
            Country = CountryCodes.IsAlpha3(country) ? country : null,
            ExternalIds = code is null ? default : [new ExternalId("cameo-actor", code)],
        });
    }
}
