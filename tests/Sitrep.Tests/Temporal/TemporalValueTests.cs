using System;
using FsCheck.Xunit;
using NodaTime;
using Sitrep.Temporal;
using Sitrep.Tests.Generators;
using Sitrep.Validation;

namespace Sitrep.Tests.Temporal;

public class TemporalValueTests
{
    [Theory]
    [InlineData("2026", TemporalPrecision.Year, "2026-01-01T00:00:00", "2027-01-01T00:00:00")]
    [InlineData("2026-Q1", TemporalPrecision.Quarter, "2026-01-01T00:00:00", "2026-04-01T00:00:00")]
    [InlineData("2026-03", TemporalPrecision.Month, "2026-03-01T00:00:00", "2026-04-01T00:00:00")]
    [InlineData("2026-W12", TemporalPrecision.Week, "2026-03-16T00:00:00", "2026-03-23T00:00:00")]
    [InlineData("2026-W01", TemporalPrecision.Week, "2025-12-29T00:00:00", "2026-01-05T00:00:00")]
    [InlineData("2026-03-19", TemporalPrecision.Day, "2026-03-19T00:00:00", "2026-03-20T00:00:00")]
    [InlineData("2026-03-20TNI", TemporalPrecision.PartOfDay, "2026-03-20T21:00:00", "2026-03-21T06:00:00")]
    [InlineData("2026-03-20TMO", TemporalPrecision.PartOfDay, "2026-03-20T06:00:00", "2026-03-20T12:00:00")]
    [InlineData("2026-03-20T21", TemporalPrecision.Hour, "2026-03-20T21:00:00", "2026-03-20T22:00:00")]
    [InlineData("2026-03-20T21:30", TemporalPrecision.Minute, "2026-03-20T21:30:00", "2026-03-20T21:31:00")]
    [InlineData("2026-03-20T21:30:05", TemporalPrecision.Second, "2026-03-20T21:30:05", "2026-03-20T21:30:06")]
    [InlineData("2026-03-27/2026-03-29", TemporalPrecision.Day, "2026-03-27T00:00:00", "2026-03-30T00:00:00")]
    [InlineData("2026-W12/2026-W13", TemporalPrecision.Week, "2026-03-16T00:00:00", "2026-03-30T00:00:00")]
    public void Parse_reads_each_form_with_its_precision_and_bounds(string text, TemporalPrecision precision, string earliest, string latestExclusive)
    {
        var result = TemporalValue.Parse(text);

        Assert.True(result.Success, result.Error?.ToString());
        Assert.Equal(precision, result.Value.Precision);
        Assert.Equal(earliest, result.Value.Earliest.ToString("uuuu-MM-ddTHH:mm:ss", null));
        Assert.Equal(latestExclusive, result.Value.LatestExclusive.ToString("uuuu-MM-ddTHH:mm:ss", null));
        Assert.Equal(text, result.Value.ToString());
    }

    [Fact]
    public void Modifier_and_zone_are_kept_and_written_back()
    {
        var value = TemporalValue.Parse("end:2026-03-27@Asia/Baghdad").Value;

        Assert.Equal(TemporalModifier.End, value.Modifier);
        Assert.Equal("Asia/Baghdad", value.ZoneId);
        Assert.Equal(TemporalValue.Day(2026, 3, 27).WithModifier(TemporalModifier.End).InZone(DateTimeZoneProviders.Tzdb["Asia/Baghdad"]), value);
        Assert.Equal("end:2026-03-27@Asia/Baghdad", value.ToString());
    }

    [Fact]
    public void ToInterval_uses_the_zone_and_is_null_without_one()
    {
        var baghdad = TemporalValue.Parse("2026-03-27@Asia/Baghdad").Value;

        var interval = baghdad.ToInterval();

        Assert.NotNull(interval);
        Assert.Equal(Instant.FromUtc(2026, 3, 26, 21, 0), interval.Value.Start);
        Assert.Equal(Instant.FromUtc(2026, 3, 27, 21, 0), interval.Value.End);
        Assert.Null(TemporalValue.Day(2026, 3, 27).ToInterval());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("2026-02-30", "no day 30")]
    [InlineData("2026-13", "Month 13")]
    [InlineData("2025-W53", "Week 53")]
    [InlineData("2026-Q5", "quarter")]
    [InlineData("2026-03-20TXX", "hour or a part of day")]
    [InlineData("2026-03-20T24", "Hour 24")]
    [InlineData("2026-03-20T10:60", "minute")]
    [InlineData("2026-03-29/2026-03-27", "ends before it starts")]
    [InlineData("2026-03/2026-03-29", "same precision")]
    [InlineData("2026-03-19@Mars/Olympus", "not a time zone")]
    [InlineData("2026-03-19@", "time zone id must follow")]
    [InlineData("0000", "0001 to 9998")]
    [InlineData("9999", "0001 to 9998")]
    [InlineData("26-03-19", "four-digit year")]
    [InlineData("later:2026", "four-digit year")]
    [InlineData("2026-03-19 ", "Expected 'T'")]
    public void Parse_reports_what_is_wrong_without_throwing(string text, string expected)
    {
        var result = TemporalValue.Parse(text);

        Assert.False(result.Success);
        Assert.Contains(expected, result.Error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(DiagnosticCodes.InvalidTemporalValue, result.Error.Code);
        Assert.Equal(text, result.Error.Value);
        Assert.InRange(result.Error.Column!.Value, 1, Math.Max(1, text.Length + 1));
        var thrown = Assert.Throws<DiagnosticException>(() => result.Value);
        Assert.Equal(result.Error, Assert.Single(thrown.Diagnostics));
    }

    [Fact]
    public void Parse_refuses_text_longer_than_any_temporal_value_before_reading_it()
    {
        var result = TemporalValue.Parse(new string('9', 1_000_000));

        Assert.False(result.Success);
        Assert.StartsWith("A temporal value is at most 128 characters long", result.Error.Message, StringComparison.Ordinal);
        Assert.True(result.Error.Value!.Length <= 200, "the diagnostic keeps an excerpt of the text, not all of it");
    }

    [Fact]
    public void TryFormat_writes_without_allocating_and_reports_a_short_buffer()
    {
        var value = TemporalValue.Parse("approx:2026-03-20TNI/2026-03-21TMO@Asia/Baghdad").Value;
        var buffer = new char[64];

        Assert.False(value.TryFormat(buffer.AsSpan(0, 10), out _, default, null));
        Assert.True(value.TryFormat(buffer, out var written, default, null));
        Assert.Equal("approx:2026-03-20TNI/2026-03-21TMO@Asia/Baghdad", new string(buffer, 0, written));
        Assert.Equal(value.ToString(), $"{value}");
    }

    [Fact]
    public void Week_53_exists_only_in_long_years()
    {
        Assert.True(TemporalValue.Parse("2026-W53").Success);
        Assert.Throws<ArgumentOutOfRangeException>(() => TemporalValue.Week(2025, 53));
    }

    [Fact]
    public void A_day_sorts_before_the_longer_month_that_starts_on_it()
    {
        Assert.True(TemporalValue.Day(2026, 3, 1) < TemporalValue.Month(2026, 3));
        Assert.True(TemporalValue.Month(2026, 3) < TemporalValue.Day(2026, 3, 2));
    }

    [Fact]
    public void Between_rejects_a_reversed_interval()
    {
        Assert.Throws<ArgumentException>(() => TemporalValue.Between(TemporalValue.Day(2026, 3, 29), TemporalValue.Day(2026, 3, 27)));
    }

    [Property(MaxTest = 1000)]
    public void Parse_never_throws_on_arbitrary_text(string text)
    {
        var result = TemporalValue.Parse(text);

        Assert.True(result.Success || result.Error is { Message.Length: > 0, Code: DiagnosticCodes.InvalidTemporalValue });
    }

    [Property(MaxTest = 1000)]
    public void Parse_never_throws_on_near_misses(int year, int month, int day, byte part, bool interval)
    {
        var text = $"{year}-{month:D2}-{day:D2}" + (part % 3 == 0 ? "TNI" : part % 3 == 1 ? $"T{part}" : string.Empty) + (interval ? $"/{year}-{month}" : string.Empty);

        var result = TemporalValue.Parse(text);

        Assert.True(result.Success || result.Error is { Message.Length: > 0, Code: DiagnosticCodes.InvalidTemporalValue });
    }

    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 500)]
    public void Text_form_round_trips(TemporalValue value)
    {
        var text = value.ToString();
        var parsed = TemporalValue.Parse(text);

        Assert.True(parsed.Success, text + ": " + parsed.Error);
        Assert.Equal(value, parsed.Value);
        Assert.Equal(text, parsed.Value.ToString());
    }

    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 300)]
    public void Ordering_is_consistent_with_equality_and_antisymmetric(TemporalValue a, TemporalValue b)
    {
        Assert.Equal(a.Equals(b), a.CompareTo(b) == 0);
        Assert.Equal(Math.Sign(a.CompareTo(b)), -Math.Sign(b.CompareTo(a)));
        if (a.Equals(b))
        {
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }
    }

    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 300)]
    public void Ordering_is_transitive(TemporalValue a, TemporalValue b, TemporalValue c)
    {
        var sorted = new[] { a, b, c };
        Array.Sort(sorted);

        Assert.True(sorted[0] <= sorted[1] && sorted[1] <= sorted[2]);
        Assert.True(sorted[0] <= sorted[2]);
    }

    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 300)]
    public void Bounds_are_ordered_and_the_first_unit_starts_the_value(TemporalValue value)
    {
        Assert.True(value.Earliest < value.LatestExclusive);
        Assert.Equal(value.Earliest, value.First.Earliest);
        Assert.Equal(value.LatestExclusive, value.Last.LatestExclusive);
        Assert.True(value.StartDate <= value.EndDate);
    }
}
