using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Sitrep.Text.Numbers;

/// <summary>
/// The vague amounts of one <see cref="NumberOptions"/>, ready for matching: each phrase as its words, grouped by the
/// first word, so a match compares token words and builds no strings. Made once per options instance (the options
/// are immutable; <c>with</c> makes a new instance and so a new table).
/// </summary>
internal sealed class VagueTable
{
    private static readonly ConditionalWeakTable<NumberOptions, VagueTable> Tables = [];

    private readonly Dictionary<string, (string[] Words, VagueAmount Amount)[]> byFirstWord;

    private VagueTable(NumberOptions options)
    {
        var byPhrase = new Dictionary<string, VagueAmount>(StringComparer.Ordinal);
        foreach (var amount in options.VagueAmounts)
        {
            if (amount is null || string.IsNullOrWhiteSpace(amount.Phrase) || amount.Low < 0 || amount.High < amount.Low)
            {
                throw new ArgumentException($"A vague amount needs a phrase and 0 <= low <= high: {amount}.", nameof(options));
            }

            // A later amount with the same phrase wins.
            byPhrase[string.Join(' ', amount.Phrase.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))] = amount;
        }

        var groups = new Dictionary<string, List<(string[] Words, VagueAmount Amount)>>(StringComparer.Ordinal);
        foreach (var (phrase, amount) in byPhrase)
        {
            var words = phrase.Split(' ');
            if (!groups.TryGetValue(words[0], out var group))
            {
                group = [];
                groups[words[0]] = group;
            }

            group.Add((words, amount));
        }

        byFirstWord = new Dictionary<string, (string[] Words, VagueAmount Amount)[]>(StringComparer.Ordinal);
        foreach (var (first, group) in groups)
        {
            byFirstWord[first] = [.. group];
        }
    }

    /// <summary>The table of an options instance, made on first use.</summary>
    /// <exception cref="ArgumentException">A vague amount has no phrase, a negative low or low above high.</exception>
    internal static VagueTable Of(NumberOptions options) => Tables.GetValue(options, static o => new VagueTable(o));

    /// <summary>Whether some phrase starts with this word.</summary>
    internal bool MayStart(string word) => byFirstWord.ContainsKey(word);

    /// <summary>Whether some phrase starts with an article ("a", "an") followed by this word ("a few", "a number of").</summary>
    internal bool FollowsArticle(string word) =>
        StartingWith("a").Any(p => p.Words.Length > 1 && p.Words[1] == word) || StartingWith("an").Any(p => p.Words.Length > 1 && p.Words[1] == word);

    /// <summary>The phrases starting with this word, or none.</summary>
    internal (string[] Words, VagueAmount Amount)[] StartingWith(string word) => byFirstWord.GetValueOrDefault(word) ?? [];
}
