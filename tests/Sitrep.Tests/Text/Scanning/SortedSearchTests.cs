using System;
using System.Linq;
using FsCheck.Xunit;
using Sitrep.Text.Scanning;

namespace Sitrep.Tests.Text.Scanning;

public sealed class SortedSearchTests
{
    [Property(MaxTest = 500)]
    public bool The_lower_bound_is_the_first_item_at_or_after_the_position(int[] values, int position)
    {
        var sorted = (values ?? []).Order().ToArray();

        var found = SortedSearch.LowerBound<int, Itself>(sorted, position);

        var expected = Array.FindIndex(sorted, v => v >= position);
        return found == (expected < 0 ? sorted.Length : expected);
    }

    [Fact]
    public void A_token_is_found_by_any_offset_inside_or_before_it()
    {
        var tokens = Tokenizer.Tokenize("Seven were killed.");
        try
        {
            Assert.Equal(0, tokens.TokenAt(0));
            Assert.Equal(1, tokens.TokenAt(1));
            Assert.Equal(1, tokens.TokenAt(6));
            Assert.Equal(3, tokens.TokenAt(17));
            Assert.Equal(tokens.Count, tokens.TokenAt(18));
        }
        finally
        {
            tokens.Release();
        }
    }

    private readonly struct Itself : IPositionOf<int>
    {
        public static int Of(in int item) => item;
    }
}
