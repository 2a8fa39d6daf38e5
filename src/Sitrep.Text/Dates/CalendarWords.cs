using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace Sitrep.Text.Dates;

/// <summary>The English names of the months (full and abbreviated, with their numbers) and of the weekdays.</summary>
internal static class CalendarWords
{
    /// <summary>The months by number, full and abbreviated as news copy writes them (<c>Sept.</c>, <c>Mar.</c>).</summary>
    internal static FrozenDictionary<string, int> Months { get; } = new Dictionary<string, int>
    {
        ["january"] = 1,
        ["jan"] = 1,
        ["february"] = 2,
        ["feb"] = 2,
        ["march"] = 3,
        ["mar"] = 3,
        ["april"] = 4,
        ["apr"] = 4,
        ["may"] = 5,
        ["june"] = 6,
        ["jun"] = 6,
        ["july"] = 7,
        ["jul"] = 7,
        ["august"] = 8,
        ["aug"] = 8,
        ["september"] = 9,
        ["sep"] = 9,
        ["sept"] = 9,
        ["october"] = 10,
        ["oct"] = 10,
        ["november"] = 11,
        ["nov"] = 11,
        ["december"] = 12,
        ["dec"] = 12,
    }.ToFrozenDictionary();

    /// <summary>Whether a month word is an abbreviation (<c>nov</c>, <c>sept</c>) that a point may follow; May, June and July are written in full.</summary>
    internal static bool IsMonthAbbreviation(string month) => month.Length <= 4 && month is not ("may" or "june" or "july");

    /// <summary>The full names of the months and weekdays: capitalised, yet never the name of an actor or place.</summary>
    internal static FrozenSet<string> FullNames { get; } = FrozenSet.ToFrozenSet<string>(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"],
        StringComparer.Ordinal);
}
