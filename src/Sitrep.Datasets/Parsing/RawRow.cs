using System;

namespace Sitrep.Datasets.Parsing;

/// <summary>
/// A row's text as the file has it (quotes included), with where each field starts; fields are contiguous, one
/// separator apart. Field strings are made on demand, unescaped as RFC 4180 says.
/// </summary>
internal sealed class RawRow(string text, int[] starts, bool quoted)
{
    internal int Count => starts.Length;

    /// <summary>The field's raw text: from its start to the separator before the next field, or to the end.</summary>
    internal ReadOnlySpan<char> RawSpan(int i)
    {
        var start = starts[i];
        var end = i + 1 < starts.Length ? starts[i + 1] - 1 : text.Length;
        return text.AsSpan(start, end - start);
    }

    /// <summary>The field without the quotes around it (an escaped quote inside stays doubled).</summary>
    internal ReadOnlySpan<char> Span(int i)
    {
        var span = RawSpan(i);
        return quoted && span.Length >= 2 && span[0] == '"' && span[^1] == '"' ? span[1..^1] : span;
    }

    /// <summary>The field's value: quotes removed and doubled quotes made single, as RFC 4180 says.</summary>
    internal string Field(int i)
    {
        var span = RawSpan(i);
        if (!quoted)
        {
            // A format without quoting carries the formula guard's apostrophe bare: taken off as from a quoted field.
            return span.IsEmpty ? string.Empty : span[0] == '\'' && CsvText.LooksGuarded(span) ? new string(span[1..]) : new string(span);
        }

        if (span.IndexOf('"') < 0)
        {
            return span.IsEmpty ? string.Empty : new string(span);
        }

        return CsvText.Unescape(span);
    }
}
