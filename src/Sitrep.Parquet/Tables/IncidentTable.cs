using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Sitrep.Incidents;
using Sitrep.Parquet.Geometry;
using Sitrep.Places;
using Sitrep.Serialization;
using Sitrep.Sources;

namespace Sitrep.Parquet.Tables;

/// <summary>The <c>incidents</c> table: one row per incident, its casualty counts, participants and attributions in their own tables.</summary>
internal static class IncidentTable
{
    public const string Name = "incidents";

    public static Table<IncidentRow> Create() => new(Name, [
        new ValueColumn<IncidentRow, long>("seq", r => r.Sequence),
        new TextColumn<IncidentRow>("id", r => r.Incident.Id.Value, required: true, key: true),
        new TextColumn<IncidentRow>("type", r => Cells.Name(r.Incident.Type), required: true),
        new TextColumn<IncidentRow>("scope", r => Cells.Name(r.Incident.Scope), required: true),
        new TextColumn<IncidentRow>("coverage", r => Cells.Name(r.Incident.Coverage), required: true),
        new TextColumn<IncidentRow>("description", r => r.Incident.Description),
        new TextColumn<IncidentRow>("time", r => r.Incident.Time?.ToString()),
        new ValueColumn<IncidentRow, DateOnly>("time_start", r => Cells.Start(r.Incident.Time)),
        new ValueColumn<IncidentRow, DateOnly>("time_end", r => Cells.End(r.Incident.Time)),
        new TextColumn<IncidentRow>("time_precision", r => Cells.Name(r.Incident.Time?.Precision)),
        new TextColumn<IncidentRow>("time_modifier", r => Cells.Name(r.Incident.Time?.Modifier)),
        new TextColumn<IncidentRow>("place_name", r => r.Incident.Place?.Name),
        new TextColumn<IncidentRow>("place_country", r => r.Incident.Place?.Country),
        new TextColumn<IncidentRow>("place_admin1", r => r.Incident.Place?.Admin1),
        new TextColumn<IncidentRow>("place_admin2", r => r.Incident.Place?.Admin2),
        new TextColumn<IncidentRow>("place_admin3", r => r.Incident.Place?.Admin3),
        new TextColumn<IncidentRow>("place_feature", r => Cells.Name(r.Incident.Place?.Feature)),
        new TextColumn<IncidentRow>("place_precision", r => Cells.Name(r.Incident.Place?.Precision)),
        new TextColumn<IncidentRow>("place_external_ids", r => r.Incident.Place is { } p ? JsonFragments.Write(p.ExternalIds) : null),
        new ValueColumn<IncidentRow, double>("latitude", r => r.Incident.Place?.Point?.Latitude),
        new ValueColumn<IncidentRow, double>("longitude", r => r.Incident.Place?.Point?.Longitude),
        new BinaryColumn<IncidentRow>("geometry", r => Wkb.Point(r.Incident.Place?.Point)),
        new ValueColumn<IncidentRow, long>("killed", r => Killed(r.Incident)),
        new TextColumn<IncidentRow>("means", r => JsonFragments.Write(r.Incident.Means)),
        new TextColumn<IncidentRow>("classifications", r => JsonFragments.Write(r.Incident.Classifications)),
        new TextColumn<IncidentRow>("related_incidents", r => JsonFragments.Write(r.Incident.RelatedIncidents)),
        new TextColumn<IncidentRow>("external_ids", r => JsonFragments.Write(r.Incident.ExternalIds)),
        new TextColumn<IncidentRow>("provenance", r => JsonFragments.Write(r.Incident.Provenance)),
        new TextColumn<IncidentRow>("source_format", r => r.Incident.SourceRecord?.Format),
    ]);

    /// <summary>
    /// Reads a row group's incidents, without their parts and original rows, each with its place in the input and
    /// the format of its original row when it has one (in <c>source_records</c>).
    /// </summary>
    public static async Task ReadAsync(ColumnData data, RowDecoder row, long firstRow, Action<long, Incident, string?> accept)
    {
        var seq = await data.ValuesAsync<long>("seq").ConfigureAwait(false);
        var id = await data.TextAsync("id").ConfigureAwait(false);
        var type = await data.TextAsync("type").ConfigureAwait(false);
        var scope = await data.TextAsync("scope").ConfigureAwait(false);
        var coverage = await data.TextAsync("coverage").ConfigureAwait(false);
        var description = await data.TextAsync("description").ConfigureAwait(false);
        var time = await data.TextAsync("time").ConfigureAwait(false);
        var placeName = await data.TextAsync("place_name").ConfigureAwait(false);
        var country = await data.TextAsync("place_country").ConfigureAwait(false);
        var admin1 = await data.TextAsync("place_admin1").ConfigureAwait(false);
        var admin2 = await data.TextAsync("place_admin2").ConfigureAwait(false);
        var admin3 = await data.TextAsync("place_admin3").ConfigureAwait(false);
        var feature = await data.TextAsync("place_feature").ConfigureAwait(false);
        var precision = await data.TextAsync("place_precision").ConfigureAwait(false);
        var placeIds = await data.TextAsync("place_external_ids").ConfigureAwait(false);
        var latitude = await data.ValuesAsync<double>("latitude").ConfigureAwait(false);
        var longitude = await data.ValuesAsync<double>("longitude").ConfigureAwait(false);
        var means = await data.TextAsync("means").ConfigureAwait(false);
        var classifications = await data.TextAsync("classifications").ConfigureAwait(false);
        var related = await data.TextAsync("related_incidents").ConfigureAwait(false);
        var externalIds = await data.TextAsync("external_ids").ConfigureAwait(false);
        var provenance = await data.TextAsync("provenance").ConfigureAwait(false);
        var sourceFormat = await data.TextAsync("source_format").ConfigureAwait(false);
        for (var i = 0; i < data.Rows; i++)
        {
            row.Next(firstRow + i + 1);
            if (seq[i] is not { } sequence)
            {
                row.Fail("seq", null, "is empty; the reader needs it to keep the input's order.");
                continue;
            }

            var place = precision[i] is null ? null : new Place
            {
                Name = placeName[i],
                Country = country[i],
                Admin1 = admin1[i],
                Admin2 = admin2[i],
                Admin3 = admin3[i],
                Feature = row.Enum<FeatureKind>("place_feature", feature[i]),
                Precision = row.Enum<PlacePrecision>("place_precision", precision[i]),
                Point = latitude[i] is { } lat && longitude[i] is { } lon ? new GeoPoint(lat, lon) : null,
                ExternalIds = row.List<ExternalId>("place_external_ids", placeIds[i]),
            };
            var incident = new Incident
            {
                Id = row.Id<IncidentId>("id", id[i]),
                Type = row.Enum<IncidentType>("type", type[i]),
                Scope = row.Enum<IncidentScope>("scope", scope[i]),
                Coverage = row.Enum<IncidentCoverage>("coverage", coverage[i]),
                Description = description[i],
                Time = row.Time("time", time[i]),
                Place = place,
                Means = row.List<Means>("means", means[i]),
                Classifications = row.List<Classification>("classifications", classifications[i]),
                RelatedIncidents = row.List<IncidentId>("related_incidents", related[i]),
                ExternalIds = row.List<ExternalId>("external_ids", externalIds[i]),
                Provenance = row.List<Provenance>("provenance", provenance[i]),
            };
            if (!row.Failed)
            {
                accept(sequence, incident, sourceFormat[i]);
            }
        }
    }

    // The one figure `sitrep stats` and GeoJSON give for the dead (derived, for queries; not read back).
    private static long? Killed(Incident incident) =>
        CasualtyTolls.TryGetFigure(incident.Casualties, CasualtyOutcome.Killed, out var figure) ? figure : null;
}
