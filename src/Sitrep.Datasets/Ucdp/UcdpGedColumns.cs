using System;
using System.Collections.Frozen;

namespace Sitrep.Datasets.Ucdp;

/// <summary>The column names of the UCDP GED layouts (codebook facts; see docs/mappings.md once written).</summary>
public static class UcdpGedColumns
{
    /// <summary>Gets the 49 columns of GED 20.1 onwards, in release order (note <c>best, high, low</c>, and <c>gwnoa, gwnob</c> last).</summary>
    public static ValueArray<string> Ged49 { get; } =
    [
        "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id",
        "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a",
        "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office", "source_date",
        "source_headline", "source_original", "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2",
        "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec",
        "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
        "gwnoa", "gwnob",
    ];

    /// <summary>Gets the 42 columns of GED 18.1 and 19.1, in release order (<c>low, best, high</c>).</summary>
    public static ValueArray<string> Ged42 { get; } =
    [
        "id", "year", "active_year", "type_of_violence", "conflict_new_id", "conflict_name", "dyad_new_id", "dyad_name",
        "side_a_new_id", "gwnoa", "side_a", "side_b_new_id", "gwnob", "side_b", "number_of_sources", "source_article",
        "source_office", "source_date", "source_headline", "source_original", "where_prec", "where_coordinates", "adm_1",
        "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region", "event_clarity",
        "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best",
        "high",
    ];

    /// <summary>
    /// Gets the columns a file must have, whatever its layout: the minimal set of a subset export (when and how many).
    /// Without <c>id</c> incidents get ids from the file and line (<c>SR0227</c>); without <c>low</c> and <c>high</c>
    /// the toll is the best figure alone; without <c>type_of_violence</c> the incident type is unknown.
    /// </summary>
    public static ValueArray<string> Required { get; } = ["date_start", "date_end", "best"];

    internal static FrozenSet<string> Known { get; } = FrozenSet.ToFrozenSet([.. Ged49, .. Ged42], StringComparer.OrdinalIgnoreCase);
}
