using System;
using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Generic;
using Sitrep.Sources;

namespace Sitrep.Text.Scanning;

/// <summary>
/// A text cut into tokens, with what the scanners share: the sentence each token is in, whether it lies inside a
/// quotation and whether it lies inside a parenthetical aside ("— a coalition of armed groups ... —", "( ... )").
/// Built in one pass over the tokens. Its arrays are rented from the shared pools: dispose of it when the parse is over
/// (nothing found in it may refer to them), and they go back to the pools.
/// </summary>
internal sealed class TextDocument : IDisposable
{
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet<string>(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "lt", "capt", "sgt", "gen", "col",
        "maj", "mr", "mrs", "ms", "dr", "st", "no", "u", "s", "spc", "pfc", "cpl", "adm", "cmdr", "gov", "sen", "rep", "vs", "jr", "sr"], StringComparer.Ordinal);

    private readonly int[] sentenceEnds;
    private bool disposed;

    /// <summary>How far the parts of one statement or incident may lie from its word, in tokens: searches that belong
    /// to a sentence stay within this window, so text with no full stops cannot make them quadratic.</summary>
    internal const int Window = 60;

    internal TextDocument(string text)
        : this(text, Tokenizer.Tokenize(text))
    {
    }

    internal TextDocument(string text, TokenList tokens)
    {
        Text = text;
        Tokens = tokens;
        SentenceStart = ArrayPool<int>.Shared.Rent(tokens.Count);
        Sentence = ArrayPool<int>.Shared.Rent(tokens.Count);
        InQuote = ArrayPool<bool>.Shared.Rent(tokens.Count);
        InAside = ArrayPool<bool>.Shared.Rent(tokens.Count);
        Array.Clear(InQuote, 0, tokens.Count);
        Array.Clear(InAside, 0, tokens.Count);
        var start = 0;
        var sentence = 0;
        var quoted = false;
        var quoteMarks = new List<int>();
        var asideFrom = -1;
        var closedAt = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            SentenceStart[i] = start;
            Sentence[i] = sentence;
            ref readonly var t = ref tokens[i];
            var symbol = t.Kind == TokenKind.Symbol ? t.Symbol : '\0';
            if (symbol is '\u201C' or '\u201D' or '"')
            {
                quoted = symbol switch { '\u201C' => true, '\u201D' => false, _ => !quoted };
                quoteMarks.Add(i);
            }
            else
            {
                InQuote[i] = quoted;
            }

            if (IsAsideMark(in t))
            {
                if (asideFrom < 0)
                {
                    asideFrom = i;
                }
                else
                {
                    for (var k = asideFrom; k <= i; k++)
                    {
                        InAside[k] = true;
                    }

                    asideFrom = -1;
                }
            }
            else if (symbol == '(')
            {
                asideFrom = i;
            }
            else if (symbol == ')' && asideFrom >= 0)
            {
                for (var k = asideFrom; k <= i; k++)
                {
                    InAside[k] = true;
                }

                asideFrom = -1;
            }

            // "... were killed." Police said: the sentence ends at the closing mark after its point.
            if (symbol is '.' or '!' or '?' && closedAt < i)
            {
                closedAt = ClosingMarksEnd(tokens, i);
            }

            if (i == closedAt || (closedAt < i && EndsSentence(i, in t, symbol)))
            {
                start = i + 1;
                sentence++;
                quoted = false;
                asideFrom = -1;
            }
        }

        QuoteMarks = [.. quoteMarks];
        SentenceCount = tokens.Count == 0 ? 0 : Sentence[tokens.Count - 1] + 1;
        sentenceEnds = new int[SentenceCount];
        for (var i = 0; i < tokens.Count; i++)
        {
            sentenceEnds[Sentence[i]] = i;
        }
    }


    internal string Text { get; }

    /// <summary>Gives the tokens and the per-token arrays back to their pools.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        ReturnRented(SentenceStart);
        ReturnRented(Sentence);
        ReturnRented(InQuote);
        ReturnRented(InAside);
        SentenceStart = Sentence = [];
        InQuote = InAside = [];
        Tokens.Release();
    }

    internal TokenList Tokens { get; }

    /// <summary>The index of the first token of each token's sentence.</summary>
    internal int[] SentenceStart { get; private set; }

    /// <summary>The sentence number of each token.</summary>
    internal int[] Sentence { get; private set; }

    internal bool[] InQuote { get; private set; }

    internal bool[] InAside { get; private set; }

    /// <summary>The quotation marks' tokens, ascending.</summary>
    internal int[] QuoteMarks { get; }

    internal int SentenceCount { get; }

    internal int Count => Tokens.Count;

    internal string? Word(int i) => Tokens.WordAt(i);

    internal bool IsSymbol(int i, char symbol) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Symbol && Tokens[i].Symbol == symbol;

    internal bool IsCapitalised(int i) => (uint)i < (uint)Tokens.Count && Tokens[i].Capitalised;

    /// <summary>Whether one of <paramref name="words"/> stands from token <paramref name="first"/> up to <paramref name="end"/> (exclusive).</summary>
    internal bool AnyWordIn(int first, int end, FrozenSet<string> words)
    {
        for (var k = Math.Max(first, 0); k < end && k < Tokens.Count; k++)
        {
            if (Tokens.WordAt(k) is { } word && words.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="i"/> is a quotation mark, straight or curly.</summary>
    internal bool IsQuoteMark(int i) => (uint)i < (uint)Tokens.Count && Tokens[i].Kind == TokenKind.Symbol && Tokens[i].Symbol is '"' or '\u201C' or '\u201D';

    /// <summary>The index of the first token of sentence number <paramref name="sentence"/>.</summary>
    internal int SentenceFirst(int sentence) => sentence == 0 ? 0 : sentenceEnds[sentence - 1] + 1;

    /// <summary>The index of the sentence's last token.</summary>
    internal int SentenceEnd(int i) => sentenceEnds[Sentence[i]];

    /// <summary>The first token of the sentence, but no more than <paramref name="window"/> tokens before <paramref name="i"/>: searches stay local in text with no full stops.</summary>
    internal int WindowStart(int i, int window) => Math.Max(SentenceStart[i], i - window);

    /// <summary>The last token of the sentence, but no more than <paramref name="window"/> tokens after <paramref name="i"/>.</summary>
    internal int WindowEnd(int i, int window) => Math.Min(SentenceEnd(i), i + window);

    /// <summary>
    /// The index in <paramref name="positions"/> (token indexes, ascending) of the one nearest to token
    /// <paramref name="at"/> in its sentence and within <see cref="Window"/> tokens; the earlier one on a tie; -1 if none.
    /// </summary>
    internal int Nearest(ReadOnlySpan<int> positions, int at)
    {
        int lo = 0, hi = positions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (positions[mid] < at)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var best = -1;
        var bestDistance = int.MaxValue;
        foreach (var i in (ReadOnlySpan<int>)[lo - 1, lo])
        {
            if (i >= 0 && i < positions.Length && positions[i] < Tokens.Count && Sentence[positions[i]] == Sentence[at])
            {
                var distance = Math.Abs(positions[i] - at);
                if (distance < bestDistance && distance <= Window)
                {
                    best = i;
                    bestDistance = distance;
                }
            }
        }

        return best;
    }

    /// <summary>The first token of each date, in order.</summary>
    internal int[] TokensAt(IReadOnlyList<Dates.DateMention> dates)
    {
        var at = new int[dates.Count];
        for (var i = 0; i < at.Length; i++)
        {
            at[i] = TokenAt(dates[i].Span.Start);
        }

        return at;
    }

    /// <summary>The first token at or after a character offset.</summary>
    internal int TokenAt(int offset) => Tokens.TokenAt(offset);

    /// <summary>The text from the start of token <paramref name="first"/> to the end of token <paramref name="last"/>; repeated slices share a string.</summary>
    internal string Slice(int first, int last) => Tokens.Slice(first, last);

    /// <summary>The text at <paramref name="span"/>; repeated slices share a string.</summary>
    internal string Cut(TextSpan span) => Tokens.Cut(span.Start, span.Length);

    private static void ReturnRented<T>(T[] array)
    {
        if (array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array);
        }
    }

    /// <summary>Whether a word or a phrase ends in a possessive, <c>'s</c> or <c>’s</c> (<c>Sunday's</c>, <c>Ethiopia’s</c>).</summary>
    internal static bool EndsPossessive(string text) => text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("\u2019s", StringComparison.Ordinal);

    /// <summary>
    /// Whether the point at token <paramref name="i"/> ends a sentence: not inside "a.m." or "U.N.", after their last
    /// letter only before a capital that is no day, month or time zone ("at 9 a.m. Another blast ..." ends; "at 9 a.m.
    /// on Tuesday", "at 5 a.m. Wednesday", "at 8:51 a.m. GMT", "at 10 a.m. Pacific time", "at 11 a.m. Eastern on Friday" and "U.N. officials" do not), never after a known abbreviation ("Jan.",
    /// "Gen.") nor between digits or symbols.
    /// </summary>
    internal static bool PointEndsSentence(TokenList tokens, int i)
    {
        ref readonly var t = ref tokens[i];
        if (i > 0 && IsLetter(tokens, i - 1) && tokens[i - 1].Glued && !Abbreviations.Contains(tokens[i - 1].Word))
        {
            if (t.Glued && i + 1 < tokens.Count && IsLetter(tokens, i + 1))
            {
                return false;
            }

            if (i > 2 && tokens[i - 2].Kind == TokenKind.Symbol && tokens[i - 2].Symbol == '.' && tokens[i - 2].Glued && IsLetter(tokens, i - 3))
            {
                return i + 1 >= tokens.Count || (tokens[i + 1].Kind == TokenKind.Word && tokens[i + 1].Capitalised && !Dates.CalendarWords.FullNames.Contains(tokens[i + 1].Word)
                    && !TimeExpressions.TimeWords.Zones.Contains(tokens[i + 1].Word) && !(i + 2 < tokens.Count && tokens[i + 2].Kind == TokenKind.Word && tokens[i + 2].Word is "time" or "standard" or "daylight")
                    && !(TimeExpressions.TimeWords.IsZoneName(tokens[i + 1].Word) && ZoneNameEnds(tokens, i + 2)));
            }
        }

        return !AfterAbbreviation(tokens, i) && !(t.Glued && i + 1 < tokens.Count && tokens[i + 1].Kind != TokenKind.Word);
    }

    /// <summary>
    /// Whether a North American zone's name (<c>Eastern</c>, <c>Pacific</c>) after a clock time ends there, token
    /// <paramref name="k"/> being the one after it: the text's end, a comma or point, or a word of the day (<c>on</c>, a
    /// weekday, <c>today</c>); not a word it qualifies (<c>Central banks</c>, <c>Pacific Ocean</c>).
    /// </summary>
    internal static bool ZoneNameEnds(TokenList tokens, int k) =>
        k >= tokens.Count || (tokens[k].Kind == TokenKind.Symbol && tokens[k].Symbol is ',' or '.' or ';' or ')' or '(')
        || (tokens[k].Kind == TokenKind.Word && (tokens[k].Word is "on" or "today" or "tonight" or "tomorrow" or "yesterday" || Dates.CalendarWords.FullNames.Contains(tokens[k].Word)));

    /// <summary>
    /// Whether token <paramref name="i"/> follows a known abbreviation glued to it (<c>Jan.</c>, <c>Gen.</c>, the
    /// <c>S.</c> of <c>U.S.</c>); not the plural ending of a number (<c>in the 1990s.</c>, <c>the '80s.</c>).
    /// </summary>
    private static bool AfterAbbreviation(TokenList tokens, int i) =>
        i > 0 && tokens[i - 1].Kind == TokenKind.Word && tokens[i - 1].Glued && Abbreviations.Contains(tokens[i - 1].Word)
        && !(i > 1 && tokens[i - 1].Word == "s" && tokens[i - 2].Kind == TokenKind.Number && tokens[i - 2].Glued);

    private static bool IsLetter(TokenList tokens, int k) => tokens[k].Kind == TokenKind.Word && tokens[k].Word.Length == 1;

    private bool IsAsideMark(in Token t)
    {
        // A dash set off by spaces ("— a coalition ... —"); a hyphen inside a word ("US-Israeli") is not.
        return t.Kind == TokenKind.Hyphen && Text[t.Start] is '\u2014' or '\u2013'
            && t.Start > 0 && char.IsWhiteSpace(Text[t.Start - 1]) && t.Glued is false;
    }

    /// <summary>
    /// When the full stop, question or exclamation mark at token <paramref name="i"/> is followed by closing quotation
    /// marks or brackets glued to it, the last of them if the sentence ends there (before a capital, a number, an
    /// opening mark or the end of the text; not after an abbreviation's point); otherwise -1. <c>"Why?" he asked</c>
    /// goes on.
    /// </summary>
    private static int ClosingMarksEnd(TokenList tokens, int i)
    {
        var j = i + 1;
        while (j < tokens.Count && j - i <= 3 && tokens[j - 1].Glued && IsClosingMark(tokens, j))
        {
            j++;
        }

        if (j == i + 1 || (tokens[i].Symbol == '.' && AfterAbbreviation(tokens, i)))
        {
            return -1;
        }

        return j >= tokens.Count || (tokens[j].Kind == TokenKind.Word && tokens[j].Capitalised) || tokens[j].Kind == TokenKind.Number
            || (tokens[j].Kind == TokenKind.Symbol && tokens[j].Symbol is '"' or '\u201C' or '(') ? j - 1 : -1;
    }

    /// <summary>
    /// Whether the symbol at token <paramref name="i"/> ends a sentence by itself: a semicolon, a question or exclamation
    /// mark (<see cref="MarkEndsSentence"/>) or a full stop (<see cref="PointEndsSentence"/>); false for any other token.
    /// The scanners that walk back to a sentence's start ask this, as the document does.
    /// </summary>
    internal static bool SymbolEndsSentence(TokenList tokens, int i)
    {
        ref readonly var t = ref tokens[i];
        return t.Kind == TokenKind.Symbol && (t.Symbol == ';' || (t.Symbol is '!' or '?' && MarkEndsSentence(tokens, i)) || (t.Symbol == '.' && PointEndsSentence(tokens, i)));
    }

    /// <summary>
    /// Whether the question or exclamation mark at token <paramref name="i"/> ends a sentence: not before a small
    /// letter (<c>in two days? or in a week?</c>) nor before closing marks glued to it (<c>“Why?” he asked</c>; the
    /// closing marks end it, before a capital).
    /// </summary>
    internal static bool MarkEndsSentence(TokenList tokens, int i) =>
        !(i + 1 < tokens.Count && ((tokens[i + 1].Kind == TokenKind.Word && !tokens[i + 1].Capitalised) || (tokens[i].Glued && IsClosingMark(tokens, i + 1))));

    /// <summary>
    /// Whether token <paramref name="j"/> is a closing quotation mark or bracket; a straight mark glued to the word
    /// after it opens a quotation (<c>director."The</c>) and closes nothing.
    /// </summary>
    private static bool IsClosingMark(TokenList tokens, int j) =>
        tokens[j].Kind == TokenKind.Symbol && tokens[j].Symbol is '"' or '\u201D' or '\u2019' or '\'' or ')'
        && !(tokens[j].Symbol is '"' or '\'' && tokens[j].Glued && j + 1 < tokens.Count && tokens[j + 1].Kind is TokenKind.Word or TokenKind.Number);

    // symbol: the token's character when it is a symbol, else '\0'.
    private bool EndsSentence(int i, in Token t, char symbol)
    {
        if (symbol != '\0' && SymbolEndsSentence(Tokens, i))
        {
            return true;
        }

        // A blank line (a paragraph, a heading, a dateline) before a capital ends a sentence too; so does one after a
        // point that was read as an abbreviation's ("They left at 3 a.m." before a paragraph opening with a quotation).
        return (t.Kind == TokenKind.Word || symbol is '.' or '!' or '?' or '"' or '\u201D') && i + 1 < Tokens.Count
            && (Tokens[i + 1].Capitalised || (symbol != '\0' && Tokens[i + 1].Kind == TokenKind.Symbol && Tokens[i + 1].Symbol is '"' or '\u201C'))
            && Text.AsSpan(t.End, Tokens[i + 1].Start - t.End).Count('\n') >= 2;
    }
}
