using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sitrep.Datasets;
using Sitrep.Datasets.Acled;
using Sitrep.Datasets.Gdelt;
using Sitrep.Datasets.Polecat;
using Sitrep.Datasets.Ucdp;
using Sitrep.Serialization;
using Sitrep.Tests.Datasets.Acled;
using Sitrep.Tests.Datasets.Ucdp;
using Sitrep.Validation;

namespace Sitrep.Tests.Datasets;

/// <summary>
/// For random valid records of every format Sitrep writes (ACLED, UCDP GED, GDELT, POLECAT), with the formula guard on: file, read, canonical JSON Lines,
/// validated with no error, written back to the format and read again gives the same records.
/// </summary>
public class FormatRoundTripProperties
{
    [Property(Arbitrary = new[] { typeof(AcledCsvWriteTests.AcledArbitraries) }, MaxTest = 100)]
    public async Task Acled_file_to_canonical_and_back_gives_the_same_records(AcledEventRecord[] records)
    {
        var first = ReadAcled(WriteAcled(records));
        var mapper = new AcledEventMapper();
        var canonical = await ThroughJsonLines(mapper.ToDataset(first));
        var actors = canonical.Actors.ToDictionary(a => a.Id);
        var diagnostics = new List<Diagnostic>();

        var back = ReadAcled(WriteAcled(canonical.Incidents.Select(i => mapper.ToRecord(i, actors, diagnostics)).ToArray()));

        Assert.Empty(diagnostics);
        Assert.Equal(first, back);
    }

    [Property(Arbitrary = new[] { typeof(UcdpGedCsvWriteTests.UcdpArbitraries) }, MaxTest = 100)]
    public async Task Ucdp_file_to_canonical_and_back_gives_the_same_records(UcdpGedRecord[] records)
    {
        var first = ReadUcdp(WriteUcdp(records));
        var mapper = new UcdpGedMapper();
        var canonical = await ThroughJsonLines(mapper.ToDataset(first));
        var actors = canonical.Actors.ToDictionary(a => a.Id);
        var diagnostics = new List<Diagnostic>();

        var back = ReadUcdp(WriteUcdp(canonical.Incidents.Select(i => mapper.ToRecord(i, actors, diagnostics)).ToArray()));

        Assert.Empty(diagnostics);
        Assert.Equal(first, back);
    }

    private static readonly Gen<string> Name =
        from start in Gen.Elements(string.Empty, "=", "+", "-", "@", "'", "''", "'=")
        from body in Gen.Elements("IRAQ", "Kirkūk", "a b", "O'Brien", "say \"no\"", "x")
        select start + body;

    [Property(MaxTest = 60)]
    public Property Gdelt_file_to_canonical_and_back_gives_the_same_records() =>
        Prop.ForAll(Gen.NonEmptyListOf(Gen.Two(Name)).ToArbitrary(), names =>
        {
            var lines = string.Concat(names.Select((n, i) =>
            {
                var e = Gdelt.GdeltEventReaderTests.Event(i + 1);
                (e["Actor1Name"], e["Actor2Name"]) = n;
                return Gdelt.GdeltEventReaderTests.Line(e);
            }));
            var first = Read<GdeltEventRecord>(GdeltEventReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(lines))));
            var mapper = new GdeltEventMapper();
            var canonical = ThroughJsonLines(mapper.ToDataset(first)).GetAwaiter().GetResult();
            var actors = canonical.Actors.ToDictionary(a => a.Id);
            var diagnostics = new List<Diagnostic>();
            using var writer = new StringWriter();
            GdeltEventWriter.Write(writer, canonical.Incidents.Select(i => mapper.ToRecord(i, actors, diagnostics)));

            var back = Read<GdeltEventRecord>(GdeltEventReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(writer.ToString()))));

            return (diagnostics.Count == 0 && back.SequenceEqual(first)).Label(writer.ToString());
        });

    [Property(MaxTest = 60)]
    public Property Polecat_file_to_canonical_and_back_gives_the_same_records() =>
        Prop.ForAll(Gen.NonEmptyListOf(Name).ToArbitrary(), names =>
        {
            var rows = names.Select((n, i) => Polecat.PolecatEventReaderTests.Row("e" + i).Replace("Kataib Hezbollah", n, StringComparison.Ordinal));
            var text = Polecat.PolecatEventReaderTests.Header + "\n" + string.Join("\n", rows) + "\n";
            var first = Read<PolecatEventRecord>(PolecatEventReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text))));
            var mapper = new PolecatEventMapper();
            var canonical = ThroughJsonLines(mapper.ToDataset(first)).GetAwaiter().GetResult();
            var actors = canonical.Actors.ToDictionary(a => a.Id);
            var diagnostics = new List<Diagnostic>();
            using var writer = new StringWriter();
            PolecatEventWriter.Write(writer, canonical.Incidents.Select(i => mapper.ToRecord(i, actors, diagnostics)));

            var back = Read<PolecatEventRecord>(PolecatEventReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(writer.ToString()))));

            return (diagnostics.Count == 0 && back.SequenceEqual(first)).Label(writer.ToString());
        });

    private static List<TRecord> Read<TRecord>(IDatasetReader<TRecord> reader)
        where TRecord : class
    {
        using (reader)
        {
            var rows = reader.ReadRows().ToList();
            Assert.All(rows, r => Assert.True(r.Success, string.Join("\n", r.Diagnostics)));
            return rows.Select(r => r.Value).ToList();
        }
    }

    private static async Task<Dataset> ThroughJsonLines(Dataset dataset)
    {
        Assert.DoesNotContain(DatasetValidator.Validate(dataset), d => d.IsError);
        using var stream = new MemoryStream();
        await SitrepJsonLines.WriteAsync(stream, dataset);
        stream.Position = 0;
        var read = await SitrepJsonLines.ReadDatasetAsync(stream);
        Assert.DoesNotContain(read.Diagnostics, d => d.IsError);
        Assert.DoesNotContain(DatasetValidator.Validate(read.Dataset!), d => d.IsError);
        return read.Dataset!;
    }

    private static byte[] WriteAcled(AcledEventRecord[] records)
    {
        using var writer = new StringWriter();
        DatasetCsvWriter.Write(writer, records, protectFormulas: true);
        return Encoding.UTF8.GetBytes(writer.ToString());
    }

    private static byte[] WriteUcdp(UcdpGedRecord[] records)
    {
        using var writer = new StringWriter();
        DatasetCsvWriter.Write(writer, records, protectFormulas: true);
        return Encoding.UTF8.GetBytes(writer.ToString());
    }

    private static List<AcledEventRecord> ReadAcled(byte[] bytes)
    {
        using var reader = AcledEventReader.Open(new MemoryStream(bytes));
        var rows = reader.ReadRows().ToList();
        Assert.All(rows, r => Assert.True(r.Success, string.Join("\n", r.Diagnostics)));
        return rows.Select(r => r.Value).ToList();
    }

    private static List<UcdpGedRecord> ReadUcdp(byte[] bytes)
    {
        using var reader = UcdpGedReader.Open(new MemoryStream(bytes));
        var rows = reader.ReadRows().ToList();
        Assert.All(rows, r => Assert.True(r.Success, string.Join("\n", r.Diagnostics)));
        return rows.Select(r => r.Value).ToList();
    }
}
