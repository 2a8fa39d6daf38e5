using System;
using System.Text;
using System.Text.Json;

namespace Sitrep.Serialization;

/// <summary>Reads a token's text for a diagnostic without throwing on content the reader cannot decode.</summary>
internal static class JsonReaderText
{
    /// <summary>
    /// Returns the string value, or the raw token text when it cannot be unescaped (a lone surrogate such as
    /// <c>\uDE00</c> is well-formed JSON but not a .NET string).
    /// </summary>
    internal static string? SafeString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.TokenType == JsonTokenType.String ? reader.GetString() : Encoding.UTF8.GetString(reader.ValueSpan);
        }
        catch (InvalidOperationException)
        {
            return Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray());
        }
    }
}
