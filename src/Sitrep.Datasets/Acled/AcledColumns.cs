using System;
using System.Collections.Frozen;

namespace Sitrep.Datasets.Acled;

/// <summary>ACLED column names (codebook facts), for the current export and the older layouts.</summary>
public static class AcledColumns
{
    /// <summary>Gets the 31 columns of the export tool and API since 20 March 2023, in order.</summary>
    public static ValueArray<string> Current { get; } =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
        "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
        "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
        "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>Gets the columns that only the layouts before March 2023 have.</summary>
    public static ValueArray<string> LegacyOnly { get; } = ["data_id", "event_id_no_cnty", "iso3"];

    /// <summary>Gets the columns that only the oldest layouts have (allies instead of associated actors, a GW number).</summary>
    public static ValueArray<string> OldestOnly { get; } = ["ally_actor_1", "ally_actor_2", "gwno"];

    /// <summary>Gets the optional population columns the export tool adds on request.</summary>
    public static ValueArray<string> Population { get; } = ["population_1km", "population_2km", "population_5km", "population_best"];

    /// <summary>
    /// Gets the columns a file must have, whatever its layout: the minimal set of a subset export. Every other column
    /// may be left out (its values are then absent); without <c>event_id_cnty</c> incidents get ids from the file and
    /// line (<c>SR0227</c>).
    /// </summary>
    public static ValueArray<string> Required { get; } = ["event_date"];

    internal static FrozenSet<string> Known { get; } =
        FrozenSet.ToFrozenSet([.. Current, .. LegacyOnly, .. OldestOnly, .. Population], StringComparer.OrdinalIgnoreCase);
}
