using System.Linq;
using NodaTime;
using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Text;
using Sitrep.Text.Casualties;

namespace Sitrep.Tests.Text.Casualties;

/// <summary>Tolls stated without a number: a zero is an explicit zero, an unknown an explicit unknown, never nothing.</summary>
public sealed class StatedTollTests
{
    [Theory]
    [InlineData("The attack caused no American casualties.", "no American casualties", "American")]
    [InlineData("There were no casualties in the blast.", "no casualties", null)]
    [InlineData("The rocket did not cause any casualties.", "not cause any casualties", null)]
    [InlineData("The convoy passed without casualties.", "without casualties", null)]
    public void No_casualties_is_zero_killed_and_zero_injured(string text, string words, string? victims)
    {
        var mentions = CasualtyScanner.Find(text);

        Assert.Equal([CasualtyOutcome.Killed, CasualtyOutcome.Injured], mentions.Select(m => m.Outcome).Order());
        Assert.All(mentions, m => Assert.Equal((Estimate.Exactly(0).Best, EstimateQualifier.Exact, words, victims), (m.Count.Best, m.Count.Qualifier, m.Text, m.Victims)));
    }

    [Theory]
    [InlineData("There were no injuries.", CasualtyOutcome.Injured)]
    [InlineData("Officials reported no deaths.", CasualtyOutcome.Killed)]
    [InlineData("There were no fatalities among the crew.", CasualtyOutcome.Killed)]
    public void A_stated_zero_of_one_outcome_is_that_zero(string text, CasualtyOutcome outcome)
    {
        var mention = Assert.Single(CasualtyScanner.Find(text));

        Assert.Equal((outcome, 0L), (mention.Outcome, mention.Count.Best!.Value));
    }

    [Theory]
    [InlineData("Casualties were unknown.", 2)]
    [InlineData("The death toll is not known.", 1)]
    [InlineData("The number of dead remains unclear.", 1)]
    [InlineData("No figure was given for the wounded.", 1)]
    [InlineData("No casualty figures were released.", 2)]
    public void A_stated_unknown_is_an_explicit_unknown(string text, int outcomes)
    {
        var mentions = CasualtyScanner.Find(text);

        Assert.Equal(outcomes, mentions.Count);
        Assert.All(mentions, m => Assert.True(m.Count.IsUnknown));
    }

    [Theory]
    [InlineData("Hospitals treated casualties from the blast.")]
    [InlineData("The figures were given to reporters.")]
    [InlineData("The ministry said casualties were high.")]
    public void Words_about_casualties_that_state_no_toll_give_none(string text) =>
        Assert.Empty(CasualtyScanner.Find(text));

    [Fact]
    public void Two_sources_figures_for_the_same_dead_are_both_kept_in_one_incident_and_the_highest_counts_once()
    {
        const string text = "BAGHDAD (March 27, 2026) - A car bomb killed 17 people in Baghdad yesterday, the health ministry said. A monitoring group said 20 people were killed.";

        var draft = ReportParser.Parse(text, new ReportContext()).Draft;

        var killed = draft.Incidents.SelectMany(i => i.Casualties.Select(c => (Incident: i.Id, Count: c))).Where(x => x.Count.Outcome == CasualtyOutcome.Killed).ToList();
        Assert.Equal([17L, 20L], killed.Select(k => k.Count.Estimate.Best!.Value).Order());
        Assert.Single(killed.Select(k => k.Incident).Distinct());
        Assert.Contains(killed, k => k.Count.Provenance[0].Note!.StartsWith("A competing figure", System.StringComparison.Ordinal));
        Assert.Equal(20, Sitrep.Text.Evaluation.DraftTotals.People(draft, CasualtyOutcome.Killed));
    }

    [Fact]
    public void The_draft_keeps_a_stated_zero_beside_the_lead_figure()
    {
        const string text = "BAGHDAD (March 27, 2026) - A drone strike killed two militants near Al-Qaim yesterday. The strike caused no civilian casualties.";

        var incident = Assert.Single(ReportParser.Parse(text, new ReportContext()).Draft.Incidents);

        Assert.Contains(incident.Casualties, c => c.Outcome == CasualtyOutcome.Killed && c.Estimate.Best == 2);
        Assert.Contains(incident.Casualties, c => c.Outcome == CasualtyOutcome.Killed && c.Victims.Category == VictimCategory.Civilians && c.Estimate.Best == 0);
        Assert.Contains(incident.Casualties, c => c.Outcome == CasualtyOutcome.Injured && c.Victims.Category == VictimCategory.Civilians && c.Estimate.Best == 0);
        Assert.Equal(new LocalDate(2026, 3, 26), incident.Time!.Value.StartDate);
    }
}
