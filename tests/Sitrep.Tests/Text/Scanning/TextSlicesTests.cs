using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using Sitrep.Text.Scanning;

namespace Sitrep.Tests.Text.Scanning;

public sealed class TextSlicesTests
{
    [Fact]
    public void Equal_slices_of_one_text_share_one_string()
    {
        const string text = "Afghan forces and Afghan police met Afghan elders.";
        var slices = new TextSlices(text);

        var first = slices.Cut(0, 6);
        var second = slices.Cut(18, 6);
        var third = slices.Cut(36, 6);

        Assert.Equal("Afghan", first);
        Assert.Same(first, second);
        Assert.Same(first, third);
    }

    [Fact]
    public void Different_slices_stay_different_and_a_prefix_is_not_the_word()
    {
        const string text = "Afghanistan Afghan Afghans";
        var slices = new TextSlices(text);

        Assert.Equal("Afghanistan", slices.Cut(0, 11));
        Assert.Equal("Afghan", slices.Cut(12, 6));
        Assert.Equal("Afghans", slices.Cut(19, 7));
        Assert.Equal("Afghan", slices.Cut(0, 6));
    }

    [Fact]
    public void A_slice_longer_than_the_limit_is_cut_afresh_each_time()
    {
        var sentence = new string('a', TextSlices.MaxLength + 1);
        var slices = new TextSlices(sentence + " " + sentence);

        var first = slices.Cut(0, sentence.Length);
        var second = slices.Cut(sentence.Length + 1, sentence.Length);

        Assert.Equal(sentence, first);
        Assert.Equal(sentence, second);
        Assert.NotSame(first, second);
    }

    [Fact]
    public void An_empty_slice_is_the_empty_string_and_a_span_outside_the_text_throws()
    {
        var slices = new TextSlices("abc");

        Assert.Same(string.Empty, slices.Cut(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => slices.Cut(2, 5));
    }

    [Fact]
    public void More_distinct_slices_than_the_table_keeps_are_still_cut_right()
    {
        // 100,000 distinct words: past the table's limit, words are cut but no longer kept.
        var words = Enumerable.Range(0, 100_000).Select(i => "w" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var text = string.Join(' ', words);
        var slices = new TextSlices(text);
        var at = 0;
        foreach (var word in words)
        {
            Assert.Equal(word, slices.Cut(at, word.Length));
            at += word.Length + 1;
        }

        Assert.Same(slices.Cut(0, 2), slices.Cut(0, 2));
        slices.Release();
    }

    [Fact]
    public void After_release_the_slices_handed_out_stay_valid_and_new_cuts_are_right()
    {
        const string text = "Kabul Kandahar Kabul";
        var slices = new TextSlices(text);
        var kabul = slices.Cut(0, 5);

        slices.Release();

        Assert.Equal("Kabul", kabul);
        Assert.Equal("Kandahar", slices.Cut(6, 8));
        Assert.Same(slices.Cut(15, 5), slices.Cut(0, 5));
    }

    [Property(MaxTest = 300)]
    public void Every_cut_is_the_text_at_its_span(NonNull<string> input, int[] starts, int[] lengths)
    {
        var text = input.Get;
        var slices = new TextSlices(text);
        var n = Math.Min(starts?.Length ?? 0, lengths?.Length ?? 0);
        for (var i = 0; i < n; i++)
        {
            if (text.Length == 0)
            {
                break;
            }

            var start = Math.Abs(starts![i] % text.Length);
            var length = Math.Abs(lengths![i] % (text.Length - start + 1));
            Assert.Equal(text.Substring(start, length), slices.Cut(start, length));
        }
    }
}
