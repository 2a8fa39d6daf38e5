using System;
using System.Globalization;

namespace Sitrep.Text.Scanning;

/// <summary>
/// The lexemes met so far on this thread, each kept once, so the tokens of a text (and of the next text) share them:
/// news copy repeats its words, and a parser run on one report after another meets the same few thousand. Keyed by the
/// lower-case text with the typographic apostrophe made straight, so the word tables match "Washington\u2019s" and
/// "didn\u2019t" as they match "Washington's".
/// </summary>
/// <remarks>
/// Bounded: words longer than <see cref="MaxLength"/> are not kept, a lookup looks at no more than
/// <see cref="MaxProbes"/> slots (so no input can make it slow, whatever its hash values), and a table that reaches
/// <see cref="MaxCount"/> lexemes is dropped for a new one. One table per thread: lexemes are immutable, and a table is
/// only used by the thread that owns it.
/// </remarks>
internal sealed class WordTable
{
    /// <summary>The longest text kept in the table.</summary>
    internal const int MaxLength = 32;

    private const int MaxProbes = 8;
    private const int MaxCount = 1 << 15;

    [ThreadStatic]
    private static WordTable? current;

    private const int InitialBits = 10;

    private Lexeme?[] slots = new Lexeme?[1 << InitialBits];
    private int[] hashes = new int[1 << InitialBits];
    private int bits = InitialBits;
    private int count;

    /// <summary>This thread's table.</summary>
    internal static WordTable Current => current ??= new WordTable();

    /// <summary>
    /// The hash of one more character, as <see cref="Lookup"/> expects it; start from 0. Callers fold characters in as
    /// they read them, so a word is read once.
    /// </summary>
    internal static int Step(int hash, char c) => (int)((uint)(hash ^ c) * 16777619u);

    /// <summary>
    /// The lexeme of a word already in lower case with straight apostrophes, a symbol, or (with
    /// <paramref name="number"/>) the digits of a number, whose value is worked out when the lexeme is made.
    /// </summary>
    internal Lexeme Lookup(ReadOnlySpan<char> key, int hash, bool number = false)
    {
        if (key.Length > MaxLength)
        {
            return Make(key, number);
        }

        var mask = slots.Length - 1;
        var slot = Home(hash);
        for (var probe = 0; probe < MaxProbes; probe++)
        {
            var found = slots[slot];
            if (found is null)
            {
                var made = Make(key, number);
                Add(slot, hash, made);
                return made;
            }

            if (hashes[slot] == hash && found.Text.AsSpan().SequenceEqual(key))
            {
                return found;
            }

            slot = (slot + 1) & mask;
        }

        // A long run of colliding slots: not kept, so a crafted text cannot make later lookups slow.
        return Make(key, number);
    }

    private static Lexeme Make(ReadOnlySpan<char> key, bool number)
    {
        if (!number)
        {
            return new(key.ToString());
        }

        var (value, tooLarge) = ValueOf(key);
        return new(key.ToString(), value, tooLarge);
    }

    /// <summary>
    /// The value of digits with thousands separators and a decimal part; a number whose whole part is beyond
    /// <see cref="long.MaxValue"/> is too large to be a count and is not given a value (a run of any length is read
    /// in a fixed buffer, digits past the 28th of the fraction ignored).
    /// </summary>
    private static (decimal Value, bool TooLarge) ValueOf(ReadOnlySpan<char> digits)
    {
        const int MaxWholeDigits = 19;
        Span<char> plain = stackalloc char[MaxWholeDigits + 1 + 28];
        var n = 0;
        var whole = 0;
        var fraction = -1;
        foreach (var ch in digits)
        {
            if (ch is ',' or ' ' or '\u202F' or '\u00A0')
            {
                continue;
            }

            if (ch == '.')
            {
                fraction = 0;
            }
            else if (fraction < 0)
            {
                if (n == 0 && ch == '0')
                {
                    continue;
                }

                if (++whole > MaxWholeDigits)
                {
                    return (0, true);
                }
            }
            else if (++fraction > 28)
            {
                continue;
            }

            plain[n++] = ch;
        }

        if (!decimal.TryParse(plain[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return (0, false);
        }

        return value > long.MaxValue ? (0, true) : (value, false);
    }

    /// <summary>The lexeme of a word as written: folded to lower case (invariant culture), apostrophes straightened.</summary>
    internal Lexeme Lower(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(buffer);
        var hash = 0;
        for (var i = 0; i < buffer.Length; i++)
        {
            if (buffer[i] == '\u2019')
            {
                buffer[i] = '\'';
            }

            hash = Step(hash, buffer[i]);
        }

        return Lookup(buffer, hash);
    }

    // Fibonacci hashing: the high bits of the product, well mixed whatever the low bits of the hash.
    private int Home(int hash) => (int)(((uint)hash * 0x9E3779B9u) >> (32 - bits));

    private void Add(int slot, int hash, Lexeme lexeme)
    {
        slots[slot] = lexeme;
        hashes[slot] = hash;
        count++;
        if (count >= MaxCount)
        {
            // Start afresh: the lexemes made so far stay with the tokens that hold them.
            slots = new Lexeme?[1 << InitialBits];
            hashes = new int[1 << InitialBits];
            bits = InitialBits;
            count = 0;
        }
        else if (count * 2 > slots.Length)
        {
            Grow();
        }
    }

    private void Grow()
    {
        var oldSlots = slots;
        var oldHashes = hashes;
        bits++;
        slots = new Lexeme?[1 << bits];
        hashes = new int[1 << bits];
        count = 0;
        var mask = slots.Length - 1;
        for (var i = 0; i < oldSlots.Length; i++)
        {
            if (oldSlots[i] is { } lexeme)
            {
                // Re-placed within the probe limit; one that does not fit is dropped (it is made again if met again).
                var slot = Home(oldHashes[i]);
                for (var probe = 0; probe < MaxProbes; probe++)
                {
                    if (slots[slot] is null)
                    {
                        slots[slot] = lexeme;
                        hashes[slot] = oldHashes[i];
                        count++;
                        break;
                    }

                    slot = (slot + 1) & mask;
                }
            }
        }
    }
}
