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
}
