using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using Sitrep.Datasets.Parsing;

namespace Sitrep.Datasets.Plover;

/// <summary>
/// One PLOVER JSON event, every top-level key kept in order: string values as they are, any other value (lists,
/// objects, numbers) as its compact JSON text, so nothing is lost. Typed accessors read both the 2016 gold-standard
/// field names (<c>source</c>, <c>target</c>, <c>eventText</c>, <c>eventLoc</c>) and the manual's (<c>actor</c>,
/// <c>recipient</c>, <c>event_text</c>, <c>event_loc</c>), and lists written as one comma-joined string.
/// </summary>
public sealed record PloverEventRecord : DatasetRecord
{
    /// <summary>Initializes a record from its keys and values.</summary>
    /// <param name="columns">The top-level keys in document order.</param>
    /// <param name="values">The values: strings as they are, anything else as compact JSON.</param>
    public PloverEventRecord(ValueArray<string> columns, ValueArray<string> values)
        : base(columns, values)
    {
    }

    /// <summary>Gets the record's id.</summary>
    public string Id => this["id"] ?? string.Empty;

    /// <summary>Gets the event date.</summary>
    public LocalDate Date => Required<LocalDate>("date", this["date"], FieldText.TryIsoDate, "a date that exists (YYYY-MM-DD)");

    /// <summary>Gets the end date of an event that lasts, or <see langword="null"/>.</summary>
    public LocalDate? EndDate => Optional<LocalDate>("enddate", this["enddate"], FieldText.TryIsoDate, "a date that exists (YYYY-MM-DD)");

    /// <summary>Gets the event categories (<c>ASSAULT</c>; older files have <c>FIGHT</c>, <c>DEMAND</c>).</summary>
    public ValueArray<string> Events => List("event", ',');

    /// <summary>Gets the modes (<c>aerial</c>).</summary>
    public ValueArray<string> Modes => List("mode", ',');

    /// <summary>Gets the contexts (<c>military</c>); older files join them with commas in one string.</summary>
    public ValueArray<string> Contexts => List("context", ',');

    /// <summary>Gets the actors (<c>actor</c>, or <c>source</c> in older files).</summary>
    public ValueArray<PloverEntity> Actors => Entities(this["actor"] ?? this["source"]);

    /// <summary>Gets the recipients (<c>recipient</c>, or <c>target</c> in older files).</summary>
    public ValueArray<PloverEntity> Recipients => Entities(this["recipient"] ?? this["target"]);

    /// <summary>Gets the words that express the event.</summary>
    public string? EventText => FieldText.Text(this["event_text"] ?? this["eventText"]);

    /// <summary>Gets the story text the event was coded from.</summary>
    public string? Text => FieldText.Text(this["text"]);

    /// <summary>Gets the number of dead, from <c>dead</c> or <c>size.dead</c>, or <see langword="null"/>.</summary>
    public long? Dead => Count("dead");

    /// <summary>Gets the number of injured, from <c>injured</c> or <c>size.injured</c>, or <see langword="null"/>.</summary>
    public long? Injured => Count("injured");

    /// <summary>Gets the number arrested, from <c>arrested</c> or <c>size.arrested</c>, or <see langword="null"/>.</summary>
    public long? Arrested => Count("arrested");

    /// <summary>Gets the location object's fields (<c>name</c>, <c>country code</c>, <c>lat</c>, ...) as text, empty when there is none.</summary>
    public IReadOnlyDictionary<string, string> Location => Object(this["event_loc"] ?? this["eventLoc"]);

    /// <summary>Returns <c>PLOVER {id}</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "PLOVER " + Id;

    private ValueArray<string> List(string key, char separator)
    {
        var raw = this[key];
        if (raw is null || FieldText.IsMissing(raw))
        {
            return default;
        }

        if (raw.StartsWith('['))
        {
            var items = new List<string>();
            foreach (var item in Elements(raw, JsonValueKind.Array))
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } s)
                {
                    items.Add(s.Trim());
                }
            }

            return ValueArray.From(items);
        }

        return ValueArray.Create(raw.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }

    private static ValueArray<PloverEntity> Entities(string? raw)
    {
        if (raw is null || !raw.StartsWith('['))
        {
            return default;
        }

        var entities = new List<PloverEntity>();
        foreach (var item in Elements(raw, JsonValueKind.Array))
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                entities.Add(new PloverEntity(
                    StringOf(item, "actorText") ?? StringOf(item, "entity_text") ?? StringOf(item, "entity_name"),
                    StringOf(item, "code"),
                    StringOf(item, "sector") ?? StringOf(item, "sector_code")));
            }
        }

        return ValueArray.From(entities);
    }

    private long? Count(string key)
    {
        var text = this[key] ?? (Object(this["size"]).TryGetValue(key, out var inSize) ? inSize : null);
        return text is not null && long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static Dictionary<string, string> Object(string? raw)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (raw is null || !raw.StartsWith('{'))
        {
            return fields;
        }

        if (Parse(raw) is not { ValueKind: JsonValueKind.Object } element)
        {
            return fields;
        }

        foreach (var property in element.EnumerateObject())
        {
            fields[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
        }

        return fields;
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s : null;

    private static JsonElement[] Elements(string raw, JsonValueKind kind) =>
        Parse(raw) is { } element && element.ValueKind == kind ? [.. element.EnumerateArray()] : [];

    // Values the reader stored were parsed JSON, so they parse again; a record built in code may hold anything.
    private static JsonElement? Parse(string raw)
    {
        try
        {
            using var document = JsonDocument.Parse(raw, new JsonDocumentOptions { MaxDepth = 64 });
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
