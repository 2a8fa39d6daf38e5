using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Sitrep.Actors;
using Sitrep.Datasets;
using Sitrep.Datasets.Gdelt;
using Sitrep.Datasets.Plover;
using Sitrep.Datasets.Ucdp;
using Sitrep.Serialization;
using Sitrep.Validation;

namespace Sitrep.Tests.Datasets;

/// <summary>
/// Every real file under ../shared/corpus/datasets converts to canonical JSON and back with all records accounted
/// for: the canonical dataset validates, and each incident still holds its row, column for column.
/// </summary>
public class CorpusRoundTripTests
{
    [Fact]
    public void The_ucdp_file_goes_to_canonical_json_and_back_to_the_same_rows()
    {
        var path = CorpusFile("ucdp", "ged-myanmar-r-export.csv");
        using var reader = UcdpGedReader.OpenFile(path);
        var records = reader.ReadRows().Select(r => r.Value).ToList();
        var mapper = new UcdpGedMapper();
        var dataset = ThroughJson(mapper.ToDataset(records));
        var actors = dataset.Actors.ToDictionary(a => a.Id);

        var diagnostics = new List<Diagnostic>();
        var back = dataset.Incidents.Select((incident, i) => mapper.ToRecord(incident, actors, diagnostics, path: "/incidents/" + i)).ToList();

        Assert.Equal(1500, dataset.Incidents.Count);
        Assert.Empty(diagnostics);
        Assert.Equal(records, back);

        // And through the CSV writer: reading the written file gives the same records again.
        var csv = new StringWriter();
        DatasetCsvWriter.Write(csv, back, protectFormulas: false);
        using var again = UcdpGedReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())));
        Assert.Equal(records, again.ReadRows().Select(r => r.Value).ToList());
    }

    [Fact]
    public void The_gdelt_file_goes_to_canonical_json_with_every_row_and_its_columns()
    {
        var path = CorpusFile("gdelt", "20191024143000-first1000.export.CSV");
        using var reader = GdeltEventReader.OpenFile(path);
        var records = reader.ReadRows().Select(r => r.Value).ToList();
        var dataset = ThroughJson(new GdeltEventMapper().ToDataset(records));

        Assert.Equal(1000, dataset.Incidents.Count);
        Assert.Equal(records.Select(r => (r.Columns, r.Values)), dataset.Incidents.Select(i => (i.SourceRecord!.Columns, i.SourceRecord.Values)));

        // FIPS country codes became ISO: every geocoded action with a FIPS code that ISO knows has its alpha-3.
        var iraq = dataset.Incidents.Where(i => i.SourceRecord!["ActionGeo_CountryCode"] == "IZ").ToList();
        Assert.NotEmpty(iraq);
        Assert.All(iraq, i => Assert.Equal("IRQ", i.Place!.Country));
    }

    [Fact]
    public void The_plover_file_goes_to_canonical_json_with_every_event_accounted_for()
    {
        var path = CorpusFile("plover", "PLOVER_GSR_CAMEO.json");
        using var reader = PloverEventReader.OpenFile(path);
        var rows = reader.ReadRows().ToList();
        var dataset = ThroughJson(new PloverEventMapper().ToDataset(rows.Select(r => r.Value)));

        // The README: 323 records, one of them the documentation record.
        Assert.Equal(new DatasetReadCounts(322, 322, 0), reader.Counts);
        Assert.Single(reader.FileDiagnostics, d => d.Code == DatasetDiagnosticCodes.DocumentationRecord);
        Assert.Equal(322, dataset.Incidents.Count);
        Assert.Single(rows.SelectMany(r => r.Diagnostics), d => d.Code == DatasetDiagnosticCodes.DuplicateRecordId);
        Assert.Equal(322, dataset.Incidents.Select(i => i.Id).Distinct().Count());
        Assert.Equal(rows.Select(r => r.Value.Values), dataset.Incidents.Select(i => i.SourceRecord!.Values));
    }

    private static Dataset ThroughJson(Dataset dataset)
    {
        Assert.DoesNotContain(DatasetValidator.Validate(dataset), d => d.IsError);
        var json = SitrepJson.Serialize(dataset);
        var read = SitrepJson.Parse(json);
        Assert.DoesNotContain(read.Diagnostics, d => d.IsError);
        Assert.Equal(dataset, read.Value);
        return read.Value!;
    }

    private static string CorpusFile(string folder, string name)
    {
        var corpus = TestPaths.SharedCorpus;
        if (corpus is null)
        {
            Assert.Skip("../shared/corpus is absent: this clone has no shared corpus beside it.");
        }

        return Path.Combine(corpus, "datasets", folder, name);
    }
}
