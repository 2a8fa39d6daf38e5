using System;
using System.Collections.Generic;

namespace Sitrep.Text.Scanning;

/// <summary>
/// The lower-case words of one text, each kept once: news copy repeats its words, so most tokens reuse a string
/// already made. On .NET 8 (no span lookups) every word gets its own string. The typographic apostrophe is made
/// straight here, once, so the word tables match "Washington\u2019s" and "didn\u2019t" as they match "Washington's".
/// </summary>
internal sealed class WordTable
{
    private const int MaxPooledLength = 32;

#if NET9_0_OR_GREATER
    private readonly Dictionary<string, string> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    internal WordTable() => lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    /// <summary>The word in lower case (invariant culture).</summary>
#pragma warning disable CA1822 // Uses the table on .NET 9 and later only.
    internal string Lower(ReadOnlySpan<char> word)
#pragma warning restore CA1822
    {
#if NET9_0_OR_GREATER
        if (word.Length <= MaxPooledLength)
        {
            Span<char> lower = stackalloc char[word.Length];
            word.ToLowerInvariant(lower);
            lower.Replace('\u2019', '\'');
            if (lookup.TryGetValue(lower, out var known))
            {
                return known;
            }

            var made = lower.ToString();
            words[made] = made;
            return made;
        }
#endif
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(buffer);
        buffer.Replace('\u2019', '\'');
        return new string(buffer);
    }
}
