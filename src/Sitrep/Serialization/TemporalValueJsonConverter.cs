using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Temporal;
using Sitrep.Validation;

namespace Sitrep.Serialization;

/// <summary>Reads and writes a <see cref="TemporalValue"/> as its compact text form.</summary>
internal sealed class TemporalValueJsonConverter : JsonConverter<TemporalValue>
{
    public override TemporalValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new SitrepJsonException(DiagnosticCodes.InvalidTemporalValue, "A temporal value is a string such as \"2026-03-19\".");
        }

        var text = reader.GetString()!;
        var result = TemporalValue.Parse(text);
        return result.Success
            ? result.Value
            : throw new SitrepJsonException(DiagnosticCodes.InvalidTemporalValue, $"Not a temporal value: {result.Error}", text);
    }

    public override void Write(Utf8JsonWriter writer, TemporalValue value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
