using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;
using Sitrep.Incidents;
using Sitrep.Parquet;
using Sitrep.Serialization;
using Sitrep.Temporal;

namespace Sitrep.Tests.Parquet;

/// <summary>A folder that is not what it claims gives diagnostics naming the file, row and column, never an exception.</summary>
public sealed class ParquetHostileInputTests
{
    private static async Task<string> WriteSeedAsync(TempFolder folder)
    {
        var seed = SitrepJson.Parse(await File.ReadAllTextAsync(TestPaths.SeedSample, TestContext.Current.CancellationToken)).Value;
        await ParquetDataset.WriteAsync(folder.Path, seed, null, TestContext.Current.CancellationToken);
        return folder.Path;
    }

    [Fact]
    public async Task A_folder_without_the_manifest_is_not_a_dataset()
    {
        using var folder = new TempFolder();
        var path = await WriteSeedAsync(folder);
        File.Delete(Path.Combine(path, "_sitrep.json"));
        var read = await ParquetDataset.ReadAsync(path, TestContext.Current.CancellationToken);
        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal(ParquetDiagnosticCodes.NotADataset, diagnostic.Code);
        Assert.Contains("did not finish", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"format\":\"sitrep-parquet\",\"version\":\"2.0\"}", "version 2.0")]
    [InlineData("{\"format\":\"other\"}", "format")]
    [InlineData("{\"format\":", "cannot be read")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "cannot be read")]
    public async Task A_manifest_of_another_format_or_version_or_no_JSON_is_refused(string manifest, string said)
    {
        using var folder = new TempFolder();
        var path = await WriteSeedAsync(folder);
        await File.WriteAllTextAsync(Path.Combine(path, "_sitrep.json"), manifest, TestContext.Current.CancellationToken);
        var read = await ParquetDataset.ReadAsync(path, TestContext.Current.CancellationToken);
        Assert.False(read.Success);
        Assert.Contains(said, Assert.Single(read.Diagnostics).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_or_garbage_file_is_reported_with_its_path_and_the_rest_still_reads()
    {
        using var folder = new TempFolder();
        var path = await WriteSeedAsync(folder);
        var incidents = Path.Combine(path, "incidents", "part-00000.parquet");
        var bytes = await File.ReadAllBytesAsync(incidents, TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(incidents, bytes[..(bytes.Length / 2)], TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(path, "actors", "part-00001.parquet"), "PAR1 not really", TestContext.Current.CancellationToken);

        var read = await ParquetDataset.ReadAsync(path, TestContext.Current.CancellationToken);
        Assert.False(read.Success);
        Assert.Contains(read.Diagnostics, d => d.Code == ParquetDiagnosticCodes.UnreadableFile && d.Path == "incidents/part-00000.parquet");
        Assert.Contains(read.Diagnostics, d => d.Code == ParquetDiagnosticCodes.UnreadableFile && d.Path == "actors/part-00001.parquet");

        // The casualty counts of the incidents that could not be read are not silently dropped.
        Assert.Contains(read.Diagnostics, d => d.Code == ParquetDiagnosticCodes.OrphanRow && d.Path == "casualties");
    }

    [Fact]
    public async Task A_cell_that_does_not_read_is_reported_with_file_row_column_and_value_and_its_row_rejected()
    {
        using var folder = new TempFolder();
        var schema = new ParquetSchema(new DataField<long?>("seq"), new DataField<string>("id", false), new DataField<string>("type", false), new DataField<string>("scope", false), new DataField<string>("coverage", false), new DataField<string>("time", true));
        var dataset = new Dataset { Incidents = [new Incident { Id = new IncidentId("ok"), Type = IncidentType.Attack, Time = TemporalValue.Day(2024, 1, 2) }] };
        await ParquetDataset.WriteAsync(folder.Path, dataset, null, TestContext.Current.CancellationToken);

        // A second incidents file, written by hand: an unknown type in row 2, a time that is not one in row 3, and
        // none of the place, means, provenance ... columns.
        await using (var stream = File.Create(Path.Combine(folder.Path, "incidents", "part-00001.parquet")))
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: TestContext.Current.CancellationToken))
        using (var group = writer.CreateRowGroup())
        {
            await group.WriteAsync<long>(schema.DataFields[0], new long?[] { 10, 11, 12 }, null, null, TestContext.Current.CancellationToken);
            await group.WriteAsync(schema.DataFields[1], new[] { "a", "b", "c" }, null);
            await group.WriteAsync(schema.DataFields[2], new[] { "attack", "dragon", "attack" }, null);
            await group.WriteAsync(schema.DataFields[3], new[] { "singleEvent", "singleEvent", "singleEvent" }, null);
            await group.WriteAsync(schema.DataFields[4], new[] { "reported", "reported", "reported" }, null);
            await group.WriteAsync(schema.DataFields[5], new[] { "2024-01-02", "2024-01-02", "yesterday" }, null);
        }

        var read = await ParquetDataset.ReadAsync(folder.Path, TestContext.Current.CancellationToken);
        var bad = read.Diagnostics.Where(d => d.Code == ParquetDiagnosticCodes.InvalidCell).ToList();
        Assert.Equal(2, bad.Count);
        Assert.Equal(("incidents/part-00001.parquet", 2L, "dragon"), (bad[0].Path, bad[0].Line!.Value, bad[0].Value));
        Assert.Contains("'type'", bad[0].Message, System.StringComparison.Ordinal);
        Assert.Equal((3L, "yesterday"), (bad[1].Line!.Value, bad[1].Value));
        Assert.Contains(read.Diagnostics, d => d.Code == ParquetDiagnosticCodes.MissingColumn && d.Message.Contains("'place_precision'", System.StringComparison.Ordinal));
        Assert.False(read.Success);
    }
}
