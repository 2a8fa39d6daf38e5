using NodaTime;

namespace Sitrep.Text.Dates;

/// <summary>
/// Days named by their weekday and a relation to the publication, read the same way by the date scanner and the time
/// expression scanner: one reading of a date for the whole parser.
/// </summary>
internal static class RelativeDays
{
    /// <summary>The given weekday of the ISO week (Monday to Sunday) of <paramref name="inWeek"/>: <c>next week on Friday</c>.</summary>
    internal static LocalDate WeekDay(LocalDate inWeek, IsoDayOfWeek day) =>
        inWeek.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)).With(DateAdjusters.NextOrSame(day));

    /// <summary>
    /// The weekday a week on from the last one before <paramref name="today"/> (<paramref name="weeks"/> negative:
    /// <c>the Friday before last</c>) or from the next one after it (positive: <c>the Tuesday after next</c>).
    /// </summary>
    internal static LocalDate WeekOn(LocalDate today, IsoDayOfWeek day, int weeks) => weeks < 0
        ? today.PlusDays(-1).With(DateAdjusters.PreviousOrSame(day)).PlusWeeks(weeks)
        : today.PlusDays(1).With(DateAdjusters.NextOrSame(day)).PlusWeeks(weeks);
}
