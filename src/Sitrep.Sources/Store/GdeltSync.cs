using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Sitrep.Datasets;
using Sitrep.Datasets.Gdelt;
using Sitrep.Sources.Gdelt;
using Sitrep.Validation;

namespace Sitrep.Sources.Store;

/// <summary>
/// Keeps a store's <c>gdelt-events</c> dataset current from GDELT 2.0's 15-minute event files: the latest ones
/// (<c>lastupdate.txt</c>), or every one of a time range (<c>masterfilelist.txt</c>). Each file is downloaded,
/// checked against the list's size and MD5, read, and saved with its records in one transaction, so a file is in the
/// store whole or not at all and a stopped run goes on with the files it had not saved. Files the list names but the
/// server lacks are recorded as absent and not asked for again.
/// </summary>
public static class GdeltSync
{
    /// <summary>The store dataset GDELT events are kept in.</summary>
    public const string Dataset = "gdelt-events";

    /// <summary>The most bytes an events file may unpack to (GDELT's are a few megabytes).</summary>
    private const long MaxFileBytes = 256L * 1024 * 1024;

    /// <summary>Fetches the event files of a time range, or the latest ones, that the store does not hold yet.</summary>
    /// <param name="store">The store.</param>
    /// <param name="client">The GDELT bulk-file client.</param>
    /// <param name="from">The first 15 minutes wanted, or <see langword="null"/> (with <paramref name="to"/> null) for the latest files.</param>
    /// <param name="to">The end of the range (exclusive), or <see langword="null"/> for no end.</param>
    /// <param name="progress">Told after each file, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the sync after the file being saved; the next run goes on.</param>
    /// <returns>What changed; <see cref="SyncReport.Completed"/> is false when a request failed after its retries (its diagnostic says why).</returns>
    public static async Task<SyncReport> RunAsync(SourceStore store, GdeltBulkClient client, Instant? from = null, Instant? to = null, IProgress<SyncReport>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(client);
        using var lease = store.LockForSync();
        var scope = from is null && to is null ? "latest" : $"{from?.ToString() ?? "start"}..{to?.ToString() ?? "end"}";
        var run = store.Begin(Dataset, "gdelt", scope, null);
        var counts = new SyncCounts();
        var mapper = new GdeltEventMapper { KeepSourceRecords = false };
        var downloads = Path.Combine(store.Folder, "downloads");
        Directory.CreateDirectory(downloads);
        try
        {
            var files = new List<GdeltFile>();
            if (from is null && to is null)
            {
                foreach (var row in await client.ReadLastUpdateAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    Take(row, files, counts, from, to);
                }
            }
            else
            {
                await foreach (var row in client.ReadMasterListAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    Take(row, files, counts, from, to);
                }
            }

            foreach (var file in files)
            {
                if (store.FileStatus(Dataset, file.Name) is "verified" or "absent")
                {
                    continue;
                }

                var path = Path.Combine(downloads, file.Name);
                var download = await client.DownloadAsync(file, path, cancellationToken).ConfigureAwait(false);
                foreach (var diagnostic in download.Diagnostics)
                {
                    counts.Report(diagnostic);
                }

                if (download.Status == GdeltDownloadStatus.Absent)
                {
                    store.SavePage(run, [], [], file.Url, run.NextPage, counts, new SourceStore.FileRow(file.Name, "absent", file.Size, file.Md5));
                    continue;
                }

                if (download.Status == GdeltDownloadStatus.Corrupt)
                {
                    // Not recorded: the next run asks for it again.
                    continue;
                }

                try
                {
                    var (items, rejects) = Read(path, file, mapper);
                    store.SavePage(run, items, rejects, file.Url, run.NextPage, counts, new SourceStore.FileRow(file.Name, "verified", file.Size, file.Md5));
                }
                finally
                {
                    File.Delete(path);
                }

                progress?.Report(counts.ToReport(run, false));
                cancellationToken.ThrowIfCancellationRequested();
            }

            store.Finish(run, deleteUnseen: false, [], counts);
            return counts.ToReport(run, true);
        }
        catch (SourceException e)
        {
            counts.Report(e.Diagnostic);
            return counts.ToReport(run, false);
        }
    }

    private static void Take(DatasetRow<GdeltFile> row, List<GdeltFile> files, SyncCounts counts, Instant? from, Instant? to)
    {
        if (!row.TryGetValue(out var file))
        {
            foreach (var diagnostic in row.Diagnostics)
            {
                counts.Report(diagnostic);
            }

            return;
        }

        if (file.Kind == GdeltFileKind.Export && !file.IsTranslation && file.Timestamp is { } slot
            && (from is not { } first || slot >= first) && (to is not { } end || slot < end))
        {
            files.Add(file);
        }
    }

    /// <summary>Reads a verified file: the CSV inside the zip, through the GDELT reader; a zip that does not open is one rejection.</summary>
    private static (List<StoreItem> Items, List<Diagnostic> Rejects) Read(string path, GdeltFile file, GdeltEventMapper mapper)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.Entries.Count != 1)
            {
                return ([], [new Diagnostic(SourceDiagnosticCodes.UnexpectedResponse, DiagnosticSeverity.Error, string.Create(CultureInfo.InvariantCulture, $"{file.Name} holds {zip.Entries.Count} files; a GDELT events zip holds one.")) { Path = file.Url }]);
            }

            // A file is saved whole in one transaction, so its rows are held: a 15-minute events file is a few
            // megabytes; a zip that says it holds more is refused, and .NET holds an entry to the size it declares.
            if (zip.Entries[0].Length > MaxFileBytes)
            {
                return ([], [new Diagnostic(SourceDiagnosticCodes.ResponseTooLarge, DiagnosticSeverity.Error, string.Create(CultureInfo.InvariantCulture, $"{file.Name} unpacks to {zip.Entries[0].Length} bytes; a GDELT events file is read up to {MaxFileBytes}.")) { Path = file.Url }]);
            }

            using var reader = GdeltEventReader.Open(zip.Entries[0].Open());
            var rows = ValueArray.From(reader.ReadRows());
            var (items, rejects, _) = StoreItems.From(rows, reader.FileDiagnostics, file.Url, mapper, r => r["GLOBALEVENTID"]?.Trim() ?? string.Empty, _ => null);
            return (items, rejects);
        }
        catch (InvalidDataException e)
        {
            return ([], [new Diagnostic(SourceDiagnosticCodes.UnexpectedResponse, DiagnosticSeverity.Error, $"{file.Name} is not a readable zip ({e.Message}).") { Path = file.Url }]);
        }
    }
}
