using System;
using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep;

/// <summary>
/// Identifies a statement within a dataset, for example <c>statement:example</c>.
/// Ids are case-sensitive; validation requires them to be non-empty and free of whitespace. Equality and order are
/// ordinal on the text. <c>default(StatementId)</c> is safe: its <see cref="Value"/> is the empty string, equal to
/// <c>new StatementId("")</c>, which validation reports as a missing id.
/// </summary>
/// <param name="Value">The identifier text; <see langword="null"/> is taken as the empty string.</param>
[JsonConverter(typeof(IdentifierJsonConverter<StatementId>))]
public readonly record struct StatementId(string Value) : IIdentifier<StatementId>, IComparable<StatementId>
{
    private readonly string? value = Value;

    /// <inheritdoc />
    public string Value => value ?? string.Empty;

    /// <inheritdoc />
    public static StatementId FromValue(string value) => new(value);

    /// <summary>Whether two ids have the same text (ordinal).</summary>
    /// <param name="other">The other id.</param>
    /// <returns><see langword="true"/> when the texts are equal.</returns>
    public bool Equals(StatementId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Orders ids by their text, ordinally.</summary>
    /// <param name="other">The other id.</param>
    /// <returns>Less than zero, zero or more than zero, as this id sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(StatementId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <(StatementId left, StatementId right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/> or with it.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <=(StatementId left, StatementId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >(StatementId left, StatementId right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/> or with it.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >=(StatementId left, StatementId right) => left.CompareTo(right) >= 0;

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => Value;
}
