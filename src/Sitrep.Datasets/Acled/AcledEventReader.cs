using System;
using System.Collections.Generic;
using System.IO;
using Sitrep.Datasets.Parsing;
using Sitrep.Validation;

namespace Sitrep.Datasets.Acled;

/// <summary>
/// Reads ACLED CSV exports: the current 31-column layout and the older ones, columns found by header name in any
/// case, a leading row-number column (pandas, R) or population columns kept as extra columns, subsets accepted as
/// long as <c>event_date</c> is there (<see cref="AcledColumns.Required"/>), dates in the spellings exports use
/// (numeric ones in the file's order, <see cref="DateOrder"/>), and an HXL hashtag row skipped. Every data row yields a <see cref="DatasetRow{TRecord}"/>, accepted or rejected.
/// </summary>
public sealed class AcledEventReader : DatasetReader<AcledEventRecord>
{
    private static readonly FieldCheck[] FieldChecks =
    [
        new("event_id_cnty", FieldKind.Text),
        new("event_date", FieldKind.SpelledDate, Required: true),
        new("year", FieldKind.Integer, Min: 1, Max: 9998),
        new("time_precision", FieldKind.Integer, Min: 1, Max: 3),
        new("iso", FieldKind.DigitCode),
        new("latitude", FieldKind.Latitude),
        new("longitude", FieldKind.Longitude),
        new("geo_precision", FieldKind.Integer, Min: 1, Max: 3),
        new("fatalities", FieldKind.Integer, Min: 0),
        new("timestamp", FieldKind.Integer, Min: 0),
        new("data_id", FieldKind.Integer, Min: 0),
        new("event_id_no_cnty", FieldKind.Integer, Min: 0),
        new("gwno", FieldKind.Integer, Min: 0),
    ];

    private AcledEventReader(Stream stream, DatasetReaderOptions? options)
        : base(stream, options, ',', quotes: true)
    {
    }

    /// <summary>Gets the layout found, or <see langword="null"/> before reading starts or when the file is not ACLED.</summary>
    public AcledLayout? Layout { get; private set; }

    /// <inheritdoc />
    public override string? LayoutDescription =>
        Layout is { } layout ? $"ACLED {layout.ToString().ToLowerInvariant()} layout, {EncodingName}" : null;

    /// <summary>Gets the columns the file has that ACLED's codebook does not name (a row number, a user's own), kept as extra columns.</summary>
    public ValueArray<string> ExtraColumns { get; private set; }

    private protected override string? IdColumn => "event_id_cnty";

    private protected override IReadOnlyList<FieldCheck> Checks => FieldChecks;

    private protected override FieldText.NumericEvidence DateEvidence(AcledEventRecord record) =>
        FieldText.EvidenceOf(record.Span("event_date"));

    private protected override string? DateText(AcledEventRecord record) => record["event_date"];

    private protected override AcledEventRecord Settle(AcledEventRecord record, DateOrder order) =>
        order == DateOrder.Auto || FieldText.EvidenceOf(record.Span("event_date")) == FieldText.NumericEvidence.None
            ? record
            : record with { NumericDateOrder = order };

    /// <summary>Opens a reader over a stream; the stream is disposed with the reader.</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="options">Encoding, fail-fast and limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The reader; enumerate <see cref="DatasetReader{TRecord}.ReadRows"/>.</returns>
    public static AcledEventReader Open(Stream stream, DatasetReaderOptions? options = null) => new(stream, options);

    /// <summary>Opens a reader over a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Encoding, fail-fast and limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The reader; enumerate <see cref="DatasetReader{TRecord}.ReadRows"/>.</returns>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static AcledEventReader OpenFile(string path, DatasetReaderOptions? options = null) =>
        Open(OpenRead(path), options);

    private protected override AcledEventRecord CreateRecord(ValueArray<string> columns, ValueArray<string> values, ColumnIndex index) =>
        new(columns, values, index);

    private protected override AcledEventRecord CreateRecord(ValueArray<string> columns, RawRow row, ColumnIndex index) =>
        new(columns, row, index);

    private protected override bool TryLayout(string[] firstRow, List<Diagnostic> fileDiagnostics, out ValueArray<string> columns, out bool isHeader)
    {
        var normalised = Array.ConvertAll(firstRow, f => f.Trim().ToLowerInvariant());
        columns = ValueArray.Create<string>(normalised);
        isHeader = true;
        var missing = new List<string>();
        foreach (var required in AcledColumns.Required)
        {
            if (Array.IndexOf(normalised, required) < 0)
            {
                missing.Add(required);
            }
        }

        if (missing.Count > 0)
        {
            fileDiagnostics.Add(new Diagnostic(
                DatasetDiagnosticCodes.UnrecognisedLayout,
                DiagnosticSeverity.Error,
                "The header lacks required ACLED columns: " + string.Join(", ", missing) + " (ACLED files always have a header).")
            {
                Line = 1,
                Value = Shorten(string.Join(",", firstRow)),
            });
            return false;
        }

        var extras = new List<string>();
        foreach (var name in normalised)
        {
            if (!AcledColumns.Known.Contains(name))
            {
                extras.Add(name);
            }
        }

        ExtraColumns = ValueArray.From(extras);
        Layout = Has(normalised, AcledColumns.OldestOnly) ? AcledLayout.Oldest
            : Has(normalised, AcledColumns.LegacyOnly) ? AcledLayout.Legacy
            : Array.IndexOf(normalised, "disorder_type") >= 0 ? AcledLayout.Current
            : AcledLayout.Subset;
        return true;
    }

    private static bool Has(string[] names, ValueArray<string> any)
    {
        foreach (var name in any)
        {
            if (Array.IndexOf(names, name) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
