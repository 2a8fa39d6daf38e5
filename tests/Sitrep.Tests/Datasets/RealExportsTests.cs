using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Sitrep.Datasets;
using Sitrep.Datasets.Acled;
using Sitrep.Datasets.Gdelt;
using Sitrep.Datasets.Polecat;
using Sitrep.Datasets.Ucdp;
using Sitrep.Tests.Datasets.Acled;
using Sitrep.Tests.Datasets.Gdelt;
using Sitrep.Tests.Datasets.Polecat;
using Sitrep.Tests.Datasets.Ucdp;
using Sitrep.Validation;

namespace Sitrep.Tests.Datasets;

/// <summary>Dataset files as people have them (synthetic files with the traits of real exports): read whole, mapped without loss.</summary>
public class RealExportsTests
{
    public static TheoryData<string> Formats => ["acled", "ucdp", "gdelt", "polecat"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_record_id_used_twice_is_reported_and_the_incidents_stay_distinct(string format)
    {
        var (rows, dataset) = ReadAndMap(format, twice: true);

        Assert.All(rows, r => Assert.True(r.Success));
        var repeat = Assert.Single(rows.SelectMany(r => r.Diagnostics));
        Assert.Equal((DatasetDiagnosticCodes.DuplicateRecordId, DiagnosticSeverity.Warning, rows[1].Line), (repeat.Code, repeat.Severity, repeat.Line));
        Assert.Equal(2, dataset.Incidents.Select(i => i.Id).Distinct().Count());
        Assert.EndsWith("#2", dataset.Incidents[1].Id.Value, StringComparison.Ordinal);
        Assert.DoesNotContain(DatasetValidator.Validate(dataset), d => d.IsError);
    }

    private static (List<DatasetRow<DatasetRecord>> Rows, Dataset Dataset) ReadAndMap(string format, bool twice)
    {
        switch (format)
        {
            case "acled":
                {
                    var e = AcledEventReaderTests.Event("IRQ7");
                    var text = AcledEventReaderTests.Csv(AcledColumns.Current, twice ? [e, e] : [e]);
                    using var reader = AcledEventReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)));
                    var rows = reader.ReadRows().ToList();
                    return (Widen(rows), new AcledEventMapper().ToDataset(rows.Select(r => r.Value)));
                }

            case "ucdp":
                {
                    var e = UcdpGedFixtures.Event(7);
                    using var reader = UcdpGedReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(UcdpGedFixtures.Csv(twice ? [e, e] : [e]))));
                    var rows = reader.ReadRows().ToList();
                    return (Widen(rows), new UcdpGedMapper().ToDataset(rows.Select(r => r.Value)));
                }

            case "gdelt":
                {
                    var line = GdeltEventReaderTests.Line(GdeltEventReaderTests.Event(7));
                    using var reader = GdeltEventReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(twice ? line + line : line)));
                    var rows = reader.ReadRows().ToList();
                    return (Widen(rows), new GdeltEventMapper().ToDataset(rows.Select(r => r.Value)));
                }

            default:
                {
                    var row = PolecatEventReaderTests.Row("e7");
                    using var reader = PolecatEventReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(PolecatEventReaderTests.Header + "\n" + row + "\n" + (twice ? row + "\n" : string.Empty))));
                    var rows = reader.ReadRows().ToList();
                    return (Widen(rows), new PolecatEventMapper().ToDataset(rows.Select(r => r.Value)));
                }
        }
    }

    private static List<DatasetRow<DatasetRecord>> Widen<TRecord>(List<DatasetRow<TRecord>> rows)
        where TRecord : DatasetRecord =>
        rows.Select(r => new DatasetRow<DatasetRecord>(r.Line, r.ValueOrNull, r.Diagnostics)).ToList();
}
