using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FsCheck.Xunit;
using Sitrep.Incidents;
using Sitrep.Parquet;
using Sitrep.Places;
using Sitrep.Serialization;
using Sitrep.Sources;
using Sitrep.Temporal;
using Sitrep.Tests.Generators;

namespace Sitrep.Tests.Parquet;

/// <summary>Canonical -> Parquet -> canonical loses nothing, whatever the layout.</summary>
public sealed class ParquetRoundTripTests
{
    private static Dataset RoundTrip(Dataset dataset, ParquetWriteOptions? options = null)
    {
        using var folder = new TempFolder();
        var written = ParquetDataset.WriteAsync(folder.Path, dataset, options).GetAwaiter().GetResult();
        var read = ParquetDataset.ReadAsync(folder.Path).GetAwaiter().GetResult();
        Assert.True(read.Success, string.Join("\n", read.Diagnostics));
        Assert.DoesNotContain(written, d => d.IsError);
        return read.Value;
    }

    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 60)]
    public void A_dataset_reads_back_equal_to_what_was_written(Dataset dataset) =>
        Assert.Equal(SitrepJson.Serialize(dataset), SitrepJson.Serialize(RoundTrip(dataset)));

    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 30)]
    public void A_dataset_reads_back_equal_whatever_the_compression_and_level(Dataset dataset, byte choice)
    {
        var options = new ParquetWriteOptions { Compression = (ParquetCompression)(choice % 4), CompressionLevel = (ParquetCompressionLevel)(choice / 4 % 3) };
        Assert.Equal(dataset, RoundTrip(dataset, options));
    }

    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 40)]
    public void A_dataset_partitioned_by_year_and_country_in_small_row_groups_reads_back_in_its_order(Dataset dataset)
    {
        var options = new ParquetWriteOptions { PartitionBy = ParquetPartitioning.Year | ParquetPartitioning.Country, RowGroupSize = 2, MaxBufferedBytes = 3000, MaxOpenPartitions = 2 };
        var back = RoundTrip(dataset, options);
        Assert.Equal(dataset, back);
    }

    [Fact]
    public async Task Input_spread_evenly_over_many_partitions_in_tiny_row_groups_rolls_files_and_reads_back_in_order()
    {
        // 24 partitions, written round-robin two rows a group: open files would hold thousands of row groups'
        // metadata, so files are finished along the way (by row groups per file and by column chunks held open).
        var incidents = Enumerable.Range(0, 1500).Select(i => new Incident
        {
            Id = new IncidentId("e" + i),
            Type = IncidentType.Attack,
            Time = TemporalValue.Day(2020, 1, 1 + (i % 28)),
            Place = new Place { Country = "C" + (i % 24), Precision = PlacePrecision.Country },
            SourceRecord = new SourceRecord("gdelt-events", ["GLOBALEVENTID", "SOURCEURL"], [i.ToString(System.Globalization.CultureInfo.InvariantCulture), "https://example.org/" + i]),
        }).ToList();
        var dataset = new Dataset { Incidents = [.. incidents] };
        var options = new ParquetWriteOptions { PartitionBy = ParquetPartitioning.Year | ParquetPartitioning.Country, RowGroupSize = 2 };
        using var folder = new TempFolder();
        await ParquetDataset.WriteAsync(folder.Path, dataset, options, TestContext.Current.CancellationToken);
        var read = await ParquetDataset.ReadAsync(folder.Path, TestContext.Current.CancellationToken);
        Assert.Equal(dataset, read.Value);

        // Each partition has 31 row groups, under the 32 a file takes: only the bound on open column chunks rolls them.
        var files = System.IO.Directory.GetFiles(System.IO.Path.Combine(folder.Path, "incidents"), "*.parquet", System.IO.SearchOption.AllDirectories);
        Assert.InRange(files.Length, 25, 1500);
    }

    [Fact]
    public async Task The_seed_story_reads_back_equal()
    {
        var seed = SitrepJson.Parse(await File.ReadAllTextAsync(TestPaths.SeedSample, TestContext.Current.CancellationToken)).Value;
        Assert.Equal(seed, RoundTrip(seed));
        Assert.Equal(seed, RoundTrip(seed, new ParquetWriteOptions { PartitionBy = ParquetPartitioning.Year | ParquetPartitioning.Country }));
        Assert.NotEmpty(seed.Incidents.SelectMany(i => i.Casualties));
    }
}
