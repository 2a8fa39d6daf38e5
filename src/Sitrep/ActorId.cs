using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep;

/// <summary>
/// Identifies an actor within a dataset, for example <c>actor:example</c>.
/// Ids are case-sensitive; validation requires them to be non-empty and free of whitespace.
/// </summary>
/// <param name="Value">The identifier text.</param>
[JsonConverter(typeof(IdentifierJsonConverter<ActorId>))]
public readonly record struct ActorId(string Value) : IIdentifier<ActorId>
{
    /// <inheritdoc />
    public string Value { get; } = Value ?? string.Empty;

    /// <inheritdoc />
    public static ActorId FromValue(string value) => new(value);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => Value;
}
