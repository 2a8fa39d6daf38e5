using Sitrep.Datasets;
using Sitrep.Datasets.Acled;
using Sitrep.Datasets.Gdelt;
using Sitrep.Datasets.Ucdp;

namespace Sitrep.Tests.Datasets;

public class DatasetRecordTests
{
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
