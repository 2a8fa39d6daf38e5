using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sitrep.Temporal;
using Sitrep.Text;
using Sitrep.Text.Dates;

namespace Sitrep.Tests.Text.Dates;

public class DateScannerTests
{
    // Saturday 28 March 2026, the seed story's publication day.
    private static readonly LocalDate Published = new(2026, 3, 28);

    [Theory]
    [InlineData("yesterday", "2026-03-27")]
    [InlineData("today", "2026-03-28")]
    [InlineData("the day before yesterday", "2026-03-26")]
    [InlineData("last night", "2026-03-27TNI")]
    [InlineData("detained in Khost province overnight", "2026-03-27TNI")]
    [InlineData("killed overnight in a strike", "2026-03-27TNI")]
    [InlineData("this morning", "2026-03-28TMO")]
    [InlineData("on Friday", "2026-03-27")]
    [InlineData("on Saturday", "2026-03-28")]
    [InlineData("late on Friday", "end:2026-03-27")]
    [InlineData("late on 6 March", "end:2026-03-06")]
    [InlineData("early on March 3, 2020", "start:2020-03-03")]
    [InlineData("struck targets overnight Thursday into Friday", "2026-03-26TNI")]
    [InlineData("Friday's announcement", "2026-03-27")]
    [InlineData("on Thursday night", "2026-03-26TNI")]
    [InlineData("last Saturday", "2026-03-21")]
    [InlineData("on March 19", "2026-03-19")]
    [InlineData("February 28", "2026-02-28")]
    [InlineData("on 19 March", "2026-03-19")]
    [InlineData("Jan. 25, 2013", "2013-01-25")]
    [InlineData("March 2026", "2026-03")]
    [InlineData("2026-03-19", "2026-03-19")]
    [InlineData("earlier this week", "2026-03-23/2026-03-27")]
    [InlineData("last month", "2026-02")]
    [InlineData("last week", "2026-W12")]
    [InlineData("late last month", "end:2026-02")]
    [InlineData("early this year", "start:2026")]
    [InlineData("on Friday the 13th", "2026-03-13")]
    [InlineData("on Friday, 13th", "2026-03-13")]
    [InlineData("on Sunday the 15th", "2026-03-15")]
    [InlineData("on Monday the 15th", "2025-12-15")]
    [InlineData("on Mon 23rd", "2026-03-23")]
    [InlineData("will meet on Tue 14th", "2026-04-14")]
    [InlineData("June of 1992", "1992-06")]
    [InlineData("05-Aug-2016", "2016-08-05")]
    [InlineData("July 4th of 1995", "1995-07-04")]
    [InlineData("Around 4 March 2024", "approx:2024-03-04")]
    [InlineData("on or around March 19", "approx:2026-03-19")]
    [InlineData("approximately 6 March", "approx:2026-03-06")]
    public void Expressions_resolve_against_the_publication_date(string text, string expected)
    {
        var mention = Assert.Single(DateScanner.Find(text, Published));

        Assert.Equal(TemporalValue.Parse(expected).Value, mention.Value);
    }

    [Theory]
    [InlineData("last Friday", "2026-03-20")]
    [InlineData("last Thursday", "2026-03-26")]
    [InlineData("last Monday", "2026-03-23")]
    public void Last_and_a_weekday_is_not_yesterday_in_the_same_week(string text, string expected)
    {
        // Published on a Saturday: yesterday is Friday, which a writer calls so or by the weekday alone.
        Assert.Equal(TemporalValue.Parse(expected).Value, Assert.Single(DateScanner.Find(text, Published)).Value);
    }

    [Fact]
    public void Last_Sunday_said_on_a_Monday_is_the_day_before_of_the_week_gone()
    {
        Assert.Equal(TemporalValue.Parse("2026-03-29").Value, Assert.Single(DateScanner.Find("last Sunday", new LocalDate(2026, 3, 30))).Value);
    }

    [Theory]
    [InlineData("around the city")]
    [InlineData("approximately 40 people")]
    public void Around_before_anything_but_a_written_day_is_no_date(string text) =>
        Assert.Empty(DateScanner.Find(text, Published));

    // Published on a Saturday (2026-03-28).
    [Theory]
    [InlineData("On Tuesday, the council will vote on the budget.", "2026-03-31")]
    [InlineData("Late on Tuesday, the army is expected to withdraw.", "end:2026-03-31")]
    [InlineData("On Tuesday, the council voted on the budget.", "2026-03-24")]
    public void A_date_set_off_before_its_main_clause_is_told_in_that_clauses_tense(string text, string expected)
    {
        var mention = Assert.Single(DateScanner.Find(text, Published));

        Assert.Equal(TemporalValue.Parse(expected).Value, mention.Value);
    }

    [Theory]
    [InlineData("killed 35 people overnight and into Thursday", "2026-03-25TNI", "2026-03-26")]
    [InlineData("strikes continued overnight into Friday", "2026-03-26TNI", "2026-03-27")]
    public void Overnight_into_a_day_is_the_night_before_it(string text, string night, string day)
    {
        Assert.Equal([TemporalValue.Parse(night).Value, TemporalValue.Parse(day).Value], DateScanner.Find(text, Published).Select(m => m.Value));
    }

    [Theory]
    [InlineData("Insurgents killed 37 people in an overnight raid on a village in Borno state.", "2026-03-27TNI")]
    [InlineData("Insurgents killed 37 people in an overnight raid on a village, residents said on Friday.", "2026-03-26TNI")]
    [InlineData("Two were wounded in an overnight drone attack on the city.", "2026-03-27TNI")]
    public void An_attack_of_a_night_with_no_day_told_was_the_night_just_past(string text, string night)
    {
        Assert.Equal(TemporalValue.Parse(night).Value, Assert.Single(DateScanner.Find(text, Published), m => m.Text == "overnight").Value);
    }

    [Theory]
    [InlineData("Insurgents killed 37 people in an overnight raid on Tuesday.")]
    [InlineData("An overnight curfew was imposed on the city.")]
    [InlineData("Troops detained two men during an overnight operation in Khost province.")]
    public void An_overnight_act_with_a_day_told_a_curfew_or_an_operation_names_no_night(string text)
    {
        Assert.DoesNotContain(DateScanner.Find(text, Published), m => m.Text == "overnight");
    }

    // Published on a Monday: the weekend just gone is the last one; a forecast's lies ahead.
    [Theory]
    [InlineData("Two soldiers were killed over the weekend.", "2026-03-28/2026-03-29")]
    [InlineData("Two soldiers were killed last weekend.", "2026-03-28/2026-03-29")]
    [InlineData("More rain is forecast for the weekend.", "2026-04-04/2026-04-05")]
    [InlineData("Two soldiers were killed the weekend before last.", "2026-03-21/2026-03-22")]
    [InlineData("Protests are planned for the weekend after next.", "2026-04-11/2026-04-12")]
    [InlineData("Two soldiers were killed the week before last.", "2026-W12")]
    [InlineData("Prices fell the month before last.", "2026-01")]
    [InlineData("Prices fell the year before last.", "2024")]
    [InlineData("Two soldiers were killed on the Friday before last.", "2026-03-20")]
    [InlineData("The court sits on the Tuesday after next.", "2026-04-07")]
    [InlineData("Aid arrives the day after tomorrow.", "2026-04-01")]
    public void A_weekend_and_the_unit_before_last_or_after_next_are_dates(string text, string expected)
    {
        var mention = Assert.Single(DateScanner.Find(text, new LocalDate(2026, 3, 30)));

        Assert.Equal(TemporalValue.Parse(expected).Value, mention.Value);
    }

    [Theory]
    [InlineData("The detainees were held overnight.")]
    [InlineData("The team stayed overnight in the village.")]
    [InlineData("They spent overnight at the base.")]
    [InlineData("The force conducted an overnight operation.")]
    [InlineData("The overnight raid was the third in the district.")]
    [InlineData("The dispute could not be settled overnight.")]
    [InlineData("Peace won't come overnight.")]
    public void Overnight_before_a_noun_or_after_a_verb_of_staying_says_what_kind_or_how_long_not_when(string text)
    {
        Assert.Empty(DateScanner.Find(text, Published));
    }

    [Theory]
    [InlineData("The team sat 14th in the table.")]
    [InlineData("The Sun 14th edition was printed.")]
    [InlineData("Wed 13th-placed side lost.")]
    public void A_weekday_abbreviation_is_a_day_only_capitalised_and_not_a_name(string text)
    {
        Assert.DoesNotContain(DateScanner.Find(text, Published), m => m.Value.Precision == TemporalPrecision.Day);
    }

    [Theory]
    [InlineData("The plant opened on Sept. 10, 2008 but shut after a fault on Sept. 19.", "2008-09-19")]
    [InlineData("Troops entered the town on 3 May 2011 and left it on 20 May.", "2011-05-20")]
    [InlineData("The law passed on June 5, 2010 takes effect on July 1.", "2026-07-01")]
    [InlineData("The plant opened on Sept. 10, 2008. It shut after a fault on Sept. 19.", "2025-09-19")]
    [InlineData("Support ends on April 8 of next year.", "2027-04-08")]
    [InlineData("It began on 3 December of last year.", "2025-12-03")]
    public void A_day_without_a_year_takes_the_year_of_a_full_date_before_it_in_its_sentence_unless_it_lies_ahead(string text, string expected)
    {
        var mentions = DateScanner.Find(text, Published);

        Assert.Equal(TemporalValue.Parse(expected).Value, mentions[^1].Value);
    }

    [Theory]
    [InlineData("Orthodox Christians celebrate Easter on May 5 this year.", "2026-05-05")]
    [InlineData("He was born on May 5 this year.", "2026-05-05")]
    [InlineData("The vote is on Feb. 3 next year.", "2027-02-03")]
    [InlineData("He died on 3 December last year.", "2025-12-03")]
    public void A_day_without_a_year_before_this_next_or_last_year_takes_that_year(string text, string expected)
    {
        var mentions = DateScanner.Find(text, Published);

        Assert.Equal(TemporalValue.Parse(expected).Value, mentions[0].Value);
    }

    [Fact]
    public void A_day_without_a_year_after_the_publication_date_is_last_year()
    {
        var mention = Assert.Single(DateScanner.Find("on December 30", Published));

        Assert.Equal(TemporalValue.Day(2025, 12, 30), mention.Value);
    }

    [Property(MaxTest = 500)]
    public void A_bare_weekday_is_the_most_recent_such_day_at_or_before_publication(int offset, byte weekday)
    {
        var published = new LocalDate(2020, 1, 1).PlusDays(Math.Abs(offset % 3000));
        var day = (IsoDayOfWeek)(1 + (weekday % 7));
        var text = "The attack came on " + day + ".";

        var resolved = Assert.Single(DateScanner.Find(text, published)).Value.StartDate;

        Assert.Equal(day, resolved.DayOfWeek);
        Assert.InRange(Period.Between(resolved, published, PeriodUnits.Days).Days, 0, 6);
    }

    [Property(MaxTest = 1000)]
    public void Arbitrary_text_never_throws_and_spans_hold_their_text(string text)
    {
        text ??= string.Empty;

        foreach (var mention in DateScanner.Find(text, Published))
        {
            Assert.Equal(text.Substring(mention.Span.Start, mention.Span.Length), mention.Text);
        }
    }

    [Theory]
    [InlineData("February 30")]
    [InlineData("May be")]
    [InlineData("2026-13-01")]
    [InlineData("9999-12-31")]
    [InlineData("0000-01-01")]
    [InlineData("1700-05-01")]
    public void Impossible_or_ambiguous_text_is_no_date(string text) => Assert.Empty(DateScanner.Find(text, Published));

    /// <summary>Any ISO-looking date, of any year, month and day the digits allow: a date or nothing, never an exception.</summary>
    [Property(MaxTest = 500)]
    public void An_iso_date_of_any_digits_is_a_date_or_nothing(ushort year, byte month, byte day)
    {
        var text = FormattableString.Invariant($"Between 2024-01-01 and {year % 10000:0000}-{month % 100:00}-{day % 100:00} the strikes killed 3.");

        var found = DateScanner.Find(text, Published);
        var parsed = ReportParser.Parse(text, new ReportContext(Published));

        Assert.All(found, m => Assert.InRange(m.Value.StartDate.Year, 1800, 2100));
        Assert.NotNull(parsed.Draft);
    }

    [Fact]
    public void A_reference_outside_the_years_temporal_values_hold_is_refused_up_front()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DateScanner.Find("yesterday", LocalDate.MinIsoValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => DateScanner.Find("tomorrow", LocalDate.MaxIsoValue));
    }

    [Property(MaxTest = 300)]
    public void Any_reference_within_the_calendar_resolves_without_throwing(int days, string text)
    {
        var reference = new LocalDate(2, 1, 1).PlusDays(Math.Abs(days % 3_600_000));

        foreach (var mention in DateScanner.Find((text ?? string.Empty) + " yesterday, last week, on Friday, March 19, last year", reference))
        {
            Assert.True(mention.Value.StartDate <= reference.PlusDays(1) || !mention.IsRelative);
        }
    }

    [Fact]
    public void A_release_appended_after_the_reports_own_is_told_from_its_own_dateline()
    {
        const string Text = "KABUL, Afghanistan (March 28, 2026) - A force detained two men yesterday.\n\nUPDATE\nKABUL, Afghanistan (March 30, 2026) - "
            + "The force confirmed today that a leader was killed yesterday.";

        var relative = DateScanner.Find(Text, Published).Where(d => d.IsRelative).Select(d => (d.Text, d.Value.ToString()));

        Assert.Equal([("yesterday", "2026-03-27"), ("today", "2026-03-30"), ("yesterday", "2026-03-29")], relative);
    }

    [Theory]
    [InlineData(2011, 1, 15, "Jan. 16", "2011-01-16", "Jan. 14", "2011-01-14")]
    [InlineData(2011, 12, 31, "Jan. 2", "2012-01-02", "Dec. 30", "2011-12-30")]
    [InlineData(2011, 1, 2, "Dec. 31", "2010-12-31", "Dec. 29", "2010-12-29")]
    public void A_later_releases_dateline_without_its_year_is_that_day_nearest_the_one_before(int year, int month, int day, string dateline, string datelineValue, string told, string toldValue)
    {
        var published = new LocalDate(year, month, day);
        var text = $"KABUL, Afghanistan ({published.ToString("MMM. d, yyyy", System.Globalization.CultureInfo.InvariantCulture)}) - A force detained a leader yesterday.\n\nUPDATE\n"
            + $"KABUL, Afghanistan ({dateline}) - ISAF confirmed a leader was detained {told}.";

        var mentions = DateScanner.Find(text, published).Where(d => !d.IsRelative).Skip(1).Select(d => (d.Text, d.Value.ToString()));

        Assert.Equal([(dateline, datelineValue), (told, toldValue)], mentions);
    }

    [Fact]
    public void The_reports_own_dateline_leaves_the_publication_day_given()
    {
        var relative = DateScanner.Find("KABUL, Afghanistan (March 20, 2026) - A force detained two men yesterday.", Published).Single(d => d.IsRelative);

        Assert.Equal("2026-03-27", relative.Value.ToString());
    }

    [Theory]
    [InlineData("prior to and during yesterday's elections", "2026-03-27")]
    [InlineData("today's vote was calm", "2026-03-28")]
    public void A_relative_day_in_the_possessive_is_that_day(string text, string value)
    {
        Assert.Equal(value, Assert.Single(DateScanner.Find(text, Published)).Value.ToString());
    }

    [Theory]
    [InlineData("2026-03-30", "2026-03-28", true, "2026-03-30")]
    [InlineData("2026-03-30", "2026-03-28", false, null)]
    [InlineData("2028-03-30", "2026-03-28", true, null)]
    [InlineData("9998-01-02", "9997-12-30", true, null)]
    public void A_release_day_is_a_later_datelines_within_a_year_and_the_years_a_publication_may_have(string day, string current, bool seen, string? expected)
    {
        var datelineSeen = seen;

        var release = Dateline.ReleaseDay(LocalDate.FromDateTime(DateTime.Parse(day, System.Globalization.CultureInfo.InvariantCulture)),
            LocalDate.FromDateTime(DateTime.Parse(current, System.Globalization.CultureInfo.InvariantCulture)), ref datelineSeen);

        Assert.Equal((expected, true), (release?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), datelineSeen));
    }

    [Theory]
    [InlineData("A similar plot was foiled in 2006, when 18 men were arrested.", "2006")]
    [InlineData("The commander, who was arrested during 2019, fled.", "2019")]
    public void A_year_alone_after_in_or_during_is_a_date(string text, string value)
    {
        Assert.Equal(value, Assert.Single(DateScanner.Find(text, Published)).Value.ToString());
    }

    [Theory]
    [InlineData("It was the deadliest day since 2006.")]
    [InlineData("Floods destroyed crops in 2000 homes.")]
    [InlineData("Attendance rose 12 percent in 1999-2000.")]
    [InlineData("The ceasefire began in 2090.")]
    public void A_year_after_since_a_count_or_a_far_future_number_is_no_date(string text)
    {
        Assert.Empty(DateScanner.Find(text, Published));
    }
}
