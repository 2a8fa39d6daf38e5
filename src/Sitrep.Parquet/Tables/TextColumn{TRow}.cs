using System;
using System.Buffers;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace Sitrep.Parquet.Tables;

/// <summary>A UTF-8 string column; null when the row has no value (a required column never gets one).</summary>
/// <remarks>
/// Buffered values are held as UTF-8 in one byte array with their ends, not as strings: a short field costs its
/// bytes and four more instead of a string object and a list slot (about four times as much for GDELT's codes), so
/// the same memory bound makes row groups several times larger, and nothing buffered lives long enough to burden
/// the garbage collector. The arrays are pooled: grown and dropped arrays would otherwise fragment the large object
/// heap, which is not compacted. At write time a column is decoded into one pooled character buffer that the values Parquet.Net takes are slices of.
/// </remarks>
/// <typeparam name="TRow">What a row is made from.</typeparam>
internal sealed class TextColumn<TRow> : Column<TRow>
{
    private const int InitialBytes = 256;
    private const int InitialValues = 32;

    private readonly Func<TRow, string?> value;
    private byte[] bytes = [];
    private int[] ends = [];
    private int length;
    private int count;

    /// <summary>Initializes a text column.</summary>
    /// <param name="name">The column's name.</param>
    /// <param name="value">The row's value.</param>
    /// <param name="required">Whether every row has a value.</param>
    /// <param name="key">Whether the column holds keys (ids, each in one row or a few rows in a row): never
    /// dictionary-encoded, since a dictionary of keys is as large as the keys and its indexes compress worse than
    /// the repeated values do.</param>
    public TextColumn(string name, Func<TRow, string?> value, bool required = false, bool key = false)
        : base(new DataField<string>(name, !required))
    {
        this.value = value;
        Encoding = key ? EncodingHint.Default : EncodingHint.Dictionary;
    }

    /// <inheritdoc />
    public override EncodingHint Encoding { get; }

    public override int Add(TRow row)
    {
        var text = value(row);
        if (count == ends.Length)
        {
            Grow(ref ends, count, Math.Max(InitialValues, count * 2));
        }

        if (text is null)
        {
            // A null is the previous end, negated and less one, so that it differs from an empty string's end.
            ends[count++] = -length - 1;
            return 4;
        }

        var needed = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
        if (bytes.Length - length < needed)
        {
            Grow(ref bytes, length, Math.Max(Math.Max(InitialBytes, bytes.Length * 2), length + needed));
        }

        var written = System.Text.Encoding.UTF8.GetBytes(text, bytes.AsSpan(length));
        length += written;
        ends[count++] = length;
        return 4 + written;
    }

    public override async Task WriteAsync(ParquetRowGroupWriter writer, CancellationToken cancellationToken)
    {
        // Decoded into one pooled character buffer that the values are slices of: no string per value.
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, System.Text.Encoding.UTF8.GetMaxCharCount(length)));
        var values = ArrayPool<ReadOnlyMemory<char>?>.Shared.Rent(Math.Max(1, count));
        try
        {
            var start = 0;
            var used = 0;
            for (var i = 0; i < count; i++)
            {
                if (ends[i] < 0)
                {
                    values[i] = null;
                    continue;
                }

                var decoded = System.Text.Encoding.UTF8.GetChars(bytes.AsSpan(start, ends[i] - start), chars.AsSpan(used));
                values[i] = new ReadOnlyMemory<char>(chars, used, decoded);
                used += decoded;
                start = ends[i];
            }

            await writer.WriteAsync(Field, new ReadOnlyMemory<ReadOnlyMemory<char>?>(values, 0, count), null, null, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<ReadOnlyMemory<char>?>.Shared.Return(values, clearArray: true);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public override void Clear()
    {
        Release(ref bytes);
        Release(ref ends);
        length = 0;
        count = 0;
    }

    private static void Grow<T>(ref T[] array, int used, int size)
    {
        var grown = ArrayPool<T>.Shared.Rent(size);
        array.AsSpan(0, used).CopyTo(grown);
        Release(ref array);
        array = grown;
    }

    private static void Release<T>(ref T[] array)
    {
        if (array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array);
        }

        array = [];
    }
}
