using System;
using System.Globalization;
using NodaTime;
using Sitrep.Datasets.Parsing;

namespace Sitrep.Datasets.Ucdp;

/// <summary>
/// One UCDP GED event exactly as the file has it: every column, known or not, as text. Typed accessors read the
/// codebook's fields from that text; the reader has checked them, so on a record it returned they succeed.
/// Codes stay text: <c>gwnoa</c> may hold several GW codes, <c>relid</c> is opaque.
/// </summary>
public sealed record UcdpGedRecord : DatasetRecord
{
    /// <summary>Initializes a record from its columns and fields.</summary>
    /// <param name="columns">The column names in file order.</param>
    /// <param name="values">The fields, in the same order.</param>
    public UcdpGedRecord(ValueArray<string> columns, ValueArray<string> values)
        : base(columns, values)
    {
    }

    internal UcdpGedRecord(ValueArray<string> columns, ValueArray<string> values, ColumnIndex index)
        : base(columns, values, index)
    {
    }

    internal UcdpGedRecord(ValueArray<string> columns, RawRow row, ColumnIndex index)
        : base(columns, row, index)
    {
    }

    /// <summary>Gets the event id, stable across releases.</summary>
    public long? Id => OptionalLong("id");

    /// <summary>Gets the release id (<c>MYA-1992-3-775-5</c>), opaque; absent before GED 20.1.</summary>
    public string? Relid => FieldText.Text(this["relid"]);

    /// <summary>Gets the type of violence: 1 state-based, 2 non-state, 3 one-sided.</summary>
    public int? TypeOfViolence => (int?)OptionalLong("type_of_violence");

    /// <summary>Gets side A's name.</summary>
    public string? SideA => FieldText.Text(this["side_a"]);

    /// <summary>Gets side B's name (<c>Civilians</c> for one-sided violence).</summary>
    public string? SideB => FieldText.Text(this["side_b"]);

    /// <summary>Gets the earliest possible date.</summary>
    public LocalDate DateStart => Required<LocalDate>("date_start", Span("date_start"), FieldText.TryIsoDate, "a date that exists (YYYY-MM-DD)");

    /// <summary>Gets the latest possible date.</summary>
    public LocalDate DateEnd => Required<LocalDate>("date_end", Span("date_end"), FieldText.TryIsoDate, "a date that exists (YYYY-MM-DD)");

    /// <summary>Gets the date precision, 1 (exact day) to 5 (year), when given.</summary>
    public int? DatePrecision => (int?)OptionalLong("date_prec");

    /// <summary>Gets the location precision, 1 (exact) to 7 (at sea or in airspace), when given.</summary>
    public int? WherePrecision => (int?)OptionalLong("where_prec");

    /// <summary>Gets the latitude, when given.</summary>
    public double? Latitude => OptionalDouble("latitude");

    /// <summary>Gets the longitude, when given.</summary>
    public double? Longitude => OptionalDouble("longitude");

    /// <summary>Gets UCDP's country name ("Myanmar (Burma)").</summary>
    public string? Country => FieldText.Text(this["country"]);

    /// <summary>Gets the Gleditsch-Ward code of the country (not ISO).</summary>
    public int? CountryId => (int?)OptionalLong("country_id");

    /// <summary>Gets the best estimate of deaths.</summary>
    public long Best => Required<long>("best", Span("best"), FieldText.TryLong, "an integer");

    /// <summary>Gets the low estimate of deaths.</summary>
    public long? Low => OptionalLong("low");

    /// <summary>Gets the high estimate of deaths.</summary>
    public long? High => OptionalLong("high");

    /// <summary>Gets deaths on side A, when given.</summary>
    public long? DeathsA => OptionalLong("deaths_a");

    /// <summary>Gets deaths on side B, when given.</summary>
    public long? DeathsB => OptionalLong("deaths_b");

    /// <summary>Gets civilian deaths, when given.</summary>
    public long? DeathsCivilians => OptionalLong("deaths_civilians");

    /// <summary>Gets deaths of unknown status, when given.</summary>
    public long? DeathsUnknown => OptionalLong("deaths_unknown");

    /// <summary>Returns <c>UCDP GED {id}</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "UCDP GED " + this["id"];
}
