using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sitrep.Estimates;
using Sitrep.Text.Numbers;

namespace Sitrep.Tests.Text.Numbers;

public class NumberScannerTests
{
    [Property(MaxTest = 2000)]
    public void Any_integer_to_999999_in_english_words_reads_back_to_itself(NonNegativeInt seed, bool british, bool hyphens)
    {
        var n = seed.Get % 1_000_000;
        var words = EnglishNumbers.Render(n, british, hyphens);

        var mention = Assert.Single(NumberScanner.Find(words));

        Assert.Equal(Estimate.Exactly(n).WithPhrase(words), mention.Value);
        Assert.Equal(words, mention.Text);
        Assert.Equal(NumberForm.Words, mention.Form);
    }

    [Property(MaxTest = 1000)]
    public void Any_integer_in_digits_with_or_without_separators_reads_back(NonNegativeInt seed, bool separators)
    {
        long n = seed.Get;
        var digits = n.ToString(separators ? "N0" : "D", System.Globalization.CultureInfo.InvariantCulture);
        var text = "Officials said " + digits + " people were killed.";

        var mention = Assert.Single(NumberScanner.Find(text));

        Assert.Equal(n, mention.Value.Best);
        Assert.Equal(digits, mention.Text);
    }

    [Property(MaxTest = 1000)]
    public void Spans_lie_inside_the_text_and_hold_the_mention_for_any_string(string text)
    {
        text ??= string.Empty;

        var mentions = NumberScanner.Find(text);

        var end = 0;
        foreach (var mention in mentions)
        {
            Assert.InRange(mention.Span.Start, end, text.Length);
            Assert.InRange(mention.Span.End, mention.Span.Start + 1, text.Length);
            Assert.Equal(text.Substring(mention.Span.Start, mention.Span.Length), mention.Text);
            end = mention.Span.End;
        }
    }

    [Property(MaxTest = 300)]
    public void News_like_text_built_from_number_words_never_throws_and_spans_hold(NonEmptyArray<int> picks)
    {
        string[] vocabulary = ["at", "least", "more", "than", "a", "dozen", "dozens", "of", "twenty", "-", "one", "hundred", "and", "1,200", "10", "to", "15", "between", "several", "killed", "2019", "in", "first", "or", "more", ",", "nearly", "thousand", "million", "3rd", "$5", "10:30", "50%"];
        var text = string.Join(" ", picks.Get.Select(p => vocabulary[(int)((uint)p % (uint)vocabulary.Length)]));

        foreach (var mention in NumberScanner.Find(text))
        {
            Assert.Equal(text.Substring(mention.Span.Start, mention.Span.Length), mention.Text);
            Assert.True(mention.Value.Low is null or >= 0 && mention.Value.High is null or >= 0);
        }
    }

    [Theory]
    [InlineData("killed seven members of the security forces", "seven", "Exact", null, 7L, null)]
    [InlineData("15 of its fighters were killed", "15", "Exact", null, 15L, null)]
    [InlineData("at least 20 people", "at least 20", "AtLeast", 20L, null, null)]
    [InlineData("more than 100 civilians", "more than 100", "AtLeast", 101L, null, null)]
    [InlineData("nearly 30 soldiers", "nearly 30", "About", null, 30L, null)]
    [InlineData("about 1,200 displaced", "about 1,200", "About", null, 1200L, null)]
    [InlineData("up to 50 wounded", "up to 50", "AtMost", null, null, 50L)]
    [InlineData("fewer than ten", "fewer than ten", "AtMost", null, null, 9L)]
    [InlineData("between 10 and 15 killed", "between 10 and 15", "Range", 10L, null, 15L)]
    [InlineData("10 to 15 killed", "10 to 15", "Range", 10L, null, 15L)]
    [InlineData("10-15 killed", "10-15", "Range", 10L, null, 15L)]
    [InlineData("two or three wounded", "two or three", "Range", 2L, null, 3L)]
    [InlineData("five or more", "five or more", "AtLeast", 5L, null, null)]
    [InlineData("a dozen rockets", "a dozen", "Exact", null, 12L, null)]
    [InlineData("a minimum of 5 killed", "a minimum of 5", "AtLeast", 5L, null, null)]
    [InlineData("a maximum of 40 detained", "a maximum of 40", "AtMost", null, null, 40L)]
    [InlineData("an estimated 300 fled", "an estimated 300", "About", null, 300L, null)]
    [InlineData("a hundred were hurt", "a hundred", "Exact", null, 100L, null)]
    [InlineData("a thousand fled", "a thousand", "Exact", null, 1000L, null)]
    [InlineData("a couple were hurt", "a couple", "Range", 2L, null, 2L)]
    [InlineData("two dozen", "two dozen", "Exact", null, 24L, null)]
    [InlineData("three dozens", "three dozens", "Exact", null, 36L, null)]
    [InlineData("one hundred and sixteen", "one hundred and sixteen", "Exact", null, 116L, null)]
    [InlineData("twenty-two", "twenty-two", "Exact", null, 22L, null)]
    [InlineData("1.5 million refugees", "1.5 million", "Exact", null, 1_500_000L, null)]
    [InlineData("two thousand and two hundred", "two thousand and two hundred", "Exact", null, 2_200L, null)]
    [InlineData("a hundred", "a hundred", "Exact", null, 100L, null)]
    [InlineData("dozens of people", "dozens", "AtLeast", 24L, null, null)]
    [InlineData("several rockets", "several", "Range", 3L, null, 9L)]
    [InlineData("a few hours", "a few", "Range", 2L, null, 5L)]
    [InlineData("tens of thousands fled", "tens of thousands", "AtLeast", 20_000L, null, null)]
    [InlineData("hundreds of families", "hundreds", "AtLeast", 200L, null, null)]
    [InlineData("half a dozen soldiers", "half a dozen", "Exact", null, 6L, null)]
    [InlineData("3 hundred and 21", "3 hundred and 21", "Exact", null, 321L, null)]
    [InlineData("4 thousand 3 hundred and 21", "4 thousand 3 hundred and 21", "Exact", null, 4321L, null)]
    [InlineData("one trillion", "one trillion", "Exact", null, 1_000_000_000_000L, null)]
    [InlineData("40 000 people", "40 000", "Exact", null, 40_000L, null)]
    [InlineData("30 or fewer", "30 or fewer", "AtMost", null, null, 30L)]
    [InlineData("aged 30+", "30+", "AtLeast", 30L, null, null)]
    [InlineData("below 170", "below 170", "AtMost", null, null, 169L)]
    [InlineData("exceeding 150", "exceeding 150", "AtLeast", 151L, null, null)]
    [InlineData("less than or equal to 100", "less than or equal to 100", "AtMost", null, null, 100L)]
    [InlineData(">= 30", ">= 30", "AtLeast", 30L, null, null)]
    [InlineData("about five hundred or more", "five hundred or more", "AtLeast", 500L, null, null)]
    public void Counts_are_read_with_their_bounds_and_words(string text, string mentionText, string qualifier, long? low, long? best, long? high)
    {
        var mention = Assert.Single(NumberScanner.Find(text));

        Assert.Equal(mentionText, mention.Text);
        Assert.Equal(qualifier, mention.Value.Qualifier.ToString());
        Assert.Equal((low, best, high), (mention.Value.Low, mention.Value.Best, mention.Value.High));
        Assert.Equal(mentionText, mention.Value.Phrase);
        Assert.Equal(text.IndexOf(mentionText, System.StringComparison.Ordinal), mention.Span.Start);
    }

    [Theory]
    [InlineData("the third attack")]
    [InlineData("the twenty-first of March")]
    [InlineData("on the 21st")]
    [InlineData("in 2019")]
    [InlineData("since 1991,")]
    [InlineData("at 10:30 local time")]
    [InlineData("a 29km road")]
    [InlineData("a 15-year-old boy")]
    [InlineData("prices rose 20%")]
    [InlineData("20 percent")]
    [InlineData("$5 million")]
    [InlineData("the 1990s")]
    [InlineData("at least at least at least")]
    [InlineData("the one you mentioned")]
    [InlineData("which one do you prefer")]
    [InlineData("call +1-222-2222")]
    [InlineData("")]
    public void Ordinals_years_times_measures_and_money_are_not_counts(string text) => Assert.Empty(NumberScanner.Find(text));

    [Theory]
    [InlineData("M23 rebels shelled a camp", "")]
    [InlineData("the M-23 rebels", "")]
    [InlineData("the G7 summit", "")]
    [InlineData("flight MH17 was downed", "")]
    [InlineData("an F-16 and two AK-47 rifles", "two")]
    [InlineData("COVID-19 killed 3 people", "3")]
    [InlineData("mid-2021 fighting killed 40", "2021 40")]
    [InlineData("an under-18 team of 11", "18 11")]
    public void Digits_written_onto_letters_or_onto_a_capitalised_word_by_a_hyphen_are_no_count(string text, string counts) =>
        Assert.Equal(counts.Length == 0 ? [] : counts.Split(' '), NumberScanner.Find(text).Select(m => m.Text));

    [Fact]
    public void Two_counts_in_one_sentence_are_both_found()
    {
        var mentions = NumberScanner.Find("killing two and wounding five");

        Assert.Equal(["two", "five"], mentions.Select(m => m.Text));
    }

    [Fact]
    public void A_four_digit_count_is_not_taken_for_a_year()
    {
        var mention = Assert.Single(NumberScanner.Find("killed 2000 people"));

        Assert.Equal(2000, mention.Value.Best);
    }

    [Fact]
    public void Vague_amounts_follow_the_options()
    {
        var acled = new NumberOptions { VagueAmounts = [new VagueAmount("dozens", 12, 12)] };

        var mention = Assert.Single(NumberScanner.Find("dozens were killed", acled));

        Assert.Equal(Estimate.Range(12, 12).WithPhrase("dozens"), mention.Value);
    }

    [Fact]
    public void A_digit_run_too_long_for_a_count_is_one_unknown_figure_and_repeated_bounds_end_at_their_number()
    {
        var digits = new string('7', 100_000);
        var bounds = string.Concat(Enumerable.Repeat("at least ", 20_000)) + "5";

        var run = Assert.Single(NumberScanner.Find(digits));
        Assert.True(run.Value.IsUnknown);
        Assert.Equal(digits, run.Text);
        Assert.Equal("at least 5", Assert.Single(NumberScanner.Find(bounds)).Text);
    }

    [Theory]
    [InlineData("10,000,000,000,000,000,000 people were killed", "10,000,000,000,000,000,000")]
    [InlineData("99999999999999999999 people were killed", "99999999999999999999")]
    [InlineData("900,000,000,000,000,000 trillion people were killed", "900,000,000,000,000,000 trillion")]
    [InlineData("10,000,000,000 billion people were killed", "10,000,000,000 billion")]
    [InlineData("100,000,000,000,000,000 hundred people were killed", "100,000,000,000,000,000 hundred")]
    public void A_figure_beyond_any_count_is_one_unknown_mention_never_a_smaller_number(string text, string figure)
    {
        var mention = Assert.Single(NumberScanner.Find(text));

        Assert.Equal(figure, mention.Text);
        Assert.True(mention.Value.IsUnknown);
        Assert.Equal(figure, mention.Value.Phrase);
    }

    [Fact]
    public void A_count_of_nineteen_digits_in_groups_is_read_whole_not_cut_into_a_smaller_number()
    {
        var mention = Assert.Single(NumberScanner.Find("1,000,000,000,000,000,000 people were killed"));

        Assert.Equal(1_000_000_000_000_000_000, mention.Value.Best);
    }

    [Fact]
    public void The_largest_count_still_reads_as_a_number()
    {
        var mention = Assert.Single(NumberScanner.Find("9,223,372,036,854,775,807 people were killed"));

        Assert.Equal(Estimate.Exactly(long.MaxValue), mention.Value with { Phrase = null });
    }

    [Fact]
    public void A_figure_beyond_any_count_makes_an_unknown_casualty_count_and_a_warning()
    {
        var result = Sitrep.Text.ReportParser.Parse("10,000,000,000,000,000,000 people were killed in the blast.", new Sitrep.Text.ReportContext(new NodaTime.LocalDate(2026, 3, 28)));

        var count = Assert.Single(result.Draft.Incidents.SelectMany(i => i.Casualties));
        Assert.True(count.Estimate.IsUnknown);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Sitrep.Text.TextDiagnosticCodes.CountOutOfRange, warning.Code);
        Assert.Equal("10,000,000,000,000,000,000", warning.Value);
    }

    [Property(MaxTest = 500)]
    public void Digits_of_any_length_with_any_scale_never_throw(PositiveInt length, byte scale, bool groups)
    {
        var digits = new string('9', 1 + (length.Get % 40));
        if (groups)
        {
            digits = string.Join(",", Enumerable.Range(0, (digits.Length + 2) / 3).Select(_ => "999")).TrimStart(',');
        }

        var word = new[] { string.Empty, " hundred", " thousand", " million", " billion", " trillion", " dozen" }[scale % 7];

        var mentions = NumberScanner.Find(digits + word + " people were killed");

        Assert.All(mentions, m => Assert.True(m.Value.IsUnknown || m.Value.PointValue is >= 0));
    }

    [Fact]
    public void A_vague_amount_with_low_above_high_is_refused_as_a_caller_error()
    {
        var broken = new NumberOptions { VagueAmounts = [new VagueAmount("dozens", 30, 12)] };

        Assert.Throws<System.ArgumentException>(() => NumberScanner.Find("dozens", broken));
    }

}
