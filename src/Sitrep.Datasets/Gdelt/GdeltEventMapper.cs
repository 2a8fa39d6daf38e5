using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Sitrep.Actors;
using Sitrep.Datasets.Plover;
using Sitrep.Datasets.Text;
using Sitrep.Geography;
using Sitrep.Incidents;
using Sitrep.Places;
using Sitrep.Sources;
using Sitrep.Temporal;

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
