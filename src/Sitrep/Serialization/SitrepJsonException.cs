using System.Text.Json;

namespace Sitrep.Serialization;

/// <summary>
/// Thrown inside the canonical JSON converters to carry a diagnostic code, the offending value and the path below
/// the converter to the reader, which turns it into a <see cref="Validation.Diagnostic"/>. It never escapes the
/// library's reading methods.
/// </summary>
internal sealed class SitrepJsonException : JsonException
{
    internal SitrepJsonException(string? code, string message, string? value = null, string? relativePath = null)
        : base(message)
    {
        Code = code;
        Value = value;
        RelativePath = relativePath;
    }

    /// <summary>Gets the diagnostic code, or <see langword="null"/> when the reader should classify the message.</summary>
    internal string? Code { get; }

    /// <summary>Gets the offending value as text, when known.</summary>
    internal string? Value { get; }

    /// <summary>
    /// Gets the JSON path below the point where System.Text.Json reports the error (<c>[3].casualties[0].estimate</c>):
    /// collection converters deserialize elements separately, so they carry the inner path themselves.
    /// </summary>
    internal string? RelativePath { get; }
}
