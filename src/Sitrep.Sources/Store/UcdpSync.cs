using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Datasets.Ucdp;
using Sitrep.Sources.Ucdp;

namespace Sitrep.Sources.Store;

/// <summary>
/// Keeps a store's copy of one UCDP GED version current (dataset <c>ucdp-25.1</c>, <c>ucdp-26.0.8</c>): the API has
/// no increments, so each sync pulls the version whole, records what changed since the last pull, and marks deleted
/// the events of the same filters that the pull no longer has (a Candidate version revised in place). Pages are saved
/// with the sync's progress, so a run stopped by the daily quota resumes at the next page the day after.
/// </summary>
public static class UcdpSync
{
    /// <summary>The store dataset a version is kept in.</summary>
    /// <param name="version">The version (<c>25.1</c>).</param>
    /// <returns>The dataset's name (<c>ucdp-25.1</c>).</returns>
    public static string DatasetOf(string version) => "ucdp-" + new UcdpQuery(version).Version;

    /// <summary>Brings the store's copy of the query's version up to date.</summary>
    /// <param name="store">The store.</param>
    /// <param name="client">The UCDP client.</param>
    /// <param name="query">The version and filters; its paging is the sync's own.</param>
    /// <param name="progress">Told after each page, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the sync after the page being saved; the next run resumes it.</param>
    /// <returns>What changed; <see cref="SyncReport.Completed"/> is false when the provider stopped the sync (its diagnostic says why).</returns>
    public static async Task<SyncReport> RunAsync(SourceStore store, UcdpClient client, UcdpQuery query, IProgress<SyncReport>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(query);
        using var lease = store.LockForSync();
        var dataset = DatasetOf(query.Version);
        var scope = Scope(query);
        var run = store.Begin(dataset, "ucdp", scope, null);
        var counts = new SyncCounts();
        var mapper = new UcdpGedMapper(query.Version) { KeepSourceRecords = false };

        // The daily quota is counted across runs (and versions) from midnight UTC, in the store.
        var quotaKey = "requests:" + store.Clock.InUtc().Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        client.SpentBefore = store.GetState(QuotaDataset, quotaKey) is { } spent ? int.Parse(spent, CultureInfo.InvariantCulture) : 0;
        try
        {
            var pages = query with { FirstPage = Math.Max(run.NextPage, 0) };
            await foreach (var page in client.ReadPagesAsync(pages, cancellationToken).ConfigureAwait(false))
            {
                var origin = page.Address.ToString();
                var (items, rejects, rejectedRows) = StoreItems.From(page.Rows, page.Diagnostics, origin, mapper, r => r["id"]?.Trim() ?? string.Empty, _ => null);
                store.SavePage(run, items, rejects, origin, page.Page + 1, counts, rejectedRows: rejectedRows);
                progress?.Report(counts.ToReport(run, false));
                cancellationToken.ThrowIfCancellationRequested();
            }

            store.Finish(run, deleteUnseen: true, [], counts);
            return counts.ToReport(run, true);
        }
        catch (SourceException e)
        {
            counts.Report(e.Diagnostic);
            return counts.ToReport(run, false);
        }
        finally
        {
            store.SetState(QuotaDataset, quotaKey, (client.SpentBefore + client.Requests).ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Where the store keeps the UCDP quota's count: the API's, shared by every version.</summary>
    private const string QuotaDataset = "ucdp-api";

    /// <summary>The filters alone: a full pull deletes only what an earlier pull of the same filters saw.</summary>
    internal static string Scope(UcdpQuery query)
    {
        var text = (query with { PageSize = UcdpQuery.MaxPageSize }).ToQueryString(0);
        var filters = text.IndexOf('&', text.IndexOf("page=", StringComparison.Ordinal));
        return query.Version + (filters < 0 ? string.Empty : text[filters..]);
    }
}
