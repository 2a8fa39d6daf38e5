using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Unicode;

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
            if (byteEnd - byteStart < 4 && !endOfStream)
            {
                Fill();
            }

            if (byteStart == byteEnd)
            {
                return 0;
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
                if (status == System.Buffers.OperationStatus.InvalidData || (status == System.Buffers.OperationStatus.NeedMoreData && endOfStream && read == 0))
                {
                    if (written == 0)
                    {
                        // At the bad byte itself: note it and stand in one replacement character for it, so the
                        // tokenizer goes on and the row that holds it is rejected.
                        InvalidSequences.Add((line + buffer[..written].Count('\n'), bytesBefore + byteStart + read));
                        buffer[0] = '\uFFFD';
                        written = 1;
                        read = 1;
                    }
                }
            }

            byteStart += read;
            if (written > 0)
            {
                line += buffer[..written].Count('\n');
                return written;
            }
        }
    }

    public override int Peek() => -1;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            ArrayPool<byte>.Shared.Return(bytes);
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

    private void Fill()
    {
        if (byteStart > 0)
        {
            var held = byteEnd - byteStart;
            Buffer.BlockCopy(bytes, byteStart, bytes, 0, held);
            bytesBefore += byteStart;
            byteStart = 0;
            byteEnd = held;
        }

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
