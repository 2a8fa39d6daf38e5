using System;
using System.Collections.Generic;
using System.Linq;
using Sitrep.Estimates;
using Sitrep.Sources;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.Numbers;

/// <summary>
/// Finds the counts in English text: digits with separators (<c>1,200</c>), words (<c>seven</c>, <c>twenty-two</c>,
/// <c>one hundred and sixteen</c>, <c>a dozen</c>, <c>two dozen</c>), digits with a scale (<c>1.5 million</c>),
/// vague amounts kept as ranges with their words (<c>dozens</c>, <c>several</c>, <c>a few</c>), bounds (<c>at
/// least</c>, <c>more than</c>, <c>nearly</c>, <c>about</c>, <c>up to</c>, <c>or more</c>) and ranges (<c>10 to
/// 15</c>, <c>between 10 and 15</c>, <c>10-15</c>, <c>two or three</c>). Ordinals, years, times, percentages, money,
/// measurements and ages are not counts and are left out. A hand-written scanner: linear in the length of the
/// text, whatever it holds; it never throws for any string.
/// </summary>
public static class NumberScanner
{
    /// <summary>Finds the counts in a text, in order.</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">How vague amounts are read, or <see langword="null"/> for plain English.</param>
    /// <returns>The mentions, each with its span; mentions never overlap.</returns>
    /// <exception cref="ArgumentException"><paramref name="options"/> has a vague amount without a phrase or with low above high.</exception>
    public static ValueArray<NumberMention> Find(string text, NumberOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var found = Find(tokens, options);
        tokens.Release();
        return found;
    }

    /// <summary>Finds the counts in text already tokenized (the casualty scanner shares its tokens).</summary>
    internal static ValueArray<NumberMention> Find(TokenList tokens, NumberOptions? options)
    {
        options ??= NumberOptions.Default;
        var scanner = new Scan(tokens, VagueTable.Of(options), ReferenceEquals(options, NumberOptions.Default));
        var mentions = new List<NumberMention>();

        // The default vague amounts are in the lexeme facts, so with them the scan visits only the tokens a count may
        // start at; other vague amounts are looked up at every word.
        var next = 0;
        foreach (var i in ReferenceEquals(options, NumberOptions.Default) ? tokens.Starts(CountStarts) : tokens.All)
        {
            if (i >= next && scanner.MayStartAt(i) && scanner.TryMention(i, out var mention, out var end))
            {
                mentions.Add(mention);
                next = end;
            }
        }

        return ValueArray.From(mentions);
    }

    // The words a count can start with: number words, "a"/"an" ("a dozen"), "half" ("half a dozen"), the first words
    // of bounds and of the default vague amounts, "between"/"from" for ranges, and the comparison signs ("> 30").
    private static readonly LexemeFact MayStart = new(word =>
        word is "between" or "from" or "half" or "a" or "an" or ">" or "<" or "\u2265" or "\u2264"
        || NumberWords.Units.ContainsKey(word) || NumberWords.Teens.ContainsKey(word) || NumberWords.Tens.ContainsKey(word)
        || NumberWords.BoundsByFirstWord.ContainsKey(word)
        || VagueTable.Of(NumberOptions.Default).MayStart(word));

    private static readonly StartSet CountStarts = new([MayStart], numbers: true);

    // What "a" or "an" must be followed by to start a count: "a dozen", "a hundred", "a thousand", the second words of
    // the default vague amounts ("a few", "a number of") and of the bounds ("a minimum of", "an estimated").
    private static readonly LexemeFact FollowsArticle = new(word =>
        word is "hundred" or "dozen"
        || NumberWords.Scales.ContainsKey(word)
        || VagueTable.Of(NumberOptions.Default).FollowsArticle(word)
        || NumberWords.Bounds.Any(b => b.Words is [var first, var second, ..] && first is "a" or "an" && second == word));

    /// <summary>A quantity read at a token: its value (or vague amount), form and the tokens it covers; <paramref name="TooLarge"/> when it is beyond what a count can hold.</summary>
    private readonly record struct Quantity(decimal Value, VagueAmount? Vague, NumberForm Form, int Start, int End, bool TooLarge = false);

    private sealed class Scan(TokenList tokens, VagueTable vague, bool defaultVague)
    {
        /// <summary>
        /// Whether a count may start at token <paramref name="i"/>. Most tokens start none: a word that is no number
        /// word, bound, range or vague amount (a bit test per token when the vague amounts are the defaults), an article
        /// before a word that cannot follow it in a count, a hyphen, a symbol that is no comparison sign.
        /// </summary>
        internal bool MayStartAt(int i)
        {
            ref readonly var token = ref tokens[i];
            return token.Kind switch
            {
                TokenKind.Number => true,
                TokenKind.Hyphen => false,
                TokenKind.Symbol => token.Symbol is '>' or '<' or '\u2265' or '\u2264',
                _ when !defaultVague => MayStart.Of(token.Lexeme) || vague.MayStart(token.Word),

                // Most words fail the bit test; "a" and "an" pass it and then need a word that can follow them.
                _ => MayStart.Of(token.Lexeme)
                    && (token.Word is not ("a" or "an") || (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && FollowsArticle.Of(tokens[i + 1].Lexeme))),
            };
        }

        internal bool TryMention(int i, out NumberMention mention, out int next)
        {
            mention = null!;
            next = i;

            // "between 10 and 15", "from 10 to 15"
            if (Is(i, "between") || Is(i, "from"))
            {
                var joiner = Is(i, "between") ? "and" : "to";
                if (TryQuantity(i + 1, out var low) && low.Vague is null && !low.TooLarge && Is(low.End, joiner) && TryQuantity(low.End + 1, out var high) && high.Vague is null && !high.TooLarge
                    && Integer(low.Value) is { } lo && Integer(high.Value) is { } hi && hi > lo)
                {
                    mention = Make(i, high.End, Estimate.Range(lo, hi), low.Form);
                    next = high.End;
                    return true;
                }
            }

            var bound = MatchBound(i, out var afterBound);
            var start = bound is null ? i : afterBound;
            if (!TryQuantity(start, out var quantity))
            {
                return false;
            }

            var end = quantity.End;
            Estimate value;
            if (quantity.Vague is { } amount)
            {
                value = amount.High is { } top && bound is not (NumberWords.Bound.AtLeast or NumberWords.Bound.MoreThan) ? Estimate.Range(amount.Low, top) : Estimate.AtLeast(amount.Low);
            }
            else
            {
                if (quantity.TooLarge)
                {
                    // A figure beyond what a count holds is kept as an unknown count with its words, so the reader
                    // sees the phrase and a diagnostic instead of a zero or nothing.
                    mention = Make(i, end, Estimate.Unknown, quantity.Form);
                    next = end;
                    return true;
                }

                if (Integer(quantity.Value) is not { } n)
                {
                    return false;
                }

                value = Estimate.Exactly(n);
                if (bound is null && TryRangeEnd(quantity, n, out var rangeEnd, out var ranged))
                {
                    value = ranged;
                    end = rangeEnd;
                }
                else if (bound is null && MatchTrailing(end, out var trailing, out var afterTrailing))
                {
                    value = trailing == NumberWords.Bound.AtLeast ? Estimate.AtLeast(n) : Estimate.AtMost(n);
                    end = afterTrailing;
                }
                else if (bound == NumberWords.Bound.About && MatchTrailing(end, out var trailingAfterAbout, out var afterAbout))
                {
                    // "about five hundred or more": the trailing bound says more than "about".
                    value = trailingAfterAbout == NumberWords.Bound.AtLeast ? Estimate.AtLeast(n) : Estimate.AtMost(n);
                    mention = Make(start, afterAbout, value, quantity.Form);
                    next = afterAbout;
                    return true;
                }
                else if (bound is { } kind)
                {
                    value = kind switch
                    {
                        NumberWords.Bound.AtLeast => Estimate.AtLeast(n),
                        NumberWords.Bound.MoreThan => Estimate.AtLeast(n == long.MaxValue ? n : n + 1),
                        NumberWords.Bound.AtMost => Estimate.AtMost(n),
                        NumberWords.Bound.FewerThan => n > 0 ? Estimate.AtMost(n - 1) : Estimate.Exactly(0),
                        NumberWords.Bound.Exactly => Estimate.Exactly(n),
                        _ => Estimate.About(n),
                    };
                }
            }

            mention = Make(i, end, value, quantity.Form);
            next = end;
            return true;
        }

        /// <summary>"10 to 15", "10-15", "two or three": a second exact quantity above the first.</summary>
        private bool TryRangeEnd(Quantity first, long low, out int end, out Estimate value)
        {
            end = 0;
            value = default;
            var at = first.End;
            var joined = (Is(at, "to") || Is(at, "or")) || (at < tokens.Count && tokens[at].Kind == TokenKind.Hyphen && first.Form == NumberForm.Digits && tokens[at - 1].Glued && tokens[at].Glued);
            if (!joined || !TryQuantity(at + 1, out var second) || second.Vague is not null || second.TooLarge || Integer(second.Value) is not { } high || high <= low)
            {
                return false;
            }

            // "222-2222-2222", "5-17/2018": parts of a code or a date, not a range.
            if (tokens[second.End - 1].Glued && second.End < tokens.Count && tokens[second.End].Kind is TokenKind.Hyphen or TokenKind.Symbol && tokens[second.End].Symbol is '-' or '/' or '.' && second.End + 1 < tokens.Count && tokens[second.End + 1].Kind == TokenKind.Number)
            {
                return false;
            }

            end = second.End;
            value = Estimate.Range(low, high);
            return true;
        }

        private bool MatchTrailing(int i, out NumberWords.Bound kind, out int after)
        {
            var candidates = i < tokens.Count && tokens[i].Kind == TokenKind.Word && NumberWords.TrailingByFirstWord.TryGetValue(tokens[i].Word, out var found) ? found : [];
            foreach (var (words, bound) in candidates)
            {
                var k = 0;
                while (k < words.Length && Is(i + k, words[k]))
                {
                    k++;
                }

                if (k == words.Length)
                {
                    kind = bound;
                    after = i + k;
                    return true;
                }
            }

            // "30+" as a bound.
            if (i < tokens.Count && tokens[i - 1].Glued && tokens[i].Kind == TokenKind.Symbol && tokens[i].Symbol == '+' && (i + 1 >= tokens.Count || !tokens[i].Glued || tokens[i + 1].Kind != TokenKind.Number))
            {
                kind = NumberWords.Bound.AtLeast;
                after = i + 1;
                return true;
            }

            kind = default;
            after = i;
            return false;
        }

        private NumberWords.Bound? MatchBound(int i, out int after)
        {
            after = i;
            if (i < tokens.Count && tokens[i].Kind == TokenKind.Symbol && tokens[i].Symbol is '>' or '<' or '\u2265' or '\u2264')
            {
                var symbol = tokens[i].Symbol;
                var orEqual = symbol is '\u2265' or '\u2264';
                var k = i + 1;
                if (!orEqual && k < tokens.Count && tokens[k].Kind == TokenKind.Symbol && tokens[k].Symbol == '=')
                {
                    orEqual = true;
                    k++;
                }

                after = k;
                return symbol is '>' or '\u2265' ? (orEqual ? NumberWords.Bound.AtLeast : NumberWords.Bound.MoreThan) : (orEqual ? NumberWords.Bound.AtMost : NumberWords.Bound.FewerThan);
            }

            var candidates = i < tokens.Count && tokens[i].Kind == TokenKind.Word && NumberWords.BoundsByFirstWord.TryGetValue(tokens[i].Word, out var found) ? found : [];
            foreach (var (words, kind) in candidates)
            {
                var k = 0;
                while (k < words.Length && Is(i + k, words[k]))
                {
                    k++;
                }

                if (k == words.Length)
                {
                    after = i + k;
                    return kind;
                }
            }

            return null;
        }

        /// <summary>A vague amount, a number in digits (with a scale) or in words, filtered for what is not a count.</summary>
        private bool TryQuantity(int i, out Quantity quantity)
        {
            quantity = default;
            if (i >= tokens.Count)
            {
                return false;
            }

            if (TryVague(i, out quantity))
            {
                return true;
            }

            var token = tokens[i];
            if (token.Kind == TokenKind.Number)
            {
                return TryDigits(i, out quantity);
            }

            if (token.Kind == TokenKind.Word && token.Word == "one" && i > 0 && tokens[i - 1].Kind == TokenKind.Word && NumberWords.PronounOneCues.Contains(tokens[i - 1].Word) && !Is(i + 1, "of")
                && !(i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && (NumberWords.Scales.ContainsKey(tokens[i + 1].Word) || tokens[i + 1].Word is "hundred" or "dozen")))
            {
                return false;
            }

            if (token.Kind == TokenKind.Word && TryWords(i, out var value, out var end))
            {
                quantity = new Quantity(value, null, NumberForm.Words, i, end);
                return true;
            }

            return false;
        }

        private bool TryVague(int i, out Quantity quantity)
        {
            quantity = default;
            if (tokens[i].Kind != TokenKind.Word || !vague.MayStart(tokens[i].Word))
            {
                return false;
            }

            // The longest phrase whose words are the next word tokens.
            VagueAmount? found = null;
            var foundEnd = i;
            foreach (var (words, amount) in vague.StartingWith(tokens[i].Word))
            {
                var k = 1;
                while (k < words.Length && i + k < tokens.Count && tokens[i + k].Kind == TokenKind.Word && tokens[i + k].Word == words[k])
                {
                    k++;
                }

                if (k == words.Length && i + k > foundEnd)
                {
                    found = amount;
                    foundEnd = i + k;
                }
            }

            if (found is null)
            {
                return false;
            }

            quantity = new Quantity(0, found, NumberForm.Vague, i, foundEnd);
            return true;
        }

        private bool TryDigits(int i, out Quantity quantity)
        {
            quantity = default;
            var token = tokens[i];
            var previous = i > 0 ? tokens[i - 1] : default;
            var hasPrevious = i > 0;

            // Money, times, ids, percentages, measurements, ordinals, decades and ages are not counts.
            if (hasPrevious && previous.Glued && ((previous.Kind == TokenKind.Symbol && previous.Symbol is '$' or '£' or '€' or '#' or ':' or '.' or '/' or '+') || previous.Kind == TokenKind.Number))
            {
                return false;
            }

            // "M23 rebels", "the G7", "flight MH17", "an F-16", "AK-47 rifles", "COVID-19": digits written onto letters, or
            // onto a capitalised word by a hyphen, are a name's or a model's, not a count ("mid-2021", "under-18" are not
            // capitalised).
            if (hasPrevious && previous.Glued && (previous.Kind == TokenKind.Word
                || (previous.Kind == TokenKind.Hyphen && i > 1 && tokens[i - 2].Kind == TokenKind.Word && tokens[i - 2].Glued && tokens[i - 2].Capitalised)))
            {
                return false;
            }

            // "1-222-2222": the middle of a code joined by hyphens.
            if (hasPrevious && previous.Kind == TokenKind.Hyphen && previous.Glued && i > 2 && tokens[i - 2].Kind == TokenKind.Number && tokens[i - 2].Glued
                && tokens[i - 3].Glued && (tokens[i - 3].Kind == TokenKind.Hyphen || tokens[i - 3].Symbol is '+' or '/'))
            {
                return false;
            }

            if (token.Glued && i + 1 < tokens.Count)
            {
                var following = tokens[i + 1];
                if (following.Kind is TokenKind.Word or TokenKind.Number || (following.Kind == TokenKind.Symbol && following.Symbol is '%' or ':' or '/' or '\'' or '\u2019' or '$'))
                {
                    return false;
                }

                if (following.Kind == TokenKind.Hyphen && following.Glued && i + 2 < tokens.Count && tokens[i + 2].Kind == TokenKind.Word)
                {
                    return false;
                }
            }

            if (Is(i + 1, "percent") || (Is(i + 1, "per") && Is(i + 2, "cent")))
            {
                return false;
            }

            if (token.TooLarge)
            {
                quantity = new Quantity(0, null, NumberForm.Digits, i, ScaleEnd(i + 1), TooLarge: true);
                return true;
            }

            // "3 hundred and 21", "4 thousand 3 hundred": digits inside a run of number words.
            if (decimal.Truncate(token.Value) == token.Value && TryWords(i, out var run, out var runEnd) && runEnd > i + 1)
            {
                quantity = new Quantity(run, null, NumberForm.Mixed, i, runEnd);
                return true;
            }

            var value = token.Value;
            var end = i + 1;
            var form = NumberForm.Digits;
            if (end < tokens.Count && tokens[end].Kind == TokenKind.Word)
            {
                if (NumberWords.Scales.TryGetValue(tokens[end].Word, out var scale))
                {
                    if (value > long.MaxValue / scale)
                    {
                        quantity = new Quantity(0, null, NumberForm.Mixed, i, end + 1, TooLarge: true);
                        return true;
                    }

                    value *= scale;
                    end++;
                    form = NumberForm.Mixed;
                }
                else if (tokens[end].Word == "hundred")
                {
                    if (value > long.MaxValue / 100)
                    {
                        quantity = new Quantity(0, null, NumberForm.Mixed, i, end + 1, TooLarge: true);
                        return true;
                    }

                    value *= 100;
                    end++;
                    form = NumberForm.Mixed;
                }
            }

            if (form == NumberForm.Digits && IsYear(i, token))
            {
                return false;
            }

            quantity = new Quantity(value, null, form, i, end);
            return true;
        }

        private bool IsYear(int i, Token token)
        {
            if (token.Length != 4 || token.HasSeparators || token.Value is < 1800 or > 2100 || decimal.Truncate(token.Value) != token.Value)
            {
                return false;
            }

            var previousIsCue = i > 0 && tokens[i - 1].Kind == TokenKind.Word && NumberWords.YearCues.Contains(tokens[i - 1].Word);
            var nextIsEnd = i + 1 >= tokens.Count || tokens[i + 1].Kind == TokenKind.Symbol;
            return previousIsCue || nextIsEnd;
        }

        /// <summary>
        /// The longest run of number words that makes one number: units, teens and tens with hyphens, hundreds,
        /// thousands, millions and billions in descending order, "and" after a hundred or a scale, "a" before a
        /// hundred, a thousand or a dozen. A run that runs into an ordinal (<c>twenty-first</c>) is no count.
        /// </summary>
        private bool TryWords(int i, out decimal value, out int end)
        {
            value = 0;
            end = i;
            long total = 0, current = 0;
            var last = Last.None;
            var lastScale = long.MaxValue;
            var hundredInGroup = false;
            var goodEnd = -1;
            long goodValue = 0;
            var k = i;
            if (Is(k, "half") && Is(k + 1, "a") && Is(k + 2, "dozen"))
            {
                value = 6;
                end = k + 3;
                return true;
            }

            if ((Is(k, "a") || Is(k, "an")) && k + 1 < tokens.Count && (Is(k + 1, "hundred") || Is(k + 1, "dozen") || NumberWords.Scales.ContainsKey(tokens[k + 1].Word)))
            {
                current = 1;
                last = Last.Article;
                k++;
            }

            for (; k < tokens.Count; k++)
            {
                var token = tokens[k];
                if (token.Kind == TokenKind.Hyphen && last == Last.Tens && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word && NumberWords.Units.ContainsKey(tokens[k + 1].Word))
                {
                    continue;
                }

                if (token.Kind == TokenKind.Number)
                {
                    // Digits below 1,000 inside a run of words: "4 thousand 3 hundred and 21".
                    if (!token.HasSeparators && token.Value < 1000 && decimal.Truncate(token.Value) == token.Value && last is Last.None or Last.Scale or Last.And
                        && !(token.Glued && k + 1 < tokens.Count && tokens[k + 1].Kind != TokenKind.Word)
                        && !(last == Last.None && k + 1 < tokens.Count && !IsScaleWord(tokens[k + 1])))
                    {
                        current += (long)token.Value;
                        last = Last.Digits;
                        goodEnd = k + 1;
                        goodValue = total + current;
                        continue;
                    }

                    break;
                }

                if (token.Kind != TokenKind.Word)
                {
                    break;
                }

                var word = token.Word;
                // "3 hundred and 2 hundred" is two numbers: "and" does not join a second hundred.
                if (word == "and" && last is Last.Hundred or Last.Scale && IsSmallNumber(k + 1) && !(hundredInGroup && Is(k + 2, "hundred")))
                {
                    last = Last.And;
                    continue;
                }

                if (NumberWords.Units.TryGetValue(word, out var unit) && last is Last.None or Last.Tens or Last.Hundred or Last.Scale or Last.And)
                {
                    if (unit == 0 && last != Last.None)
                    {
                        break;
                    }

                    current += unit;
                    last = unit == 0 ? Last.Zero : Last.Unit;
                }
                else if (NumberWords.Teens.TryGetValue(word, out var teen) && last is Last.None or Last.Hundred or Last.Scale or Last.And)
                {
                    current += teen;
                    last = Last.Teen;
                }
                else if (NumberWords.Tens.TryGetValue(word, out var tens) && last is Last.None or Last.Hundred or Last.Scale or Last.And)
                {
                    current += tens;
                    last = Last.Tens;
                }
                else if (word == "hundred" && last is Last.Unit or Last.Teen or Last.Article or Last.Digits && !hundredInGroup && (current is > 0 and < 100 || (last == Last.Digits && current > 0)))
                {
                    current *= 100;
                    hundredInGroup = true;
                    last = Last.Hundred;
                }
                else if ((word == "dozen" || (word == "dozens" && last is Last.Unit or Last.Digits)) && last is Last.Unit or Last.Article or Last.Digits && current is > 0 and < 100 && total == 0)
                {
                    current *= 12;
                    last = Last.Dozen;
                }
                else if (NumberWords.Scales.TryGetValue(word, out var scale) && last is Last.Unit or Last.Teen or Last.Tens or Last.Hundred or Last.Article or Last.Digits && current > 0 && scale < lastScale)
                {
                    total += current * scale;
                    current = 0;
                    lastScale = scale;
                    hundredInGroup = false;
                    last = Last.Scale;
                }
                else
                {
                    break;
                }

                goodEnd = k + 1;
                goodValue = total + current;
                if (last is Last.Dozen or Last.Zero)
                {
                    break;
                }
            }

            if (goodEnd < 0)
            {
                return false;
            }

            // "twenty-first", "twenty first", "one hundredth": ordinals, not counts.
            if (goodEnd < tokens.Count
                && ((tokens[goodEnd].Kind == TokenKind.Hyphen && goodEnd + 1 < tokens.Count && NumberWords.Ordinals.Contains(tokens[goodEnd + 1].Word))
                    || (tokens[goodEnd].Kind == TokenKind.Word && NumberWords.Ordinals.Contains(tokens[goodEnd].Word) && last is Last.Tens or Last.Hundred or Last.Scale or Last.And)))
            {
                return false;
            }

            value = goodValue;
            end = goodEnd;
            return true;
        }

        /// <summary>After a number too large to be a count, its scale word too ("10,000,000,000,000,000,000 million").</summary>
        private int ScaleEnd(int k) => k < tokens.Count && IsScaleWord(tokens[k]) ? k + 1 : k;

        private static bool IsScaleWord(Token token) =>
            token.Kind == TokenKind.Word && (token.Word is "hundred" or "dozen" or "dozens" || NumberWords.Scales.ContainsKey(token.Word));

        private bool IsSmallNumber(int k) =>
            k < tokens.Count && ((tokens[k].Kind == TokenKind.Word && IsSmallNumberWord(tokens[k].Word) && tokens[k].Word is not ("zero" or "nought" or "naught"))
                || (tokens[k].Kind == TokenKind.Number && tokens[k].Value is > 0 and < 100 && !tokens[k].HasSeparators));

        private static bool IsSmallNumberWord(string word) =>
            NumberWords.Units.ContainsKey(word) || NumberWords.Teens.ContainsKey(word) || NumberWords.Tens.ContainsKey(word);

        private static long? Integer(decimal value) =>
            value >= 0 && value <= long.MaxValue && decimal.Truncate(value) == value ? (long)value : null;

        private bool Is(int i, string word) => tokens.WordAt(i) == word;

        private NumberMention Make(int first, int endToken, Estimate value, NumberForm form)
        {
            var start = tokens[first].Start;
            var end = tokens[endToken - 1].End;
            var words = tokens.Cut(start, end - start);
            return new NumberMention(new TextSpan(start, end - start), words, value.WithPhrase(words), form);
        }
    }

    private enum Last
    {
        None,
        Article,
        Unit,
        Zero,
        Teen,
        Tens,
        Hundred,
        Dozen,
        Scale,
        And,
        Digits,
    }
}
