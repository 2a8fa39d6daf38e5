using System.Collections.Generic;
using Parquet;

namespace Sitrep.Parquet.Tables;

/// <summary>
/// The options a file is written with: the writer's settings and each column's encoding. Parquet.Net writes every
/// column PLAIN unless told otherwise, which leaves to the compressor what a columnar encoding gives for free.
/// </summary>
/// <remarks>
/// Text other than keys is dictionary-encoded (a chunk whose values are mostly distinct falls back to PLAIN), integers
/// are delta-encoded (sequence numbers and ordinals cost a few bits a row instead of eight bytes), and doubles are
/// split into byte streams, so the compressor sees the coordinates' exponent bytes together. All are standard Parquet
/// encodings that Spark, DuckDB, Polars, Trino and Arrow read.
/// </remarks>
internal static class ColumnEncodings
{
    /// <summary>
    /// The share of distinct values above which a dictionary-encoded column chunk is written PLAIN instead: a
    /// dictionary where values repeat five times or more on average. Measured on UCDP, ACLED and GDELT files, original
    /// columns and model alike (Parquet.Net's default, 0.8, dictionary-encodes ids that repeat twice, whose indexes
    /// compress worse than the ids do).
    /// </summary>
    internal const double DictionaryThreshold = 0.2;

    /// <summary>Returns options for one file: <paramref name="template"/>'s settings and the encoding of each column.</summary>
    public static ParquetOptions For(IEnumerable<(string Path, EncodingHint Encoding)> columns, ParquetOptions template)
    {
        // Every setting of the template, so that one added to the writer's options reaches the files (a test checks
        // that none is missed); only the dictionary threshold and the hints are this class's.
        var options = new ParquetOptions
        {
            CompressionMethod = template.CompressionMethod,
            CompressionLevel = template.CompressionLevel,
            MaximumSmallPoolFreeBytes = template.MaximumSmallPoolFreeBytes,
            MaximumLargePoolFreeBytes = template.MaximumLargePoolFreeBytes,
            TreatByteArrayAsString = template.TreatByteArrayAsString,
            TreatBigIntegersAsDates = template.TreatBigIntegersAsDates,
            UseDateOnlyTypeForDates = template.UseDateOnlyTypeForDates,
            DictionaryEncodingSampleSize = template.DictionaryEncodingSampleSize,
            UseBigDecimal = template.UseBigDecimal,
            Append = template.Append,
            RowGroupSize = template.RowGroupSize,
            PropertyNameCaseInsensitive = template.PropertyNameCaseInsensitive,
            DictionaryEncodingThreshold = DictionaryThreshold,
        };
        foreach (var (path, encoding) in columns)
        {
            if (encoding != EncodingHint.Default)
            {
                options.ColumnEncodingHints[path] = encoding;
            }
        }

        return options;
    }
}
