using System;

namespace Sitrep.Text.Scanning;

/// <summary>
/// The tokens of one <see cref="StartSet"/>, ascending, read from the tokens' marks (<c>foreach (var i in
/// tokens.Starts(set))</c>), or every token (<see cref="TokenList.All"/>) for a scanner whose settings its start set
/// cannot describe.
/// </summary>
internal readonly ref struct StartTokens
{
    private readonly ReadOnlySpan<uint> marks;
    private readonly uint bit;

    // For every token: how many there are; 0 when the marks are read.
    private readonly int every;

    /// <summary>The tokens whose mark has <paramref name="bit"/>.</summary>
    internal StartTokens(ReadOnlySpan<uint> marks, uint bit)
    {
        this.marks = marks;
        this.bit = bit;
    }

    /// <summary>Every one of <paramref name="count"/> tokens.</summary>
    internal StartTokens(int count)
    {
        marks = default;
        bit = 0;
        every = count;
    }

    /// <summary>The enumerator <c>foreach</c> uses.</summary>
    public Enumerator GetEnumerator() => new(marks, bit, every);

    /// <summary>Walks the marks to each token that has the set's bit, or to every token.</summary>
    internal ref struct Enumerator(ReadOnlySpan<uint> marks, uint bit, int every)
    {
        private readonly ReadOnlySpan<uint> marks = marks;
        private int index = -1;

        /// <summary>The token index.</summary>
        public readonly int Current => index;

        /// <summary>Moves to the next token of the set.</summary>
        public bool MoveNext()
        {
            if (every > 0)
            {
                return ++index < every;
            }

            var i = index + 1;
            while (i < marks.Length && (marks[i] & bit) == 0)
            {
                i++;
            }

            index = i;
            return i < marks.Length;
        }
    }
}
