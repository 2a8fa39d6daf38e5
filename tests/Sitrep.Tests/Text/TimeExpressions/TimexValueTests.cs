using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sitrep.Temporal;
using Sitrep.Text;
using Sitrep.Text.TimeExpressions;

namespace Sitrep.Tests.Text.TimeExpressions;

/// <summary>TIMEX3 values read strictly, written back exactly, mapped to Sitrep and NodaTime types only where exact.</summary>
public sealed class TimexValueTests
{
    [Theory]
    [InlineData("2013-03-22", TimexValueKind.Date)]
    [InlineData("2013-03", TimexValueKind.Date)]
    [InlineData("2013", TimexValueKind.Date)]
    [InlineData("201", TimexValueKind.Date)]
    [InlineData("19", TimexValueKind.Date)]
    [InlineData("2013-W11", TimexValueKind.Date)]
    [InlineData("2013-W11-WE", TimexValueKind.Date)]
    [InlineData("XXXX-WXX-7", TimexValueKind.Date)]
    [InlineData("2013-Q1", TimexValueKind.Date)]
    [InlineData("2013-H2", TimexValueKind.Date)]
    [InlineData("2013-SU", TimexValueKind.Date)]
    [InlineData("FY2013", TimexValueKind.Date)]
    [InlineData("FYXXXX", TimexValueKind.Date)]
    [InlineData("FY2013-Q1", TimexValueKind.Date)]
    [InlineData("FY2013-H2", TimexValueKind.Date)]
    [InlineData("XXXX-XX-22", TimexValueKind.Date)]
    [InlineData("2012-02-29", TimexValueKind.Date)]
    [InlineData("2015-W53", TimexValueKind.Date)]
    [InlineData("2013-03-22T15:00", TimexValueKind.Time)]
    [InlineData("2013-03-22T15:00:30Z", TimexValueKind.Time)]
    [InlineData("2013-03-22T08:00+03:00", TimexValueKind.Time)]
    [InlineData("2013-03-22TEV", TimexValueKind.Time)]
    [InlineData("XXXX-XX-XXT20", TimexValueKind.Time)]
    [InlineData("P3D", TimexValueKind.Duration)]
    [InlineData("PT1H30M", TimexValueKind.Duration)]
    [InlineData("P1Y6M", TimexValueKind.Duration)]
    [InlineData("PXY", TimexValueKind.Duration)]
    [InlineData("P1DE", TimexValueKind.Duration)]
    [InlineData("PT2.5H", TimexValueKind.Duration)]
    [InlineData("P1WE", TimexValueKind.Duration)]
    [InlineData("PRESENT_REF", TimexValueKind.Reference)]
    [InlineData("PAST_REF", TimexValueKind.Reference)]
    [InlineData("FUTURE_REF", TimexValueKind.Reference)]
    public void A_TIMEX3_value_reads_with_its_kind_and_writes_back_exactly(string text, TimexValueKind kind)
    {
        var value = TimexValue.Parse(text).Value;
        Assert.Equal(kind, value.Kind);
        Assert.Equal(text, value.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("2013-13")]
    [InlineData("2013-00")]
    [InlineData("2013-02-30")]
    [InlineData("2013-02-29")]
    [InlineData("2014-W53")]
    [InlineData("2013-W11-8")]
    [InlineData("2013-Q5")]
    [InlineData("2013-H3")]
    [InlineData("2013-SUX")]
    [InlineData("19-05")]
    [InlineData("FY13")]
    [InlineData("FY2013-Q5")]
    [InlineData("FY2013-H3")]
    [InlineData("FY2013-W1")]
    [InlineData("12345")]
    [InlineData("2013-03-22T25")]
    [InlineData("2013-03-22T12:60")]
    [InlineData("2013-03-22TXY")]
    [InlineData("2013-03-22T12+3")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1Y1Y")]
    [InlineData("P1.D")]
    [InlineData("P1H")]
    [InlineData("PT1D")]
    [InlineData("present_ref")]
    public void Text_that_is_not_a_TIMEX3_value_is_an_error_saying_where(string text)
    {
        var result = TimexValue.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(TextDiagnosticCodes.InvalidTimexValue, result.Error.Code);
        Assert.StartsWith($"'{text}' is not a TIMEX3 value: ", result.Error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Exact => new()
    {
        { "2013", TemporalValue.Year(2013).ToString() },
        { "2013-Q2", TemporalValue.Quarter(2013, 2).ToString() },
        { "2013-03", TemporalValue.Month(2013, 3).ToString() },
        { "2013-W11", TemporalValue.Week(2013, 11).ToString() },
        { "2013-03-22", TemporalValue.Day(2013, 3, 22).ToString() },
        { "2013-03-22TEV", TemporalValue.PartOfDay(new LocalDate(2013, 3, 22), DayPart.Evening).ToString() },
        { "2013-03-22T15", TemporalValue.Hour(new LocalDateTime(2013, 3, 22, 15, 0)).ToString() },
        { "2013-03-22T15:30", TemporalValue.Minute(new LocalDateTime(2013, 3, 22, 15, 30)).ToString() },
        { "2013-03-22T15:30:05", TemporalValue.Second(new LocalDateTime(2013, 3, 22, 15, 30, 5)).ToString() },
    };

    [Theory]
    [MemberData(nameof(Exact))]
    public void A_fully_specified_date_or_time_maps_to_the_same_temporal_value(string timex, string temporal)
    {
        Assert.True(TimexValue.Parse(timex).Value.TryGetTemporalValue(out var value));
        Assert.Equal(temporal, value.ToString());
    }

    [Theory]
    [InlineData("201")]
    [InlineData("19")]
    [InlineData("2013-SU")]
    [InlineData("2013-H1")]
    [InlineData("FY2013")]
    [InlineData("XXXX-03-22")]
    [InlineData("2013-W11-WE")]
    [InlineData("2013-W11-3")]
    [InlineData("2013-03-22T15:00Z")]
    [InlineData("2013-03-22T24")]
    [InlineData("0000-01-01")]
    [InlineData("P3D")]
    [InlineData("PRESENT_REF")]
    public void What_a_temporal_value_cannot_say_exactly_does_not_map(string timex) =>
        Assert.False(TimexValue.Parse(timex).Value.TryGetTemporalValue(out _));

    [Theory]
    [InlineData("P1Y6M", "P1Y6M")]
    [InlineData("PT1H30M", "PT1H30M")]
    [InlineData("P2DE", "P20Y")]
    [InlineData("P1CE", "P100Y")]
    [InlineData("P1Q", "P3M")]
    [InlineData("P2W3D", "P2W3D")]
    public void A_whole_duration_maps_to_a_NodaTime_period(string timex, string period)
    {
        Assert.True(TimexValue.Parse(timex).Value.TryGetPeriod(out var value));
        Assert.Equal(period, value.ToString());
    }

    [Theory]
    [InlineData("PXY")]
    [InlineData("P1.5D")]
    [InlineData("P1WE")]
    [InlineData("2013-03")]
    public void A_fraction_an_unspecified_amount_or_a_weekend_is_no_period(string timex) =>
        Assert.False(TimexValue.Parse(timex).Value.TryGetPeriod(out _));

    [Property(MaxTest = 300)]
    public Property Every_day_and_time_written_as_TIMEX3_reads_back_and_maps_to_its_temporal_value()
    {
        var moments =
            from days in Gen.Choose(0, 365 * 200)
            from minutes in Gen.Choose(0, (24 * 60) - 1)
            from precision in Gen.Elements(0, 1, 2)
            select (Date: new LocalDate(1900, 1, 1).PlusDays(days), Time: new LocalTime(minutes / 60, minutes % 60), Precision: precision);
        return Prop.ForAll(moments.ToArbitrary(), m =>
        {
            var at = m.Date.At(m.Time);
            var (text, expected) = m.Precision switch
            {
                0 => (m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), TemporalValue.Day(m.Date)),
                1 => (at.ToString("yyyy-MM-dd'T'HH", CultureInfo.InvariantCulture), TemporalValue.Hour(at)),
                _ => (at.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), TemporalValue.Minute(at)),
            };
            var value = TimexValue.Parse(text).Value;
            Assert.Equal(text, value.ToString());
            Assert.True(value.TryGetTemporalValue(out var mapped));
            Assert.Equal(expected, mapped);
        });
    }

    [Fact]
    public void The_default_value_is_the_present_reference_throughout()
    {
        var value = default(TimexValue);
        Assert.Equal((TimexValueKind.Reference, "PRESENT_REF"), (value.Kind, value.ToString()));
        Assert.False(value.IsUnderspecified);
        Assert.False(value.TryGetTemporalValue(out _));
        Assert.Equal(TimexValue.Parse("PRESENT_REF").Value, value);
        Assert.NotEqual(TimexValue.Parse("PAST_REF").Value, value);
    }

    [Property(Arbitrary = new[] { typeof(Sitrep.Tests.Generators.ModelArbitraries) }, MaxTest = 300)]
    public void A_temporal_value_of_one_unit_goes_to_TIMEX3_and_back_unchanged_but_for_its_modifier(TemporalValue temporal)
    {
        var mapped = TimexValue.TryFrom(temporal, out var timex);
        Assert.Equal(!temporal.IsInterval && temporal.ZoneId is null, mapped);
        if (mapped)
        {
            Assert.Equal(timex, TimexValue.Parse(timex.ToString()).Value);
            Assert.True(timex.TryGetTemporalValue(out var back));
            Assert.Equal(temporal.First, back);
        }
    }

    [Property(MaxTest = 500)]
    public void No_text_makes_the_reader_throw(string text)
    {
        var result = TimexValue.Parse(text ?? string.Empty);
        if (result.Success)
        {
            Assert.Equal(text ?? string.Empty, result.Value.ToString());
            _ = result.Value.TryGetTemporalValue(out _);
            _ = result.Value.TryGetPeriod(out _);
        }
    }
}
