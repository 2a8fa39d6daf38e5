using System;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Sitrep.Datasets.Parsing;

/// <summary>
/// One pass over quoted CSV text to the next line break, keeping the quote state: 32 or 16 characters at a time
/// (the widest vectors the processor has), a quote mask and a line-break mask per block that holds either, so finding a line break and knowing whether it is inside a quoted field
/// costs one look at each character (a search for the break and a count of the quotes before it would cost two).
/// </summary>
internal static class QuoteScan
{
    /// <summary>
    /// The index of the first LF or CR at or after <paramref name="from"/>, or -1; <paramref name="inQuote"/> is
    /// turned by every quote before it (before the end of the text when there is none).
    /// </summary>
    internal static int NextBreak(ReadOnlySpan<char> text, int from, ref bool inQuote)
    {
        var units = MemoryMarshal.Cast<char, ushort>(text);
        ref var start = ref MemoryMarshal.GetReference(units);
        var i = from;
        if (Vector512.IsHardwareAccelerated)
        {
            var quote = Vector512.Create((ushort)'"');
            var lf = Vector512.Create((ushort)'\n');
            var cr = Vector512.Create((ushort)'\r');
            for (; i + Vector512<ushort>.Count <= units.Length; i += Vector512<ushort>.Count)
            {
                var block = Vector512.LoadUnsafe(ref start, (nuint)i);
                var isQuote = Vector512.Equals(block, quote);
                var isBreak = Vector512.Equals(block, lf) | Vector512.Equals(block, cr);
                if ((isQuote | isBreak) == Vector512<ushort>.Zero)
                {
                    continue;
                }

                var quotes = isQuote.ExtractMostSignificantBits();
                var breaks = isBreak.ExtractMostSignificantBits();
                if (breaks == 0)
                {
                    inQuote ^= (BitOperations.PopCount(quotes) & 1) == 1;
                    continue;
                }

                var at = BitOperations.TrailingZeroCount(breaks);
                inQuote ^= (BitOperations.PopCount(quotes & ((1UL << at) - 1)) & 1) == 1;
                return i + at;
            }
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            var quote = Vector256.Create((ushort)'"');
            var lf = Vector256.Create((ushort)'\n');
            var cr = Vector256.Create((ushort)'\r');
            for (; i + Vector256<ushort>.Count <= units.Length; i += Vector256<ushort>.Count)
            {
                var block = Vector256.LoadUnsafe(ref start, (nuint)i);
                var isQuote = Vector256.Equals(block, quote);
                var isBreak = Vector256.Equals(block, lf) | Vector256.Equals(block, cr);
                if ((isQuote | isBreak) == Vector256<ushort>.Zero)
                {
                    continue;
                }

                var quotes = isQuote.ExtractMostSignificantBits();
                var breaks = isBreak.ExtractMostSignificantBits();
                if (breaks == 0)
                {
                    inQuote ^= (BitOperations.PopCount(quotes) & 1) == 1;
                    continue;
                }

                var at = BitOperations.TrailingZeroCount(breaks);
                inQuote ^= (BitOperations.PopCount(quotes & ((1u << at) - 1)) & 1) == 1;
                return i + at;
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            var quote = Vector128.Create((ushort)'"');
            var lf = Vector128.Create((ushort)'\n');
            var cr = Vector128.Create((ushort)'\r');
            for (; i + Vector128<ushort>.Count <= units.Length; i += Vector128<ushort>.Count)
            {
                var block = Vector128.LoadUnsafe(ref start, (nuint)i);
                var quotes = Vector128.Equals(block, quote).ExtractMostSignificantBits();
                var breaks = (Vector128.Equals(block, lf) | Vector128.Equals(block, cr)).ExtractMostSignificantBits();
                if (breaks == 0)
                {
                    inQuote ^= (BitOperations.PopCount(quotes) & 1) == 1;
                    continue;
                }

                var at = BitOperations.TrailingZeroCount(breaks);
                inQuote ^= (BitOperations.PopCount(quotes & ((1u << at) - 1)) & 1) == 1;
                return i + at;
            }
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                return i;
            }

            inQuote ^= c == '"';
        }

        return -1;
    }

    /// <summary>
    /// Walks single-line records from <paramref name="from"/> (a record start) in one vector pass: each line break
    /// outside quotes ends a record (LF, CR LF and a lone CR each one). Stops at the end of the text (a CR at its very
    /// end waits for the next character), at a record over <paramref name="maxRecordLength"/>, or at a line break
    /// inside quotes (<paramref name="multiLine"/>), and returns where the last complete record ends, adding the
    /// records to <paramref name="lines"/>.
    /// </summary>
    internal static int SingleLineRecords(ReadOnlySpan<char> text, int from, int maxRecordLength, bool quotes, ref int lines, out bool multiLine)
    {
        multiLine = false;
        var units = MemoryMarshal.Cast<char, ushort>(text);
        ref var start = ref MemoryMarshal.GetReference(units);
        var recordStart = from;
        var inQuote = false;
        var skip = -1;
        var i = from;
        if (Vector256.IsHardwareAccelerated)
        {
            var quote = Vector256.Create(quotes ? (ushort)'"' : (ushort)'\n');
            var lf = Vector256.Create((ushort)'\n');
            var cr = Vector256.Create((ushort)'\r');
            for (; i + Vector256<ushort>.Count <= units.Length; i += Vector256<ushort>.Count)
            {
                var block = Vector256.LoadUnsafe(ref start, (nuint)i);
                var isBreak = Vector256.Equals(block, lf) | Vector256.Equals(block, cr);
                var isQuote = quotes ? Vector256.Equals(block, quote) : Vector256<ushort>.Zero;
                if ((isQuote | isBreak) == Vector256<ushort>.Zero)
                {
                    continue;
                }

                var quoteBits = isQuote.ExtractMostSignificantBits();
                var breakBits = isBreak.ExtractMostSignificantBits();
                while (breakBits != 0)
                {
                    var bit = BitOperations.TrailingZeroCount(breakBits);
                    breakBits &= breakBits - 1;
                    var at = i + bit;
                    if (at < skip)
                    {
                        continue;
                    }

                    if (inQuote ^ ((BitOperations.PopCount(quoteBits & ((1u << bit) - 1)) & 1) == 1))
                    {
                        multiLine = true;
                        return recordStart;
                    }

                    if (!EndRecord(text, at, maxRecordLength, ref recordStart, ref skip, ref lines))
                    {
                        return recordStart;
                    }
                }

                inQuote ^= (BitOperations.PopCount(quoteBits) & 1) == 1;
            }
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quotes && c == '"')
            {
                inQuote = !inQuote;
            }
            else if (c is '\n' or '\r' && i >= skip)
            {
                if (inQuote)
                {
                    multiLine = true;
                    return recordStart;
                }

                if (!EndRecord(text, i, maxRecordLength, ref recordStart, ref skip, ref lines))
                {
                    return recordStart;
                }
            }
        }

        return recordStart;
    }

    /// <summary>A line break outside quotes at <paramref name="at"/>: the record ends there unless it is too long or the break is a CR at the text's end.</summary>
    private static bool EndRecord(ReadOnlySpan<char> text, int at, int maxRecordLength, ref int recordStart, ref int skip, ref int lines)
    {
        var breakEnd = at + 1;
        if (text[at] == '\r')
        {
            if (at + 1 == text.Length)
            {
                return false;
            }

            breakEnd = text[at + 1] == '\n' ? at + 2 : at + 1;
            skip = breakEnd;
        }

        if (at - recordStart > maxRecordLength)
        {
            return false;
        }

        lines++;
        recordStart = breakEnd;
        return true;
    }
}
