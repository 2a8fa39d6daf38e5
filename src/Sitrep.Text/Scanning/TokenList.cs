using System;

namespace Sitrep.Text.Scanning;

/// <summary>
/// The tokens of a text, in order: a growable array read by reference, so scanners look at a token's fields without
/// copying it. Positions out of range read as "no word" through <see cref="WordAt"/>, as every scanner needs.
/// </summary>
internal sealed class TokenList
{
    private Token[] items;

    internal TokenList(int capacity) => items = new Token[Math.Max(capacity, 4)];

    /// <summary>A list of the first <paramref name="count"/> tokens of an array the list now owns.</summary>
    internal TokenList(Token[] items, int count)
    {
        this.items = items;
        Count = count;
    }

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

    internal void Add(in Token token)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, items.Length * 2);
        }

        items[Count++] = token;
    }

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
}
