using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Datasets;
using Sitrep.Datasets.Ucdp;
using static Sitrep.Tests.Datasets.Ucdp.UcdpGedFixtures;

namespace Sitrep.Tests.Datasets;

public class DatasetReaderAsyncTests
{
    [Fact]
    public async Task Async_reading_gives_the_same_rows_and_counts_as_sync_reading()
    {
        var bad = Event(3);
        bad["best"] = "x";
        var bytes = Encoding.UTF8.GetBytes(Csv(Enumerable.Range(1, 300).Select(i => i == 3 ? bad : Event(i))));

        using var sync = UcdpGedReader.Open(new MemoryStream(bytes));
        var expected = sync.ReadRows().ToList();
        using var asynchronous = UcdpGedReader.Open(new MemoryStream(bytes));
        var actual = await asynchronous.ReadRowsAsync().ToListAsync();

        Assert.Equal(expected.Select(r => (r.Line, r.ValueOrNull, r.Diagnostics)), actual.Select(r => (r.Line, r.ValueOrNull, r.Diagnostics)));
        Assert.Equal(sync.Counts, asynchronous.Counts);
        Assert.Equal(new DatasetReadCounts(300, 299, 1), asynchronous.Counts);
    }

    [Fact]
    public async Task Async_reading_can_be_cancelled()
    {
        var bytes = Encoding.UTF8.GetBytes(Csv(Enumerable.Range(1, 5000).Select(i => Event(i))));
        using var reader = UcdpGedReader.Open(new MemoryStream(bytes));
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var row in reader.ReadRowsAsync(cancellation.Token))
            {
                if (++seen == 10)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.InRange(seen, 10, 4999);
    }

    [Fact]
    public void Rows_can_be_enumerated_once()
    {
        using var reader = UcdpGedReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(Csv([Event()]))));
        _ = reader.ReadRows();

        Assert.Throws<InvalidOperationException>(() => reader.ReadRowsAsync());
    }
}
