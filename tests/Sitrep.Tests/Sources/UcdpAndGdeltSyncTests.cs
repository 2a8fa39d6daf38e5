using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using NodaTime;
using Sitrep.Datasets.Gdelt;
using Sitrep.Datasets.Ucdp;
using Sitrep.Sources;
using Sitrep.Sources.Gdelt;
using Sitrep.Sources.Store;
using Sitrep.Sources.Ucdp;
using Sitrep.Tests.Datasets.Gdelt;

namespace Sitrep.Tests.Sources;

public sealed class UcdpAndGdeltSyncTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sitrep-store-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static async Task<FakeUcdp> WithEvents(string version, int count)
    {
        var fake = await FakeUcdp.StartAsync();
        for (var i = 1; i <= count; i++)
        {
            fake.Put(version, 700_000 + i, "2026-08-1" + (i % 9).ToString(System.Globalization.CultureInfo.InvariantCulture), i, countryId: i % 2 == 0 ? 369 : 365);
        }

        return fake;
    }

    [Fact]
    public async Task A_full_pull_of_a_version_records_revisions_and_marks_deleted_what_the_version_no_longer_has()
    {
        await using var fake = await WithEvents("26.0.8", 5);
        using var client = fake.Client();
        using var store = SourceStore.Open(folder);
        var query = new UcdpQuery("26.0.8") { PageSize = 2 };
        var first = await UcdpSync.RunAsync(store, client, query, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(first.Completed);
        Assert.Equal(5, first.Added);
        Assert.Equal("ucdp-26.0.8", first.Dataset);

        fake.Put("26.0.8", 700_002, "2026-08-12", 30);
        fake.Remove("26.0.8", 700_005);
        var second = await UcdpSync.RunAsync(store, client, query, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((0L, 1L, 1L, 3L), (second.Added, second.Revised, second.Deleted, second.Unchanged));
        Assert.Equal([StoreChange.Added, StoreChange.Deleted], store.ReadHistory("ucdp-26.0.8", "700005").Select(r => r.Change));
        Assert.Equal("30", AcledSyncTests.Field(store.ReadHistory("ucdp-26.0.8", "700002")[1], "best"));

        // The store reads back as a UCDP file whose rows map to the incidents kept.
        using var reader = UcdpGedReader.Open(store.OpenExport("ucdp-26.0.8"));
        var rows = reader.ReadRows().ToList();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.True(r.Success, r.ToString()));
    }

    [Fact]
    public async Task A_pull_stopped_by_the_quota_deletes_nothing_and_the_next_run_finishes_it()
    {
        await using var fake = await WithEvents("25.1", 5);
        using var store = SourceStore.Open(folder);
        var query = new UcdpQuery("25.1") { PageSize = 2 };
        using (var client = fake.Client())
        {
            await UcdpSync.RunAsync(store, client, query, cancellationToken: TestContext.Current.CancellationToken);
        }

        fake.Remove("25.1", 700_001);
        using (var limited = fake.Client(requestLimit: 1))
        {
            var stopped = await UcdpSync.RunAsync(store, limited, query, cancellationToken: TestContext.Current.CancellationToken);
            Assert.False(stopped.Completed);
            Assert.Equal(0, stopped.Deleted);
            Assert.Equal(SourceDiagnosticCodes.QuotaReached, stopped.Diagnostics[^1].Code);
        }

        using var client2 = fake.Client();
        var resumed = await UcdpSync.RunAsync(store, client2, query, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(resumed.Resumed && resumed.Completed);
        Assert.Equal(1, resumed.Deleted);
        Assert.Equal(4, store.ReadRecords("ucdp-25.1").Count());
    }

    [Fact]
    public async Task The_daily_quota_is_counted_across_runs_in_the_store()
    {
        await using var fake = await WithEvents("25.1", 4);
        using var store = SourceStore.Open(folder);
        var query = new UcdpQuery("25.1") { PageSize = 2 };
        using (var client = fake.Client(requestLimit: 3))
        {
            Assert.True((await UcdpSync.RunAsync(store, client, query, cancellationToken: TestContext.Current.CancellationToken)).Completed);
        }

        var before = fake.Server.Requests.Count;
        using (var client = fake.Client(requestLimit: 3))
        {
            var stopped = await UcdpSync.RunAsync(store, client, query, cancellationToken: TestContext.Current.CancellationToken);
            Assert.False(stopped.Completed);
            Assert.Equal(SourceDiagnosticCodes.QuotaReached, stopped.Diagnostics[^1].Code);
        }

        Assert.Equal(before + 1, fake.Server.Requests.Count);
    }

    [Fact]
    public async Task A_pull_with_other_filters_never_deletes_what_it_did_not_ask_for()
    {
        await using var fake = await WithEvents("25.1", 4);
        using var client = fake.Client();
        using var store = SourceStore.Open(folder);
        await UcdpSync.RunAsync(store, client, new UcdpQuery("25.1"), cancellationToken: TestContext.Current.CancellationToken);
        var ukraine = await UcdpSync.RunAsync(store, client, new UcdpQuery("25.1") { Countries = [369] }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((0L, 2L), (ukraine.Deleted, ukraine.Unchanged));
        Assert.Equal(4, store.ReadRecords("ucdp-25.1").Count());
    }

    private static (byte[] Zip, string Line) Zip(string name, params long[] ids)
    {
        var text = string.Concat(ids.Select(id => GdeltEventReaderTests.Line(GdeltEventReaderTests.Event(id))));
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name[..^4]).Open();
            entry.Write(Encoding.UTF8.GetBytes(text));
        }

        var bytes = buffer.ToArray();
#pragma warning disable CA5351 // GDELT lists MD5s.
        var md5 = Convert.ToHexStringLower(MD5.HashData(bytes));
#pragma warning restore CA5351
        return (bytes, $"{bytes.Length} {md5} http://data.gdeltproject.org/gdeltv2/{name}");
    }

    [Fact]
    public async Task Gdelt_event_files_are_read_into_the_store_once_and_absent_ones_are_recorded_not_asked_again()
    {
        var a = Zip("20240101000000.export.CSV.zip", 1001, 1002, 1003);
        var b = Zip("20240101001500.export.CSV.zip", 1004);
        var missing = Zip("20240101003000.export.CSV.zip", 9);
        var mentions = Zip("20240101000000.mentions.CSV.zip", 1);
        var files = new Dictionary<string, byte[]> { ["20240101000000.export.CSV.zip"] = a.Zip, ["20240101001500.export.CSV.zip"] = b.Zip };
        var master = string.Join("\n", a.Line, mentions.Line, b.Line, missing.Line) + "\n";
        await using var server = await FakeServer.StartAsync(context =>
        {
            var name = context.Request.Path.Value!["/gdeltv2/".Length..];
            return Task.FromResult(name == "masterfilelist.txt" ? Reply.Text(master)
                : files.TryGetValue(name, out var bytes) ? new Reply(200, bytes, "application/zip")
                : Reply.Text("Not Found", 404));
        });
        using var client = new GdeltBulkClient(new SourceClientOptions { BaseAddress = new Uri("http://gdelt.test/gdeltv2/"), RetryDelay = TimeSpan.FromMilliseconds(5) }, server.Handler);
        using var store = SourceStore.Open(folder);
        var from = Instant.FromUtc(2024, 1, 1, 0, 0);
        var to = Instant.FromUtc(2024, 1, 2, 0, 0);
        var report = await GdeltSync.RunAsync(store, client, from, to, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(report.Completed);
        Assert.Equal(4, report.Added);
        Assert.Equal(SourceDiagnosticCodes.FileAbsent, Assert.Single(report.Diagnostics).Code);
        Assert.Equal(["1001", "1002", "1003", "1004"], store.ReadRecords(GdeltSync.Dataset).Select(r => r.Id));
        Assert.DoesNotContain(server.Requests, r => r.Contains("mentions", StringComparison.Ordinal));

        var again = await GdeltSync.RunAsync(store, client, from, to, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal((0L, 0L), (again.Added, again.Pages));
        Assert.Equal(1, server.Requests.Count(r => r.EndsWith("001500.export.CSV.zip", StringComparison.Ordinal)));
        Assert.Equal(1, server.Requests.Count(r => r.EndsWith("003000.export.CSV.zip", StringComparison.Ordinal)));

        using var reader = GdeltEventReader.Open(store.OpenExport(GdeltSync.Dataset));
        Assert.Equal(4, reader.ReadRows().Count(r => r.Success));
    }
}
