using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep;

/// <summary>
/// Identifies a statement within a dataset, for example <c>statement:example</c>.
/// Ids are case-sensitive; validation requires them to be non-empty and free of whitespace.
/// </summary>
/// <param name="Value">The identifier text.</param>
[JsonConverter(typeof(IdentifierJsonConverter<StatementId>))]
public readonly record struct StatementId(string Value) : IIdentifier<StatementId>
{
    /// <inheritdoc />
    public string Value { get; } = Value ?? string.Empty;

    /// <inheritdoc />
    public static StatementId FromValue(string value) => new(value);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => Value;
}
