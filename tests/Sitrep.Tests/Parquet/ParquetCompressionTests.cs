using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Parquet;
using Sitrep.Incidents;
using Sitrep.Parquet;
using Sitrep.Serialization;

namespace Sitrep.Tests.Parquet;

/// <summary>The compression and level asked for are the ones the files carry, and the smallest level is smaller.</summary>
public sealed class ParquetCompressionTests
{
    private static readonly string[] Words = ["forces", "shelled", "the", "village", "near", "district", "killing", "two", "civilians", "according", "to", "local", "sources", "militants", "attacked", "a", "checkpoint", "police", "said"];

    // Text that repeats at long range, as a dataset's notes do: what a harder-working compressor finds more of.
    private static Dataset Notes(int count)
    {
        var random = new Random(7);
        return new Dataset
        {
            Incidents = [.. Enumerable.Range(0, count).Select(i => new Incident
            {
                Id = new IncidentId("acled:IRQ" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Type = IncidentType.Attack,
                Description = string.Join(' ', Enumerable.Range(0, 12 + random.Next(8)).Select(_ => Words[random.Next(Words.Length)])),
            })],
        };
    }

    private static async Task<long> WriteAsync(string directory, Dataset dataset, ParquetWriteOptions options)
    {
        var written = await ParquetDataset.WriteAsync(directory, dataset, options, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(written, d => d.IsError);
        return Directory.EnumerateFiles(directory, "*.parquet", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
    }

    [Theory]
    [InlineData(ParquetCompression.Zstd, ParquetCompressionLevel.Balanced, "ZSTD")]
    [InlineData(ParquetCompression.Zstd, ParquetCompressionLevel.Smallest, "ZSTD")]
    [InlineData(ParquetCompression.Gzip, ParquetCompressionLevel.Fastest, "GZIP")]
    [InlineData(ParquetCompression.Snappy, ParquetCompressionLevel.Balanced, "SNAPPY")]
    [InlineData(ParquetCompression.None, ParquetCompressionLevel.Balanced, "UNCOMPRESSED")]
    public async Task Every_column_chunk_carries_the_compression_asked_for_and_the_dataset_reads_back_equal(ParquetCompression compression, ParquetCompressionLevel level, string codec)
    {
        using var folder = new TempFolder();
        var seed = SitrepJson.Parse(await File.ReadAllTextAsync(TestPaths.SeedSample, TestContext.Current.CancellationToken)).Value;
        await WriteAsync(folder.Path, seed, new ParquetWriteOptions { Compression = compression, CompressionLevel = level });

        var files = Directory.GetFiles(folder.Path, "*.parquet", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            await using var stream = File.OpenRead(file);
            await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: TestContext.Current.CancellationToken);
            Assert.All(reader.Metadata!.RowGroups.SelectMany(g => g.Columns), c => Assert.Equal(codec, c.MetaData!.Codec.ToString()));
        }

        var back = await ParquetDataset.ReadAsync(folder.Path, TestContext.Current.CancellationToken);
        Assert.Equal(seed, back.Value);
    }

    [Fact]
    public async Task The_smallest_level_writes_smaller_files_than_the_balanced_one_and_the_same_data()
    {
        using var balanced = new TempFolder();
        using var smallest = new TempFolder();
        var notes = Notes(20_000);
        var balancedBytes = await WriteAsync(balanced.Path, notes, ParquetWriteOptions.Default);
        var smallestBytes = await WriteAsync(smallest.Path, notes, new ParquetWriteOptions { CompressionLevel = ParquetCompressionLevel.Smallest });

        Assert.True(smallestBytes < balancedBytes * 0.9, $"smallest {smallestBytes} bytes, balanced {balancedBytes}");
        Assert.Equal(notes, (await ParquetDataset.ReadAsync(smallest.Path, TestContext.Current.CancellationToken)).Value);
    }

    [Fact]
    public void A_level_that_is_not_one_is_refused_before_anything_is_written()
    {
        using var folder = new TempFolder();
        var options = new ParquetWriteOptions { CompressionLevel = (ParquetCompressionLevel)7 };
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParquetDatasetWriter(folder.Path, [], options));
        Assert.False(Directory.Exists(folder.Path) && Directory.EnumerateFileSystemEntries(folder.Path).Any());
    }
}
