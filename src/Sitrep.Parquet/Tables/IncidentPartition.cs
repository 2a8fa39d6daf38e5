using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Sitrep.Incidents;
using Sitrep.Parquet.Geometry;
using Sitrep.Sources;

namespace Sitrep.Parquet.Tables;

/// <summary>
/// One partition (<c>year=2024/country=UKR</c>, or the whole dataset when unpartitioned) of the four incident tables:
/// its buffered rows and its open files. The tables of one partition are written and finished together, so a part
/// file of <c>casualties</c> holds the counts of the incidents in the same-numbered part file of <c>incidents</c>.
/// </summary>
internal sealed class IncidentPartition
{
    // Inputs hold one layout of original rows (a file's header); a partition keeps a file for each of the first few
    // and puts rows of any further shape in one mixed file, so a hostile input cannot make a file per row.
    private const int MaxSourceLayouts = 8;

    private readonly string root;
    private readonly List<SourceRows> sources = [];
    private Table<IncidentRow> incidents = IncidentTable.Create();
    private Table<ChildRow<CasualtyCount>> casualties = CasualtyTable.Create();
    private Table<ChildRow<Participant>> participants = ParticipantTable.Create();
    private Table<ChildRow<Attribution>> attributions = AttributionTable.Create();
    private readonly GeoBounds bounds = new();
    private TableFile[]? files;
    private int part;

    public IncidentPartition(string root, string key)
    {
        this.root = root;
        Key = key;
    }

    /// <summary>Gets the partition's folder under each table (<c>year=2024/country=UKR</c>), empty when unpartitioned.</summary>
    public string Key { get; }

    /// <summary>Gets about how many bytes the buffered rows hold.</summary>
    public long Buffered { get; private set; }

    /// <summary>Gets the incidents buffered.</summary>
    public int BufferedIncidents => incidents.Count;

    /// <summary>Gets a value indicating whether the partition has files open.</summary>
    public bool IsOpen => files is not null;

    /// <summary>Gets the row groups written to the open part files.</summary>
    public int RowGroupsInFile { get; private set; }

    /// <summary>Gets the column chunks written to the open part files, whose metadata (with statistics) stays in memory until they are finished.</summary>
    public int OpenColumnChunks { get; private set; }

    /// <summary>Gets or sets when the partition last wrote, for choosing which to finish when too many are open.</summary>
    public long LastWritten { get; set; }

    /// <summary>Gets the files finished so far, per table.</summary>
    public List<(string Table, long Rows)> Finished { get; } = [];

    /// <summary>Buffers an incident and its parts; returns about how many bytes they hold.</summary>
    public long Add(IncidentRow row)
    {
        var incident = row.Incident;
        long added = incidents.Add(row);
        for (var i = 0; i < incident.Casualties.Count; i++)
        {
            added += casualties.Add(new(row, i, incident.Casualties[i]));
        }

        for (var i = 0; i < incident.Participants.Count; i++)
        {
            added += participants.Add(new(row, i, incident.Participants[i]));
        }

        for (var i = 0; i < incident.Attributions.Count; i++)
        {
            added += attributions.Add(new(row, i, incident.Attributions[i]));
        }

        if (incident.SourceRecord is { } record)
        {
            added += Source(record).Table.Add(row);
        }

        bounds.Add(incident.Place?.Point);
        Buffered += added;
        return added;
    }

    /// <summary>
    /// Starts writing what is buffered as one row group of each table (opening the part files first if needed) and
    /// returns at once with the write under way: the buffered rows are handed to it and the partition buffers anew,
    /// so reading goes on while the row group is encoded and compressed. The caller awaits the write before the
    /// next one starts or the files are finished (<see cref="Buffered"/> is zero when this returns).
    /// </summary>
    public Task StartFlush(ParquetOptions options, CancellationToken cancellationToken)
    {
        files ??= [File(IncidentTable.Name), File(CasualtyTable.Name), File(ParticipantTable.Name), File(AttributionTable.Name)];
        var open = files;

        // Each table is its own file with its own buffers, and encoding and compressing a row group is CPU work, so
        // the tables are written side by side too.
        var writes = new List<Task>(open.Length + sources.Count)
        {
            Write(open[0], Swap(ref incidents, IncidentTable.Create()), options, cancellationToken),
            Write(open[1], Swap(ref casualties, CasualtyTable.Create()), options, cancellationToken),
            Write(open[2], Swap(ref participants, ParticipantTable.Create()), options, cancellationToken),
            Write(open[3], Swap(ref attributions, AttributionTable.Create()), options, cancellationToken),
        };
        foreach (var source in sources)
        {
            if (source.Table.Count > 0)
            {
                source.File ??= new(Path.Combine(root, SourceRecordTable.Name, Key, SourceFileName(source)));
                var table = source.Table;
                source.Table = SourceRecordTable.Create(source.Layout);
                writes.Add(Write(source.File, table, options, cancellationToken));
            }
        }

        Buffered = 0;
        RowGroupsInFile++;
        return Task.WhenAll(writes);
    }

    /// <summary>Finishes the partition's open files; rows that come later go to the next part number.</summary>
    public async Task FinishAsync()
    {
        if (files is null)
        {
            return;
        }

        var geo = new Dictionary<string, string>(ParquetDatasetLayout.FileMetadata(IncidentTable.Name)) { ["geo"] = bounds.ToGeoMetadata() };
        await files[0].FinishAsync(geo).ConfigureAwait(false);
        string[] names = [IncidentTable.Name, CasualtyTable.Name, ParticipantTable.Name, AttributionTable.Name];
        for (var i = 0; i < files.Length; i++)
        {
            if (i > 0)
            {
                await files[i].FinishAsync(ParquetDatasetLayout.FileMetadata(names[i])).ConfigureAwait(false);
            }

            if (files[i].Rows > 0)
            {
                Finished.Add((names[i], files[i].Rows));
            }
        }

        foreach (var source in sources)
        {
            if (source.File is { } file)
            {
                var metadata = new Dictionary<string, string>(ParquetDatasetLayout.FileMetadata(SourceRecordTable.Name)) { [SourceRecordLayout.MetadataKey] = source.Layout.ToMetadata() };
                await file.FinishAsync(metadata).ConfigureAwait(false);
                Finished.Add((SourceRecordTable.Name, file.Rows));
                source.File = null;
            }
        }

        files = null;
        bounds.Clear();
        RowGroupsInFile = 0;
        OpenColumnChunks = 0;
        part++;
    }

    /// <summary>Closes open files without finishing them, after a failure.</summary>
    public async ValueTask AbandonAsync()
    {
        foreach (var file in files ?? [])
        {
            await file.AbandonAsync().ConfigureAwait(false);
        }

        foreach (var source in sources)
        {
            if (source.File is { } file)
            {
                await file.AbandonAsync().ConfigureAwait(false);
            }
        }

        files = null;
    }

    private SourceRows Source(SourceRecord record)
    {
        foreach (var source in sources)
        {
            if (source.Layout.Matches(record))
            {
                return source;
            }
        }

        var layout = sources.Count(s => !s.Layout.IsMixed) < MaxSourceLayouts ? SourceRecordLayout.Of(record) : SourceRecordLayout.Mixed;
        if (layout.IsMixed && sources.Find(s => s.Layout.IsMixed) is { } mixed)
        {
            return mixed;
        }

        var added = new SourceRows(layout, layout.IsMixed ? -1 : sources.Count(s => !s.Layout.IsMixed));
        sources.Add(added);
        return added;
    }

    // The first layout's file has the same name as the incidents' part file; others are numbered after it.
    private string SourceFileName(SourceRows source) => source.Index switch
    {
        0 => ParquetDatasetLayout.PartFileName(part),
        < 0 => ParquetDatasetLayout.PartFileName(part, "mixed"),
        _ => ParquetDatasetLayout.PartFileName(part, source.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static Table<T> Swap<T>(ref Table<T> table, Table<T> fresh)
    {
        var full = table;
        table = fresh;
        return full;
    }

    private Task Write<T>(TableFile file, Table<T> table, ParquetOptions options, CancellationToken cancellationToken)
    {
        if (table.Count == 0)
        {
            return Task.CompletedTask;
        }

        OpenColumnChunks += table.Schema.DataFields.Length;
        return Task.Run(() => file.WriteAsync(table, options, cancellationToken), cancellationToken);
    }

    private TableFile File(string table) => new(Path.Combine(root, table, Key, ParquetDatasetLayout.PartFileName(part)));

    /// <summary>The buffered original rows of one layout and the part file they go to.</summary>
    private sealed class SourceRows(SourceRecordLayout layout, int index)
    {
        public SourceRecordLayout Layout { get; } = layout;

        public int Index { get; } = index;

        public Table<IncidentRow> Table { get; set; } = SourceRecordTable.Create(layout);

        public TableFile? File { get; set; }
    }
}
