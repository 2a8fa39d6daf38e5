using System;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Sitrep.Validation;

namespace Sitrep.Serialization;

/// <summary>
/// Reads and writes a <see cref="ValueArray{T}"/> as a JSON array, using the source-generated metadata of the
/// element type (no reflection). <c>null</c> is rejected: an empty list is written by omitting the property.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ValueArrayJsonConverter<T> : JsonConverter<ValueArray<T>>
{
    public override bool HandleNull => true;

    public override ValueArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new SitrepJsonException(DiagnosticCodes.InvalidValue, "Expected an array; omit the property for an empty list.");
        }

        var info = ElementInfo(options);
        var builder = ImmutableArray.CreateBuilder<T>();
        while (true)
        {
            if (!reader.Read())
            {
                throw new JsonException("The array is not closed.");
            }

            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            if (reader.TokenType == JsonTokenType.Null && default(T) is null)
            {
                throw new SitrepJsonException(DiagnosticCodes.InvalidValue, "An array element cannot be null.");
            }

            try
            {
                builder.Add(JsonSerializer.Deserialize(ref reader, info)!);
            }
            catch (JsonException ex)
            {
                // Elements are read by a nested call that reports paths from the element; keep them for the reader.
                var inner = ex.Path is { Length: > 0 } p && p[0] == '$' ? p[1..] : ex.Path;
                var coded = ex as SitrepJsonException;
                throw new SitrepJsonException(
                    coded?.Code,
                    ex.Message,
                    coded?.Value,
                    "[" + builder.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]" + inner + coded?.RelativePath);
            }
        }

        return new ValueArray<T>(builder.ToImmutable());
    }

    public override void Write(Utf8JsonWriter writer, ValueArray<T> value, JsonSerializerOptions options)
    {
        var info = ElementInfo(options);
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, info);
        }

        writer.WriteEndArray();
    }

    // Looked up per array, not cached: one converter instance may serve several options instances.
    private static JsonTypeInfo<T> ElementInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
