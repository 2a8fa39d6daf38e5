using System;
using NodaTime;
using Sitrep.Datasets.Parsing;

namespace Sitrep.Datasets.Acled;

/// <summary>
/// One ACLED event exactly as the file has it, every column as text: the ISO numeric code keeps its leading zeros
/// (<c>004</c>), dates keep their spelling, and typed accessors read the codebook's fields.
/// </summary>
public sealed record AcledEventRecord : DatasetRecord
{
    /// <summary>Initializes a record from its columns and fields.</summary>
    /// <param name="columns">The column names in file order.</param>
    /// <param name="values">The fields, in the same order.</param>
    public AcledEventRecord(ValueArray<string> columns, ValueArray<string> values)
        : base(columns, values)
    {
    }

    internal AcledEventRecord(ValueArray<string> columns, ValueArray<string> values, ColumnIndex index)
        : base(columns, values, index)
    {
    }

    internal AcledEventRecord(ValueArray<string> columns, RawRow row, ColumnIndex index)
        : base(columns, row, index)
    {
    }

    /// <summary>Gets the event id (<c>ETH9766</c>).</summary>
    public string EventIdCnty => this["event_id_cnty"]?.Trim() ?? string.Empty;

    /// <summary>
    /// Gets the order a numeric <c>event_date</c> (<c>29/12/2015</c>) is read in: the file's, as the reader found or
    /// was told it; <see cref="DateOrder.Auto"/> for a record built by hand reads day first unless the date shows
    /// otherwise.
    /// </summary>
    public DateOrder NumericDateOrder { get; init; }

    /// <summary>Gets the event date, whatever its spelling in the file (numeric dates in <see cref="NumericDateOrder"/>).</summary>
    public LocalDate EventDate
    {
        get
        {
            var text = Span("event_date");
            return FieldText.TrySpelledDate(text, out var date) || FieldText.TryNumericDate(text, NumericDateOrder, out date)
                ? date
                : throw Unreadable("event_date", text, "a date that exists");
        }
    }

    /// <summary>Gets the time precision: 1 the day, 2 the week, 3 the month.</summary>
    public int? TimePrecision => (int?)OptionalLong("time_precision");

    /// <summary>Gets the event type (one of ACLED's six).</summary>
    public string? EventType => FieldText.Text(this["event_type"]);

    /// <summary>Gets the sub-event type (one of ACLED's 25).</summary>
    public string? SubEventType => FieldText.Text(this["sub_event_type"]);

    /// <summary>Gets the first actor.</summary>
    public string? Actor1 => FieldText.Text(this["actor1"]);

    /// <summary>Gets the second actor, often blank.</summary>
    public string? Actor2 => FieldText.Text(this["actor2"]);

    /// <summary>Gets the ISO 3166-1 numeric country code as written (<c>004</c> stays <c>004</c>).</summary>
    public string? Iso => FieldText.Text(this["iso"])?.Trim();

    /// <summary>Gets the latitude.</summary>
    public double? Latitude => OptionalDouble("latitude");

    /// <summary>Gets the longitude.</summary>
    public double? Longitude => OptionalDouble("longitude");

    /// <summary>Gets the geographic precision: 1 the town, 2 near a town, 3 a larger region.</summary>
    public int? GeoPrecision => (int?)OptionalLong("geo_precision");

    /// <summary>Gets the fatalities: ACLED's most conservative reported figure, 0 when nothing was reported.</summary>
    public long? Fatalities => OptionalLong("fatalities");


    /// <summary>Returns <c>ACLED {event_id_cnty}</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "ACLED " + EventIdCnty;
}
