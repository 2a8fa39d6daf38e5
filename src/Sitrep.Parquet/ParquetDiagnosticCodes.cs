namespace Sitrep.Parquet;

/// <summary>The stable codes of what reading and writing Sitrep Parquet datasets reports (documented in docs/diagnostics.md).</summary>
public static class ParquetDiagnosticCodes
{
    /// <summary>SR0401: the folder is not a Sitrep Parquet dataset (no readable <c>_sitrep.json</c>), or one of a version this reader does not know.</summary>
    public const string NotADataset = "SR0401";

    /// <summary>SR0402: a file of the dataset is not readable Parquet (truncated, corrupt, or not Parquet at all); its rows are lost and counted.</summary>
    public const string UnreadableFile = "SR0402";

    /// <summary>SR0403: a file lacks a column of its table's schema; its rows read with that column empty (or are rejected when the column is the id).</summary>
    public const string MissingColumn = "SR0403";

    /// <summary>SR0404: a cell does not hold what its column says (an unknown code, a malformed time, JSON that is not the canonical part); the row is rejected.</summary>
    public const string InvalidCell = "SR0404";

    /// <summary>SR0405: a casualty count, participant or attribution row names an incident the dataset does not hold.</summary>
    public const string OrphanRow = "SR0405";

    /// <summary>SR0406: a point out of range (or not finite) is kept in <c>latitude</c>/<c>longitude</c> but has no <c>geometry</c>.</summary>
    public const string NoGeometry = "SR0406";

    /// <summary>SR0407: an incident was written with its original row, but <c>source_records</c> does not hold it; the dataset is not whole.</summary>
    public const string MissingSourceRecord = "SR0407";
}
