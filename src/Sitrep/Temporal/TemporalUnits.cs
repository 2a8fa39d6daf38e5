using NodaTime;

namespace Sitrep.Temporal;

/// <summary>Bounds of the calendar units a <see cref="TemporalValue"/> is built from.</summary>
internal static class TemporalUnits
{
    internal static LocalDateTime Start(LocalDateTime anchor, TemporalPrecision precision, DayPart part) =>
        precision == TemporalPrecision.PartOfDay ? anchor.PlusHours(StartHour(part)) : anchor;

    internal static LocalDateTime EndExclusive(LocalDateTime anchor, TemporalPrecision precision, DayPart part) => precision switch
    {
        TemporalPrecision.Year => anchor.PlusYears(1),
        TemporalPrecision.Quarter => anchor.PlusMonths(3),
        TemporalPrecision.Month => anchor.PlusMonths(1),
        TemporalPrecision.Week => anchor.PlusDays(7),
        TemporalPrecision.Day => anchor.PlusDays(1),
        TemporalPrecision.PartOfDay => anchor.PlusHours(EndHour(part)),
        TemporalPrecision.Hour => anchor.PlusHours(1),
        TemporalPrecision.Minute => anchor.PlusMinutes(1),
        _ => anchor.PlusSeconds(1),
    };

    internal static LocalDateTime Truncate(LocalDateTime value, TemporalPrecision precision) => precision switch
    {
        TemporalPrecision.Hour => value.Date.At(new LocalTime(value.Hour, 0)),
        TemporalPrecision.Minute => value.Date.At(new LocalTime(value.Hour, value.Minute)),
        TemporalPrecision.Second => value.Date.At(new LocalTime(value.Hour, value.Minute, value.Second)),
        _ => value.Date.AtMidnight(),
    };

    // Conventions for day parts (TIMEX3 leaves them open); documented on DayPart.
    internal static int StartHour(DayPart part) => part switch
    {
        DayPart.Morning => 6,
        DayPart.Midday => 11,
        DayPart.Afternoon => 12,
        DayPart.Evening => 18,
        DayPart.Night => 21,
        _ => 6,
    };

    internal static int EndHour(DayPart part) => part switch
    {
        DayPart.Morning => 12,
        DayPart.Midday => 14,
        DayPart.Afternoon => 18,
        DayPart.Evening => 22,
        DayPart.Night => 30,
        _ => 18,
    };

    internal static string DayPartCode(DayPart part) => part switch
    {
        DayPart.Morning => "MO",
        DayPart.Midday => "MI",
        DayPart.Afternoon => "AF",
        DayPart.Evening => "EV",
        DayPart.Night => "NI",
        _ => "DT",
    };
}
