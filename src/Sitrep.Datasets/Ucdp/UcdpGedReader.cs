using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Sitrep.Datasets.Parsing;
using Sitrep.Validation;

namespace Sitrep.Datasets.Ucdp;

/// <summary>
/// Reads UCDP GED CSV files (GED 20.1+ with 49 columns, 18.1/19.1 with 42, with or without a header), row by row in
/// constant memory, on Sep. Columns are found by name whatever their case; extra columns are kept. Every data row
/// yields a <see cref="DatasetRow{TRecord}"/>, accepted or rejected with diagnostics naming the line, the column and
/// the raw value; reading never throws for bad content.
/// </summary>
public sealed class UcdpGedReader : DatasetReader<UcdpGedRecord>
{
    private static readonly string[] CheckedColumns = ["low", "best", "high", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "date_start", "date_end"];
    private int[]? positions;

    private static readonly FieldCheck[] FieldChecks =
    [
        new("id", FieldKind.Integer, Min: 0),
        new("year", FieldKind.Integer, Min: 1, Max: 9998),
        new("active_year", FieldKind.Boolean),
        new("type_of_violence", FieldKind.Integer, Min: 1, Max: 3),

        // The current ids of the conflict, dyad and sides are numbers (the legacy "dset" ids may be text): an actor's id
        // is made from its side's.
        new("conflict_new_id", FieldKind.Integer, Min: 0),
        new("dyad_new_id", FieldKind.Integer, Min: 0),
        new("side_a_new_id", FieldKind.Integer, Min: 0),
        new("side_b_new_id", FieldKind.Integer, Min: 0),
        new("number_of_sources", FieldKind.Integer, Min: -1),
        new("where_prec", FieldKind.Integer, Min: 1, Max: 7),
        new("latitude", FieldKind.Latitude),
        new("longitude", FieldKind.Longitude),
        new("priogrid_gid", FieldKind.Integer),
        new("country_id", FieldKind.Integer, Min: 0),
        new("event_clarity", FieldKind.Integer, Min: 1, Max: 2),
        new("date_prec", FieldKind.Integer, Min: 1, Max: 5),
        new("date_start", FieldKind.IsoDate, Required: true),
        new("date_end", FieldKind.IsoDate, Required: true),
        new("deaths_a", FieldKind.Integer, Min: 0),
        new("deaths_b", FieldKind.Integer, Min: 0),
        new("deaths_civilians", FieldKind.Integer, Min: 0),
        new("deaths_unknown", FieldKind.Integer, Min: 0),
        new("best", FieldKind.Integer, Required: true, Min: 0),
        new("low", FieldKind.Integer, Min: 0),
        new("high", FieldKind.Integer, Min: 0),
    ];

    private UcdpGedReader(Stream stream, DatasetReaderOptions? options)
        : base(stream, options, ',', quotes: true)
    {
    }

    /// <summary>Gets the layout found, or <see langword="null"/> before reading starts or when the file is not UCDP GED.</summary>
    public UcdpGedFileLayout? Layout { get; private set; }

    /// <inheritdoc />
    public override string? LayoutDescription => Layout?.ToString();

    private protected override string? IdColumn => "id";

    private protected override IReadOnlyList<FieldCheck> Checks => FieldChecks;

    /// <summary>Opens a reader over a stream; the stream is disposed with the reader.</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="options">Encoding, fail-fast and limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The reader; enumerate <see cref="DatasetReader{TRecord}.ReadRows"/>.</returns>
    public static UcdpGedReader Open(Stream stream, DatasetReaderOptions? options = null) => new(stream, options);

    /// <summary>Opens a reader over a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Encoding, fail-fast and limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The reader; enumerate <see cref="DatasetReader{TRecord}.ReadRows"/>.</returns>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static UcdpGedReader OpenFile(string path, DatasetReaderOptions? options = null) =>
        Open(OpenRead(path), options);

    private protected override UcdpGedRecord CreateRecord(ValueArray<string> columns, ValueArray<string> values, ColumnIndex index) =>
        new(columns, values, index);

    private protected override UcdpGedRecord CreateRecord(ValueArray<string> columns, RawRow row, ColumnIndex index) =>
        new(columns, row, index);

    // Positions of the columns the cross-field checks read, found once per file rather than by name per row.
    private int[] Positions => positions ??= Array.ConvertAll(CheckedColumns, ColumnAt);

    private protected override void CheckRecord(UcdpGedRecord record, long line, List<Diagnostic> diagnostics)
    {
        var at = Positions;
        if (FieldText.IsoDate(record.SpanAt(at[8])) < FieldText.IsoDate(record.SpanAt(at[7])))
        {
            diagnostics.Add(Error(DatasetDiagnosticCodes.InvalidField, line, "date_end", "date_end is before date_start.", record["date_end"]));
        }
    }

    private protected override void CheckInvariants(UcdpGedRecord record, long line, List<Diagnostic> diagnostics)
    {
        var at = Positions;
        var best = FieldText.Long(record.SpanAt(at[1])) ?? 0;
        long low = FieldText.Long(record.SpanAt(at[0])) ?? best, high = FieldText.Long(record.SpanAt(at[2])) ?? best;
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

        // The sum of four counts can pass long.MaxValue: added up exactly in 128 bits.
        if (FieldText.Long(record.SpanAt(at[3])) is { } a && FieldText.Long(record.SpanAt(at[4])) is { } b
            && FieldText.Long(record.SpanAt(at[5])) is { } civilians && FieldText.Long(record.SpanAt(at[6])) is { } unknown
            && (Int128)a + b + civilians + unknown is var sum && sum != best)
        {
            diagnostics.Add(new Diagnostic(
                DatasetDiagnosticCodes.DeathsSumMismatch,
                DiagnosticSeverity.Error,
                string.Create(CultureInfo.InvariantCulture, $"best is {best} but deaths_a + deaths_b + deaths_civilians + deaths_unknown = {sum}; kept as given."))
            {
                Line = line,
                Path = "/best",
                Value = record["best"],
            });
        }
    }

    private protected override bool TryLayout(string[] firstRow, List<Diagnostic> fileDiagnostics, out ValueArray<string> columns, out bool isHeader)
    {
        columns = default;
        var normalised = Array.ConvertAll(firstRow, f => f.Trim().ToLowerInvariant());
        var known = 0;
        foreach (var name in normalised)
        {
            if (UcdpGedColumns.Known.Contains(name))
            {
                known++;
            }
        }

        isHeader = known * 2 >= UcdpGedColumns.Required.Count;
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
            columns = ValueArray.Create<string>(normalised);
            var layout = known * 2 < UcdpGedColumns.Ged42.Count ? UcdpGedLayout.Subset : is49 ? UcdpGedLayout.Ged49 : UcdpGedLayout.Ged42;
            Layout = new UcdpGedFileLayout(layout, true, columns, EncodingName);
            return true;
        }

        if (firstRow.Length is 49 or 42)
        {
            columns = firstRow.Length == 49 ? UcdpGedColumns.Ged49 : UcdpGedColumns.Ged42;
            Layout = new UcdpGedFileLayout(firstRow.Length == 49 ? UcdpGedLayout.Ged49 : UcdpGedLayout.Ged42, false, columns, EncodingName);
            fileDiagnostics.Add(new Diagnostic(DatasetDiagnosticCodes.HeaderlessFile, DiagnosticSeverity.Info, $"The file has no header; its {firstRow.Length} columns were read as {Layout}.") { Line = 1 });
            return true;
        }

        fileDiagnostics.Add(new Diagnostic(DatasetDiagnosticCodes.UnrecognisedLayout, DiagnosticSeverity.Error, $"The first row is neither a UCDP GED header nor a header-less row of 49 or 42 fields (it has {firstRow.Length}).")
        {
            Line = 1,
            Value = Shorten(string.Join(",", firstRow)),
        });
        return false;
    }
}
