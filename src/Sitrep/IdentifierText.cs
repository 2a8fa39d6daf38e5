using System;
using System.Diagnostics.CodeAnalysis;

namespace Sitrep;

/// <summary>The parsing rule all identifier types share: any non-empty text without whitespace or control characters, kept as written. Validation (SR0110) checks the same rule.</summary>
internal static class IdentifierText
{
    internal static bool TryParse<TSelf>(ReadOnlySpan<char> text, out TSelf result)
        where TSelf : struct, IIdentifier<TSelf>
    {
        if (!IsValid(text))
        {
            result = default;
            return false;
        }

        result = TSelf.FromValue(text.ToString());
        return true;
    }

    internal static bool TryParse<TSelf>([NotNullWhen(true)] string? text, out TSelf result)
        where TSelf : struct, IIdentifier<TSelf>
    {
        if (text is null || !IsValid(text))
        {
            result = default;
            return false;
        }

        result = TSelf.FromValue(text);
        return true;
    }

    internal static TSelf Parse<TSelf>(ReadOnlySpan<char> text, string kind)
        where TSelf : struct, IIdentifier<TSelf> =>
        TryParse<TSelf>(text, out var result) ? result : throw new FormatException(Problem(text, kind));

    internal static TSelf Parse<TSelf>(string text, string kind)
        where TSelf : struct, IIdentifier<TSelf>
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse<TSelf>(text, out var result) ? result : throw new FormatException(Problem(text, kind));
    }

    internal static bool IsValid(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Problem(ReadOnlySpan<char> text, string kind) =>
        text.IsEmpty ? $"An {kind} id cannot be empty." : $"An {kind} id cannot contain whitespace or control characters: '{PrintableText.Escape(text.Length <= 200 ? text.ToString() : string.Concat(text[..197], "..."))}'.";
}
