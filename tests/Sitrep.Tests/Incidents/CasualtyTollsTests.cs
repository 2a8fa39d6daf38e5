using Sitrep.Estimates;
using Sitrep.Incidents;

namespace Sitrep.Tests.Incidents;

/// <summary>One figure per outcome, the rule stats and GeoJSON share.</summary>
public sealed class CasualtyTollsTests
{
    private static CasualtyCount Killed(Estimate estimate, VictimCategory category = VictimCategory.Mixed, string? rule = null) =>
        new(CasualtyOutcome.Killed, new VictimGroup(category), estimate) { ConsolidationRule = rule };

    [Fact]
    public void A_total_and_its_breakdown_give_the_total_not_their_sum()
    {
        ValueArray<CasualtyCount> counts = [Killed(new Estimate(EstimateQualifier.Range, 5, 6, 8)), Killed(Estimate.About(4), VictimCategory.Military), Killed(Estimate.About(2), VictimCategory.Civilians)];

        Assert.True(CasualtyTolls.TryGetFigure(counts, CasualtyOutcome.Killed, out var figure));
        Assert.Equal(6, figure);
        Assert.False(CasualtyTolls.TryGetFigure(counts, CasualtyOutcome.Injured, out var injured));
        Assert.Null(injured);
    }

    [Fact]
    public void Reported_figures_win_over_a_consolidated_one_which_counts_when_alone()
    {
        Assert.True(CasualtyTolls.TryGetFigure([Killed(Estimate.Exactly(3)), Killed(Estimate.Exactly(10), rule: "acled-conservative")], CasualtyOutcome.Killed, out var reported));
        Assert.Equal(3, reported);
        Assert.True(CasualtyTolls.TryGetFigure([Killed(Estimate.Exactly(10), rule: "acled-conservative")], CasualtyOutcome.Killed, out var alone));
        Assert.Equal(10, alone);
    }

    [Fact]
    public void An_unknown_toll_is_present_without_a_figure_never_zero()
    {
        Assert.True(CasualtyTolls.TryGetFigure([Killed(Estimate.Unknown)], CasualtyOutcome.Killed, out var figure));
        Assert.Null(figure);
    }
}
