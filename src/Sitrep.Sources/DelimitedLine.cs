using System;
using System.Collections.Generic;
using System.Text;

namespace Sitrep.Sources;

/// <summary>
/// Writes one record as the providers' files have it: comma-separated with RFC 4180 quoting (ACLED, UCDP), or
/// tab-separated without quoting (GDELT). For the library's own reading of API records and of a store, not for files
/// people open in a spreadsheet (those go through the dataset writers, which guard against formula injection).
/// </summary>
internal static class DelimitedLine
{
    /// <summary>Appends the fields and a line feed; returns how many lines the record takes (line ends inside quoted fields count as the readers count them).</summary>
    internal static long Append(StringBuilder text, IReadOnlyList<string> fields, char separator)
    {
        long lines = 1;
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(separator);
            }

            var field = fields[i];
            if (separator == ',' && NeedsQuotes(field, fields.Count))
            {
                lines += LineEnds(field);
                text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
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
