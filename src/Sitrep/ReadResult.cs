using System.Diagnostics.CodeAnalysis;
using Sitrep.Validation;

namespace Sitrep;

/// <summary>What a reader made of its input: the value when one could be built, and every diagnostic.</summary>
/// <typeparam name="T">The type read.</typeparam>
/// <param name="Value">The value, or <see langword="null"/> when the input could not be read at all.</param>
/// <param name="Diagnostics">What was found, errors first seen first.</param>
public sealed record ReadResult<T>(T? Value, ValueArray<Diagnostic> Diagnostics)
    where T : class
{
    /// <summary>Gets a value indicating whether any diagnostic is an error.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.IsError)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Gets a value indicating whether a value was read without errors (warnings allowed).</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Value is not null && !HasErrors;
}
