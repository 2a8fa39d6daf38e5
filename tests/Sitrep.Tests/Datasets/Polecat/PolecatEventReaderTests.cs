using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck.Xunit;
using Sitrep.Datasets;
using Sitrep.Datasets.Polecat;
using Sitrep.Incidents;

namespace Sitrep.Tests.Datasets.Polecat;

public class PolecatEventReaderTests
{
    internal const string Header =
        "Event ID\tEvent Date\tEvent Type\tEvent Mode\tEvent Intensity\tQuad Code\tContexts\tActor Name\tActor Country\tActor COW\t"
        + "Primary Actor Sector\tActor Sectors\tActor Title\tActor Name Raw\tWikipedia Actor ID\tRecipient Name\tRecipient Country\t"
        + "Recipient COW\tPrimary Recipient Sector\tRecipient Sectors\tRecipient Title\tRecipient Name Raw\tWikipedia Recipient ID\t"
        + "Placename\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\tGeoNames ID\tRaw Placename\tFeature Type\tSource\t"
        + "Publication Date\tStory People\tStory Organizations\tStory Locations\tLanguage\tVersion";

    [Fact]
    public void A_weekly_file_reads_with_none_as_missing_and_multi_valued_cells_split()
    {
        var (reader, rows) = Read(Header + "\n" + Row());

        var record = Assert.Single(rows).Value;
        Assert.Equal(new DatasetReadCounts(1, 1, 0), reader.Counts);
        Assert.Equal("20230101-2309-4e08_ASSAULT", record.EventId);
        Assert.Equal(new NodaTime.LocalDate(2023, 1, 1), record.EventDate);
        Assert.Equal(["aerial", "drone"], record.EventModes);
        Assert.Equal(["military", "terrorism"], record.Contexts);
        Assert.Equal(-9.5, record.Intensity);
        Assert.Null(record.Field("Actor Title"));
        Assert.Equal(40, record.Columns.Count);
    }

    [Fact]
    public void Intensity_is_read_under_either_header_name()
    {
        var (_, rows) = Read(Header.Replace("Event Intensity", "Intensity", System.StringComparison.Ordinal) + "\n" + Row());

        Assert.Equal(-9.5, Assert.Single(rows).Value.Intensity);
    }

    [Fact]
    public void Trailing_tabs_and_excess_header_names_keep_the_row_and_are_reported_once()
    {
        var (reader, rows) = Read(Header + "\tHeadline\n" + Row() + "\n" + Row("e2") + "\t\t\n");

        Assert.Equal(new DatasetReadCounts(2, 2, 0), reader.Counts);
        Assert.Equal(["Headline"], reader.ExtraColumns);
        Assert.Single(reader.FileDiagnostics, d => d.Code == DatasetDiagnosticCodes.TrailingFieldsAdjusted);
        Assert.All(rows, r => Assert.Equal(41, r.Value.Values.Count));
    }

    [Fact]
    public void Extra_fields_with_content_reject_the_row()
    {
        var (reader, rows) = Read(Header + "\n" + Row() + "\tsurprise\n");

        Assert.Equal(new DatasetReadCounts(1, 0, 1), reader.Counts);
        Assert.Equal(DatasetDiagnosticCodes.ColumnCountMismatch, Assert.Single(rows).Diagnostics[0].Code);
    }

    [Fact]
    public void A_bad_date_rejects_the_row_with_its_column_and_value()
    {
        var (_, rows) = Read(Header + "\n" + Row(date: "2023-02-30"));

        var diagnostic = Assert.Single(Assert.Single(rows).Diagnostics);
        Assert.Equal(DatasetDiagnosticCodes.InvalidField, diagnostic.Code);
        Assert.Equal("/Event Date", diagnostic.Path);
        Assert.Equal("2023-02-30", diagnostic.Value);
        Assert.Equal(2, diagnostic.Line);
    }

    [Fact]
    public void A_file_without_the_required_columns_is_refused()
    {
        var (reader, rows) = Read("id\tdate\n1\t2023-01-01\n");

        Assert.Empty(rows);
        Assert.Equal(DatasetDiagnosticCodes.UnrecognisedLayout, Assert.Single(reader.FileDiagnostics).Code);
    }

    [Fact]
    public void The_mapper_makes_an_airstrike_with_perpetrator_victim_and_a_geocoded_place()
    {
        var (_, rows) = Read(Header + "\n" + Row());
        var mapper = new PolecatEventMapper();

        var incident = mapper.Map(rows[0].Value);

        Assert.Equal(IncidentType.Strike, incident.Type);
        Assert.Contains(Means.Airstrike, incident.Means);
        Assert.Contains(new Classification("plover:event", "ASSAULT"), incident.Classifications);
        Assert.Contains(new Classification("polecat:intensity", "-9.5"), incident.Classifications);
        Assert.Equal([ParticipantRole.Perpetrator, ParticipantRole.Victim], incident.Participants.Select(p => p.Role));
        var actor = mapper.Actors.First();
        Assert.Equal("USA", actor.Country);
        Assert.Equal(2, actor.CorrelatesOfWar);
        Assert.Equal("IRQ", incident.Place!.Country);
        Assert.Equal(Sitrep.Places.PlacePrecision.Town, incident.Place.Precision);
        Assert.Equal("polecat", incident.SourceRecord!.Format);
    }

    [Property(MaxTest = 300)]
    public void Arbitrary_bytes_never_throw_and_counts_add_up(byte[] bytes)
    {
        using var reader = PolecatEventReader.Open(new MemoryStream(bytes ?? []));
        var rows = reader.ReadRows().ToList();

        Assert.Equal(reader.Counts.Read, rows.Count);
        Assert.Equal(reader.Counts.Read, reader.Counts.Accepted + reader.Counts.Rejected);
    }

    [Property(MaxTest = 200)]
    public void Mutated_valid_files_never_throw_and_account_for_every_row(int position, char replacement)
    {
        var text = new StringBuilder(Header + "\n" + Row() + "\n" + Row("e2") + "\n");
        text[(int)((uint)position % (uint)text.Length)] = replacement;
        using var reader = PolecatEventReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())));
        var rows = reader.ReadRows().ToList();

        Assert.Equal(reader.Counts.Read, rows.Count);
        Assert.Equal(reader.Counts.Read, reader.Counts.Accepted + reader.Counts.Rejected);
        Assert.All(rows.Where(r => !r.Success), r => Assert.NotEmpty(r.Diagnostics));
    }

    internal static string Row(string id = "20230101-2309-4e08_ASSAULT", string date = "2023-01-01")
    {
        var fields = new Dictionary<string, string>
        {
            ["Event ID"] = id,
            ["Event Date"] = date,
            ["Event Type"] = "ASSAULT",
            ["Event Mode"] = "aerial; drone",
            ["Event Intensity"] = "-9.5",
            ["Quad Code"] = "4",
            ["Contexts"] = "military;terrorism",
            ["Actor Name"] = "United States Armed Forces",
            ["Actor Country"] = "USA",
            ["Actor COW"] = "2",
            ["Primary Actor Sector"] = "MIL",
            ["Actor Title"] = "None",
            ["Recipient Name"] = "Kataib Hezbollah",
            ["Recipient Country"] = "IRQ",
            ["Primary Recipient Sector"] = "REB",
            ["Placename"] = "Al-Qaim",
            ["Country"] = "IRQ",
            ["Latitude"] = "34.37",
            ["Longitude"] = "41.09",
            ["GeoNames ID"] = "99071",
            ["Feature Type"] = "PPL",
            ["Language"] = "en",
        };
        return string.Join('\t', Header.Split('\t').Select(c => fields.TryGetValue(c, out var v) ? v : "None"));
    }

    private static (PolecatEventReader Reader, List<DatasetRow<PolecatEventRecord>> Rows) Read(string text)
    {
        var reader = PolecatEventReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        return (reader, reader.ReadRows().ToList());
    }
}
