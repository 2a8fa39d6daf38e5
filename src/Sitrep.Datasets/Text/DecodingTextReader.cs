using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Unicode;
using System.Threading;
using System.Threading.Tasks;

namespace Sitrep.Datasets.Text;

/// <summary>
/// Decodes a byte stream for the CSV tokenizer and remembers, by line, where UTF-8 was invalid, so that the row
/// holding bad bytes can be rejected with their byte offset instead of being decoded into replacement characters
/// silently. Windows-1252 is chosen when the caller declares it, or in automatic mode when the first 64 KiB are not
/// UTF-8.
/// </summary>
internal sealed class DecodingTextReader : TextReader
{
    private const int ChunkSize = 64 * 1024;

    private readonly Stream stream;
    private readonly Decoder? singleByte;
    private readonly byte[] bytes = ArrayPool<byte>.Shared.Rent(ChunkSize + 4);
    private int byteStart;
    private int byteEnd;
    private long bytesBefore;
    private bool endOfStream;
    private char? pending;
    private bool disposed;
    private long line = 1;

    internal DecodingTextReader(Stream stream, DatasetEncoding encoding)
    {
        this.stream = stream;
        Fill();
        if (bytes.AsSpan(byteStart, byteEnd - byteStart).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            byteStart += 3;
        }

        var useSingleByte = encoding == DatasetEncoding.Windows1252;
        if (encoding == DatasetEncoding.Auto)
        {
            var prefix = bytes.AsSpan(byteStart, byteEnd - byteStart);
            var invalidAt = FirstInvalid(prefix, endOfStream);
            if (invalidAt >= 0)
            {
                useSingleByte = true;
                DetectedFallbackAt = bytesBefore + byteStart + invalidAt;
            }
        }

        if (useSingleByte)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            singleByte = Encoding.GetEncoding(1252).GetDecoder();
        }
    }

    /// <summary>Gets the name of the encoding in use.</summary>
    internal string EncodingName => singleByte is null ? "UTF-8" : "Windows-1252";

    /// <summary>Gets the byte offset of the first invalid UTF-8 sequence that made automatic mode choose Windows-1252, or null.</summary>
    internal long? DetectedFallbackAt { get; }

    /// <summary>Gets invalid UTF-8 found so far: the line it is on and its absolute byte offset.</summary>
    internal List<(long Line, long Offset)> InvalidSequences { get; } = [];

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        while (true)
        {
            if (NeedsBytes)
            {
                Fill();
            }

            var written = Decode(buffer);
            if (written >= 0)
            {
                return written;
            }
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (NeedsBytes)
            {
                await FillAsync(cancellationToken).ConfigureAwait(false);
            }

            var written = Decode(buffer.Span);
            if (written >= 0)
            {
                return written;
            }
        }
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    public override int Peek() => -1;

    protected override void Dispose(bool disposing)
    {
        // Sep disposes the reader it was given and the owner disposes it too: return the buffer once only, or two
        // later renters would share it.
        if (disposing && !disposed)
        {
            disposed = true;
            ArrayPool<byte>.Shared.Return(bytes);

            // The reader owns the stream: readers opened on a file path must not leave the handle open.
            stream.Dispose();
        }

        base.Dispose(disposing);
    }

    private static int FirstInvalid(ReadOnlySpan<byte> prefix, bool complete)
    {
        if (Utf8.IsValid(prefix))
        {
            return -1;
        }

        var offset = 0;
        while (offset < prefix.Length)
        {
            var status = Rune.DecodeFromUtf8(prefix[offset..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.InvalidData || (status == System.Buffers.OperationStatus.NeedMoreData && complete))
            {
                return offset;
            }

            if (status == System.Buffers.OperationStatus.NeedMoreData)
            {
                return -1;
            }

            offset += consumed;
        }

        return -1;
    }

    private bool NeedsBytes => byteEnd - byteStart < 4 && !endOfStream;

    /// <summary>Decodes buffered bytes: the characters written, 0 at the end of the stream, -1 when more bytes are needed.</summary>
    private int Decode(Span<char> buffer)
    {
        if (pending is { } held && buffer.Length > 0)
        {
            buffer[0] = held;
            pending = null;
            line += held == '\n' ? 1 : 0;
            return 1;
        }

        if (buffer.Length == 1 && singleByte is null && byteStart < byteEnd)
        {
            // A one-character buffer cannot take a surrogate pair: decode into two and keep the second.
            Span<char> pair = stackalloc char[2];
            var decoded = Decode(pair);
            if (decoded > 1)
            {
                pending = pair[1];
                line -= pair[1] == '\n' ? 1 : 0;
            }

            if (decoded > 0)
            {
                buffer[0] = pair[0];
                return 1;
            }

            return decoded;
        }

        if (byteStart == byteEnd)
        {
            return endOfStream ? 0 : -1;
        }

        var source = bytes.AsSpan(byteStart, byteEnd - byteStart);
        int read, written;
        if (singleByte is not null)
        {
            var take = Math.Min(source.Length, buffer.Length);
            written = singleByte.GetChars(source[..take], buffer, flush: false);
            read = take;
        }
        else
        {
            var status = Utf8.ToUtf16(source, buffer, out read, out written, replaceInvalidSequences: false, isFinalBlock: endOfStream);
            if (status == OperationStatus.InvalidData && written == 0)
            {
                // At the bad byte itself: note it and stand in one replacement character for it, so the tokenizer
                // goes on and the row that holds it is rejected.
                InvalidSequences.Add((line, bytesBefore + byteStart + read));
                buffer[0] = '\uFFFD';
                written = 1;
                read = 1;
            }
        }

        byteStart += read;
        if (written == 0)
        {
            return -1;
        }

        line += buffer[..written].Count('\n');
        return written;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        Compact();
        while (byteEnd < ChunkSize && !endOfStream)
        {
            var n = await stream.ReadAsync(bytes.AsMemory(byteEnd, ChunkSize - byteEnd), cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                endOfStream = true;
            }

            byteEnd += n;
        }
    }

    private void Compact()
    {
        if (byteStart > 0)
        {
            var held = byteEnd - byteStart;
            Buffer.BlockCopy(bytes, byteStart, bytes, 0, held);
            bytesBefore += byteStart;
            byteStart = 0;
            byteEnd = held;
        }
    }

    private void Fill()
    {
        Compact();
        while (byteEnd < ChunkSize && !endOfStream)
        {
            var n = stream.Read(bytes, byteEnd, ChunkSize - byteEnd);
            if (n == 0)
            {
                endOfStream = true;
            }

            byteEnd += n;
        }
    }
}
