using System;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using CsvHelper.Configuration;
using Sitrep.Datasets.Ucdp;

namespace Sitrep.Benchmarks.Datasets;

/// <summary>
/// Reading a generated UCDP GED file of about 50 MB: Sitrep's checked, typed reader against raw Sep tokenising (the
/// limit: every field's span touched, nothing parsed), CsvHelper <c>GetRecords&lt;T&gt;</c> into a plain class, and
/// Sylvan.Data.Csv into the same class. MB/s and bytes per row are derived in benchmarks/README.md.
/// </summary>
[MemoryDiagnoser]
public class UcdpReadBenchmarks
{
    private byte[] file = null!;

    [Params(50_000_000)]
    public int Bytes { get; set; }

    public int Rows { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        (file, var rows) = UcdpBenchmarkFile.Create(Bytes);
        Rows = rows;
        Console.WriteLine($"// UCDP file: {file.Length} bytes, {rows} rows");
    }

    [Benchmark(Baseline = true, Description = "raw Sep tokenising (limit)")]
    public long RawSep() => SepBaseline.Tokenise(file, ',', quoted: true);

    [Benchmark(Description = "Sitrep UcdpGedReader (checked)")]
    public long Sitrep()
    {
        using var reader = UcdpGedReader.Open(new MemoryStream(file));
        long best = 0;
        foreach (var row in reader.ReadRows())
        {
            best += row.ValueOrNull?.Best ?? 0;
        }

        return best;
    }

    [Benchmark(Description = "CsvHelper GetRecords<T>")]
    public long CsvHelperRecords()
    {
        using var text = new StreamReader(new MemoryStream(file));
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = args => args.Header.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant(),
        };
        using var csv = new CsvReader(text, configuration);
        long best = 0;
        foreach (var record in csv.GetRecords<UcdpPlainRecord>())
        {
            best += record.Best;
        }

        return best;
    }

    [Benchmark(Description = "Sylvan.Data.Csv")]
    public long SylvanRecords()
    {
        using var text = new StreamReader(new MemoryStream(file));
        using var csv = global::Sylvan.Data.Csv.CsvDataReader.Create(text);
        long best = 0;
        while (csv.Read())
        {
            best += SylvanMapper.Read(csv).Best;
        }

        return best;
    }
}
