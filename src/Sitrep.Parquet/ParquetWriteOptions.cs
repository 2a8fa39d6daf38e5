using System;

namespace Sitrep.Parquet;

/// <summary>How a Sitrep Parquet dataset is laid out and how much the writer may hold in memory.</summary>
public sealed record ParquetWriteOptions
{
    /// <summary>Gets the defaults: no partitions, zstd at its balanced level, 65,536 rows a row group, at most 24 MiB buffered and 128 partitions open.</summary>
    public static ParquetWriteOptions Default { get; } = new();

    /// <summary>Gets how incident tables are partitioned.</summary>
    public ParquetPartitioning PartitionBy { get; init; }

    /// <summary>Gets the page compression.</summary>
    public ParquetCompression Compression { get; init; } = ParquetCompression.Zstd;

    /// <summary>Gets how hard zstd or gzip works on each page (ignored by snappy and uncompressed files).</summary>
    public ParquetCompressionLevel CompressionLevel { get; init; }

    /// <summary>Gets how many incidents make a row group (scans read a row group at a time; fewer, larger groups scan faster).</summary>
    public int RowGroupSize { get; init; } = 65_536;

    /// <summary>
    /// Gets about how many bytes of values (incidents, their parts and original rows, over all partitions; text
    /// counted as its UTF-8 bytes and four more) the writer buffers before it writes the partition holding the most as
    /// a row group: the bound on the writer's memory, whatever the input's size (one row group more may be being
    /// written beside it). A row group is then smaller than <see cref="RowGroupSize"/> when rows are large (an
    /// original row kept with each GDELT event is about 600 bytes).
    /// </summary>
    public long MaxBufferedBytes { get; init; } = 24L << 20;

    /// <summary>
    /// Gets how many partitions may have files open at once (up to four files each); when a further one is needed the
    /// least recently written is finished, and a later row of it starts a new part file. Open files also keep the
    /// metadata of every column chunk written to them until finished; past 16,384 over all partitions, the partition
    /// with most is finished. GDELT by year and country has
    /// about 200 partitions a year; input sorted by date keeps few open.
    /// </summary>
    public int MaxOpenPartitions { get; init; } = 128;

    internal void Check()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(RowGroupSize, 1, nameof(RowGroupSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBufferedBytes, 1, nameof(MaxBufferedBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxOpenPartitions, 1, nameof(MaxOpenPartitions));
        if (!Enum.IsDefined(Compression))
        {
            throw new ArgumentOutOfRangeException(nameof(Compression), Compression, "Not a ParquetCompression value.");
        }

        if (!Enum.IsDefined(CompressionLevel))
        {
            throw new ArgumentOutOfRangeException(nameof(CompressionLevel), CompressionLevel, "Not a ParquetCompressionLevel value.");
        }

        if ((PartitionBy & ~(ParquetPartitioning.Year | ParquetPartitioning.Country)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(PartitionBy), PartitionBy, "Partitions are by year, country or both.");
        }
    }
}
