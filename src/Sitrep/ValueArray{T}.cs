using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sitrep;

/// <summary>
/// An immutable list with value equality: two arrays are equal when they hold equal elements in the same order.
/// The model uses it for every collection so that records compare by content, not by reference.
/// </summary>
/// <remarks>
/// The default value is an empty array, so a property of this type never needs a null check.
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
[CollectionBuilder(typeof(ValueArray), nameof(ValueArray.Create))]
public readonly struct ValueArray<T> : IReadOnlyList<T>, IEquatable<ValueArray<T>>, IValueArray
{
    private readonly ImmutableArray<T> items;

    /// <summary>Initializes a new array holding the given items.</summary>
    /// <param name="items">The items; a default immutable array is treated as empty.</param>
    public ValueArray(ImmutableArray<T> items)
    {
        this.items = items.IsDefault ? ImmutableArray<T>.Empty : items;
    }

    /// <summary>Gets the items as an immutable array (never default).</summary>
    public ImmutableArray<T> Items => items.IsDefault ? ImmutableArray<T>.Empty : items;

    /// <summary>Gets the number of items.</summary>
    public int Count => items.IsDefault ? 0 : items.Length;

    /// <summary>Gets a value indicating whether the array holds no items.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Gets the item at the given index.</summary>
    /// <param name="index">A zero-based index less than <see cref="Count"/>.</param>
    public T this[int index] => Items[index];

    /// <summary>Returns a new array with <paramref name="item"/> appended.</summary>
    /// <param name="item">The item to add.</param>
    /// <returns>A new array; this one is unchanged.</returns>
    public ValueArray<T> Add(T item) => new(Items.Add(item));

    /// <summary>Returns an enumerator over the items.</summary>
    /// <returns>A struct enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    // Through the array rather than the boxed ImmutableArray: an empty array's enumerator is a shared instance, so
    // serializers that enumerate through the interface allocate nothing for the many empty lists.
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Array()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Array().GetEnumerator();

    private T[] Array() => items.IsDefault ? System.Array.Empty<T>() : ImmutableCollectionsMarshal.AsArray(items)!;

    /// <inheritdoc />
    public bool Equals(ValueArray<T> other)
    {
        var left = Items;
        var right = other.Items;
        if (left.Length != right.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Length; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the items separated by commas, in brackets.</summary>
    /// <returns>A debugging representation.</returns>
    public override string ToString() => "[" + string.Join(", ", Items) + "]";

    /// <summary>Compares two arrays by content.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when both hold equal items in the same order.</returns>
    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    /// <summary>Compares two arrays by content.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when the arrays differ.</returns>
    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);
}
