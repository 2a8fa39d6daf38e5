using System;
using System.Buffers;

namespace Sitrep.Text.Scanning;

/// <summary>
/// The tokens of a text, in order: an array read by reference, so scanners look at a token's fields without copying
/// it. Positions out of range read as "no word" through <see cref="WordAt"/>, as every scanner needs. The array is
/// rented from the shared pool; <see cref="Release"/> gives it back (cleared) once the parse is over.
/// </summary>
internal sealed class TokenList
{
    private Token[] items;
    private TextSlices? slices;
    private uint[] marks = [];
    private int markedSets;

    /// <summary>A list of the first <paramref name="count"/> tokens of an array rented from <see cref="ArrayPool{T}.Shared"/>, which the list now owns.</summary>
    /// <param name="text">The text the tokens are of.</param>
    /// <param name="items">The tokens.</param>
    /// <param name="count">How many of them are in use.</param>
    internal TokenList(string text, Token[] items, int count)
    {
        Text = text;
        this.items = items;
        Count = count;
    }

    /// <summary>The text the tokens are of.</summary>
    internal string Text { get; }

    /// <summary>How many tokens there are.</summary>
    internal int Count { get; private set; }

    /// <summary>The token at <paramref name="i"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is not below <see cref="Count"/>.</exception>
    internal ref readonly Token this[int i]
    {
        get
        {
            if ((uint)i >= (uint)Count)
            {
                ThrowOutOfRange();
            }

            return ref items[i];
        }
    }

    /// <summary>
    /// The text of the <paramref name="length"/> characters from <paramref name="start"/>: what a mention keeps. Repeated
    /// slices of one text share a string (<see cref="TextSlices"/>).
    /// </summary>
    internal string Cut(int start, int length) => (slices ??= new TextSlices(Text, Count / 8)).Cut(start, length);

    /// <summary>The text from the start of token <paramref name="first"/> to the end of token <paramref name="last"/>, as <see cref="Cut"/> gives it.</summary>
    internal string Slice(int first, int last) => Cut(this[first].Start, this[last].End - this[first].Start);

    /// <summary>
    /// The tokens of a start set, ascending. The first call marks every token with the start sets registered so far, in
    /// one pass; a set registered later has the tokens marked again on its first call.
    /// </summary>
    internal StartTokens Starts(StartSet set)
    {
        if (set.Index >= markedSets)
        {
            Mark();
        }

        return new StartTokens(marks.AsSpan(0, Count), set.Bit);
    }

    /// <summary>Every token, in order, for a scan whose start test its <see cref="StartSet"/> cannot describe.</summary>
    internal StartTokens All => new(Count);

    private void Mark()
    {
        var sets = StartSet.All;
        uint numbers = 0, hyphens = 0, capitalised = 0;
        foreach (var set in sets)
        {
            numbers |= set.Numbers ? set.Bit : 0;
            hyphens |= set.Hyphens ? set.Bit : 0;
            capitalised |= set.Capitalised ? set.Bit : 0;
        }

        if (marks.Length < Count)
        {
            ReturnMarks();
            marks = ArrayPool<uint>.Shared.Rent(Count);
        }

        var version = (long)sets.Length << 32;
        for (var i = 0; i < Count; i++)
        {
            ref readonly var token = ref items[i];
            var lexeme = token.Lexeme;
            var known = lexeme.StartSets;
            uint mark;
            if ((known & ~0xFFFFFFFFL) == version)
            {
                mark = (uint)known;
            }
            else
            {
                mark = 0;
                foreach (var set in sets)
                {
                    mark |= set.HasFactOf(lexeme) ? set.Bit : 0;
                }

                lexeme.StartSets = version | mark;
            }

            marks[i] = mark
                | (token.Kind == TokenKind.Number ? numbers : 0)
                | (token.Kind == TokenKind.Hyphen ? hyphens : 0)
                | (token.Capitalised ? capitalised : 0);
        }

        markedSets = sets.Length;
    }

    private void ReturnMarks()
    {
        if (marks.Length > 0)
        {
            ArrayPool<uint>.Shared.Return(marks);
        }

        marks = [];
        markedSets = 0;
    }

    /// <summary>Gives a rented array back to the pool, cleared; the list is empty afterwards.</summary>
    internal void Release()
    {
        slices?.Release();
        ReturnMarks();
        var array = items;
        var used = Count;
        items = [];
        Count = 0;
        if (array.Length > 0)
        {
            // Only the tokens written hold lexemes: the rest of the rented array (up to twice as long) was never touched.
            Array.Clear(array, 0, used);
            ArrayPool<Token>.Shared.Return(array);
        }
    }

    /// <summary>The first token at or after a character offset (<see cref="Count"/> when there is none).</summary>
    internal int TokenAt(int offset) => SortedSearch.LowerBound<Token, ByStart>(items.AsSpan(0, Count), offset);

    /// <summary>The lower-case word at <paramref name="i"/>, or <see langword="null"/> when there is no word there.</summary>
    internal string? WordAt(int i) =>
        (uint)i < (uint)Count && items[i].Kind == TokenKind.Word ? items[i].Word : null;

    /// <summary>The text of every token, in order.</summary>
    internal string[] Words()
    {
        var words = new string[Count];
        for (var i = 0; i < Count; i++)
        {
            words[i] = items[i].Word;
        }

        return words;
    }

    private static void ThrowOutOfRange() => throw new ArgumentOutOfRangeException("i", "No token at this position.");

    private readonly struct ByStart : IPositionOf<Token>
    {
        public static int Of(in Token item) => item.Start;
    }
}
