using System;
using System.Collections.Generic;
using System.IO;
using Sitrep.Datasets.Parsing;

namespace Sitrep.Datasets;

/// <summary>
/// Writes the comma-separated formats, ACLED and UCDP GED records (or any <see cref="DatasetRecord"/> read from a CSV
/// file), with the columns they were read with (the layout is kept, extra columns included), fields quoted only when
/// they must be (RFC 4180), <c>\n</c> line ends unless a <see cref="DatasetFileStyle"/> says otherwise. Text cells are
/// protected against spreadsheet formula injection unless the caller turns that off; numbers are never touched.
/// The tab-separated formats have their own writers (<see cref="Gdelt.GdeltEventWriter"/>, <see cref="Polecat.PolecatEventWriter"/>).
/// </summary>
public static class DatasetCsvWriter
{
    /// <summary>Writes records to a text writer: a header with the first record's columns, then one line per record.</summary>
    /// <typeparam name="TRecord">The record type, such as <see cref="Acled.AcledEventRecord"/> or <see cref="Ucdp.UcdpGedRecord"/>.</typeparam>
    /// <param name="writer">The output.</param>
    /// <param name="records">The records; all must have the first record's columns.</param>
    /// <param name="protectFormulas">Whether to prefix <c>'</c> to text cells that start with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR.</param>
    /// <param name="style">The header spelling, line end and header presence to write (a reader's <see cref="DatasetReader{TRecord}.Style"/> to write a file back the way it came); by default the format's own header and <c>\n</c>. The encoding is the writer's.</param>
    /// <returns>The number of records written.</returns>
    /// <exception cref="ArgumentException">A record's columns differ from the first record's.</exception>
    public static long Write<TRecord>(TextWriter writer, IEnumerable<TRecord> records, bool protectFormulas = true, DatasetFileStyle? style = null)
        where TRecord : DatasetRecord
    {
        ArgumentNullException.ThrowIfNull(writer);
        return CsvText.WriteAll(records, columns => WriteHeader(writer, columns, style), record => WriteRecord(writer, record, protectFormulas, style));
    }

    /// <summary>Writes a header line, for writing rows one at a time with <see cref="WriteRecord"/>.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="columns">The column names.</param>
    /// <param name="style">The file's spelling of these names, its line end, and whether it has a header at all; by default the names as given and <c>\n</c>.</param>
    public static void WriteHeader(TextWriter writer, ValueArray<string> columns, DatasetFileStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        CsvText.WriteHeader(writer, columns, style);
    }

    /// <summary>Writes one record's fields as a line, in its own column order; pair it with <see cref="WriteHeader"/>.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="record">The record.</param>
    /// <param name="protectFormulas">Whether to prefix <c>'</c> to text cells that start with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR.</param>
    /// <param name="style">The line end and the columns always quoted; by default <c>\n</c>, and quotes only where needed.</param>
    /// <returns>What was changed in the row's cells: those the formula guard prefixed (quoting keeps every other value as it is).</returns>
    public static CellChanges WriteRecord(TextWriter writer, DatasetRecord record, bool protectFormulas = true, DatasetFileStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
        return new CellChanges(CsvText.WriteRow(writer, record.Values, protectFormulas, style), 0);
    }
}
