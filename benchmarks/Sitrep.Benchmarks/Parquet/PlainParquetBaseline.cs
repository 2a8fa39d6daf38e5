using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using nietras.SeparatedValues;
using Parquet;
using Parquet.Schema;

namespace Sitrep.Benchmarks.Parquet;

/// <summary>
/// The limit Sitrep's Parquet writer is measured against: the file tokenised by Sep and every field written as a
/// string column by Parquet.Net, one file, row groups of 65,536 rows, the same zstd level, nothing parsed, checked,
/// mapped or derived. What a user writes by hand to "get the CSV into Parquet".
/// </summary>
public static class PlainParquetBaseline
{
    private const int RowGroup = 65_536;

    public static async Task<long> WriteAsync(byte[] file, char separator, IReadOnlyList<string>? headerless, string output, System.IO.Compression.CompressionLevel level)
    {
        var quoted = headerless is null;
        using var reader = Sep.New(separator)
            .Reader(o => o with { HasHeader = quoted, Unescape = quoted, DisableQuotesParsing = !quoted })
            .From(new MemoryStream(file));
        var names = headerless ?? [.. Enumerable.Range(0, reader.Header.ColNames.Count).Select(i => reader.Header.ColNames[i])];
        var fields = names.Select(n => new DataField<string>(n, true)).ToArray();
        var columns = fields.Select(_ => new List<string?>(RowGroup)).ToArray();
        await using var stream = File.Create(output);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields.Cast<Field>().ToArray()), stream, new ParquetOptions { CompressionMethod = CompressionMethod.Zstd, CompressionLevel = level });
        long rows = 0;
        foreach (var row in reader)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                columns[i].Add(i < row.ColCount ? row[i].ToString() : null);
            }

            if (++rows % RowGroup == 0)
            {
                await FlushAsync(writer, fields, columns);
            }
        }

        await FlushAsync(writer, fields, columns);
        return rows;
    }

    private static async Task FlushAsync(ParquetWriter writer, DataField<string>[] fields, List<string?>[] columns)
    {
        if (columns[0].Count == 0)
        {
            return;
        }

        using (var group = writer.CreateRowGroup())
        {
            for (var i = 0; i < fields.Length; i++)
            {
                await group.WriteAsync(fields[i], columns[i], null);
            }
        }

        foreach (var column in columns)
        {
            column.Clear();
        }
    }
}
