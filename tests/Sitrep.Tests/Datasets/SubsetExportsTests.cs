using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Sitrep.Datasets;
using Sitrep.Datasets.Acled;
using Sitrep.Datasets.Ucdp;
using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Tests.Cli;
using Sitrep.Tests.Datasets.Acled;
using Sitrep.Tests.Datasets.Ucdp;
using Sitrep.Validation;

namespace Sitrep.Tests.Datasets;

/// <summary>
/// Subsets users share (R <c>write.csv</c> with its index column, a dozen columns, no ids, no coordinates): read
/// whole, with absent values for the columns left out and ids made from file and line, reported once.
/// </summary>
public sealed class SubsetExportsTests : IDisposable
{
    private static readonly string[] RColumns = ["event_date", "year", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location", "fatalities", "notes"];

    private readonly string directory = Directory.CreateTempSubdirectory("sitrep-subset-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void An_r_subset_without_ids_or_coordinates_is_read_whole_with_ids_from_file_and_line()
    {
        var text = RSubset(3);

        var (reader, rows) = ReadAcled(text);
        var mapper = new AcledEventMapper { FileName = "acled subset.csv" };
        var dataset = mapper.ToDataset(rows.Select(r => r.Value));

        Assert.Equal(AcledLayout.Subset, reader.Layout);
        Assert.Equal(new DatasetReadCounts(3, 3, 0), reader.Counts);
        var info = Assert.Single(reader.FileDiagnostics);
        Assert.Equal((DatasetDiagnosticCodes.MadeRecordId, DiagnosticSeverity.Info, "/event_id_cnty"), (info.Code, info.Severity, info.Path));
        Assert.Equal(["acled:acled-subset.csv:line-2", "acled:acled-subset.csv:line-3", "acled:acled-subset.csv:line-4"], dataset.Incidents.Select(i => i.Id.Value));
        var made = Assert.Single(mapper.Diagnostics, d => d.Code == DatasetDiagnosticCodes.MadeRecordId);
        Assert.Equal(DiagnosticSeverity.Warning, made.Severity);
        Assert.StartsWith("3 records have no event_id_cnty", made.Message, StringComparison.Ordinal);
        Assert.All(dataset.Incidents, i => Assert.True(i.ExternalIds.IsEmpty));
        Assert.All(dataset.Incidents, i => Assert.Null(i.Place!.Point));
        Assert.Equal([3L, 4L, 5L], dataset.Incidents.Select(i => i.Casualties.Single().Estimate.Best!.Value));
        Assert.DoesNotContain(DatasetValidator.Validate(dataset), d => d.IsError);
    }

    [Fact]
    public void Ids_made_for_a_subset_are_the_same_on_every_read()
    {
        var text = RSubset(4);

        var first = new AcledEventMapper { FileName = "s.csv" }.ToDataset(ReadAcled(text).Rows.Select(r => r.Value));
        var second = new AcledEventMapper { FileName = "s.csv" }.ToDataset(ReadAcled(text).Rows.Select(r => r.Value));

        Assert.Equal(first.Incidents.Select(i => i.Id), second.Incidents.Select(i => i.Id));
    }

    [Fact]
    public void A_blank_id_in_a_file_with_the_id_column_keeps_the_row_with_a_warning()
    {
        var blank = AcledEventReaderTests.Event(string.Empty);
        var na = AcledEventReaderTests.Event("NA");
        var text = AcledEventReaderTests.Csv(AcledColumns.Current, [AcledEventReaderTests.Event("IRQ1"), blank, na]);

        var (reader, rows) = ReadAcled(text);
        var mapper = new AcledEventMapper();
        var dataset = mapper.ToDataset(rows.Select(r => r.Value));

        Assert.Equal(new DatasetReadCounts(3, 3, 0), reader.Counts);
        Assert.Empty(rows[0].Diagnostics);
        Assert.All(rows.Skip(1), r => Assert.Equal((DatasetDiagnosticCodes.MadeRecordId, DiagnosticSeverity.Warning), (Assert.Single(r.Diagnostics).Code, r.Diagnostics[0].Severity)));
        Assert.Equal(["acled:IRQ1", "acled:line-3", "acled:line-4"], dataset.Incidents.Select(i => i.Id.Value));
        Assert.StartsWith("2 records have no event_id_cnty", Assert.Single(mapper.Diagnostics, d => d.Code == DatasetDiagnosticCodes.MadeRecordId).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_with_whitespace_or_control_characters_are_escaped_in_valid_distinct_incident_ids_reported_once()
    {
        // A space, a NUL byte and a tab from a damaged file, and an id written with what the first escapes to.
        var text = AcledEventReaderTests.Csv(AcledColumns.Current, [AcledEventReaderTests.Event("IRQ 1"), AcledEventReaderTests.Event("IRQ\u00002"), AcledEventReaderTests.Event("IRQ\t3"), AcledEventReaderTests.Event("IRQ%201")]);

        var (reader, rows) = ReadAcled(text);
        var mapper = new AcledEventMapper();
        var dataset = mapper.ToDataset(rows.Select(r => r.Value));

        Assert.Equal(new DatasetReadCounts(4, 4, 0), reader.Counts);
        Assert.Equal(["acled:IRQ%201", "acled:IRQ%002", "acled:IRQ%093", "acled:IRQ%201#2"], dataset.Incidents.Select(i => i.Id.Value));
        Assert.DoesNotContain(DatasetValidator.Validate(dataset), d => d.IsError);
        var escaped = Assert.Single(mapper.Diagnostics, d => d.Code == DatasetDiagnosticCodes.RecordIdEscaped);
        Assert.Equal((DiagnosticSeverity.Warning, "/event_id_cnty", "IRQ 1", 2L), (escaped.Severity, escaped.Path, escaped.Value, escaped.Line));
        Assert.StartsWith("3 records have ids in event_id_cnty", escaped.Message, StringComparison.Ordinal);
        Assert.Equal("IRQ\u00002", dataset.Incidents[1].SourceRecord!.Values[0]);
    }

    [Fact]
    public void An_acled_file_without_event_date_is_refused_naming_the_column()
    {
        var (reader, rows) = ReadAcled("event_id_cnty,actor1,country\nIRQ1,Taliban,Iraq\n");

        Assert.Empty(rows);
        var refusal = Assert.Single(reader.FileDiagnostics, d => d.IsError);
        Assert.Contains("event_date", refusal.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> AcledOptionalColumns => [.. AcledColumns.Current.Where(c => !AcledColumns.Required.Contains(c))];

    [Theory]
    [MemberData(nameof(AcledOptionalColumns))]
    public void Any_acled_column_but_the_required_ones_can_be_left_out(string column)
    {
        var columns = AcledColumns.Current.Where(c => c != column).ToArray();
        var text = AcledEventReaderTests.Csv(columns, [AcledEventReaderTests.Event("IRQ1"), AcledEventReaderTests.Event("IRQ2")]);

        var (reader, rows) = ReadAcled(text);
        var dataset = new AcledEventMapper().ToDataset(rows.Select(r => r.Value));

        Assert.Equal(new DatasetReadCounts(2, 2, 0), reader.Counts);
        Assert.DoesNotContain(rows.SelectMany(r => r.Diagnostics), d => d.IsError);
        Assert.Equal(2, dataset.Incidents.Count);
        Assert.DoesNotContain(DatasetValidator.Validate(dataset), d => d.IsError);
    }

    public static TheoryData<string> UcdpOptionalColumns => [.. UcdpGedColumns.Ged49.Where(c => !UcdpGedColumns.Required.Contains(c))];

    [Theory]
    [MemberData(nameof(UcdpOptionalColumns))]
    public void Any_ucdp_column_but_the_required_ones_can_be_left_out(string column)
    {
        var columns = ValueArray.From(UcdpGedColumns.Ged49.Where(c => c != column));
        var text = UcdpGedFixtures.Csv([UcdpGedFixtures.Event(1), UcdpGedFixtures.Event(2)], columns);

        var (reader, rows) = ReadUcdp(text);
        var dataset = new UcdpGedMapper().ToDataset(rows.Select(r => r.Value));

        Assert.Equal(new DatasetReadCounts(2, 2, 0), reader.Counts);
        Assert.DoesNotContain(rows.SelectMany(r => r.Diagnostics), d => d.IsError);
        Assert.Equal(2, dataset.Incidents.Count);
        Assert.DoesNotContain(DatasetValidator.Validate(dataset), d => d.IsError);
    }

    [Fact]
    public void A_ucdp_subset_with_best_alone_gives_an_about_figure_and_an_unknown_type()
    {
        var text = "conflict_name,side_a,side_b,country,date_start,date_end,best\n"
            + "\"Afghanistan: Government\",Government of Afghanistan,Taleban,Afghanistan,2020-01-02,2020-01-02,4\n";

        var (reader, rows) = ReadUcdp(text);
        var mapper = new UcdpGedMapper { FileName = "ged-subset.csv" };
        var incident = Assert.Single(mapper.ToDataset(rows.Select(r => r.Value)).Incidents);

        Assert.Equal(UcdpGedLayout.Subset, reader.Layout!.Layout);
        Assert.True(Assert.Single(rows).Success);
        Assert.Equal("ucdp-ged:ged-subset.csv:line-2", incident.Id.Value);
        Assert.Equal(IncidentType.Unknown, incident.Type);
        Assert.True(incident.Classifications.IsEmpty);
        Assert.Equal(Estimate.About(4), incident.Casualties[0].Estimate);
    }

    [Fact]
    public void A_ucdp_file_without_best_is_refused_naming_the_column()
    {
        var (reader, rows) = ReadUcdp("id,side_a,side_b,date_start,date_end\n1,A,B,2020-01-02,2020-01-02\n");

        Assert.Empty(rows);
        Assert.Contains("best", Assert.Single(reader.FileDiagnostics, d => d.IsError).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cli_reads_a_subset_and_convert_writes_what_validate_accepts()
    {
        var input = Path.Combine(directory, "r-subset.csv");
        File.WriteAllText(input, RSubset(3));
        var output = Path.Combine(directory, "r-subset.jsonl");
        var back = Path.Combine(directory, "back.csv");

        var (validate, validateOut, _) = await CliTests.Run("validate", input);
        var (convert, convertOut, _) = await CliTests.Run("convert", input, "-o", output);
        var (check, _, _) = await CliTests.Run("validate", output);
        var (toAcled, _, _) = await CliTests.Run("convert", output, "--to", "acled", "-o", back);

        Assert.Equal(0, validate);
        Assert.Contains("ACLED subset layout", validateOut, StringComparison.Ordinal);
        Assert.Contains("3 accepted, 0 rejected", validateOut, StringComparison.Ordinal);
        Assert.Equal(0, convert);
        Assert.Contains("warning SR0227: 3 records have no event_id_cnty", convertOut, StringComparison.Ordinal);
        Assert.Contains("acled:r-subset.csv:line-2", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.Equal(0, check);
        Assert.Equal(0, toAcled);
        Assert.Equal(RSubset(3).ReplaceLineEndings("\n").Split('\n').Skip(1).Select(Unquote), File.ReadAllText(back).ReplaceLineEndings("\n").Split('\n').Skip(1));
    }

    [Fact]
    public async Task The_cli_recognises_a_ucdp_subset_by_its_columns()
    {
        var input = Path.Combine(directory, "ged-few.csv");
        File.WriteAllText(input, "conflict_name,side_a,side_b,country,date_start,date_end,best\nX,Government of Afghanistan,Taleban,Afghanistan,2020-01-02,2020-01-02,4\n");

        var (exit, stdout, _) = await CliTests.Run("validate", input);

        Assert.Equal(0, exit);
        Assert.Contains("UCDP GED subset", stdout, StringComparison.Ordinal);
    }

    // R's write.csv: an unnamed first column holding the row number, every string quoted.
    private static string RSubset(int rows)
    {
        var builder = new StringBuilder("\"\",").Append(string.Join(",", RColumns.Select(c => "\"" + c + "\""))).Append('\n');
        for (var i = 1; i <= rows; i++)
        {
            builder.Append(CultureInvariant($"\"{i}\",\"2020-02-{10 + i}\",2020,\"Battles\",\"Armed clash\",\"Taliban\",\"Military Forces of Afghanistan (2014-2021)\",\"Afghanistan\",\"Kandahar\",\"Kandahar\",{i + 2},\"note {i}\"\n"));
        }

        return builder.ToString();
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);

    private static string Unquote(string line) => line.Replace("\"", string.Empty, StringComparison.Ordinal);

    private static (AcledEventReader Reader, List<DatasetRow<AcledEventRecord>> Rows) ReadAcled(string text)
    {
        var reader = AcledEventReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        return (reader, reader.ReadRows().ToList());
    }

    private static (UcdpGedReader Reader, List<DatasetRow<UcdpGedRecord>> Rows) ReadUcdp(string text)
    {
        var reader = UcdpGedReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        return (reader, reader.ReadRows().ToList());
    }
}
