using System;
using System.Threading;

namespace Sitrep.Text.Scanning;

/// <summary>
/// The tokens a scanner may start at: those whose lexeme has one of some <see cref="LexemeFact"/>s, and, if asked,
/// every number, hyphen or capitalised word. A text's <see cref="TokenList"/> marks each token with the start sets it
/// is in, in one pass for all sets (<see cref="TokenList.Starts"/>), and each lexeme keeps its sets, so a scanner reads
/// one small number per token instead of asking its facts of every token's lexeme again. A start set may hold more
/// tokens than its scanner starts at, never fewer: the scanner still makes its own test at each candidate.
/// </summary>
internal sealed class StartSet
{
    private static readonly object Gate = new();
    private static StartSet[] all = [];

    /// <summary>Registers a start set; made once, as a static field of its scanner.</summary>
    internal StartSet(LexemeFact[] facts, bool numbers = false, bool hyphens = false, bool capitalised = false)
    {
        Facts = facts;
        Numbers = numbers;
        Hyphens = hyphens;
        Capitalised = capitalised;
        lock (Gate)
        {
            Index = all.Length;
            if (Index >= MaxCount)
            {
                throw new InvalidOperationException("No room for another start set.");
            }

            Bit = 1u << Index;
            all = [.. all, this];
        }
    }

    /// <summary>The most start sets there can be: one bit each in a token's mark.</summary>
    internal const int MaxCount = 32;

    /// <summary>The set's bit in a token's mark.</summary>
    internal uint Bit { get; }

    /// <summary>The start sets registered so far, in the order of their <see cref="Index"/>.</summary>
    internal static StartSet[] All => Volatile.Read(ref all);

    /// <summary>The set's place in <see cref="All"/>.</summary>
    internal int Index { get; }

    internal LexemeFact[] Facts { get; }

    internal bool Numbers { get; }

    internal bool Hyphens { get; }

    internal bool Capitalised { get; }

    /// <summary>
    /// Whether the token is in the set: a number, hyphen or capitalised word when the set takes them, or a token whose
    /// lexeme has one of the facts. <see cref="TokenList.Starts"/> gives the same answer from the tokens' marks.
    /// </summary>
    internal bool Contains(in Token token) =>
        (Numbers && token.Kind == TokenKind.Number) || (Hyphens && token.Kind == TokenKind.Hyphen) || (Capitalised && token.Capitalised)
        || HasFactOf(token.Lexeme);

    /// <summary>Whether one of the set's facts holds for the lexeme, whatever the token's shape.</summary>
    internal bool HasFactOf(Lexeme lexeme)
    {
        foreach (var fact in Facts)
        {
            if (fact.Of(lexeme))
            {
                return true;
            }
        }

        return false;
    }
}
