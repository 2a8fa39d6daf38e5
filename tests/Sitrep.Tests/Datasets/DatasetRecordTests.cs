using Sitrep.Datasets;
using Sitrep.Datasets.Acled;
using Sitrep.Datasets.Gdelt;
using Sitrep.Datasets.Ucdp;

namespace Sitrep.Tests.Datasets;

public class DatasetRecordTests
{
    [Theory]
    [InlineData("", "SR0208")]
    [InlineData("NA", "SR0208")]
    [InlineData("31 February 2020", "SR0205")]
    [InlineData("soon", "SR0205")]
    public void An_acled_event_date_that_cannot_be_read_fails_with_its_column_never_reading_as_year_one(string text, string code)
    {
        var record = new AcledEventRecord(["event_id_cnty", "event_date"], ["IRQ1", text]);

        var thrown = Assert.Throws<Sitrep.Validation.DiagnosticException>(() => record.EventDate);

        var diagnostic = Assert.Single(thrown.Diagnostics);
        Assert.Equal((code, "/event_date"), (diagnostic.Code, diagnostic.Path));
        Assert.Equal(new NodaTime.LocalDate(2020, 2, 28), new AcledEventRecord(["event_date"], ["28 February 2020"]).EventDate);
    }

    [Fact]
    public void Records_are_equal_by_format_columns_and_fields()
    {
        var ucdp = new UcdpGedRecord(["id", "best"], ["1", "6"]);

        Assert.Equal(ucdp, new UcdpGedRecord(["id", "best"], ["1", "6"]));
        Assert.Equal(ucdp.GetHashCode(), new UcdpGedRecord(["id", "best"], ["1", "6"]).GetHashCode());
        Assert.NotEqual(ucdp, new UcdpGedRecord(["id", "best"], ["1", "7"]));
        Assert.NotEqual<DatasetRecord>(ucdp, new AcledEventRecord(["id", "best"], ["1", "6"]));
        Assert.NotEqual<DatasetRecord>(ucdp, new GdeltEventRecord(["id", "best"], ["1", "6"]));
    }

    [Fact]
    public void Fields_are_found_by_column_name_in_any_case()
    {
        var record = new AcledEventRecord(["EVENT_ID_CNTY", "iso"], ["AFG1", "004"]);

        Assert.Equal("AFG1", record["event_id_cnty"]);
        Assert.Equal("004", record.Iso);
        Assert.Null(record["fatalities"]);
    }
}
