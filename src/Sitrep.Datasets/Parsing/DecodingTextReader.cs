using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Unicode;
using System.Threading;
using System.Threading.Tasks;

namespace Sitrep.Datasets.Parsing;

/// <summary>
/// Decodes a byte stream for the CSV tokenizer without ever replacing a character silently.
/// <list type="bullet">
/// <item>A byte order mark decides: UTF-8, UTF-16 (LE or BE) or UTF-32 (LE or BE); UTF-16 without a mark is
/// recognised by its zero bytes. In UTF-16 and UTF-32 a unit that is not a character is recorded like invalid
/// UTF-8.</item>
/// <item>Automatic mode decides line by line: a line that is valid UTF-8 is read as UTF-8, a line that is not is
/// read as Windows-1252 and counted (<see cref="FallbackLines"/>), so one stray byte neither rejects its row nor
/// turns every accented name of the file into mojibake. Lines longer than the 64 KiB window are decided a window
/// at a time.</item>
/// <item>Declared UTF-8 records invalid bytes with their line and byte offset (<see cref="InvalidSequences"/>)
/// and stands one U+FFFD in for each, so the row that holds them is rejected.</item>
/// </list>
/// Lines are counted as the tokenizer counts them: LF, CR LF and a lone CR each end one.
/// </summary>
internal sealed class DecodingTextReader : TextReader
{
    private const int ChunkSize = 64 * 1024;

    private readonly Stream stream;
    private readonly Mode mode;
    private readonly Decoder singleByte;
    private readonly byte[] bytes = ArrayPool<byte>.Shared.Rent(ChunkSize + 4);
    private int byteStart;
    private int byteEnd;
    private long bytesBefore;
    private bool endOfStream;
    private char? pending;
    private bool disposed;
    private long line = 1;
    private bool lastWasCr;

    // Automatic mode: the bytes still to decode of a line read as Windows-1252.
    private int runRemaining;

    /// <summary>Opens a decoder over a stream, which it owns.</summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="encoding">Automatic, or a declared encoding.</param>
    /// <param name="detectMarks">Whether a byte order mark or UTF-16's zero bytes may choose the encoding (false for a piece cut from a file).</param>
    internal DecodingTextReader(Stream stream, DatasetEncoding encoding, bool detectMarks = true)
    {
        this.stream = stream;
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        singleByte = Encoding.GetEncoding(1252).GetDecoder();
        Fill();
        var start = bytes.AsSpan(byteStart, byteEnd - byteStart);
        mode = encoding switch
        {
            DatasetEncoding.Utf8 => Mode.Utf8Strict,
            DatasetEncoding.Windows1252 => Mode.Windows1252,
            _ => Mode.Utf8Auto,
        };
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            byteStart += 3;
            HasByteOrderMark = true;
        }
        else if (detectMarks && encoding == DatasetEncoding.Auto)
        {
            if (ByteOrderMark(start) is { } marked)
            {
                mode = marked.Mode;
                byteStart += marked.Length;
                HasByteOrderMark = true;
            }
            else if (LooksLikeUtf16WithoutMark(start) is { } utf16)
            {
                mode = utf16;
                Utf16WithoutMark = true;
            }
        }
    }

    private enum Mode
    {
        Utf8Auto,
        Utf8Strict,
        Windows1252,
        Utf16Le,
        Utf16Be,
        Utf32Le,
        Utf32Be,
    }

    /// <summary>Gets the name of the encoding in use (for automatic mode, what was found so far).</summary>
    internal string EncodingName => mode switch
    {
        Mode.Windows1252 => "Windows-1252",
        Mode.Utf16Le => "UTF-16LE",
        Mode.Utf16Be => "UTF-16BE",
        Mode.Utf32Le => "UTF-32LE",
        Mode.Utf32Be => "UTF-32BE",
        Mode.Utf8Auto when FallbackLines > 0 => Utf8NonAsciiSeen ? "UTF-8 with Windows-1252 lines" : "Windows-1252",
        _ => "UTF-8",
    };

    /// <summary>Gets a value indicating whether the text started with a byte order mark (skipped, not part of the text).</summary>
    internal bool HasByteOrderMark { get; }

    /// <summary>Gets the first line end in the text (<c>\n</c>, <c>\r\n</c> or <c>\r</c>), once one was decoded; null before.</summary>
    internal string? FirstLineEnd { get; private set; }

    /// <summary>Gets a value indicating whether the text is UTF-16 recognised without a byte order mark.</summary>
    internal bool Utf16WithoutMark { get; }

    /// <summary>Gets how many lines automatic mode read as Windows-1252 because they were not valid UTF-8.</summary>
    internal long FallbackLines { get; private set; }

    /// <summary>Gets the first line read as Windows-1252 and the byte offset of its first byte that is not UTF-8.</summary>
    internal (long Line, long Offset) FirstFallback { get; private set; }

    /// <summary>Gets a value indicating whether a line read as UTF-8 held characters beyond ASCII.</summary>
    internal bool Utf8NonAsciiSeen { get; private set; }

    /// <summary>Gets undecodable units found so far (strict UTF-8, UTF-16, UTF-32): the line and absolute byte offset.</summary>
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

    /// <summary>
    /// The encoding the start of a file shows, the one rule every reader and the format detector use: UTF-32 or
    /// UTF-16 by a byte order mark, or UTF-16 by its zero bytes; <see langword="null"/> for text read byte by byte
    /// (UTF-8, or Windows-1252 where it is not UTF-8).
    /// </summary>
    internal static (System.Text.Encoding Encoding, int MarkLength)? SniffUnicode(ReadOnlySpan<byte> start)
    {
        var (mode, length) = ByteOrderMark(start) ?? (LooksLikeUtf16WithoutMark(start) is { } bare ? (bare, 0) : (Mode.Utf8Auto, -1));
        return length < 0 ? null : (mode switch
        {
            Mode.Utf16Le => System.Text.Encoding.Unicode,
            Mode.Utf16Be => System.Text.Encoding.BigEndianUnicode,
            Mode.Utf32Le => System.Text.Encoding.UTF32,
            _ => new System.Text.UTF32Encoding(bigEndian: true, byteOrderMark: false),
        }, length);
    }

    private static (Mode Mode, int Length)? ByteOrderMark(ReadOnlySpan<byte> start) => start switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => (Mode.Utf32Le, 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (Mode.Utf32Be, 4),
        [0xFF, 0xFE, ..] => (Mode.Utf16Le, 2),
        [0xFE, 0xFF, ..] => (Mode.Utf16Be, 2),
        _ => null,
    };

    /// <summary>
    /// UTF-16 without a mark: text in Latin script has a zero byte in most code units, always on the same side. A
    /// UTF-8 or Windows-1252 file has almost no zero bytes at all.
    /// </summary>
    private static Mode? LooksLikeUtf16WithoutMark(ReadOnlySpan<byte> start)
    {
        var sample = start[..(Math.Min(start.Length, 4096) & ~1)];
        if (sample.Length < 8)
        {
            return null;
        }

        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            zeroEven += sample[i] == 0 ? 1 : 0;
            zeroOdd += sample[i + 1] == 0 ? 1 : 0;
        }

        var units = sample.Length / 2;
        return zeroOdd * 10 >= units * 4 && zeroEven * 20 < units ? Mode.Utf16Le
            : zeroEven * 10 >= units * 4 && zeroOdd * 20 < units ? Mode.Utf16Be
            : null;
    }

    /// <summary>How many bytes at the end of a span are the start of a UTF-8 sequence that the span cuts off.</summary>
    private static int IncompleteTail(ReadOnlySpan<byte> text)
    {
        for (var back = 1; back <= Math.Min(3, text.Length); back++)
        {
            var b = text[^back];
            if ((b & 0xC0) != 0x80)
            {
                var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                return needed > back ? back : 0;
            }
        }

        return 0;
    }

    private bool NeedsBytes => !endOfStream && (byteEnd - byteStart < 4 || (mode == Mode.Utf8Auto && runRemaining == 0 && NeedsWholeLine));

    // Automatic mode decides a line only once it has the whole line, unless the window is full.
    private bool NeedsWholeLine =>
        byteStart > 0 && bytes.AsSpan(byteStart, byteEnd - byteStart).IndexOf((byte)'\n') < 0;

    /// <summary>Decodes buffered bytes: the characters written, 0 at the end of the stream, -1 when more bytes are needed.</summary>
    private int Decode(Span<char> buffer)
    {
        if (pending is { } held && buffer.Length > 0)
        {
            buffer[0] = held;
            pending = null;
            CountLines(buffer[..1]);
            return 1;
        }

        if (buffer.Length == 1 && mode != Mode.Windows1252 && byteStart < byteEnd)
        {
            // A one-character buffer cannot take a surrogate pair: decode into two and keep the second.
            Span<char> pair = stackalloc char[2];
            var decoded = DecodeBytes(pair);
            if (decoded > 1)
            {
                pending = pair[1];
            }

            if (decoded > 0)
            {
                buffer[0] = pair[0];
                CountLines(buffer[..1]);
                return 1;
            }

            return decoded;
        }

        var written = DecodeBytes(buffer);
        if (written > 0)
        {
            CountLines(buffer[..written]);
        }

        return written;
    }

    private int DecodeBytes(Span<char> buffer)
    {
        if (byteStart == byteEnd)
        {
            return endOfStream ? 0 : -1;
        }

        return mode switch
        {
            Mode.Utf8Auto => DecodeAuto(buffer),
            Mode.Utf8Strict => DecodeStrict(buffer),
            Mode.Windows1252 => DecodeSingleByte(buffer, byteEnd - byteStart),
            Mode.Utf16Le or Mode.Utf16Be => DecodeUtf16(buffer),
            _ => DecodeUtf32(buffer),
        };
    }

    /// <summary>
    /// Automatic mode: decodes the window's whole lines as UTF-8 straight into the caller's buffer (UTF-8 decoding
    /// checks every byte anyway, so valid text costs no extra pass), handing out only whole lines; the first line
    /// that is not UTF-8 is then read as Windows-1252 on its own.
    /// </summary>
    private int DecodeAuto(Span<char> buffer)
    {
        if (runRemaining > 0)
        {
            var single = DecodeSingleByte(buffer, runRemaining);
            runRemaining -= single;
            return single;
        }

        var window = bytes.AsSpan(byteStart, byteEnd - byteStart);
        var lastBreak = window.LastIndexOf((byte)'\n');
        var limit = lastBreak >= 0 ? lastBreak + 1 : window.Length;
        var final = endOfStream && limit == window.Length;
        if (limit == window.Length && !final)
        {
            // A line longer than the window: decided a window at a time, never cutting a sequence.
            limit -= IncompleteTail(window);
            if (limit == 0)
            {
                return -1;
            }
        }

        var status = Utf8.ToUtf16(window[..limit], buffer, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: final);
        if (status == OperationStatus.InvalidData)
        {
            // The whole lines before the bad byte are UTF-8; the bad byte's line is read as Windows-1252, whole.
            var lineStart = window[..read].LastIndexOf((byte)'\n') + 1;
            if (lineStart > 0)
            {
                return Hand(lineStart, buffer[..written].LastIndexOf('\n') + 1);
            }

            var lineEnd = window[read..limit].IndexOf((byte)'\n');
            if (FallbackLines == 0)
            {
                FirstFallback = (line, bytesBefore + byteStart + read);
            }

            FallbackLines++;
            runRemaining = lineEnd < 0 ? limit : read + lineEnd + 1;
            var single = DecodeSingleByte(buffer, runRemaining);
            runRemaining -= single;
            return single;
        }

        if (status == OperationStatus.DestinationTooSmall && read < limit)
        {
            // The buffer ends inside a line: hand out the whole lines only, since the rest of that line may not be
            // UTF-8 (a line longer than the buffer goes out in parts).
            var cut = buffer[..written].LastIndexOf('\n') + 1;
            if (cut > 0)
            {
                return Hand(window[..read].LastIndexOf((byte)'\n') + 1, cut);
            }
        }

        return written == 0 ? -1 : Hand(read, written);
    }

    /// <summary>Takes <paramref name="read"/> bytes as the <paramref name="written"/> characters handed out.</summary>
    private int Hand(int read, int written)
    {
        byteStart += read;
        Utf8NonAsciiSeen |= read != written;
        return written;
    }

    private int DecodeSingleByte(Span<char> buffer, int available)
    {
        var take = Math.Min(available, buffer.Length);
        var written = singleByte.GetChars(bytes.AsSpan(byteStart, take), buffer, flush: false);
        byteStart += take;
        return written;
    }

    private int DecodeStrict(Span<char> buffer)
    {
        var source = bytes.AsSpan(byteStart, byteEnd - byteStart);
        var status = Utf8.ToUtf16(source, buffer, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: endOfStream);
        if (status == OperationStatus.InvalidData && written == 0)
        {
            // At the bad byte itself: note it and stand in one replacement character for it, so the tokenizer
            // goes on and the row that holds it is rejected.
            InvalidSequences.Add((line, bytesBefore + byteStart + read));
            buffer[0] = '\uFFFD';
            written = 1;
            read = 1;
        }

        byteStart += read;
        return written == 0 ? -1 : written;
    }

    private int DecodeUtf16(Span<char> buffer)
    {
        var bigEndian = mode == Mode.Utf16Be;
        var written = 0;
        while (written < buffer.Length && byteEnd - byteStart >= 2)
        {
            var unit = Unit16(byteStart, bigEndian);
            if (char.IsHighSurrogate(unit))
            {
                if (byteEnd - byteStart < 4)
                {
                    if (!endOfStream)
                    {
                        break;
                    }
                }
                else if (char.IsLowSurrogate(Unit16(byteStart + 2, bigEndian)))
                {
                    if (buffer.Length - written < 2)
                    {
                        break;
                    }

                    buffer[written++] = unit;
                    buffer[written++] = Unit16(byteStart + 2, bigEndian);
                    byteStart += 4;
                    continue;
                }

                unit = Invalid(buffer[..written]);
            }
            else if (char.IsLowSurrogate(unit))
            {
                unit = Invalid(buffer[..written]);
            }

            buffer[written++] = unit;
            byteStart += 2;
        }

        if (written == 0 && endOfStream && byteEnd - byteStart == 1)
        {
            // An odd byte at the end: half a code unit.
            buffer[0] = Invalid([]);
            byteStart++;
            return 1;
        }

        return written == 0 ? (endOfStream && byteStart == byteEnd ? 0 : -1) : written;
    }

    private int DecodeUtf32(Span<char> buffer)
    {
        var bigEndian = mode == Mode.Utf32Be;
        var written = 0;
        while (buffer.Length - written >= 2 && byteEnd - byteStart >= 4)
        {
            var b = bytes.AsSpan(byteStart, 4);
            var value = bigEndian ? (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3] : (b[3] << 24) | (b[2] << 16) | (b[1] << 8) | b[0];
            if (Rune.IsValid(value))
            {
                written += new Rune(value).EncodeToUtf16(buffer[written..]);
            }
            else
            {
                buffer[written] = Invalid(buffer[..written]);
                written++;
            }

            byteStart += 4;
        }

        if (written == 0 && endOfStream && byteEnd - byteStart is > 0 and < 4)
        {
            buffer[0] = Invalid([]);
            byteStart = byteEnd;
            return 1;
        }

        return written == 0 ? (endOfStream && byteStart == byteEnd ? 0 : -1) : written;
    }

    private char Unit16(int at, bool bigEndian) =>
        (char)(bigEndian ? (bytes[at] << 8) | bytes[at + 1] : (bytes[at + 1] << 8) | bytes[at]);

    /// <summary>Records an undecodable unit at the current byte; the line counts the line breaks decoded before it in this call.</summary>
    private char Invalid(ReadOnlySpan<char> decodedBefore)
    {
        var wasCr = lastWasCr;
        InvalidSequences.Add((line + LineBreaks(decodedBefore, ref wasCr), bytesBefore + byteStart));
        return '\uFFFD';
    }

    private void CountLines(ReadOnlySpan<char> text)
    {
        if (FirstLineEnd is null && !text.IsEmpty)
        {
            NoteFirstLineEnd(text);
        }

        line += LineBreaks(text, ref lastWasCr);
    }

    // A CR at the end of one piece is settled by the first character of the next.
    private void NoteFirstLineEnd(ReadOnlySpan<char> text)
    {
        if (lastWasCr)
        {
            FirstLineEnd = text[0] == '\n' ? "\r\n" : "\r";
            return;
        }

        var at = text.IndexOfAny('\r', '\n');
        if (at < 0)
        {
            return;
        }

        if (text[at] == '\n')
        {
            FirstLineEnd = "\n";
        }
        else if (at + 1 < text.Length)
        {
            FirstLineEnd = text[at + 1] == '\n' ? "\r\n" : "\r";
        }
    }

    /// <summary>Line breaks as the tokenizer counts them: LF, CR LF and a lone CR are one each, across pieces too.</summary>
    private static long LineBreaks(ReadOnlySpan<char> text, ref bool lastWasCr)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        long count = text.Count('\n');
        if (lastWasCr && text[0] == '\n')
        {
            count--;
        }

        if (text.IndexOf('\r') >= 0)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'))
                {
                    count++;
                }
            }
        }

        lastWasCr = text[^1] == '\r';
        return count;
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
