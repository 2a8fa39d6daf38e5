using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Sitrep.Serialization;

/// <summary>The serializer options of the canonical format, built once from the source-generated context.</summary>
internal static class SitrepJsonOptions
{
    internal static readonly JsonSerializerOptions Indented = Create(indented: true, maxDepth: 64);

    internal static readonly JsonSerializerOptions Compact = Create(indented: false, maxDepth: 64);

    // Options own their metadata caches, so one instance per depth limit is built once and kept.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, JsonSerializerOptions> ByDepth = new();

    internal static JsonSerializerOptions ForReading(int maxDepth) =>
        maxDepth == 64 ? Compact : ByDepth.GetOrAdd(maxDepth, static depth => Create(indented: false, depth));

    internal static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions Create(bool indented, int maxDepth)
    {
        var options = new JsonSerializerOptions(SitrepJsonContext.Default.Options)
        {
            WriteIndented = indented,
            IndentSize = 2,
            NewLine = "\n",
            MaxDepth = maxDepth,
            AllowDuplicateProperties = false,

            // Names in Arabic, Ukrainian or Burmese stay readable; the output is data, not HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(ValueArrayTypeInfoResolver.Instance, SitrepJsonContext.Default)
                .WithAddedModifier(OmitEmptyCollectionsAndFalse)
                .WithAddedModifier(JsonLinesShape),
        };
        options.MakeReadOnly();
        return options;
    }

    // A JSON Lines line is the header or one record: the members a reading result adds (line, diagnostics, success)
    // are removed from the contract, not ignored, so a line that holds them is refused as having unknown properties.
    private static void JsonLinesShape(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(JsonLinesRecord))
        {
            return;
        }

        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i].Name is not ("sitrep" or "title" or "description" or "source" or "actor" or "incident" or "statement"))
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }
    }

    // Empty lists and false flags are left out, so a record reads as what it says; absent reads back as empty/false.
    private static void OmitEmptyCollectionsAndFalse(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (typeof(IValueArray).IsAssignableFrom(property.PropertyType))
            {
                property.ShouldSerialize = static (_, value) => value is IValueArray { IsEmpty: false };
            }
            else if (property.PropertyType == typeof(bool))
            {
                property.ShouldSerialize = static (_, value) => value is true;
            }
        }
    }
}
