using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Sitrep.Datasets.Parsing;
using Sitrep.Validation;

namespace Sitrep.Datasets.Polecat;

/// <summary>
/// Reads POLECAT event files: tab-separated (or comma-separated) with a header, columns found by name in any case,
/// <c>Intensity</c> accepted for <c>Event Intensity</c>, <c>None</c> read as missing, excess trailing tabs and excess
/// header names tolerated (reported once, nothing with content dropped), Windows-1252 detected. Every data row
/// yields a <see cref="DatasetRow{TRecord}"/>, accepted or rejected with diagnostics.
/// </summary>
public sealed class PolecatEventReader : DatasetReader<PolecatEventRecord>
{
    private static readonly FieldCheck[] FieldChecks =
    [
        new("Event ID", FieldKind.Text, Required: true),
        new("Event Date", FieldKind.IsoDate, Required: true),
        new("Event Type", FieldKind.Text, Required: true),
        new("Event Intensity", FieldKind.Decimal, Min: -10, Max: 10),
        new("Intensity", FieldKind.Decimal, Min: -10, Max: 10),
        new("Latitude", FieldKind.Latitude),
        new("Longitude", FieldKind.Longitude),
    ];

    private PolecatEventReader(Stream stream, DatasetReaderOptions? options, char separator)
        : base(stream, options, separator, quotes: separator == ',')
    {
        Separator = separator;
    }

    /// <summary>Gets the field separator the reader was opened with.</summary>
    public char Separator { get; }

    /// <summary>Gets the columns the file has that the 40-column list does not name (<c>Headline</c>), kept as extra columns.</summary>
    public ValueArray<string> ExtraColumns { get; private set; }

    /// <inheritdoc />
    public override string? LayoutDescription => Columns is { Count: > 0 } c
        ? $"POLECAT ({c.Count} columns, {(Separator == '\t' ? "tab" : "comma")}-separated), {EncodingName}"
        : null;

    private ValueArray<string> Columns { get; set; }

    private protected override string? IdColumn => "Event ID";

    private protected override IReadOnlyList<FieldCheck> Checks => FieldChecks;

    private protected override bool ToleratesRaggedTail => true;

    private protected override string? MissingMarker => "None";

    /// <summary>Opens a reader over a stream; the stream is disposed with the reader.</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="options">Encoding, fail-fast and limits, or <see langword="null"/> for the defaults.</param>
    /// <param name="separator">The field separator: tab (the public files) or comma.</param>
    /// <returns>The reader; enumerate <see cref="DatasetReader{TRecord}.ReadRows"/>.</returns>
    public static PolecatEventReader Open(Stream stream, DatasetReaderOptions? options = null, char separator = '\t') => new(stream, options, separator);

    /// <summary>Opens a reader over a file; a <c>.csv</c> file is read comma-separated, anything else tab-separated.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Encoding, fail-fast and limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The reader; enumerate <see cref="DatasetReader{TRecord}.ReadRows"/>.</returns>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static PolecatEventReader OpenFile(string path, DatasetReaderOptions? options = null) =>
        new(OpenRead(path), options, path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ',' : '\t');

    private protected override PolecatEventRecord CreateRecord(ValueArray<string> columns, ValueArray<string> values, ColumnIndex index) =>
        new(columns, values, index);

    private protected override PolecatEventRecord CreateRecord(ValueArray<string> columns, RawRow row, ColumnIndex index) =>
        new(columns, row, index);

    private protected override bool TryLayout(string[] firstRow, List<Diagnostic> fileDiagnostics, out ValueArray<string> columns, out bool isHeader)
    {
        // Trailing separators give empty header names; they are not columns.
        var count = firstRow.Length;
        while (count > 0 && string.IsNullOrWhiteSpace(firstRow[count - 1]))
        {
            count--;
        }

        var names = firstRow.Take(count).Select(f => f.Trim()).ToArray();
        columns = ValueArray.Create<string>(names);
        isHeader = true;
        var missing = PolecatColumns.Required.Where(r => !names.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            fileDiagnostics.Add(new Diagnostic(
                DatasetDiagnosticCodes.UnrecognisedLayout,
                DiagnosticSeverity.Error,
                $"The header lacks required POLECAT columns: {string.Join(", ", missing)} (POLECAT files have a header row; separator '{(Separator == '\t' ? "\\t" : Separator)}').")
            {
                Line = 1,
                Value = Shorten(string.Join(Separator, firstRow)),
            });
            return false;
        }

        ExtraColumns = ValueArray.From(names.Where(n => !PolecatColumns.Standard.Contains(n, StringComparer.OrdinalIgnoreCase) && !n.Equals("Intensity", StringComparison.OrdinalIgnoreCase)));
        Columns = columns;
        return true;
    }
}
