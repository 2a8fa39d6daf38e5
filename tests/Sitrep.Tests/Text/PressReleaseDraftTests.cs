using System.Linq;
using NodaTime;
using Sitrep.Incidents;
using Sitrep.Text;
using Sitrep.Text.Dates;
using Sitrep.Text.Evaluation;
using Sitrep.Text.Numbers;
using Sitrep.Validation;

namespace Sitrep.Tests.Text;

/// <summary>
/// What a user of <see cref="ReportParser.Parse"/> gets from a press release, read by <see cref="DraftTotals"/>:
/// the publication date from the dateline, the incident's date and the totals, with no logic outside the parser.
/// </summary>
public sealed class PressReleaseDraftTests
{
    [Theory]
    [InlineData("2010-08-CA-043\nKABUL, Afghanistan (Sept. 4) - A force captured a facilitator Friday.", 2010, 9, 4)]
    [InlineData("2010-12-S-101\nKABUL, Afghanistan (Jan. 2) - A force captured a facilitator today.", 2011, 1, 2)]
    [InlineData("2011-07-S-039\nKABUL, Afghanistan (July 9) - A force captured a facilitator today.", 2011, 7, 9)]
    [InlineData("2011-02-S-154\nKABUL, Afghanistan (Feb. 21) - A force detained two insurgents yesterday.", 2011, 2, 21)]
    public void A_dateline_without_a_year_is_the_one_nearest_the_release_numbers_month(string text, int year, int month, int day)
    {
        var dateline = Dateline.Find(text)!;

        Assert.Equal(new LocalDate(year, month, day), dateline.Date);
        Assert.Equal("release number", dateline.YearFrom);
    }

    [Fact]
    public void A_dateline_with_its_year_keeps_it_whatever_the_release_number_says()
    {
        const string text = "2010-08-CA-043\nKABUL, Afghanistan (Sept. 4, 2010) - A force captured a facilitator Friday.";

        Assert.Equal((new LocalDate(2010, 9, 4), "written"), (Dateline.Find(text)!.Date, Dateline.Find(text)!.YearFrom));
    }

    [Fact]
    public void Without_a_date_in_the_context_the_parser_reads_the_dateline_and_says_so()
    {
        const string text = "KABUL, Afghanistan (Sept. 4, 2010) - A force captured a facilitator Friday.";

        var result = ReportParser.Parse(text, new ReportContext());

        Assert.Equal(new LocalDate(2010, 9, 4), result.Published);
        var info = Assert.Single(result.Diagnostics, d => d.Code == TextDiagnosticCodes.PublicationDateFromText);
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Equal(new LocalDate(2010, 9, 4), result.Draft.Sources[0].Published!.Value.StartDate);
    }

    [Fact]
    public void Without_a_date_anywhere_relative_dates_are_left_unresolved_and_that_is_reported()
    {
        var result = ReportParser.Parse("Insurgents attacked a checkpoint yesterday, killing two police officers.", new ReportContext());

        Assert.Null(result.Published);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.Diagnostics, d => d.Code == TextDiagnosticCodes.PublicationDateFromText).Severity);
        Assert.DoesNotContain(result.Dates, d => d.IsRelative);
        Assert.Equal(2, DraftTotals.People(result.Draft, CasualtyOutcome.Killed));
    }

    [Fact]
    public void A_weekday_resolves_against_the_dateline_in_the_release_numbers_year()
    {
        const string text = "2010-08-CA-043\nKABUL, Afghanistan (Sept. 4) - A force captured a facilitator in Gardez district Friday.";

        Assert.Equal(new LocalDate(2010, 9, 3), DraftTotals.IncidentDate(ReportParser.Parse(text, new ReportContext()).Draft));
    }

    [Theory]
    [InlineData("KABUL, Afghanistan (Sept. 19, 2010) - Aircraft targeted a commander who was preparing attacks during Saturday's election in Paktiya province.")]
    [InlineData("KABUL, Afghanistan (Sept. 19, 2010) - Aircraft targeted a commander who was preparing attacks during Saturday\u2019s election in Paktiya province.")]
    [InlineData("KABUL, Afghanistan (Sept. 19, 2010) - Aircraft targeted a commander who planned the Sept. 2 attack in Paktiya province.")]
    public void A_date_that_names_another_event_is_not_the_incident_date(string text) =>
        Assert.Equal(new LocalDate(2010, 9, 19), DraftTotals.IncidentDate(ReportParser.Parse(text, new ReportContext()).Draft));

    [Fact]
    public void A_lead_figure_retold_later_counts_once()
    {
        const string text = "KABUL, Afghanistan (June 2, 2012) - An Afghan and coalition security force killed a Taliban leader and one other insurgent in Nad-e Ali district yesterday. "
            + "The security force returned fire, killing the leader and one other insurgent.";

        var draft = ReportParser.Parse(text, new ReportContext()).Draft;

        Assert.Equal(2, DraftTotals.People(draft, CasualtyOutcome.Killed));
    }

    [Fact]
    public void A_later_figure_marked_as_more_adds_to_the_lead()
    {
        const string text = "KABUL, Afghanistan (June 2, 2012) - A security force detained two insurgents in Kandahar yesterday. "
            + "The force also detained one additional suspected insurgent.";

        Assert.Equal(3, DraftTotals.People(ReportParser.Parse(text, new ReportContext()).Draft, CasualtyOutcome.Detained));
    }

    [Fact]
    public void Two_predicates_for_different_people_in_one_clause_both_count()
    {
        const string text = "KABUL, Afghanistan (June 2, 2012) - A security force arrested a Taliban leader and detained one insurgent in Kandahar province yesterday.";

        Assert.Equal(2, DraftTotals.People(ReportParser.Parse(text, new ReportContext()).Draft, CasualtyOutcome.Detained));
    }

    [Fact]
    public void The_same_figure_for_the_same_people_twice_in_the_lead_counts_once()
    {
        const string text = "KABUL, Afghanistan (June 2, 2012) - A security force killed two insurgents in Kandahar yesterday, killing two insurgents who fired on the patrol.";

        Assert.Equal(2, DraftTotals.People(ReportParser.Parse(text, new ReportContext()).Draft, CasualtyOutcome.Killed));
    }

    [Fact]
    public void The_press_release_convention_reads_several_as_three_and_plain_english_keeps_its_range()
    {
        const string text = "KABUL, Afghanistan (June 2, 2012) - A security force detained several suspected insurgents in Kandahar yesterday.";

        var convention = ReportParser.Parse(text, new ReportContext { Numbers = NumberOptions.PressReleaseConvention }).Draft;
        var plain = ReportParser.Parse(text, new ReportContext()).Draft;

        Assert.Equal(3, DraftTotals.People(convention, CasualtyOutcome.Detained));
        var count = plain.Incidents.SelectMany(i => i.Casualties).Single(c => c.Outcome == CasualtyOutcome.Detained);
        Assert.Equal((3L, 9L), (count.Estimate.Low, count.Estimate.High));
    }

    [Theory]
    [InlineData("Operational Update, Jan. 12, 2011\nKABUL, Afghanistan (Jan. 12, 2011) - Numerous insurgents were killed by security forces in southern Afghanistan over the past 24 hours. In Sangin, coalition forces returned fire, killing one insurgent.", 1)]
    [InlineData("KABUL, Afghanistan (Jan. 6) - Numerous insurgents were killed during separate operations over the past 24 hours. During a clearing operation, an air weapons team engaged the enemy position, killing two insurgents and wounding several others.", 2)]
    public void A_later_exact_figure_refines_a_vague_lead_figure_for_the_same_people(string text, long killed)
    {
        var draft = ReportParser.Parse(text, new ReportContext { Numbers = NumberOptions.PressReleaseConvention }).Draft;

        Assert.Equal(killed, DraftTotals.People(draft, CasualtyOutcome.Killed));
        var count = Assert.Single(draft.Incidents.SelectMany(i => i.Casualties), c => c.Outcome == CasualtyOutcome.Killed);
        Assert.True(count.Estimate.IsExact);
        Assert.Contains(count.Provenance, p => text.Substring(p.Span!.Value.Start, p.Span.Value.Length).StartsWith("Numerous", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("KABUL, Afghanistan (June 18, 2012) - A security force detained several suspected insurgents in Yaftal district today. Officials confirmed that the leader was one of the insurgents detained during the operation.")]
    [InlineData("KABUL, Afghanistan (Jan. 15, 2011) - Forces targeted a Taliban leader, detaining several suspected insurgents during a security operation. A week later a Taliban leader was detained in Kandahar.")]
    public void A_part_of_a_vague_lead_figure_or_other_people_do_not_refine_it(string text)
    {
        var draft = ReportParser.Parse(text, new ReportContext { Numbers = NumberOptions.PressReleaseConvention }).Draft;

        Assert.True(DraftTotals.People(draft, CasualtyOutcome.Detained) >= 3);
    }

    [Fact]
    public void The_dateline_is_the_day_a_dash_follows_not_a_date_in_the_title()
    {
        const string text = "Operational Update, Jan. 11, 2011\nKABUL, Afghanistan (Jan. 12, 2011) - A force detained two insurgents yesterday.";

        var dateline = Dateline.Find(text)!;

        Assert.Equal(new LocalDate(2011, 1, 12), dateline.Date);
        Assert.Equal(text.IndexOf("Jan. 12", System.StringComparison.Ordinal), dateline.Span.Start);
        Assert.Equal(new LocalDate(2011, 1, 11), DraftTotals.IncidentDate(ReportParser.Parse(text, new ReportContext()).Draft));
    }

    [Theory]
    [InlineData("KABUL, Afghanistan (Oct. 13, 2010) - The force confirmed the capture of a Taliban senior leader in Wardak province Monday. After initial questioning, the security force detained the senior leader along with three of his associates.", 4)]
    [InlineData("KABUL, Afghanistan (Nov. 14, 2010) - A security force captured a Haqqani Network facilitator in Khost province Saturday. Questioning helped identify the facilitator, who was detained along with several of his associates.", 4)]
    [InlineData("KABUL, Afghanistan (Apr. 28, 2012) - A security force captured two Haqqani leaders in Khost province today. The security force detained two additional suspected insurgents.", 4)]
    public void A_retelling_that_names_more_people_or_more_people_marked_as_such_add_to_the_lead(string text, long detained)
    {
        var draft = ReportParser.Parse(text, new ReportContext { Numbers = NumberOptions.PressReleaseConvention }).Draft;

        Assert.Equal(detained, DraftTotals.People(draft, CasualtyOutcome.Detained));
    }

    [Fact]
    public void An_incident_dated_weeks_before_the_main_event_is_background_and_not_in_the_totals()
    {
        const string text = "KABUL, Afghanistan (Jan. 23, 2011) - In Ghazni province, forces targeted a Taliban leader, detaining four suspected insurgents during an operation yesterday. "
            + "The leader was also involved with a complex suicide attack that killed four Afghan National Army soldiers in Kabul City Dec. 19.";

        var draft = ReportParser.Parse(text, new ReportContext { Numbers = NumberOptions.PressReleaseConvention }).Draft;

        var background = Assert.Single(draft.Incidents, i => i.Coverage == IncidentCoverage.Background);
        Assert.Equal(new LocalDate(2010, 12, 19), background.Time!.Value.StartDate);
        Assert.Contains(background.Casualties, c => c.Outcome == CasualtyOutcome.Killed && c.Estimate.Best == 4);
        Assert.Equal(0, DraftTotals.People(draft, CasualtyOutcome.Killed));
        Assert.Equal(4, DraftTotals.People(draft, CasualtyOutcome.Detained));
        Assert.Equal(new LocalDate(2011, 1, 22), DraftTotals.IncidentDate(draft));
    }

    [Fact]
    public void A_figure_told_with_an_earlier_year_of_its_own_is_background_and_not_in_the_totals()
    {
        const string text = "KABUL, Afghanistan (Oct. 24, 2012) - Afghan and coalition forces yesterday confirmed the arrest of a Taliban leader in Kunduz province Oct. 19. "
            + "He is accused of planning several high-profile attacks in northern Afghanistan, including the killing of several ISAF soldiers in 2010.";

        var draft = ReportParser.Parse(text, new ReportContext { Numbers = NumberOptions.PressReleaseConvention }).Draft;

        var background = Assert.Single(draft.Incidents, i => i.Coverage == IncidentCoverage.Background);
        Assert.Contains(background.Casualties, c => c.Outcome == CasualtyOutcome.Killed);
        Assert.Equal(0, DraftTotals.People(draft, CasualtyOutcome.Killed));
        Assert.Equal(1, DraftTotals.People(draft, CasualtyOutcome.Detained));
    }

    [Fact]
    public void Incidents_days_apart_in_one_report_are_all_reported()
    {
        const string text = "KABUL, Afghanistan (Jan. 23, 2011) - Forces detained two insurgents in Ghazni yesterday. On Jan. 19, a patrol killed three insurgents in Zabul.";

        var draft = ReportParser.Parse(text, new ReportContext { Numbers = NumberOptions.PressReleaseConvention }).Draft;

        Assert.All(draft.Incidents, i => Assert.Equal(IncidentCoverage.Reported, i.Coverage));
        Assert.Equal(3, DraftTotals.People(draft, CasualtyOutcome.Killed));
    }

    [Fact]
    public void A_tally_since_a_time_is_background_and_not_in_the_totals()
    {
        const string text = "KABUL, Afghanistan (August 24, 2011) - A security force killed a senior Taliban leader and one other insurgent in Faryab province yesterday. "
            + "The leader is one of more than 50 Taliban insurgents killed since the beginning of the year during operations in Faryab province.";

        var draft = ReportParser.Parse(text, new ReportContext { Numbers = NumberOptions.PressReleaseConvention }).Draft;

        Assert.Contains(draft.Incidents, i => i.Coverage == IncidentCoverage.Background && i.Casualties.Any(c => c.Estimate.Low == 51));
        Assert.Equal(2, DraftTotals.People(draft, CasualtyOutcome.Killed));
    }

    [Fact]
    public void A_list_lead_figure_is_not_refined_by_a_retelling_of_one_of_its_items()
    {
        const string text = "KABUL, Afghanistan (Feb. 17, 2011) - In Sabari district, Khost province, a HIG leader along with two suspected insurgents was detained during a security operation. "
            + "The HIG leader and two suspected insurgents were detained based on initial questioning at the scene.";

        var draft = ReportParser.Parse(text, new ReportContext { Numbers = NumberOptions.PressReleaseConvention }).Draft;

        Assert.Equal(3, DraftTotals.People(draft, CasualtyOutcome.Detained));
    }
}
