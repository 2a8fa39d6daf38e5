using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FsCheck.Xunit;
using Sitrep.Datasets;
using Sitrep.Datasets.Acled;
using Sitrep.Datasets.Ucdp;
using Sitrep.Serialization;
using Sitrep.Tests.Datasets.Acled;
using Sitrep.Tests.Datasets.Ucdp;
using Sitrep.Validation;

namespace Sitrep.Tests.Datasets;

/// <summary>
/// For random valid records of each writable format, with the formula guard on: file, read, canonical JSON Lines,
/// validated with no error, written back to the format and read again gives the same records.
/// </summary>
public class FormatRoundTripProperties
{
    [Property(Arbitrary = new[] { typeof(AcledEventWriterTests.AcledArbitraries) }, MaxTest = 100)]
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

    [Property(Arbitrary = new[] { typeof(UcdpGedWriterTests.UcdpArbitraries) }, MaxTest = 100)]
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
        AcledEventWriter.Write(writer, records, protectFormulas: true);
        return Encoding.UTF8.GetBytes(writer.ToString());
    }

    private static byte[] WriteUcdp(UcdpGedRecord[] records)
    {
        using var writer = new StringWriter();
        UcdpGedWriter.Write(writer, records, protectFormulas: true);
        return Encoding.UTF8.GetBytes(writer.ToString());
    }

    private static List<AcledEventRecord> ReadAcled(byte[] bytes)
    {
        using var reader = AcledEventReader.Open(new MemoryStream(bytes));
        var rows = reader.ReadRows().ToList();
        Assert.All(rows, r => Assert.True(r.IsAccepted, string.Join("\n", r.Diagnostics)));
        return rows.Select(r => r.Record!).ToList();
    }

    private static List<UcdpGedRecord> ReadUcdp(byte[] bytes)
    {
        using var reader = UcdpGedReader.Open(new MemoryStream(bytes));
        var rows = reader.ReadRows().ToList();
        Assert.All(rows, r => Assert.True(r.IsAccepted, string.Join("\n", r.Diagnostics)));
        return rows.Select(r => r.Record!).ToList();
    }
}
