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

        // Valid values are short: parse them from a stack buffer, without a string per value.
        Span<char> buffer = stackalloc char[TemporalValueText.MaxLength];
        var result = !reader.HasValueSequence && !reader.ValueIsEscaped && reader.ValueSpan.Length <= buffer.Length
            ? TemporalValueText.Parse(buffer[..reader.CopyString(buffer)])
            : TemporalValue.Parse(reader.GetString()!);
        return result.Success
            ? result.Value
            : throw new SitrepJsonException(DiagnosticCodes.InvalidTemporalValue, "Not a temporal value: " + result.Error.Message, JsonReaderText.SafeString(ref reader));
    }

    public override void Write(Utf8JsonWriter writer, TemporalValue value, JsonSerializerOptions options)
    {
        Span<char> buffer = stackalloc char[TemporalValueText.MaxLength];
        if (TemporalValueText.TryFormat(value, buffer, out var written))
        {
            writer.WriteStringValue(buffer[..written]);
        }
        else
        {
            writer.WriteStringValue(value.ToString());
        }
    }
}
