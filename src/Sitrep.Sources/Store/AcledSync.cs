using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Sitrep.Datasets.Acled;
using Sitrep.Sources.Acled;

namespace Sitrep.Sources.Store;

/// <summary>
/// Keeps a store's <c>acled</c> dataset current, as acledR's <c>acled_update</c> does: the first run downloads every
/// event the filters select, each later run only those ACLED added or changed since (its <c>timestamp</c>), then the
/// events ACLED deleted since; each page is saved with the sync's progress, so a run that stops (a spent quota, a
/// crash, Ctrl+C) is taken up by the next run at the page after the last saved one.
/// </summary>
public static class AcledSync
{
    /// <summary>The store dataset ACLED events are kept in.</summary>
    public const string Dataset = "acled";

    /// <summary>Brings the store up to date with ACLED for the query's filters.</summary>
    /// <param name="store">The store.</param>
    /// <param name="client">The ACLED client.</param>
    /// <param name="filters">The filters (countries, dates, event types, ...); its <see cref="AcledQuery.UpdatedSince"/> and paging are the sync's own.</param>
    /// <param name="progress">Told after each page, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the sync after the page being saved; the next run resumes it.</param>
    /// <returns>What changed; <see cref="SyncReport.Completed"/> is false when the provider stopped the sync (its diagnostic says why).</returns>
    public static async Task<SyncReport> RunAsync(SourceStore store, AcledClient client, AcledQuery filters, IProgress<SyncReport>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(filters);
        using var lease = store.LockForSync();
        var scope = Scope(filters);
        var sinceKey = "since:" + scope;
        var deletedKey = "deleted:" + scope;
        var run = store.Begin(Dataset, "acled", scope, State(store, sinceKey), State(store, deletedKey));
        var counts = new SyncCounts();
        var mapper = new AcledEventMapper { KeepSourceRecords = false };
        try
        {
            if (run.Phase == "records")
            {
                var query = filters with { UpdatedSince = run.Since, FirstPage = Math.Max(run.NextPage, 1), WithTotal = true };
                await foreach (var page in client.ReadPagesAsync(query, cancellationToken).ConfigureAwait(false))
                {
                    var origin = page.Address.ToString();
                    var (items, rejects, rejectedRows) = StoreItems.From(page.Rows, page.Diagnostics, origin, mapper, r => r.EventIdCnty, Stamp);

                    // The next increment starts at the provider's clock when this one began: whatever changes from
                    // then on (during the sync too) has a later stamp.
                    run.Baseline ??= page.ServerTime?.ToUnixTimeSeconds() ?? Newest(items);
                    run.Total = page.TotalCount ?? run.Total;
                    store.SavePage(run, items, rejects, origin, page.Page + 1, counts, rejectedRows: rejectedRows);
                    progress?.Report(counts.ToReport(run, false));
                    cancellationToken.ThrowIfCancellationRequested();
                }

                store.SetPhase(run, "deletions", 1);
            }

            // Deletions since the last sync began (every deletion after that has a later stamp); a first sync asks
            // from its own start.
            if (run.Phase == "deletions" && (run.DeletedSince ?? run.Baseline) is { } deletedSince)
            {
                await foreach (var page in client.ReadDeletionsAsync(Instant.FromUnixTimeSeconds(deletedSince), AcledQuery.MaxPageSize, Math.Max(run.NextPage, 1), cancellationToken).ConfigureAwait(false))
                {
                    var ids = new List<string>(page.Rows.Count);
                    foreach (var row in page.Rows)
                    {
                        if (row.TryGetValue(out var deletion))
                        {
                            ids.Add(deletion.EventId);
                        }
                        else
                        {
                            counts.Rejected++;
                            counts.Report(row.Diagnostics[0] with { Path = page.Address + "#" + row.Diagnostics[0].Path });
                        }
                    }

                    store.SaveDeletions(run, ids, page.Address.ToString(), page.Page + 1, counts);
                    progress?.Report(counts.ToReport(run, false));
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }

            // Offset paging over a result that changed while it was paged (above all across a stop and a resume)
            // can step over a record. The provider's total tells: when the records seen and still there are not
            // the query's total, the increment does not move on, so the next sync asks for the same span again.
            var seen = run.Total is null ? 0 : store.CountSeen(run);
            var whole = run.Total is not { } total || seen == total;
            if (!whole)
            {
                counts.Report(new Validation.Diagnostic(SourceDiagnosticCodes.UnexpectedResponse, Validation.DiagnosticSeverity.Info, string.Create(CultureInfo.InvariantCulture, $"ACLED's results changed while they were paged ({seen} records seen or rejected, {run.Total} in the query at its last page); the next sync asks for the same span again, so nothing is skipped.")));
            }

            var state = new List<(string, string)>();
            if (whole && run.Baseline is { } next)
            {
                state.Add((sinceKey, next.ToString(CultureInfo.InvariantCulture)));
            }

            if (run.Baseline is { } deletionsNext)
            {
                state.Add((deletedKey, deletionsNext.ToString(CultureInfo.InvariantCulture)));
            }

            store.Finish(run, deleteUnseen: false, state, counts);
            return counts.ToReport(run, true);
        }
        catch (SourceException e)
        {
            counts.Report(e.Diagnostic);
            return counts.ToReport(run, false);
        }
    }

    private static long? State(SourceStore store, string key) =>
        store.GetState(Dataset, key) is { } text ? long.Parse(text, CultureInfo.InvariantCulture) : null;

    private static long? Newest(List<StoreItem> items)
    {
        long? newest = null;
        foreach (var item in items)
        {
            if (item.Stamp is { } stamp && (newest is not { } n || stamp > n))
            {
                newest = stamp;
            }
        }

        return newest;
    }

    /// <summary>ACLED's <c>timestamp</c>: when the event was last added or changed, Unix seconds.</summary>
    private static long? Stamp(AcledEventRecord record) =>
        long.TryParse(record["timestamp"], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : null;

    /// <summary>The filters alone, as the API names them: increments are kept per set of filters.</summary>
    internal static string Scope(AcledQuery filters)
    {
        var text = (filters with { UpdatedSince = null, WithTotal = false, PageSize = AcledQuery.MaxPageSize }).ToQueryString(1);
        return text[..text.LastIndexOf("&limit=", StringComparison.Ordinal)];
    }
}
