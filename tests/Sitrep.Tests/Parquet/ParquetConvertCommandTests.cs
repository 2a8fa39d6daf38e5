using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Sitrep.Parquet;
using Sitrep.Serialization;
using Sitrep.Tests.Cli;

namespace Sitrep.Tests.Parquet;

/// <summary><c>sitrep convert --to parquet</c>: a folder written whole or not at all, never over other files or the input.</summary>
public sealed class ParquetConvertCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public ParquetConvertCommandTests() => Directory.CreateDirectory(folder.Path);

    public void Dispose() => folder.Dispose();

    private void AssertNoPartialFolders() =>
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path, "*.partial*", SearchOption.AllDirectories));

    [Fact]
    public async Task Canonical_JSON_converts_to_a_folder_named_parquet_and_reads_back_equal()
    {
        var output = folder.Sub("seed.parquet");
        var (exit, stdout, stderr) = await CliTests.Run("convert", TestPaths.SeedSample, "-o", output);
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("written to " + output + " (parquet)", stdout, StringComparison.Ordinal);

        var seed = SitrepJson.Parse(await File.ReadAllTextAsync(TestPaths.SeedSample, TestContext.Current.CancellationToken)).Value;
        var back = await ParquetDataset.ReadAsync(output, TestContext.Current.CancellationToken);
        Assert.Equal(seed, back.Value);
        AssertNoPartialFolders();
    }

    [Fact]
    public async Task An_earlier_dataset_is_replaced_and_a_folder_of_other_files_is_refused_untouched()
    {
        var output = folder.Sub("out");
        Assert.Equal(0, (await CliTests.Run("convert", TestPaths.SeedSample, "-o", output, "--to", "parquet")).Exit);
        var (again, _, _) = await CliTests.Run("convert", TestPaths.SeedSample, "-o", output, "--to", "parquet", "--partition-by", "year");
        Assert.Equal(0, again);
        Assert.Contains("\"year\"", await File.ReadAllTextAsync(Path.Combine(output, "_sitrep.json"), TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var other = folder.Sub("photos");
        Directory.CreateDirectory(other);
        await File.WriteAllTextAsync(Path.Combine(other, "holiday.jpg"), "precious", TestContext.Current.CancellationToken);
        var (exit, _, stderr) = await CliTests.Run("convert", TestPaths.SeedSample, "-o", other, "--to", "parquet");
        Assert.Equal(2, exit);
        Assert.Contains("holds other files", stderr, StringComparison.Ordinal);
        Assert.Equal(["holiday.jpg"], Directory.GetFileSystemEntries(other).Select(Path.GetFileName));
        AssertNoPartialFolders();
    }

    [Fact]
    public async Task A_folder_holding_the_input_is_refused()
    {
        var output = folder.Sub("data");
        Assert.Equal(0, (await CliTests.Run("convert", TestPaths.SeedSample, "-o", output, "--to", "parquet")).Exit);
        var input = Path.Combine(output, "seed.json");
        File.Copy(TestPaths.SeedSample, input);
        var (exit, _, stderr) = await CliTests.Run("convert", input, "-o", output, "--to", "parquet");
        Assert.Equal(2, exit);
        Assert.Contains("holds the input", stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(input));
    }

    [Theory]
    [InlineData("-", "parquet", null, "cannot go to standard output")]
    [InlineData("out.parquet", null, "month", "takes year, country or year,country")]
    [InlineData("out.parquet", null, "year,year", "takes year, country or year,country")]
    [InlineData("out.jsonl", null, "year", "--partition-by is for Parquet output")]
    [InlineData("out.jsonl", null, "--compression gzip", "--compression is for Parquet output")]
    [InlineData("out.json", null, "--compression-level smallest", "--compression-level is for Parquet output")]
    [InlineData("out.parquet", null, "--compression snappy --compression-level smallest", "snappy has no levels")]
    [InlineData("out.parquet", null, "--compression none --compression-level fastest", "none has no levels")]
    [InlineData("out.parquet", null, "--compression brotli", "not a value of --compression")]
    public async Task Parquet_options_that_cannot_work_are_usage_errors(string output, string? to, string? partitionByOrOptions, string said)
    {
        string[] args = ["convert", TestPaths.SeedSample, "-o", output == "-" ? "-" : folder.Sub(output)];
        string[] options = partitionByOrOptions is null ? [] : partitionByOrOptions.StartsWith("--", StringComparison.Ordinal) ? partitionByOrOptions.Split(' ') : ["--partition-by", partitionByOrOptions];
        args = [.. args, .. to is null ? [] : new[] { "--to", to }, .. options];
        var (exit, _, stderr) = await CliTests.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains(said, stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task The_compression_and_level_given_are_the_files()
    {
        var output = folder.Sub("seed.parquet");
        var (exit, stdout, stderr) = await CliTests.Run("convert", TestPaths.SeedSample, "-o", output, "--compression", "gzip", "--compression-level", "smallest");
        Assert.True(exit == 0, stdout + stderr);
        var file = Path.Combine(output, "incidents", "part-00000.parquet");
        await using (var stream = File.OpenRead(file))
        await using (var reader = await global::Parquet.ParquetReader.CreateAsync(stream, cancellationToken: TestContext.Current.CancellationToken))
        {
            Assert.All(reader.Metadata!.RowGroups.SelectMany(g => g.Columns), c => Assert.Equal("GZIP", c.MetaData!.Codec.ToString()));
        }

        var seed = SitrepJson.Parse(await File.ReadAllTextAsync(TestPaths.SeedSample, TestContext.Current.CancellationToken)).Value;
        Assert.Equal(seed, (await ParquetDataset.ReadAsync(output, TestContext.Current.CancellationToken)).Value);
    }

    [Fact]
    public async Task An_input_whose_records_are_all_rejected_writes_no_folder()
    {
        var input = folder.Sub("bad.csv");
        await File.WriteAllTextAsync(input, "not,a,dataset\n1,2,3\n", TestContext.Current.CancellationToken);
        var output = folder.Sub("out.parquet");
        var (exit, _, _) = await CliTests.Run("convert", input, "-o", output, "--from", "acled");
        Assert.NotEqual(0, exit);
        Assert.False(Directory.Exists(output));
        AssertNoPartialFolders();
    }
}
