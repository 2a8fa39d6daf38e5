using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Sitrep.Validation;

namespace Sitrep.Serialization;

/// <summary>
/// Reads one canonical JSON document (a whole file, or one JSON Lines line) into a value and diagnostics. Checks run
/// in order, each bounded: encoding, size, a syntax and depth pass that allocates nothing, the format version,
/// then source-generated deserialization whose errors become coded diagnostics with JSON Pointer paths.
/// </summary>
internal static class JsonDocumentReader
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    internal static T? Read<T>(
        ReadOnlySpan<byte> utf8,
        JsonTypeInfo<T> typeInfo,
        SitrepJsonReaderOptions options,
        bool requireVersion,
        long firstLine,
        List<Diagnostic> diagnostics)
        where T : class
    {
        if (utf8.StartsWith(Utf8Bom))
        {
            utf8 = utf8[Utf8Bom.Length..];
        }
        else if (utf8.Length >= 2 && ((utf8[0] == 0xFE && utf8[1] == 0xFF) || (utf8[0] == 0xFF && utf8[1] == 0xFE)))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidEncoding, DiagnosticSeverity.Error, "The input is UTF-16; canonical JSON is UTF-8. Convert the file to UTF-8.") { Line = firstLine, Column = 1 });
            return null;
        }

        if (utf8.Length > options.MaxDocumentBytes)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.InputTooLarge, DiagnosticSeverity.Error, $"The document is {utf8.Length} bytes; the limit is {options.MaxDocumentBytes}.") { Line = firstLine });
            return null;
        }

        var invalidAt = FindInvalidUtf8(utf8);
        if (invalidAt >= 0)
        {
            var (line, column) = LineAndColumn(utf8, invalidAt);
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.InvalidEncoding,
                DiagnosticSeverity.Error,
                $"Invalid UTF-8 at byte offset {invalidAt} (byte 0x{utf8[invalidAt]:X2}); the file may be Windows-1252 or Latin-1. Convert it to UTF-8.")
            {
                Line = firstLine + line - 1,
                Column = column,
                Value = "0x" + utf8[invalidAt].ToString("X2", CultureInfo.InvariantCulture),
            });
            return null;
        }

        var surrogateAt = FindLoneSurrogateEscape(utf8);
        if (surrogateAt >= 0)
        {
            var (line, column) = LineAndColumn(utf8, surrogateAt);
            var escape = Encoding.ASCII.GetString(utf8.Slice(surrogateAt, 6));
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.InvalidEncoding,
                DiagnosticSeverity.Error,
                $"The escape {escape} is half of a surrogate pair without its other half: it is not a character, so the text cannot be read. Escape the whole character (a high surrogate \\uD800-\\uDBFF followed by a low one \\uDC00-\\uDFFF) or write it as UTF-8.")
            {
                Line = firstLine + line - 1,
                Column = column,
                Value = escape,
            });
            return null;
        }

        // The format has no null: an optional property is left out. Most documents hold no "null" at all, so the
        // token walk that says where one stands runs only when the bytes appear.
        if (utf8.IndexOf("null"u8) >= 0 && FindNull(utf8, options.MaxDepth) is { } nullAt)
        {
            var (line, column) = LineAndColumn(utf8, nullAt.Offset);
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.InvalidValue,
                DiagnosticSeverity.Error,
                "null is not a value in the format: leave an optional property out instead of giving it null.")
            {
                Path = nullAt.Path,
                Line = firstLine + line - 1,
                Column = column,
                Value = "null",
            });
            return null;
        }

        // Fast path: the canonical writer puts the version first, so a well-formed document is checked by the
        // deserializer alone. The full shape check (syntax, depth, version anywhere) runs when that is not the case
        // and whenever deserialization fails, so that errors are still classified and located exactly.
        var leading = LeadingVersion(utf8);
        var shapeChecked = leading == LeadingVersionState.Unsupported || (leading == LeadingVersionState.Absent && requireVersion);
        if (shapeChecked && !CheckShape(utf8, options.MaxDepth, requireVersion, firstLine, diagnostics))
        {
            return null;
        }

        try
        {
            var value = JsonSerializer.Deserialize(utf8, typeInfo);
            if (value is null)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, "Expected a JSON object, found null.") { Path = string.Empty, Line = firstLine });
            }

            return value;
        }
        catch (JsonException ex)
        {
            // The fast path skipped the shape check: run it now, since a syntax or depth problem explains the failure best.
            if (ex is SitrepJsonException || shapeChecked || CheckShape(utf8, options.MaxDepth, requireVersion, firstLine, diagnostics))
            {
                diagnostics.Add(FromJsonException(ex, utf8, firstLine, options.MaxDepth));
            }

            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException or NotSupportedException)
        {
            // Defensive: converters report through JsonException, but no content may escape as an exception.
            diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, "The document could not be read: " + ex.Message) { Line = firstLine });
            return null;
        }
    }

    private enum LeadingVersionState
    {
        /// <summary>The document does not start with an object whose first property is <c>sitrep</c>.</summary>
        Absent,

        /// <summary>It starts with <c>"sitrep": "1.0"</c>.</summary>
        Supported,

        /// <summary>It starts with another version.</summary>
        Unsupported,
    }

    private static LeadingVersionState LeadingVersion(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        try
        {
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject
                && reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("sitrep"u8)
                && reader.Read())
            {
                return reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(Dataset.CurrentFormatVersion)
                    ? LeadingVersionState.Supported
                    : LeadingVersionState.Unsupported;
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Malformed from the first tokens: the full check will say what and where.
        }

        return LeadingVersionState.Absent;
    }

    /// <summary>
    /// The JSON Pointer and offset of the first <c>null</c> token, or null when there is none or the document cannot be
    /// walked (the checks after this one report why).
    /// </summary>
    private static (string Path, int Offset)? FindNull(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth + 2 });
        var path = new List<(bool Array, int Index, string? Name)>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        path[^1] = (false, 0, reader.GetString());
                        continue;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        Next(path);
                        path.Add((reader.TokenType == JsonTokenType.StartArray, -1, null));
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        continue;
                    case JsonTokenType.Null:
                        Next(path);
                        return (Pointer(path), (int)reader.TokenStartIndex);
                    default:
                        Next(path);
                        continue;
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }

        return null;

        // A value in an array (a scalar, or an object or array as it starts) moves the index on from -1.
        static void Next(List<(bool Array, int Index, string? Name)> path)
        {
            if (path.Count > 0 && path[^1].Array)
            {
                path[^1] = (true, path[^1].Index + 1, null);
            }
        }

        static string Pointer(List<(bool Array, int Index, string? Name)> path)
        {
            var builder = new StringBuilder();
            foreach (var (array, index, name) in path)
            {
                builder.Append('/').Append(array ? index.ToString(CultureInfo.InvariantCulture) : (name ?? string.Empty).Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
            }

            return builder.ToString();
        }
    }

    /// <summary>
    /// The offset of a <c>\uXXXX</c> escape that is a lone surrogate (a high one not followed by an escaped low one,
    /// or a low one alone), or -1. System.Text.Json accepts these in the syntax and throws when the text is read, so
    /// they are found first, in one pass over the bytes. An escape is real when an odd number of backslashes leads to
    /// its <c>u</c>.
    /// </summary>
    internal static int FindLoneSurrogateEscape(ReadOnlySpan<byte> utf8)
    {
        var from = 0;
        while (true)
        {
            var at = utf8[from..].IndexOf(@"\u"u8);
            if (at < 0)
            {
                return -1;
            }

            at += from;
            from = at + 2;
            var backslashes = 1;
            while (at - backslashes >= 0 && utf8[at - backslashes] == (byte)'\\')
            {
                backslashes++;
            }

            if (backslashes % 2 == 0 || !TryHex4(utf8, at + 2, out var unit) || !char.IsSurrogate((char)unit))
            {
                continue;
            }

            if (char.IsLowSurrogate((char)unit))
            {
                return at;
            }

            if (at + 12 > utf8.Length || utf8[at + 6] != (byte)'\\' || utf8[at + 7] != (byte)'u' || !TryHex4(utf8, at + 8, out var low) || !char.IsLowSurrogate((char)low))
            {
                return at;
            }

            from = at + 12;
        }
    }

    private static bool TryHex4(ReadOnlySpan<byte> utf8, int at, out int value)
    {
        value = 0;
        if (at + 4 > utf8.Length)
        {
            return false;
        }

        for (var i = at; i < at + 4; i++)
        {
            var digit = HexDigit(utf8[i]);
            if (digit < 0)
            {
                return false;
            }

            value = (value << 4) | digit;
        }

        return true;
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    internal static int FindInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return -1;
        }

        var offset = 0;
        while (offset < utf8.Length)
        {
            var status = Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    private static bool CheckShape(ReadOnlySpan<byte> utf8, int maxDepth, bool requireVersion, long firstLine, List<Diagnostic> diagnostics)
    {
        // The reader's own limit is set above ours so that our check, which can say where, fires first.
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth + 2, CommentHandling = JsonCommentHandling.Disallow });
        string? version = null;
        var sawVersion = false;
        try
        {
            if (!reader.Read())
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.MalformedJson, DiagnosticSeverity.Error, "The input is empty; expected a JSON object.") { Line = firstLine });
                return false;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, $"Expected a JSON object at the top level, found {Describe(reader.TokenType)}.") { Path = string.Empty, Line = firstLine, Column = 1 });
                return false;
            }

            do
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth + 1 > maxDepth)
                {
                    var (line, column) = LineAndColumn(utf8, (int)reader.TokenStartIndex);
                    diagnostics.Add(new Diagnostic(DiagnosticCodes.NestingTooDeep, DiagnosticSeverity.Error, $"Objects and arrays nest deeper than {maxDepth} levels.") { Line = firstLine + line - 1, Column = column });
                    return false;
                }

                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("sitrep"u8))
                {
                    sawVersion = true;
                    reader.Read();
                    version = reader.TokenType == JsonTokenType.String ? JsonReaderText.SafeString(ref reader) : null;
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        reader.Skip();
                    }
                }
            }
            while (reader.Read());
        }
        catch (JsonException ex)
        {
            // An empty file (or one of blanks) is said plainly, not in the JSON reader's words.
            diagnostics.Add(utf8.Trim(" \t\r\n"u8).IsEmpty
                ? new Diagnostic(DiagnosticCodes.MalformedJson, DiagnosticSeverity.Error, "The input is empty: a Sitrep document is one JSON object (JSON Lines: one per line).") { Line = firstLine, Column = 1 }
                : FromJsonException(ex, utf8, firstLine, maxDepth, DiagnosticCodes.MalformedJson));
            return false;
        }
        catch (InvalidOperationException ex)
        {
            // Text that cannot be unescaped; the encoding checks before this one are meant to catch it first.
            var (line, column) = LineAndColumn(utf8, (int)reader.TokenStartIndex);
            diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidEncoding, DiagnosticSeverity.Error, "The text cannot be read: " + ex.Message) { Line = firstLine + line - 1, Column = column });
            return false;
        }

        if (sawVersion && !string.Equals(version, Dataset.CurrentFormatVersion, StringComparison.Ordinal))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.UnsupportedFormatVersion, DiagnosticSeverity.Error, $"Format version '{version}' is not supported; this library reads version {Dataset.CurrentFormatVersion}.") { Path = "/sitrep", Line = firstLine, Value = version });
            return false;
        }

        if (requireVersion && !sawVersion)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.UnsupportedFormatVersion, DiagnosticSeverity.Error, $"The document has no format version; add \"sitrep\": \"{Dataset.CurrentFormatVersion}\" at the top.") { Path = string.Empty, Line = firstLine });
            return false;
        }

        return true;
    }

    private static Diagnostic FromJsonException(JsonException ex, ReadOnlySpan<byte> utf8, long firstLine, int maxDepth, string? codeOverride = null)
    {
        var coded = ex as SitrepJsonException;
        var jsonPath = ex.Path;
        if (coded?.ElementIndex is { } index && jsonPath is not null && jsonPath.EndsWith(']'))
        {
            jsonPath = jsonPath[..jsonPath.LastIndexOf('[')] + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
        }

        var path = jsonPath is null ? null : JsonPointer.FromJsonPath(jsonPath);
        var message = StripLocation(ex.Message);
        string? value = coded?.Value;
        string code;
        if (codeOverride is not null)
        {
            code = codeOverride;
        }
        else if (coded?.Code is not null)
        {
            code = coded.Code;
        }
        else if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            code = DiagnosticCodes.UnknownProperty;
            value = LastSegment(path);
            message = $"Unknown property '{value}'; the format does not define it (names are case-sensitive).";
        }
        else if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            code = DiagnosticCodes.MissingProperty;
            var at = message.IndexOf("including:", StringComparison.Ordinal);
            message = at < 0 ? "A required property is missing." : "Missing required property " + message[(at + "including:".Length)..].Trim().TrimEnd('.') + ".";
        }
        else if (message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            code = DiagnosticCodes.DuplicateProperty;
            value = LastSegment(path);
            message = $"The property '{value}' appears more than once in the same object.";
        }
        else
        {
            code = DiagnosticCodes.InvalidValue;
            var plain = WithoutTypeNames(message);
            message = ReferenceEquals(plain, message) ? "The value does not fit the format: " + message : plain;
        }

        long? line = ex.LineNumber is { } l ? firstLine + l : null;
        long? column = ex.BytePositionInLine is { } b ? b + 1 : null;
        string? snippet = ex.LineNumber is { } ln && ex.BytePositionInLine is { } bp ? Snippet(utf8, ln, bp) : null;
        if (codeOverride is null && path is not null)
        {
            // Collections are read element by element, so System.Text.Json's own position can be coarse; the path is exact.
            var (offset, scalar) = JsonPointerLocator.Locate(utf8, path, maxDepth);
            if (offset >= 0)
            {
                var (lineInDocument, columnInLine) = LineAndColumn(utf8, (int)offset);
                line = firstLine + lineInDocument - 1;
                column = columnInLine;
                snippet = scalar ?? snippet;
            }
        }

        return new Diagnostic(code, DiagnosticSeverity.Error, message)
        {
            Path = path,
            Line = line,
            Column = column,
            Value = Diagnostic.Shorten(value ?? snippet),
        };
    }

    /// <summary>
    /// System.Text.Json names the .NET type it wanted (<c>Sitrep.ValueArray`1[Sitrep.Actors.Actor]</c>); users of the
    /// format know JSON types, so "could not be converted to T" becomes what the format expects there.
    /// </summary>
    internal static string WithoutTypeNames(string message)
    {
        const string Marker = "could not be converted to ";
        var at = message.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return message;
        }

        var typeStart = at + Marker.Length;
        var typeEnd = message.IndexOf(". ", typeStart, StringComparison.Ordinal);
        typeEnd = typeEnd < 0 ? (message.EndsWith('.') ? message.Length - 1 : message.Length) : typeEnd;
        var type = message[typeStart..typeEnd];
        var expected = type switch
        {
            _ when type.StartsWith("Sitrep.ValueArray", StringComparison.Ordinal) || type.Contains("ImmutableArray", StringComparison.Ordinal) => "an array",
            "System.String" => "a string",
            "System.Boolean" or "System.Nullable`1[System.Boolean]" => "true or false",
            _ when type.StartsWith("System.Int", StringComparison.Ordinal) || type.StartsWith("System.Double", StringComparison.Ordinal)
                || type.StartsWith("System.Decimal", StringComparison.Ordinal) || type.StartsWith("System.Nullable`1[System.Int", StringComparison.Ordinal)
                || type.StartsWith("System.Nullable`1[System.Double", StringComparison.Ordinal) => "a number",
            _ when type.Contains("NodaTime", StringComparison.Ordinal) => "a string",
            _ when type.StartsWith("Sitrep.", StringComparison.Ordinal) => "an object",
            _ => "another JSON type",
        };
        return "The JSON value here has the wrong type; the format expects " + expected + " here.";
    }

    private static string LastSegment(string? pointer)
    {
        if (string.IsNullOrEmpty(pointer))
        {
            return string.Empty;
        }

        var slash = pointer.LastIndexOf('/');
        return pointer[(slash + 1)..].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
    }

    private static string StripLocation(string message)
    {
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (at < 0)
        {
            at = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        // The reader's own terms ("when isFinalBlock is true") mean nothing to a user.
        var plain = at < 0 ? message : message[..at];
        return plain.Replace(", when isFinalBlock is true", string.Empty, StringComparison.Ordinal).Replace(" when isFinalBlock is true", string.Empty, StringComparison.Ordinal);
    }

    private static string? Snippet(ReadOnlySpan<byte> utf8, long line, long bytePosition)
    {
        var offset = 0;
        for (long current = 0; current < line && offset < utf8.Length; offset++)
        {
            if (utf8[offset] == (byte)'\n')
            {
                current++;
            }
        }

        var start = (int)Math.Min(utf8.Length, offset + bytePosition);
        var rest = utf8[start..];
        var end = rest.IndexOfAny((byte)'\n', (byte)'\r');
        var take = Math.Min(end < 0 ? rest.Length : end, 60);
        while (take > 0 && take < rest.Length && (rest[take] & 0xC0) == 0x80)
        {
            take--;
        }

        var text = Encoding.UTF8.GetString(rest[..take]).Trim();
        return text.Length == 0 ? null : text;
    }

    private static (long Line, long Column) LineAndColumn(ReadOnlySpan<byte> utf8, int offset)
    {
        long line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
