using System;
using System.Collections.Generic;
using System.Globalization;

namespace Sitrep.Text.Scanning;

/// <summary>
/// Splits text into words, numbers, hyphens and symbols in one pass, left to right, each character looked at a
/// bounded number of times: linear in the length of the text whatever it holds. Lone surrogates and control
/// characters are symbols like any other.
/// </summary>
internal static class Tokenizer
{
    /// <summary>The longest run of digits read as one number; longer runs are split into symbols of their own.</summary>
    private const int MaxDigits = 18;

    // One string for each ASCII symbol, so punctuation allocates nothing.
    private static readonly string[] AsciiSymbols = CreateAsciiSymbols();

    internal static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var words = new WordTable();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int end;
            Token token;
            if (char.IsLetter(c))
            {
                end = i + 1;
                while (end < text.Length && (char.IsLetter(text[end]) || (IsApostrophe(text[end]) && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
                {
                    end++;
                }

                token = new Token(TokenKind.Word, i, end - i, words.Lower(text.AsSpan(i, end - i)), 0, false, false);
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && (i == 0 || !char.IsAsciiDigit(text[i - 1]))))
            {
                (end, token) = ReadNumber(text, i);
            }
            else if (c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014')
            {
                end = i + 1;
                token = new Token(TokenKind.Hyphen, i, 1, "-", 0, false, false);
            }
            else
            {
                end = i + 1;
                token = new Token(TokenKind.Symbol, i, 1, c < 128 ? AsciiSymbols[c] : c.ToString(), 0, false, false);
            }

            var glued = end < text.Length && !char.IsWhiteSpace(text[end]);
            tokens.Add(token with { Glued = glued });
            i = end;
        }

        return tokens;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static string[] CreateAsciiSymbols()
    {
        var symbols = new string[128];
        for (var c = 0; c < symbols.Length; c++)
        {
            symbols[c] = ((char)c).ToString();
        }

        return symbols;
    }

    /// <summary>Digits, with <c>,</c> thousands groups of exactly three and one <c>.</c> decimal part when present.</summary>
    private static (int End, Token Token) ReadNumber(string text, int start)
    {
        var i = start;
        var digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && digits < MaxDigits)
        {
            i++;
            digits++;
        }

        var separators = false;
        var firstGroup = digits;
        while (firstGroup is > 0 and <= 3 && i < text.Length && text[i] is ',' or ' ' or '\u202F' or '\u00A0'
            && IsGroup(text, i + 1) && digits + 3 <= MaxDigits)
        {
            separators = true;
            i += 4;
            digits += 3;
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]) && !(i + 2 < text.Length && IsIpLike(text, i)))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]) && digits < MaxDigits)
            {
                i++;
                digits++;
            }
        }

        var span = text.AsSpan(start, i - start);
        Span<char> plain = stackalloc char[span.Length];
        var n = 0;
        foreach (var ch in span)
        {
            if (ch is not (',' or ' ' or '\u202F' or '\u00A0'))
            {
                plain[n++] = ch;
            }
        }

        var value = decimal.TryParse(plain[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : 0;
        return (i, new Token(TokenKind.Number, start, i - start, span.ToString(), value, separators, false));
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
