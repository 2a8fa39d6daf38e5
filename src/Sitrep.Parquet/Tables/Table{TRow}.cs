using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace Sitrep.Parquet.Tables;

/// <summary>The rows of one table buffered column by column until they are written as a row group.</summary>
/// <typeparam name="TRow">What a row is made from.</typeparam>
internal sealed class Table<TRow>
{
    private readonly Column<TRow>[] columns;

    public Table(string name, IReadOnlyList<Column<TRow>> columns)
    {
        Name = name;
        this.columns = [.. columns];
        Schema = new ParquetSchema(this.columns.Select(c => (Field)c.Field));
    }

    /// <summary>Gets each column's Parquet path and encoding.</summary>
    public IEnumerable<(string Path, EncodingHint Encoding)> Encodings => columns.Select(c => (c.Field.Path.ToString(), c.Encoding));

    /// <summary>Gets the table's name, which is also its folder.</summary>
    public string Name { get; }

    /// <summary>Gets the Parquet schema of the table's files.</summary>
    public ParquetSchema Schema { get; }

    /// <summary>Gets how many rows are buffered.</summary>
    public int Count { get; private set; }

    /// <summary>Gets about how many bytes the buffered rows hold.</summary>
    public long Bytes { get; private set; }

    /// <summary>Buffers a row; returns about how many bytes of memory it holds.</summary>
    public int Add(TRow row)
    {
        var bytes = 0;
        foreach (var column in columns)
        {
            bytes += column.Add(row);
        }

        Count++;
        Bytes += bytes;
        return bytes;
    }

    /// <summary>Writes the buffered rows as one row group and empties the buffer.</summary>
    public async Task WriteRowGroupAsync(ParquetWriter writer, CancellationToken cancellationToken)
    {
        if (Count == 0)
        {
            return;
        }

        using (var group = writer.CreateRowGroup())
        {
            foreach (var column in columns)
            {
                await column.WriteAsync(group, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var column in columns)
        {
            column.Clear();
        }

        Count = 0;
        Bytes = 0;
    }
}
