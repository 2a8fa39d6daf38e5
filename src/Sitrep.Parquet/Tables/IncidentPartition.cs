using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Sitrep.Incidents;
using Sitrep.Parquet.Geometry;

namespace Sitrep.Parquet.Tables;

/// <summary>
/// One partition (<c>year=2024/country=UKR</c>, or the whole dataset when unpartitioned) of the four incident tables:
/// its buffered rows and its open files. The tables of one partition are written and finished together, so a part
/// file of <c>casualties</c> holds the counts of the incidents in the same-numbered part file of <c>incidents</c>.
/// </summary>
internal sealed class IncidentPartition
{
    private readonly string root;
    private readonly Table<IncidentRow> incidents = IncidentTable.Create();
    private readonly Table<ChildRow<CasualtyCount>> casualties = CasualtyTable.Create();
    private readonly Table<ChildRow<Participant>> participants = ParticipantTable.Create();
    private readonly Table<ChildRow<Attribution>> attributions = AttributionTable.Create();
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

        bounds.Add(incident.Place?.Point);
        Buffered += added;
        return added;
    }

    /// <summary>Writes what is buffered as one row group of each table (opening the part files first if needed); returns the bytes freed.</summary>
    public async Task<long> FlushAsync(ParquetOptions options, CancellationToken cancellationToken)
    {
        files ??= [File(IncidentTable.Name), File(CasualtyTable.Name), File(ParticipantTable.Name), File(AttributionTable.Name)];
        await files[0].WriteAsync(incidents, options, cancellationToken).ConfigureAwait(false);
        await files[1].WriteAsync(casualties, options, cancellationToken).ConfigureAwait(false);
        await files[2].WriteAsync(participants, options, cancellationToken).ConfigureAwait(false);
        await files[3].WriteAsync(attributions, options, cancellationToken).ConfigureAwait(false);
        var written = Buffered;
        Buffered = 0;
        RowGroupsInFile++;
        return written;
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

        files = null;
        bounds.Clear();
        RowGroupsInFile = 0;
        part++;
    }

    /// <summary>Closes open files without finishing them, after a failure.</summary>
    public async ValueTask AbandonAsync()
    {
        foreach (var file in files ?? [])
        {
            await file.AbandonAsync().ConfigureAwait(false);
        }

        files = null;
    }

    private TableFile File(string table) => new(Path.Combine(root, table, Key, ParquetDatasetLayout.PartFileName(part)));
}
