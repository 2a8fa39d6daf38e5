using System.Text.Json;
using Sitrep.Serialization;

namespace Sitrep.Parquet.Tables;

/// <summary>
/// The nested parts a row keeps as JSON text (provenance, external ids, id lists, aliases): exactly the canonical JSON
/// of that part, so <c>from_json</c>/<c>json_extract</c> in DuckDB or Spark read them as the schema documents, and an
/// empty list is null rather than <c>[]</c>.
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
