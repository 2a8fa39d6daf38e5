using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace Sitrep.Parquet.Tables;

/// <summary>A column of byte strings (the WKB geometry); null when the row has none.</summary>
/// <typeparam name="TRow">What a row is made from.</typeparam>
internal sealed class BinaryColumn<TRow> : Column<TRow>
{
    private readonly Func<TRow, byte[]?> value;
    private readonly List<byte[]?> values = [];

    /// <inheritdoc />
    /// <remarks>Parquet.Net dictionary-encodes text only, so byte strings are written PLAIN.</remarks>
    public override EncodingHint Encoding => EncodingHint.Default;

    public BinaryColumn(string name, Func<TRow, byte[]?> value)
        : base(new DataField<byte[]>(name, true)) => this.value = value;

    public override int Add(TRow row)
    {
        var bytes = value(row);
        values.Add(bytes);
        return bytes is null ? 8 : 32 + bytes.Length;
    }

    public override Task WriteAsync(ParquetRowGroupWriter writer, CancellationToken cancellationToken) => writer.WriteAsync(Field, values!, null);

    // The storage shrinks back: a partition that once buffered many rows must not keep that much while idle.
    public override void Clear()
    {
        values.Clear();
        values.Capacity = Math.Min(values.Capacity, 256);
    }
}
