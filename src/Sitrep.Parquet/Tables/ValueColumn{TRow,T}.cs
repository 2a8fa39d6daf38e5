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

    /// <inheritdoc />
    /// <remarks>Integers are delta-encoded, doubles split into byte streams, dates and flags left to the default (Parquet.Net delta-encodes only INT32 and INT64 values).</remarks>
    public override EncodingHint Encoding { get; } =
        typeof(T) == typeof(int) || typeof(T) == typeof(long) ? EncodingHint.DeltaBinaryPacked
        : typeof(T) == typeof(double) ? EncodingHint.ByteSplitStream
        : EncodingHint.Default;

    public override int Add(TRow row)
    {
        if (count == values.Length)
        {
            Array.Resize(ref values, values.Length * 2);
        }

        values[count++] = value(row);
        return 16;
    }

    public override Task WriteAsync(ParquetRowGroupWriter writer, CancellationToken cancellationToken) =>
        writer.WriteAsync<T>(Field, new ReadOnlyMemory<T?>(values, 0, count), null, null, cancellationToken);

    // The storage shrinks back: a partition that once buffered many rows must not keep that much while idle.
    public override void Clear()
    {
        if (values.Length > 256)
        {
            values = new T?[256];
        }
        else
        {
            Array.Clear(values, 0, count);
        }

        count = 0;
    }
}
