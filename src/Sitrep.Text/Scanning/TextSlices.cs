using System;
using System.Buffers;

namespace Sitrep.Text.Scanning;

/// <summary>
/// The text at spans of one text, one string per distinct slice: a report names "Afghanistan", "yesterday" or
/// "suspected insurgents" dozens of times, and every mention of it shares one string instead of copying the characters
/// again. The strings are what the mentions keep, so sharing them also shrinks what a parse leaves alive.
/// </summary>
/// <remarks>
/// Bounded: a slice longer than <see cref="MaxLength"/> is cut afresh, a lookup looks at no more than
/// <see cref="MaxProbes"/> slots (string hashes are randomised per process, so a text cannot be crafted to collide),
/// and a table holding <see cref="MaxCount"/> slices keeps no more. Its slots are rented from the shared pool;
/// <see cref="Release"/> gives them back when the parse is over.
/// </remarks>
internal sealed class TextSlices
{
    /// <summary>The longest slice shared; longer ones (sentences, quotations) rarely repeat.</summary>
    internal const int MaxLength = 64;

    private const int MaxProbes = 8;
    private const int MaxCount = 1 << 16;
    private const int InitialSize = 1 << 8;

    private readonly string text;
    private readonly int initialSize;
    private string?[] slots = [];
    private int size;
    private int count;

    /// <summary>Slices of <paramref name="text"/>, of which about <paramref name="expected"/> are expected to be cut.</summary>
    internal TextSlices(string text, int expected = 0)
    {
        this.text = text;
        initialSize = (int)Math.Min(System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(expected * 2, InitialSize)), MaxCount * 2);
    }

    /// <summary>The text of the <paramref name="length"/> characters from <paramref name="start"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie inside the text.</exception>
    internal string Cut(int start, int length)
    {
        var key = text.AsSpan(start, length);
        if (length == 0)
        {
            return string.Empty;
        }

        if (length > MaxLength)
        {
            return key.ToString();
        }

        if (size == 0)
        {
            (slots, size) = (Rent(initialSize), initialSize);
        }

        var mask = size - 1;
        var slot = string.GetHashCode(key) & mask;
        for (var probe = 0; probe < MaxProbes; probe++)
        {
            var found = slots[slot];
            if (found is null)
            {
                var made = key.ToString();
                if (count < MaxCount)
                {
                    slots[slot] = made;
                    if (++count * 2 > size)
                    {
                        Grow();
                    }
                }

                return made;
            }

            if (found.Length == length && found.AsSpan().SequenceEqual(key))
            {
                return found;
            }

            slot = (slot + 1) & mask;
        }

        // A long run of occupied slots: the slice is cut but not kept.
        return key.ToString();
    }

    /// <summary>Gives the slots back to the pool; the strings already handed out stay valid.</summary>
    internal void Release()
    {
        if (size > 0)
        {
            // Only the slots in use hold this text's slices: the rest of the rented array was never written here.
            Array.Clear(slots, 0, size);
            ArrayPool<string?>.Shared.Return(slots);
            (slots, size, count) = ([], 0, 0);
        }
    }

    // The shared pool may hold arrays that others gave back uncleared: only cleared slots can be trusted empty.
    private static string?[] Rent(int length)
    {
        var array = ArrayPool<string?>.Shared.Rent(length);
        Array.Clear(array, 0, length);
        return array;
    }

    private void Grow()
    {
        var old = slots;
        var oldSize = size;
        (slots, size) = (Rent(oldSize * 2), oldSize * 2);
        var mask = size - 1;
        for (var i = 0; i < oldSize; i++)
        {
            if (old[i] is { } kept)
            {
                var slot = string.GetHashCode(kept.AsSpan()) & mask;
                while (slots[slot] is not null)
                {
                    slot = (slot + 1) & mask;
                }

                slots[slot] = kept;
            }
        }

        Array.Clear(old, 0, oldSize);
        ArrayPool<string?>.Shared.Return(old);
    }
}
