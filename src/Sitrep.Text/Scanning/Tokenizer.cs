using System;
using System.Buffers;

namespace Sitrep.Text.Scanning;

/// <summary>
/// Splits text into words, numbers, hyphens and symbols in one pass, left to right, each character looked at a
/// bounded number of times: linear in the length of the text whatever it holds. Lone surrogates and control
/// characters are symbols like any other. ASCII words are folded to lower case and hashed as they are read; other
/// words go through the invariant culture's lower casing.
/// </summary>
internal static class Tokenizer
{
    private static readonly Lexeme Dash = new("-");

    // One lexeme for each ASCII symbol, so punctuation allocates nothing.
    private static readonly Lexeme[] AsciiSymbols = CreateAsciiSymbols();

    internal static TokenList Tokenize(string text)
    {
        var items = ArrayPool<Token>.Shared.Rent((text.Length / 5) + 8);
        var count = 0;
        var words = WordTable.Current;
        Span<char> lower = stackalloc char[WordTable.MaxLength];
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            int end;
            Lexeme lexeme;
            var kind = TokenKind.Symbol;
            var separators = false;
            if (char.IsAsciiLetter(c))
            {
                // An ASCII word, folded to lower case and hashed as it is read; a word that turns out to hold other
                // letters is read again by the general rules.
                kind = TokenKind.Word;
                end = i;
                var hash = 0;
                var ascii = true;
                while (end < text.Length)
                {
                    var d = text[end];
                    if (char.IsAsciiLetter(d))
                    {
                        d = (char)(d | 0x20);
                    }
                    else if (IsApostrophe(d) && end + 1 < text.Length && char.IsLetter(text[end + 1]))
                    {
                        d = '\'';
                    }
                    else
                    {
                        ascii = d < 128 || !char.IsLetter(d);
                        break;
                    }

                    if (end - i < WordTable.MaxLength)
                    {
                        lower[end - i] = d;
                    }

                    hash = WordTable.Step(hash, d);
                    end++;
                }

                if (!ascii)
                {
                    (end, lexeme) = ReadOtherWord(text, i, words);
                }
                else
                {
                    lexeme = end - i <= WordTable.MaxLength ? words.Lookup(lower[..(end - i)], hash) : words.Lower(text.AsSpan(i, end - i));
                }
            }
            else if (c == ' ' || char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            else if (c > 127 && char.IsLetter(c))
            {
                kind = TokenKind.Word;
                (end, lexeme) = ReadOtherWord(text, i, words);
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))))
            {
                kind = TokenKind.Number;
                (end, lexeme, separators) = ReadNumber(text, i, words);
                if (end == i)
                {
                    // ".5.6" reads no number (a point between digits and another point is no decimal part): the point
                    // is a symbol, and the digits after it a number of their own.
                    kind = TokenKind.Symbol;
                    end = i + 1;
                    lexeme = AsciiSymbols[c];
                }
            }
            else if (c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014')
            {
                kind = TokenKind.Hyphen;
                end = i + 1;
                lexeme = Dash;
            }
            else
            {
                end = i + 1;
                lexeme = c < 128 ? AsciiSymbols[c] : words.Lookup([c], WordTable.Step(0, c));
            }

            var glued = end < text.Length && !IsSpace(text[end]);
            if (count == items.Length)
            {
                var larger = ArrayPool<Token>.Shared.Rent(items.Length * 2);
                items.AsSpan().CopyTo(larger);
                ArrayPool<Token>.Shared.Return(items, clearArray: true);
                items = larger;
            }

            items[count++] = new Token(kind, i, end - i, lexeme, separators, glued, kind == TokenKind.Word && char.IsUpper(c));
            i = end;
        }

        return new TokenList(text, items, count);
    }

    /// <summary>The words of a short phrase (a name, a table entry), as the tokens of a text would hold them.</summary>
    internal static string[] Words(string phrase)
    {
        var tokens = Tokenize(phrase);
        var words = tokens.Words();
        tokens.Release();
        return words;
    }

    private static bool IsSpace(char c) => c == ' ' || (c is < '!' or > '~' && char.IsWhiteSpace(c));

    private static (int End, Lexeme Lexeme) ReadOtherWord(string text, int start, WordTable words)
    {
        var end = start + 1;
        while (end < text.Length && (char.IsLetter(text[end]) || (IsApostrophe(text[end]) && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
        {
            end++;
        }

        return (end, words.Lower(text.AsSpan(start, end - start)));
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static Lexeme[] CreateAsciiSymbols()
    {
        var symbols = new Lexeme[128];
        for (var c = 0; c < symbols.Length; c++)
        {
            symbols[c] = new Lexeme(((char)c).ToString());
        }

        return symbols;
    }

    /// <summary>
    /// Digits, with <c>,</c> thousands groups of exactly three and one <c>.</c> decimal part when present, however
    /// long: a number too large to be a count is one token that says so (<see cref="Lexeme.TooLarge"/>), never split
    /// into smaller numbers that read as counts of their own ("1,000,000,000,000,000,000,000" is not "000").
    /// </summary>
    private static (int End, Lexeme Lexeme, bool Separators) ReadNumber(string text, int start, WordTable words)
    {
        var i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        var separators = false;
        var firstGroup = i - start;
        while (firstGroup is > 0 and <= 3 && i < text.Length && text[i] is ',' or ' ' or '\u202F' or '\u00A0' && IsGroup(text, i + 1))
        {
            separators = true;
            i += 4;
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]) && !(i + 2 < text.Length && IsIpLike(text, i)))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        var span = text.AsSpan(start, i - start);
        var hash = 0;
        foreach (var ch in span)
        {
            hash = WordTable.Step(hash, ch);
        }

        return (i, words.Lookup(span, hash, number: true), separators);
    }

    // A group is exactly three digits not followed by a fourth.
    private static bool IsGroup(string text, int at) =>
        at + 3 <= text.Length && char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2])
        && (at + 3 == text.Length || !char.IsAsciiDigit(text[at + 3]));

    // "192.168.1.2": a point followed by digits and another point is not a decimal part.
    private static bool IsIpLike(string text, int point)
    {
        var i = point + 1;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]);
    }
}
