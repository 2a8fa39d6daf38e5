using Sitrep.Datasets.Parsing;

namespace Sitrep.Tests.Datasets.Parsing;

public class LenientCsvTests
{
    [Theory]
    [InlineData("a,5\" mortar,b", 3)]
    [InlineData("a,\"the 5\" mortar\",b", 3)]
    [InlineData("a,\"x, y\",b", 3)]
    [InlineData("a,\"x \"\"q\"\" y\",b", 3)]
    [InlineData("a,\"unclosed,b", 3)]
    [InlineData("", 1)]
    [InlineData("a,", 2)]
    public void Stray_quotes_are_characters_and_real_quoted_fields_stay_whole(string line, int fields)
    {
        Assert.Equal(fields, LenientCsv.FieldCount(line, ','));
    }

    [Fact]
    public void A_repaired_line_is_strict_csv_with_the_stray_quote_kept_as_text()
    {
        Assert.True(LenientCsv.TryRepair("a,the 5\" mortar,\"x, y\"", ',', 3, out var repaired, out var starts, out var stray));

        Assert.Equal("a,\"the 5\"\" mortar\",\"x, y\"", repaired);
        Assert.Equal([0, 2, 19], starts);
        Assert.Equal(1, stray);
    }

    [Fact]
    public void A_line_that_does_not_reach_the_expected_count_is_not_repaired()
    {
        Assert.False(LenientCsv.TryRepair("a,5\" b", ',', 3, out _, out _, out _));
    }
}
