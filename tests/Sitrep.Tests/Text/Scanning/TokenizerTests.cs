using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sitrep.Text.Scanning;
using Xunit;

namespace Sitrep.Tests.Text.Scanning;

public class TokenizerTests
{
    // Letters from several scripts, apostrophes, digits with separators, dashes, space and punctuation: what the
    // tokenizer's fast ASCII path and its general path must agree on.
    private static readonly char[] Alphabet = "aZq'\u2019 \n,.-\u2014\u201C1209 İıÉéßΣςЖ\u00A0(".ToCharArray();

    public static Arbitrary<string> MixedText() =>
        Gen.ArrayOf(Gen.Elements(Alphabet)).Select(cs => new string(cs)).ToArbitrary();

    [Property(Arbitrary = [typeof(TokenizerTests)], MaxTest = 500)]
    public bool A_token_is_capitalised_exactly_when_it_is_a_word_whose_first_letter_is_upper_case(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Capitalised != (token.Kind == TokenKind.Word && char.IsUpper(text[token.Start])))
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void Capitalised_words_are_marked_and_the_rest_are_not()
    {
        var tokens = Tokenizer.Tokenize("Afghan forces met ISAF and \u00C9lys\u00E9e officials, 12 Jan.");

        var marked = Enumerable.Range(0, tokens.Count).Where(i => tokens[i].Capitalised).Select(i => tokens[i].Word).ToArray();

        Assert.Equal(["afghan", "isaf", "\u00E9lys\u00E9e", "jan"], marked);
    }

    [Property(Arbitrary = [typeof(TokenizerTests)], MaxTest = 500)]
    public bool Word_tokens_hold_the_invariant_lower_case_of_their_text_with_straight_apostrophes(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var written = text.AsSpan(token.Start, token.Length);
            var expected = token.Kind == TokenKind.Word ? written.ToString().ToLowerInvariant().Replace('\u2019', '\'') : null;
            if ((expected is not null && token.Word != expected) || (token.Kind == TokenKind.Symbol && token.Word != written.ToString()))
            {
                return false;
            }
        }

        return true;
    }

    [Theory]
    [InlineData(".5.6", ". 5.6")]
    [InlineData("x .1.2.3 y", "x . 1 . 2.3 y")]
    [InlineData("192.168.1.2", "192 . 168 . 1.2")]
    [InlineData("Oct.23", "oct . 23")]
    [InlineData("No.5 and .5", "no . 5 and .5")]
    public void A_point_before_digits_that_is_no_decimal_point_is_a_symbol(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(expected, string.Join(' ', tokens.Words()));
    }

    [Fact]
    public void Tokens_that_say_the_same_share_one_lexeme_within_and_across_texts()
    {
        var first = Tokenizer.Tokenize("Killed, KILLED and killed; 1,200 and 1,200.");
        var second = Tokenizer.Tokenize("They were killed in 1,200 places.");

        Assert.Same(first[0].Lexeme, first[2].Lexeme);
        Assert.Same(first[0].Lexeme, first[4].Lexeme);
        Assert.Same(first[0].Lexeme, second[2].Lexeme);
        Assert.Equal(1200m, first[6].Value);
        Assert.Same(first[6].Lexeme, second[4].Lexeme);
    }

    [Fact]
    public void Words_differing_only_in_the_apostrophe_share_a_lexeme()
    {
        // On a thread of its own: the thread's word table starts afresh when full, and other tests on this thread
        // may have filled it to the brim, so that the two words would land on either side of a fresh start.
        TokenList? tokens = null;
        var thread = new System.Threading.Thread(() => tokens = Tokenizer.Tokenize("Washington\u2019s Washington's"));
        thread.Start();
        thread.Join();

        Assert.Equal("washington's", tokens![0].Word);
        Assert.Same(tokens[0].Lexeme, tokens[1].Lexeme);
    }

    [Fact]
    public void The_word_table_stays_correct_past_its_size_limit_and_on_colliding_hashes()
    {
        var table = new WordTable();

        // Every key given the same hash: lookups beyond the probe limit still return the right text.
        var colliding = Enumerable.Range(0, 50).Select(n => "w" + n.ToString(CultureInfo.InvariantCulture)).ToArray();
        var lexemes = colliding.Select(w => table.Lookup(w, 42)).ToArray();
        Assert.Equal(colliding, lexemes.Select(l => l.Text));
        Assert.Same(lexemes[0], table.Lookup("w0", 42));

        // More distinct words than the table keeps: it starts afresh and every lookup still gives its own text.
        var words = Enumerable.Range(0, 70_000).Select(n => "x" + n.ToString(CultureInfo.InvariantCulture)).ToArray();
        foreach (var word in words)
        {
            Assert.Equal(word, table.Lower(word).Text);
        }

        Assert.Equal("x69999", table.Lower("X69999").Text);
    }

    [Fact]
    public async Task Each_thread_tokenizes_with_its_own_table()
    {
        var texts = Enumerable.Range(0, 8).Select(n => string.Join(' ', Enumerable.Range(0, 5_000).Select(k => $"w{n}x{k} killed {k * 7}"))).ToArray();
        var results = await Task.WhenAll(texts.Select(t => Task.Run(() => Tokenizer.Tokenize(t))));

        for (var n = 0; n < texts.Length; n++)
        {
            var tokens = results[n];
            for (var i = 0; i < tokens.Count; i++)
            {
                Assert.Equal(texts[n].Substring(tokens[i].Start, tokens[i].Length).ToLowerInvariant(), tokens[i].Word);
            }
        }
    }

    [Fact]
    public void A_lexeme_fact_is_worked_out_once_and_then_read_back()
    {
        var calls = new List<string>();
        var fact = new LexemeFact(word =>
        {
            calls.Add(word);
            return word.StartsWith('k');
        });

        // On a thread of its own: each thread has its own bounded word table, and one that other tests have filled may
        // drop a word (a full probe run, or the table's reset at its bound), which is then worked out again, by design.
        // A fresh table keeps both words, so what is pinned is the caching itself.
        var answers = Array.Empty<bool>();
        var thread = new Thread(() =>
        {
            var tokens = Tokenizer.Tokenize("kvothelled wzytherled kvothelled kvothelled wzytherled");
            answers = Enumerable.Range(0, tokens.Count).Select(i => fact.Of(tokens[i].Lexeme)).ToArray();
        });
        thread.Start();
        thread.Join();

        Assert.Equal([true, false, true, true, false], answers);
        Assert.Equal(["kvothelled", "wzytherled"], calls);
    }
}
