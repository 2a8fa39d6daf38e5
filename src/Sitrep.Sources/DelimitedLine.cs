using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Sitrep.Datasets.Parsing;

namespace Sitrep.Sources;

/// <summary>
/// Writes one record as the providers' files have it: comma-separated, each field as the dataset writers write it
/// (<see cref="CsvText.WriteField"/>: RFC 4180 quoting, and the extra apostrophe before a value that would otherwise
/// read as formula-guarded, so the readers give every value back exactly), or tab-separated without quoting (GDELT).
/// For the library's own reading of API records and of a store: no formula guard is added.
/// </summary>
internal static class DelimitedLine
{
    /// <summary>Appends the fields and a line feed; returns how many lines the record takes (line ends inside quoted fields count as the readers count them).</summary>
    internal static long Append(StringBuilder text, IReadOnlyList<string> fields, char separator)
    {
        long lines = 1;
        using var writer = separator == ',' ? new StringWriter(text, CultureInfo.InvariantCulture) : null;
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(separator);
            }

            var field = fields[i];
            if (writer is not null)
            {
                lines += LineEnds(field);
                CsvText.WriteField(writer, field, protectFormulas: false, alwaysQuote: NeedsQuotes(field, fields.Count));
            }
            else
            {
                text.Append(field);
            }
        }

        text.Append('\n');
        return lines;
    }

    // A lone empty field is quoted so that its line is not blank (blank lines are skipped, not read as records).
    private static bool NeedsQuotes(string field, int count) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0
        || (field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])))
        || (field.Length == 0 && count == 1);

    /// <summary>Counts line ends as the readers do: <c>\r\n</c>, <c>\n</c> and a lone <c>\r</c> each end a line.</summary>
    private static long LineEnds(string field)
    {
        long ends = 0;
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\n' || (field[i] == '\r' && (i + 1 == field.Length || field[i + 1] != '\n')))
            {
                ends++;
            }
        }

        return ends;
    }
}
