using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Sources;
using Sitrep.Validation;

namespace Sitrep.Serialization;

/// <summary>Reads and writes a <see cref="ReliabilityGrade"/> as text such as <c>"B2"</c>.</summary>
internal sealed class ReliabilityGradeJsonConverter : JsonConverter<ReliabilityGrade>
{
    public override ReliabilityGrade Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new SitrepJsonException(DiagnosticCodes.InvalidValue, "A reliability grade is a string such as \"B2\".");
        }

        var text = reader.GetString();
        var result = ReliabilityGrade.Parse(text);
        return result.Success ? result.Value : throw new SitrepJsonException(result.Error.Code, result.Error.Message, text);
    }

    public override void Write(Utf8JsonWriter writer, ReliabilityGrade value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
