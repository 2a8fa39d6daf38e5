using System;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.TypeConversion;
using Sitrep.Datasets.Acled;
using SylvanReader = Sylvan.Data.Csv.CsvDataReader;

namespace Sitrep.Benchmarks.Datasets;

/// <summary>
/// Reading a generated ACLED export of about 50 MB (31 columns, dates spelled <c>27 February 2020</c>, quoted notes):
/// Sitrep's checked reader against raw Sep tokenising, CsvHelper <c>GetRecords&lt;T&gt;</c> and Sylvan.Data.Csv into
/// a plain class of the same fields.
/// </summary>
[MemoryDiagnoser]
public class AcledReadBenchmarks
{
    private const string DateFormat = "dd MMMM yyyy";
    private byte[] file = null!;

    [Params(50_000_000)]
    public int Bytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (file, var rows) = AcledBenchmarkFile.Create(Bytes);
        Console.WriteLine($"// ACLED file: {file.Length} bytes, {rows} rows");
    }

    [Benchmark(Baseline = true, Description = "raw Sep tokenising (limit)")]
    public long RawSep() => SepBaseline.Tokenise(file, ',', quoted: true);

    [Benchmark(Description = "Sitrep AcledEventReader (checked)")]
    public long Sitrep()
    {
        using var reader = AcledEventReader.Open(new MemoryStream(file));
        long fatalities = 0;
        foreach (var row in reader.ReadRows())
        {
            fatalities += row.ValueOrNull?.Fatalities ?? 0;
        }

        return fatalities;
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
        csv.Context.TypeConverterOptionsCache.GetOptions<DateTime>().Formats = [DateFormat];
        long fatalities = 0;
        foreach (var record in csv.GetRecords<AcledPlainRecord>())
        {
            fatalities += record.Fatalities;
        }

        return fatalities;
    }

    [Benchmark(Description = "Sylvan.Data.Csv")]
    public long SylvanRecords()
    {
        using var text = new StreamReader(new MemoryStream(file));
        using var csv = SylvanReader.Create(text);
        long fatalities = 0;
        while (csv.Read())
        {
            fatalities += Read(csv).Fatalities;
        }

        return fatalities;
    }

    private static AcledPlainRecord Read(SylvanReader csv) => new()
    {
        EventIdCnty = csv.GetString(0),
        EventDate = DateTime.ParseExact(csv.GetFieldSpan(1), DateFormat, CultureInfo.InvariantCulture),
        Year = csv.GetInt32(2),
        TimePrecision = csv.GetInt32(3),
        DisorderType = csv.GetString(4),
        EventType = csv.GetString(5),
        SubEventType = csv.GetString(6),
        Actor1 = csv.GetString(7),
        AssocActor1 = csv.GetString(8),
        Inter1 = csv.GetString(9),
        Actor2 = csv.GetString(10),
        AssocActor2 = csv.GetString(11),
        Inter2 = csv.GetString(12),
        Interaction = csv.GetString(13),
        CivilianTargeting = csv.GetString(14),
        Iso = csv.GetString(15),
        Region = csv.GetString(16),
        Country = csv.GetString(17),
        Admin1 = csv.GetString(18),
        Admin2 = csv.GetString(19),
        Admin3 = csv.GetString(20),
        Location = csv.GetString(21),
        Latitude = csv.GetDouble(22),
        Longitude = csv.GetDouble(23),
        GeoPrecision = csv.GetInt32(24),
        Source = csv.GetString(25),
        SourceScale = csv.GetString(26),
        Notes = csv.GetString(27),
        Fatalities = csv.GetInt32(28),
        Tags = csv.GetString(29),
        Timestamp = csv.GetInt64(30),
    };
}
