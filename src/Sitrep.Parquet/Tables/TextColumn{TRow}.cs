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

    public override void Add(TRow row) => values.Add(value(row));

    public override Task WriteAsync(ParquetRowGroupWriter writer, CancellationToken cancellationToken) => writer.WriteAsync(Field, values!, null);

    public override void Clear() => values.Clear();
}
