using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Sitrep.Text.Scanning;

/// <summary>
/// Something a scanner wants to know about a word, worked out once per <see cref="Lexeme"/> and kept on it, so the
/// test costs a bit test on every later token that says the same ("could a count start at this word?" rather than
/// five table lookups). The predicate must depend on the word's text alone, never on settings or context.
/// </summary>
internal sealed class LexemeFact
{
    // Each fact takes two bits of Lexeme.Facts: one says it was worked out, one holds the answer.
    private const int Capacity = 32;
    private static int registered;

    private readonly long known;
    private readonly long holds;
    private readonly Func<string, bool> predicate;

    /// <summary>Registers a fact.</summary>
    /// <exception cref="InvalidOperationException">More than 32 facts are registered.</exception>
    internal LexemeFact(Func<string, bool> predicate)
    {
        var bit = Interlocked.Increment(ref registered) - 1;
        if (bit >= Capacity)
        {
            throw new InvalidOperationException("No room for another lexeme fact.");
        }

        known = 1L << (2 * bit);
        holds = 2L << (2 * bit);
        this.predicate = predicate;
    }

    /// <summary>Whether the fact holds for the lexeme.</summary>
    /// <remarks>
    /// The shared symbol lexemes are read by several threads; a write that races with another can only drop the other's
    /// "worked out" bit (it is then worked out again), never record a wrong answer, since answers never change.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool Of(Lexeme lexeme)
    {
        var facts = lexeme.Facts;
        return (facts & known) != 0 ? (facts & holds) != 0 : WorkOut(lexeme, facts);
    }

    // The first time the fact is asked of a lexeme.
    private bool WorkOut(Lexeme lexeme, long facts)
    {
        var answer = predicate(lexeme.Text);
        lexeme.Facts = facts | known | (answer ? holds : 0);
        return answer;
    }
}
