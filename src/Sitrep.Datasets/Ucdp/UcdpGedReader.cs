using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using nietras.SeparatedValues;
using Sitrep.Datasets.Text;
using Sitrep.Validation;

namespace Sitrep.Datasets.Ucdp;

/// <summary>
/// Reads UCDP GED CSV files (GED 20.1+ with 49 columns, 18.1/19.1 with 42, with or without a header), row by row in
/// constant memory, on Sep. Columns are found by name whatever their case; extra columns are kept. Every data row
/// yields a <see cref="DatasetRow{TRecord}"/>, accepted or rejected with diagnostics naming the line, the column and
/// the raw value; reading never throws for bad content.
/// </summary>
public sealed class UcdpGedReader : IDisposable
{
    private static readonly (string Column, FieldKind Kind, bool Required, long Min, long Max)[] Checks =
    [
        ("id", FieldKind.Integer, true, 0, long.MaxValue),
        ("year", FieldKind.Integer, true, 1, 9998),
        ("active_year", FieldKind.Boolean, false, 0, 0),
        ("type_of_violence", FieldKind.Integer, true, 1, 3),
        ("number_of_sources", FieldKind.Integer, false, -1, long.MaxValue),
        ("where_prec", FieldKind.Integer, false, 1, 7),
        ("latitude", FieldKind.Latitude, false, 0, 0),
        ("longitude", FieldKind.Longitude, false, 0, 0),
        ("priogrid_gid", FieldKind.Integer, false, long.MinValue, long.MaxValue),
        ("country_id", FieldKind.Integer, false, 0, long.MaxValue),
        ("event_clarity", FieldKind.Integer, false, 1, 2),
        ("date_prec", FieldKind.Integer, false, 1, 5),
        ("date_start", FieldKind.Date, true, 0, 0),
        ("date_end", FieldKind.Date, true, 0, 0),
        ("deaths_a", FieldKind.Integer, false, 0, long.MaxValue),
        ("deaths_b", FieldKind.Integer, false, 0, long.MaxValue),
        ("deaths_civilians", FieldKind.Integer, false, 0, long.MaxValue),
        ("deaths_unknown", FieldKind.Integer, false, 0, long.MaxValue),
        ("best", FieldKind.Integer, true, 0, long.MaxValue),
        ("low", FieldKind.Integer, true, 0, long.MaxValue),
        ("high", FieldKind.Integer, true, 0, long.MaxValue),
    ];

    private readonly DecodingTextReader text;
    private readonly SepReader sep;
    private readonly DatasetReaderOptions options;
    private readonly List<Diagnostic> fileDiagnostics = [];
    private readonly List<Diagnostic> rowDiagnostics = [];
    private int[] checkIndices = [];
    private bool started;
    private long read;
    private long accepted;

    private UcdpGedReader(Stream stream, DatasetReaderOptions options)
    {
        this.options = options;
        text = new DecodingTextReader(stream, options.Encoding);
        if (text.DetectedFallbackAt is { } offset)
        {
            fileDiagnostics.Add(new Diagnostic(
                DatasetDiagnosticCodes.EncodingDetected,
                DiagnosticSeverity.Warning,
                $"The file is not UTF-8 (invalid byte at offset {offset}); it was decoded as Windows-1252. Declare the encoding if that is wrong."));
        }
        else if (options.Encoding == DatasetEncoding.Windows1252)
        {
            fileDiagnostics.Add(new Diagnostic(DatasetDiagnosticCodes.EncodingDetected, DiagnosticSeverity.Info, "Decoded as Windows-1252, as declared."));
        }

        // Pooling strings per column: codes, names and dates repeat down a column, so most fields reuse a string.
        sep = Sep.New(',').Reader(o => o with
        {
            HasHeader = false,
            Unescape = true,
            DisableColCountCheck = true,
            DisableFastFloat = true,
            CreateToString = SepToString.PoolPerCol(maximumStringLength: 64),
        }).From(text);
    }

    /// <summary>Gets the layout found, or <see langword="null"/> before reading starts or when the file is not UCDP GED.</summary>
    public UcdpGedFileLayout? Layout { get; private set; }

    /// <summary>Gets diagnostics about the whole file (encoding, header), as found so far.</summary>
    public ValueArray<Diagnostic> FileDiagnostics => ValueArray.From(fileDiagnostics);

    /// <summary>Gets how many data rows were read, accepted and rejected so far.</summary>
    public DatasetReadCounts Counts => new(read, accepted, read - accepted);

    /// <summary>Opens a reader over a stream; the stream is disposed with the reader.</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="options">Encoding, fail-fast and limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The reader; enumerate <see cref="ReadRows"/>.</returns>
    public static UcdpGedReader Open(Stream stream, DatasetReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new UcdpGedReader(stream, options ?? DatasetReaderOptions.Default);
    }

    /// <summary>Opens a reader over a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Encoding, fail-fast and limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The reader; enumerate <see cref="ReadRows"/>.</returns>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static UcdpGedReader OpenFile(string path, DatasetReaderOptions? options = null) =>
        Open(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024), options);

    /// <summary>Reads the data rows, one result per row; can be enumerated once.</summary>
    /// <returns>The rows, in file order.</returns>
    /// <exception cref="InvalidOperationException">The rows were already enumerated.</exception>
    public IEnumerable<DatasetRow<UcdpGedRecord>> ReadRows()
    {
        if (started)
        {
            throw new InvalidOperationException("A reader's rows can be enumerated once.");
        }

        started = true;
        return Rows();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        sep.Dispose();
        text.Dispose();
    }

    private IEnumerable<DatasetRow<UcdpGedRecord>> Rows()
    {
        ValueArray<string> columns = default;
        UcdpGedColumnIndex? index = null;
        var first = true;
        foreach (var row in sep)
        {
            if (first)
            {
                first = false;
                var fields = Fields(row);
                if (!TryLayout(fields, out var layout, out var isHeader))
                {
                    yield break;
                }

                columns = layout.Columns;
                index = UcdpGedColumnIndex.For(columns);
                checkIndices = Array.ConvertAll(Checks, c => IndexOf(columns, c.Column));
                Layout = layout;
                if (isHeader)
                {
                    continue;
                }
            }

            var result = ReadRow(row, columns, index!);
            read++;
            if (result.IsAccepted)
            {
                accepted++;
            }

            yield return result;
            if (!result.IsAccepted && options.FailFast)
            {
                yield break;
            }
        }
    }

    private DatasetRow<UcdpGedRecord> ReadRow(SepReader.Row row, ValueArray<string> columns, UcdpGedColumnIndex index)
    {
        // Sep 0.17 reports the first row's LineNumberFrom one too high; the end and the row's own line breaks are exact.
        var line = (long)row.LineNumberToExcl - 1 - row.Span.Count('\n');
        // One list per reader, cleared per row: most rows have no diagnostics and should allocate none.
        var diagnostics = rowDiagnostics;
        diagnostics.Clear();
        foreach (var (badLine, offset) in text.InvalidSequences)
        {
            if (badLine >= line && badLine < row.LineNumberToExcl)
            {
                diagnostics.Add(Error(DatasetDiagnosticCodes.InvalidUtf8, line, null, $"Invalid UTF-8 at byte offset {offset}; the row is rejected rather than decoded with replacement characters.", null));
            }
        }

        if (CountQuotes(row.Span) % 2 == 1)
        {
            diagnostics.Add(Error(DatasetDiagnosticCodes.UnterminatedQuote, line, null, "A quoted field is not closed before the end of the file; the file may be truncated.", Shorten(row.Span.ToString())));
        }
        else if (row.ColCount != columns.Count)
        {
            diagnostics.Add(Error(DatasetDiagnosticCodes.ColumnCountMismatch, line, null, $"The row has {row.ColCount} fields; the header has {columns.Count}.", Shorten(row.Span.ToString())));
        }

        if (diagnostics.Count > 0)
        {
            return new DatasetRow<UcdpGedRecord>(line, null, Snapshot(diagnostics));
        }

        var values = ImmutableArray.CreateBuilder<string>(row.ColCount);
        for (var i = 0; i < row.ColCount; i++)
        {
            var span = row[i].Span;
            if (span.Length > options.MaxFieldLength)
            {
                diagnostics.Add(Error(DatasetDiagnosticCodes.FieldTooLong, line, columns[i], $"The field '{columns[i]}' is {span.Length} characters long; the limit is {options.MaxFieldLength}.", Shorten(span.ToString())));
                values.Add(string.Empty);
            }
            else
            {
                values.Add(row[i].ToString());
            }
        }

        var record = new UcdpGedRecord(columns, new ValueArray<string>(values.MoveToImmutable()), index!);
        if (diagnostics.Count == 0)
        {
            CheckFields(record, line, diagnostics);
        }

        var rejected = diagnostics.Exists(d => d.IsError);
        if (!rejected)
        {
            CheckInvariants(record, line, diagnostics);
        }

        return new DatasetRow<UcdpGedRecord>(line, rejected ? null : record, Snapshot(diagnostics));
    }

    private static ValueArray<Diagnostic> Snapshot(List<Diagnostic> diagnostics) =>
        diagnostics.Count == 0 ? default : ValueArray.From(diagnostics);

    private void CheckFields(UcdpGedRecord record, long line, List<Diagnostic> diagnostics)
    {
        for (var c = 0; c < Checks.Length; c++)
        {
            var index = checkIndices[c];
            if (index < 0)
            {
                continue;
            }

            var (column, kind, required, min, max) = Checks[c];
            var value = record.Values[index];
            if (UcdpGedFields.IsMissing(value))
            {
                if (required)
                {
                    diagnostics.Add(Error(DatasetDiagnosticCodes.MissingValue, line, column, $"The required field '{column}' is empty.", value));
                }

                continue;
            }

            var problem = kind switch
            {
                FieldKind.Integer => !UcdpGedFields.TryLong(value, out var n) ? "is not an integer"
                    : n < min || n > max ? string.Create(CultureInfo.InvariantCulture, $"is outside {min}..{max}") : null,
                FieldKind.Boolean => UcdpGedFields.TryBoolean(value, out _) ? null : "is not TRUE, FALSE, 1 or 0",
                FieldKind.Date => UcdpGedFields.TryDate(value, out _) ? null : "is not a date that exists (YYYY-MM-DD)",
                FieldKind.Latitude => UcdpGedFields.TryDouble(value, out var lat) && lat is >= -90 and <= 90 ? null : "is not a latitude (-90 to 90)",
                _ => UcdpGedFields.TryDouble(value, out var lon) && lon is >= -180 and <= 180 ? null : "is not a longitude (-180 to 180)",
            };
            if (problem is not null)
            {
                diagnostics.Add(Error(DatasetDiagnosticCodes.InvalidField, line, column, $"The field '{column}' {problem}.", value));
            }
        }

        if (diagnostics.Count == 0 && record.DateEnd < record.DateStart)
        {
            diagnostics.Add(Error(DatasetDiagnosticCodes.InvalidField, line, "date_end", "date_end is before date_start.", record["date_end"]));
        }
    }

    private static void CheckInvariants(UcdpGedRecord record, long line, List<Diagnostic> diagnostics)
    {
        long low = record.Low, best = record.Best, high = record.High;
        if (low > best || best > high)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.EstimateOutOfOrder,
                DiagnosticSeverity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"low {low}, best {best}, high {high} are not in order; kept as published (about 1% of GED rows)."))
            {
                Line = line,
                Path = "/best",
                Value = string.Create(CultureInfo.InvariantCulture, $"{low}/{best}/{high}"),
            });
        }

        if (record.DeathsA is { } a && record.DeathsB is { } b && record.DeathsCivilians is { } civilians && record.DeathsUnknown is { } unknown
            && a + b + civilians + unknown != best)
        {
            diagnostics.Add(new Diagnostic(
                DatasetDiagnosticCodes.DeathsSumMismatch,
                DiagnosticSeverity.Error,
                string.Create(CultureInfo.InvariantCulture, $"best is {best} but deaths_a + deaths_b + deaths_civilians + deaths_unknown = {a + b + civilians + unknown}; kept as given."))
            {
                Line = line,
                Path = "/best",
                Value = record["best"],
            });
        }
    }

    private bool TryLayout(string[] fields, out UcdpGedFileLayout layout, out bool isHeader)
    {
        layout = null!;
        var normalised = Array.ConvertAll(fields, f => f.Trim().ToLowerInvariant());
        var known = 0;
        foreach (var name in normalised)
        {
            if (UcdpGedColumns.Known.Contains(name))
            {
                known++;
            }
        }

        isHeader = known * 2 >= Math.Max(1, UcdpGedColumns.Required.Count);
        if (isHeader)
        {
            var missing = new List<string>();
            foreach (var required in UcdpGedColumns.Required)
            {
                if (Array.IndexOf(normalised, required) < 0)
                {
                    missing.Add(required);
                }
            }

            if (missing.Count > 0)
            {
                fileDiagnostics.Add(new Diagnostic(DatasetDiagnosticCodes.UnrecognisedLayout, DiagnosticSeverity.Error, "The header lacks required UCDP GED columns: " + string.Join(", ", missing) + ".") { Line = 1 });
                return false;
            }

            var is49 = Array.IndexOf(normalised, "relid") >= 0 || Array.IndexOf(normalised, "where_description") >= 0;
            layout = new UcdpGedFileLayout(is49 ? UcdpGedLayout.Ged49 : UcdpGedLayout.Ged42, true, ValueArray.Create<string>(normalised), text.EncodingName);
            return true;
        }

        if (fields.Length is 49 or 42)
        {
            var columns = fields.Length == 49 ? UcdpGedColumns.Ged49 : UcdpGedColumns.Ged42;
            layout = new UcdpGedFileLayout(fields.Length == 49 ? UcdpGedLayout.Ged49 : UcdpGedLayout.Ged42, false, columns, text.EncodingName);
            fileDiagnostics.Add(new Diagnostic(DatasetDiagnosticCodes.HeaderlessFile, DiagnosticSeverity.Info, $"The file has no header; its {fields.Length} columns were read as {layout}.") { Line = 1 });
            return true;
        }

        fileDiagnostics.Add(new Diagnostic(DatasetDiagnosticCodes.UnrecognisedLayout, DiagnosticSeverity.Error, $"The first row is neither a UCDP GED header nor a header-less row of 49 or 42 fields (it has {fields.Length}).") { Line = 1, Value = Shorten(string.Join(",", fields)) });
        return false;
    }

    private static string[] Fields(SepReader.Row row)
    {
        var fields = new string[row.ColCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = row[i].ToString();
        }

        return fields;
    }

    private static int IndexOf(ValueArray<string> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == name)
            {
                return i;
            }
        }

        return -1;
    }

    private static int CountQuotes(ReadOnlySpan<char> span) => span.Count('"');

    private static Diagnostic Error(string code, long line, string? column, string message, string? value) =>
        new(code, DiagnosticSeverity.Error, message) { Line = line, Path = column is null ? null : "/" + column, Value = Shorten(value) };

    private static string? Shorten(string? value) =>
        value is null || value.Length <= 200 ? value : string.Concat(value.AsSpan(0, 197), "...");

    private enum FieldKind
    {
        Integer,
        Boolean,
        Date,
        Latitude,
        Longitude,
    }
}
