using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sitrep.Datasets.Parsing;

namespace Sitrep.Tests.Datasets.Parsing;

public class QuoteScanTests
{
    /// <summary>The vector scan finds the same break and quote state as a character-by-character walk, from any start.</summary>
    [Property(MaxTest = 1000)]
    public Property The_vector_scan_agrees_with_a_walk_of_the_characters() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements('a', '"', ',', '\n', '\r', 'é', ' ')).Select(c => new string(c)).ToArbitrary(),
            Gen.Choose(0, 200).ToArbitrary(),
            ArbMap.Default.ArbFor<bool>(),
            (text, start, quoted) =>
            {
                var from = text.Length == 0 ? 0 : start % (text.Length + 1);
                var expectedQuote = quoted;
                var expected = -1;
                for (var i = from; i < text.Length; i++)
                {
                    if (text[i] is '\n' or '\r')
                    {
                        expected = i;
                        break;
                    }

                    expectedQuote ^= text[i] == '"';
                }

                var actualQuote = quoted;
                var actual = QuoteScan.NextBreak(text, from, ref actualQuote);

                return actual == expected && actualQuote == expectedQuote;
            });

    /// <summary>The vector walk of single-line records stops where a walk of the characters does, with the same count.</summary>
    [Property(MaxTest = 1000)]
    public Property Single_line_records_are_walked_as_a_walk_of_the_characters_would() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements('a', 'a', 'a', '"', ',', '\n', '\r', 'é')).Select(c => new string(c)).ToArbitrary(),
            ArbMap.Default.ArbFor<bool>(),
            Gen.Choose(1, 60).ToArbitrary(),
            (text, quotes, max) =>
            {
                var (expected, expectedLines, expectedMulti) = Reference(text, quotes, max);
                var lines = 0;
                var actual = QuoteScan.SingleLineRecords(text, 0, max, quotes, ref lines, out var multi);
                return actual == expected && lines == expectedLines && multi == expectedMulti;
            });

    private static (int Released, int Lines, bool Multi) Reference(string text, bool quotes, int max)
    {
        int recordStart = 0, lines = 0;
        var inQuote = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quotes && c == '"')
            {
                inQuote = !inQuote;
                continue;
            }

            if (c is not ('\n' or '\r'))
            {
                continue;
            }

            if (inQuote)
            {
                return (recordStart, lines, true);
            }

            if (c == '\r' && i + 1 == text.Length)
            {
                return (recordStart, lines, false);
            }

            var end = c == '\r' && text[i + 1] == '\n' ? i + 2 : i + 1;
            if (i - recordStart > max)
            {
                return (recordStart, lines, false);
            }

            lines++;
            recordStart = end;
            i = end - 1;
        }

        return (recordStart, lines, false);
    }

    [Fact]
    public void Long_runs_cross_vector_blocks()
    {
        var text = new string('a', 37) + "\"" + new string('b', 50) + "\"\"" + new string('c', 20) + "\n";
        var inQuote = false;

        Assert.Equal(text.Length - 1, QuoteScan.NextBreak(text, 0, ref inQuote));
        Assert.True(inQuote);
    }
}
