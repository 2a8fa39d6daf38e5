using System.Collections.Generic;

namespace Sitrep.Tests.Text.Numbers;

/// <summary>Renders integers in English words, in the spellings news copy uses, for round-trip properties.</summary>
public static class EnglishNumbers
{
    private static readonly string[] Small =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] TensWords = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>Renders <paramref name="n"/> (0 to 999,999,999): British "and" after hundreds when asked, hyphens in 21-99 when asked.</summary>
    public static string Render(long n, bool british, bool hyphens)
    {
        if (n == 0)
        {
            return "zero";
        }

        var parts = new List<string>();
        foreach (var (scale, name) in new[] { (1_000_000L, "million"), (1_000L, "thousand"), (1L, "") })
        {
            var group = n / scale % 1000;
            if (group == 0)
            {
                continue;
            }

            var words = Group(group, british && (group >= 100 || (scale == 1 && n >= 1000)), hyphens);
            parts.Add(name.Length == 0 ? words : words + " " + name);
        }

        return string.Join(" ", parts);
    }

    private static string Group(long n, bool and, bool hyphens)
    {
        var words = new List<string>();
        if (n >= 100)
        {
            words.Add(Small[n / 100] + " hundred");
            n %= 100;
        }

        if (n > 0)
        {
            if (and && words.Count > 0 || (and && words.Count == 0))
            {
                words.Add("and");
            }

            words.Add(n < 20 ? Small[n] : n % 10 == 0 ? TensWords[n / 10] : TensWords[n / 10] + (hyphens ? "-" : " ") + Small[n % 10]);
        }

        return string.Join(" ", words);
    }
}
