using System.Linq;
using Sitrep.Text.Numbers;
using Xunit;

namespace Sitrep.Tests.Text.Numbers;

public class VagueTableTests
{
    [Fact]
    public void One_options_instance_has_one_table_and_with_makes_another()
    {
        var options = new NumberOptions { VagueAmounts = [new VagueAmount("a few", 3, 3)] };
        var changed = options with { VagueAmounts = [new VagueAmount("a few", 4, 4)] };

        Assert.Same(VagueTable.Of(options), VagueTable.Of(options));
        Assert.NotSame(VagueTable.Of(options), VagueTable.Of(changed));
        Assert.Equal(3, NumberScanner.Find("a few were hurt", options).Single().Value.Low);
        Assert.Equal(4, NumberScanner.Find("a few were hurt", changed).Single().Value.Low);
    }

    [Fact]
    public void The_longest_phrase_wins_and_phrases_are_matched_word_by_word()
    {
        var options = new NumberOptions
        {
            VagueAmounts =
            [
                new VagueAmount("tens", 20, null),
                new VagueAmount("  Tens   of thousands ", 20_000, null),
                new VagueAmount("tens of", 1, 1),
            ],
        };

        var found = NumberScanner.Find("tens of thousands fled, and tens stayed", options);

        Assert.Equal(["tens of thousands", "tens"], found.Select(m => m.Text));
        Assert.Equal([20_000L, 20L], found.Select(m => m.Value.Low!.Value));
    }

    [Fact]
    public void A_later_amount_with_the_same_phrase_wins()
    {
        var options = new NumberOptions { VagueAmounts = [new VagueAmount("scores", 40, null), new VagueAmount("Scores", 60, null)] };

        Assert.Equal(60, NumberScanner.Find("scores were hurt", options).Single().Value.Low);
    }
}
