using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Sitrep.Datasets;
using Sitrep.Validation;

namespace Sitrep.Sources;

/// <summary>
/// Reads a provider page's data array (one JSON object per record, fields named as the provider's CSV columns) with
/// the provider's file reader: the objects are written as the CSV they would be in an export and read back, so an API
/// record gets every check a file row gets. Each element yields one row, accepted or rejected; nothing is dropped.
/// </summary>
internal static class JsonRecords
{
    /// <summary>The most distinct field names a page may have; a provider's records have a few dozen.</summary>
    internal const int MaxColumns = 1024;

    internal static ValueArray<DatasetRow<TRecord>> Read<TRecord>(
        JsonElement data,
        string pointer,
        Func<Stream, IDatasetReader<TRecord>> open,
        List<Diagnostic> pageDiagnostics)
        where TRecord : class
    {
        var count = data.GetArrayLength();
        var rows = new DatasetRow<TRecord>?[count];
        var columns = new List<string>();
        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        var tooMany = false;
        foreach (var element in data.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                rows[index] = Rejected<TRecord>(index, pointer, $"is a JSON {element.ValueKind.ToString().ToLowerInvariant()}, not a record object.", Excerpt(element));
            }
            else
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (!known.ContainsKey(property.Name))
                    {
                        if (known.Count == MaxColumns)
                        {
                            tooMany = true;
                            break;
                        }

                        known.Add(property.Name, columns.Count);
                        columns.Add(property.Name);
                    }
                }
            }

            index++;
        }

        if (tooMany)
        {
            pageDiagnostics.Add(new Diagnostic(SourceDiagnosticCodes.UnexpectedResponse, DiagnosticSeverity.Error, string.Create(CultureInfo.InvariantCulture, $"The page's records have more than {MaxColumns} distinct fields; the rest are not read.")) { Path = pointer });
        }

        // Each object becomes one CSV record; recordAt maps the line a record starts on back to its element.
        var recordAt = new Dictionary<long, int>();
        var csv = new StringBuilder();
        long line = 1 + WriteRow(csv, columns);
        var values = new string[columns.Count];
        index = 0;
        foreach (var element in data.EnumerateArray())
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                Array.Fill(values, string.Empty);
                foreach (var property in element.EnumerateObject())
                {
                    if (known.TryGetValue(property.Name, out var at))
                    {
                        values[at] = Text(property.Value);
                    }
                }

                recordAt[line] = index;
                line += WriteRow(csv, values);
            }

            index++;
        }

        if (recordAt.Count > 0)
        {
            using var reader = open(new MemoryStream(new UTF8Encoding(false).GetBytes(csv.ToString()), writable: false));
            foreach (var row in reader.ReadRows())
            {
                if (recordAt.TryGetValue(row.Line, out var element))
                {
                    rows[element] = new DatasetRow<TRecord>(element + 1, row.ValueOrNull, Relocate(row.Diagnostics, pointer, element));
                }
            }

            foreach (var diagnostic in reader.FileDiagnostics)
            {
                // The CSV is the library's own writing: its encoding and blank lines say nothing about the response.
                if (diagnostic.IsError)
                {
                    pageDiagnostics.Add(diagnostic with { Line = null, Path = pointer, Value = diagnostic.Value });
                }
            }
        }

        var result = new DatasetRow<TRecord>[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = rows[i] ?? Rejected<TRecord>(i, pointer, "could not be read as a record of the provider's layout (see the page's diagnostics).", null);
        }

        return ValueArray.Create<DatasetRow<TRecord>>(result);
    }

    private static DatasetRow<TRecord> Rejected<TRecord>(int element, string pointer, string message, string? value)
        where TRecord : class =>
        new(element + 1, null, [new Diagnostic(SourceDiagnosticCodes.UnreadableRecord, DiagnosticSeverity.Error, string.Create(CultureInfo.InvariantCulture, $"Record {element + 1} of the page ") + message) { Path = string.Create(CultureInfo.InvariantCulture, $"{pointer}/{element}"), Value = value }]);

    private static ValueArray<Diagnostic> Relocate(ValueArray<Diagnostic> diagnostics, string pointer, int element)
    {
        if (diagnostics.Count == 0)
        {
            return diagnostics;
        }

        var moved = new Diagnostic[diagnostics.Count];
        for (var i = 0; i < moved.Length; i++)
        {
            var d = diagnostics[i];
            moved[i] = d with { Line = null, Column = null, Path = string.Create(CultureInfo.InvariantCulture, $"{pointer}/{element}{d.Path}") };
        }

        return ValueArray.Create<Diagnostic>(moved);
    }

    /// <summary>A field's text as an export would have it: strings as they are, numbers as written, null empty.</summary>
    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };

    private static string Excerpt(JsonElement element)
    {
        var raw = element.GetRawText();
        return raw.Length <= 200 ? raw : string.Concat(raw.AsSpan(0, 197), "...");
    }

    private static long WriteRow(StringBuilder csv, IReadOnlyList<string> fields) => DelimitedLine.Append(csv, fields, ',');
}
