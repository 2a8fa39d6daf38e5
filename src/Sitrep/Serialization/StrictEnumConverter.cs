using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sitrep.Serialization;

/// <summary>
/// Reads and writes an enum as its camelCase member name. Unlike <see cref="JsonStringEnumConverter"/> it rejects
/// numbers and names that differ in case, so a file either means exactly one value or is reported.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new SitrepJsonException(Validation.DiagnosticCodes.InvalidValue, $"Expected one of: {string.Join(", ", EnumNames<TEnum>.Names)}.");
        }

        var names = EnumNames<TEnum>.Names;
        for (var i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                return EnumNames<TEnum>.Values[i];
            }
        }

        throw new SitrepJsonException(
            Validation.DiagnosticCodes.InvalidValue,
            $"Not one of: {string.Join(", ", names)}.",
            JsonReaderText.SafeString(ref reader));
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var index = EnumNames<TEnum>.IndexOf(value);
        if (index < 0)
        {
            throw new JsonException($"{value} is not a defined {typeof(TEnum).Name} value.");
        }

        writer.WriteStringValue(EnumNames<TEnum>.Encoded[index]);
    }
}
