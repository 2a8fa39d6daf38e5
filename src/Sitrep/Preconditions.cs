using System;

namespace Sitrep;

/// <summary>
/// Argument checks for programmer errors that need a message of their own; a null argument is checked with
/// <see cref="ArgumentNullException.ThrowIfNull(object?, string?)"/>, as everywhere in Sitrep. Bad user data never reaches
/// these; it gets diagnostics.
/// </summary>
internal static class Preconditions
{
    internal static void CheckArgument(bool condition, string name, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, name);
        }
    }

    internal static void CheckArgumentRange(bool condition, string name, string message)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(name, message);
        }
    }
}
