using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace Sitrep.Parquet.Tables;

/// <summary>A UTF-8 string column; null when the row has no value (a required column never gets one).</summary>
/// <typeparam name="TRow">What a row is made from.</typeparam>
internal sealed class TextColumn<TRow> : Column<TRow>
{
    private readonly Func<TRow, string?> value;
    private readonly List<string?> values = [];

    public TextColumn(string name, Func<TRow, string?> value, bool required = false)
        : base(new DataField<string>(name, !required)) => this.value = value;

    public override int Add(TRow row)
    {
        var text = value(row);
        values.Add(text);
        return text is null ? 8 : 32 + (2 * text.Length);
    }

    public override Task WriteAsync(ParquetRowGroupWriter writer, CancellationToken cancellationToken) => writer.WriteAsync(Field, values!, null);

    // The storage shrinks back: a partition that once buffered many rows must not keep that much while idle.
    public override void Clear()
    {
        values.Clear();
        values.Capacity = Math.Min(values.Capacity, 256);
    }
}
