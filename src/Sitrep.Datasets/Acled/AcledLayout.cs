namespace Sitrep.Datasets.Acled;

/// <summary>The ACLED layouts a reader tells apart by header names.</summary>
public enum AcledLayout
{
    /// <summary>Since 20 March 2023: <c>disorder_type</c>, <c>civilian_targeting</c> and <c>tags</c>; no <c>data_id</c>, <c>event_id_no_cnty</c> or <c>iso3</c>.</summary>
    Current,

    /// <summary>Before March 2023: <c>data_id</c>, <c>event_id_no_cnty</c> or <c>iso3</c>, no <c>disorder_type</c>.</summary>
    Legacy,

    /// <summary>The oldest releases: <c>ally_actor_1</c>/<c>ally_actor_2</c> and <c>gwno</c>.</summary>
    Oldest,

    /// <summary>A subset of the columns that matches none of the above (a user's export); columns are still found by name.</summary>
    Subset,
}
