using System;
using System.Collections.Generic;

namespace Sitrep.Datasets.Text;

/// <summary>
/// Remembers record ids, to tell a repeat from a first use, in bounded memory: each id is kept as a 64-bit hash with
/// the line it was first seen on (about 24 bytes an id), up to <see cref="Capacity"/> ids; past that, ids are no longer
/// remembered and <see cref="Full"/> says so. Two different ids share a hash with a chance of about one in 10^19
/// per pair.
/// </summary>
internal sealed class IdTracker(int capacity = IdTracker.DefaultCapacity)
{
    /// <summary>Ten million ids: about 240 MB at most.</summary>
    internal const int DefaultCapacity = 10_000_000;

    private readonly Dictionary<ulong, (long FirstLine, int Uses)> seen = [];

    internal int Capacity { get; } = capacity;

    /// <summary>Gets a value indicating whether the tracker stopped remembering new ids.</summary>
    internal bool Full { get; private set; }

    /// <summary>Counts a use of <paramref name="id"/> on <paramref name="line"/>: how many uses so far (1 for the first) and the first line.</summary>
    internal (int Uses, long FirstLine) Use(ReadOnlySpan<char> id, long line)
    {
        var key = Hash(id);
        if (seen.TryGetValue(key, out var entry))
        {
            seen[key] = (entry.FirstLine, entry.Uses + 1);
            return (entry.Uses + 1, entry.FirstLine);
        }

        if (seen.Count >= Capacity)
        {
            Full = true;
            return (1, line);
        }

        seen[key] = (line, 1);
        return (1, line);
    }

    // FNV-1a, 64 bits, over the UTF-16 code units.
    private static ulong Hash(ReadOnlySpan<char> id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
