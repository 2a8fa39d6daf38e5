namespace Sitrep.Datasets.Ucdp;

/// <summary>What a reader found a UCDP GED file to be.</summary>
/// <param name="Layout">The release layout.</param>
/// <param name="HasHeader">Whether the file has a header row (candidate releases sometimes do not).</param>
/// <param name="Columns">The columns in file order, lower-cased; unknown extra columns (a row number, <c>iso3</c>) are kept.</param>
/// <param name="Encoding">The encoding the file was decoded with.</param>
public sealed record UcdpGedFileLayout(UcdpGedLayout Layout, bool HasHeader, ValueArray<string> Columns, string Encoding)
{
    /// <summary>Returns a description such as <c>UCDP GED 20.1+ (49 columns), header, UTF-8</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        (Layout switch
        {
            UcdpGedLayout.Ged49 => "UCDP GED 20.1+ (49 columns)",
            UcdpGedLayout.Ged42 => "UCDP GED 18.1/19.1 (42 columns)",
            _ => "UCDP GED subset",
        })
        + (HasHeader ? ", header" : ", no header") + (Columns.Count is 49 or 42 ? string.Empty : $", {Columns.Count} columns in file") + ", " + Encoding;
}
