using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sitrep.Serialization;

/// <summary>Reads and writes a strongly typed id as a JSON string.</summary>
/// <typeparam name="TId">The id type.</typeparam>
internal sealed class IdentifierJsonConverter<TId> : JsonConverter<TId>
    where TId : struct, IIdentifier<TId>
{
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new SitrepJsonException(Validation.DiagnosticCodes.InvalidValue, "An id is a string.");
        }

        return TId.FromValue(reader.GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
