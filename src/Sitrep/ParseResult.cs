using System;
using Sitrep.Validation;

namespace Sitrep;

/// <summary>Creates <see cref="ParseResult{T}"/> values.</summary>
public static class ParseResult
{
    /// <summary>Creates a successful result.</summary>
    /// <typeparam name="T">The parsed type.</typeparam>
    /// <param name="value">The parsed value.</param>
    /// <returns>A result holding <paramref name="value"/>.</returns>
    public static ParseResult<T> ForValue<T>(T value) => new(value, null);

    /// <summary>Creates a failed result.</summary>
    /// <typeparam name="T">The type that could not be parsed.</typeparam>
    /// <param name="code">The diagnostic code, such as <see cref="DiagnosticCodes.InvalidTemporalValue"/>.</param>
    /// <param name="message">What was wrong, in a sentence a user can act on.</param>
    /// <param name="text">The text that was parsed; kept (shortened when long) as the diagnostic's value.</param>
    /// <param name="position">The zero-based position in the text where the problem was found; the diagnostic gives it as line 1, column <paramref name="position"/> + 1.</param>
    /// <returns>A failed result.</returns>
    public static ParseResult<T> ForError<T>(string code, string message, string? text, int position)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(message);
        Preconditions.CheckArgumentRange(position >= 0, nameof(position), "A position is zero or more.");
        return new(default!, new Diagnostic(code, DiagnosticSeverity.Error, message) { Line = 1, Column = position + 1L, Value = Diagnostic.Shorten(text) });
    }
}
