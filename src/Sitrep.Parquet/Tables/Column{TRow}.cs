using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace Sitrep.Parquet.Tables;

/// <summary>One column of a table being written: takes its value from each row and writes a row group's worth.</summary>
/// <typeparam name="TRow">What a row of the table is made from.</typeparam>
internal abstract class Column<TRow>
{
    protected Column(DataField field) => Field = field;

    /// <summary>Gets the Parquet field.</summary>
    public DataField Field { get; }

    /// <summary>Gets the encoding the column is written with (see <see cref="ColumnEncodings"/>).</summary>
    public abstract EncodingHint Encoding { get; }

    /// <summary>Gets the column's name.</summary>
    public string Name => Field.Name;

    /// <summary>Takes the row's value into the buffer; returns about how many bytes of memory it holds there.</summary>
    public abstract int Add(TRow row);

    /// <summary>Writes the buffered values as this column's chunk of a row group.</summary>
    public abstract Task WriteAsync(ParquetRowGroupWriter writer, CancellationToken cancellationToken);

    /// <summary>Empties the buffer (its storage is kept for the next row group).</summary>
    public abstract void Clear();
}
