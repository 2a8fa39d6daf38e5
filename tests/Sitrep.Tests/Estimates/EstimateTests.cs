using System;
using FsCheck.Xunit;
using Sitrep.Estimates;
using Sitrep.Tests.Generators;
using Sitrep.Validation;

namespace Sitrep.Tests.Estimates;

public class EstimateTests
{
    [Fact]
    public void Unknown_is_not_zero()
    {
        Assert.True(Estimate.Unknown.IsUnknown);
        Assert.Null(Estimate.Unknown.PointValue);
        Assert.NotEqual(Estimate.Exactly(0), Estimate.Unknown);
        Assert.Equal("unknown", Estimate.Unknown.ToString());
    }

    [Fact]
    public void Factories_set_the_figures_their_qualifier_needs()
    {
        Assert.Equal(new Estimate(EstimateQualifier.Exact, Best: 7), Estimate.Exactly(7));
        Assert.Equal(new Estimate(EstimateQualifier.AtLeast, Low: 15), Estimate.AtLeast(15));
        Assert.Equal(new Estimate(EstimateQualifier.AtMost, High: 30), Estimate.AtMost(30));
        Assert.Equal(new Estimate(EstimateQualifier.About, Best: 40), Estimate.About(40));
        Assert.Equal(new Estimate(EstimateQualifier.Range, 10, 12, 15), Estimate.Range(10, 15, 12));
    }

    [Fact]
    public void A_vague_word_keeps_its_phrase_beside_its_bound()
    {
        var dozens = Estimate.AtLeast(24).WithPhrase("dozens");

        Assert.Equal("dozens", dozens.Phrase);
        Assert.Equal(24, dozens.PointValue);
        Assert.Equal("≥24", dozens.ToString());
    }

    [Fact]
    public void Factories_refuse_negative_or_disordered_figures()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Estimate.Exactly(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Estimate.Range(10, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Estimate.Range(10, 15, 20));
        Assert.Throws<ArgumentOutOfRangeException>(() => Estimate.AtLeast(10, 5));
    }

    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 300)]
    public void Generated_estimates_keep_their_invariants(Estimate estimate)
    {
        Assert.True(estimate.Low is null or >= 0 && estimate.Best is null or >= 0 && estimate.High is null or >= 0);
        Assert.True(estimate.Low is null || estimate.Best is null || estimate.Low <= estimate.Best);
        Assert.True(estimate.Best is null || estimate.High is null || estimate.Best <= estimate.High);
        Assert.Equal(estimate.IsUnknown, estimate.PointValue is null);

        var dataset = new Dataset
        {
            Incidents = [new Sitrep.Incidents.Incident
            {
                Id = new("incident:e"),
                Type = Sitrep.Incidents.IncidentType.Attack,
                Casualties = [new(Sitrep.Incidents.CasualtyOutcome.Killed, new(Sitrep.Incidents.VictimCategory.Civilians), estimate)],
            }],
        };
        Assert.Empty(DatasetValidator.Validate(dataset));
    }

    [Fact]
    public void Equality_includes_the_phrase_and_same_figures_ignores_it()
    {
        var bare = Estimate.Exactly(7);
        var worded = Estimate.Exactly(7).WithPhrase("seven");

        Assert.NotEqual(bare, worded);
        Assert.True(bare.HasSameFigures(worded));
        Assert.False(bare.HasSameFigures(Estimate.AtLeast(7)));
        Assert.False(bare.HasSameFigures(Estimate.Exactly(8)));
    }
}
