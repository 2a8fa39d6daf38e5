using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
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

namespace Sitrep.Datasets.Ucdp;

/// <summary>
/// Maps UCDP GED records into the model: one incident per event with its sides as actors (deduplicated within a
/// mapper by UCDP actor id), the total deaths as a low/best/high estimate beside the deaths by party, the place with
/// its precision from <c>where_prec</c>, and the time with its precision from <c>date_prec</c>. docs/mappings.md has
/// the tables. The record itself keeps every column; the incident carries UCDP's ids and codes verbatim.
/// </summary>
public sealed class UcdpGedMapper : DatasetMapper<UcdpGedRecord>
{
    private long syntheticIds;

    /// <summary>Initializes a mapper whose incidents cite one UCDP GED release; actors are one per UCDP actor id.</summary>
    /// <param name="version">The release version (<c>25.1</c>), when known; it becomes the source's version.</param>
    public UcdpGedMapper(string? version = null)
        : base("ucdp-ged", "ucdp-ged", "UCDP Georeferenced Event Dataset", version, "https://ucdp.uu.se/downloads/")
    {
    }

    /// <inheritdoc />
    private protected override Incident MapRecord(UcdpGedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var violence = record.TypeOfViolence ?? 0; // 0 when a subset leaves the column out
        var sideA = SideActor(record, "a", record.SideA);
        var sideB = SideActor(record, "b", record.SideB);
        var provenance = new ValueArray<Provenance>([new Provenance(Source.Id)]);
        var participants = ImmutableArray.CreateBuilder<Participant>();
        if (sideA is { } a)
        {
            participants.Add(new Participant(a.Id, violence == 3 ? ParticipantRole.Perpetrator : ParticipantRole.Party));
        }

        if (sideB is { } b)
        {
            participants.Add(new Participant(b.Id, violence == 3 ? ParticipantRole.Victim : ParticipantRole.Party));
        }

        return new Incident
        {
            Id = RecordIncidentId("ucdp-ged:", record["id"], record, "id"),
            Type = violence switch { 3 => IncidentType.Attack, 1 or 2 => IncidentType.ArmedClash, _ => IncidentType.Unknown },
            Description = FieldText.Text(record["dyad_name"]),
            Classifications = violence == 0 ? [] : [new Classification("ucdp:type_of_violence", violence.ToString(CultureInfo.InvariantCulture), ViolenceLabel(violence))],
            Participants = new ValueArray<Participant>(participants.ToImmutable()),
            Place = Place(record),
            Time = Time(record),
            Casualties = Casualties(record, sideA, sideB, provenance),
            ExternalIds = ExternalIds(record),
            Provenance = provenance,
        };
    }

    /// <summary>
    /// Turns an incident back into a UCDP GED row: by default of its own UCDP columns (a 42-column GED 19.1 row stays
    /// 42 columns, extra columns kept) or the 49-column layout. An incident read from UCDP gets its own row back,
    /// field for field. Any other incident is written from the model: its days and date_prec, the first two
    /// participants as sides A and B, the death toll as best/low/high, the place with where_prec and the GW code; a
    /// row number when it has no UCDP id (its own id goes in relid). Whatever has no UCDP column is reported with
    /// <see cref="DatasetDiagnosticCodes.NotCarriedOver"/>.
    /// </summary>
    /// <param name="incident">The incident.</param>
    /// <param name="actors">The dataset's actors by id, to name the sides.</param>
    /// <param name="diagnostics">Receives what was not carried over.</param>
    /// <param name="layout">The columns to write (a file's first row's, so later rows follow it); by default the incident's own UCDP columns, or the 49-column layout.</param>
    /// <param name="path">The incident's JSON path in its dataset (<c>/incidents/3</c>), for the diagnostics.</param>
    /// <returns>The row.</returns>
    public UcdpGedRecord ToRecord(Incident incident, IReadOnlyDictionary<ActorId, Actor> actors, ICollection<Diagnostic> diagnostics, ValueArray<string> layout = default, string path = "")
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(actors);
        if (layout.Count == 0)
        {
            layout = incident.SourceRecord is { } own && own.Format == Format && own.Columns.Count > 0 ? own.Columns : UcdpGedColumns.Ged49;
        }

        var values = Unmap(incident, layout, (i, d, p) => Synthesize(i, actors, d, p), diagnostics, path);
        return new UcdpGedRecord(layout, values);
    }

    /// <summary>UCDP where_prec to place precision (codebook: 1 exact ... 7 at sea or in airspace).</summary>
    internal static PlacePrecision PlacePrecisionOf(int? wherePrec) => wherePrec switch
    {
        1 => PlacePrecision.ExactPoint,
        2 => PlacePrecision.NearPoint,
        3 => PlacePrecision.District,
        4 => PlacePrecision.Province,
        5 => PlacePrecision.Region,
        6 => PlacePrecision.Country,
        7 => PlacePrecision.Region,
        _ => PlacePrecision.Unknown,
    };

    private static int? WherePrecisionOf(PlacePrecision precision) => precision switch
    {
        PlacePrecision.ExactPoint or PlacePrecision.Town => 1,
        PlacePrecision.NearPoint => 2,
        PlacePrecision.District => 3,
        PlacePrecision.Province => 4,
        PlacePrecision.Region => 5,
        PlacePrecision.Country => 6,
        _ => null,
    };

    private Dictionary<string, string> Synthesize(Incident incident, IReadOnlyDictionary<ActorId, Actor> actors, ICollection<Diagnostic> diagnostics, string path)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        var ucdpId = IncidentFields.ExternalId(incident.ExternalIds, "ucdp-ged");
        if (ucdpId is null || !long.TryParse(ucdpId, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            ucdpId = IncidentFields.Number(++syntheticIds);
            row["relid"] = incident.Id.Value ?? string.Empty;
            diagnostics.Add(IncidentFields.NotCarried(path + "/id", $"UCDP ids are numbers: the row is numbered {ucdpId} and the incident's id goes in relid.", incident.Id.Value));
        }

        row["id"] = ucdpId;
        if (IncidentFields.Days(incident.Time) is var (start, end, precision))
        {
            row["year"] = IncidentFields.Number(start.Year);
            row["date_start"] = IncidentFields.Date(start);
            row["date_end"] = IncidentFields.Date(end);
            var days = Period.Between(start, end, PeriodUnits.Days).Days + 1;
            row["date_prec"] = precision switch
            {
                TemporalPrecision.Week => "3",
                TemporalPrecision.Month => "4",
                TemporalPrecision.Quarter or TemporalPrecision.Year => "5",
                _ => days == 1 ? "1" : days <= 6 ? "2" : days <= 7 ? "3" : start.Year == end.Year && start.Month == end.Month ? "4" : "5",
            };
            if (incident.Time!.Value.Modifier != TemporalModifier.None || incident.Time.Value.Precision > TemporalPrecision.Day)
            {
                diagnostics.Add(IncidentFields.NotCarried(path + "/time", "UCDP dates are whole days; the time of day or modifier is not carried over.", incident.Time.Value.ToString()));
            }
        }
        else
        {
            diagnostics.Add(IncidentFields.NotCarried(path + "/time", "The incident has no time; UCDP rows need dates, so date_start and date_end are left empty and the row will not read back.", null));
        }

        var violence = IncidentFields.Code(incident, "ucdp:type_of_violence");
        var sides = IncidentFields.Sides(incident, actors);
        var (first, second) = (sides.First, sides.Second);
        List<Actor> others = [.. sides.WithFirst, .. sides.WithSecond, .. sides.Neither];
        if (violence is null)
        {
            var oneSided = incident.Participants.Any(p => p.Role == ParticipantRole.Victim) || second?.Kind == ActorKind.Civilians;
            var state = first?.Kind is ActorKind.Government or ActorKind.State or ActorKind.StateForces || second?.Kind is ActorKind.Government or ActorKind.State or ActorKind.StateForces;
            violence = oneSided ? "3" : state ? "1" : "2";
            diagnostics.Add(IncidentFields.NotCarried(path + "/type", $"type_of_violence {violence} is derived from the participants of a {incident.Type} incident; UCDP's own coding rules (the 25-death threshold, dyads) were not applied.", incident.Type.ToString()));
        }

        row["type_of_violence"] = violence;
        if (first is not null)
        {
            row["side_a"] = first.Name;
            Side(row, "a", first);
        }

        if (second is not null)
        {
            row["side_b"] = second.Name;
            Side(row, "b", second);
        }
        else if (violence == "3")
        {
            row["side_b"] = "Civilians";
        }

        if (first is not null || second is not null)
        {
            row["dyad_name"] = (first?.Name ?? string.Empty) + " - " + (row.TryGetValue("side_b", out var b) ? b : string.Empty);
        }

        if (others.Count > 0)
        {
            diagnostics.Add(IncidentFields.NotCarried(path + "/participants", $"UCDP rows have two sides; {others.Count} further participant(s) are not carried over.", string.Join("; ", others.Select(a => a.Name))));
        }

        var killed = IncidentFields.Killed(incident, "UCDP GED", diagnostics, path);
        var best = killed?.Best ?? killed?.Low ?? killed?.High ?? 0;
        row["best"] = IncidentFields.Number(best);
        row["low"] = IncidentFields.Number(killed?.Low ?? best);
        row["high"] = IncidentFields.Number(killed?.High ?? best);
        if (killed is null)
        {
            diagnostics.Add(IncidentFields.NotCarried(path + "/casualties", "The incident has no death count; UCDP rows need one, so best, low and high are written as 0.", null));
        }

        if (incident.Place is { } place)
        {
            row["where_coordinates"] = place.Name ?? string.Empty;
            row["where_description"] = place.Name ?? string.Empty;
            row["adm_1"] = place.Admin1 ?? string.Empty;
            row["adm_2"] = place.Admin2 ?? string.Empty;
            if (WherePrecisionOf(place.Precision) is { } wherePrec)
            {
                row["where_prec"] = IncidentFields.Number(wherePrec);
            }

            if (place.Point is { } point)
            {
                row["latitude"] = IncidentFields.Number(point.Latitude);
                row["longitude"] = IncidentFields.Number(point.Longitude);
                row["geom_wkt"] = "POINT (" + IncidentFields.Number(point.Longitude) + " " + IncidentFields.Number(point.Latitude) + ")";
            }

            if (IncidentFields.CountryOf(incident) is { } country)
            {
                row["country"] = country.Name;
                if (country.GleditschWard is { } gw)
                {
                    row["country_id"] = IncidentFields.Number(gw);
                }
            }
        }

        row["number_of_sources"] = incident.Provenance.Count == 0 ? "-1" : IncidentFields.Number(incident.Provenance.Count);
        if (incident.Means.Count > 0)
        {
            diagnostics.Add(IncidentFields.NotCarried(path + "/means", "UCDP GED has no column for the means used; they are not carried over.", string.Join(", ", incident.Means)));
        }

        IncidentFields.ReportModelOnly(incident, "UCDP GED", diagnostics, path);
        return row;
    }

    private static void Side(Dictionary<string, string> row, string side, Actor actor)
    {
        if (IncidentFields.ExternalId(actor.ExternalIds, "ucdp-actor") is { } id)
        {
            row[$"side_{side}_new_id"] = id;
        }

        if (actor.GleditschWard is { } gw)
        {
            row["gwno" + side] = IncidentFields.Number(gw);
        }
    }

    private static string ViolenceLabel(int violence) => violence switch
    {
        1 => "state-based armed conflict",
        2 => "non-state conflict",
        _ => "one-sided violence",
    };

    private static Place Place(UcdpGedRecord record) => new()
    {
        Name = FieldText.Text(record["where_coordinates"]) ?? FieldText.Text(record["where_description"]),
        Admin1 = FieldText.Text(record["adm_1"]),
        Admin2 = FieldText.Text(record["adm_2"]),
        Country = int.TryParse(FieldText.Text(record["country_id"])?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var gw) ? CountryCodes.FromGleditschWard(gw)?.Alpha3 : null,
        Point = record.Latitude is { } lat && record.Longitude is { } lon ? new GeoPoint(lat, lon) : null,
        Precision = PlacePrecisionOf(record.WherePrecision),
        Feature = record.WherePrecision == 6 ? FeatureKind.Country : FeatureKind.Unspecified,
        ExternalIds = ValueArray.From(PlaceIds(record)),
    };

    private static IEnumerable<ExternalId> PlaceIds(UcdpGedRecord record)
    {
        if (FieldText.Text(record["country_id"]) is { } gw)
        {
            yield return new ExternalId("gw", gw.Trim());
        }

        if (FieldText.Text(record["priogrid_gid"]) is { } cell)
        {
            yield return new ExternalId("priogrid", cell.Trim());
        }
    }

    /// <summary>
    /// The interval is always date_start to date_end; date_prec names the unit when the interval is exactly one
    /// (a month for 4, a year for 5), otherwise the days are kept as given.
    /// </summary>
    private static TemporalValue Time(UcdpGedRecord record)
    {
        var start = record.DateStart;
        var end = record.DateEnd;
        if (start == end)
        {
            return TemporalValue.Day(start);
        }

        if (record.DatePrecision == 4 && start.Day == 1 && end == start.With(DateAdjusters.EndOfMonth))
        {
            return TemporalValue.Month(start.Year, start.Month);
        }

        if (record.DatePrecision == 5 && start.Month == 1 && start.Day == 1 && end == new LocalDate(start.Year, 12, 31))
        {
            return TemporalValue.Year(start.Year);
        }

        return TemporalValue.Between(TemporalValue.Day(start), TemporalValue.Day(end));
    }

    private static ValueArray<CasualtyCount> Casualties(UcdpGedRecord record, Actor? sideA, Actor? sideB, ValueArray<Provenance> provenance)
    {
        var counts = ImmutableArray.CreateBuilder<CasualtyCount>();
        // UCDP's own total; kept as published even when out of order (the reader warned about it). A subset without
        // low and high gives the best figure alone.
        var best = record.Best;
        var low = record.Low;
        var high = record.High;
        var estimate = low is null && high is null ? Estimate.About(best) : new Estimate(EstimateQualifier.Range, low ?? best, best, high ?? best);
        counts.Add(new CasualtyCount(CasualtyOutcome.Killed, new VictimGroup(VictimCategory.Mixed, Description: "all deaths"), estimate)
        {
            Provenance = provenance,
        });
        AddParty(counts, record.DeathsA, sideA, "deaths_a", provenance);
        AddParty(counts, record.DeathsB, sideB, "deaths_b", provenance);
        if (record.DeathsCivilians is { } civilians)
        {
            counts.Add(Party(civilians, new VictimGroup(VictimCategory.Civilians, Description: "deaths_civilians"), provenance));
        }

        if (record.DeathsUnknown is { } unknown)
        {
            counts.Add(Party(unknown, new VictimGroup(VictimCategory.Unknown, Description: "deaths_unknown"), provenance));
        }

        return new ValueArray<CasualtyCount>(counts.ToImmutable());
    }

    private static void AddParty(ImmutableArray<CasualtyCount>.Builder counts, long? deaths, Actor? side, string column, ValueArray<Provenance> provenance)
    {
        if (deaths is { } n)
        {
            var category = side?.Kind switch
            {
                ActorKind.Civilians => VictimCategory.Civilians,
                ActorKind.Government => VictimCategory.Military,
                _ => VictimCategory.Combatants,
            };
            counts.Add(Party(n, new VictimGroup(category, side?.Id, column), provenance));
        }
    }

    // Deaths by party are UCDP best estimates, not exact counts.
    private static CasualtyCount Party(long deaths, VictimGroup victims, ValueArray<Provenance> provenance) =>
        new(CasualtyOutcome.Killed, victims, Estimate.About(deaths)) { ConsolidationRule = "UCDP best estimate by party", Provenance = provenance };

    private static ValueArray<ExternalId> ExternalIds(UcdpGedRecord record)
    {
        var ids = ImmutableArray.CreateBuilder<ExternalId>();
        if (FieldText.Text(record["id"]) is { } id)
        {
            ids.Add(new ExternalId("ucdp-ged", id.Trim()));
        }

        if (record.Relid is { } relid)
        {
            ids.Add(new ExternalId("ucdp-ged-relid", relid));
        }

        if (FieldText.Text(record["conflict_new_id"]) is { } conflict)
        {
            ids.Add(new ExternalId("ucdp-conflict", conflict.Trim()));
        }

        if (FieldText.Text(record["dyad_new_id"]) is { } dyad)
        {
            ids.Add(new ExternalId("ucdp-dyad", dyad.Trim()));
        }

        return new ValueArray<ExternalId>(ids.ToImmutable());
    }

    private static bool IsPlainCode(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '.' or '_'))
            {
                return false;
            }
        }

        return value.Length > 0;
    }

    private Actor? SideActor(UcdpGedRecord record, string side, string? name)
    {
        if (name is null)
        {
            return null;
        }

        var ucdpId = FieldText.Text(record[$"side_{side}_new_id"])?.Trim();
        // A side id that is not a plain code (a row the reader reported, or a record from elsewhere) names no id: the
        // actor's name does, and the raw value stays its external id.
        var id = ucdpId is null || !IsPlainCode(ucdpId) ? ActorIdFor("ucdp-actor:", name) : new ActorId("ucdp-actor:" + ucdpId);
        var key = ucdpId ?? "name:" + id.Value;
        if (TryGetActor(key, out var known))
        {
            return known;
        }

        var kind = name == "Civilians" ? ActorKind.Civilians
            : name.StartsWith("Government of ", StringComparison.Ordinal) ? ActorKind.Government
            : ActorKind.NonStateArmedGroup;
        var gw = FieldText.Text(record["gwno" + side]);
        var externals = ImmutableArray.CreateBuilder<ExternalId>();
        if (ucdpId is not null)
        {
            externals.Add(new ExternalId("ucdp-actor", ucdpId));
        }

        if (gw is not null)
        {
            externals.Add(new ExternalId("gw", gw.Trim()));
        }

        return Remember(key, new Actor
        {
            Id = id,
            Name = name,
            Kind = kind,
            GleditschWard = kind == ActorKind.Government && gw is not null && int.TryParse(gw, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : null,
            ExternalIds = new ValueArray<ExternalId>(externals.ToImmutable()),
        });
    }

}
