using System;
using System.Collections.Generic;
using System.IO;
using Sitrep.Datasets.Parsing;

namespace Sitrep.Datasets.Polecat;

/// <summary>
/// Writes POLECAT rows as the public files have them: a header, tab-separated without quoting (a tab or line break
/// inside a value is written as a space and counted in <see cref="CellChanges.Flattened"/>), <c>\n</c> line ends; or
/// comma-separated with quotes where needed when the <see cref="DatasetFileStyle"/> of a comma-separated file says so.
/// The formula guard puts an apostrophe before text that starts with <c>= + - @</c>; <see cref="PolecatEventReader"/>
/// takes it off again.
/// </summary>
public static class PolecatEventWriter
{
    /// <summary>Writes records to a text writer.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="records">The records; all must have the first record's columns.</param>
    /// <param name="protectFormulas">Whether to prefix <c>'</c> to text cells that start with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR.</param>
    /// <param name="style">Separator, header spelling and line end; by default tabs, the names as given and <c>\n</c>.</param>
    /// <returns>The number of records written.</returns>
    /// <exception cref="ArgumentException">A record's columns differ from the first record's.</exception>
    public static long Write(TextWriter writer, IEnumerable<PolecatEventRecord> records, bool protectFormulas = true, DatasetFileStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return CsvText.WriteAll(records, columns => WriteHeader(writer, columns, style), record => WriteRecord(writer, record, protectFormulas, style));
    }

    /// <summary>Writes the header line.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="columns">The column names.</param>
    /// <param name="style">The file's spelling of these names, its separator and line end; by default tabs and <c>\n</c>.</param>
    public static void WriteHeader(TextWriter writer, ValueArray<string> columns, DatasetFileStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        style ??= TabSeparated;
        if (style.Separator == ',')
        {
            CsvText.WriteHeader(writer, columns, style);
            return;
        }

        CsvText.WriteUnquotedHeader(writer, columns, style, style.Separator);
    }

    /// <summary>Writes one record's fields as a line, in its own column order.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="record">The record.</param>
    /// <param name="protectFormulas">Whether to prefix <c>'</c> to text cells that start with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR.</param>
    /// <param name="style">The separator and line end; by default tabs and <c>\n</c>.</param>
    /// <returns>What was changed in the row's cells.</returns>
    public static CellChanges WriteRecord(TextWriter writer, PolecatEventRecord record, bool protectFormulas = true, DatasetFileStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
        style ??= TabSeparated;
        return style.Separator == ','
            ? new CellChanges(CsvText.WriteRow(writer, record.Values, protectFormulas, style), 0)
            : CsvText.WriteUnquotedRow(writer, record.Values, protectFormulas, style.NewLine, style.Separator);
    }

    private static DatasetFileStyle TabSeparated { get; } = new() { Separator = '\t' };
}
