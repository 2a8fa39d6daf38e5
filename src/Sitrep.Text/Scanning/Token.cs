namespace Sitrep.Text.Scanning;

/// <summary>What a token is.</summary>
internal enum TokenKind
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
/// One token of a text: where it is, what it is, and for words their lower-case form, for numbers their value.
/// <see cref="Glued"/> says the token touches the next one with no space (<c>29km</c>, <c>4th</c>, <c>10:30</c>).
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Start, int Length, string Word, decimal Value, bool HasSeparators, bool Glued)
{
    internal int End => Start + Length;

    internal char Symbol => Word.Length == 1 ? Word[0] : '\0';
}
