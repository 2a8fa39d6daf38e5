using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;
using Sitrep.Actors;
using Sitrep.Datasets;
using Sitrep.Incidents;
using Sitrep.Parquet.Tables;
using Sitrep.Sources;
using Sitrep.Statements;
using Sitrep.Validation;

namespace Sitrep.Parquet;

/// <summary>
/// Writes a Sitrep Parquet dataset into a folder: <c>incidents</c>, <c>casualties</c>, <c>participants</c> and
/// <c>attributions</c> (Hive-partitioned when asked), <c>actors</c>, <c>sources</c> and <c>statements</c>, and the
/// <c>_sitrep.json</c> manifest that makes the folder a dataset (docs/parquet.md). Rows are buffered column by column
/// and written as row groups, so memory stays bounded by <see cref="ParquetWriteOptions.MaxBufferedBytes"/> however
/// large the input. Incidents come in any order; the reader restores it.
/// </summary>
/// <remarks>
/// The folder must not exist or be empty: the writer never writes over files. Call
/// <see cref="CompleteAsync"/> to finish; a folder without its manifest is not a dataset (an interrupted write is
/// never mistaken for a whole one). Not thread-safe.
/// </remarks>
public sealed class ParquetDatasetWriter : IncidentWriter
{
    private const int MaxRowGroupsPerFile = 32;

    // Open files keep each column chunk's metadata, statistics included (a long URL or note twice), until they are
    // finished; over all partitions, at most this many, so wide original rows over many partitions stay bounded.
    private const int MaxOpenColumnChunks = 16384;

    private readonly string root;
    private readonly ParquetWriteOptions options;
    private readonly ParquetOptions parquet;
    private readonly Dictionary<string, IncidentPartition> partitions = new(StringComparer.Ordinal);
    private readonly Table<Actor> actors = ActorTable.Create();
    private readonly Table<Source> sources = SourceTable.Create();
    private readonly Table<Statement> statements = StatementTable.Create();
    private readonly TableFile actorFile;
    private readonly TableFile sourceFile;
    private readonly TableFile statementFile;
    private Task pending = Task.CompletedTask;
    private string? title;
    private string? description;
    private long sequence;
    private long buffered;
    private long clock;
    private long noGeometry;
    private bool completed;

    /// <summary>Initializes a writer into <paramref name="directory"/>, which must not exist or be empty.</summary>
    /// <param name="directory">The dataset's folder.</param>
    /// <param name="diagnostics">Receives what the writer notes (points without a geometry).</param>
    /// <param name="options">The layout and memory bounds; <see cref="ParquetWriteOptions.Default"/> when null.</param>
    /// <exception cref="IOException">The folder holds files already.</exception>
    public ParquetDatasetWriter(string directory, ICollection<Diagnostic> diagnostics, ParquetWriteOptions? options = null)
        : base(diagnostics)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        this.options = options ?? ParquetWriteOptions.Default;
        this.options.Check();
        root = Path.GetFullPath(directory);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            throw new IOException($"{root} is not empty; a Parquet dataset is written into a new or empty folder.");
        }

        Directory.CreateDirectory(root);
        parquet = new ParquetOptions
        {
            CompressionMethod = this.options.Compression switch
            {
                ParquetCompression.Snappy => CompressionMethod.Snappy,
                ParquetCompression.Gzip => CompressionMethod.Gzip,
                ParquetCompression.None => CompressionMethod.None,
                _ => CompressionMethod.Zstd,
            },

            // Parquet.Net's default level is zstd's smallest-size setting, five to seventeen times slower on whole
            // exports (twenty times on some columns); the balanced level is what Spark and DuckDB write by default
            // too, and the smallest is asked for.
            CompressionLevel = this.options.CompressionLevel switch
            {
                ParquetCompressionLevel.Smallest => System.IO.Compression.CompressionLevel.SmallestSize,
                ParquetCompressionLevel.Fastest => System.IO.Compression.CompressionLevel.Fastest,
                _ => System.IO.Compression.CompressionLevel.Optimal,
            },

            // Parquet.Net keeps up to 80 MB of freed buffers pooled by default; the writer's bound is the point.
            MaximumSmallPoolFreeBytes = 4 << 20,
            MaximumLargePoolFreeBytes = 16 << 20,
        };
        actorFile = new TableFile(Path.Combine(root, ActorTable.Name, ParquetDatasetLayout.PartFileName(0)));
        sourceFile = new TableFile(Path.Combine(root, SourceTable.Name, ParquetDatasetLayout.PartFileName(0)));
        statementFile = new TableFile(Path.Combine(root, StatementTable.Name, ParquetDatasetLayout.PartFileName(0)));
    }

    /// <summary>Gets the dataset's folder.</summary>
    public string DirectoryPath => root;

    /// <inheritdoc />
    public override void Describe(string? title, string? description)
    {
        this.title = title;
        this.description = description;
    }

    /// <inheritdoc />
    public override async Task WriteSourcesAsync(IEnumerable<Source> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        foreach (var source in sources)
        {
            this.sources.Add(source);
            Written++;
            await FlushWhenFullAsync(this.sources, sourceFile, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public override async Task WriteActorsAsync(IEnumerable<Actor> actors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actors);
        foreach (var actor in actors)
        {
            this.actors.Add(actor);
            Written++;
            await FlushWhenFullAsync(this.actors, actorFile, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public override async Task WriteIncidentAsync(Incident incident, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var key = ParquetDatasetLayout.PartitionKey(incident, options.PartitionBy);
        if (!partitions.TryGetValue(key, out var partition))
        {
            partition = new IncidentPartition(root, key);
            partitions.Add(key, partition);
        }

        if (incident.Place?.Point is { IsValid: false } point)
        {
            noGeometry++;
            if (noGeometry == 1)
            {
                Diagnostics.Add(new Diagnostic(ParquetDiagnosticCodes.NoGeometry, DiagnosticSeverity.Warning, "A point out of range is kept in latitude and longitude but has no geometry (the first is named; the count follows at the end).") { Path = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/incidents/{sequence}/place/point"), Value = incident.Id.Value + ": " + point });
            }
        }

        buffered += partition.Add(new IncidentRow(incident, sequence++));
        Written++;
        IncidentsWritten++;
        if (partition.BufferedIncidents >= options.RowGroupSize)
        {
            await FlushAsync(partition, cancellationToken).ConfigureAwait(false);
        }

        // The memory bound: over budget, the partitions holding the most write their rows out as row groups until
        // half the budget is free, so with many partitions each flush is still a sizeable row group, not one row.
        if (buffered > options.MaxBufferedBytes)
        {
            while (buffered > options.MaxBufferedBytes / 2)
            {
                var largest = partitions.Values.MaxBy(p => p.Buffered)!;
                await FlushAsync(largest, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public override async Task WriteStatementsAsync(IEnumerable<Statement> statements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        foreach (var statement in statements)
        {
            this.statements.Add(statement);
            Written++;
            await FlushWhenFullAsync(this.statements, statementFile, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes what is buffered, finishes every file (footers, GeoParquet metadata) and writes the manifest.</summary>
    /// <param name="cancellationToken">Cancels the write; the folder is then not a dataset.</param>
    /// <returns>A task.</returns>
    public override async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (completed)
        {
            return;
        }

        foreach (var partition in partitions.Values)
        {
            if (partition.Buffered > 0)
            {
                await FlushAsync(partition, cancellationToken).ConfigureAwait(false);
            }

            await pending.ConfigureAwait(false);
            await partition.FinishAsync().ConfigureAwait(false);
        }

        var rows = new Dictionary<string, (long Rows, int Files)>(StringComparer.Ordinal);
        foreach (var (table, count) in partitions.Values.SelectMany(p => p.Finished))
        {
            rows[table] = rows.TryGetValue(table, out var sum) ? (sum.Rows + count, sum.Files + 1) : (count, 1);
        }

        rows[ActorTable.Name] = await FinishSingleAsync(actors, actorFile, cancellationToken).ConfigureAwait(false);
        rows[SourceTable.Name] = await FinishSingleAsync(sources, sourceFile, cancellationToken).ConfigureAwait(false);
        rows[StatementTable.Name] = await FinishSingleAsync(statements, statementFile, cancellationToken).ConfigureAwait(false);

        // A table without a row is still a file (schema only), so a query over every table never finds a folder missing.
        await EnsureTableAsync(IncidentTable.Name, IncidentTable.Create().Schema, rows, cancellationToken).ConfigureAwait(false);
        await EnsureTableAsync(CasualtyTable.Name, CasualtyTable.Create().Schema, rows, cancellationToken).ConfigureAwait(false);
        await EnsureTableAsync(ParticipantTable.Name, ParticipantTable.Create().Schema, rows, cancellationToken).ConfigureAwait(false);
        await EnsureTableAsync(AttributionTable.Name, AttributionTable.Create().Schema, rows, cancellationToken).ConfigureAwait(false);
        await EnsureTableAsync(SourceRecordTable.Name, SourceRecordTable.Create(SourceRecordLayout.Mixed).Schema, rows, cancellationToken).ConfigureAwait(false);

        if (noGeometry > 0)
        {
            Diagnostics.Add(new Diagnostic(ParquetDiagnosticCodes.NoGeometry, DiagnosticSeverity.Warning, $"{noGeometry} incident(s) have a point out of range: kept in latitude and longitude, with no geometry.") { Path = "/incidents" });
        }

        await WriteManifestAsync(rows, cancellationToken).ConfigureAwait(false);
        completed = true;
    }

    /// <inheritdoc />
    protected override async ValueTask DisposeAsyncCore()
    {
        if (completed)
        {
            return;
        }

        try
        {
            await pending.ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The write that failed has been reported to the caller already; closing the files must still happen.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        foreach (var partition in partitions.Values)
        {
            await partition.AbandonAsync().ConfigureAwait(false);
        }

        await actorFile.AbandonAsync().ConfigureAwait(false);
        await sourceFile.AbandonAsync().ConfigureAwait(false);
        await statementFile.AbandonAsync().ConfigureAwait(false);
    }

    // One row group write is in flight at a time, beside the reading: memory holds the buffer and at most one
    // partition's row group being encoded.
    private async Task FlushAsync(IncidentPartition partition, CancellationToken cancellationToken)
    {
        await pending.ConfigureAwait(false);
        if (!partition.IsOpen && partitions.Values.Count(p => p.IsOpen) >= options.MaxOpenPartitions)
        {
            var oldest = partitions.Values.Where(p => p.IsOpen).MinBy(p => p.LastWritten)!;
            if (oldest.Buffered > 0)
            {
                buffered -= oldest.Buffered;
                await oldest.StartFlush(parquet, cancellationToken).ConfigureAwait(false);
            }

            await oldest.FinishAsync().ConfigureAwait(false);
        }

        partition.LastWritten = ++clock;
        buffered -= partition.Buffered;
        pending = partition.StartFlush(parquet, cancellationToken);

        // A file's footer (row group metadata, statistics) is held in memory until the file is finished; many small
        // row groups (input spread over many partitions) would make it grow with the input, so the file is finished
        // and the partition's next rows start the next part file.
        if (partition.RowGroupsInFile >= MaxRowGroupsPerFile)
        {
            await pending.ConfigureAwait(false);
            await partition.FinishAsync().ConfigureAwait(false);
        }

        while (partitions.Values.Sum(p => p.OpenColumnChunks) > MaxOpenColumnChunks)
        {
            await pending.ConfigureAwait(false);
            await partitions.Values.MaxBy(p => p.OpenColumnChunks)!.FinishAsync().ConfigureAwait(false);
        }
    }

    private async Task FlushWhenFullAsync<TRow>(Table<TRow> table, TableFile file, CancellationToken cancellationToken)
    {
        if (table.Count >= options.RowGroupSize || table.Bytes >= options.MaxBufferedBytes / 4)
        {
            await file.WriteAsync(table, parquet, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(long Rows, int Files)> FinishSingleAsync<TRow>(Table<TRow> table, TableFile file, CancellationToken cancellationToken)
    {
        await file.WriteAsync(table, parquet, cancellationToken).ConfigureAwait(false);
        if (!file.IsOpen)
        {
            await file.CreateEmptyAsync(table.Schema, parquet, cancellationToken).ConfigureAwait(false);
        }

        await file.FinishAsync(ParquetDatasetLayout.FileMetadata(table.Name)).ConfigureAwait(false);
        return (file.Rows, 1);
    }

    private async Task EnsureTableAsync(string table, ParquetSchema schema, Dictionary<string, (long Rows, int Files)> rows, CancellationToken cancellationToken)
    {
        if (rows.ContainsKey(table))
        {
            return;
        }

        var file = new TableFile(Path.Combine(root, table, ParquetDatasetLayout.PartFileName(0)));
        await file.CreateEmptyAsync(schema, parquet, cancellationToken).ConfigureAwait(false);
        var metadata = ParquetDatasetLayout.FileMetadata(table);
        if (table == IncidentTable.Name)
        {
            metadata["geo"] = new Geometry.GeoBounds().ToGeoMetadata();
        }
        else if (table == SourceRecordTable.Name)
        {
            metadata[SourceRecordLayout.MetadataKey] = SourceRecordLayout.Mixed.ToMetadata();
        }

        await file.FinishAsync(metadata).ConfigureAwait(false);
        rows[table] = (0, 1);
    }

    private async Task WriteManifestAsync(Dictionary<string, (long Rows, int Files)> rows, CancellationToken cancellationToken)
    {
        var path = Path.Combine(root, ParquetDatasetLayout.ManifestName);
        await using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true);
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("format", ParquetDatasetLayout.Format);
        json.WriteString("version", ParquetDataset.SchemaVersion);
        json.WriteString("sitrep", Dataset.CurrentFormatVersion);
        if (title is not null)
        {
            json.WriteString("title", title);
        }

        if (description is not null)
        {
            json.WriteString("description", description);
        }

        json.WriteStartArray("partitionBy");
        if ((options.PartitionBy & ParquetPartitioning.Year) != 0)
        {
            json.WriteStringValue("year");
        }

        if ((options.PartitionBy & ParquetPartitioning.Country) != 0)
        {
            json.WriteStringValue("country");
        }

        json.WriteEndArray();
        json.WriteString("compression", options.Compression.ToString().ToLowerInvariant());
        json.WriteStartObject("tables");
        foreach (var (table, (count, files)) in rows.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            json.WriteStartObject(table);
            json.WriteNumber("rows", count);
            json.WriteNumber("files", files);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
