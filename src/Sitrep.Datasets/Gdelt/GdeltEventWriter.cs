using System;
using System.Collections.Generic;
using System.IO;
using Sitrep.Datasets.Parsing;

namespace Sitrep.Datasets.Gdelt;

/// <summary>
/// Writes GDELT event rows as GDELT publishes them: tab-separated, no quoting, no header (unless a
/// <see cref="DatasetFileStyle"/> read from a file with one says so), <c>\n</c> line ends. GDELT has no way to quote
/// a tab or a line break inside a value: such a value is written with spaces instead and counted
/// (<see cref="CellChanges.Flattened"/>). The formula guard puts a bare apostrophe before text that starts with
/// <c>= + - @</c>; <see cref="GdeltEventReader"/> takes it off again.
/// </summary>
public static class GdeltEventWriter
{
    /// <summary>Writes records to a text writer.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="records">The records; all must have the first record's columns.</param>
    /// <param name="protectFormulas">Whether to prefix <c>'</c> to text cells that start with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR.</param>
    /// <param name="style">Header (only when the style has one), header spelling and line end; by default none and <c>\n</c>.</param>
    /// <returns>The number of records written.</returns>
    /// <exception cref="ArgumentException">A record's columns differ from the first record's.</exception>
    public static long Write(TextWriter writer, IEnumerable<GdeltEventRecord> records, bool protectFormulas = true, DatasetFileStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return CsvText.WriteAll(records, columns => WriteHeader(writer, columns, style), record => WriteRecord(writer, record, protectFormulas, style));
    }

    /// <summary>Writes a header line when <paramref name="style"/> has one (a file read with a header); GDELT's own files have none.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="columns">The column names.</param>
    /// <param name="style">The file's style; nothing is written without one that has a header.</param>
    public static void WriteHeader(TextWriter writer, ValueArray<string> columns, DatasetFileStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (style is not { HasHeader: true } || style.Header.Count == 0)
        {
            return;
        }

        CsvText.WriteUnquotedHeader(writer, columns, style, '\t');
    }

    /// <summary>Writes one record's fields as a line, tab-separated, in its own column order.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="record">The record.</param>
    /// <param name="protectFormulas">Whether to prefix <c>'</c> to text cells that start with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR.</param>
    /// <param name="style">The line end; by default <c>\n</c>.</param>
    /// <returns>What was changed in the row's cells.</returns>
    public static CellChanges WriteRecord(TextWriter writer, GdeltEventRecord record, bool protectFormulas = true, DatasetFileStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
        return CsvText.WriteUnquotedRow(writer, record.Values, protectFormulas, (style ?? DatasetFileStyle.Default).NewLine, '\t');
    }
}
