using System;
using System.Buffers;
using System.Collections.Generic;

namespace Sitrep.Text.Actors;

/// <summary>
/// The actor mention at each token position (its first or its last token): one array slot per token, rented from the
/// shared pool, so a lookup costs an array read and a long text allocates nothing. <see cref="Release"/> gives the
/// array back.
/// </summary>
internal sealed class RefIndex
{
    private readonly List<ActorRef> refs;

    // Rented, so it may be longer than the text: only the first `length` slots are this index's.
    private int[] slots;
    private int length;

    /// <summary>Indexes the mentions <paramref name="include"/> accepts: for each key token, the one <paramref name="prefer"/> picks.</summary>
    /// <param name="refs">The mentions; the index keeps positions in this list, which only grows.</param>
    /// <param name="tokenCount">How many tokens the text has.</param>
    /// <param name="key">The token a mention is filed under.</param>
    /// <param name="include">Whether a mention is filed at all.</param>
    /// <param name="prefer">Whether a mention wins over the one already filed under its key.</param>
    internal RefIndex(List<ActorRef> refs, int tokenCount, Func<ActorRef, int> key, Func<ActorRef, bool> include, Func<ActorRef, ActorRef, bool> prefer)
    {
        this.refs = refs;
        length = Math.Max(tokenCount, 0);
        slots = ArrayPool<int>.Shared.Rent(Math.Max(length, 1));
        Array.Clear(slots, 0, length);
        Count = 0;
        for (var i = 0; i < refs.Count; i++)
        {
            var r = refs[i];
            if (!include(r))
            {
                continue;
            }

            var at = key(r);
            if ((uint)at >= (uint)tokenCount)
            {
                continue;
            }

            if (slots[at] == 0)
            {
                Count++;
                slots[at] = i + 1;
            }
            else if (prefer(r, refs[slots[at] - 1]))
            {
                slots[at] = i + 1;
            }
        }
    }

    /// <summary>How many tokens have a mention filed under them.</summary>
    internal int Count { get; private set; }

    internal bool TryGetValue(int token, out ActorRef found)
    {
        if ((uint)token < (uint)length && slots[token] is > 0 and var at)
        {
            found = refs[at - 1];
            return true;
        }

        found = default;
        return false;
    }

    internal bool ContainsKey(int token) => (uint)token < (uint)length && slots[token] > 0;

    /// <summary>Gives the array back to the pool; the index is empty afterwards.</summary>
    internal void Release()
    {
        var array = slots;
        slots = [];
        length = 0;
        Count = 0;
        if (array.Length > 0)
        {
            ArrayPool<int>.Shared.Return(array);
        }
    }
}
