using System.Runtime.InteropServices;

namespace Sitrep.Text.Scanning;

/// <summary>What a token is.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters (and apostrophes inside them), folded to lower case in <see cref="Token.Word"/>.</summary>
    Word,

    /// <summary>ASCII digits, with thousands separators and a decimal part when they are well formed.</summary>
    Number,

    /// <summary>A hyphen or dash between two tokens.</summary>
    Hyphen,

    /// <summary>Any other character that is not white space.</summary>
    Symbol,
}

/// <summary>
/// One token of a text: where it is, what it is, and its <see cref="Lexeme"/>: for words their lower-case form, for
/// numbers their value. <see cref="Glued"/> says the token touches the next one with no space (<c>29km</c>,
/// <c>4th</c>, <c>10:30</c>). <see cref="Capitalised"/> says a word begins with a capital letter. 24 bytes, so a long
/// text's tokens stay small.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal readonly struct Token(TokenKind kind, int start, int length, Lexeme lexeme, bool hasSeparators, bool glued, bool capitalised = false)
{
    internal TokenKind Kind { get; } = kind;

    internal int Start { get; } = start;

    internal int Length { get; } = length;

    internal Lexeme Lexeme { get; } = lexeme;

    /// <summary>The number was written with thousands separators ("1,200").</summary>
    internal bool HasSeparators { get; } = hasSeparators;

    internal bool Glued { get; } = glued;

    /// <summary>The token is a word whose first letter is a capital ("Afghan", "ISAF"); the lexeme is lower case.</summary>
    internal bool Capitalised { get; } = capitalised;

    internal int End => Start + Length;

    /// <summary>The lower-case word, the number as written or the symbol.</summary>
    internal string Word => Lexeme.Text;

    /// <summary>The value of a number token.</summary>
    internal decimal Value => Lexeme.Value;

    /// <summary>Gets a value indicating whether the number is too large to be a count (its <see cref="Value"/> is 0).</summary>
    internal bool TooLarge => Lexeme.TooLarge;

    internal char Symbol => Lexeme is { Text.Length: 1 } symbol ? symbol.Text[0] : '\0';
}
