namespace Sitrep.Datasets.Ucdp;

/// <summary>The UCDP GED release layouts a reader recognises.</summary>
public enum UcdpGedLayout
{
    /// <summary>GED 20.1 onwards: 49 columns with <c>relid</c>, <c>code_status</c>, the <c>*_dset_id</c> columns and <c>where_description</c>.</summary>
    Ged49,

    /// <summary>GED 18.1 and 19.1: 42 columns, <c>low, best, high</c> order, GW codes beside the side ids.</summary>
    Ged42,

    /// <summary>A subset export: fewer than half of either layout's columns, at least <see cref="UcdpGedColumns.Required"/>.</summary>
    Subset,
}
