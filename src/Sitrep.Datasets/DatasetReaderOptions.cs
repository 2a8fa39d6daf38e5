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

    /// <summary>Gets the longest field accepted, in characters; longer fields reject their row.</summary>
    public int MaxFieldLength { get; init; } = 1024 * 1024;
}
