using System;
using System.Collections.Generic;
using System.IO;
using Sitrep.Datasets.Parsing;
using Sitrep.Validation;

namespace Sitrep.Datasets.Gdelt;

/// <summary>
/// Reads GDELT event files: tab-separated, no header, no quoting, the layout told by the column count (61 for 2.0,
/// 58 or 57 for 1.0). A header row, if someone added one, is recognised and skipped. Every data row yields a
/// <see cref="DatasetRow{TRecord}"/>, accepted or rejected with diagnostics.
/// </summary>
public sealed class GdeltEventReader : DatasetReader<GdeltEventRecord>
{
    private static readonly FieldCheck[] FieldChecks =
    [
        new("GLOBALEVENTID", FieldKind.Integer, Required: true, Min: 0),
        new("SQLDATE", FieldKind.CompactDate, Required: true),
        new("MonthYear", FieldKind.Integer, Min: 100, Max: 999912),
        new("Year", FieldKind.Integer, Min: 1, Max: 9998),
        new("FractionDate", FieldKind.Decimal),
        new("IsRootEvent", FieldKind.Boolean),
        new("EventCode", FieldKind.DigitCode, Required: true),
        new("EventBaseCode", FieldKind.DigitCode),
        new("EventRootCode", FieldKind.DigitCode),
        new("QuadClass", FieldKind.Integer, Min: 1, Max: 4),
        new("GoldsteinScale", FieldKind.Decimal, Min: -10, Max: 10),
        new("NumMentions", FieldKind.Integer, Min: 0),
        new("NumSources", FieldKind.Integer, Min: 0),
        new("NumArticles", FieldKind.Integer, Min: 0),
        new("AvgTone", FieldKind.Decimal, Min: -100, Max: 100),

        // Geo_Type 0 (no location) is not in the codebook but occurs in real files.
        new("Actor1Geo_Type", FieldKind.Integer, Min: 0, Max: 5),
        new("Actor1Geo_Lat", FieldKind.Latitude),
        new("Actor1Geo_Long", FieldKind.Longitude),
        new("Actor2Geo_Type", FieldKind.Integer, Min: 0, Max: 5),
        new("Actor2Geo_Lat", FieldKind.Latitude),
        new("Actor2Geo_Long", FieldKind.Longitude),
        new("ActionGeo_Type", FieldKind.Integer, Min: 0, Max: 5),
        new("ActionGeo_Lat", FieldKind.Latitude),
        new("ActionGeo_Long", FieldKind.Longitude),
        new("DATEADDED", FieldKind.CompactTimestamp, Required: true),
    ];

    private GdeltEventReader(Stream stream, DatasetReaderOptions? options)
        : base(stream, options, '\t', quotes: false)
    {
    }

    /// <summary>Gets the layout found, or <see langword="null"/> before reading starts or when the file is not a GDELT event file.</summary>
    public GdeltLayout? Layout { get; private set; }

    /// <inheritdoc />
    public override string? LayoutDescription => Layout switch
    {
        GdeltLayout.Gdelt2 => "GDELT 2.0 events (61 columns), " + EncodingName,
        GdeltLayout.Gdelt1 => "GDELT 1.0 events (58 columns), " + EncodingName,
        GdeltLayout.Gdelt1WithoutUrl => "GDELT 1.0 events (57 columns), " + EncodingName,
        _ => null,
    };

    private protected override string? IdColumn => "GLOBALEVENTID";

    private protected override IReadOnlyList<FieldCheck> Checks => FieldChecks;

    /// <summary>Opens a reader over a stream; the stream is disposed with the reader.</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="options">Encoding, fail-fast and limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The reader; enumerate <see cref="DatasetReader{TRecord}.ReadRows"/>.</returns>
    public static GdeltEventReader Open(Stream stream, DatasetReaderOptions? options = null) => new(stream, options);

    /// <summary>Opens a reader over a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Encoding, fail-fast and limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The reader; enumerate <see cref="DatasetReader{TRecord}.ReadRows"/>.</returns>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static GdeltEventReader OpenFile(string path, DatasetReaderOptions? options = null) =>
        Open(OpenRead(path), options);

    private protected override GdeltEventRecord CreateRecord(ValueArray<string> columns, ValueArray<string> values, ColumnIndex index) =>
        new(columns, values, index);

    private protected override GdeltEventRecord CreateRecord(ValueArray<string> columns, RawRow row, ColumnIndex index) =>
        new(columns, row, index);

    private protected override bool TryLayout(string[] firstRow, List<Diagnostic> fileDiagnostics, out ValueArray<string> columns, out bool isHeader)
    {
        isHeader = firstRow.Length > 0 && firstRow[0].Trim().Equals("GLOBALEVENTID", StringComparison.OrdinalIgnoreCase);
        (Layout, columns) = firstRow.Length switch
        {
            61 => (GdeltLayout.Gdelt2, GdeltEventColumns.Gdelt2),
            58 => (GdeltLayout.Gdelt1, GdeltEventColumns.Gdelt1),
            57 => (GdeltLayout.Gdelt1WithoutUrl, GdeltEventColumns.Gdelt1WithoutUrl),
            _ => ((GdeltLayout?)null, default(ValueArray<string>)),
        };
        if (Layout is null)
        {
            fileDiagnostics.Add(new Diagnostic(
                DatasetDiagnosticCodes.UnrecognisedLayout,
                DiagnosticSeverity.Error,
                $"The first row has {firstRow.Length} tab-separated fields; GDELT event files have 61 (2.0), 58 or 57 (1.0).")
            {
                Line = 1,
                Value = Shorten(string.Join('\t', firstRow)),
            });
            return false;
        }

        return true;
    }
}
