using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Sitrep;

/// <summary>Creates <see cref="ValueArray{T}"/> instances; also the builder behind collection expressions.</summary>
public static class ValueArray
{
    /// <summary>Creates an array holding a copy of the given items.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>A new array.</returns>
    public static ValueArray<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    /// <summary>Creates an array holding a copy of the given items.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>A new array.</returns>
    public static ValueArray<T> From<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new(ImmutableArray.CreateRange(items));
    }
}
