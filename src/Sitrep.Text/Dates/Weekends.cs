using NodaTime;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.Dates;

/// <summary>
/// Which weekend a mention names, read the same way by the date scanner (for incidents and statements) and the time
/// expression scanner (for TIMEX3): one reading of a date for the whole parser.
/// </summary>
internal static class Weekends
{
    /// <summary>
    /// The Saturday of the weekend named: <paramref name="relation"/> is <c>this</c>, <c>last</c>, <c>next</c> or
    /// <c>coming</c>, or null for <c>the weekend</c>, whose clause is read from <paramref name="leanAt"/> (the token
    /// before the article or before the word). On a Saturday or Sunday the weekend is the one under way.
    /// </summary>
    internal static LocalDate Saturday(TokenList tokens, LocalDate today, string? relation, int leanAt)
    {
        var weekendNow = today.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
        var lastSaturday = today.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Saturday));
        var nextSaturday = today.With(DateAdjusters.NextOrSame(IsoDayOfWeek.Saturday));
        return relation switch
        {
            "this" => weekendNow ? lastSaturday : nextSaturday,
            "last" => weekendNow ? lastSaturday.PlusDays(-7) : lastSaturday,
            // On a Friday the coming weekend is this one, starting the next day: the next is the one after it.
            "next" when today.DayOfWeek == IsoDayOfWeek.Friday => nextSaturday.PlusDays(7),
            "next" or "coming" => weekendNow ? lastSaturday.PlusDays(7) : nextSaturday,
            // "The forecast for the weekend", "a strike called for the weekend": the clause is read from the article.
            _ => weekendNow ? lastSaturday : TenseCues.Lean(tokens, leanAt) switch
            {
                TenseLean.Future => nextSaturday,
                TenseLean.Nearest => Period.DaysBetween(today, nextSaturday) <= Period.DaysBetween(lastSaturday, today) ? nextSaturday : lastSaturday,
                _ => lastSaturday,
            },
        };
    }
}
