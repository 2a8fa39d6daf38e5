using System;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using CsvHelper.Configuration;
using Sitrep.Datasets.Gdelt;

namespace Sitrep.Benchmarks.Datasets;

/// <summary>
/// Reading a generated GDELT 2.0 event file of about 50 MB: Sitrep's checked reader (every field kept, typed fields
/// checked) against raw Sep tokenising, CsvHelper <c>GetRecords&lt;T&gt;</c> and Sylvan.Data.Csv into a plain class
/// of the typed fields.
/// </summary>
[MemoryDiagnoser]
public class GdeltReadBenchmarks
{
    private byte[] file = null!;

    [Params(50_000_000)]
    public int Bytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (file, var rows) = GdeltBenchmarkFile.Create(Bytes);
        Console.WriteLine($"// GDELT file: {file.Length} bytes, {rows} rows");
    }

    [Benchmark(Baseline = true, Description = "raw Sep tokenising (limit)")]
    public long RawSep() => SepBaseline.Tokenise(file, '\t', quoted: false);

    [Benchmark(Description = "Sitrep GdeltEventReader (checked)")]
    public long Sitrep()
    {
        using var reader = GdeltEventReader.Open(new MemoryStream(file));
        long count = 0;
        foreach (var row in reader.ReadRows())
        {
            count += row.Success ? 1 : 0;
        }

        return count;
    }

    [Benchmark(Description = "CsvHelper GetRecords<T>")]
    public long CsvHelperRecords()
    {
        using var text = new StreamReader(new MemoryStream(file));
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = "\t", HasHeaderRecord = false, Mode = CsvMode.NoEscape };
        using var csv = new CsvReader(text, configuration);
        long count = 0;
        foreach (var record in csv.GetRecords<GdeltPlainRecord>())
        {
            count += record.QuadClass > 0 ? 1 : 0;
        }

        return count;
    }

    [Benchmark(Description = "Sylvan.Data.Csv")]
    public long SylvanRecords()
    {
        using var text = new StreamReader(new MemoryStream(file));
        using var csv = global::Sylvan.Data.Csv.CsvDataReader.Create(text, new global::Sylvan.Data.Csv.CsvDataReaderOptions { HasHeaders = false, Delimiter = '\t', CsvStyle = global::Sylvan.Data.Csv.CsvStyle.Escaped, Quote = '\0' });
        long count = 0;
        while (csv.Read())
        {
            var record = new GdeltPlainRecord
            {
                GlobalEventId = csv.GetInt64(0),
                SqlDate = csv.GetInt32(1),
                Actor1Code = csv.GetString(5),
                Actor1Name = csv.GetString(6),
                Actor2Code = csv.GetString(15),
                Actor2Name = csv.GetString(16),
                IsRootEvent = csv.GetInt32(25),
                EventCode = csv.GetString(26),
                EventRootCode = csv.GetString(28),
                QuadClass = csv.GetInt32(29),
                GoldsteinScale = csv.GetDouble(30),
                NumMentions = csv.GetInt32(31),
                AvgTone = csv.GetDouble(34),
                ActionGeoType = csv.GetInt32(51),
                ActionGeoFullName = csv.GetString(52),
                ActionGeoCountryCode = csv.GetString(53),
                ActionGeoLat = csv.GetDouble(56),
                ActionGeoLong = csv.GetDouble(57),
                DateAdded = csv.GetInt64(59),
                SourceUrl = csv.GetString(60),
            };
            count += record.QuadClass > 0 ? 1 : 0;
        }

        return count;
    }
}
