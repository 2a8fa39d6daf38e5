namespace Sitrep.Datasets;

/// <summary>
/// The file formats Sitrep reads, as <see cref="DatasetFormatDetector"/> tells them apart, and the ones it only
/// writes (GeoJSON, through <see cref="IncidentWriter"/>).
/// </summary>
public enum DatasetFormat
{
    /// <summary>Nothing in the name or the first line matches a format Sitrep reads.</summary>
    Unknown,

    /// <summary>Sitrep canonical JSON, one document (<c>Sitrep.Serialization.SitrepJson</c>).</summary>
    Sitrep,

    /// <summary>Sitrep JSON Lines: a header line, then one record per line (<c>Sitrep.Serialization.SitrepJsonLines</c>).</summary>
    SitrepJsonLines,

    /// <summary>ACLED CSV exports, current or older layouts, or subsets of their columns.</summary>
    Acled,

    /// <summary>UCDP GED CSV (49- or 42-column layouts, with or without a header), or a subset of its columns.</summary>
    Ucdp,

    /// <summary>GDELT event files (2.0 with 61 columns, 1.0 with 58 or 57), tab-separated without a header.</summary>
    Gdelt,

    /// <summary>POLECAT weekly or yearly files, tab-separated with a header (comma-separated when named <c>.csv</c>).</summary>
    Polecat,

    /// <summary>PLOVER JSON events: a JSON array of event objects, or one object per line.</summary>
    Plover,

    /// <summary>GeoJSON (RFC 7946): a FeatureCollection of incidents as points with their properties; written, not read.</summary>
    GeoJson,

    /// <summary>GeoJSON Lines: one GeoJSON Feature per line (newline-delimited GeoJSON); written, not read.</summary>
    GeoJsonLines,
}
