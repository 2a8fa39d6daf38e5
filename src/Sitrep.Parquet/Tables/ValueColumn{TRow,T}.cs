using System;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace Sitrep.Parquet.Tables;

/// <summary>A column of numbers, dates or flags; optional values are null when the row has none.</summary>
/// <typeparam name="TRow">What a row is made from.</typeparam>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class ValueColumn<TRow, T> : Column<TRow>
    where T : struct
{
    private readonly Func<TRow, T?> value;
    private T?[] values = new T?[256];
    private int count;

    public ValueColumn(string name, Func<TRow, T?> value)
        : base(new DataField<T?>(name)) => this.value = value;

    public override void Add(TRow row)
    {
        if (count == values.Length)
        {
            Array.Resize(ref values, values.Length * 2);
        }

        values[count++] = value(row);
    }

    public override Task WriteAsync(ParquetRowGroupWriter writer, CancellationToken cancellationToken) =>
        writer.WriteAsync<T>(Field, new ReadOnlyMemory<T?>(values, 0, count), null, null, cancellationToken);

    public override void Clear()
    {
        Array.Clear(values, 0, count);
        count = 0;
    }
}
