using System;
using System.Globalization;
using System.Text.Json;

namespace Sitrep.Serialization;

/// <summary>
/// Finds where a JSON Pointer points in a document, so that a diagnostic can give the line, column and raw value.
/// Used only when reporting an error, so it favours being exact over being fast.
/// </summary>
internal static class JsonPointerLocator
{
    /// <summary>Finds the value at <paramref name="pointer"/>, or the deepest ancestor that exists.</summary>
    /// <returns>The byte offset of the value's first byte and, for a scalar, its text; or -1 when the document cannot be walked.</returns>
    internal static (long Offset, string? Value) Locate(ReadOnlySpan<byte> utf8, string pointer, int maxDepth)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth + 2 });
            if (!reader.Read())
            {
                return (-1, null);
            }

            var segments = pointer.Length == 0 ? [] : pointer[1..].Split('/');
            foreach (var raw in segments)
            {
                var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    if (!MoveToProperty(ref reader, segment))
                    {
                        break;
                    }
                }
                else if (reader.TokenType == JsonTokenType.StartArray
                    && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    if (!MoveToElement(ref reader, index))
                    {
                        break;
                    }
                }
                else
                {
                    break;
                }
            }

            return (reader.TokenStartIndex, Scalar(ref reader));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return (-1, null);
        }
    }

    private static bool MoveToProperty(ref Utf8JsonReader reader, string name)
    {
        var start = reader;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var matches = reader.ValueTextEquals(name);
            reader.Read();
            if (matches)
            {
                return true;
            }

            reader.Skip();
        }

        reader = start;
        return false;
    }

    private static bool MoveToElement(ref Utf8JsonReader reader, int index)
    {
        var start = reader;
        var i = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (i == index)
            {
                return true;
            }

            reader.Skip();
            i++;
        }

        reader = start;
        return false;
    }

    private static string? Scalar(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null =>
            JsonReaderText.SafeString(ref reader),
        _ => null,
    };
}
