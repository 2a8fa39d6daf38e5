using System.Collections.Generic;
using System.Linq;
using System.Text;
using Sitrep.Datasets.Ucdp;

namespace Sitrep.Tests.Datasets.Ucdp;

/// <summary>Builds UCDP GED CSV text for tests, from a valid event of our own that each test bends.</summary>
public static class UcdpGedFixtures
{
    public static Dictionary<string, string> Event(long id = 1001) => new()
    {
        ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["relid"] = "MYA-2021-1-222-" + id,
        ["year"] = "2021",
        ["active_year"] = "1",
        ["code_status"] = "Clear",
        ["type_of_violence"] = "1",
        ["conflict_dset_id"] = "222",
        ["conflict_new_id"] = "222",
        ["conflict_name"] = "Myanmar (Burma): Government",
        ["dyad_dset_id"] = "900",
        ["dyad_new_id"] = "900",
        ["dyad_name"] = "Government of Myanmar (Burma) - PDF",
        ["side_a_dset_id"] = "144",
        ["side_a_new_id"] = "144",
        ["side_a"] = "Government of Myanmar (Burma)",
        ["side_b_dset_id"] = "7000",
        ["side_b_new_id"] = "7000",
        ["side_b"] = "PDF",
        ["number_of_sources"] = "2",
        ["source_article"] = "\"Outlet,2021-06-01,Clash in the hills\";\"Other,2021-06-02,Follow-up\"",
        ["source_office"] = "",
        ["source_date"] = "2021-06-01",
        ["source_headline"] = "Clash in the hills",
        ["source_original"] = "residents",
        ["where_prec"] = "2",
        ["where_coordinates"] = "Hpakant town",
        ["where_description"] = "near Hpakant",
        ["adm_1"] = "Kachin state",
        ["adm_2"] = "Mohnyin district",
        ["latitude"] = "25.61",
        ["longitude"] = "96.31",
        ["geom_wkt"] = "POINT (96.31 25.61)",
        ["priogrid_gid"] = "183713",
        ["country"] = "Myanmar (Burma)",
        ["country_id"] = "775",
        ["region"] = "Asia",
        ["event_clarity"] = "1",
        ["date_prec"] = "1",
        ["date_start"] = "2021-06-01",
        ["date_end"] = "2021-06-01",
        ["deaths_a"] = "2",
        ["deaths_b"] = "3",
        ["deaths_civilians"] = "1",
        ["deaths_unknown"] = "0",
        ["best"] = "6",
        ["high"] = "8",
        ["low"] = "5",
        ["gwnoa"] = "775",
        ["gwnob"] = "",
    };

    public static string Csv(IEnumerable<Dictionary<string, string>> events, ValueArray<string>? columns = null, bool header = true, string newline = "\n")
    {
        var names = columns ?? UcdpGedColumns.Ged49;
        var builder = new StringBuilder();
        if (header)
        {
            builder.Append(string.Join(",", names)).Append(newline);
        }

        foreach (var e in events)
        {
            builder.Append(string.Join(",", names.Select(n => Quote(e.GetValueOrDefault(n, string.Empty))))).Append(newline);
        }

        return builder.ToString();
    }

    public static UcdpGedRecord Record(Dictionary<string, string> e) =>
        new(UcdpGedColumns.Ged49, ValueArray.From(UcdpGedColumns.Ged49.Select(c => e[c])));

    public static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"" : field;
}
