using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sitrep.Datasets;
using Sitrep.Datasets.Acled;
using Sitrep.Datasets.Gdelt;
using Sitrep.Datasets.Plover;
using Sitrep.Datasets.Polecat;
using Sitrep.Datasets.Ucdp;
using Sitrep.Serialization;
using Sitrep.Tests.Datasets.Acled;
using Sitrep.Tests.Datasets.Gdelt;
using Sitrep.Tests.Datasets.Polecat;
using Sitrep.Tests.Datasets.Ucdp;

namespace Sitrep.Tests.Datasets;

/// <summary>
/// Every reader, fed valid files of every format bent by random mutations (bytes inserted, deleted, repeated, the
/// file cut short) and random bytes: no exception, every record accounted for (read = accepted + rejected, a rejected
/// record has an error), and allocation bounded by a multiple of the input.
/// </summary>
public class ReaderFuzzTests
{
    private static readonly string[] Readers = ["acled", "ucdp", "gdelt", "polecat", "plover", "sitrep", "jsonl"];

    private static readonly byte[] Interesting = "\"\",\t\n\r[]{}\\:u0d8 \u00e9"u8.ToArray().Concat(new byte[] { 0xC3, 0xE9, 0x00, 0xFF, 0xFE, 0xEF, 0xBB, 0xBF, 0x80 }).ToArray();

    private static readonly Lazy<byte[][]> Seeds = new(() => SyntheticSeeds().Concat(CorpusSeeds()).ToArray());

    [Property(MaxTest = 250)]
    public Property Mutated_files_never_throw_and_every_record_is_accounted_for() =>
        Prop.ForAll(Mutated().ToArbitrary(), bytes =>
        {
            foreach (var reader in Readers)
            {
                Check(reader, bytes);
            }
        });

    [Property(MaxTest = 150)]
    public void Random_bytes_never_throw_and_every_record_is_accounted_for(byte[] bytes)
    {
        foreach (var reader in Readers)
        {
            Check(reader, bytes ?? []);
        }
    }

    private static void Check(string format, byte[] bytes)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var (read, accepted, rejectedWithError, rows) = Read(format, bytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(rows == read, $"{format}: {rows} rows for {read} read");
        Assert.True(rejectedWithError == read - accepted, $"{format}: {read - accepted} rejected, {rejectedWithError} with an error");
        Assert.True(allocated < 8_000_000 + (200L * bytes.Length), $"{format}: {allocated:N0} bytes allocated for {bytes.Length:N0} bytes of input");
    }

    private static (long Read, long Accepted, long RejectedWithError, long Rows) Read(string format, byte[] bytes)
    {
        var stream = new MemoryStream(bytes);
        switch (format)
        {
            case "sitrep":
                var result = SitrepJson.Read(bytes);
                return result.ValueOrNull is null ? (1, 0, result.Diagnostics.Any(d => d.IsError) ? 1 : 0, 1) : (1, 1, 0, 1);
            case "jsonl":
                long lines = 0, ok = 0, bad = 0;
                foreach (var line in SitrepJsonLines.Read(stream))
                {
                    lines++;
                    var error = line.Diagnostics.Any(d => d.IsError);
                    ok += error ? 0 : 1;
                    bad += error ? 1 : 0;
                }

                return (lines, ok, bad, lines);
            default:
                using (IDatasetReaderOf reader = format switch
                {
                    "acled" => new Of<AcledEventRecord>(AcledEventReader.Open(stream)),
                    "ucdp" => new Of<UcdpGedRecord>(UcdpGedReader.Open(stream)),
                    "gdelt" => new Of<GdeltEventRecord>(GdeltEventReader.Open(stream)),
                    "polecat" => new Of<PolecatEventRecord>(PolecatEventReader.Open(stream)),
                    _ => new Of<PloverEventRecord>(PloverEventReader.Open(stream)),
                })
                {
                    return reader.Run();
                }
        }
    }

    private static Gen<byte[]> Mutated() =>
        from seed in Gen.Elements(Seeds.Value)
        from count in Gen.Choose(1, 6)
        from ops in Gen.ArrayOf(Mutation(), count)
        select ops.Aggregate(seed, (bytes, op) => op(bytes));

    private static Gen<Func<byte[], byte[]>> Mutation() =>
        from kind in Gen.Choose(0, 4)
        from at in Gen.Choose(0, int.MaxValue)
        from length in Gen.Choose(1, 64)
        from value in Gen.Elements(Interesting)
        select (Func<byte[], byte[]>)(bytes =>
        {
            var p = bytes.Length == 0 ? 0 : at % bytes.Length;
            var n = Math.Min(length, bytes.Length - p);
            return kind switch
            {
                0 => [.. bytes[..p], value, .. bytes[p..]],
                1 => [.. bytes[..p], .. bytes[(p + n)..]],
                2 => [.. bytes[..(p + n)], .. bytes[p..(p + n)], .. bytes[(p + n)..]],
                3 => bytes[..p],
                _ => [.. bytes[..p], .. Enumerable.Repeat(value, length), .. bytes[p..]],
            };
        });

    private static IEnumerable<byte[]> SyntheticSeeds()
    {
        var acled = Enumerable.Range(1, 3).Select(i => AcledEventReaderTests.Event("IRQ" + i)).ToList();
        yield return Encoding.UTF8.GetBytes(AcledEventReaderTests.Csv(AcledColumns.Current, acled));
        yield return Encoding.UTF8.GetBytes(UcdpGedFixtures.Csv([UcdpGedFixtures.Event(1), UcdpGedFixtures.Event(2)]));
        yield return Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, 3).Select(i => GdeltEventReaderTests.Line(GdeltEventReaderTests.Event(i)))));
        yield return Encoding.UTF8.GetBytes(PolecatEventReaderTests.Header + "\n" + PolecatEventReaderTests.Row("e1") + "\n" + PolecatEventReaderTests.Row("e2") + "\n");
        yield return """[{"id": "A-1", "date": "2000-01-01", "event": "FIGHT", "source": [{"actorText": "troops", "code": "IRQ"}], "dead": "23"}, {"id": "A-2", "date": "2000-01-02", "event": "AGREE"}]"""u8.ToArray();
        yield return File.ReadAllBytes(TestPaths.SeedSample);
        var lines = new MemoryStream();
        SitrepJsonLines.WriteAsync(lines, SitrepJson.Read(File.ReadAllBytes(TestPaths.SeedSample)).Value!).GetAwaiter().GetResult();
        yield return lines.ToArray();
    }

    private static IEnumerable<byte[]> CorpusSeeds()
    {
        if (TestPaths.SharedCorpus is not { } corpus)
        {
            yield break;
        }

        foreach (var file in new[] { "ucdp/ged-myanmar-r-export.csv", "gdelt/20191024143000-first1000.export.CSV", "plover/PLOVER_GSR_CAMEO.json" })
        {
            var path = Path.Combine(corpus, "datasets", file);
            if (File.Exists(path))
            {
                var bytes = File.ReadAllBytes(path);
                yield return bytes[..Math.Min(bytes.Length, 12_000)];
            }
        }
    }

    private interface IDatasetReaderOf : IDisposable
    {
        (long Read, long Accepted, long RejectedWithError, long Rows) Run();
    }

    private sealed class Of<TRecord>(IDatasetReader<TRecord> reader) : IDatasetReaderOf
        where TRecord : class
    {
        public (long Read, long Accepted, long RejectedWithError, long Rows) Run()
        {
            long rows = 0, rejectedWithError = 0;
            foreach (var row in reader.ReadRows())
            {
                rows++;
                if (!row.Success && row.Diagnostics.Any(d => d.IsError))
                {
                    rejectedWithError++;
                }
            }

            _ = reader.FileDiagnostics;
            _ = reader.LayoutDescription;
            return (reader.Counts.Read, reader.Counts.Accepted, rejectedWithError, rows);
        }

        public void Dispose() => reader.Dispose();
    }
}
