using System.Collections.Frozen;
using System.Collections.Generic;

namespace Sitrep.Text.Numbers;

/// <summary>The English words of numbers, bounds and ordinals the scanner knows.</summary>
internal static class NumberWords
{
    internal static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>
    {
        ["zero"] = 0,
        ["nought"] = 0,
        ["naught"] = 0,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
    }.ToFrozenDictionary();

    internal static readonly FrozenDictionary<string, int> Teens = new Dictionary<string, int>
    {
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
    }.ToFrozenDictionary();

    internal static readonly FrozenDictionary<string, int> Tens = new Dictionary<string, int>
    {
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
    }.ToFrozenDictionary();

    internal static readonly FrozenDictionary<string, long> Scales = new Dictionary<string, long>
    {
        ["thousand"] = 1_000,
        ["million"] = 1_000_000,
        ["billion"] = 1_000_000_000,
        ["trillion"] = 1_000_000_000_000,
    }.ToFrozenDictionary();

    internal static readonly FrozenSet<string> Ordinals = new HashSet<string>
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
        "hundredth", "thousandth", "millionth",
    }.ToFrozenSet();

    /// <summary>Words before a four-digit number that make it a year: <c>in 2019</c>, <c>since 1991</c>, <c>March 2020</c>.</summary>
    internal static readonly FrozenSet<string> YearCues = new HashSet<string>
    {
        "in", "since", "of", "from", "until", "till", "by", "during", "before", "after", "early", "late", "mid", "year",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "spring",
        "summer", "autumn", "fall", "winter", "the",
    }.ToFrozenSet();

    /// <summary>Words after a number that bound it: <c>five or more</c>, <c>30 or fewer</c>.</summary>
    internal static readonly (string[] Words, Bound Kind)[] TrailingBounds =
    [
        (["or", "more"], Bound.AtLeast),
        (["or", "greater"], Bound.AtLeast),
        (["or", "above"], Bound.AtLeast),
        (["or", "higher"], Bound.AtLeast),
        (["and", "more"], Bound.AtLeast),
        (["and", "above"], Bound.AtLeast),
        (["or", "less"], Bound.AtMost),
        (["or", "fewer"], Bound.AtMost),
        (["or", "below"], Bound.AtMost),
        (["and", "less"], Bound.AtMost),
        (["plus"], Bound.AtLeast),
    ];

    /// <summary>Pronoun uses of "one" (<c>the one</c>, <c>which one</c>): not counts unless followed by "of".</summary>
    internal static readonly FrozenSet<string> PronounOneCues = new HashSet<string>
    {
        "the", "this", "that", "which", "each", "every", "any", "another", "no", "someone", "anyone", "everyone",
    }.ToFrozenSet();

    /// <summary>Words before a number that bound it, longest first within each kind.</summary>
    internal static readonly (string[] Words, Bound Kind)[] Bounds =
    [
        (["no", "fewer", "than"], Bound.AtLeast),
        (["no", "less", "than"], Bound.AtLeast),
        (["not", "fewer", "than"], Bound.AtLeast),
        (["not", "less", "than"], Bound.AtLeast),
        (["a", "minimum", "of"], Bound.AtLeast),
        (["at", "least"], Bound.AtLeast),
        (["greater", "than", "or", "equal", "to"], Bound.AtLeast),
        (["more", "than", "or", "equal", "to"], Bound.AtLeast),
        (["equal", "to", "or", "more", "than"], Bound.AtLeast),
        (["equal", "to", "or", "greater", "than"], Bound.AtLeast),
        (["less", "than", "or", "equal", "to"], Bound.AtMost),
        (["fewer", "than", "or", "equal", "to"], Bound.AtMost),
        (["equal", "to", "or", "less", "than"], Bound.AtMost),
        (["equal", "to", "or", "fewer", "than"], Bound.AtMost),
        (["in", "excess", "of"], Bound.MoreThan),
        (["upwards", "of"], Bound.MoreThan),
        (["more", "than"], Bound.MoreThan),
        (["greater", "than"], Bound.MoreThan),
        (["over"], Bound.MoreThan),
        (["above"], Bound.MoreThan),
        (["exceeding"], Bound.MoreThan),
        (["exceeds"], Bound.MoreThan),
        (["exceed"], Bound.MoreThan),
        (["surpassing"], Bound.MoreThan),
        (["surpass"], Bound.MoreThan),
        (["no", "more", "than"], Bound.AtMost),
        (["not", "more", "than"], Bound.AtMost),
        (["a", "maximum", "of"], Bound.AtMost),
        (["as", "many", "as"], Bound.AtMost),
        (["at", "most"], Bound.AtMost),
        (["up", "to"], Bound.AtMost),
        (["fewer", "than"], Bound.FewerThan),
        (["less", "than"], Bound.FewerThan),
        (["under"], Bound.FewerThan),
        (["below"], Bound.FewerThan),
        (["equals", "to"], Bound.Exactly),
        (["equaling", "to"], Bound.Exactly),
        (["equal", "to"], Bound.Exactly),
        (["equals"], Bound.Exactly),
        (["an", "estimated"], Bound.About),
        (["close", "to"], Bound.About),
        (["approximately"], Bound.About),
        (["about"], Bound.About),
        (["around"], Bound.About),
        (["roughly"], Bound.About),
        (["some"], Bound.About),
        (["estimated"], Bound.About),
        (["nearly"], Bound.About),
        (["almost"], Bound.About),
    ];

    /// <summary>The bounds by their first word, so a token is compared only with the bounds it can start.</summary>
    internal static readonly FrozenDictionary<string, (string[] Words, Bound Kind)[]> BoundsByFirstWord = Group(Bounds);

    /// <summary>The trailing bounds by their first word.</summary>
    internal static readonly FrozenDictionary<string, (string[] Words, Bound Kind)[]> TrailingByFirstWord = Group(TrailingBounds);

    private static FrozenDictionary<string, (string[] Words, Bound Kind)[]> Group((string[] Words, Bound Kind)[] bounds)
    {
        var groups = new Dictionary<string, List<(string[] Words, Bound Kind)>>(System.StringComparer.Ordinal);
        foreach (var bound in bounds)
        {
            if (!groups.TryGetValue(bound.Words[0], out var list))
            {
                groups[bound.Words[0]] = list = [];
            }

            list.Add(bound);
        }

        return groups.ToFrozenDictionary(g => g.Key, g => g.Value.ToArray(), System.StringComparer.Ordinal);
    }

    internal enum Bound
    {
        Exactly,
        AtLeast,
        MoreThan,
        AtMost,
        FewerThan,
        About,
    }
}
