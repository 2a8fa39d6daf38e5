using System;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Calendars;
using Sitrep.Serialization;

namespace Sitrep.Temporal;

/// <summary>
/// When something happened, as precisely as it is known: a single calendar unit (a year, quarter, month, ISO week,
/// day, part of a day, hour, minute or second) or an interval from one such unit to a later one of the same
/// precision, optionally in a time zone and with a modifier (start, mid, end, approximate).
/// </summary>
/// <remarks>
/// <para>
/// The compact text form round-trips through <see cref="ToString()"/> and <see cref="Parse(string)"/>:
/// <c>2026</c>, <c>2026-Q1</c>, <c>2026-03</c>, <c>2026-W12</c>, <c>2026-03-19</c>, <c>2026-03-20TNI</c>,
/// <c>2026-03-20T21</c>, <c>2026-03-20T21:30</c>, <c>2026-03-20T21:30:05</c>; an interval joins two units with
/// <c>/</c> (<c>2026-03-27/2026-03-29</c>); a modifier is a prefix (<c>end:2026-03-20</c>, <c>approx:2026-03</c>);
/// a time zone is a suffix with a TZDB id (<c>2026-03-20@Asia/Baghdad</c>). Years run from 0001 to 9998.
/// </para>
/// <para>
/// Ordering is total and consistent with equality: values compare by <see cref="Earliest"/>, then by
/// <see cref="LatestExclusive"/> (so a day sorts before the month that starts on it, which is longer), then by
/// precision, day parts, modifier and zone id (ordinal, no zone first). Local date-times are compared as written:
/// values in different zones are not converted to instants; use <see cref="ToInterval"/> for that.
/// </para>
/// <para>The default value is the year 0001 with no zone and no modifier.</para>
/// </remarks>
[JsonConverter(typeof(TemporalValueJsonConverter))]
public readonly struct TemporalValue : IEquatable<TemporalValue>, IComparable<TemporalValue>, IComparable, ISpanFormattable
{
    internal const int MinYear = 1;
    internal const int MaxYear = 9998;

    private readonly LocalDateTime first;
    private readonly LocalDateTime last;
    private readonly TemporalPrecision precision;
    private readonly DayPart firstPart;
    private readonly DayPart lastPart;
    private readonly TemporalModifier modifier;
    private readonly string? zoneId;

    internal TemporalValue(
        LocalDateTime first,
        DayPart firstPart,
        LocalDateTime last,
        DayPart lastPart,
        TemporalPrecision precision,
        TemporalModifier modifier,
        string? zoneId)
    {
        this.first = first;
        this.firstPart = firstPart;
        this.last = last;
        this.lastPart = lastPart;
        this.precision = precision;
        this.modifier = modifier;
        this.zoneId = zoneId;
    }

    /// <summary>Gets how finely the value is known.</summary>
    public TemporalPrecision Precision => precision;

    /// <summary>Gets the modifier (start, mid, end, approximate) or <see cref="TemporalModifier.None"/>.</summary>
    public TemporalModifier Modifier => modifier;

    /// <summary>Gets the TZDB id of the time zone the local values are in, or <see langword="null"/> when unknown.</summary>
    public string? ZoneId => zoneId;

    /// <summary>Gets a value indicating whether the value spans more than one unit of its precision.</summary>
    public bool IsInterval => first != last || firstPart != lastPart;

    /// <summary>Gets the part of the day of the first unit; meaningful only at <see cref="TemporalPrecision.PartOfDay"/>.</summary>
    public DayPart FirstDayPart => firstPart;

    /// <summary>Gets the part of the day of the last unit; meaningful only at <see cref="TemporalPrecision.PartOfDay"/>.</summary>
    public DayPart LastDayPart => lastPart;

    /// <summary>Gets the first unit of the value (itself when it is not an interval), without modifier.</summary>
    public TemporalValue First => new(first, firstPart, first, firstPart, precision, TemporalModifier.None, zoneId);

    /// <summary>Gets the last unit of the value (itself when it is not an interval), without modifier.</summary>
    public TemporalValue Last => new(last, lastPart, last, lastPart, precision, TemporalModifier.None, zoneId);

    /// <summary>Gets the earliest local date and time the value includes.</summary>
    public LocalDateTime Earliest => TemporalUnits.Start(first, precision, firstPart);

    /// <summary>Gets the local date and time just after the value ends (exclusive upper bound).</summary>
    public LocalDateTime LatestExclusive => TemporalUnits.EndExclusive(last, precision, lastPart);

    /// <summary>Gets the first calendar date the value includes.</summary>
    public LocalDate StartDate => Earliest.Date;

    /// <summary>Gets the last calendar date the value includes.</summary>
    public LocalDate EndDate => LatestExclusive.PlusTicks(-1).Date;

    /// <summary>Creates a year.</summary>
    /// <param name="year">The year, 1 to 9998.</param>
    /// <returns>The year as a temporal value.</returns>
    public static TemporalValue Year(int year)
    {
        CheckYear(year);
        return Single(new LocalDateTime(year, 1, 1, 0, 0), TemporalPrecision.Year, default);
    }

    /// <summary>Creates a calendar quarter.</summary>
    /// <param name="year">The year, 1 to 9998.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The quarter as a temporal value.</returns>
    public static TemporalValue Quarter(int year, int quarter)
    {
        CheckYear(year);
        Preconditions.CheckArgumentRange(quarter is >= 1 and <= 4, nameof(quarter), "A quarter is 1 to 4.");
        return Single(new LocalDateTime(year, ((quarter - 1) * 3) + 1, 1, 0, 0), TemporalPrecision.Quarter, default);
    }

    /// <summary>Creates a calendar month.</summary>
    /// <param name="year">The year, 1 to 9998.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The month as a temporal value.</returns>
    public static TemporalValue Month(int year, int month)
    {
        CheckYear(year);
        Preconditions.CheckArgumentRange(month is >= 1 and <= 12, nameof(month), "A month is 1 to 12.");
        return Single(new LocalDateTime(year, month, 1, 0, 0), TemporalPrecision.Month, default);
    }

    /// <summary>Creates an ISO 8601 week (Monday to Sunday).</summary>
    /// <param name="weekYear">The ISO week-year, 1 to 9998.</param>
    /// <param name="week">The week of the week-year, 1 to 52 or 53.</param>
    /// <returns>The week as a temporal value.</returns>
    public static TemporalValue Week(int weekYear, int week)
    {
        CheckYear(weekYear);
        Preconditions.CheckArgumentRange(
            week >= 1 && week <= WeekYearRules.Iso.GetWeeksInWeekYear(weekYear),
            nameof(week),
            "The week does not exist in that week-year.");
        var monday = LocalDate.FromWeekYearWeekAndDay(weekYear, week, IsoDayOfWeek.Monday);
        return Single(monday.AtMidnight(), TemporalPrecision.Week, default);
    }

    /// <summary>Creates a calendar day.</summary>
    /// <param name="year">The year, 1 to 9998.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month.</param>
    /// <returns>The day as a temporal value.</returns>
    public static TemporalValue Day(int year, int month, int day)
    {
        CheckYear(year);
        return Day(new LocalDate(year, month, day));
    }

    /// <summary>Creates a calendar day.</summary>
    /// <param name="date">The date (ISO calendar, year 1 to 9998).</param>
    /// <returns>The day as a temporal value.</returns>
    public static TemporalValue Day(LocalDate date)
    {
        CheckDate(date);
        return Single(date.AtMidnight(), TemporalPrecision.Day, default);
    }

    /// <summary>Creates a part of a day, such as the night of 20 March.</summary>
    /// <param name="date">The date.</param>
    /// <param name="part">The part of the day.</param>
    /// <returns>The part of the day as a temporal value.</returns>
    public static TemporalValue PartOfDay(LocalDate date, DayPart part)
    {
        CheckDate(date);
        Preconditions.CheckArgumentRange(Enum.IsDefined(part), nameof(part), "Unknown day part.");
        return Single(date.AtMidnight(), TemporalPrecision.PartOfDay, part);
    }

    /// <summary>Creates the hour that contains <paramref name="value"/>.</summary>
    /// <param name="value">Any local date and time within the hour.</param>
    /// <returns>The hour as a temporal value.</returns>
    public static TemporalValue Hour(LocalDateTime value) => Truncated(value, TemporalPrecision.Hour);

    /// <summary>Creates the minute that contains <paramref name="value"/>.</summary>
    /// <param name="value">Any local date and time within the minute.</param>
    /// <returns>The minute as a temporal value.</returns>
    public static TemporalValue Minute(LocalDateTime value) => Truncated(value, TemporalPrecision.Minute);

    /// <summary>Creates the second that contains <paramref name="value"/>: an instant, as far as reports go.</summary>
    /// <param name="value">Any local date and time within the second.</param>
    /// <returns>The second as a temporal value.</returns>
    public static TemporalValue Second(LocalDateTime value) => Truncated(value, TemporalPrecision.Second);

    /// <summary>Creates the interval from the first unit of <paramref name="start"/> to the last unit of <paramref name="end"/>.</summary>
    /// <param name="start">Where the interval starts.</param>
    /// <param name="end">Where it ends: same precision and zone, not before <paramref name="start"/>.</param>
    /// <returns>The interval, without modifier.</returns>
    /// <exception cref="ArgumentException">The precisions or zones differ, or <paramref name="end"/> starts before <paramref name="start"/>.</exception>
    public static TemporalValue Between(TemporalValue start, TemporalValue end)
    {
        Preconditions.CheckArgument(start.precision == end.precision, nameof(end), "Both ends of an interval need the same precision.");
        Preconditions.CheckArgument(string.Equals(start.zoneId, end.zoneId, StringComparison.Ordinal), nameof(end), "Both ends of an interval need the same time zone.");
        Preconditions.CheckArgument(end.Last.Earliest >= start.Earliest, nameof(end), "The end of an interval cannot come before its start.");
        return new(start.first, start.firstPart, end.last, end.lastPart, start.precision, TemporalModifier.None, start.zoneId);
    }

    /// <summary>Returns this value with another modifier.</summary>
    /// <param name="newModifier">The modifier.</param>
    /// <returns>A new value; bounds and zone unchanged.</returns>
    public TemporalValue WithModifier(TemporalModifier newModifier)
    {
        Preconditions.CheckArgumentRange(Enum.IsDefined(newModifier), nameof(newModifier), "Unknown modifier.");
        return new(first, firstPart, last, lastPart, precision, newModifier, zoneId);
    }

    /// <summary>Returns this value placed in a time zone.</summary>
    /// <param name="zone">The zone, or <see langword="null"/> for none.</param>
    /// <returns>A new value with the zone's id.</returns>
    public TemporalValue InZone(DateTimeZone? zone) => new(first, firstPart, last, lastPart, precision, modifier, zone?.Id);

    /// <summary>Gets the time zone from the TZDB provider, or <see langword="null"/> when the value has none.</summary>
    /// <returns>The zone.</returns>
    public DateTimeZone? GetZone() => zoneId is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);

    /// <summary>
    /// Converts the value to an interval of instants. Local times that fall in a daylight-saving gap or overlap are
    /// resolved leniently (NodaTime's <see cref="DateTimeZone.AtLeniently"/>).
    /// </summary>
    /// <returns>The interval, or <see langword="null"/> when the value has no time zone.</returns>
    public Interval? ToInterval()
    {
        var zone = GetZone();
        if (zone is null)
        {
            return null;
        }

        return new Interval(zone.AtLeniently(Earliest).ToInstant(), zone.AtLeniently(LatestExclusive).ToInstant());
    }

    /// <summary>Parses the compact text form described on <see cref="TemporalValue"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value, or an error saying what is wrong and where.</returns>
    public static ParseResult<TemporalValue> Parse(string text) => TemporalValueText.Parse(text);

    /// <summary>Returns the compact text form, which <see cref="Parse(string)"/> reads back to an equal value.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => TemporalValueText.Format(this);

    /// <summary>Returns the compact text form; <paramref name="format"/> and <paramref name="formatProvider"/> are ignored (the form is culture-invariant).</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text form.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the compact text form into <paramref name="destination"/> without allocating.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Ignored.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TemporalValueText.TryFormat(this, destination, out charsWritten);

    /// <inheritdoc />
    public bool Equals(TemporalValue other) =>
        first == other.first && last == other.last && precision == other.precision && firstPart == other.firstPart
        && lastPart == other.lastPart && modifier == other.modifier && string.Equals(zoneId, other.zoneId, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TemporalValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(first, last, precision, firstPart, lastPart, modifier, zoneId is null ? 0 : StringComparer.Ordinal.GetHashCode(zoneId));

    /// <inheritdoc />
    public int CompareTo(TemporalValue other)
    {
        var c = Earliest.CompareTo(other.Earliest);
        if (c != 0)
        {
            return c;
        }

        c = LatestExclusive.CompareTo(other.LatestExclusive);
        if (c != 0)
        {
            return c;
        }

        c = precision.CompareTo(other.precision);
        if (c != 0)
        {
            return c;
        }

        c = firstPart.CompareTo(other.firstPart);
        if (c != 0)
        {
            return c;
        }

        c = lastPart.CompareTo(other.lastPart);
        if (c != 0)
        {
            return c;
        }

        c = modifier.CompareTo(other.modifier);
        return c != 0 ? c : string.CompareOrdinal(zoneId, other.zoneId);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        TemporalValue other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a TemporalValue.", nameof(obj)),
    };

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(TemporalValue left, TemporalValue right) => left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(TemporalValue left, TemporalValue right) => !left.Equals(right);

    /// <summary>Orders two values as <see cref="CompareTo(TemporalValue)"/> does.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(TemporalValue left, TemporalValue right) => left.CompareTo(right) < 0;

    /// <summary>Orders two values as <see cref="CompareTo(TemporalValue)"/> does.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> sorts first or they are equal.</returns>
    public static bool operator <=(TemporalValue left, TemporalValue right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two values as <see cref="CompareTo(TemporalValue)"/> does.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(TemporalValue left, TemporalValue right) => left.CompareTo(right) > 0;

    /// <summary>Orders two values as <see cref="CompareTo(TemporalValue)"/> does.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> sorts last or they are equal.</returns>
    public static bool operator >=(TemporalValue left, TemporalValue right) => left.CompareTo(right) >= 0;

    internal LocalDateTime FirstAnchor => first;

    internal LocalDateTime LastAnchor => last;

    private static TemporalValue Single(LocalDateTime anchor, TemporalPrecision precision, DayPart part) =>
        new(anchor, part, anchor, part, precision, TemporalModifier.None, null);

    private static TemporalValue Truncated(LocalDateTime value, TemporalPrecision precision)
    {
        CheckDate(value.Date);
        return Single(TemporalUnits.Truncate(value, precision), precision, default);
    }

    private static void CheckYear(int year) =>
        Preconditions.CheckArgumentRange(year is >= MinYear and <= MaxYear, nameof(year), "Years run from 1 to 9998.");

    private static void CheckDate(LocalDate date)
    {
        Preconditions.CheckArgument(date.Calendar == CalendarSystem.Iso, nameof(date), "Only ISO calendar dates are supported.");
        CheckYear(date.Year);
    }
}
