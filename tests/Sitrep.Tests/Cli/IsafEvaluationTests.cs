using NodaTime;
using Sitrep.Cli.Commands;

namespace Sitrep.Tests.Cli;

public sealed class IsafEvaluationTests
{
    [Theory]
    [InlineData("2010-08-CA-043\nKABUL, Afghanistan (Sept. 4) - A force captured a facilitator Friday.", 2010, 9, 4)]
    [InlineData("2010-12-S-101\nKABUL, Afghanistan (Jan. 2) - A force captured a facilitator today.", 2011, 1, 2)]
    [InlineData("2011-07-S-039\nKABUL, Afghanistan (July 9) - A force captured a facilitator today.", 2011, 7, 9)]
    [InlineData("2011-02-S-154\nKABUL, Afghanistan (Feb. 21) - A force detained two insurgents yesterday.", 2011, 2, 21)]
    public void A_dateline_without_a_year_is_the_one_nearest_the_release_numbers_month(string text, int year, int month, int day)
    {
        Assert.Equal(new LocalDate(year, month, day), IsafEvaluation.PublicationDate(text, out _));
    }

    [Fact]
    public void A_dateline_with_its_year_keeps_it_whatever_the_release_number_says()
    {
        const string text = "2010-08-CA-043\nKABUL, Afghanistan (Sept. 4, 2010) - A force captured a facilitator Friday.";

        Assert.Equal(new LocalDate(2010, 9, 4), IsafEvaluation.PublicationDate(text, out _));
    }

    [Fact]
    public void A_weekday_resolves_against_the_dateline_in_the_release_numbers_year()
    {
        const string text = "2010-08-CA-043\nKABUL, Afghanistan (Sept. 4) - A force captured a facilitator in Gardez district Friday.";

        var published = IsafEvaluation.PublicationDate(text, out var datelineEnd);

        Assert.Equal(new LocalDate(2010, 9, 3), IsafEvaluation.StartDate(text, published, datelineEnd));
    }

    [Theory]
    [InlineData("KABUL, Afghanistan (Sept. 19, 2010) - Aircraft targeted a commander who was preparing attacks during Saturday's election in Paktiya province.")]
    [InlineData("KABUL, Afghanistan (Sept. 19, 2010) - Aircraft targeted a commander who was preparing attacks during Saturday\u2019s election in Paktiya province.")]
    [InlineData("KABUL, Afghanistan (Sept. 19, 2010) - Aircraft targeted a commander who planned the Sept. 2 attack in Paktiya province.")]
    public void A_date_that_names_another_event_is_not_the_incident_date(string text)
    {
        var published = IsafEvaluation.PublicationDate(text, out var datelineEnd);

        Assert.Equal(new LocalDate(2010, 9, 19), IsafEvaluation.StartDate(text, published, datelineEnd));
    }
}
