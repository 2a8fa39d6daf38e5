using System.Text.Json;

namespace Sitrep.Serialization;

/// <summary>
/// Thrown inside the canonical JSON converters to carry a diagnostic code and the offending value to the reader, which turns it into a <see cref="Validation.Diagnostic"/>. It never escapes the
/// library's reading methods.
/// </summary>
internal sealed class SitrepJsonException : JsonException
{
    internal SitrepJsonException(string? code, string message, string? value = null)
        : base(message)
    {
        Code = code;
        Value = value;
    }

    /// <summary>Gets the diagnostic code, or <see langword="null"/> when the reader should classify the message.</summary>
    internal string? Code { get; }

    /// <summary>Gets the offending value as text, when known.</summary>
    internal string? Value { get; }

    /// <summary>
    /// Gets the index of the offending element when a whole collection is refused after it was read: System.Text.Json
    /// then reports the path of the collection's end, and the reader puts this index in its place.
    /// </summary>
    internal int? ElementIndex { get; init; }
}
