using System;

namespace Sitrep;

/// <summary>Argument checks for programmer errors. Bad user data never reaches these; it gets diagnostics.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? value, string name)
        where T : class
        => value ?? throw new ArgumentNullException(name);

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
