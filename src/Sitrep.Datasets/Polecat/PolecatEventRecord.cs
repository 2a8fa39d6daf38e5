using System;
using NodaTime;
using Sitrep.Datasets.Parsing;

namespace Sitrep.Datasets.Polecat;

/// <summary>
/// One POLECAT event row exactly as the file has it, every column as text. Missing values are written <c>None</c> in
/// these files; the typed accessors treat that as missing. Multi-valued columns (modes, contexts, sectors, story
/// entities) are split on <c>;</c> by <see cref="ValuesOf"/>.
/// </summary>
public sealed record PolecatEventRecord : DatasetRecord
{
    /// <summary>Initializes a record from its columns and fields.</summary>
    /// <param name="columns">The column names in file order.</param>
    /// <param name="values">The fields, in the same order.</param>
    public PolecatEventRecord(ValueArray<string> columns, ValueArray<string> values)
        : base(columns, values)
    {
    }

    internal PolecatEventRecord(ValueArray<string> columns, ValueArray<string> values, ColumnIndex index)
        : base(columns, values, index)
    {
    }

    internal PolecatEventRecord(ValueArray<string> columns, RawRow row, ColumnIndex index)
        : base(columns, row, index)
    {
    }

    /// <summary>Gets the event id (<c>20230101-2309-4e081644904c_ASSAULT</c>).</summary>
    public string EventId => Field("Event ID") ?? string.Empty;

    /// <summary>Gets the event date.</summary>
    public LocalDate EventDate => Required<LocalDate>("Event Date", Field("Event Date"), FieldText.TryIsoDate, "a date that exists (YYYY-MM-DD)");

    /// <summary>Gets the PLOVER event type (<c>ASSAULT</c>).</summary>
    public string EventType => Field("Event Type")?.Trim() ?? string.Empty;

    /// <summary>Gets the PLOVER modes (<c>aerial</c>).</summary>
    public ValueArray<string> EventModes => ValuesOf("Event Mode");

    /// <summary>Gets the PLOVER contexts (<c>military</c>).</summary>
    public ValueArray<string> Contexts => ValuesOf("Contexts");

    /// <summary>Gets the conflict-cooperation intensity, from <c>Event Intensity</c> or <c>Intensity</c>.</summary>
    public double? Intensity => Field("Event Intensity") is { } intensity ? Number("Event Intensity", intensity) : Number("Intensity", Field("Intensity"));

    /// <summary>Gets the actor's name, or <see langword="null"/>.</summary>
    public string? ActorName => Field("Actor Name");

    /// <summary>Gets the recipient's name, or <see langword="null"/>.</summary>
    public string? RecipientName => Field("Recipient Name");

    /// <summary>Gets the latitude of the event's place, or <see langword="null"/>.</summary>
    public double? Latitude => Number("Latitude", Field("Latitude"));

    /// <summary>Gets the longitude of the event's place, or <see langword="null"/>.</summary>
    public double? Longitude => Number("Longitude", Field("Longitude"));

    /// <summary>Gets a field as text, <see langword="null"/> when the file lacks the column, leaves it empty or writes <c>None</c>.</summary>
    /// <param name="column">The column name, case-insensitive.</param>
    /// <returns>The text, untrimmed.</returns>
    public string? Field(string column) => IsMissing(this[column]) ? null : this[column];

    /// <summary>Splits a multi-valued column on <c>;</c>, trimming each value and leaving out empty ones and <c>None</c>.</summary>
    /// <param name="column">The column name, case-insensitive.</param>
    /// <returns>The values, in order.</returns>
    public ValueArray<string> ValuesOf(string column)
    {
        if (Field(column) is not { } text)
        {
            return default;
        }

        var parts = text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return ValueArray.From(Array.FindAll(parts, p => !IsMissing(p)));
    }

    /// <summary>Returns <c>POLECAT {Event ID}</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "POLECAT " + EventId;

    private double? Number(string column, string? text) => IsMissing(text) ? null : Optional<double>(column, text, FieldText.TryDouble, "a number");

    internal static bool IsMissing(string? text) => text is null || FieldText.IsMissing(text) || text.AsSpan().Trim().SequenceEqual("None");
}
