using System.Diagnostics.CodeAnalysis;
using Sitrep.Validation;

namespace Sitrep;

/// <summary>
/// What a reader made of its input: the value when one could be read without errors, and every diagnostic (warnings
/// too). Reading never throws for bad input; only asking for <see cref="Value"/> of a failed result does, with a
/// <see cref="DiagnosticException"/> that carries the diagnostics.
/// </summary>
/// <typeparam name="T">The type read.</typeparam>
public sealed class ReadResult<T>
    where T : class
{
    private readonly T? value;

    /// <summary>Initializes a result.</summary>
    /// <param name="value">The value read, or <see langword="null"/> when the input could not be read.</param>
    /// <param name="diagnostics">What was found; a value with an error among them is not a success.</param>
    public ReadResult(T? value, ValueArray<Diagnostic> diagnostics)
    {
        this.value = value;
        Diagnostics = diagnostics;
        foreach (var diagnostic in diagnostics)
        {
            HasErrors |= diagnostic.IsError;
        }
    }

    /// <summary>Gets a value indicating whether a value was read without errors (warnings allowed).</summary>
    [MemberNotNullWhen(true, nameof(ValueOrNull))]
    public bool Success => value is not null && !HasErrors;

    /// <summary>Gets the value read.</summary>
    /// <exception cref="DiagnosticException">There is no value, or the diagnostics hold an error; check <see cref="Success"/> first or use <see cref="TryGetValue"/>.</exception>
    public T Value => Success ? value! : throw new DiagnosticException(Diagnostics);

    /// <summary>Gets the value when reading succeeded, otherwise <see langword="null"/>.</summary>
    public T? ValueOrNull => Success ? value : null;

    /// <summary>Gets what was found, in input order.</summary>
    public ValueArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether any diagnostic is an error.</summary>
    public bool HasErrors { get; }

    /// <summary>Gets the value when reading succeeded.</summary>
    /// <param name="result">The value, or <see langword="null"/> on failure.</param>
    /// <returns>Whether reading succeeded.</returns>
    public bool TryGetValue([NotNullWhen(true)] out T? result)
    {
        result = ValueOrNull;
        return result is not null;
    }

    /// <summary>Returns the value's text, or the first error.</summary>
    /// <returns>A debugging representation.</returns>
    public override string ToString() => Success ? $"{value}" : new DiagnosticException(Diagnostics).Message;
}
