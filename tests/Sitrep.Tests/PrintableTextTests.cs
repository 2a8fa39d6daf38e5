using FsCheck.Xunit;

namespace Sitrep.Tests;

public class PrintableTextTests
{
    [Theory]
    [InlineData("plain text, accents é and Ωmega", "plain text, accents é and Ωmega")]
    [InlineData("line\nbreak", "line\\nbreak")]
    [InlineData("\u001B[2Jcleared", "\\u001B[2Jcleared")]
    [InlineData("a\r\n1 file checked: 0 errors", "a\\r\\n1 file checked: 0 errors")]
    [InlineData("right\u202Eleft", "right\\u202Eleft")]
    [InlineData("tab\there", "tab\\there")]
    public void Characters_that_change_what_a_terminal_shows_are_escaped(string text, string printed) =>
        Assert.Equal(printed, PrintableText.Escape(text));

    [Property(MaxTest = 1000)]
    public void Escaped_text_has_no_control_or_reordering_character(string text)
    {
        var printed = PrintableText.Escape(text) ?? string.Empty;

        Assert.DoesNotContain(printed, c => char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'));
    }
}
