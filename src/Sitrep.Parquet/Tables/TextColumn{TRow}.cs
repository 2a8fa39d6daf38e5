using System;
using System.Buffers;
using System.Collections;
using System.Collections.Generic;
using System.Text;
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
/// heap, which is not compacted. The strings Parquet.Net takes are made at write time, one column at a time.
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

    public TextColumn(string name, Func<TRow, string?> value, bool required = false)
        : base(new DataField<string>(name, !required)) => this.value = value;

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

        var needed = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (bytes.Length - length < needed)
        {
            Grow(ref bytes, length, Math.Max(Math.Max(InitialBytes, bytes.Length * 2), length + needed));
        }

        var written = Encoding.UTF8.GetBytes(text, bytes.AsSpan(length));
        length += written;
        ends[count++] = length;
        return 4 + written;
    }

    public override async Task WriteAsync(ParquetRowGroupWriter writer, CancellationToken cancellationToken)
    {
        var values = ArrayPool<string?>.Shared.Rent(count);
        try
        {
            var start = 0;
            for (var i = 0; i < count; i++)
            {
                if (ends[i] < 0)
                {
                    values[i] = null;
                    continue;
                }

                values[i] = Encoding.UTF8.GetString(bytes, start, ends[i] - start);
                start = ends[i];
            }

            await writer.WriteAsync(Field, new Slice(values, count), null).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<string?>.Shared.Return(values, clearArray: true);
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

    /// <summary>The first <c>count</c> strings of a rented array, as the collection Parquet.Net writes.</summary>
    private sealed class Slice(string?[] items, int count) : IReadOnlyCollection<string?>
    {
        public int Count => count;

        public IEnumerator<string?> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return items[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
