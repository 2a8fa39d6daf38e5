using System;
using System.Buffers;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Sitrep.Datasets.Parsing;

/// <summary>
/// Remembers record ids, to tell a repeat from a first use, in bounded memory, at one look into a small table per row.
/// Each id is kept as a 64-bit hash (two different ids share one with a chance of about one in 10^19 per pair) with
/// the line it was first seen on, appended in order (16 bytes), and as a 32-bit fingerprint in an open-addressed
/// table (4 to 16 bytes). A row whose fingerprint is new is a first use; only when the fingerprint was seen (a
/// repeat, or rarely another id's fingerprint) are the full hashes consulted, through an index built then. Ids that
/// differ only in the low bits of a trailing number (<c>IRQ1232</c> to <c>IRQ1247</c>; GDELT's and UCDP's ids run in
/// sequence) share one bucket of the table, so a file in id order touches about one cache line per 16 rows. Up to
/// <see cref="Capacity"/> ids are remembered; past that, <see cref="Full"/> says so.
/// </summary>
internal sealed class IdTracker(int capacity = IdTracker.DefaultCapacity)
{
    /// <summary>Ten million ids: at most about 330 MB, more only for the index of a file with repeats.</summary>
    internal const int DefaultCapacity = 10_000_000;

    // 64 KB to start (small files pay nothing to speak of), growing fourfold while small so that rehashing stays a
    // fraction of the inserts, twofold past 4 Mi slots.
    private const int InitialSlots = 1 << 14;
    private const int BucketLength = 16;
    private const int ChunkBits = 16;
    private const int ChunkLength = 1 << ChunkBits;

    private readonly List<Entry[]> chunks = [];
    private readonly List<uint[]> homes = [];
    private uint[] slots = [];
    private int mask = -1;
    private int count;

    // The exact index: every id's hash, first line and uses, for ids up to `indexed` in order; built on the first
    // repeat of a fingerprint and kept up to date from then on.
    private Dictionary<ulong, (long FirstLine, int Uses)>? exact;
    private int indexed;

    internal int Capacity { get; } = capacity;

    /// <summary>Gets a value indicating whether the tracker stopped remembering new ids.</summary>
    internal bool Full { get; private set; }

    /// <summary>Counts a use of <paramref name="id"/> on <paramref name="line"/>: how many uses so far (1 for the first) and the first line.</summary>
    internal (int Uses, long FirstLine) Use(ReadOnlySpan<char> id, long line)
    {
        if (mask < 0)
        {
            slots = Rent<uint>(InitialSlots);
            mask = InitialSlots - 1;
        }

        var (key, home) = Hash(id);
        var fingerprint = Fingerprint(key);
        var i = Probe(home, fingerprint, out var seen);
        if (seen)
        {
            Index();
            if (exact!.TryGetValue(key, out var entry))
            {
                var uses = entry.Uses == int.MaxValue ? entry.Uses : entry.Uses + 1;
                exact[key] = (entry.FirstLine, uses);
                return (uses, entry.FirstLine);
            }
        }

        if (count >= Capacity)
        {
            Full = true;
            return (1, line);
        }

        slots[i] = fingerprint;
        Append(key, home, line);
        if (exact is not null)
        {
            Index();
        }

        if (count > (mask + 1) / 2)
        {
            Grow();
        }

        return (1, line);
    }

    /// <summary>Gives the tables back to the pool (a tracker never given back is simply collected); the tracker starts empty if used again.</summary>
    internal void ReturnTable()
    {
        if (mask >= 0)
        {
            ArrayPool<uint>.Shared.Return(slots);
        }

        foreach (var chunk in chunks)
        {
            ArrayPool<Entry>.Shared.Return(chunk);
        }

        foreach (var chunk in homes)
        {
            ArrayPool<uint>.Shared.Return(chunk);
        }

        chunks.Clear();
        homes.Clear();
        slots = [];
        mask = -1;
        count = 0;
        exact = null;
        indexed = 0;
        Full = false;
    }

    // Tables come from the shared pool, so a process reading file after file does not make large objects each time.
    private static T[] Rent<T>(int length)
    {
        var table = ArrayPool<T>.Shared.Rent(length);
        Array.Clear(table, 0, length);
        return table;
    }

    private void Append(ulong key, uint home, long line)
    {
        if ((count & (ChunkLength - 1)) == 0 && count >> ChunkBits == chunks.Count)
        {
            chunks.Add(ArrayPool<Entry>.Shared.Rent(ChunkLength));
            homes.Add(ArrayPool<uint>.Shared.Rent(ChunkLength));
        }

        chunks[count >> ChunkBits][count & (ChunkLength - 1)] = new Entry(key, line);
        homes[count >> ChunkBits][count & (ChunkLength - 1)] = home;
        count++;
    }

    private void Index()
    {
        exact ??= [];
        for (; indexed < count; indexed++)
        {
            var entry = chunks[indexed >> ChunkBits][indexed & (ChunkLength - 1)];
            exact[entry.Key] = (entry.Line, 1);
        }
    }

    // The table is buckets of 16 slots, filled from the front, so the first empty slot ends a bucket's ids; a full
    // bucket goes on into the next. Returns the empty slot where the id would go; `seen` when the fingerprint was met.
    private int Probe(uint home, uint fingerprint, out bool seen)
    {
        seen = false;
        var i = (int)(home & (uint)mask) & ~(BucketLength - 1);
        var wanted = Vector128.Create(fingerprint);
        ref var table = ref MemoryMarshal.GetArrayDataReference(slots);
        while (true)
        {
            // Four vectors of four slots: which hold the fingerprint, which are empty.
            var a = Vector128.LoadUnsafe(ref table, (nuint)i);
            var b = Vector128.LoadUnsafe(ref table, (nuint)i + 4);
            var c = Vector128.LoadUnsafe(ref table, (nuint)i + 8);
            var d = Vector128.LoadUnsafe(ref table, (nuint)i + 12);
            var empty = Vector128.Equals(a, Vector128<uint>.Zero).ExtractMostSignificantBits()
                | (Vector128.Equals(b, Vector128<uint>.Zero).ExtractMostSignificantBits() << 4)
                | (Vector128.Equals(c, Vector128<uint>.Zero).ExtractMostSignificantBits() << 8)
                | (Vector128.Equals(d, Vector128<uint>.Zero).ExtractMostSignificantBits() << 12);
            seen |= (Vector128.Equals(a, wanted) | Vector128.Equals(b, wanted) | Vector128.Equals(c, wanted) | Vector128.Equals(d, wanted)) != Vector128<uint>.Zero;
            if (empty != 0)
            {
                return i + BitOperations.TrailingZeroCount(empty);
            }

            i = (i + BucketLength) & mask;
        }
    }

    private void Grow()
    {
        var old = slots;
        var length = (mask + 1) * (mask < 1 << 22 ? 4 : 2);
        slots = Rent<uint>(length);
        mask = length - 1;
        for (var n = 0; n < count; n++)
        {
            var key = chunks[n >> ChunkBits][n & (ChunkLength - 1)].Key;
            var i = Probe(homes[n >> ChunkBits][n & (ChunkLength - 1)], 0, out _);
            slots[i] = Fingerprint(key);
        }

        ArrayPool<uint>.Shared.Return(old);
    }

    // The high half of the hash, never 0 (which marks an empty slot); the slot comes from the low half.
    private static uint Fingerprint(ulong key) => Math.Max((uint)(key >> 32), 1u);

    // The id's hash (FNV-1a, 64 bits, over the UTF-16 code units, mixed so that every bit depends on every
    // character) and its home bucket in the table: ids that differ only in a trailing number's low four bits share one
    // (what comes before them, the prefix and the rest of the number, picks it).
    private static (ulong Key, uint Home) Hash(ReadOnlySpan<char> id)
    {
        var start = id.Length;
        while (start > 0 && id.Length - start < 18 && char.IsAsciiDigit(id[start - 1]))
        {
            start--;
        }

        var hash = 14695981039346656037UL;
        foreach (var c in id[..start])
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        var prefix = hash;
        var number = 0UL;
        foreach (var c in id[start..])
        {
            hash = (hash ^ c) * 1099511628211UL;
            number = (number * 10) + (ulong)(c - '0');
        }

        var key = Mix(hash);
        var home = start == id.Length ? (uint)key : (uint)Mix(prefix ^ ((number >> 4) * 0x9e3779b97f4a7c15UL)) << 4;
        return (key, home);
    }

    private static ulong Mix(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        return hash;
    }

    private readonly record struct Entry(ulong Key, long Line);
}
