using System;

namespace Sitrep.Datasets.Plover;

/// <summary>
/// Finds the records of a JSON Lines stream (one per line) or of a JSON array (its elements) in bytes fed a chunk at
/// a time, so a file of any size is read in memory bounded by its largest record. It tracks only structure
/// (brackets, strings, escapes); each record's bytes are parsed by the caller, which reports what is wrong with
/// them. A record longer than the limit is skipped to its end and reported.
/// </summary>
internal sealed class JsonRecordSplitter(int maxRecordBytes)
{
    private byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;
    private int scan;
    private bool endOfInput;
    private Mode mode;
    private long line = 1;
    private long recordLine;
    private int recordStart = -1;
    private int depth;
    private bool inString;
    private bool escaped;
    private bool skipping;

    internal enum Step
    {
        Record,
        NeedData,
        End,
    }

    private enum Mode
    {
        Unknown,
        Lines,
        ArrayBetween,
        ArrayElement,
        AfterArray,
        Done,
    }

    /// <summary>Gets whether anything but whitespace (and a byte order mark) was seen.</summary>
    internal bool SawContent { get; private set; }

    /// <summary>Gets whether the input is a JSON array (known once the first byte is seen).</summary>
    internal bool IsArray { get; private set; }

    /// <summary>
    /// Gets how many arrays followed the first one (files appended to). Their elements are records too; anything else
    /// after an array is read as JSON Lines, so it is reported record by record and never dropped.
    /// </summary>
    internal int ArraysAfterFirst { get; private set; }

    /// <summary>Space to read the next chunk into; call <see cref="Advance"/> with the bytes read.</summary>
    internal Memory<byte> FreeSpace()
    {
        var keep = recordStart >= 0 ? recordStart : scan;
        if (keep > 0)
        {
            Buffer.BlockCopy(buffer, keep, buffer, 0, end - keep);
            end -= keep;
            scan -= keep;
            start = Math.Max(0, start - keep);
            if (recordStart >= 0)
            {
                recordStart -= keep;
            }
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        return buffer.AsMemory(end);
    }

    internal void Advance(int count)
    {
        if (count == 0)
        {
            endOfInput = true;
        }

        end += count;
    }

    /// <summary>The next record: its bytes and first line, or an error for a record too long to hold.</summary>
    internal Step Next(out ReadOnlyMemory<byte> record, out long firstLine, out string? error)
    {
        record = default;
        firstLine = 0;
        error = null;
        while (true)
        {
            if (mode == Mode.Done)
            {
                return Step.End;
            }

            if (scan >= end)
            {
                if (!endOfInput)
                {
                    return Step.NeedData;
                }

                return Finish(out record, out firstLine, out error);
            }

            var b = buffer[scan];
            switch (mode)
            {
                case Mode.Unknown:
                    if (IsSpace(b) || (scan == 0 && b == 0xEF) || (scan <= 2 && b is 0xBB or 0xBF))
                    {
                        Step1(b);
                        continue;
                    }

                    SawContent = true;
                    IsArray = b == (byte)'[';
                    mode = IsArray ? Mode.ArrayBetween : Mode.Lines;
                    if (IsArray)
                    {
                        scan++;
                        depth = 1;
                    }
                    else
                    {
                        Begin();
                    }

                    continue;

                case Mode.Lines:
                    if (recordStart < 0)
                    {
                        Begin();
                    }

                    var newline = buffer.AsSpan(scan, end - scan).IndexOf((byte)'\n');
                    if (newline < 0)
                    {
                        scan = end;
                        if (TooLong(out error, out firstLine))
                        {
                            return Step.Record;
                        }

                        continue;
                    }

                    scan += newline;
                    var lineRecord = Take(scan);
                    scan++;
                    line++;
                    if (skipping)
                    {
                        skipping = false;
                        continue;
                    }

                    if (lineRecord.Length > maxRecordBytes)
                    {
                        error = $"The record is longer than {maxRecordBytes} bytes; it is skipped.";
                        firstLine = recordLine;
                        return Step.Record;
                    }

                    if (!IsBlank(lineRecord.Span))
                    {
                        record = lineRecord;
                        firstLine = recordLine;
                        return Step.Record;
                    }

                    continue;

                case Mode.ArrayBetween:
                    if (IsSpace(b) || b == (byte)',')
                    {
                        Step1(b);
                        continue;
                    }

                    if (b == (byte)']')
                    {
                        scan++;
                        mode = Mode.AfterArray;
                        continue;
                    }

                    Begin();
                    mode = Mode.ArrayElement;
                    continue;

                case Mode.AfterArray:
                    if (IsSpace(b))
                    {
                        Step1(b);
                        continue;
                    }

                    if (b == (byte)'[')
                    {
                        ArraysAfterFirst++;
                        scan++;
                        depth = 1;
                        mode = Mode.ArrayBetween;
                        continue;
                    }

                    mode = Mode.Lines;
                    continue;

                default:
                    if (ScanElement(out var complete))
                    {
                        var element = Take(complete);
                        mode = Mode.ArrayBetween;
                        if (skipping)
                        {
                            skipping = false;
                            continue;
                        }

                        if (element.Length > maxRecordBytes)
                        {
                            error = $"The record is longer than {maxRecordBytes} bytes; it is skipped.";
                        }
                        else
                        {
                            record = element;
                        }

                        firstLine = recordLine;
                        return Step.Record;
                    }

                    if (TooLong(out error, out firstLine))
                    {
                        return Step.Record;
                    }

                    continue;
            }
        }
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    private static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.Trim("\t\r "u8).IsEmpty;

    /// <summary>Scans an array element up to the end of the buffer; true with its end index when it is complete.</summary>
    private bool ScanElement(out int elementEnd)
    {
        for (; scan < end; scan++)
        {
            var b = buffer[scan];
            if (b == (byte)'\n')
            {
                line++;
            }

            if (inString)
            {
                if (escaped)
                {
                    escaped = false;
                }
                else if (b == (byte)'\\')
                {
                    escaped = true;
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }

                continue;
            }

            switch (b)
            {
                case (byte)'"':
                    inString = true;
                    break;
                case (byte)'{' or (byte)'[':
                    depth++;
                    break;
                case (byte)'}' or (byte)']' when depth > 1:
                    depth--;
                    if (depth == 1)
                    {
                        elementEnd = ++scan;
                        return true;
                    }

                    break;
                case (byte)',' or (byte)']' when depth == 1:
                    // The end of a scalar element; the separator is left for ArrayBetween.
                    elementEnd = scan;
                    return true;
            }
        }

        elementEnd = -1;
        return false;
    }

    private void Step1(byte b)
    {
        if (b == (byte)'\n')
        {
            line++;
        }

        scan++;
    }

    private void Begin()
    {
        recordStart = scan;
        recordLine = line;
    }

    private ReadOnlyMemory<byte> Take(int recordEnd)
    {
        var taken = buffer.AsMemory(recordStart, recordEnd - recordStart);
        if (skipping)
        {
            taken = default;
        }

        recordStart = -1;
        return taken;
    }

    /// <summary>A record growing past the limit is reported once and its bytes dropped while its end is sought.</summary>
    private bool TooLong(out string? error, out long firstLine)
    {
        error = null;
        firstLine = 0;
        if (recordStart < 0 || scan - recordStart <= maxRecordBytes)
        {
            return false;
        }

        var reported = skipping;
        skipping = true;
        recordStart = scan;
        if (reported)
        {
            return false;
        }

        error = $"The record is longer than {maxRecordBytes} bytes; it is skipped.";
        firstLine = recordLine;
        return true;
    }

    private Step Finish(out ReadOnlyMemory<byte> record, out long firstLine, out string? error)
    {
        record = default;
        firstLine = recordLine;
        error = null;
        var wasMode = mode;
        mode = Mode.Done;
        if (wasMode == Mode.AfterArray)
        {
            return Step.End;
        }

        if (recordStart < 0 || skipping)
        {
            if (wasMode is Mode.ArrayBetween or Mode.ArrayElement && !skipping)
            {
                error = "The JSON array is not closed: the file ends before its ']'.";
                firstLine = line;
                return Step.Record;
            }

            return Step.End;
        }

        var last = Take(end);
        if (wasMode == Mode.ArrayElement)
        {
            // An element cut off by the end of the file: the parser reports what is missing.
            record = last;
            return Step.Record;
        }

        if (IsBlank(last.Span))
        {
            return Step.End;
        }

        record = last;
        return Step.Record;
    }
}
