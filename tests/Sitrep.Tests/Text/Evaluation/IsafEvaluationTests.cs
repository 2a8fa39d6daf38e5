using System.Linq;
using NodaTime;
using Sitrep.Text.Evaluation;

namespace Sitrep.Tests.Text.Evaluation;

/// <summary>The ISAF scoring is a library call a user can make, the same one <c>sitrep eval isaf</c> prints.</summary>
public sealed class IsafEvaluationTests
{
    [Fact]
    public void A_gold_line_is_read_with_its_figures_and_date()
    {
        const string line = """{"id":"r1","dateline":"June 14","text":"KABUL","gold":{"start_date":"2012-06-14T00:00:00","min_killed":2,"min_captured":0}}""";

        Assert.Null(IsafGoldRelease.Read(line, out var release));
        Assert.Equal(new IsafGoldRelease("r1", "KABUL", 2, 0, new LocalDate(2012, 6, 14)), release);
    }

    [Theory]
    [InlineData("not json", "not a JSON object")]
    [InlineData("[1]", "not a JSON object")]
    [InlineData("""{"id":1,"text":"x","gold":{}}""", "\"id\" and \"text\" must be strings")]
    [InlineData("""{"id":"a","text":"x","gold":{"min_killed":-1,"min_captured":0}}""", "whole numbers of zero or more")]
    [InlineData("""{"id":"a","text":"x","gold":{"min_killed":1,"min_captured":0,"start_date":"June"}}""", "must be a date")]
    public void A_malformed_gold_line_says_what_is_wrong_and_never_throws(string line, string expected)
    {
        var problem = IsafGoldRelease.Read(line, out var release);

        Assert.Null(release);
        Assert.Contains(expected, problem, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Scores_count_exact_and_within_one_and_list_the_misses()
    {
        IsafGoldRelease[] releases =
        [
            new("hit", "KABUL, Afghanistan (June 14, 2012) - A force killed two insurgents in Kandahar yesterday.", 2, 0, new LocalDate(2012, 6, 13)),
            new("near", "KABUL, Afghanistan (June 14, 2012) - A force killed three insurgents and detained one in Kandahar today.", 2, 1, new LocalDate(2012, 6, 13)),
        ];

        var scores = IsafEvaluation.Score(releases);

        Assert.Equal(["killed", "captured", "start_date", "killed (plain-English vague amounts)", "captured (plain-English vague amounts)"], scores.Select(s => s.Name).ToArray());
        var killed = scores[0];
        Assert.Equal((2, 1, 2), (killed.Total, killed.Exact, killed.WithinTolerance));
        Assert.Equal(["near: gold 2, parser 3"], killed.Misses.ToArray());
        Assert.Equal("killed: exact 1/2 (50.0%), within one 2/2 (100.0%)", killed.ToString());
        Assert.Equal((2, 1), (scores[2].Total, scores[2].Exact));
        Assert.Equal("near: gold 2012-06-13, parser 2012-06-14", Assert.Single(scores[2].Misses));
    }
}
