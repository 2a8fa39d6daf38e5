using System.Collections.Generic;
using Sitrep.Actors;
using Sitrep.Sources;
using Sitrep.Text.Actors;
using Xunit;

namespace Sitrep.Tests.Text.Actors;

public class RefIndexTests
{
    private static ActorRef Ref(int first, int last, ActorUse use = ActorUse.None) =>
        new(first, last, new ActorMention(new TextSpan(first, last - first + 1), "x", new ActorId($"actor:a{first}-{last}"), "x", ActorKind.Unknown, null, ActorMentionForm.Name), use);

    [Fact]
    public void By_first_token_the_longest_mention_wins_and_positions_without_one_are_empty()
    {
        var refs = new List<ActorRef> { Ref(2, 2), Ref(2, 5), Ref(2, 3), Ref(7, 7) };
        var index = new RefIndex(refs, 10, static r => r.First, static _ => true, static (r, known) => r.Last > known.Last);

        Assert.True(index.TryGetValue(2, out var found));
        Assert.Equal(5, found.Last);
        Assert.True(index.ContainsKey(7));
        Assert.False(index.TryGetValue(3, out _));
        Assert.False(index.TryGetValue(-1, out _));
        Assert.False(index.TryGetValue(10, out _));
        Assert.Equal(2, index.Count);
    }

    [Fact]
    public void Mentions_left_out_or_keyed_outside_the_text_are_not_filed()
    {
        var refs = new List<ActorRef> { Ref(1, 1, ActorUse.Modifier), Ref(3, 12), Ref(4, 4) };
        var index = new RefIndex(refs, 10, static r => r.Last, static r => (r.Use & ActorUse.Modifier) == 0, static (r, known) => r.First < known.First);

        Assert.False(index.ContainsKey(1));
        Assert.False(index.ContainsKey(12));
        Assert.True(index.ContainsKey(4));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void A_released_index_is_empty_and_a_new_one_over_a_reused_array_starts_clean()
    {
        var refs = new List<ActorRef> { Ref(0, 0), Ref(5, 6) };
        var first = new RefIndex(refs, 8, static r => r.First, static _ => true, static (r, known) => r.Last > known.Last);
        first.Release();

        Assert.False(first.ContainsKey(0));
        Assert.Equal(0, first.Count);

        // The pool may hand the same array out again: nothing of the first index shows through.
        var second = new RefIndex([Ref(3, 3)], 8, static r => r.First, static _ => true, static (r, known) => r.Last > known.Last);
        Assert.False(second.ContainsKey(0));
        Assert.False(second.ContainsKey(5));
        Assert.True(second.ContainsKey(3));
        second.Release();
    }
}
