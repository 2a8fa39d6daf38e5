using System.Diagnostics.CodeAnalysis;
using Sitrep.Validation;

namespace Sitrep;

/// <summary>
/// The result of parsing text: either a value or a diagnostic saying what was wrong and where (a stable code, the
/// one-based column in the text, the text itself). Parsing user data never throws; only asking for
/// <see cref="Value"/> of a failed result does, with a <see cref="DiagnosticException"/> that carries the diagnostic.
/// </summary>
/// <typeparam name="T">The parsed type.</typeparam>
public sealed class ParseResult<T>
{
    private readonly T value;

    internal ParseResult(T value, Diagnostic? error)
    {
        this.value = value;
        Error = error;
    }

    /// <summary>Gets a value indicating whether parsing succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>
    /// Gets the error when parsing failed (line 1, and as <see cref="Diagnostic.Column"/> the one-based position in
    /// the text where the problem was found), otherwise <see langword="null"/>.
    /// </summary>
    public Diagnostic? Error { get; }

    /// <summary>Gets the diagnostics: empty on success, the <see cref="Error"/> alone on failure.</summary>
    public ValueArray<Diagnostic> Diagnostics => Error is null ? default : [Error];

    /// <summary>Gets the parsed value.</summary>
    /// <exception cref="DiagnosticException">Parsing failed; check <see cref="Success"/> first or use <see cref="TryGetValue"/>.</exception>
    public T Value => Success ? value : throw new DiagnosticException(Diagnostics);

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
    public override string ToString() => Success ? $"{value}" : Error.ToString();
}
