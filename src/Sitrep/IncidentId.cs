using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep;

/// <summary>
/// Identifies an incident within a dataset, for example <c>incident:example</c>.
/// Ids are case-sensitive; validation requires them to be non-empty and free of whitespace.
/// </summary>
/// <param name="Value">The identifier text.</param>
[JsonConverter(typeof(IdentifierJsonConverter<IncidentId>))]
public readonly record struct IncidentId(string Value) : IIdentifier<IncidentId>
{
    /// <inheritdoc />
    public string Value { get; } = Value ?? string.Empty;

    /// <inheritdoc />
    public static IncidentId FromValue(string value) => new(value);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => Value;
}
