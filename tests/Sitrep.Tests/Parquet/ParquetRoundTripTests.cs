using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FsCheck.Xunit;
using Sitrep.Parquet;
using Sitrep.Serialization;
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

    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 40)]
    public void A_dataset_partitioned_by_year_and_country_in_small_row_groups_reads_back_in_its_order(Dataset dataset)
    {
        var options = new ParquetWriteOptions { PartitionBy = ParquetPartitioning.Year | ParquetPartitioning.Country, RowGroupSize = 2, MaxBufferedBytes = 3000, MaxOpenPartitions = 2 };
        var back = RoundTrip(dataset, options);
        Assert.Equal(dataset, back);
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
