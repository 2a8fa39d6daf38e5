using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Sitrep.Benchmarks.Datasets;
using Sitrep.Datasets;
using Sitrep.Datasets.Acled;
using Sitrep.Datasets.Gdelt;
using Sitrep.Datasets.Ucdp;
using Sitrep.Parquet;
using Sitrep.Validation;

namespace Sitrep.Benchmarks.Parquet;

/// <summary>
/// A 50 MB UCDP GED, ACLED or GDELT 2.0 file (the generated files of the reading benchmarks) to Parquet, from the
/// bytes in memory to files on disk: Sitrep (reader, mapper, <see cref="ParquetDatasetWriter"/>: seven tables, the
/// original rows kept, as <c>sitrep convert --to parquet</c> writes them) against a plain Parquet.Net baseline (Sep
/// tokens written as string columns, the limit) and gzip of the CSV. Output sizes are printed by the setup, with the
/// same figures for the real files of ../shared/corpus/datasets when they are there.
/// </summary>
[MemoryDiagnoser]
public class ParquetWriteBenchmarks
{
    private readonly string scratch = Path.Combine(Path.GetTempPath(), "sitrep-parquet-bench-" + Environment.ProcessId);
    private byte[] file = null!;
    private int outputs;

    [Params("UCDP", "ACLED", "GDELT")]
    public string Format { get; set; } = "UCDP";

    /// <summary>Gets or sets the zstd level of both Parquet writers (balanced: zstd 3; smallest: zstd 19). The gzip stays at its default level, the file users have.</summary>
    [Params(ParquetCompressionLevel.Balanced, ParquetCompressionLevel.Smallest)]
    public ParquetCompressionLevel Level { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(scratch);
        (file, var rows) = Format switch
        {
            "UCDP" => UcdpBenchmarkFile.Create(50_000_000),
            "ACLED" => AcledBenchmarkFile.Create(50_000_000),
            _ => GdeltBenchmarkFile.Create(50_000_000),
        };
        Console.WriteLine($"// {Format} generated, {Level}: {Sizes(file, rows)}");
        var real = Format switch
        {
            "UCDP" => Real("ucdp", "ged-myanmar-r-export.csv"),
            "GDELT" => Real("gdelt", "20191024143000-first1000.export.CSV"),
            _ => null,
        };
        if (real is not null)
        {
            Console.WriteLine($"// {Format} real ({real.Length} bytes), {Level}: {Sizes(real, -1)}");
        }
    }

    [IterationCleanup]
    public void Cleanup()
    {
        foreach (var output in Directory.EnumerateFileSystemEntries(scratch))
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
            else
            {
                File.Delete(output);
            }
        }
    }

    [GlobalCleanup]
    public void Remove() => Directory.Delete(scratch, recursive: true);

    [Benchmark(Baseline = true, Description = "plain Parquet.Net, Sep tokens as strings (limit)")]
    public Task<long> Plain() => PlainAsync(file, Next() + ".parquet");

    [Benchmark(Description = "Sitrep ParquetDatasetWriter (original rows kept)")]
    public Task<long> Sitrep() => SitrepAsync(file, Next(), keepSourceRecords: true);

    [Benchmark(Description = "Sitrep ParquetDatasetWriter (--no-source-records)")]
    public Task<long> SitrepModelOnly() => SitrepAsync(file, Next(), keepSourceRecords: false);

    [Benchmark(Description = "gzip of the CSV (CompressionLevel.Optimal)")]
    public long Gzip() => GzipTo(file, Next() + ".csv.gz");

    private static byte[]? Real(string folder, string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "corpus", "datasets", folder, name);
            if (File.Exists(path))
            {
                return File.ReadAllBytes(path);
            }
        }

        return null;
    }

    private static long Size(string path) =>
        Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : new FileInfo(path).Length;

    private string Sizes(byte[] input, int rows)
    {
        var gzip = GzipTo(input, Next() + ".csv.gz");
        PlainAsync(input, Next() + ".parquet").GetAwaiter().GetResult();
        var plain = Size(Last() + ".parquet");
        SitrepAsync(input, Next(), keepSourceRecords: true).GetAwaiter().GetResult();
        var sitrep = Size(Last());
        SitrepAsync(input, Next(), keepSourceRecords: false).GetAwaiter().GetResult();
        var model = Size(Last());
        Cleanup();
        return $"{input.Length} bytes{(rows > 0 ? $", {rows} rows" : string.Empty)}; gzip CSV {gzip}; plain Parquet.Net {plain} ({(double)plain / gzip:F2}x gzip); " +
            $"Sitrep {sitrep} ({(double)sitrep / gzip:F2}x gzip); Sitrep without original rows {model} ({(double)model / gzip:F2}x gzip)";
    }

    private string Next() => Path.Combine(scratch, (++outputs).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private string Last() => Path.Combine(scratch, outputs.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private Task<long> PlainAsync(byte[] input, string output)
    {
        var level = Level == ParquetCompressionLevel.Smallest ? CompressionLevel.SmallestSize : CompressionLevel.Optimal;
        return Format == "GDELT"
            ? PlainParquetBaseline.WriteAsync(input, '\t', [.. GdeltEventColumns.Gdelt2], output, level)
            : PlainParquetBaseline.WriteAsync(input, ',', null, output, level);
    }

    private static long GzipTo(byte[] input, string output)
    {
        using (var stream = File.Create(output))
        using (var gzip = new GZipStream(stream, CompressionLevel.Optimal))
        {
            gzip.Write(input);
        }

        return new FileInfo(output).Length;
    }

    private async Task<long> SitrepAsync(byte[] input, string output, bool keepSourceRecords)
    {
        var diagnostics = new List<Diagnostic>();
        await using var writer = new ParquetDatasetWriter(output, diagnostics, new ParquetWriteOptions { CompressionLevel = Level });
        var written = Format switch
        {
            "UCDP" => await WriteAsync(UcdpGedReader.Open(new MemoryStream(input)), new UcdpGedMapper { KeepSourceRecords = keepSourceRecords }, writer),
            "ACLED" => await WriteAsync(AcledEventReader.Open(new MemoryStream(input)), new AcledEventMapper { KeepSourceRecords = keepSourceRecords }, writer),
            _ => await WriteAsync(GdeltEventReader.Open(new MemoryStream(input)), new GdeltEventMapper { KeepSourceRecords = keepSourceRecords }, writer),
        };
        await writer.CompleteAsync();
        return written;
    }

    private static async Task<long> WriteAsync<TRecord>(DatasetReader<TRecord> reader, DatasetMapper<TRecord> mapper, ParquetDatasetWriter writer)
        where TRecord : DatasetRecord
    {
        using (reader)
        {
            long written = 0;
            await writer.WriteSourcesAsync([mapper.Source]);
            foreach (var row in reader.ReadRows())
            {
                if (row.Success)
                {
                    await writer.WriteIncidentAsync(mapper.Map(row.Value));
                    written++;
                }
            }

            await writer.WriteActorsAsync(mapper.Actors);
            return written;
        }
    }
}
