using System;

namespace Sitrep.Text.Scanning;

/// <summary>The position of an item's key, for <see cref="SortedSearch.LowerBound{T, TKey}"/>.</summary>
/// <typeparam name="T">The items.</typeparam>
internal interface IPositionOf<T>
{
    /// <summary>The key the items are sorted by: a token index or a character offset.</summary>
    static abstract int Of(in T item);
}

/// <summary>Binary search over items sorted by a position (tokens by offset, mentions by first token, ...).</summary>
internal static class SortedSearch
{
    /// <summary>
    /// The index of the first item whose position is at or after <paramref name="position"/>, or the number of items
    /// when there is none; the items are sorted by <typeparamref name="TKey"/> ascending.
    /// </summary>
    internal static int LowerBound<T, TKey>(ReadOnlySpan<T> items, int position)
        where TKey : IPositionOf<T>
    {
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (TKey.Of(in items[mid]) < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
