using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep;

/// <summary>
/// Identifies a source within a dataset, for example <c>source:example</c>.
/// Ids are case-sensitive; validation requires them to be non-empty and free of whitespace.
/// </summary>
/// <param name="Value">The identifier text.</param>
[JsonConverter(typeof(IdentifierJsonConverter<SourceId>))]
public readonly record struct SourceId(string Value) : IIdentifier<SourceId>
{
    /// <inheritdoc />
    public string Value { get; } = Value ?? string.Empty;

    /// <inheritdoc />
    public static SourceId FromValue(string value) => new(value);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => Value;
}
