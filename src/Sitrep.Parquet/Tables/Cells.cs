using System;
using NodaTime;
using Sitrep.Serialization;
using Sitrep.Temporal;

namespace Sitrep.Parquet.Tables;

/// <summary>How model values are written to cells: enums as canonical JSON spells them, dates as Parquet DATE.</summary>
internal static class Cells
{
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumNames<TEnum>.NameOf(value);

    public static string? Name<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } v ? EnumNames<TEnum>.NameOf(v) : null;

    public static DateOnly? Date(LocalDate? date) => date is { } d ? d.ToDateOnly() : null;

    public static DateOnly? Start(TemporalValue? time) => time is { } t ? t.StartDate.ToDateOnly() : null;

    public static DateOnly? End(TemporalValue? time) => time is { } t ? t.EndDate.ToDateOnly() : null;
}
