using System.Collections.Generic;

namespace Sitrep.Text.Scanning;

/// <summary>Reading words from a token list by position, out-of-range positions included, as every scanner does.</summary>
internal static class TokenList
{
    /// <summary>The lower-case word at <paramref name="i"/>, or <see langword="null"/> when there is no word there.</summary>
    internal static string? WordAt(this List<Token> tokens, int i) =>
        i >= 0 && i < tokens.Count && tokens[i].Kind == TokenKind.Word ? tokens[i].Word : null;
}
