using NodaTime;
using Sitrep.Datasets.Parsing;

namespace Sitrep.Datasets.Gdelt;

/// <summary>
/// One GDELT event row exactly as the file has it, every column as text; CAMEO event and actor codes stay strings
/// (<c>040</c> keeps its zero) and FIPS 10-4 country codes are kept as written. GDELT records news reports, not
/// unique events: the same event appears in many rows.
/// </summary>
public sealed record GdeltEventRecord : DatasetRecord
{
    /// <summary>Initializes a record from its columns and fields.</summary>
    /// <param name="columns">The column names in file order.</param>
    /// <param name="values">The fields, in the same order.</param>
    public GdeltEventRecord(ValueArray<string> columns, ValueArray<string> values)
        : base(columns, values)
    {
    }

    internal GdeltEventRecord(ValueArray<string> columns, ValueArray<string> values, ColumnIndex index)
        : base(columns, values, index)
    {
    }

    internal GdeltEventRecord(ValueArray<string> columns, RawRow row, ColumnIndex index)
        : base(columns, row, index)
    {
    }

    /// <summary>Gets the event id, unique but not in date order.</summary>
    public long GlobalEventId => Required<long>("GLOBALEVENTID", Span("GLOBALEVENTID"), FieldText.TryLong, "an integer");

    /// <summary>Gets the event date (<c>SQLDATE</c>); it can be long before the report.</summary>
    public LocalDate Date => Required<LocalDate>("SQLDATE", Span("SQLDATE"), FieldText.TryCompactDate, "a date that exists (YYYYMMDD)");

    /// <summary>Gets the CAMEO event code, as text.</summary>
    public string EventCode => this["EventCode"]?.Trim() ?? string.Empty;

    /// <summary>Gets the CAMEO root code (01 to 20), as text.</summary>
    public string? EventRootCode => FieldText.Text(this["EventRootCode"])?.Trim();

    /// <summary>Gets the quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public int? QuadClass => (int?)OptionalLong("QuadClass");

    /// <summary>Gets the Goldstein scale value of the event type, -10 to 10.</summary>
    public double? GoldsteinScale => OptionalDouble("GoldsteinScale");

    /// <summary>Gets the average tone of the reports, -100 to 100.</summary>
    public double? AvgTone => OptionalDouble("AvgTone");

    /// <summary>Gets the CAMEO code of actor 1 (<c>MNCUSA</c>), or <see langword="null"/> when blank.</summary>
    public string? Actor1Code => FieldText.Text(this["Actor1Code"]);

    /// <summary>Gets the CAMEO code of actor 2, or <see langword="null"/> when blank.</summary>
    public string? Actor2Code => FieldText.Text(this["Actor2Code"]);

    /// <summary>Gets the FIPS 10-4 country code of the action's location (<c>IZ</c> is Iraq), or <see langword="null"/>.</summary>
    public string? ActionGeoCountryCode => FieldText.Text(this["ActionGeo_CountryCode"]);

    /// <summary>Gets the URL of the first report, when the layout has it.</summary>
    public string? SourceUrl => FieldText.Text(this["SOURCEURL"]);


    /// <summary>Returns <c>GDELT {GLOBALEVENTID}</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "GDELT " + this["GLOBALEVENTID"];
}
