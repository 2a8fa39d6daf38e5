using System;
using System.Collections.Frozen;

namespace Sitrep.Text.Dates;

/// <summary>The full English names of the months and weekdays: capitalised, yet never the name of an actor or place.</summary>
internal static class CalendarWords
{
    internal static FrozenSet<string> FullNames { get; } = FrozenSet.ToFrozenSet<string>(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"],
        StringComparer.Ordinal);
}
