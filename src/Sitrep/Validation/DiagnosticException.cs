using System;

namespace Sitrep.Validation;

/// <summary>
/// Thrown when the value of a failed result is asked for (<see cref="ParseResult{T}.Value"/>,
/// <see cref="ReadResult{T}.Value"/>, a rejected dataset row's value), or a typed field of a record holds text that
/// is not of its type. It carries the diagnostics that explain the failure. Reading and parsing never throw it
/// themselves: check <c>Success</c> or use <c>TryGetValue</c> to stay exception-free.
/// </summary>
public sealed class DiagnosticException : InvalidOperationException
{
    /// <summary>Initializes an exception from the diagnostics of a failed result.</summary>
    /// <param name="diagnostics">Why there is no value; the errors come first in the message.</param>
    public DiagnosticException(ValueArray<Diagnostic> diagnostics)
        : base(Describe(diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the diagnostics of the failed result.</summary>
    public ValueArray<Diagnostic> Diagnostics { get; }

    private static string Describe(ValueArray<Diagnostic> diagnostics)
    {
        if (diagnostics.IsEmpty)
        {
            return "There is no value.";
        }

        var first = diagnostics[0];
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.IsError)
            {
                first = diagnostic;
                break;
            }
        }

        var more = diagnostics.Count - 1;
        return "There is no value: " + first + (more > 0 ? $" (and {more} more diagnostic{(more == 1 ? string.Empty : "s")})" : string.Empty);
    }
}
