using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Sitrep.Actors;
using Sitrep.Incidents;
using Sitrep.Parquet.Tables;
using Sitrep.Sources;
using Sitrep.Statements;
using Sitrep.Validation;

namespace Sitrep.Parquet;

/// <summary>
/// Sitrep Parquet datasets (docs/parquet.md): a folder of Parquet tables and its <c>_sitrep.json</c> manifest.
/// <see cref="WriteAsync"/> writes a <see cref="Dataset"/>, <see cref="ReadAsync"/> reads one back without loss; for
/// a stream of incidents from a file reader, use <see cref="ParquetDatasetWriter"/>.
/// </summary>
public static class ParquetDataset
{
    /// <summary>The version of the table layout this library writes and reads (the manifest's <c>version</c>).</summary>
    public const string SchemaVersion = "1.0";

    private const int MaxManifestBytes = 1 << 20;

    private const string NoVersion = "(none)";

    // Sitrep writes 65,536 incidents a group; Spark and DuckDB write about a million rows. Sixteen million is far
    // beyond both and still an allocation a reader survives.
    private const long MaxRowGroupRows = 16_000_000;

    /// <summary>Writes a dataset into a new or empty folder.</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="options">The layout; <see cref="ParquetWriteOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the write; the folder is then not a dataset.</param>
    /// <returns>What the writer noted (points without a geometry).</returns>
    /// <exception cref="IOException">The folder holds files already, or a file cannot be written.</exception>
    public static async Task<ValueArray<Diagnostic>> WriteAsync(string directory, Dataset dataset, ParquetWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var diagnostics = new List<Diagnostic>();
        await using var writer = new ParquetDatasetWriter(directory, diagnostics, options);
        writer.Describe(dataset.Title, dataset.Description);
        await writer.WriteSourcesAsync(dataset.Sources, cancellationToken).ConfigureAwait(false);
        await writer.WriteActorsAsync(dataset.Actors, cancellationToken).ConfigureAwait(false);
        foreach (var incident in dataset.Incidents)
        {
            await writer.WriteIncidentAsync(incident, cancellationToken).ConfigureAwait(false);
        }

        await writer.WriteStatementsAsync(dataset.Statements, cancellationToken).ConfigureAwait(false);
        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return ValueArray.From(diagnostics);
    }

    /// <summary>
    /// Reads a Sitrep Parquet dataset back into the model, incidents in the order they were written, each with its
    /// casualty counts, participants and attributions. Bad content never throws: an unreadable file (SR0402), a
    /// missing column (SR0403), a cell that does not read (SR0404, file and row given) or a part without its incident
    /// (SR0405) is a diagnostic, and the result fails when any is an error.
    /// </summary>
    /// <param name="directory">The dataset's folder.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The dataset, or the diagnostics that say why not.</returns>
    public static async Task<ReadResult<Dataset>> ReadAsync(string directory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var diagnostics = new List<Diagnostic>();
        var root = Path.GetFullPath(directory);
        var manifest = await ReadManifestAsync(root, diagnostics, cancellationToken).ConfigureAwait(false);
        if (manifest is null)
        {
            return new ReadResult<Dataset>(null, ValueArray.From(diagnostics));
        }

        var incidents = new Dictionary<long, Incident>();
        var sourceFormats = new Dictionary<long, string>();
        var sourceRecords = new Dictionary<long, SourceRecord>();
        var layouts = new Dictionary<string, SourceRecordLayout?>(StringComparer.Ordinal);
        var casualties = new Parts<CasualtyCount>();
        var participants = new Parts<Participant>();
        var attributions = new Parts<Attribution>();
        var actors = new List<Actor>();
        var sources = new List<Source>();
        var statements = new List<Statement>();
        await ReadTableAsync(root, IncidentTable.Name, diagnostics, (data, row, first) => IncidentTable.ReadAsync(data, row, first, (seq, incident, sourceFormat) =>
        {
            if (!incidents.TryAdd(seq, incident))
            {
                row.Fail("seq", seq.ToString(System.Globalization.CultureInfo.InvariantCulture), "repeats an earlier incident's place in the input.");
            }
            else if (sourceFormat is not null)
            {
                sourceFormats[seq] = sourceFormat;
            }
        }), cancellationToken).ConfigureAwait(false);
        await ReadTableAsync(root, CasualtyTable.Name, diagnostics, (data, row, first) => CasualtyTable.ReadAsync(data, row, first, casualties.Add), cancellationToken).ConfigureAwait(false);
        await ReadTableAsync(root, ParticipantTable.Name, diagnostics, (data, row, first) => ParticipantTable.ReadAsync(data, row, first, participants.Add), cancellationToken).ConfigureAwait(false);
        await ReadTableAsync(root, AttributionTable.Name, diagnostics, (data, row, first) => AttributionTable.ReadAsync(data, row, first, attributions.Add), cancellationToken).ConfigureAwait(false);
        await ReadTableAsync(root, SourceRecordTable.Name, diagnostics, (data, row, first) =>
        {
            if (!layouts.TryGetValue(data.File, out var layout))
            {
                layouts[data.File] = layout = SourceRecordLayout.TryParse(data.Metadata.GetValueOrDefault(SourceRecordLayout.MetadataKey), out var parsed, out var error) ? parsed : null;
                if (layout is null)
                {
                    diagnostics.Add(new Diagnostic(ParquetDiagnosticCodes.UnreadableFile, DiagnosticSeverity.Error, error + " Its rows are not read.") { Path = data.File, Value = Diagnostic.Shorten(data.Metadata.GetValueOrDefault(SourceRecordLayout.MetadataKey)) });
                }
            }

            return layout is null ? Task.CompletedTask : SourceRecordTable.ReadAsync(data, row, first, layout, (seq, record) =>
            {
                if (!sourceRecords.TryAdd(seq, record))
                {
                    row.Fail("incident_seq", seq.ToString(System.Globalization.CultureInfo.InvariantCulture), "repeats an incident that already has its original row.");
                }
            });
        }, cancellationToken).ConfigureAwait(false);
        await ReadTableAsync(root, ActorTable.Name, diagnostics, (data, row, first) => ActorTable.ReadAsync(data, row, first, actors.Add), cancellationToken).ConfigureAwait(false);
        await ReadTableAsync(root, SourceTable.Name, diagnostics, (data, row, first) => SourceTable.ReadAsync(data, row, first, sources.Add), cancellationToken).ConfigureAwait(false);
        await ReadTableAsync(root, StatementTable.Name, diagnostics, (data, row, first) => StatementTable.ReadAsync(data, row, first, statements.Add), cancellationToken).ConfigureAwait(false);

        casualties.ReportOrphans(CasualtyTable.Name, incidents, diagnostics);
        participants.ReportOrphans(ParticipantTable.Name, incidents, diagnostics);
        attributions.ReportOrphans(AttributionTable.Name, incidents, diagnostics);
        ReportSourceRecords(incidents, sourceFormats, sourceRecords, diagnostics);
        var assembled = incidents.OrderBy(i => i.Key).Select(i => i.Value with
        {
            Casualties = casualties.Of(i.Key),
            Participants = participants.Of(i.Key),
            Attributions = attributions.Of(i.Key),
            SourceRecord = sourceRecords.GetValueOrDefault(i.Key),
        });
        var dataset = new Dataset
        {
            Title = manifest.Value.Title,
            Description = manifest.Value.Description,
            Sources = ValueArray.From(sources),
            Actors = ValueArray.From(actors),
            Incidents = ValueArray.From(assembled),
            Statements = ValueArray.From(statements),
        };
        return new ReadResult<Dataset>(dataset, ValueArray.From(diagnostics));
    }

    // An incident that says it has an original row must find it, and every original row its incident; either loss is told.
    private static void ReportSourceRecords(Dictionary<long, Incident> incidents, Dictionary<long, string> formats, Dictionary<long, SourceRecord> records, List<Diagnostic> diagnostics)
    {
        var missing = formats.Keys.Where(seq => !records.ContainsKey(seq)).Order().ToList();
        if (missing.Count > 0)
        {
            var first = incidents[missing[0]];
            diagnostics.Add(new Diagnostic(ParquetDiagnosticCodes.MissingSourceRecord, DiagnosticSeverity.Error, $"{missing.Count} incident(s) were written with their original row ({formats[missing[0]]}) but {SourceRecordTable.Name} does not hold it (the first is named).") { Path = SourceRecordTable.Name, Value = first.Id.Value });
        }

        var orphans = records.Keys.Where(seq => !incidents.ContainsKey(seq)).ToList();
        if (orphans.Count > 0)
        {
            diagnostics.Add(new Diagnostic(ParquetDiagnosticCodes.OrphanRow, DiagnosticSeverity.Error, $"{orphans.Count} {SourceRecordTable.Name} row(s) belong to incidents the dataset does not hold (missing, or rejected above); they are not read.") { Path = SourceRecordTable.Name, Value = orphans.Min().ToString(System.Globalization.CultureInfo.InvariantCulture) });
            foreach (var orphan in orphans)
            {
                records.Remove(orphan);
            }
        }
    }

    private static async Task<(string? Title, string? Description)?> ReadManifestAsync(string root, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var path = Path.Combine(root, ParquetDatasetLayout.ManifestName);
        Diagnostic NotADataset(string why) => new(ParquetDiagnosticCodes.NotADataset, DiagnosticSeverity.Error, why) { Path = ParquetDatasetLayout.ManifestName };
        if (!File.Exists(path))
        {
            diagnostics.Add(NotADataset(Directory.Exists(root)
                ? $"{root} has no {ParquetDatasetLayout.ManifestName}: it is not a Sitrep Parquet dataset, or its writing did not finish."
                : $"{root} does not exist."));
            return null;
        }

        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
            if (stream.Length > MaxManifestBytes)
            {
                diagnostics.Add(NotADataset($"The manifest is {stream.Length} bytes; a Sitrep manifest is small (at most {MaxManifestBytes})."));
                return null;
            }

            using var json = await JsonDocument.ParseAsync(stream, new JsonDocumentOptions { MaxDepth = 8 }, cancellationToken).ConfigureAwait(false);
            var top = json.RootElement;
            string? Text(string name) => top.ValueKind == JsonValueKind.Object && top.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            if (Text("format") != ParquetDatasetLayout.Format)
            {
                diagnostics.Add(NotADataset($"The manifest's format is not \"{ParquetDatasetLayout.Format}\"."));
                return null;
            }

            var version = Text("version");
            if (version is null || version.Split('.')[0] != SchemaVersion.Split('.')[0])
            {
                diagnostics.Add(NotADataset($"The dataset's layout is version {version ?? NoVersion}; this reader reads {SchemaVersion}.") with { Value = version });
                return null;
            }

            return (Text("title"), Text("description"));
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(NotADataset("The manifest cannot be read: " + ex.Message));
            return null;
        }
    }

    private static async Task ReadTableAsync(string root, string table, List<Diagnostic> diagnostics, Func<ColumnData, RowDecoder, long, Task> read, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(root, table);
        if (!Directory.Exists(folder))
        {
            diagnostics.Add(new Diagnostic(ParquetDiagnosticCodes.UnreadableFile, DiagnosticSeverity.Error, $"The dataset has no {table} folder.") { Path = table });
            return;
        }

        var files = Directory.EnumerateFiles(folder, "*.parquet", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var row = new RowDecoder(file, diagnostics);
            var reported = new HashSet<string>(StringComparer.Ordinal);
            long first = 0;
            try
            {
                await using var stream = new FileStream(Path.Combine(root, file), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
                await using var reader = await ParquetReader.CreateAsync(stream, null, false, cancellationToken).ConfigureAwait(false);
                for (var g = 0; g < reader.RowGroupCount; g++)
                {
                    using var group = reader.OpenRowGroupReader(g);

                    // A footer states its row counts; one that claims more than any writer makes would have the
                    // reader allocate for it before a byte is checked.
                    if (group.RowCount is < 0 or > MaxRowGroupRows)
                    {
                        diagnostics.Add(new Diagnostic(ParquetDiagnosticCodes.UnreadableFile, DiagnosticSeverity.Error, $"Row group {g} claims {group.RowCount} rows; this reader takes up to {MaxRowGroupRows} a group. The rest of the file is not read.") { Path = file });
                        break;
                    }

                    var data = new ColumnData(group, reader.Schema, reader.CustomMetadata, file, reported, diagnostics, cancellationToken);
                    await read(data, row, first).ConfigureAwait(false);
                    first += data.Rows;
                }
            }
            catch (OperationCanceledException)
            {
                throw;
            }
#pragma warning disable CA1031 // A third-party decoder meets untrusted bytes: whatever it throws is this file's diagnostic, never the caller's crash.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                diagnostics.Add(new Diagnostic(ParquetDiagnosticCodes.UnreadableFile, DiagnosticSeverity.Error, $"The file is not readable Parquet after {first} row(s): {ex.Message}") { Path = file });
            }
        }
    }

    /// <summary>The parts of one kind read so far, by incident, to be put back in their lists in order.</summary>
    private sealed class Parts<T>
    {
        private readonly Dictionary<long, List<(int Ordinal, T Item)>> byIncident = [];

        public void Add(long sequence, int ordinal, T item)
        {
            if (!byIncident.TryGetValue(sequence, out var list))
            {
                byIncident[sequence] = list = [];
            }

            list.Add((ordinal, item));
        }

        public ValueArray<T> Of(long sequence) =>
            byIncident.TryGetValue(sequence, out var list) ? ValueArray.From(list.OrderBy(p => p.Ordinal).Select(p => p.Item)) : default;

        public void ReportOrphans(string table, Dictionary<long, Incident> incidents, List<Diagnostic> diagnostics)
        {
            var orphans = byIncident.Where(p => !incidents.ContainsKey(p.Key)).ToList();
            if (orphans.Count > 0)
            {
                diagnostics.Add(new Diagnostic(ParquetDiagnosticCodes.OrphanRow, DiagnosticSeverity.Error, $"{orphans.Sum(o => o.Value.Count)} {table} row(s) belong to {orphans.Count} incident(s) the dataset does not hold (missing, or rejected above); they are not read.") { Path = table, Value = orphans[0].Key.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }
        }
    }
}
