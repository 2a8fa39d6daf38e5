using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Sitrep.Validation;

namespace Sitrep.Serialization;

/// <summary>Reads and writes a NodaTime <see cref="LocalDate"/> as ISO 8601 <c>uuuu-MM-dd</c>.</summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new SitrepJsonException(DiagnosticCodes.InvalidValue, "A date is a string such as \"2026-03-19\".");
        }

        var text = reader.GetString()!;
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : throw new SitrepJsonException(DiagnosticCodes.InvalidValue, "Not an ISO date (uuuu-MM-dd) that exists.", text);
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}
