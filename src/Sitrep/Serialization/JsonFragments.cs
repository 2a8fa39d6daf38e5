using System.Text.Json;

namespace Sitrep.Serialization;

/// <summary>
/// A part of the model (a place, a list of casualty counts, provenance, ids) as exactly its canonical JSON, compact,
/// an empty list or a missing part as null: what Parquet columns hold for nested parts (DuckDB and Spark read them
/// with <c>from_json</c>), and how <c>DatasetDiff</c> shows a changed part.
/// </summary>
internal static class JsonFragments
{
    public static string? Write<T>(ValueArray<T> items) =>
        items.IsEmpty ? null : JsonSerializer.Serialize(items, SitrepJsonOptions.TypeInfo<ValueArray<T>>(SitrepJsonOptions.Compact));

    public static string? Write<T>(T? item)
        where T : class =>
        item is null ? null : JsonSerializer.Serialize(item, SitrepJsonOptions.TypeInfo<T>(SitrepJsonOptions.Compact));

    /// <summary>Reads a list back; throws <see cref="JsonException"/> (or <see cref="SitrepJsonException"/>) for text that is not one.</summary>
    public static ValueArray<T> ReadList<T>(string? json) =>
        json is null ? default : JsonSerializer.Deserialize(json, SitrepJsonOptions.TypeInfo<ValueArray<T>>(SitrepJsonOptions.Compact));

    /// <summary>Reads an object back; throws <see cref="JsonException"/> (or <see cref="SitrepJsonException"/>) for text that is not one.</summary>
    public static T? Read<T>(string? json)
        where T : class =>
        json is null ? null : JsonSerializer.Deserialize(json, SitrepJsonOptions.TypeInfo<T>(SitrepJsonOptions.Compact)) ?? throw new JsonException("null is not a value here.");
}
