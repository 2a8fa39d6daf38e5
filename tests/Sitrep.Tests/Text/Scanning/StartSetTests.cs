using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sitrep.Text;
using Sitrep.Text.Scanning;

namespace Sitrep.Tests.Text.Scanning;

public sealed class StartSetTests
{
    // Made once per test run: start sets and lexeme facts are registered for the life of the process.
    private static readonly LexemeFact EndsInEd = new(word => word.EndsWith("ed", StringComparison.Ordinal));
    private static readonly Lazy<StartSet> LateSet = new(() => new StartSet([EndsInEd], hyphens: true));

    // Words every scanner starts at, and others, mixed with numbers, signs, hyphens and capitals.
    private static readonly string[] Words =
    [
        "killed", "wounded", "said", "denied", "in", "near", "on", "the", "a", "an", "dozen", "several", "at", "least",
        "Friday", "yesterday", "March", "hours", "after", "strike", "drone", "Iraq", "US", "Afghan", "Taliban", "embassy",
        "2012", "15", "1,200", ">", "-", "\u2014", ",", ".", "\u201C", "and", "of", "forces", "ISAF", "pro", "Iran",
    ];

    public static Arbitrary<string> Texts() =>
        Gen.ArrayOf(Gen.Elements(Words)).Select(words => string.Join(' ', words)).ToArbitrary();

    static StartSetTests()
    {
        // Every scanner's start sets are registered by the time a report has been parsed once.
        ReportParser.Parse("Seven were killed in a strike on Friday, the US embassy said.", new ReportContext(new LocalDate(2026, 3, 28)));
    }

    [Property(Arbitrary = [typeof(StartSetTests)], MaxTest = 300)]
    public bool The_tokens_of_each_start_set_are_exactly_those_it_contains(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        try
        {
            foreach (var set in StartSet.All)
            {
                var marked = new List<int>();
                foreach (var i in tokens.Starts(set))
                {
                    marked.Add(i);
                }

                var expected = Enumerable.Range(0, tokens.Count).Where(i => set.Contains(in tokens[i]));
                if (!marked.SequenceEqual(expected))
                {
                    return false;
                }
            }

            return true;
        }
        finally
        {
            tokens.Release();
        }
    }

    [Fact]
    public void Every_scanner_has_registered_its_start_set()
    {
        Assert.True(StartSet.All.Length >= 8, $"{StartSet.All.Length} start sets");
        Assert.Equal(Enumerable.Range(0, StartSet.All.Length), StartSet.All.Select(s => s.Index));
    }

    [Fact]
    public void A_set_registered_after_the_tokens_were_marked_is_marked_on_its_first_use()
    {
        var tokens = Tokenizer.Tokenize("Gunmen attacked a checkpoint and wounded two - officials said");
        try
        {
            foreach (var _ in tokens.Starts(StartSet.All[0]))
            {
            }

            var late = new List<int>();
            foreach (var i in tokens.Starts(LateSet.Value))
            {
                late.Add(i);
            }

            Assert.Equal(["attacked", "wounded", "-"], late.Select(i => tokens[i].Word));
        }
        finally
        {
            tokens.Release();
        }
    }

    [Fact]
    public void Marks_agree_when_many_threads_mark_the_same_words_at_once()
    {
        const string text = "Afghan and coalition forces killed 12 insurgents in Helmand province yesterday, officials said - the Taliban denied it.";
        var expected = Marked(text);

        var results = new Dictionary<string, List<int>>[32];
        Parallel.For(0, results.Length, n => results[n] = Marked(text));

        Assert.All(results, result => Assert.Equal(expected.Keys, result.Keys));
        Assert.All(results, result => Assert.All(expected, pair => Assert.Equal(pair.Value, result[pair.Key])));
    }

    private static Dictionary<string, List<int>> Marked(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        try
        {
            var marked = new Dictionary<string, List<int>>();
            foreach (var set in StartSet.All)
            {
                var list = new List<int>();
                foreach (var i in tokens.Starts(set))
                {
                    list.Add(i);
                }

                marked[set.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)] = list;
            }

            return marked;
        }
        finally
        {
            tokens.Release();
        }
    }
}
