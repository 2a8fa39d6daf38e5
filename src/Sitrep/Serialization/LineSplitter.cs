using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Sitrep.Serialization;

/// <summary>
/// Splits a UTF-8 stream into lines in bounded memory: a line longer than the limit is skipped to its end and
/// reported as too long, so one huge line cannot exhaust memory. <c>\r\n</c> and <c>\n</c> both end a line.
/// </summary>
internal sealed class LineSplitter : IDisposable
{
    private readonly Stream stream;
    private readonly int maxLineBytes;
    private byte[] buffer;
    private int start;
    private int end;
    private int scanFrom;
    private long skipped;
    private bool endOfStream;

    internal LineSplitter(Stream stream, int maxLineBytes)
    {
        this.stream = stream;
        this.maxLineBytes = maxLineBytes;
        buffer = ArrayPool<byte>.Shared.Rent(Math.Min(64 * 1024, maxLineBytes + 2));
    }

    private enum Step
    {
        Line,
        NeedData,
        End,
    }

    internal long LineNumber { get; private set; }

    /// <summary>Gets the current line without its line end, valid until the next call.</summary>
    internal ReadOnlyMemory<byte> Current { get; private set; }

    internal bool CurrentTooLong { get; private set; }

    internal long CurrentLength { get; private set; }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }

    internal bool MoveNext()
    {
        Begin();
        while (true)
        {
            switch (Advance())
            {
                case Step.Line: return true;
                case Step.End: return false;
                default:
                    Received(stream.Read(buffer, end, buffer.Length - end));
                    break;
            }
        }
    }

    internal async ValueTask<bool> MoveNextAsync(CancellationToken cancellationToken)
    {
        Begin();
        while (true)
        {
            switch (Advance())
            {
                case Step.Line: return true;
                case Step.End: return false;
                default:
                    Received(await stream.ReadAsync(buffer.AsMemory(end, buffer.Length - end), cancellationToken).ConfigureAwait(false));
                    break;
            }
        }
    }

    private void Begin()
    {
        CurrentTooLong = false;
        skipped = 0;
        scanFrom = start;
    }

    private void Received(int read)
    {
        if (read == 0)
        {
            endOfStream = true;
        }

        end += read;
    }

    private Step Advance()
    {
        var newline = buffer.AsSpan(scanFrom, end - scanFrom).IndexOf((byte)'\n');
        if (newline >= 0)
        {
            var lineEnd = scanFrom + newline;
            var contentEnd = lineEnd > start && buffer[lineEnd - 1] == (byte)'\r' ? lineEnd - 1 : lineEnd;
            Emit(contentEnd);
            start = lineEnd + 1;
            return Step.Line;
        }

        scanFrom = end;
        if (end - start > maxLineBytes)
        {
            // Too long: drop what we hold and keep scanning for the line's end.
            CurrentTooLong = true;
            skipped += end - start;
            start = end = scanFrom = 0;
        }

        if (endOfStream)
        {
            if (end > start || CurrentTooLong)
            {
                Emit(end);
                start = end;
                return Step.Line;
            }

            return Step.End;
        }

        MakeRoom();
        return Step.NeedData;
    }

    private void Emit(int contentEnd)
    {
        LineNumber++;
        CurrentLength = skipped + (contentEnd - start);
        if (CurrentLength > maxLineBytes)
        {
            CurrentTooLong = true;
        }

        Current = CurrentTooLong ? ReadOnlyMemory<byte>.Empty : buffer.AsMemory(start, contentEnd - start);
    }

    private void MakeRoom()
    {
        if (start > 0)
        {
            var held = end - start;
            Buffer.BlockCopy(buffer, start, buffer, 0, held);
            scanFrom -= start;
            start = 0;
            end = held;
        }

        if (end == buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, Math.Max((long)maxLineBytes + 2, buffer.Length + 1L)));
            Buffer.BlockCopy(buffer, 0, larger, 0, end);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }
    }
}
