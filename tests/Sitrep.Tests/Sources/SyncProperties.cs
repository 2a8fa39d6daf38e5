using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sitrep.Sources.Acled;
using Sitrep.Sources.Store;

namespace Sitrep.Tests.Sources;

public sealed class SyncProperties
{
    private enum Step
    {
        Add,
        Revise,
        Delete,
        Sync,
        SyncCancelledAfterAPage,
        SyncStoppedByQuota,
        SyncFailingOnce,
    }

    private static readonly AcledQuery Filters = new() { PageSize = 2 };

    [Property(MaxTest = 25)]
    public Property After_any_sequence_of_changes_and_syncs_incremental_or_interrupted_the_store_equals_a_fresh_download()
    {
        var step =
            from kind in Gen.Frequency(
                (4, Gen.Constant(Step.Add)),
                (3, Gen.Constant(Step.Revise)),
                (3, Gen.Constant(Step.Delete)),
                (3, Gen.Constant(Step.Sync)),
                (2, Gen.Constant(Step.SyncCancelledAfterAPage)),
                (1, Gen.Constant(Step.SyncStoppedByQuota)),
                (1, Gen.Constant(Step.SyncFailingOnce)))
            from arg in Gen.Choose(0, 1000)
            from tick in Gen.Choose(0, 3)
            select (kind, arg, tick);
        return Prop.ForAll(Gen.ListOf(step).Select(l => l.Take(14).ToList()).ToArbitrary(), steps => Check(steps));
    }

    private static async Task Check(List<(Step Kind, int Arg, int Tick)> steps)
    {
        var folder = Directory.CreateTempSubdirectory("sitrep-sync-prop-").FullName;
        try
        {
            await using var fake = await FakeAcled.StartAsync();
            using var client = fake.Client();
            var next = 0;
            foreach (var (kind, arg, tick) in steps)
            {
                // Changes may share a second with a sync (tick 0), as they do at ACLED.
                fake.Now += tick;
                var ids = fake.EventIds.ToList();
                switch (kind)
                {
                    case Step.Add:
                        fake.Put($"NIG{++next:D4}", "2024-01-" + (1 + (arg % 28)).ToString("D2", System.Globalization.CultureInfo.InvariantCulture), arg % 7);
                        break;
                    case Step.Revise when ids.Count > 0:
                        fake.Put(ids[arg % ids.Count], "2024-02-01", arg);
                        break;
                    case Step.Delete when ids.Count > 0:
                        fake.Delete(ids[arg % ids.Count]);
                        break;
                    case Step.Sync:
                        await SyncAsync(folder, client, CancellationToken.None);
                        break;
                    case Step.SyncCancelledAfterAPage:
                        using (var cancel = new CancellationTokenSource())
                        {
                            try
                            {
                                using var store = SourceStore.Open(folder);
                                await AcledSync.RunAsync(store, client, Filters, new AcledSyncTests.SynchronousProgress(_ => cancel.Cancel()), cancel.Token);
                            }
                            catch (OperationCanceledException)
                            {
                            }
                        }

                        break;
                    case Step.SyncStoppedByQuota:
                        fake.Server.Inject("/api/acled/read", Fault.None, Fault.QuotaSpent);
                        await SyncAsync(folder, client, CancellationToken.None);
                        break;
                    case Step.SyncFailingOnce:
                        fake.Server.Inject("/api/acled/read", Fault.Truncated, Fault.ServerError);
                        fake.Server.Inject("/api/deleted/read", Fault.RateLimited);
                        await SyncAsync(folder, client, CancellationToken.None);
                        break;
                }
            }

            // A sync left unfinished is finished; it holds the source as it was when it began. Then one sync that
            // begins after the last change brings the store level with a fresh download, whatever came before.
            fake.Server.ClearFaults();
            var pending = await SyncAsync(folder, client, CancellationToken.None);
            Assert.True(pending.Completed);
            var last = await SyncAsync(folder, client, CancellationToken.None);
            Assert.True(last.Completed && !last.Resumed);

            using var kept = SourceStore.Open(folder);
            using var fresh = SourceStore.Open(Path.Combine(folder, "fresh"));
            var full = await AcledSync.RunAsync(fresh, client, Filters);
            Assert.True(full.Completed);
            Assert.Equal(AcledSyncTests.Live(fresh, AcledSync.Dataset), AcledSyncTests.Live(kept, AcledSync.Dataset));
            Assert.Equal(fake.EventIds.Count, AcledSyncTests.Live(kept, AcledSync.Dataset).Count);

            // Every revision of every record is whole: numbered from 1 without gaps.
            foreach (var record in kept.ReadRecords(AcledSync.Dataset, includeDeleted: true))
            {
                Assert.Equal(Enumerable.Range(1, record.Revision), kept.ReadHistory(AcledSync.Dataset, record.Id).Select(h => h.Revision));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<SyncReport> SyncAsync(string folder, AcledClient client, CancellationToken cancellationToken)
    {
        using var store = SourceStore.Open(folder);
        return await AcledSync.RunAsync(store, client, Filters, cancellationToken: cancellationToken);
    }
}
