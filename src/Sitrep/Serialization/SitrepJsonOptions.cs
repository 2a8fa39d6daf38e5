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
                .WithAddedModifier(OmitEmptyCollectionsAndFalse),
        };
        options.MakeReadOnly();
        return options;
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
