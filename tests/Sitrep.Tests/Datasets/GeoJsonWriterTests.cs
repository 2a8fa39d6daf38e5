using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Sitrep.Datasets;
using Sitrep.Datasets.Ucdp;
using Sitrep.Incidents;
using Sitrep.Places;
using Sitrep.Serialization;
using Sitrep.Validation;

namespace Sitrep.Tests.Datasets;

/// <summary>GeoJSON output is RFC 7946 as a GIS library reads it: NetTopologySuite reads it back.</summary>
public sealed class GeoJsonWriterTests
{
    private static readonly JsonSerializerOptions Nts = new() { Converters = { new GeoJsonConverterFactory() } };

    private static async Task<(string Text, List<Diagnostic> Diagnostics)> WriteAsync(DatasetFormat format, IEnumerable<Incident> incidents)
    {
        var diagnostics = new List<Diagnostic>();
        using var target = new MemoryStream();
        await using (var writer = IncidentWriter.Create(format, target, diagnostics))
        {
            foreach (var incident in incidents)
            {
                await writer.WriteIncidentAsync(incident);
            }

            await writer.CompleteAsync();
        }

        return (Encoding.UTF8.GetString(target.ToArray()), diagnostics);
    }

    private static Incident At(string id, double latitude, double longitude, PlacePrecision precision) => new()
    {
        Id = new(id),
        Type = IncidentType.Attack,
        Place = new Place { Name = "Hpakant", Country = "MMR", Point = new GeoPoint(latitude, longitude), Precision = precision },
        Casualties =
        [
            new(CasualtyOutcome.Killed, new VictimGroup(VictimCategory.Mixed), new Sitrep.Estimates.Estimate(Sitrep.Estimates.EstimateQualifier.Range, 5, 6, 8)),
            new(CasualtyOutcome.Killed, new VictimGroup(VictimCategory.Civilians), Sitrep.Estimates.Estimate.About(1)),
        ],
    };

    [Fact]
    public async Task A_feature_collection_reads_back_in_netTopologySuite_with_longitude_first()
    {
        var (text, _) = await WriteAsync(DatasetFormat.GeoJson, [At("incident:a", 25.6, 96.3, PlacePrecision.ExactPoint), At("incident:b", -33.9, 18.4, PlacePrecision.Province)]);

        var collection = JsonSerializer.Deserialize<FeatureCollection>(text, Nts)!;

        Assert.Equal(2, collection.Count);
        var first = (Point)collection[0].Geometry;
        Assert.Equal((96.3, 25.6), (first.X, first.Y));
        Assert.Equal("incident:a", collection[0].Attributes["id"]);
        Assert.Equal(false, collection[0].Attributes["imprecise"]);
        Assert.Equal(true, collection[1].Attributes["imprecise"]);
        Assert.Equal(6L, Convert.ToInt64(collection[0].Attributes["killed"], System.Globalization.CultureInfo.InvariantCulture));   // the total, not total + breakdown
    }

    [Fact]
    public async Task A_count_keeps_its_parts_under_it_and_the_killed_figure_leaves_them_out()
    {
        var incident = At("incident:a", 25.6, 96.3, PlacePrecision.ExactPoint) with
        {
            Casualties =
            [
                new(CasualtyOutcome.Killed, new VictimGroup(VictimCategory.Civilians), Sitrep.Estimates.Estimate.Exactly(30))
                {
                    Parts = [new(CasualtyOutcome.Killed, new VictimGroup(VictimCategory.Children), Sitrep.Estimates.Estimate.Exactly(8))],
                },
            ],
        };

        var (text, _) = await WriteAsync(DatasetFormat.GeoJsonLines, [incident]);
        var properties = JsonDocument.Parse(text).RootElement.GetProperty("properties");

        Assert.Equal(30, properties.GetProperty("killed").GetInt64());
        var count = Assert.Single(properties.GetProperty("casualties").EnumerateArray());
        var part = Assert.Single(count.GetProperty("parts").EnumerateArray());
        Assert.Equal(("children", 8L), (part.GetProperty("victims").GetString(), part.GetProperty("best").GetInt64()));
    }

    [Fact]
    public async Task GeoJson_lines_hold_one_feature_per_line_and_an_incident_without_coordinates_has_a_null_geometry()
    {
        var seed = SitrepJson.Read(File.ReadAllBytes(TestPaths.SeedSample)).Value;

        var (text, diagnostics) = await WriteAsync(DatasetFormat.GeoJsonLines, [.. seed.Incidents, At("incident:a", 25.6, 96.3, PlacePrecision.NearPoint)]);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(seed.Incidents.Count + 1, lines.Length);
        var features = lines.Select(l => JsonSerializer.Deserialize<IFeature>(l, Nts)!).ToList();
        Assert.All(features.Take(seed.Incidents.Count), f => Assert.Null(f.Geometry));
        Assert.IsType<Point>(features[^1].Geometry);
        Assert.Equal(seed.Incidents.Select(i => i.Id.Value), features.Take(seed.Incidents.Count).Select(f => (string)f.Attributes["id"]));
        Assert.Contains(diagnostics, d => d.Code == DatasetDiagnosticCodes.NotCarriedOver && d.Message.Contains($"{seed.Incidents.Count} incident(s) have no coordinates", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_real_ucdp_file_becomes_one_point_per_event_inside_the_coordinate_ranges()
    {
        if (TestPaths.SharedCorpus is not { } corpus)
        {
            Assert.Skip("../shared/corpus is absent: this clone has no shared corpus beside it.");
            return;
        }

        using var reader = UcdpGedReader.OpenFile(Path.Combine(corpus, "datasets", "ucdp", "ged-myanmar-r-export.csv"));
        var mapper = new UcdpGedMapper();
        var incidents = reader.ReadRows().Where(r => r.Success).Select(r => mapper.Map(r.Value)).ToList();

        var (text, _) = await WriteAsync(DatasetFormat.GeoJson, incidents);
        var collection = JsonSerializer.Deserialize<FeatureCollection>(text, Nts)!;

        Assert.Equal(incidents.Count, collection.Count);
        Assert.All(collection.Select(f => f.Geometry).OfType<Point>(), p => Assert.True(p.X is >= 92 and <= 102 && p.Y is >= 9 and <= 29, $"{p} is not in Myanmar"));
    }
}
