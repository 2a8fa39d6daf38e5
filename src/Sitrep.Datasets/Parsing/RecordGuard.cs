using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Sitrep.Datasets.Parsing;

/// <summary>
/// Stands between the decoder and the tokenizer and hands it only records it can take, so that one broken record
/// costs one row, never the rest of the file or the process:
/// <list type="bullet">
/// <item>A record longer than the limit (a 17 MB field, a quote that never closes) is not passed on: the tokenizer
/// sees an empty line in its place, the guard reports it (<see cref="GuardEventKind.TooLong"/>) and reading resumes
/// after the record's end. Memory stays within the limit whatever the file holds.</item>
/// <item>A runaway quote (a stray <c>"</c> that makes the following lines, each a complete record of its own, part of
/// one quoted field) is recognised at the first such line. The opening line is repaired by reading its stray quotes
/// as literal characters when that gives the layout's field count
/// (<see cref="GuardEventKind.QuoteRepaired"/>), and replaced by an empty line otherwise
/// (<see cref="GuardEventKind.QuoteRejected"/>); the following lines are read again on their own.</item>
/// </list>
/// A record is released to the tokenizer once it is complete, so nothing is handed on that may have to be taken
/// back. Lines are counted as the tokenizer counts them (LF, CR LF, a lone CR). Events are queued in file order with
/// the tokenizer's line and the file's line; a replaced record of several lines shifts the lines after it, which
/// <see cref="GuardEvent.FileLines"/> tells.
/// </summary>
internal sealed class RecordGuard : TextReader
{
    private const int Chunk = 64 * 1024;
    private const int ExcerptLength = 200;

    private readonly TextReader source;
    private readonly char separator;
    private readonly bool quotes;
    private readonly int maxRecordLength;
    private readonly Queue<GuardEvent> events = new();
    private char[] buffer;
    private int readPos;
    private int readyEnd;
    private int scanPos;
    private int end;
    private bool sourceDone;
    private bool finished;
    private bool disposed;

    // The record being scanned, from readyEnd: quote state at scanPos, line breaks inside it, where its current
    // physical line starts, and where its first line's text ends and its break ends.
    private bool inQuote;
    private int breaks;
    private int lineStart;
    private int openingTextEnd;
    private int openingEnd;
    private long outputLine = 1;
    private long fileLine = 1;
    private int expectedFields = -1;

    // An over-long record being passed over: its first characters, its length and the line breaks in it.
    private bool skipping;
    private string skipExcerpt = string.Empty;
    private long skipLength;
    private int skipBreaks;

    internal RecordGuard(TextReader source, char separator, bool quotes, int maxRecordLength)
    {
        this.source = source;
        this.separator = separator;
        this.quotes = quotes;
        this.maxRecordLength = maxRecordLength;
        buffer = ArrayPool<char>.Shared.Rent(2 * Chunk);
    }

    /// <summary>Gets the tokenizer's line of the last record when the file ends without a line break, once reading is done.</summary>
    internal long? UnterminatedLastLine { get; private set; }

    /// <summary>Gets the number of fields of the first record (the header, or the first row of a headerless file), or -1.</summary>
    internal int ExpectedFields => expectedFields;

    /// <summary>Takes the next event when it belongs to the tokenizer's line <paramref name="line"/>.</summary>
    internal bool TryTake(long line, out GuardEvent guardEvent)
    {
        if (events.Count == 0)
        {
            guardEvent = default;
            return false;
        }

        if (events.TryPeek(out guardEvent) && guardEvent.OutputLine == line)
        {
            events.Dequeue();
            return true;
        }

        return false;
    }

    public override int Peek() => -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> destination)
    {
        if (CanStream(destination.Length))
        {
            var held = Held(destination);
            var decoded = source.Read(destination[held..]);
            if (Stream(destination, held, decoded) is var released and > 0)
            {
                return released;
            }
        }

        while (readPos == readyEnd)
        {
            if (finished)
            {
                return 0;
            }

            Compact();
            var room = Room();
            FillFrom(source.Read(buffer, end, room));
            Scan();
        }

        return Hand(destination);
    }

    public override async ValueTask<int> ReadAsync(Memory<char> destination, CancellationToken cancellationToken = default)
    {
        if (CanStream(destination.Length))
        {
            var held = Held(destination.Span);
            var decoded = await source.ReadAsync(destination[held..], cancellationToken).ConfigureAwait(false);
            if (Stream(destination.Span, held, decoded) is var released and > 0)
            {
                return released;
            }
        }

        while (readPos == readyEnd)
        {
            if (finished)
            {
                return 0;
            }

            Compact();
            var room = Room();
            FillFrom(await source.ReadAsync(buffer.AsMemory(end, room), cancellationToken).ConfigureAwait(false));
            Scan();
        }

        return Hand(destination.Span);
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !disposed)
        {
            disposed = true;
            ArrayPool<char>.Shared.Return(buffer);
            source.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>
    /// Whether the next read can go straight into the tokenizer's buffer: nothing is waiting to be handed out, no
    /// record is being passed over, and the record begun in the last read is short. This is the usual case, and it
    /// spares copying every character through the guard's own buffer.
    /// </summary>
    private bool CanStream(int room) =>
        room >= 4096 && !finished && !sourceDone && !skipping && readPos == readyEnd && end - readyEnd <= room / 2;

    /// <summary>Puts the record begun in the last read at the start of <paramref name="destination"/>; returns its length.</summary>
    private int Held(Span<char> destination)
    {
        var held = end - readyEnd;
        buffer.AsSpan(readyEnd, held).CopyTo(destination);
        return held;
    }

    /// <summary>
    /// Scans what was decoded straight into the tokenizer's buffer after the held record and releases the complete,
    /// ordinary records at its start: single lines, or quoted fields over several lines none of which is a record
    /// itself, none over the limit. The record after the last one released is held for the next read; from the first
    /// record that is not ordinary on, everything is left to the buffered scan, which replaces or repairs it. Returns
    /// how many characters are released, 0 when the buffered scan must take over.
    /// </summary>
    private int Stream(Span<char> destination, int held, int decoded)
    {
        if (decoded == 0)
        {
            // The end of the input: the held record is finished by the buffered scan.
            sourceDone = true;
            return 0;
        }

        var length = held + decoded;
        var text = destination[..length];
        var lines = 0;
        int released;
        if (expectedFields < 0)
        {
            // The first record (the header) also sets the field count the runaway check compares lines with.
            released = LineByLine(text, 0, oneRecord: false, ref lines);
        }
        else
        {
            // Runs of single-line records in one vector pass; a record with a line break inside quotes line by line.
            released = 0;
            while (true)
            {
                released = QuoteScan.SingleLineRecords(text, released, maxRecordLength, quotes, ref lines, out var multiLine);
                if (!multiLine)
                {
                    break;
                }

                var next = LineByLine(text, released, oneRecord: true, ref lines);
                if (next == released)
                {
                    break;
                }

                released = next;
            }
        }

        // Keep what follows the last released record as the held record, to be scanned afresh: in the buffer when
        // something was released, appended to the held record when not, for the buffered scan to go on with.
        if (released == 0)
        {
            Compact();
            EnsureCapacity(end + decoded, keep: true);
            text[held..].CopyTo(buffer.AsSpan(end));
            end += decoded;
            Scan();
            return 0;
        }

        readPos = 0;
        readyEnd = 0;
        end = length - released;
        EnsureCapacity(end, keep: false);
        text[released..].CopyTo(buffer);
        outputLine += lines;
        fileLine += lines;
        ResetRecord();
        return released;
    }

    /// <summary>
    /// Releases the complete, ordinary records of <paramref name="text"/> from <paramref name="from"/> (a record start)
    /// line by line: single lines, or quoted fields over several lines none of which is a record itself, none over the
    /// limit. With <paramref name="oneRecord"/>, stops after the first. Returns where the last released record ends
    /// (<paramref name="from"/> when none was), adding their lines to <paramref name="lines"/>.
    /// </summary>
    private int LineByLine(ReadOnlySpan<char> text, int from, bool oneRecord, ref int lines)
    {
        var released = from;
        var pos = from;
        var quoted = false;
        var inner = 0;
        var lineStart = from;
        while (true)
        {
            var at = quotes ? QuoteScan.NextBreak(text, pos, ref quoted) : IndexOfBreak(text, pos);
            if (at < 0 || (text[at] == '\r' && at + 1 == text.Length))
            {
                return released;
            }

            var breakEnd = text[at] == '\r' && text[at + 1] == '\n' ? at + 2 : at + 1;
            pos = breakEnd;
            if (quoted)
            {
                if ((inner > 0 && LooksLikeRecord(text[lineStart..at])) || pos - released > maxRecordLength)
                {
                    return released;
                }

                inner++;
                lineStart = breakEnd;
                continue;
            }

            if ((inner > 0 && LooksLikeRecord(text[lineStart..at])) || at - released > maxRecordLength)
            {
                return released;
            }

            if (expectedFields < 0)
            {
                expectedFields = StrictFieldCount(text[released..at]);
            }

            lines += inner + 1;
            released = breakEnd;
            inner = 0;
            lineStart = breakEnd;
            if (oneRecord)
            {
                return released;
            }
        }
    }

    private static int IndexOfBreak(ReadOnlySpan<char> text, int from)
    {
        var i = text[from..].IndexOfAny('\n', '\r');
        return i < 0 ? -1 : from + i;
    }

    /// <summary>Makes the buffer hold at least <paramref name="capacity"/> characters, keeping its first <see cref="end"/> when asked.</summary>
    private void EnsureCapacity(int capacity, bool keep)
    {
        if (buffer.Length < capacity)
        {
            var grown = ArrayPool<char>.Shared.Rent(Math.Max(buffer.Length * 2, capacity + Chunk));
            if (keep)
            {
                buffer.AsSpan(0, end).CopyTo(grown);
            }

            ArrayPool<char>.Shared.Return(buffer);
            buffer = grown;
        }
    }

    private int Hand(Span<char> destination)
    {
        var n = Math.Min(destination.Length, readyEnd - readPos);
        buffer.AsSpan(readPos, n).CopyTo(destination);
        readPos += n;
        return n;
    }

    private void FillFrom(int read)
    {
        sourceDone |= read == 0;
        end += read;
    }

    /// <summary>Room to read into: a chunk, growing the buffer while the record in it is within the limit.</summary>
    private int Room()
    {
        if (buffer.Length - end < Chunk)
        {
            var grown = ArrayPool<char>.Shared.Rent(Math.Max(buffer.Length * 2, end + Chunk));
            buffer.AsSpan(0, end).CopyTo(grown);
            ArrayPool<char>.Shared.Return(buffer);
            buffer = grown;
        }

        return Math.Min(Chunk, buffer.Length - end);
    }

    private void Compact()
    {
        if (readPos == 0)
        {
            return;
        }

        buffer.AsSpan(readPos, end - readPos).CopyTo(buffer);
        readyEnd -= readPos;
        scanPos -= readPos;
        end -= readPos;
        lineStart -= readPos;
        openingTextEnd -= readPos;
        openingEnd -= readPos;
        readPos = 0;
    }

    private void Scan()
    {
        while (true)
        {
            if (skipping)
            {
                if (!Skip())
                {
                    return;
                }

                continue;
            }

            var span = buffer.AsSpan(scanPos, end - scanPos);
            var i = span.IndexOfAny('\n', '\r');
            if (i < 0)
            {
                Toggle(span);
                scanPos = end;
                if (end - readyEnd > maxRecordLength)
                {
                    BeginSkip();
                    continue;
                }

                if (sourceDone)
                {
                    if (FinishLast())
                    {
                        continue;
                    }
                }

                return;
            }

            var at = scanPos + i;
            if (buffer[at] == '\r' && at + 1 == end && !sourceDone)
            {
                // A CR at the end of what is held: whether an LF follows decides the break's length.
                Toggle(span[..i]);
                scanPos = at;
                return;
            }

            var breakEnd = buffer[at] == '\r' && at + 1 < end && buffer[at + 1] == '\n' ? at + 2 : at + 1;
            Toggle(span[..i]);
            scanPos = breakEnd;
            if (inQuote)
            {
                // A line break inside a quoted field: the record goes on, unless the line just ended is a record itself.
                if (breaks == 0)
                {
                    openingTextEnd = at;
                    openingEnd = breakEnd;
                }
                else if (LooksLikeRecord(lineStart, at))
                {
                    Runaway();
                    continue;
                }

                breaks++;
                lineStart = breakEnd;
                if (scanPos - readyEnd > maxRecordLength)
                {
                    BeginSkip();
                }

                continue;
            }

            if (breaks > 0 && LooksLikeRecord(lineStart, at))
            {
                Runaway();
                continue;
            }

            if (at - readyEnd > maxRecordLength)
            {
                // The whole record arrived in one piece but is still over the limit.
                Replace(at, breakEnd, at - readyEnd, breaks + 1, Excerpt(buffer.AsSpan(readyEnd, ExcerptLength + 1)));
                continue;
            }

            if (expectedFields < 0)
            {
                expectedFields = StrictFieldCount(buffer.AsSpan(readyEnd, at - readyEnd));
            }

            Release(breakEnd, breaks + 1);
        }
    }

    /// <summary>At the end of the input with a record that has no line break after it. Returns true when the scan must go on.</summary>
    private bool FinishLast()
    {
        if (readyEnd == end)
        {
            finished = true;
            return false;
        }

        if (inQuote && breaks > 0 && LooksLikeRecord(lineStart, end))
        {
            Runaway();
            return true;
        }

        UnterminatedLastLine = outputLine;
        if (expectedFields < 0)
        {
            expectedFields = StrictFieldCount(buffer.AsSpan(readyEnd, end - readyEnd));
        }

        Release(end, breaks + 1);
        return false;
    }

    private void Release(int upTo, int lines)
    {
        readyEnd = upTo;
        outputLine += lines;
        fileLine += lines;
        ResetRecord();
    }

    private void ResetRecord()
    {
        scanPos = readyEnd;
        lineStart = readyEnd;
        inQuote = false;
        breaks = 0;
    }

    private void Toggle(ReadOnlySpan<char> text)
    {
        if (quotes && (text.Count('"') & 1) == 1)
        {
            inQuote = !inQuote;
        }
    }

    private bool LooksLikeRecord(int start, int stop) => LooksLikeRecord(buffer.AsSpan(start, stop - start));

    private bool LooksLikeRecord(ReadOnlySpan<char> line) =>
        expectedFields > 1 && LenientCsv.IsCleanRecord(line, separator, expectedFields);

    /// <summary>
    /// The opening line's quote ran into lines that are records of their own: repair or blank the opening line, then
    /// read the rest again from its second line with a fresh quote state.
    /// </summary>
    private void Runaway()
    {
        var opening = buffer.AsSpan(readyEnd, openingTextEnd - readyEnd);
        GuardEvent guardEvent;
        string replacement;
        if (LenientCsv.TryRepair(opening, separator, expectedFields, out var repaired, out var starts, out var field))
        {
            replacement = repaired;
            var fieldEnd = field + 1 < starts.Length ? starts[field + 1] - 1 : repaired.Length;
            var value = CsvText.Unescape(repaired.AsSpan(starts[field], fieldEnd - starts[field]));
            guardEvent = new GuardEvent(outputLine, fileLine, 1, GuardEventKind.QuoteRepaired, opening.Length, Excerpt(value), field);
        }
        else
        {
            replacement = string.Empty;
            guardEvent = new GuardEvent(outputLine, fileLine, 1, GuardEventKind.QuoteRejected, opening.Length, Excerpt(opening));
        }

        events.Enqueue(guardEvent);
        var breakLength = openingEnd - openingTextEnd;
        Splice(readyEnd, openingTextEnd, replacement);
        Release(readyEnd + replacement.Length + breakLength, 1);
    }

    private void BeginSkip()
    {
        skipping = true;
        skipExcerpt = Excerpt(buffer.AsSpan(readyEnd, Math.Min(end - readyEnd, ExcerptLength + 1)));
        skipLength = 0;
        skipBreaks = breaks;

        // What was scanned so far is dropped; the quote state carries on.
        skipLength += scanPos - readyEnd;
        Splice(readyEnd, scanPos, string.Empty);
        scanPos = readyEnd;
    }

    /// <summary>Passes over the over-long record until its end. Returns true when it ended (the placeholder is released).</summary>
    private bool Skip()
    {
        while (true)
        {
            var span = buffer.AsSpan(scanPos, end - scanPos);
            var i = span.IndexOfAny('\n', '\r');
            if (i < 0 || (buffer[scanPos + i] == '\r' && scanPos + i + 1 == end && !sourceDone))
            {
                var taken = i < 0 ? span.Length : i;
                Toggle(span[..taken]);
                skipLength += taken;
                Splice(readyEnd, scanPos + taken, string.Empty);
                scanPos = readyEnd;
                if (sourceDone && i < 0)
                {
                    skipping = false;
                    Replace(readyEnd, readyEnd, skipLength, skipBreaks + 1, skipExcerpt);
                    return true;
                }

                return false;
            }

            var at = scanPos + i;
            var breakEnd = buffer[at] == '\r' && at + 1 < end && buffer[at + 1] == '\n' ? at + 2 : at + 1;
            Toggle(span[..i]);
            skipLength += i;
            if (inQuote)
            {
                skipBreaks++;
                skipLength += breakEnd - at;
                scanPos = breakEnd;
                continue;
            }

            Splice(readyEnd, at, string.Empty);
            skipping = false;
            Replace(readyEnd, readyEnd + (breakEnd - at), skipLength, skipBreaks + 1, skipExcerpt);
            return true;
        }
    }

    /// <summary>
    /// Puts an empty line in place of the over-long record whose text ends at <paramref name="textEnd"/> and whose
    /// line break ends at <paramref name="breakEnd"/>: the tokenizer makes it a row, which the reader matches with
    /// the event.
    /// </summary>
    private void Replace(int textEnd, int breakEnd, long length, int lines, string excerpt)
    {
        var breakText = breakEnd > textEnd ? string.Empty : "\n";
        Splice(readyEnd, textEnd, breakText);
        var placeholderEnd = readyEnd + breakText.Length + (breakEnd - textEnd);
        events.Enqueue(new GuardEvent(outputLine, fileLine, lines, GuardEventKind.TooLong, length, excerpt));
        readyEnd = placeholderEnd;
        outputLine += 1;
        fileLine += lines;
        ResetRecord();
    }

    /// <summary>Replaces the characters in [from, to) with <paramref name="text"/>, moving what follows.</summary>
    private void Splice(int from, int to, string text)
    {
        var delta = text.Length - (to - from);
        if (delta > 0 && end + delta > buffer.Length)
        {
            var grown = ArrayPool<char>.Shared.Rent(end + delta + Chunk);
            buffer.AsSpan(0, end).CopyTo(grown);
            ArrayPool<char>.Shared.Return(buffer);
            buffer = grown;
        }

        buffer.AsSpan(to, end - to).CopyTo(buffer.AsSpan(to + delta));
        text.AsSpan().CopyTo(buffer.AsSpan(from));
        end += delta;
        if (scanPos >= to)
        {
            scanPos += delta;
        }

        if (lineStart >= to)
        {
            lineStart += delta;
        }
    }

    private int StrictFieldCount(ReadOnlySpan<char> record)
    {
        if (!quotes)
        {
            return record.Count(separator) + 1;
        }

        var count = 1;
        var quoted = false;
        foreach (var c in record)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == separator && !quoted)
            {
                count++;
            }
        }

        return count;
    }

    private static string Excerpt(ReadOnlySpan<char> text) =>
        text.Length <= ExcerptLength ? new string(text) : string.Concat(text[..(ExcerptLength - 3)], "...");
}
