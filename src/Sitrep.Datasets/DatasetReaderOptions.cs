namespace Sitrep.Datasets;

/// <summary>How a dataset reader treats its input.</summary>
public sealed record DatasetReaderOptions
{
    /// <summary>Gets the default options: automatic encoding, collect and continue, fields up to 1 MiB.</summary>
    public static DatasetReaderOptions Default { get; } = new();

    /// <summary>Gets how the bytes are decoded.</summary>
    public DatasetEncoding Encoding { get; init; } = DatasetEncoding.Auto;

    /// <summary>Gets a value indicating whether reading stops at the first rejected row (by default it goes on).</summary>
    public bool FailFast { get; init; }

    /// <summary>
    /// Gets how numeric dates (<c>29/12/2015</c>, as older ACLED exports and spreadsheets write them) are read:
    /// decided per file from evidence by default, or declared.
    /// </summary>
    public DateOrder DateOrder { get; init; } = DateOrder.Auto;

    /// <summary>The largest <see cref="MaxRecordLength"/> a reader takes: 8 MiB characters.</summary>
    public const int MaxRecordLengthLimit = 8 * 1024 * 1024;

    /// <summary>Gets the longest field accepted, in characters; longer fields reject their row.</summary>
    public int MaxFieldLength { get; init; } = 1024 * 1024;

    /// <summary>
    /// Gets the longest row accepted, in characters, line breaks inside quoted fields included (4 MiB by default, at
    /// most <see cref="MaxRecordLengthLimit"/>). A longer row is skipped without being held in memory, reported as
    /// <c>SR0218</c> and counted as rejected, and reading resumes after it.
    /// </summary>
    public int MaxRecordLength { get; init; } = 4 * 1024 * 1024;

    /// <summary>
    /// Gets the most fields a header (or a headerless file's first row) may have (4,096 by default); a wider first
    /// line is not read as a header (<c>SR0203</c>), which bounds the memory a hostile header can take.
    /// </summary>
    public int MaxColumns { get; init; } = 4096;
}
