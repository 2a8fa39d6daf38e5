using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sitrep.Datasets.Parsing;

namespace Sitrep.Tests.Datasets.Parsing;

public class IdTrackerTests
{
    [Property(MaxTest = 200)]
    public Property Uses_and_first_lines_match_a_dictionary_for_any_ids()
    {
        // Ids from a small alphabet with trailing numbers, so that repeats, shared prefixes and neighbouring numbers
        // (which share a bucket) are common.
        var id =
            from prefix in Gen.Elements(string.Empty, "IRQ", "ETH", "a-", "0")
            from number in Gen.Choose(0, 300)
            from pad in Gen.Elements(string.Empty, "0", "x")
            select prefix + pad + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Prop.ForAll(Gen.ListOf(id).ToArbitrary(), ids =>
        {
            var tracker = new IdTracker();
            var model = new Dictionary<string, (int Uses, long FirstLine)>();
            var line = 0L;
            foreach (var value in ids)
            {
                line++;
                var expected = model.TryGetValue(value, out var e) ? (e.Uses + 1, e.FirstLine) : (1, line);
                model[value] = expected;
                Assert.Equal(expected, tracker.Use(value, line));
            }
        });
    }

    [Fact]
    public void Many_ids_in_sequence_and_out_of_it_are_told_apart_from_repeats()
    {
        var tracker = new IdTracker();
        var ids = Enumerable.Range(0, 200_000).Select(i => "ACLED" + i).ToList();
        var shuffled = Enumerable.Range(0, 100_000).Select(i => "G" + ((i * 7919L) % 100_000)).ToList();

        Assert.All(ids.Concat(shuffled).Select((id, i) => tracker.Use(id, i + 1)), r => Assert.Equal(1, r.Uses));
        Assert.Equal((2, 12346L), tracker.Use("ACLED12345", 999_999));
        Assert.Equal((3, 12346L), tracker.Use("ACLED12345", 1_000_000));
        Assert.Equal(1, tracker.Use("ACLED0012345", 1_000_001).Uses);
        Assert.False(tracker.Full);
    }

    [Fact]
    public void Past_its_capacity_the_tracker_says_it_is_full_and_still_finds_what_it_holds()
    {
        var tracker = new IdTracker(capacity: 3);
        tracker.Use("a", 1);
        tracker.Use("b", 2);
        tracker.Use("c", 3);

        Assert.Equal(1, tracker.Use("d", 4).Uses);
        Assert.True(tracker.Full);
        Assert.Equal((2, 1L), tracker.Use("a", 5));
    }

    [Fact]
    public void A_returned_table_starts_empty()
    {
        var tracker = new IdTracker();
        tracker.Use("x1", 1);
        tracker.ReturnTable();

        Assert.Equal((1, 7L), tracker.Use("x1", 7));
    }
}
