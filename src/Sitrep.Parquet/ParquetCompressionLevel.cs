namespace Sitrep.Parquet;

/// <summary>
/// How hard the compressor works on each page: a trade of write time for file size. Readers need nothing to know it;
/// every level reads back at the same speed. Snappy and uncompressed files have no levels.
/// </summary>
public enum ParquetCompressionLevel
{
    /// <summary>
    /// The balanced level (zstd 3, gzip 6): what Spark and DuckDB write by default, and the default here.
    /// </summary>
    Balanced,

    /// <summary>
    /// The smallest files (zstd 19, gzip 9), for archives and files sent over slow links: a fifth to a third smaller
    /// than balanced on dataset exports, and five to seventeen times slower to write (benchmarks/README.md).
    /// </summary>
    Smallest,

    /// <summary>The fastest level (zstd 1, gzip 1): larger files, for scratch output read once.</summary>
    Fastest,
}
