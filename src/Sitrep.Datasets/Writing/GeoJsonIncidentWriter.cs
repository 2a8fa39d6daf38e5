using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Actors;
using Sitrep.Incidents;
using Sitrep.Places;
using Sitrep.Validation;

namespace Sitrep.Datasets.Writing;

/// <summary>
/// GeoJSON (RFC 7946): each incident a Feature with a Point geometry (longitude, latitude; <c>null</c> when the
/// incident has no coordinates) and flat properties a GIS reads as columns. As a FeatureCollection, streamed (the
/// collection's head is written first, each feature as it comes, the tail at the end); or as GeoJSON Lines, one
/// Feature per line (newline-delimited, as GDAL's GeoJSONSeq and tippecanoe read).
/// </summary>
internal sealed class GeoJsonIncidentWriter(Stream target, bool lines, ICollection<Diagnostic> diagnostics) : IncidentWriter(diagnostics)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private readonly Utf8JsonWriter json = new(target, Options);
    private bool started;
    private long withoutPoint;

    public override Task WriteActorsAsync(IEnumerable<Actor> actors, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public override async Task WriteIncidentAsync(Incident incident, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        Start();
        WriteFeature(incident);
        if (lines)
        {
            // One Feature per line: each is a document of its own, so the writer starts afresh after the line end.
            json.Flush();
            target.WriteByte((byte)'\n');
            json.Reset(target);
        }

        Written++;
        IncidentsWritten++;
        if (Written % 1024 == 0)
        {
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        Start();
        if (!lines)
        {
            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
            target.WriteByte((byte)'\n');
        }

        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        if (withoutPoint > 0)
        {
            Diagnostics.Add(new Diagnostic(DatasetDiagnosticCodes.NotCarriedOver, DiagnosticSeverity.Info, $"{withoutPoint} incident(s) have no coordinates; their features have a null geometry (RFC 7946, 3.2).") { Path = string.Empty });
        }
    }

    protected override async ValueTask DisposeAsyncCore() => await json.DisposeAsync().ConfigureAwait(false);

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private void Start()
    {
        if (started || lines)
        {
            started = true;
            return;
        }

        started = true;
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
    }

    private void WriteFeature(Incident incident)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", incident.Id.Value);
        var place = incident.Place;
        if (place?.Point is { IsValid: true } point)
        {
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            json.WriteNumberValue(Math.Round(point.Longitude, 6));
            json.WriteNumberValue(Math.Round(point.Latitude, 6));
            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("geometry");
            withoutPoint++;
        }

        json.WriteStartObject("properties");
        json.WriteString("id", incident.Id.Value);
        json.WriteString("incidentType", Camel(incident.Type.ToString()));
        if (incident.Description is { } description)
        {
            json.WriteString("description", description);
        }

        if (incident.Time is { } time)
        {
            json.WriteString("time", time.ToString());
            json.WriteString("startDate", time.StartDate.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("endDate", time.EndDate.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("timePrecision", Camel(time.Precision.ToString()));
        }

        if (place is not null)
        {
            WritePlace(place);
        }

        WriteCasualties(incident);
        json.WriteStartArray("participants");
        foreach (var participant in incident.Participants)
        {
            json.WriteStartObject();
            json.WriteString("actor", participant.Actor.Value);
            json.WriteString("role", Camel(participant.Role.ToString()));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WritePlace(Place place)
    {
        if (place.Name is { } name)
        {
            json.WriteString("place", name);
        }

        if (place.Country is { } country)
        {
            json.WriteString("country", country);
        }

        if (place.Admin1 is { } admin1)
        {
            json.WriteString("admin1", admin1);
        }

        if (place.Admin2 is { } admin2)
        {
            json.WriteString("admin2", admin2);
        }

        json.WriteString("placePrecision", Camel(place.Precision.ToString()));

        // A point that stands for a town, a district or a country is a centroid, not where it happened.
        json.WriteBoolean("imprecise", place.Precision is not (PlacePrecision.ExactPoint or PlacePrecision.NearPoint));
    }

    private void WriteCasualties(Incident incident)
    {
        // "killed": one figure for a map's size or colour, as `sitrep stats` counts it; null when none is known.
        if (CasualtyTolls.TryGetFigure(incident.Casualties, CasualtyOutcome.Killed, out var killed))
        {
            if (killed is { } total)
            {
                json.WriteNumber("killed", total);
            }
            else
            {
                json.WriteNull("killed");
            }
        }

        WriteCounts("casualties", incident.Casualties);
    }

    // Each count, with the counts of who among its people were of a group under it ("parts").
    private void WriteCounts(string name, ValueArray<CasualtyCount> counts)
    {
        json.WriteStartArray(name);
        foreach (var count in counts)
        {
            json.WriteStartObject();
            json.WriteString("outcome", Camel(count.Outcome.ToString()));
            json.WriteString("victims", Camel(count.Victims.Category.ToString()));
            json.WriteString("qualifier", Camel(count.Estimate.Qualifier.ToString()));
            WriteFigure("low", count.Estimate.Low);
            WriteFigure("best", count.Estimate.Best);
            WriteFigure("high", count.Estimate.High);
            if (!count.Parts.IsEmpty)
            {
                WriteCounts("parts", count.Parts);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void WriteFigure(string name, long? value)
    {
        if (value is { } figure)
        {
            json.WriteNumber(name, figure);
        }
    }
}
