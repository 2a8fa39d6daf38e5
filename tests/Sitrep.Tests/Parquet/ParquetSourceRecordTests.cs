using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Parquet;
using Sitrep.Incidents;
using Sitrep.Parquet;
using Sitrep.Sources;

namespace Sitrep.Tests.Parquet;

/// <summary>Original rows are a table of their own, one Parquet column per source column, and come back exactly.</summary>
public sealed class ParquetSourceRecordTests
{
    private static Incident WithRecord(int n, SourceRecord record) =>
        new() { Id = new IncidentId("i" + n), Type = IncidentType.Attack, SourceRecord = record };

    private static async Task<ReadResult<Dataset>> RoundTripAsync(TempFolder folder, Dataset dataset)
    {
        var written = await ParquetDataset.WriteAsync(folder.Path, dataset, null, TestContext.Current.CancellationToken);
        Assert.Empty(written);
        return await ParquetDataset.ReadAsync(folder.Path, TestContext.Current.CancellationToken);
    }

    private static async Task<(IReadOnlyList<string> Fields, IReadOnlyDictionary<string, string> Metadata)> SchemaAsync(string file)
    {
        await using var stream = File.OpenRead(file);
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: TestContext.Current.CancellationToken);
        return ([.. reader.Schema.DataFields.Select(f => f.Name)], reader.CustomMetadata);
    }

    [Fact]
    public async Task Each_source_column_is_a_Parquet_column_named_as_the_source_names_it()
    {
        using var folder = new TempFolder();
        var record = new SourceRecord("acled", ["event_id_cnty", "event_date", "fatalities"], ["UKR123", "2024-02-01", "3"]);
        var read = await RoundTripAsync(folder, new Dataset { Incidents = [WithRecord(1, record), WithRecord(2, record with { Values = ["UKR124", "2024-02-02", "0"] })] });
        Assert.True(read.Success, string.Join("\n", read.Diagnostics));
        Assert.Equal(record, read.Value.Incidents[0].SourceRecord);

        var (fields, metadata) = await SchemaAsync(Path.Combine(folder.Path, "source_records", "part-00000.parquet"));
        Assert.Equal(["incident_seq", "incident_id", "format", "event_id_cnty", "event_date", "fatalities"], fields);
        Assert.Equal("""{"format":"acled","columns":["event_id_cnty","event_date","fatalities"],"width":3}""", metadata["sitrep.source_layout"]);
    }

    [Fact]
    public async Task Names_engines_would_refuse_or_confuse_get_safe_field_names_and_the_exact_names_come_back()
    {
        using var folder = new TempFolder();

        // A space, an empty name, a leading digit, a name used twice (and once in other case), a key column's name,
        // a non-Latin name; a null field; more fields than columns, and fewer.
        var odd = new SourceRecord("polecat", ["Event ID", "", "2nd", "dup", "DUP", "dup", "incident_id", "Ort"], ["a", "b", "c", "d", "e", null!, "g", "h"]);
        var wider = new SourceRecord("polecat", ["one"], ["1", "2", "3"]);
        var narrower = new SourceRecord("polecat", ["one", "two", "three"], ["1"]);
        var read = await RoundTripAsync(folder, new Dataset { Incidents = [WithRecord(1, odd), WithRecord(2, wider), WithRecord(3, narrower)] });
        Assert.True(read.Success, string.Join("\n", read.Diagnostics));
        Assert.Equal([odd, wider, narrower], read.Value.Incidents.Select(i => i.SourceRecord));

        var (fields, _) = await SchemaAsync(Path.Combine(folder.Path, "source_records", "part-00000.parquet"));
        Assert.Equal(["incident_seq", "incident_id", "format", "Event_ID", "column_2", "_2nd", "dup", "DUP_2", "dup_3", "incident_id_2", "Ort"], fields);
        Assert.Equal(["incident_seq", "incident_id", "format", "one", "column_2", "column_3"], (await SchemaAsync(Path.Combine(folder.Path, "source_records", "part-00000-1.parquet"))).Fields);
    }

    [Fact]
    public async Task Rows_of_more_shapes_than_a_partition_keeps_files_for_share_one_mixed_file_and_read_back()
    {
        using var folder = new TempFolder();
        var incidents = Enumerable.Range(0, 12)
            .Select(n => WithRecord(n, new SourceRecord("ucdp-ged", [.. Enumerable.Range(0, n + 1).Select(c => "c" + c)], [.. Enumerable.Range(0, n + 1).Select(c => n + "." + c)])))
            .Append(WithRecord(12, new SourceRecord("gdelt-events", [.. Enumerable.Range(0, 1100).Select(c => "c" + c)], [.. Enumerable.Range(0, 1100).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture))])))
            .Append(WithRecord(13, new SourceRecord("ucdp-ged", ["c0"], ["back to the first shape"])))
            .ToList();
        var read = await RoundTripAsync(folder, new Dataset { Incidents = [.. incidents] });
        Assert.True(read.Success, string.Join("\n", read.Diagnostics));
        Assert.Equal(incidents, read.Value.Incidents);

        var files = Directory.GetFiles(Path.Combine(folder.Path, "source_records")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["part-00000-1.parquet", "part-00000-2.parquet", "part-00000-3.parquet", "part-00000-4.parquet", "part-00000-5.parquet", "part-00000-6.parquet", "part-00000-7.parquet", "part-00000-mixed.parquet", "part-00000.parquet"], files);
        var (fields, metadata) = await SchemaAsync(Path.Combine(folder.Path, "source_records", "part-00000-mixed.parquet"));
        Assert.Equal(["incident_seq", "incident_id", "format", "columns", "values"], fields);
        Assert.Equal("""{"mixed":true}""", metadata["sitrep.source_layout"]);
    }

    [Fact]
    public async Task An_incident_whose_original_row_is_lost_fails_the_read_naming_it()
    {
        using var folder = new TempFolder();
        var record = new SourceRecord("acled", ["event_id_cnty"], ["UKR1"]);
        await ParquetDataset.WriteAsync(folder.Path, new Dataset { Incidents = [WithRecord(1, record), WithRecord(2, record)] }, null, TestContext.Current.CancellationToken);
        File.Delete(Path.Combine(folder.Path, "source_records", "part-00000.parquet"));

        var read = await ParquetDataset.ReadAsync(folder.Path, TestContext.Current.CancellationToken);
        var lost = Assert.Single(read.Diagnostics);
        Assert.Equal(ParquetDiagnosticCodes.MissingSourceRecord, lost.Code);
        Assert.Equal("i1", lost.Value);
        Assert.StartsWith("2 incident(s)", lost.Message, StringComparison.Ordinal);
        Assert.False(read.Success);
    }

    [Fact]
    public async Task A_source_records_file_without_its_layout_is_reported_not_guessed()
    {
        using var folder = new TempFolder();
        var record = new SourceRecord("acled", ["event_id_cnty"], ["UKR1"]);
        await ParquetDataset.WriteAsync(folder.Path, new Dataset { Incidents = [WithRecord(1, record)] }, null, TestContext.Current.CancellationToken);
        var file = Path.Combine(folder.Path, "source_records", "part-00000.parquet");

        // The same rows rewritten by a tool that does not carry key-value metadata over (DuckDB's COPY).
        var copy = folder.Sub("copy.parquet");
        using (var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"COPY (SELECT * FROM read_parquet('{file.Replace('\\', '/')}')) TO '{copy.Replace('\\', '/')}' (FORMAT parquet)";
            command.ExecuteNonQuery();
        }

        File.Move(copy, file, overwrite: true);

        var read = await ParquetDataset.ReadAsync(folder.Path, TestContext.Current.CancellationToken);
        Assert.Contains(read.Diagnostics, d => d.Code == ParquetDiagnosticCodes.UnreadableFile && d.Path == "source_records/part-00000.parquet" && d.Message.Contains("sitrep.source_layout", StringComparison.Ordinal));
        Assert.Contains(read.Diagnostics, d => d.Code == ParquetDiagnosticCodes.MissingSourceRecord);
    }
}
