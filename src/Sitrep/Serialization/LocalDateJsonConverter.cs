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
        if (!result.Success)
        {
            throw new SitrepJsonException(DiagnosticCodes.InvalidValue, "Not an ISO date (uuuu-MM-dd) that exists.", text);
        }

        // The years temporal values hold, and the schema's four-digit pattern: year 0 or a negative year would be
        // written back as "-0001" and refused by the schema.
        return result.Value.Year is >= 1 and <= 9998
            ? result.Value
            : throw new SitrepJsonException(DiagnosticCodes.InvalidValue, "Years run from 0001 to 9998.", text);
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}
