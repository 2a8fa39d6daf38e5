using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Datasets.Acled;
using Sitrep.Sources;
using Sitrep.Sources.Acled;
using Sitrep.Sources.Store;

namespace Sitrep.Tests.Sources;

public sealed class AcledSyncTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sitrep-store-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static readonly AcledQuery Filters = new() { Countries = ["Nigeria"], PageSize = 3 };

    private static async Task<FakeAcled> WithEvents(int count)
    {
        var fake = await FakeAcled.StartAsync();
        for (var i = 1; i <= count; i++)
        {
            fake.Put($"NIG{i:D5}", "2024-03-0" + (1 + (i % 9)).ToString(System.Globalization.CultureInfo.InvariantCulture), i);
        }

        return fake;
    }

    /// <summary>The live records of a store dataset: id to fields, as the provider sent them.</summary>
    internal static Dictionary<string, string> Live(SourceStore store, string dataset) =>
        store.ReadRecords(dataset).ToDictionary(r => r.Id, r => string.Join("\u001f", r.Columns.Zip(r.Values, (c, v) => c + "=" + v)));

    internal static string Field(StoredRecord record, string column) => record.Values[record.Columns.ToList().IndexOf(column)];

    [Fact]
    public async Task The_first_sync_downloads_everything_and_each_record_keeps_its_fields_its_incident_and_its_origin()
    {
        await using var fake = await WithEvents(7);
        using var client = fake.Client();
        using var store = SourceStore.Open(folder);
        var report = await AcledSync.RunAsync(store, client, Filters, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(report.Completed);
        Assert.Equal((7, 0, 0), (report.Added, report.Revised, report.Deleted));
        var records = store.ReadRecords(AcledSync.Dataset).ToList();
        Assert.Equal(fake.EventIds, records.Select(r => r.Id));
        var first = records[0];
        Assert.Equal((1, StoreChange.Added), (first.Revision, first.Change));
        Assert.Equal("NIG00001", Field(first, "event_id_cnty"));
        Assert.Contains("\"id\":\"acled:NIG00001\"", first.Incident, StringComparison.Ordinal);
        Assert.Contains("api/acled/read?", first.Origin, StringComparison.Ordinal);
        var dataset = Assert.Single(store.ReadDatasets());
        Assert.Equal(("acled", "acled", 7L, 0L), (dataset.Name, dataset.Format, dataset.Records, dataset.Deleted));
    }

    [Fact]
    public async Task A_later_sync_asks_only_for_changes_since_and_records_revisions_and_deletions_with_their_history()
    {
        await using var fake = await WithEvents(5);
        using var client = fake.Client();
        using var store = SourceStore.Open(folder);
        await AcledSync.RunAsync(store, client, Filters, cancellationToken: TestContext.Current.CancellationToken);
        var stampOfFirst = fake.Now;

        fake.Now += 3600;
        fake.Put("NIG00002", "2024-03-03", 40);
        fake.Put("NIG00099", "2024-03-04", 1);
        fake.Delete("NIG00004");
        var report = await AcledSync.RunAsync(store, client, Filters, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(report.Completed);
        Assert.Equal((1L, 1L, 1L), (report.Added, report.Revised, report.Deleted));
        Assert.Contains(fake.Server.Requests, r => r.Contains($"timestamp={stampOfFirst}&timestamp_where=%3E%3D", StringComparison.Ordinal));
        var history = store.ReadHistory(AcledSync.Dataset, "NIG00002");
        Assert.Equal([StoreChange.Added, StoreChange.Revised], history.Select(h => h.Change));
        Assert.Equal("40", Field(history[1], "fatalities"));
        Assert.Equal("2", Field(history[0], "fatalities"));
        Assert.Equal([StoreChange.Added, StoreChange.Deleted], store.ReadHistory(AcledSync.Dataset, "NIG00004").Select(h => h.Change));
        Assert.DoesNotContain("NIG00004", Live(store, AcledSync.Dataset).Keys);

        // The store as of the first sync is still there to compare with.
        var syncs = store.ReadSyncs(AcledSync.Dataset);
        Assert.Equal(2, syncs.Count);
        Assert.Contains("NIG00004", store.ReadRecords(AcledSync.Dataset, syncs[0].SyncId).Select(r => r.Id));
        var difference = store.Compare(AcledSync.Dataset, syncs[0].SyncId);
        Assert.Equal((1L, 1L, 1L, 3L), (difference.Added, difference.Deleted, difference.Revised, difference.Unchanged));
        Assert.Contains(difference.Revisions, r => r.Kind == Sitrep.Revisions.RevisionKind.Added && r.Id.ToString() == "acled:NIG00099");
        Assert.Contains(difference.Revisions, r => r.Kind == Sitrep.Revisions.RevisionKind.Deleted && r.Id.ToString() == "acled:NIG00004");
        var revised = Assert.Single(difference.Revisions, r => r.Kind == Sitrep.Revisions.RevisionKind.Revised);
        Assert.Equal("acled:NIG00002", revised.Id.ToString());
        Assert.Contains(revised.Changes, c => c.Field == "sourceRecord/fatalities" && c.Before == "2" && c.After == "40");
    }

    [Fact]
    public async Task A_sync_stopped_by_the_quota_resumes_at_the_next_page_with_nothing_lost_or_doubled()
    {
        await using var fake = await WithEvents(8);
        using var client = fake.Client();
        using var store = SourceStore.Open(folder);
        fake.Server.Inject("/api/acled/read", Fault.None, Fault.QuotaSpent);
        var stopped = await AcledSync.RunAsync(store, client, Filters, cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(stopped.Completed);
        Assert.Equal(SourceDiagnosticCodes.QuotaReached, stopped.Diagnostics[^1].Code);
        Assert.Equal(3, stopped.Added);

        var resumed = await AcledSync.RunAsync(store, client, Filters, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(resumed.Resumed);
        Assert.True(resumed.Completed);
        Assert.Equal(stopped.SyncId, resumed.SyncId);
        Assert.Equal(5, resumed.Added);
        Assert.Contains(fake.Server.Requests, r => r.Contains("limit=3&page=2", StringComparison.Ordinal) && !r.Contains("timestamp=", StringComparison.Ordinal));
        Assert.All(store.ReadRecords(AcledSync.Dataset), r => Assert.Equal(1, r.Revision));
        Assert.Equal(fake.EventIds.Order(StringComparer.Ordinal), Live(store, AcledSync.Dataset).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_sync_cancelled_after_a_page_resumes_and_the_store_equals_a_fresh_download()
    {
        await using var fake = await WithEvents(10);
        using var client = fake.Client();
        using (var store = SourceStore.Open(folder))
        {
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            var progress = new SynchronousProgress(_ => cancel.Cancel());
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AcledSync.RunAsync(store, client, Filters, progress, cancel.Token));
            Assert.Equal(3, store.ReadRecords(AcledSync.Dataset).Count());
        }

        fake.Now += 60;
        fake.Put("NIG00001", "2024-03-02", 99);
        using (var store = SourceStore.Open(folder))
        {
            var resumed = await AcledSync.RunAsync(store, client, Filters, cancellationToken: TestContext.Current.CancellationToken);
            Assert.True(resumed.Resumed && resumed.Completed);
            var again = await AcledSync.RunAsync(store, client, Filters, cancellationToken: TestContext.Current.CancellationToken);
            Assert.False(again.Resumed);
            using var fresh = SourceStore.Open(Path.Combine(folder, "fresh"));
            await AcledSync.RunAsync(fresh, client, Filters, cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal(Live(fresh, AcledSync.Dataset), Live(store, AcledSync.Dataset));
        }
    }

    [Fact]
    public async Task A_record_stepped_over_when_the_results_shift_between_a_stop_and_a_resume_is_fetched_by_the_next_sync()
    {
        await using var fake = await WithEvents(6);
        using var client = fake.Client();
        using var store = SourceStore.Open(folder);
        using (var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AcledSync.RunAsync(store, client, Filters, new SynchronousProgress(_ => cancel.Cancel()), cancel.Token));
        }

        // Page 1 (NIG00001-3) is saved; a deletion moves NIG00004 onto page 1, so the resumed page 2 steps over it.
        fake.Now += 10;
        fake.Delete("NIG00001");
        var resumed = await AcledSync.RunAsync(store, client, Filters, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(resumed.Completed);
        Assert.DoesNotContain("NIG00004", Live(store, AcledSync.Dataset).Keys);
        Assert.Contains(resumed.Diagnostics, d => d.Code == SourceDiagnosticCodes.UnexpectedResponse && d.Message.Contains("changed while they were paged", StringComparison.Ordinal));

        var next = await AcledSync.RunAsync(store, client, Filters, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(1, next.Added);
        Assert.Equal(fake.EventIds.Order(StringComparer.Ordinal), Live(store, AcledSync.Dataset).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_record_the_provider_sends_unreadable_is_reported_with_its_page_and_pointer_and_the_rest_are_kept()
    {
        await using var fake = await WithEvents(4);
        fake.SetRaw("NIG00003", "event_date", "2024-02-30");
        using var client = fake.Client();
        using var store = SourceStore.Open(folder);
        var report = await AcledSync.RunAsync(store, client, Filters, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(report.Completed);
        Assert.Equal((3L, 1L), (report.Added, report.Rejected));
        var rejected = Assert.Single(report.Diagnostics);
        Assert.EndsWith("page=1#/data/2/event_date", rejected.Path, StringComparison.Ordinal);
        Assert.Equal("2024-02-30", rejected.Value);
    }

    [Fact]
    public async Task Different_filters_keep_their_own_increments()
    {
        await using var fake = await WithEvents(3);
        fake.Put("NER00001", "2024-03-01", 2, country: "Niger");
        using var client = fake.Client();
        using var store = SourceStore.Open(folder);
        await AcledSync.RunAsync(store, client, Filters, cancellationToken: TestContext.Current.CancellationToken);
        var niger = await AcledSync.RunAsync(store, client, Filters with { Countries = ["Niger"] }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1, niger.Added);
        Assert.Contains(fake.Server.Requests, r => r.Contains("country=Niger&", StringComparison.Ordinal) && !r.Contains("timestamp=", StringComparison.Ordinal));
        Assert.Equal(4, store.ReadRecords(AcledSync.Dataset).Count());
    }

    [Fact]
    public async Task The_store_reads_back_as_an_acled_file_that_maps_as_the_records_do()
    {
        await using var fake = await WithEvents(4);
        fake.Put("NIG00005", "2024-03-05", 3, notes: "Quoted \"notes\",\nwith a comma and a line break");
        fake.Put("NIG00006", "2024-03-06", 3, notes: "'=looks guarded, but is the source's own text");
        using var client = fake.Client();
        using var store = SourceStore.Open(folder);
        await AcledSync.RunAsync(store, client, Filters, cancellationToken: TestContext.Current.CancellationToken);

        using var reader = AcledEventReader.Open(store.OpenExport(AcledSync.Dataset));
        var rows = reader.ReadRows().ToList();
        Assert.All(rows, r => Assert.True(r.Success, r.ToString()));
        Assert.Equal("'=looks guarded, but is the source's own text", rows[^1].Value["notes"]);
        var incidents = rows.Select(r => Sitrep.Sources.Store.StoreItems.Canonical(new AcledEventMapper { KeepSourceRecords = false }.Map(r.Value))).ToList();
        Assert.Equal(store.ReadRecords(AcledSync.Dataset).Select(r => r.Incident), incidents);
    }

    [Fact]
    public async Task A_second_sync_of_the_same_store_is_refused_while_the_first_runs()
    {
        await using var fake = await WithEvents(6);
        using var client = fake.Client();
        using var store = SourceStore.Open(folder);
        using var other = SourceStore.Open(folder);
        SourceException? refused = null;
        var progress = new SynchronousProgress(_ =>
        {
            refused ??= Assert.Throws<SourceException>(() => AcledSync.RunAsync(other, client, Filters).GetAwaiter().GetResult());
        });
        var report = await AcledSync.RunAsync(store, client, Filters, progress, TestContext.Current.CancellationToken);

        Assert.True(report.Completed);
        Assert.Equal(SourceDiagnosticCodes.StoreUnreadable, refused!.Diagnostic.Code);
        Assert.Contains("Another sync", refused.Message, StringComparison.Ordinal);
        Assert.True((await AcledSync.RunAsync(other, client, Filters, cancellationToken: TestContext.Current.CancellationToken)).Completed);
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_SR0508()
    {
        File.WriteAllText(Path.Combine(folder, SourceStore.FileName), "not a database at all, just text");
        var error = Assert.Throws<SourceException>(() => SourceStore.Open(folder));

        Assert.Equal(SourceDiagnosticCodes.StoreUnreadable, error.Diagnostic.Code);
    }

    /// <summary>Reports on the calling thread, so a test can act between pages.</summary>
    internal sealed class SynchronousProgress(Action<SyncReport> report) : IProgress<SyncReport>
    {
        public void Report(SyncReport value) => report(value);
    }
}
