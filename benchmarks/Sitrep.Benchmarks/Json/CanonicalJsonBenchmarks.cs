using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Sitrep.Serialization;

namespace Sitrep.Benchmarks.Json;

/// <summary>
/// Canonical JSON of 10,000 incidents: Sitrep's strict, validated reader and its writer, against plain DTOs of the
/// same shape through reflection-based System.Text.Json (what users write by hand; the baseline) and through a
/// source-generated context (the limit: no strictness, no typed values).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CanonicalJsonBenchmarks : System.IDisposable
{
    private static readonly JsonSerializerOptions ReflectionOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    private Dataset dataset = null!;
    private DatasetDto dto = null!;
    private byte[] sitrepBytes = null!;
    private byte[] dtoBytes = null!;
    private MemoryStream output = null!;

    [Params(10_000)]
    public int Incidents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        dataset = BenchmarkData.Create(Incidents);
        dto = DtoMapper.ToDto(dataset);
        sitrepBytes = SitrepJson.SerializeToUtf8Bytes(dataset);
        dtoBytes = JsonSerializer.SerializeToUtf8Bytes(dto, ReflectionOptions);
        output = new MemoryStream(sitrepBytes.Length * 2);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        output?.Dispose();
        System.GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "reflection STJ, DTOs")]
    [BenchmarkCategory("Write")]
    public long WriteReflection()
    {
        output.SetLength(0);
        JsonSerializer.Serialize(output, dto, ReflectionOptions);
        return output.Length;
    }

    [Benchmark(Description = "source-gen STJ, DTOs (limit)")]
    [BenchmarkCategory("Write")]
    public long WriteSourceGenDto()
    {
        output.SetLength(0);
        JsonSerializer.Serialize(output, dto, DtoJsonContext.Default.DatasetDto);
        return output.Length;
    }

    [Benchmark(Description = "Sitrep canonical")]
    [BenchmarkCategory("Write")]
    public long WriteSitrep()
    {
        output.SetLength(0);
        SitrepJson.Write(output, dataset);
        return output.Length;
    }

    [Benchmark(Baseline = true, Description = "reflection STJ, DTOs")]
    [BenchmarkCategory("Read")]
    public int ReadReflection() => JsonSerializer.Deserialize<DatasetDto>(dtoBytes, ReflectionOptions)!.Incidents!.Count;

    [Benchmark(Description = "source-gen STJ, DTOs (limit)")]
    [BenchmarkCategory("Read")]
    public int ReadSourceGenDto() => JsonSerializer.Deserialize(dtoBytes, DtoJsonContext.Default.DatasetDto)!.Incidents!.Count;

    [Benchmark(Description = "Sitrep canonical (strict)")]
    [BenchmarkCategory("Read")]
    public int ReadSitrep() => SitrepJson.Read(sitrepBytes).Value!.Incidents.Count;
}
