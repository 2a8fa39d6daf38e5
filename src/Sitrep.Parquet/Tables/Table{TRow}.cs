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

    /// <summary>Gets the table's name, which is also its folder.</summary>
    public string Name { get; }

    /// <summary>Gets the Parquet schema of the table's files.</summary>
    public ParquetSchema Schema { get; }

    /// <summary>Gets how many rows are buffered.</summary>
    public int Count { get; private set; }

    /// <summary>Buffers a row.</summary>
    public void Add(TRow row)
    {
        foreach (var column in columns)
        {
            column.Add(row);
        }

        Count++;
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
    }
}
