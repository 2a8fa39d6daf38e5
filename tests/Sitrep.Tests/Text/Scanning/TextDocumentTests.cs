using Sitrep.Text.Scanning;

namespace Sitrep.Tests.Text.Scanning;

/// <summary>Sentence ends as the scanners see them.</summary>
public sealed class TextDocumentTests
{
    [Theory]
    [InlineData("Gunmen struck at 9 a.m. on Tuesday and killed five.", 1)]
    [InlineData("Gunmen struck at 9 a.m., officials said.", 1)]
    [InlineData("Gunmen struck at 9 a.m. Another blast followed.", 2)]
    [InlineData("Gunmen struck at 9 p.m. Police arrived later.", 2)]
    [InlineData("U.N. officials said the talks failed.", 1)]
    [InlineData("Talks failed. Fighting resumed.", 2)]
    [InlineData("Gunmen struck at 5 a.m. Wednesday and killed five.", 1)]
    [InlineData("Gunmen struck at 5 a.m. March 3, officials said.", 1)]
    [InlineData("Talks began on Jan. 5 in Doha.", 1)]
    public void The_points_of_a_meridiem_end_a_sentence_only_before_a_capital_that_is_no_day_or_month(string text, int sentences)
    {
        using var document = new TextDocument(text);

        Assert.Equal(sentences, document.SentenceCount);
    }

    [Theory]
    [InlineData("The town grew in the 1990s. Today it is a ruin.", 2)]
    [InlineData("The band peaked in the '80s. It split in 1991.", 2)]
    [InlineData("Troops left the U.S. Army base.", 1)]
    [InlineData("U.S. officials said the talks failed in the 2000s.", 1)]
    public void A_decade_ends_a_sentence_where_the_s_of_us_does_not(string text, int sentences)
    {
        using var document = new TextDocument(text);

        Assert.Equal(sentences, document.SentenceCount);
    }

    [Theory]
    [InlineData("The governor said: \"Five people were killed.\" Police said three were wounded.", 2)]
    [InlineData("The governor said: \u201CFive people were killed.\u201D Police said three were wounded.", 2)]
    [InlineData("\"Are they safe?\" she asked. \"We do not know.\"", 2)]
    [InlineData("\u201CWhy?\u201D he asked.", 1)]
    [InlineData("Will he be back in two days? or in a week?", 1)]
    [InlineData("Is it over? Nobody knows.", 2)]
    [InlineData("Five were killed (one of them a child.) Police said so.", 2)]
    [InlineData("the commander said, according to the director.\"The leaders hide.", 1)]
    [InlineData("Why did they leave?\"The leaders hide.", 2)]
    public void A_sentence_ends_after_the_closing_marks_of_its_point_and_a_question_goes_on_before_a_small_letter(string text, int sentences)
    {
        using var document = new TextDocument(text);

        Assert.Equal(sentences, document.SentenceCount);
    }

    [Fact]
    public void A_quotation_closed_after_its_point_ends_its_sentence_so_the_next_sentence_starts_outside_it()
    {
        const string text = "He said: \"We left.\" Police said three were wounded.";
        using var document = new TextDocument(text);

        var police = document.TokenAt(text.IndexOf("Police", System.StringComparison.Ordinal));

        Assert.False(document.InQuote[police]);
        Assert.Equal(police, document.SentenceStart[police]);
    }
}
