using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DuckDB.NET.Data;
using Sitrep.Datasets.Ucdp;
using Sitrep.Incidents;
using Sitrep.Parquet;
using Sitrep.Places;
using Sitrep.Temporal;
using Sitrep.Tests.Cli;

namespace Sitrep.Tests.Parquet;

/// <summary>What users do with the folder: query it with DuckDB, which must agree with Sitrep's own counts and prune partitions.</summary>
public sealed class ParquetDuckDbTests
{
    private static string UcdpFile() => TestPaths.CorpusFileOrSkip("datasets", "ucdp", "ged-myanmar-r-export.csv");

    private static List<Incident> Mapped(string file)
    {
        using var reader = UcdpGedReader.OpenFile(file);
        var mapper = new UcdpGedMapper();
        return [.. reader.ReadRows().Where(r => r.Success).Select(r => mapper.Map(r.Value))];
    }

    private static List<object?[]> Query(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var values = new object?[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(values);
        }

        return rows;
    }

    // What a user runs: sitrep convert into a folder partitioned by year and country.
    private static async Task<(string Output, string Stdout)> ConvertByYearAndCountryAsync(string input, TempFolder folder)
    {
        var output = folder.Sub("ged.parquet");
        var (exit, stdout, stderr) = await CliTests.Run("convert", input, "-o", output, "--to", "parquet", "--partition-by", "year,country");
        Assert.True(exit == 0, stdout + stderr);
        return (output, stdout);
    }

    private static string Table(string folder, string table) =>
        $"read_parquet('{Path.Combine(folder, table).Replace('\\', '/')}/**/*.parquet', hive_partitioning = true)";

    [Fact]
    public async Task DuckDB_counts_and_sums_of_a_partition_agree_with_Sitreps_own_and_scan_only_that_partition()
    {
        var ucdp = UcdpFile();
        using var folder = new TempFolder();
        var (output, stdout) = await ConvertByYearAndCountryAsync(ucdp, folder);
        Assert.Contains("partitioned by year and country", stdout, StringComparison.Ordinal);

        var incidents = Mapped(ucdp);
        var year = incidents.GroupBy(i => i.Time!.Value.StartDate.Year).MaxBy(g => g.Count())!.Key;
        var wanted = incidents.Where(i => i.Time!.Value.StartDate.Year == year && i.Place?.Country == "MMR").ToList();
        var killed = wanted.Sum(i => CasualtyTolls.TryGetFigure(i.Casualties, CasualtyOutcome.Killed, out var figure) ? figure ?? 0 : 0);
        var best = wanted.SelectMany(i => i.Casualties).Where(c => c.Outcome == CasualtyOutcome.Killed).Sum(c => c.Estimate.Best ?? 0);
        Assert.True(wanted.Count > 10 && killed > 0);

        var where = $"WHERE year = {year} AND country = 'MMR'";
        var row = Assert.Single(Query($"SELECT count(*), sum(killed)::BIGINT FROM {Table(output, "incidents")} {where}"));
        Assert.Equal(wanted.Count, Convert.ToInt64(row[0], CultureInfo.InvariantCulture));
        Assert.Equal(killed, Convert.ToInt64(row[1], CultureInfo.InvariantCulture));
        var counts = Assert.Single(Query($"SELECT sum(best)::BIGINT FROM {Table(output, "casualties")} {where} AND outcome = 'killed'"));
        Assert.Equal(best, Convert.ToInt64(counts[0], CultureInfo.InvariantCulture));

        // The casualty rows join back to their incidents by id within the partition.
        var joined = Assert.Single(Query($"SELECT count(*) FROM {Table(output, "casualties")} c JOIN {Table(output, "incidents")} i ON c.incident_id = i.id AND c.year = i.year AND c.country = i.country {where.Replace("year", "c.year", StringComparison.Ordinal).Replace("country", "c.country", StringComparison.Ordinal)}"));
        Assert.Equal(wanted.Sum(i => i.Casualties.Count), Convert.ToInt64(joined[0], CultureInfo.InvariantCulture));

        // Partition pruning: the plan reads one file of the many.
        var plan = string.Join("\n", Query($"EXPLAIN SELECT sum(killed) FROM {Table(output, "incidents")} {where}").Select(r => string.Join(" ", r)));
        var partitions = Directory.GetDirectories(Path.Combine(output, "incidents"), "country=*", SearchOption.AllDirectories).Length;
        Assert.True(partitions > 10, $"{partitions} partitions");
        Assert.Contains($"Scanning Files: 1/{partitions}", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuckDB_queries_the_original_UCDP_columns_by_their_names_and_they_join_back_to_their_incidents()
    {
        var ucdp = UcdpFile();
        using var folder = new TempFolder();
        var (output, _) = await ConvertByYearAndCountryAsync(ucdp, folder);

        var rows = Mapped(ucdp).Select(i => i.SourceRecord!).ToList();
        var year = rows.GroupBy(r => r["year"]).MaxBy(g => g.Count())!.Key!;
        var wanted = rows.Where(r => r["year"] == year).ToList();
        var best = wanted.Sum(r => long.Parse(r["best"]!, CultureInfo.InvariantCulture));
        var sources = wanted.Count(r => r["source_article"]!.Contains("Reuters", StringComparison.Ordinal));

        var row = Assert.Single(Query($"SELECT count(*), sum(CAST(best AS BIGINT))::BIGINT, count(*) FILTER (WHERE source_article LIKE '%Reuters%'), count(DISTINCT format), count(*) FILTER (WHERE year_2 <> CAST(year AS VARCHAR)) FROM {Table(output, "source_records")} WHERE year = {year}"));
        Assert.Equal(wanted.Count, Convert.ToInt64(row[0], CultureInfo.InvariantCulture));
        Assert.Equal(best, Convert.ToInt64(row[1], CultureInfo.InvariantCulture));
        Assert.Equal(sources, Convert.ToInt64(row[2], CultureInfo.InvariantCulture));
        Assert.Equal(1L, Convert.ToInt64(row[3], CultureInfo.InvariantCulture));

        // UCDP's own year column does not collide with the partition key (Spark refuses that); it is year_2.
        Assert.Equal(0L, Convert.ToInt64(row[4], CultureInfo.InvariantCulture));

        // Every original row joins its incident on the place in the input, and has the incident's id.
        var joined = Assert.Single(Query($"SELECT count(*), count(*) FILTER (WHERE s.incident_id = i.id AND s.id = split_part(i.id, ':', 2)) FROM {Table(output, "source_records")} s JOIN {Table(output, "incidents")} i ON s.incident_seq = i.seq"));
        Assert.Equal(rows.Count, Convert.ToInt64(joined[0], CultureInfo.InvariantCulture));
        Assert.Equal(rows.Count, Convert.ToInt64(joined[1], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Columns_are_written_with_the_encoding_their_content_needs_and_DuckDB_reads_every_one()
    {
        var ucdp = UcdpFile();
        using var folder = new TempFolder();
        var output = folder.Sub("ged.parquet");
        var (exit, stdout, stderr) = await CliTests.Run("convert", ucdp, "-o", output, "--to", "parquet");
        Assert.True(exit == 0, stdout + stderr);

        string Encodings(string table, string column) => string.Join(
            ",",
            Query($"SELECT DISTINCT encodings FROM parquet_metadata('{Path.Combine(output, table).Replace('\\', '/')}/**/*.parquet') WHERE path_in_schema = '{column}'").Select(r => r[0]));

        // Sequence numbers, ordinals and counts: delta-encoded; coordinates: split into byte streams.
        Assert.Contains("DELTA_BINARY_PACKED", Encodings("incidents", "seq"), StringComparison.Ordinal);
        Assert.Contains("DELTA_BINARY_PACKED", Encodings("casualties", "best"), StringComparison.Ordinal);
        Assert.Contains("DELTA_BINARY_PACKED", Encodings("casualties", "ordinal"), StringComparison.Ordinal);
        Assert.Contains("BYTE_STREAM_SPLIT", Encodings("incidents", "latitude"), StringComparison.Ordinal);

        // Names and codes that repeat: a dictionary; keys: never (a dictionary of keys is as large as the keys).
        Assert.Contains("DICTIONARY", Encodings("incidents", "type"), StringComparison.Ordinal);
        Assert.Contains("DICTIONARY", Encodings("incidents", "place_admin1"), StringComparison.Ordinal);
        Assert.Contains("DICTIONARY", Encodings("source_records", "region"), StringComparison.Ordinal);
        Assert.DoesNotContain("DICTIONARY", Encodings("incidents", "id"), StringComparison.Ordinal);
        Assert.DoesNotContain("DICTIONARY", Encodings("casualties", "incident_id"), StringComparison.Ordinal);
        Assert.DoesNotContain("DICTIONARY", Encodings("source_records", "relid"), StringComparison.Ordinal);

        // And every value reads back in DuckDB as Sitrep wrote it: the sums of each encoded column agree.
        var incidents = Mapped(ucdp);
        var row = Assert.Single(Query($"SELECT count(*), sum(seq)::BIGINT, sum(latitude), sum(epoch(time_start)::BIGINT / 86400)::BIGINT, count(DISTINCT type) FROM {Table(output, "incidents")}"));
        Assert.Equal(incidents.Count, Convert.ToInt64(row[0], CultureInfo.InvariantCulture));
        Assert.Equal((long)incidents.Count * (incidents.Count - 1) / 2, Convert.ToInt64(row[1], CultureInfo.InvariantCulture));
        Assert.Equal(incidents.Sum(i => i.Place!.Point!.Value.Latitude), Convert.ToDouble(row[2], CultureInfo.InvariantCulture), 6);
        Assert.Equal(incidents.Sum(i => (long)i.Time!.Value.StartDate.ToDateTimeUnspecified().Subtract(DateTime.UnixEpoch).TotalDays), Convert.ToInt64(row[3], CultureInfo.InvariantCulture));
        Assert.Equal(incidents.Select(i => i.Type).Distinct().Count(), Convert.ToInt64(row[4], CultureInfo.InvariantCulture));
        var parts = Assert.Single(Query($"SELECT count(*), sum(ordinal)::BIGINT, sum(best)::BIGINT FROM {Table(output, "casualties")}"));
        Assert.Equal(incidents.Sum(i => i.Casualties.Count), Convert.ToInt64(parts[0], CultureInfo.InvariantCulture));
        Assert.Equal(incidents.Sum(i => (long)i.Casualties.Count * (i.Casualties.Count - 1) / 2), Convert.ToInt64(parts[1], CultureInfo.InvariantCulture));
        Assert.Equal(incidents.SelectMany(i => i.Casualties).Sum(c => c.Estimate.Best ?? 0), Convert.ToInt64(parts[2], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task DuckDB_reads_the_geometry_as_GeoParquet_points_in_longitude_latitude_order()
    {
        using var folder = new TempFolder();
        var dataset = new Dataset
        {
            Incidents =
            [
                new Incident { Id = new IncidentId("i1"), Type = IncidentType.Strike, Place = new Place { Country = "IRQ", Point = new GeoPoint(33.3152, 44.3661), Precision = PlacePrecision.Town } },
                new Incident { Id = new IncidentId("i2"), Type = IncidentType.Strike, Place = new Place { Country = "IRQ", Point = new GeoPoint(95, 44), Precision = PlacePrecision.Town } },
                new Incident { Id = new IncidentId("i3"), Type = IncidentType.Strike },
            ],
        };
        var noted = await ParquetDataset.WriteAsync(folder.Path, dataset, null, TestContext.Current.CancellationToken);
        Assert.Contains(noted, d => d.Code == ParquetDiagnosticCodes.NoGeometry);

        var type = Query($"SELECT column_type FROM (DESCRIBE SELECT * FROM {Table(folder.Path, "incidents")}) WHERE column_name = 'geometry'");
        Assert.StartsWith("GEOMETRY", (string)Assert.Single(type)[0]!, StringComparison.Ordinal);
        var points = Query($"SELECT id, ST_AsText(geometry), latitude FROM {Table(folder.Path, "incidents")} ORDER BY id");
        Assert.Equal("POINT (44.3661 33.3152)", points[0][1]);
        Assert.Null(points[1][1]); // latitude 95 is kept in its column, with no geometry
        Assert.Equal(95.0, points[1][2]);
        Assert.Null(points[2][1]);
    }

    [Fact]
    public async Task An_undated_or_unplaced_incident_is_in_the_null_partition_that_DuckDB_reads_as_NULL()
    {
        using var folder = new TempFolder();
        var dataset = new Dataset
        {
            Incidents =
            [
                new Incident { Id = new IncidentId("dated"), Type = IncidentType.Attack, Time = TemporalValue.Day(2024, 2, 3), Place = new Place { Country = "UKR" } },
                new Incident { Id = new IncidentId("undated"), Type = IncidentType.Attack, Place = new Place { Country = "UKR" } },
                new Incident { Id = new IncidentId("nowhere"), Type = IncidentType.Attack, Time = TemporalValue.Day(2024, 5, 1) },
                new Incident { Id = new IncidentId("odd/country"), Type = IncidentType.Attack, Time = TemporalValue.Day(2024, 5, 1), Place = new Place { Country = "../x=y" } },
            ],
        };
        await ParquetDataset.WriteAsync(folder.Path, dataset, new ParquetWriteOptions { PartitionBy = ParquetPartitioning.Year | ParquetPartitioning.Country }, TestContext.Current.CancellationToken);

        var rows = Query($"SELECT id, year, country FROM {Table(folder.Path, "incidents")} ORDER BY seq");
        Assert.Equal(["dated", 2024L, "UKR"], rows[0]);
        Assert.Equal(["undated", null, "UKR"], rows[1]);
        Assert.Equal(["nowhere", 2024L, null], rows[2]);

        // A country that is not a code cannot leave its folder: it is escaped, and reads back exactly.
        Assert.True(Directory.Exists(Path.Combine(folder.Path, "incidents", "year=2024", "country=%2E%2E%2Fx%3Dy")));
        var back = await ParquetDataset.ReadAsync(folder.Path, TestContext.Current.CancellationToken);
        Assert.Equal(dataset, back.Value);
    }
}
