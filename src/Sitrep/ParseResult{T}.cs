using System;
using System.Diagnostics.CodeAnalysis;

namespace Sitrep;

/// <summary>
/// The result of parsing text: either a value or a message saying what was wrong and where.
/// Parsing user data never throws; only asking for <see cref="Value"/> of a failed result does.
/// </summary>
/// <typeparam name="T">The parsed type.</typeparam>
public sealed class ParseResult<T>
{
    private readonly T value;

    internal ParseResult(T value, string? error, int errorPosition)
    {
        this.value = value;
        Error = error;
        ErrorPosition = errorPosition;
    }

    /// <summary>Gets a value indicating whether parsing succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>Gets the error message when parsing failed, otherwise <see langword="null"/>.</summary>
    public string? Error { get; }

    /// <summary>Gets the zero-based character position of the error, or -1 when parsing succeeded.</summary>
    public int ErrorPosition { get; }

    /// <summary>Gets the parsed value.</summary>
    /// <exception cref="InvalidOperationException">Parsing failed; check <see cref="Success"/> first.</exception>
    public T Value => Success ? value : throw new InvalidOperationException("The text could not be parsed: " + Error);

    /// <summary>Gets the parsed value when parsing succeeded.</summary>
    /// <param name="result">The value, or the default value of <typeparamref name="T"/> on failure.</param>
    /// <returns>Whether parsing succeeded.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T result)
    {
        result = value;
        return Success;
    }

    /// <summary>Returns the value's text or the error.</summary>
    /// <returns>A debugging representation.</returns>
    public override string ToString() => Success ? $"{value}" : $"error at {ErrorPosition}: {Error}";
}
