using System;
using System.Collections.Generic;
using System.Text;

namespace Sitrep.Datasets.Parsing;

/// <summary>
/// Reads one line of CSV the way a person reads a broken export: a quote that does not open a field (<c>5" mortar</c>)
/// or that closes nothing (<c>"the 5" mortar"</c>, where the inner quote is followed by neither a separator, the end
/// nor another quote) is a literal character. The strict reading (RFC 4180, which Sep follows) lets such a quote swallow
/// the separators and line breaks after it; the readers use this one only to recognise and repair those rows.
/// </summary>
internal static class LenientCsv
{
    /// <summary>The number of fields the line has when stray quotes are read as literal characters.</summary>
    internal static int FieldCount(ReadOnlySpan<char> line, char separator) => Split(line, separator, null, out _);

    /// <summary>
    /// Whether the line is a clean record of <paramref name="fields"/> fields: that many, with every quote either
    /// around a field or doubled inside one. A line inside a runaway quoted field looks like this; a line of a
    /// legitimate multi-line note almost never does.
    /// </summary>
    internal static bool IsCleanRecord(ReadOnlySpan<char> line, char separator, int fields) =>
        Split(line, separator, null, out var stray) == fields && !stray;

    /// <summary>
    /// Rewrites a line whose lenient reading has <paramref name="expectedFields"/> fields in strict CSV (each field
    /// that needs it quoted, inner quotes doubled), with where each field starts; false when the count differs.
    /// </summary>
    /// <param name="line">The line, without its line break.</param>
    /// <param name="separator">The field separator.</param>
    /// <param name="expectedFields">The layout's field count.</param>
    /// <param name="repaired">The line in strict CSV.</param>
    /// <param name="starts">Where each field starts in <paramref name="repaired"/>.</param>
    /// <param name="strayField">The first field that held a stray quote.</param>
    internal static bool TryRepair(ReadOnlySpan<char> line, char separator, int expectedFields, out string repaired, out int[] starts, out int strayField)
    {
        repaired = string.Empty;
        starts = [];
        strayField = -1;
        if (FieldCount(line, separator) != expectedFields)
        {
            return false;
        }

        var fields = new List<string>(expectedFields);
        strayField = Split(line, separator, fields, out _);
        var text = new StringBuilder(line.Length + 16);
        starts = new int[fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(separator);
            }

            starts[i] = text.Length;
            var field = fields[i];
            if (field.AsSpan().IndexOfAny(separator, '"') < 0 && field.AsSpan().IndexOfAny('\n', '\r') < 0)
            {
                text.Append(field);
            }
            else
            {
                text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
        }

        repaired = text.ToString();
        return true;
    }

    /// <summary>
    /// The index after the closing quote of the quoted field that opens at <paramref name="open"/>: a quote followed by
    /// the separator or the end of the line (a doubled quote is an escaped one). -1 when no quote closes it.
    /// </summary>
    private static int QuotedFieldEnd(ReadOnlySpan<char> line, int open, char separator)
    {
        for (var j = open + 1; j < line.Length; j++)
        {
            if (line[j] != '"')
            {
                continue;
            }

            if (j + 1 < line.Length && line[j + 1] == '"')
            {
                j++;
            }
            else if (j + 1 == line.Length || line[j + 1] == separator)
            {
                return j + 1;
            }
        }

        return -1;
    }

    /// <summary>Splits the line leniently; returns the field count, or with <paramref name="fields"/> the first field with a stray quote (-1 for none).</summary>
    private static int Split(ReadOnlySpan<char> line, char separator, List<string>? fields, out bool stray)
    {
        stray = false;
        var firstStray = -1;
        var count = 0;
        var i = 0;
        var value = fields is null ? null : new StringBuilder();
        while (true)
        {
            count++;
            value?.Clear();
            var quotedEnd = i < line.Length && line[i] == '"' ? QuotedFieldEnd(line, i, separator) : -1;
            if (quotedEnd >= 0)
            {
                for (var j = i + 1; j < quotedEnd - 1; j++)
                {
                    var c = line[j];
                    if (c == '"')
                    {
                        if (line[j + 1] == '"')
                        {
                            j++;
                        }
                        else
                        {
                            stray = true;
                        }
                    }

                    value?.Append(c);
                }

                i = quotedEnd;
            }
            else
            {
                // Not quoted, or a quote that opens a field and never closes it on the line: read to the separator,
                // quotes as characters.
                var rest = line[i..];
                var next = rest.IndexOf(separator);
                var field = next < 0 ? rest : rest[..next];
                stray |= field.Contains('"');
                value?.Append(field);
                i += field.Length;
            }

            fields?.Add(value!.ToString());
            if (stray && firstStray < 0)
            {
                firstStray = count - 1;
            }

            if (i >= line.Length)
            {
                return fields is null ? count : firstStray;
            }

            i++;
        }
    }
}
