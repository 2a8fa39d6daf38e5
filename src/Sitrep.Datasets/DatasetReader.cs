using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using nietras.SeparatedValues;
using Sitrep.Datasets.Parsing;
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
    private readonly RecordGuard guard;
    private readonly char separator;
    private readonly SepReader sep;
    private readonly DatasetReaderOptions options;
    private readonly bool quotes;
    private readonly List<Diagnostic> fileDiagnostics = [];
    private readonly List<Diagnostic> rowDiagnostics = [];
    private int[] checkIndices = [];
    private ValueArray<string> columns;
    private ColumnIndex? columnIndex;
    private bool afterHeader;
    private ValueArray<string> header;
    private bool quotedHeader;
    private ValueArray<bool> quotedColumns;
    private sbyte[]? quoteSeen;
    private int undecidedColumns;
    private int quoteRows;
    private bool raggedReported;
    private readonly RowTally tally;
    private long nextOutputLine = 1;
    private long lineShift;
    private long blankLines;
    private long firstBlankLine;
    private bool ended;
    private int nextInvalid;
    private int idIndex = -1;
    private readonly IdTracker ids = new();
    private readonly Queue<Held> held = new();
    private DateOrder dateOrder;

    private protected DatasetReader(Stream stream, DatasetReaderOptions? options, char separator, bool quotes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        this.options = options ?? DatasetReaderOptions.Default;
        tally = new RowTally(this.options.FailFast);
        ArgumentOutOfRangeException.ThrowIfLessThan(this.options.MaxRecordLength, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(this.options.MaxRecordLength, DatasetReaderOptions.MaxRecordLengthLimit, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(this.options.MaxColumns, 1, nameof(options));
        this.quotes = quotes;
        this.separator = separator;
        dateOrder = this.options.DateOrder;
        text = new DecodingTextReader(stream, this.options.Encoding);
        guard = new RecordGuard(text, separator, quotes, this.options.MaxRecordLength);

        // Sep only finds the fields: records keep the row's text and make field strings themselves (RawRow), so
        // Sep's string pools (one per column, made for every column of a row, thousands of them for a hostile row)
        // would cost memory for nothing.
        sep = Sep.New(separator).Reader(o => o with
        {
            HasHeader = false,
            Unescape = false,
            DisableQuotesParsing = !quotes,
            DisableColCountCheck = true,
            DisableFastFloat = true,
        }).From(guard);
    }

    /// <summary>Gets diagnostics about the whole file (encoding, header, blank lines), as found so far.</summary>
    public ValueArray<Diagnostic> FileDiagnostics
    {
        get
        {
            var all = new List<Diagnostic>(fileDiagnostics.Count + 2);
            if (EncodingDiagnostic() is { } encoding)
            {
                all.Add(encoding);
            }

            all.AddRange(fileDiagnostics);
            if (ended && columnIndex is null && !fileDiagnostics.Exists(d => d.IsError))
            {
                all.Add(new Diagnostic(DatasetDiagnosticCodes.UnrecognisedLayout, DiagnosticSeverity.Error, "The file is empty: it has no header and no rows."));
            }

            if (ids.Full)
            {
                all.Add(new Diagnostic(DatasetDiagnosticCodes.DuplicateRecordId, DiagnosticSeverity.Info, string.Create(CultureInfo.InvariantCulture, $"Repeated record ids were looked for in the first {ids.Capacity} distinct ids only, to keep memory bounded.")));
            }

            if (blankLines > 0)
            {
                all.Add(new Diagnostic(
                    DatasetDiagnosticCodes.BlankLinesSkipped,
                    DiagnosticSeverity.Info,
                    string.Create(CultureInfo.InvariantCulture, $"{blankLines} blank line(s) were skipped (the first at line {firstBlankLine}); they hold no data."))
                {
                    Line = firstBlankLine,
                });
            }

            return ValueArray.From(all);
        }
    }

    /// <summary>Gets how many data rows were read, accepted and rejected so far.</summary>
    public DatasetReadCounts Counts => tally.Counts;

    /// <summary>Gets the name of the encoding the file is decoded with.</summary>
    public string EncodingName => text.EncodingName;

    /// <summary>
    /// Gets how the file is spelt beyond its values, once its first row is read: the header as written, the first
    /// line end, the encoding (a UTF-8 file with some Windows-1252 lines is UTF-8) and its byte order mark. Pass it
    /// to a writer to write a file back the way it came.
    /// </summary>
    public DatasetFileStyle Style => new()
    {
        Header = header,
        HasHeader = header.Count > 0,
        NewLine = text.FirstLineEnd ?? "\n",
        EncodingName = text.EncodingName switch
        {
            "Windows-1252" or "UTF-16LE" or "UTF-16BE" or "UTF-32LE" or "UTF-32BE" => text.EncodingName,
            _ => "UTF-8",
        },
        ByteOrderMark = text.HasByteOrderMark,
        Separator = separator,
        QuotedHeader = quotedHeader,
        QuotedColumns = quoteSeen is { } partial ? ValueArray.Create<bool>(Array.ConvertAll(partial, q => q >= 0)) : quotedColumns,
    };

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

    /// <summary>How many rows may wait for the file's date order before day first is assumed.</summary>
    private const int MaxHeld = 10_000;

    /// <summary>What the record's numeric date (if it has one) says of the file's date order.</summary>
    private protected virtual FieldText.NumericEvidence DateEvidence(TRecord record) => FieldText.NumericEvidence.None;

    /// <summary>The record's date as written, for diagnostics about the date order.</summary>
    private protected virtual string? DateText(TRecord record) => null;

    /// <summary>The record with the order its numeric dates are read in, before its fields are checked.</summary>
    private protected virtual TRecord Settle(TRecord record, DateOrder order) => record;

    /// <summary>Gets the order numeric dates are read in so far (<see cref="DateOrder.Auto"/> until a date decides).</summary>
    private protected DateOrder NumericDateOrder => dateOrder;

    /// <summary>Gets the column that holds the record's id (<c>event_id_cnty</c>, UCDP's <c>id</c>), checked for repeats, or null.</summary>
    private protected virtual string? IdColumn => null;

    /// <summary>Gets a spelling the format uses for a missing value besides an empty field (POLECAT's <c>None</c>).</summary>
    private protected virtual string? MissingMarker => null;

    /// <summary>Reads the data rows, one result per row; can be enumerated once.</summary>
    /// <returns>The rows, in file order.</returns>
    /// <exception cref="InvalidOperationException">The rows were already enumerated.</exception>
    public IEnumerable<DatasetRow<TRecord>> ReadRows()
    {
        tally.Start();
        return Rows();
    }

    /// <summary>Reads the data rows asynchronously, one result per row; can be enumerated once.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The rows, in file order.</returns>
    /// <exception cref="InvalidOperationException">The rows were already enumerated.</exception>
    public IAsyncEnumerable<DatasetRow<TRecord>> ReadRowsAsync(CancellationToken cancellationToken = default)
    {
        tally.Start();
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
            guard.Dispose();
            text.Dispose();
            ids.ReturnTable();
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
        var emit = new List<DatasetRow<TRecord>>();
        var end = StepEnd.Continue;
        foreach (var row in sep)
        {
            end = Step(row, emit);
            foreach (var ready in emit)
            {
                yield return ready;
            }

            emit.Clear();
            if (end != StepEnd.Continue)
            {
                break;
            }
        }

        foreach (var ready in Finish(end, emit))
        {
            yield return ready;
        }
    }

    private async IAsyncEnumerable<DatasetRow<TRecord>> RowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var emit = new List<DatasetRow<TRecord>>();
        var end = StepEnd.Continue;
        while (await sep.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            end = Step(sep.Current, emit);
            foreach (var ready in emit)
            {
                yield return ready;
            }

            emit.Clear();
            if (end != StepEnd.Continue)
            {
                break;
            }
        }

        foreach (var ready in Finish(end, emit))
        {
            yield return ready;
        }
    }

    /// <summary>
    /// Reads one tokenised row into the rows now due (held rows a date-order decision releases, then the row itself),
    /// stopping after a rejected row when failing fast. Sync and async reading share it.
    /// </summary>
    private StepEnd Step(SepReader.Row row, List<DatasetRow<TRecord>> emit)
    {
        var result = Next(row, out var stop);
        if (stop)
        {
            return StepEnd.EndOfRows;
        }

        if (ReleaseDue && !Emit(Release(force: false), emit))
        {
            return StepEnd.FailedFast;
        }

        // A row comes straight out only when none is held before it (Hold queues it otherwise).
        if (result is not null)
        {
            emit.Add(result);
            if (tally.StopsAfter(result))
            {
                return StepEnd.FailedFast;
            }
        }

        return StepEnd.Continue;
    }

    /// <summary>The rows still held when the input ends; the reader has ended unless it failed fast.</summary>
    private List<DatasetRow<TRecord>> Finish(StepEnd end, List<DatasetRow<TRecord>> emit)
    {
        if (end != StepEnd.FailedFast && Emit(Release(force: true), emit))
        {
            ended = true;
        }

        return emit;
    }

    private bool Emit(IEnumerable<DatasetRow<TRecord>> rows, List<DatasetRow<TRecord>> emit)
    {
        foreach (var row in rows)
        {
            emit.Add(row);
            if (tally.StopsAfter(row))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Handles one tokenised row: the layout row first, then data rows. Returns null for a header or blank row.</summary>
    private DatasetRow<TRecord>? Next(SepReader.Row row, out bool stop)
    {
        stop = false;

        // Rows are contiguous, so a row starts where the one before ended; the guard's placeholders stand for
        // records of several lines, which shifts the file's lines after them.
        var outputLine = nextOutputLine;
        nextOutputLine = row.LineNumberToExcl;
        var line = outputLine + lineShift;
        var guarded = guard.TryTake(outputLine, out var guardEvent);
        if (guarded)
        {
            lineShift += guardEvent.FileLines - 1;
        }

        if (!guarded && row.ColCount == 1 && row.Span.IsWhiteSpace())
        {
            if (blankLines++ == 0)
            {
                firstBlankLine = line;
            }

            return null;
        }

        if (columnIndex is null)
        {
            if (!StartLayout(row, guarded ? guardEvent : null, line))
            {
                stop = true;
                return null;
            }

            if (afterHeader)
            {
                return null;
            }

            // A headerless file: its first row is data.
        }
        else if (afterHeader)
        {
            afterHeader = false;
            if (!guarded && IsHxlTagRow(Fields(row)))
            {
                fileDiagnostics.Add(new Diagnostic(DatasetDiagnosticCodes.HxlTagRow, DiagnosticSeverity.Info, "An HXL hashtag row under the header was skipped.") { Line = line, Value = Shorten(row.Span.ToString()) });
                return null;
            }
        }

        var result = guarded && guardEvent.Kind != GuardEventKind.QuoteRepaired
            ? Hold(Rejected(guardEvent))
            : ReadRow(row, outputLine, line, columns, columnIndex!, guarded ? guardEvent : null);
        if (result is not null)
        {
            Count(result);
        }

        return result;
    }

    /// <summary>The first row decides the layout; false when the file cannot be read as the format.</summary>
    private bool StartLayout(SepReader.Row row, GuardEvent? guardEvent, long line)
    {
        if (guardEvent is { Kind: GuardEventKind.TooLong } tooLong)
        {
            fileDiagnostics.Add(new Diagnostic(
                DatasetDiagnosticCodes.UnrecognisedLayout,
                DiagnosticSeverity.Error,
                string.Create(CultureInfo.InvariantCulture, $"The first line is {tooLong.Length} characters long, beyond the limit of {options.MaxRecordLength} (MaxRecordLength); it is not a header of this format, and nothing is read."))
            {
                Line = line,
                Value = tooLong.Excerpt,
            });
            return false;
        }

        if (row.ColCount > options.MaxColumns)
        {
            fileDiagnostics.Add(new Diagnostic(
                DatasetDiagnosticCodes.UnrecognisedLayout,
                DiagnosticSeverity.Error,
                string.Create(CultureInfo.InvariantCulture, $"The first line has {row.ColCount} fields, more than the limit of {options.MaxColumns} (MaxColumns); it is not a header of this format, and nothing is read."))
            {
                Line = line,
                Value = Excerpt(row.Span),
            });
            return false;
        }

        var firstFields = Fields(row);
        if (!TryLayout(firstFields, fileDiagnostics, out columns, out var isHeader))
        {
            return false;
        }

        header = isHeader ? ValueArray.Create<string>(firstFields) : default;
        quotedHeader = isHeader && quotes && AllQuoted(row);

        ReportDuplicateColumns(line);
        columnIndex = ColumnIndex.For(columns);
        idIndex = IdColumn is { } idColumn ? columnIndex.IndexOf(idColumn) : -1;
        if (IdColumn is { } missing && idIndex < 0)
        {
            fileDiagnostics.Add(new Diagnostic(
                DatasetDiagnosticCodes.MadeRecordId,
                DiagnosticSeverity.Info,
                $"The file has no {missing} column (a subset export): rows are read without ids, repeated events cannot be told apart, and incidents mapped from the rows get ids made from the file name and line, which do not follow an event across releases.")
            {
                Line = line,
                Path = "/" + missing,
            });
        }

        var checks = Checks;
        checkIndices = new int[checks.Count];
        for (var c = 0; c < checks.Count; c++)
        {
            checkIndices[c] = columnIndex.IndexOf(checks[c].Column);
        }

        afterHeader = isHeader;
        return true;
    }

    /// <summary>A record id used before in the file: kept (releases reuse ids), and reported once per repeat.</summary>
    private void CheckId(TRecord record, long line, List<Diagnostic> diagnostics)
    {
        if (idIndex < 0)
        {
            return;
        }

        var id = record.SpanAt(idIndex).Trim();
        if (FieldText.IsMissing(id))
        {
            var column = columns[idIndex];
            diagnostics.Add(new Diagnostic(
                DatasetDiagnosticCodes.MadeRecordId,
                DiagnosticSeverity.Warning,
                $"The record has no {column}; it is kept, and its incident gets an id made from the file name and line, which does not follow the event across releases.")
            {
                Line = line,
                Path = "/" + column,
                Value = id.ToString(),
            });
            return;
        }

        var (uses, firstLine) = ids.Use(id, line);
        if (uses > 1)
        {
            var name = columns[idIndex];
            diagnostics.Add(new Diagnostic(
                DatasetDiagnosticCodes.DuplicateRecordId,
                DiagnosticSeverity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"The {name} '{id}' was already used by the record at line {firstLine}; the record is kept, and its incident id gets the suffix #{uses}."))
            {
                Line = line,
                Path = "/" + name,
                Value = id.ToString(),
            });
        }
    }

    /// <summary>A header that names a column twice: typed fields read the first; both fields are kept in every record.</summary>
    private void ReportDuplicateColumns(long line)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Count; i++)
        {
            var name = columns[i].Trim();
            if (!seen.TryAdd(name, i))
            {
                fileDiagnostics.Add(new Diagnostic(
                    DatasetDiagnosticCodes.DuplicateColumn,
                    DiagnosticSeverity.Warning,
                    string.Create(CultureInfo.InvariantCulture, $"The header names the column '{name}' twice (fields {seen[name] + 1} and {i + 1}); typed fields are read from the first, and both are kept in every record."))
                {
                    Line = line,
                    Path = "/" + name,
                    Value = name,
                });
            }
        }
    }

    private DatasetRow<TRecord> Rejected(GuardEvent guardEvent)
    {
        var diagnostic = guardEvent.Kind == GuardEventKind.TooLong
            ? Error(
                DatasetDiagnosticCodes.RowTooLong,
                guardEvent.FileLine,
                null,
                string.Create(CultureInfo.InvariantCulture, $"The row is {guardEvent.Length} characters long{LineSpan(guardEvent)}, beyond the limit of {options.MaxRecordLength} (MaxRecordLength); it is skipped and reading resumes after it. A quote that is never closed does this; otherwise raise the limit."),
                guardEvent.Excerpt)
            : Error(
                DatasetDiagnosticCodes.RunawayQuote,
                guardEvent.FileLine,
                null,
                "A quote in this line is not closed before the next lines, which are rows of their own, and the line does not read as the layout's fields with the quote taken as a character; the line is rejected and reading resumes on the next line.",
                guardEvent.Excerpt);
        return new DatasetRow<TRecord>(guardEvent.FileLine, null, [diagnostic]);
    }

    private static string LineSpan(GuardEvent guardEvent) => guardEvent.FileLines <= 1
        ? string.Empty
        : string.Create(CultureInfo.InvariantCulture, $" (lines {guardEvent.FileLine} to {guardEvent.FileLine + guardEvent.FileLines - 1})");

    /// <summary>Reads a data row; null when the row is held until the file's date order is known (<see cref="Held"/>).</summary>
    // Whether every field of a row is in quotes.
    private static bool AllQuoted(SepReader.Row row)
    {
        for (var i = 0; i < row.ColCount; i++)
        {
            if (row[i].Span is not ['"', ..])
            {
                return false;
            }
        }

        return row.ColCount > 0;
    }

    // A file that quotes its header quotes its text columns: which ones, the first non-empty field of each column
    // shows (looked for in the first 100 data rows; a column empty in all of them is taken as not quoted, one not
    // seen yet when the style is asked for as quoted, like the header).
    private void NoteQuotedColumns(SepReader.Row row)
    {
        if (quoteSeen is null)
        {
            quoteSeen = new sbyte[row.ColCount];
            undecidedColumns = row.ColCount;
        }

        quoteRows++;
        for (var i = 0; i < quoteSeen.Length && i < row.ColCount; i++)
        {
            if (quoteSeen[i] == 0 && row[i].Span.Length > 0)
            {
                quoteSeen[i] = (sbyte)(row[i].Span[0] == '"' ? 1 : -1);
                undecidedColumns--;
            }
        }

        if (undecidedColumns == 0 || quoteRows >= 100)
        {
            quotedColumns = ValueArray.Create<bool>(Array.ConvertAll(quoteSeen, q => q > 0));
            quoteSeen = null;
        }
    }

    private DatasetRow<TRecord>? ReadRow(SepReader.Row row, long outputLine, long line, ValueArray<string> columns, ColumnIndex index, GuardEvent? guardEvent)
    {
        if (quotedHeader && quotedColumns.Count == 0 && guardEvent is null)
        {
            NoteQuotedColumns(row);
        }

        var lineEnd = line + (row.LineNumberToExcl - outputLine);

        // One list per reader, cleared per row: most rows have no diagnostics and should allocate none.
        var diagnostics = rowDiagnostics;
        diagnostics.Clear();
        // Invalid sequences are found in line order, as rows are read: one pass over them in all.
        var invalid = text.InvalidSequences;
        while (nextInvalid < invalid.Count && invalid[nextInvalid].Line < line)
        {
            nextInvalid++;
        }

        for (var k = nextInvalid; k < invalid.Count && invalid[k].Line < lineEnd; k++)
        {
            var (badLine, offset) = invalid[k];
            if (badLine >= line)
            {
                diagnostics.Add(Error(DatasetDiagnosticCodes.InvalidUtf8, line, null, $"Invalid {(text.EncodingName == "UTF-8" ? "UTF-8" : text.EncodingName)} at byte offset {offset}; the row is rejected rather than decoded with replacement characters.", null));
            }
        }

        RawRow? repaired = null;
        var strayField = guardEvent is { Kind: GuardEventKind.QuoteRepaired } ? guardEvent.Value.Field : -1;
        var truncated = guard.UnterminatedLastLine == outputLine && row.ColCount < columns.Count;
        // A quote that opens or closes nothing inside a field whose row has the layout's fields is kept as a
        // character when the field is read (CsvText.Unescape), so only an odd count of quotes needs a look here.
        if (quotes && (row.Span.Count('"') & 1) == 1)
        {
            diagnostics.Add(Error(DatasetDiagnosticCodes.UnterminatedQuote, line, null, "A quoted field is not closed before the end of the file; the file may be truncated.", Excerpt(row.Span)));
        }
        else if (truncated)
        {
            diagnostics.Add(Error(DatasetDiagnosticCodes.TruncatedRecord, line, null, string.Create(CultureInfo.InvariantCulture, $"The file ends inside this row: it has {row.ColCount} of the layout's {columns.Count} fields and no line break after it. The file was probably cut off; fetch it again."), Excerpt(row.Span)));
        }
        else if (row.ColCount != columns.Count && !(ToleratesRaggedTail && IsRaggedTail(row, columns.Count, line)))
        {
            if (quotes && row.Span.IndexOfAny('\n', '\r') < 0 && row.Span.Contains('"')
                && LenientCsv.TryRepair(row.Span, separator, columns.Count, out var text, out var starts, out strayField))
            {
                repaired = new RawRow(text, starts, quoted: true);
            }
            else
            {
                diagnostics.Add(Error(DatasetDiagnosticCodes.ColumnCountMismatch, line, null, $"The row has {row.ColCount} fields; the layout has {columns.Count}.", Excerpt(row.Span)));
            }
        }

        if (diagnostics.Count > 0)
        {
            return Hold(new DatasetRow<TRecord>(line, null, Snapshot(diagnostics)));
        }

        var record = repaired is null ? RecordOf(row, columns, index, line, diagnostics) : CreateRecord(columns, repaired, index);
        record.SourceLine = line;
        if (strayField >= 0)
        {
            var name = strayField < columns.Count ? columns[strayField] : "#" + (strayField + 1).ToString(CultureInfo.InvariantCulture);
            diagnostics.Add(new Diagnostic(
                DatasetDiagnosticCodes.StrayQuote,
                DiagnosticSeverity.Warning,
                $"A quote inside the field '{name}' (not around it, and not doubled) was read as a character, which gives the row the layout's {columns.Count} fields. Check the value.")
            {
                Line = line,
                Path = "/" + name,
                Value = Shorten(record[name]),
            });
        }

        // A numeric date that either order reads (05/04/2015) waits, with every row after it, until a date shows the
        // file's order; a date that shows it decides.
        var evidence = dateOrder == DateOrder.Auto ? DateEvidence(record) : FieldText.NumericEvidence.None;
        if (evidence is FieldText.NumericEvidence.DayFirst or FieldText.NumericEvidence.MonthFirst)
        {
            Decide(evidence == FieldText.NumericEvidence.DayFirst ? DateOrder.DayFirst : DateOrder.MonthFirst, line, record);
        }

        if (held.Count > 0 || (dateOrder == DateOrder.Auto && evidence == FieldText.NumericEvidence.Either))
        {
            held.Enqueue(new Held(null, line, record, Snapshot(diagnostics)));
            return null;
        }

        return Finish(line, record, diagnostics);
    }

    /// <summary>Checks a record's fields and invariants and makes its row.</summary>
    private DatasetRow<TRecord> Finish(long line, TRecord record, List<Diagnostic> diagnostics)
    {
        record = Settle(record, dateOrder);
        if (!diagnostics.Exists(d => d.IsError))
        {
            CheckFields(record, line, diagnostics);
        }

        if (!diagnostics.Exists(d => d.IsError))
        {
            CheckRecord(record, line, diagnostics);
        }

        var rejected = diagnostics.Exists(d => d.IsError);
        if (!rejected)
        {
            CheckInvariants(record, line, diagnostics);
            CheckId(record, line, diagnostics);
        }

        return new DatasetRow<TRecord>(line, rejected ? null : record, Snapshot(diagnostics));
    }

    /// <summary>A row waiting for the file's date order: finished already, or a record still to check.</summary>
    private readonly record struct Held(DatasetRow<TRecord>? Done, long Line, TRecord? Record, ValueArray<Diagnostic> Early);

    /// <summary>A finished row that must wait behind held ones to keep file order.</summary>
    private DatasetRow<TRecord>? Hold(DatasetRow<TRecord> done)
    {
        if (held.Count == 0)
        {
            return done;
        }

        held.Enqueue(new Held(done, done.Line, null, default));
        return null;
    }

    private void Decide(DateOrder order, long line, TRecord record)
    {
        if (dateOrder != DateOrder.Auto)
        {
            return;
        }

        dateOrder = order;
        fileDiagnostics.Add(new Diagnostic(
            DatasetDiagnosticCodes.DateOrderChosen,
            DiagnosticSeverity.Info,
            string.Create(CultureInfo.InvariantCulture, $"Numeric dates are read {(order == DateOrder.DayFirst ? "day first (29/12/2015)" : "month first (12/29/2015)")}, as the date at line {line} shows."))
        {
            Line = line,
            Value = DateText(record),
        });
    }

    /// <summary>Gets a value indicating whether held rows can go: the date order is known, or too many wait.</summary>
    private bool ReleaseDue => held.Count > 0 && (dateOrder != DateOrder.Auto || held.Count >= MaxHeld);

    /// <summary>The held rows, finished in file order once the date order is known (assumed day first when nothing decides).</summary>
    private IEnumerable<DatasetRow<TRecord>> Release(bool force)
    {
        if (held.Count == 0 || (!force && !ReleaseDue))
        {
            yield break;
        }

        if (dateOrder == DateOrder.Auto)
        {
            dateOrder = DateOrder.DayFirst;
            var first = held.Peek();
            fileDiagnostics.Add(new Diagnostic(
                DatasetDiagnosticCodes.DateOrderChosen,
                DiagnosticSeverity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"No date in the first {held.Count} {(held.Count == 1 ? "row" : "rows")} shows whether numeric dates are day first or month first (every part is 12 or less); they are read day first, the codebook's order. Declare the order (DatasetReaderOptions.DateOrder, --date-order) if that is wrong."))
            {
                Line = first.Line,
                Value = first.Record is { } r ? DateText(r) : null,
            });
        }

        while (held.TryDequeue(out var item))
        {
            var row = item.Done ?? Finish(item.Line, item.Record!, [.. item.Early]);
            Count(row);
            yield return row;
        }
    }

    private void Count(DatasetRow<TRecord> row) => tally.Count(row);

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
                FieldKind.SpelledDate => FieldText.TrySpelledDate(value, out _) || FieldText.TryNumericDate(value, dateOrder, out _) ? null
                    : FieldText.EvidenceOf(value) != FieldText.NumericEvidence.None ? $"is not a date that exists when read {(dateOrder == DateOrder.MonthFirst ? "month first" : "day first")}, the file's order"
                    : FieldText.LooksLikeSpelledDate(value) ? "is not a date that exists"
                    : "is not a date in a form this reader reads (2020-02-27, 27 February 2020, 01-January-2015, 9-May-20, 29/12/2015)",
                _ => FieldText.IsDigitCode(value) ? null : "is not a code of digits",
            };
            if (problem is not null)
            {
                diagnostics.Add(Error(DatasetDiagnosticCodes.InvalidField, line, column, $"The field '{column}' {problem}.", value.ToString()));
            }
            else if (kind != FieldKind.Text && (value[0] > '\u007F' || value[^1] > '\u007F'))
            {
                ReportUnusualSpace(value, line, column, diagnostics);
            }
        }
    }

    /// <summary>
    /// A typed value read with a non-ASCII space at its edge (a no-break space from a web page or a spreadsheet):
    /// the value is read without it, and the row says so, since such a space can hide an edit by hand.
    /// </summary>
    private static void ReportUnusualSpace(ReadOnlySpan<char> value, long line, string column, List<Diagnostic> diagnostics)
    {
        var edge = value[0] > '\u007F' ? value[0] : value[^1];
        if (!char.IsWhiteSpace(edge))
        {
            return;
        }

        diagnostics.Add(new Diagnostic(
            DatasetDiagnosticCodes.InvalidField,
            DiagnosticSeverity.Warning,
            string.Create(CultureInfo.InvariantCulture, $"The field '{column}' has a U+{(int)edge:X4} space {(value[0] == edge ? "before" : "after")} its value; read as '{value.Trim()}'."))
        {
            Line = line,
            Path = "/" + column,
            Value = value.ToString(),
        });
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

    private static string Excerpt(ReadOnlySpan<char> text) => RowDiagnostics.Excerpt(text);

    /// <summary>What the decoder decided, when it is more than plain UTF-8.</summary>
    private Diagnostic? EncodingDiagnostic()
    {
        if (options.Encoding == DatasetEncoding.Windows1252)
        {
            return new Diagnostic(DatasetDiagnosticCodes.EncodingDetected, DiagnosticSeverity.Info, "Decoded as Windows-1252, as declared.");
        }

        if (text.FallbackLines > 0)
        {
            var (line, offset) = text.FirstFallback;
            var rest = text.Utf8NonAsciiSeen ? " The other lines are UTF-8 and were read as such." : string.Empty;
            return new Diagnostic(
                DatasetDiagnosticCodes.EncodingDetected,
                DiagnosticSeverity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"{text.FallbackLines} line(s) are not valid UTF-8 and were decoded as Windows-1252 (the first is line {line}, byte offset {offset}).{rest} Declare the encoding if that is wrong."))
            {
                Line = line,
            };
        }

        return text.EncodingName.StartsWith("UTF-16", StringComparison.Ordinal) || text.EncodingName.StartsWith("UTF-32", StringComparison.Ordinal)
            ? new Diagnostic(
                DatasetDiagnosticCodes.EncodingDetected,
                text.Utf16WithoutMark ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info,
                text.Utf16WithoutMark
                    ? $"The file has no byte order mark but its zero bytes show {text.EncodingName}; it was decoded as such. Declare the encoding if that is wrong."
                    : $"The file starts with a {text.EncodingName} byte order mark and was decoded as {text.EncodingName}.")
            : null;
    }

    private enum StepEnd
    {
        Continue,
        EndOfRows,
        FailedFast,
    }
}
