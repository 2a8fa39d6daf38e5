using System;

namespace Sitrep.Text.Scanning;

/// <summary>
/// The tokens of one <see cref="StartSet"/>, ascending, read from the tokens' marks: <c>foreach (var i in
/// tokens.Starts(set))</c>.
/// </summary>
internal readonly ref struct StartTokens(ReadOnlySpan<uint> marks, uint bit)
{
    private readonly ReadOnlySpan<uint> marks = marks;

    /// <summary>The enumerator <c>foreach</c> uses.</summary>
    public Enumerator GetEnumerator() => new(marks, bit);

    /// <summary>Walks the marks to each token that has the set's bit.</summary>
    internal ref struct Enumerator(ReadOnlySpan<uint> marks, uint bit)
    {
        private readonly ReadOnlySpan<uint> marks = marks;
        private int index = -1;

        /// <summary>The token index.</summary>
        public readonly int Current => index;

        /// <summary>Moves to the next token of the set.</summary>
        public bool MoveNext()
        {
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
