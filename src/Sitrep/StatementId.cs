using System;
using System.Diagnostics.CodeAnalysis;
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
public readonly record struct StatementId(string Value) : IIdentifier<StatementId>, IComparable<StatementId>, ISpanParsable<StatementId>
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

    /// <summary>Parses a statement id: any non-empty text without whitespace or control characters, kept as written.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException">The text is empty or holds whitespace or a control character.</exception>
    public static StatementId Parse(string s) => IdentifierText.Parse<StatementId>(s, "statement");

    /// <summary>Parses a statement id: any non-empty text without whitespace or control characters, kept as written.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Not used; ids do not depend on culture.</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException">The text is empty or holds whitespace or a control character.</exception>
    public static StatementId Parse(string s, IFormatProvider? provider) => IdentifierText.Parse<StatementId>(s, "statement");

    /// <summary>Parses a statement id from characters.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Not used; ids do not depend on culture.</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException">The text is empty or holds whitespace or a control character.</exception>
    public static StatementId Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => IdentifierText.Parse<StatementId>(s, "statement");

    /// <summary>Tries to parse a statement id.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Not used; ids do not depend on culture.</param>
    /// <param name="result">The id, or <c>default</c> when the text is not one.</param>
    /// <returns>Whether the text is a valid id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out StatementId result) => IdentifierText.TryParse(s, out result);

    /// <summary>Tries to parse a statement id from characters.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Not used; ids do not depend on culture.</param>
    /// <param name="result">The id, or <c>default</c> when the text is not one.</param>
    /// <returns>Whether the text is a valid id.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out StatementId result) => IdentifierText.TryParse(s, out result);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => Value;
}
