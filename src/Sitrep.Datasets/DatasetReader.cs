using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using nietras.SeparatedValues;
using Sitrep.Datasets.Text;
using Sitrep.Validation;

namespace Sitrep.Datasets;

/// <summary>
/// The row loop every delimited dataset reader shares: decoding with UTF-8 checks, tokenising on Sep, one
/// <see cref="DatasetRow{TRecord}"/> per data row, structural checks (encoding, quotes, column count, field length),
/// typed field checks from a table, counts that always add up, and fail-fast on request. Formats supply the layout,
/// the checks and the record.
/// </summary>
/// <typeparam name="TRecord">The format's record type.</typeparam>
public abstract class DatasetReader<TRecord> : IDatasetReader<TRecord>
    where TRecord : DatasetRecord
{
    private readonly DecodingTextReader text;
    private readonly SepReader sep;
    private readonly DatasetReaderOptions options;
    private readonly bool quotes;
    private readonly List<Diagnostic> fileDiagnostics = [];
    private readonly List<Diagnostic> rowDiagnostics = [];
    private int[] checkIndices = [];
    private ValueArray<string> columns;
    private ColumnIndex? columnIndex;
    private bool afterHeader;
    private bool started;
    private bool raggedReported;
    private long read;
    private long accepted;

    private protected DatasetReader(Stream stream, DatasetReaderOptions? options, char separator, bool quotes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        this.options = options ?? DatasetReaderOptions.Default;
        this.quotes = quotes;
        text = new DecodingTextReader(stream, this.options.Encoding);
        if (text.DetectedFallbackAt is { } offset)
        {
            fileDiagnostics.Add(new Diagnostic(
                DatasetDiagnosticCodes.EncodingDetected,
                DiagnosticSeverity.Warning,
                $"The file is not UTF-8 (invalid byte at offset {offset}); it was decoded as Windows-1252. Declare the encoding if that is wrong."));
        }
        else if (this.options.Encoding == DatasetEncoding.Windows1252)
        {
            fileDiagnostics.Add(new Diagnostic(DatasetDiagnosticCodes.EncodingDetected, DiagnosticSeverity.Info, "Decoded as Windows-1252, as declared."));
        }

        // Pooling strings per column: codes, names and dates repeat down a column, so most fields reuse a string.
        sep = Sep.New(separator).Reader(o => o with
        {
            HasHeader = false,
            Unescape = false,
            DisableQuotesParsing = !quotes,
            DisableColCountCheck = true,
            DisableFastFloat = true,
            CreateToString = SepToString.PoolPerCol(maximumStringLength: 64),
        }).From(text);
    }

    /// <summary>Gets diagnostics about the whole file (encoding, header), as found so far.</summary>
    public ValueArray<Diagnostic> FileDiagnostics => ValueArray.From(fileDiagnostics);

    /// <summary>Gets how many data rows were read, accepted and rejected so far.</summary>
    public DatasetReadCounts Counts => new(read, accepted, read - accepted);

    /// <summary>Gets the name of the encoding the file is decoded with.</summary>
    public string EncodingName => text.EncodingName;

    /// <summary>
    /// Gets the layout found, in words (<c>UCDP GED 20.1+ (49 columns), header, UTF-8</c>), or <see langword="null"/>
    /// before reading starts or when the file is not of the reader's format.
    /// </summary>
    public abstract string? LayoutDescription { get; }

    private protected abstract IReadOnlyList<FieldCheck> Checks { get; }

    /// <summary>
    /// Gets whether rows may differ from the header by empty trailing fields (dropped) or missing trailing columns
    /// (padded with empty fields), as POLECAT files do; reported once per file with SR0213.
    /// </summary>
    private protected virtual bool ToleratesRaggedTail => false;

    /// <summary>Gets a spelling the format uses for a missing value besides an empty field (POLECAT's <c>None</c>).</summary>
    private protected virtual string? MissingMarker => null;

    /// <summary>Reads the data rows, one result per row; can be enumerated once.</summary>
    /// <returns>The rows, in file order.</returns>
    /// <exception cref="InvalidOperationException">The rows were already enumerated.</exception>
    public IEnumerable<DatasetRow<TRecord>> ReadRows()
    {
        if (started)
        {
            throw new InvalidOperationException("A reader's rows can be enumerated once.");
        }

        started = true;
        return Rows();
    }

    /// <summary>Reads the data rows asynchronously, one result per row; can be enumerated once.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The rows, in file order.</returns>
    /// <exception cref="InvalidOperationException">The rows were already enumerated.</exception>
    public IAsyncEnumerable<DatasetRow<TRecord>> ReadRowsAsync(CancellationToken cancellationToken = default)
    {
        if (started)
        {
            throw new InvalidOperationException("A reader's rows can be enumerated once.");
        }

        started = true;
        return RowsAsync(cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the tokenizer and the stream.</summary>
    /// <param name="disposing">Whether this is a call from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            sep.Dispose();
            text.Dispose();
        }
    }

    /// <summary>Decides the layout from the first row: the columns, and whether that row is a header.</summary>
    private protected abstract bool TryLayout(string[] firstRow, List<Diagnostic> fileDiagnostics, out ValueArray<string> columns, out bool isHeader);

    private protected abstract TRecord CreateRecord(ValueArray<string> columns, ValueArray<string> values, ColumnIndex index);

    private protected abstract TRecord CreateRecord(ValueArray<string> columns, RawRow row, ColumnIndex index);

    /// <summary>Checks across fields that reject the row (a date range that ends before it starts).</summary>
    private protected virtual void CheckRecord(TRecord record, long line, List<Diagnostic> diagnostics)
    {
    }

    /// <summary>Checks of published invariants that keep the row but report it.</summary>
    private protected virtual void CheckInvariants(TRecord record, long line, List<Diagnostic> diagnostics)
    {
    }

    /// <summary>The position of a column in the file's layout, or -1; for checks that read fields by position.</summary>
    private protected int ColumnAt(string column) => columnIndex?.IndexOf(column) ?? -1;

    private protected static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);

    private protected static Diagnostic Error(string code, long line, string? column, string message, string? value) =>
        RowDiagnostics.Error(code, line, column, message, value);

    private IEnumerable<DatasetRow<TRecord>> Rows()
    {
        foreach (var row in sep)
        {
            var result = Next(row, out var stop);
            if (stop)
            {
                yield break;
            }

            if (result is not null)
            {
                yield return result;
                if (!result.IsAccepted && options.FailFast)
                {
                    yield break;
                }
            }
        }
    }

    private async IAsyncEnumerable<DatasetRow<TRecord>> RowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await sep.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            var result = Next(sep.Current, out var stop);
            if (stop)
            {
                yield break;
            }

            if (result is not null)
            {
                yield return result;
                if (!result.IsAccepted && options.FailFast)
                {
                    yield break;
                }
            }
        }
    }

    /// <summary>Handles one tokenised row: the layout row first, then data rows. Returns null for a header row.</summary>
    private DatasetRow<TRecord>? Next(SepReader.Row row, out bool stop)
    {
        stop = false;
        if (columnIndex is null)
        {
            if (!TryLayout(Fields(row), fileDiagnostics, out columns, out var isHeader))
            {
                stop = true;
                return null;
            }

            columnIndex = ColumnIndex.For(columns);
            var checks = Checks;
            checkIndices = new int[checks.Count];
            for (var c = 0; c < checks.Count; c++)
            {
                checkIndices[c] = columnIndex.IndexOf(checks[c].Column);
            }

            afterHeader = isHeader;
            if (isHeader)
            {
                return null;
            }
        }

        if (afterHeader)
        {
            afterHeader = false;
            if (IsHxlTagRow(Fields(row)))
            {
                fileDiagnostics.Add(new Diagnostic(DatasetDiagnosticCodes.HxlTagRow, DiagnosticSeverity.Info, "An HXL hashtag row under the header was skipped.") { Line = (long)row.LineNumberToExcl - 1, Value = Shorten(row.Span.ToString()) });
                return null;
            }
        }

        var result = ReadRow(row, columns, columnIndex);
        read++;
        if (result.IsAccepted)
        {
            accepted++;
        }

        return result;
    }

    private DatasetRow<TRecord> ReadRow(SepReader.Row row, ValueArray<string> columns, ColumnIndex index)
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

        if (quotes && row.Span.Count('"') % 2 == 1)
        {
            diagnostics.Add(Error(DatasetDiagnosticCodes.UnterminatedQuote, line, null, "A quoted field is not closed before the end of the file; the file may be truncated.", row.Span.ToString()));
        }
        else if (row.ColCount != columns.Count && !(ToleratesRaggedTail && IsRaggedTail(row, columns.Count, line)))
        {
            diagnostics.Add(Error(DatasetDiagnosticCodes.ColumnCountMismatch, line, null, $"The row has {row.ColCount} fields; the layout has {columns.Count}.", row.Span.ToString()));
        }

        if (diagnostics.Count > 0)
        {
            return new DatasetRow<TRecord>(line, null, Snapshot(diagnostics));
        }

        var record = RecordOf(row, columns, index, line, diagnostics);
        if (diagnostics.Count == 0)
        {
            CheckFields(record, line, diagnostics);
        }

        if (diagnostics.Count == 0)
        {
            CheckRecord(record, line, diagnostics);
        }

        var rejected = diagnostics.Exists(d => d.IsError);
        if (!rejected)
        {
            CheckInvariants(record, line, diagnostics);
        }

        return new DatasetRow<TRecord>(line, rejected ? null : record, Snapshot(diagnostics));
    }

    /// <summary>
    /// The record of a row: its text once with where each field starts (fields are contiguous, one separator apart,
    /// and kept raw, quotes included), or, for a row the layout pads or trims, its fields one by one.
    /// </summary>
    private TRecord RecordOf(SepReader.Row row, ValueArray<string> columns, ColumnIndex index, long line, List<Diagnostic> diagnostics)
    {
        var count = row.ColCount;
        var starts = new int[count];
        var at = 0;
        for (var i = 0; i < count; i++)
        {
            var length = row[i].Span.Length;
            starts[i] = at;
            at += length + 1;
            if (length > options.MaxFieldLength)
            {
                var name = i < columns.Count ? columns[i] : "#" + (i + 1).ToString(CultureInfo.InvariantCulture);
                diagnostics.Add(Error(DatasetDiagnosticCodes.FieldTooLong, line, name, $"The field '{name}' is {length} characters long; the limit is {options.MaxFieldLength}.", row[i].Span[..Math.Min(length, 200)].ToString()));
            }
        }

        var text = row.Span;
        var raw = new RawRow(text.ToString(), starts, quotes);
        if (count == columns.Count && at - 1 == text.Length)
        {
            return CreateRecord(columns, raw, index);
        }

        var values = new string[columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = i < count ? raw.Field(i) : string.Empty;
        }

        return CreateRecord(columns, ValueArray.Create<string>(values), index);
    }

    private void CheckFields(TRecord record, long line, List<Diagnostic> diagnostics)
    {
        var checks = Checks;
        for (var c = 0; c < checks.Count; c++)
        {
            var i = checkIndices[c];
            if (i < 0)
            {
                continue;
            }

            var (column, kind, required, min, max) = checks[c];
            var value = record.SpanAt(i);
            if (FieldText.IsMissing(value) || (MissingMarker is { } marker && value.Trim().SequenceEqual(marker)))
            {
                if (required)
                {
                    diagnostics.Add(Error(DatasetDiagnosticCodes.MissingValue, line, column, $"The required field '{column}' is empty.", value.ToString()));
                }

                continue;
            }

            var problem = kind switch
            {
                FieldKind.Text => null,
                FieldKind.Integer => !FieldText.TryLong(value, out var n) ? "is not an integer"
                    : n < min || n > max ? "is not " + Bounds(min, max) : null,
                FieldKind.Decimal => !FieldText.TryDouble(value, out var x) ? "is not a number"
                    : x < min || x > max ? "is not " + Bounds(min, max) : null,
                FieldKind.Boolean => FieldText.TryBoolean(value, out _) ? null : "is not TRUE, FALSE, 1 or 0",
                FieldKind.IsoDate => FieldText.TryIsoDate(value, out _) ? null : "is not a date that exists (YYYY-MM-DD)",
                FieldKind.CompactDate => FieldText.TryCompactDate(value, out _) ? null : "is not a date that exists (YYYYMMDD)",
                FieldKind.CompactTimestamp => FieldText.TryCompactTimestamp(value, out _) ? null : "is not a timestamp that exists (YYYYMMDDHHMMSS)",
                FieldKind.Latitude => FieldText.TryDouble(value, out var lat) && lat is >= -90 and <= 90 ? null : "is not a latitude (-90 to 90)",
                FieldKind.Longitude => FieldText.TryDouble(value, out var lon) && lon is >= -180 and <= 180 ? null : "is not a longitude (-180 to 180)",
                FieldKind.SpelledDate => FieldText.TrySpelledDate(value, out _) ? null : "is not a date that exists (2020-02-27, 27 February 2020, 01-January-2015 or 9-May-20)",
                _ => FieldText.IsDigitCode(value) ? null : "is not a code of digits",
            };
            if (problem is not null)
            {
                diagnostics.Add(Error(DatasetDiagnosticCodes.InvalidField, line, column, $"The field '{column}' {problem}.", value.ToString()));
            }
        }
    }

    /// <summary>Whether a row differs from the layout only by empty trailing fields or missing trailing columns; reported once.</summary>
    private bool IsRaggedTail(SepReader.Row row, int expected, long line)
    {
        for (var i = expected; i < row.ColCount; i++)
        {
            if (!row[i].Span.IsWhiteSpace())
            {
                return false;
            }
        }

        if (!raggedReported)
        {
            raggedReported = true;
            fileDiagnostics.Add(new Diagnostic(
                DatasetDiagnosticCodes.TrailingFieldsAdjusted,
                DiagnosticSeverity.Info,
                string.Create(CultureInfo.InvariantCulture, $"Rows and header differ in length only at the end (first at line {line}: {row.ColCount} fields, header {expected}); empty trailing fields are dropped and missing trailing columns left empty."))
            {
                Line = line,
            });
        }

        return true;
    }

    private static string Bounds(double min, double max) => (min > -1e15, max < 1e15) switch
    {
        (true, true) => string.Create(CultureInfo.InvariantCulture, $"between {min} and {max}"),
        (true, false) => string.Create(CultureInfo.InvariantCulture, $"at least {min}"),
        (false, true) => string.Create(CultureInfo.InvariantCulture, $"at most {max}"),
        _ => "a number",
    };

    // HDX republications put a row of HXL hashtags (#date, #adm1+name) under the header: every non-empty field is a tag.
    private static bool IsHxlTagRow(string[] fields)
    {
        var tags = 0;
        foreach (var text in fields)
        {
            var field = text.AsSpan().Trim();
            if (field.IsEmpty)
            {
                continue;
            }

            if (field[0] != '#')
            {
                return false;
            }

            tags++;
        }

        return tags > 0;
    }

    private static ValueArray<Diagnostic> Snapshot(List<Diagnostic> diagnostics) =>
        diagnostics.Count == 0 ? default : ValueArray.From(diagnostics);

    // Sep hands fields over raw (quotes included); the layout row is unescaped here, data rows by their record.
    private string[] Fields(SepReader.Row row)
    {
        var fields = new string[row.ColCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = quotes ? CsvText.Unescape(row[i].Span) : row[i].ToString();
        }

        return fields;
    }

    private protected static string? Shorten(string? value) => RowDiagnostics.Shorten(value);
}
