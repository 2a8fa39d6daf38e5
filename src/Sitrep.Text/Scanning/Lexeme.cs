namespace Sitrep.Text.Scanning;

/// <summary>
/// What a token says, shared by every token that says the same: the lower-case word (apostrophes straightened), the
/// digits of a number as written with their value, or the symbol. A text repeats its words, so most tokens point to a
/// lexeme made before.
/// </summary>
internal sealed class Lexeme(string text, decimal value = 0, bool tooLarge = false)
{
    /// <summary>The word in lower case, the number as written, or the symbol.</summary>
    internal string Text { get; } = text;

    /// <summary>The value of a number; 0 for words and symbols, and for a number too large to be a count.</summary>
    internal decimal Value { get; } = value;

    /// <summary>Gets a value indicating whether the number is beyond what a count can hold (more than <see cref="long.MaxValue"/>).</summary>
    internal bool TooLarge { get; } = tooLarge;

    /// <summary>The answers of <see cref="LexemeFact"/>s worked out for this lexeme so far.</summary>
    internal long Facts { get; set; }

    /// <summary>
    /// The <see cref="StartSet"/>s this lexeme's facts put it in (low 32 bits, one per set) and how many sets were
    /// registered when that was worked out (high 32 bits; 0 when never). One field, so a reader on another thread
    /// never sees a count with another count's sets.
    /// </summary>
    internal long StartSets { get; set; }
}
