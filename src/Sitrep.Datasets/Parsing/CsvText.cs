using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Sitrep.Datasets.Parsing;

/// <summary>Writes CSV fields: quoted only when needed, and protected against spreadsheet formula injection.</summary>
internal static class CsvText
{
    /// <summary>Writes records of one column list: the header once (by <paramref name="header"/>), then each row; a record with other columns is refused.</summary>
    internal static long WriteAll<TRecord>(IEnumerable<TRecord> records, Action<ValueArray<string>> header, Action<TRecord> row)
        where TRecord : DatasetRecord
    {
        ArgumentNullException.ThrowIfNull(records);
        ValueArray<string>? columns = null;
        long count = 0;
        foreach (var record in records)
        {
            if (columns is null)
            {
                columns = record.Columns;
                header(record.Columns);
            }
            else if (record.Columns != columns.Value)
            {
                throw new ArgumentException($"Record {count} has other columns than the first record.", nameof(records));
            }

            row(record);
            count++;
        }

        return count;
    }

    /// <summary>
    /// A field's value: a field in quotes (RFC 4180) loses the quotes around it and each doubled quote inside becomes
    /// one, and an apostrophe before <c>= + - @</c>, a tab, a CR or another apostrophe is the formula guard's and is
    /// dropped (spreadsheet-safe exports, Sitrep's included, add it); a quote inside it that is neither doubled nor the closing one (<c>"the "Shafaq" News"</c>, a broken export)
    /// is kept as a character, never dropped. A field that is not in quotes is returned as it is, quotes included.
    /// </summary>
    internal static string Unescape(ReadOnlySpan<char> field)
    {
        if (field.Length < 2 || field[0] != '"' || field[^1] != '"')
        {
            return new string(field);
        }

        var inner = field[1..^1];

        // The formula guard's apostrophe (always in a quoted field): before a formula character, or doubling one.
        if (LooksGuarded(inner))
        {
            inner = inner[1..];
        }

        if (inner.IndexOf('"') < 0)
        {
            return new string(inner);
        }

        var buffer = inner.Length <= 512 ? stackalloc char[inner.Length] : new char[inner.Length];
        var written = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            buffer[written++] = inner[i];
            if (inner[i] == '"' && i + 1 < inner.Length && inner[i + 1] == '"')
            {
                i++;
            }
        }

        return new string(buffer[..written]);
    }

    /// <summary>A header line in the style's spelling (nothing for a style without a header).</summary>
    internal static void WriteHeader(TextWriter writer, ValueArray<string> columns, DatasetFileStyle? style)
    {
        style ??= DatasetFileStyle.Default;
        if (!style.HasHeader)
        {
            return;
        }

        for (var i = 0; i < columns.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            WriteField(writer, style.HeaderName(columns, i), protectFormulas: false, style.QuotedHeader);
        }

        writer.Write(style.NewLine);
    }

    /// <summary>
    /// A row of a format without quoting (GDELT, tab-separated POLECAT): a tab or line break inside a value cannot be
    /// written, so it becomes a space (counted); the formula guard's apostrophe goes before the value, unquoted, and
    /// the readers of these formats take it off.
    /// </summary>
    internal static CellChanges WriteUnquotedRow(TextWriter writer, ValueArray<string> fields, bool protectFormulas, string newLine, char separator)
    {
        var guarded = 0;
        var flattened = 0;
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(separator);
            }

            var field = fields[i] ?? string.Empty;
            if (field.AsSpan().IndexOfAny(separator, '\r', '\n') >= 0)
            {
                field = field.Replace(separator, ' ').Replace('\r', ' ').Replace('\n', ' ');
                flattened++;
            }

            if (protectFormulas ? NeedsFormulaGuard(field) : LooksGuarded(field))
            {
                writer.Write('\'');
                guarded++;
            }

            writer.Write(field);
        }

        writer.Write(newLine);
        return new CellChanges(guarded, flattened);
    }

    /// <summary>A header line of a format without quoting, in the style's spelling of the names.</summary>
    internal static void WriteUnquotedHeader(TextWriter writer, ValueArray<string> columns, DatasetFileStyle style, char separator)
    {
        var names = new string[columns.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = style.HeaderName(columns, i);
        }

        WriteUnquotedRow(writer, ValueArray.Create<string>(names), protectFormulas: false, style.NewLine, separator);
    }

    internal static int WriteRow(TextWriter writer, ValueArray<string> fields, bool protectFormulas, DatasetFileStyle? style)
    {
        style ??= DatasetFileStyle.Default;
        var quoted = style.QuotedColumns;
        if (quoted.Count != fields.Count)
        {
            return WriteRow(writer, fields, protectFormulas, style.NewLine);
        }

        var guarded = 0;

        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            var field = fields[i] ?? string.Empty;
            // R writes a missing value as a bare NA (or nothing) even in a quoted column.
            guarded += WriteField(writer, field, protectFormulas, quoted[i] && field.Length > 0 && field != "NA") ? 1 : 0;
        }

        writer.Write(style.NewLine);
        return guarded;
    }

    internal static int WriteRow(TextWriter writer, ValueArray<string> fields, bool protectFormulas, string newLine = "\n")
    {
        var guarded = 0;
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            guarded += WriteField(writer, fields[i] ?? string.Empty, protectFormulas) ? 1 : 0;
        }

        writer.Write(newLine);
        return guarded;
    }

    internal static bool WriteField(TextWriter writer, string field, bool protectFormulas, bool alwaysQuote = false)
    {
        // OWASP's advice for CSV injection: a leading apostrophe makes spreadsheets show the text instead of running
        // it. A value that starts with an apostrophe of its own gets one more, so that reading strips exactly the one
        // the guard added (Unescape) and every string comes back as it was.
        // Without the guard, a value that would read as guarded (an apostrophe before a formula character or another
        // apostrophe) still gets one, so the round trip is exact either way.
        var guarded = protectFormulas ? NeedsFormulaGuard(field) : LooksGuarded(field);
        var quote = guarded || alwaysQuote || field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (field.Length > 0 && (field[0] == ' ' || field[^1] == ' '));
        if (!quote)
        {
            writer.Write(field);
            return false;
        }

        writer.Write('"');
        if (guarded)
        {
            writer.Write('\'');
        }

        writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
        return guarded;
    }

    internal static bool NeedsFormulaGuard(string field) =>
        field.Length > 0 && (field[0] == '\'' || (IsFormulaStart(field[0]) && !double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _)));

    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    internal static bool LooksGuarded(ReadOnlySpan<char> value) => value.Length >= 2 && value[0] == '\'' && (IsFormulaStart(value[1]) || value[1] == '\'');
}
