using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Sitrep.Datasets;
using Sitrep.Datasets.Acled;
using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Serialization;
using Sitrep.Validation;

namespace Sitrep.Tests.Datasets;

/// <summary>The writers <c>sitrep convert</c> uses are a library call: any incident to any format Sitrep writes.</summary>
public sealed class IncidentWriterTests
{
    private static Dataset Seed() => SitrepJson.Read(File.ReadAllBytes(TestPaths.SeedSample)).Value;

    private static async Task<(byte[] Bytes, List<Diagnostic> Diagnostics, IncidentWriter Writer)> WriteAsync(DatasetFormat format, Dataset dataset)
    {
        var diagnostics = new List<Diagnostic>();
        using var target = new MemoryStream();
        var writer = IncidentWriter.Create(format, target, diagnostics);
        await using (writer)
        {
            writer.Describe(dataset.Title, dataset.Description);
            await writer.WriteSourcesAsync(dataset.Sources);
            await writer.WriteActorsAsync(dataset.Actors);
            foreach (var incident in dataset.Incidents)
            {
                await writer.WriteIncidentAsync(incident);
            }

            await writer.WriteStatementsAsync(dataset.Statements);
            await writer.CompleteAsync();
        }

        return (target.ToArray(), diagnostics, writer);
    }

    [Fact]
    public async Task Canonical_json_written_through_the_writer_reads_back_as_the_same_dataset()
    {
        var seed = Seed();

        var (bytes, diagnostics, writer) = await WriteAsync(DatasetFormat.Sitrep, seed);

        Assert.Empty(diagnostics);
        Assert.Equal(seed, SitrepJson.Read(bytes).Value);
        Assert.Equal(seed.Incidents.Count, writer.IncidentsWritten);
        Assert.Equal(seed.Sources.Count + seed.Actors.Count + seed.Incidents.Count + seed.Statements.Count, writer.Written);
    }

    [Fact]
    public async Task Json_lines_written_through_the_writer_read_back_as_the_same_dataset()
    {
        var seed = Seed();

        var (bytes, _, _) = await WriteAsync(DatasetFormat.SitrepJsonLines, seed);
        var back = await SitrepJsonLines.ReadDatasetAsync(new MemoryStream(bytes));

        Assert.Empty(back.Diagnostics);
        Assert.Equal(seed.Title, back.Dataset.Title);
        Assert.Equal(seed.Incidents, back.Dataset.Incidents);
        Assert.Equal(seed.Statements, back.Dataset.Statements);
    }

    [Fact]
    public async Task An_acled_file_gets_a_row_per_incident_and_what_it_cannot_hold_is_reported()
    {
        var seed = Seed();

        var (bytes, diagnostics, writer) = await WriteAsync(DatasetFormat.Acled, seed);
        using var reader = AcledEventReader.Open(new MemoryStream(bytes));
        var rows = reader.ReadRows().ToList();

        Assert.True(writer.NeedsActorsFirst);
        Assert.Equal(seed.Incidents.Count, rows.Count);
        // An incident without a date makes a row ACLED refuses; the writer said so when it wrote it.
        Assert.Equal(seed.Incidents.Count(i => i.Time is not null), rows.Count(r => r.Success));
        Assert.All(seed.Incidents.Select((incident, i) => (incident, i)).Where(x => x.incident.Time is null), x => Assert.Contains(diagnostics, d => d.Path == $"/incidents/{x.i}/time"));
        Assert.Equal(seed.Incidents.Count, writer.IncidentsWritten);
        Assert.Contains(diagnostics, d => d.Path == "/title");
        Assert.Contains(diagnostics, d => d.Code == DatasetDiagnosticCodes.NotCarriedOver && d.Path == "/statements" && d.Message.Contains($"{seed.Statements.Count} statement(s)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_acled_row_takes_a_count_not_its_parts_and_says_the_parts_are_not_carried_over()
    {
        var seed = Seed();
        var killed = new CasualtyCount(CasualtyOutcome.Killed, new VictimGroup(VictimCategory.Civilians), Estimate.Exactly(30))
        {
            Parts = [new(CasualtyOutcome.Killed, new VictimGroup(VictimCategory.Civilians, Description: "women"), Estimate.Exactly(12)), new(CasualtyOutcome.Killed, new VictimGroup(VictimCategory.Children), Estimate.Exactly(8))],
        };
        var dataset = seed with { Incidents = [seed.Incidents.First(i => i.Time is not null) with { Casualties = [killed] }], Statements = [] };

        var (bytes, diagnostics, _) = await WriteAsync(DatasetFormat.Acled, dataset);
        using var reader = AcledEventReader.Open(new MemoryStream(bytes));
        var row = Assert.Single(reader.ReadRows().ToList());

        Assert.Equal(30, row.Value.Fatalities);
        var lost = Assert.Single(diagnostics, d => d.Path == "/incidents/0/casualties/0/parts");
        Assert.Equal(DatasetDiagnosticCodes.NotCarriedOver, lost.Code);
        Assert.Contains("women 12", lost.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatasetFormat.Plover)]
    [InlineData(DatasetFormat.Unknown)]
    public void A_format_sitrep_does_not_write_is_refused_by_name(DatasetFormat format)
    {
        var thrown = Assert.Throws<ArgumentException>(() => IncidentWriter.Create(format, Stream.Null, new List<Diagnostic>()));

        Assert.Contains(format.ToString(), thrown.Message, StringComparison.Ordinal);
    }
}
