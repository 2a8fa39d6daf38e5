namespace Sitrep.Parquet;

/// <summary>The page compression of the files written; every engine reads all four.</summary>
public enum ParquetCompression
{
    /// <summary>Zstandard: the smallest files at good speed (the default).</summary>
    Zstd,

    /// <summary>Snappy: faster, larger; what older Spark and Hive setups expect.</summary>
    Snappy,

    /// <summary>Gzip: slow; for readers without zstd.</summary>
    Gzip,

    /// <summary>Uncompressed.</summary>
    None,
}
