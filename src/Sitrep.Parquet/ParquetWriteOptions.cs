using System;

namespace Sitrep.Parquet;

/// <summary>How a Sitrep Parquet dataset is laid out and how much the writer may hold in memory.</summary>
public sealed record ParquetWriteOptions
{
    /// <summary>Gets the defaults: no partitions, zstd, 65,536 rows a row group, at most 262,144 rows buffered and 32 partitions open.</summary>
    public static ParquetWriteOptions Default { get; } = new();

    /// <summary>Gets how incident tables are partitioned.</summary>
    public ParquetPartitioning PartitionBy { get; init; }

    /// <summary>Gets the page compression.</summary>
    public ParquetCompression Compression { get; init; } = ParquetCompression.Zstd;

    /// <summary>Gets how many incidents make a row group (scans read a row group at a time; fewer, larger groups scan faster).</summary>
    public int RowGroupSize { get; init; } = 65_536;

    /// <summary>
    /// Gets how many rows (incidents and their parts, over all partitions) the writer buffers before it writes the
    /// largest partition's rows as a row group: the bound on the writer's memory, whatever the input's size.
    /// </summary>
    public int MaxBufferedRows { get; init; } = 262_144;

    /// <summary>
    /// Gets how many partitions may have files open at once; when a further one is needed the least recently written
    /// is finished, and a later row of it starts a new part file.
    /// </summary>
    public int MaxOpenPartitions { get; init; } = 32;

    internal void Check()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(RowGroupSize, 1, nameof(RowGroupSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBufferedRows, 1, nameof(MaxBufferedRows));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxOpenPartitions, 1, nameof(MaxOpenPartitions));
        if (!Enum.IsDefined(Compression))
        {
            throw new ArgumentOutOfRangeException(nameof(Compression), Compression, "Not a ParquetCompression value.");
        }

        if ((PartitionBy & ~(ParquetPartitioning.Year | ParquetPartitioning.Country)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(PartitionBy), PartitionBy, "Partitions are by year, country or both.");
        }
    }
}
