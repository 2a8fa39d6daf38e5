using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Sitrep.Actors;
using Sitrep.Sources;
using Sitrep.Statements;
using Sitrep.Text.Actors;
using Sitrep.Text.Dates;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.Statements;

/// <summary>
/// Finds statements in English news text: reported speech marked by a cue verb (said, announced, denied, blamed,
/// accused, claimed responsibility, warned, summoned, granted permission, ...) with its speaker and subjects, and
/// direct quotes with their speaker ("...," the US embassy in Baghdad said in a statement posted on X). The kind comes
/// from the cue. Speakers given as "it" or "the latter" are resolved to the actor the text last made the subject.
/// A hand-written scanner over tokens, linear in the text for a fixed gazetteer.
/// </summary>
public static class StatementScanner
{
    private static readonly FrozenSet<string> Skippable = FrozenSet.ToFrozenSet<string>(
        ["has", "have", "had", "did", "does", "do", "was", "were", "is", "are", "been", "be", "will", "would", "could", "can", "may", "might", "should", "also", "not",
         "never", "first", "later", "then", "already", "previously", "again", "once", "it", "also", "had", "yet", "since", "still", "just", "earlier"],
        StringComparer.Ordinal);

    /// <summary>Whether a word is a role a body's member is named by before a name in apposition (<c>A Taliban commander, Sarbakaf Mohmand,</c>).</summary>
    internal static bool IsRoleNoun(string? word) =>
        word is "commander" or "spokesman" or "spokeswoman" or "spokesperson" or "leader" or "official" or "chief" or "head" or "member"
            or "representative" or "envoy" or "minister" or "negotiator" or "founder" or "officer" or "director" or "governor" or "mayor"
            or "coordinator" or "adviser" or "advisor";

    /// <summary>
    /// Whether a role opens at token <paramref name="k"/> without an article, of a body named after it (<c>director
    /// of the hospital</c>, <c>spokesman for the ministry</c>, <c>deputy head of the mission</c>): a description in
    /// apposition after a person's name.
    /// </summary>
    internal static bool RoleOfOpens(TextDocument document, int k)
    {
        var role = document.Word(k) is "deputy" or "acting" or "senior" or "chief" or "former" or "regional" or "local" or "medical" or "executive" ? k + 1 : k;
        return IsRoleNoun(document.Word(role)) && document.Word(role + 1) is "of" or "for" or "at" or "with";
    }

    /// <summary>
    /// Whether a word may stand between a speaker and its verb of saying without ending the speaker's clause: an
    /// auxiliary, a negation or an adverb (<c>Police later said</c>, <c>the ministry had earlier said</c>, <c>officials
    /// reportedly said</c>).
    /// </summary>
    internal static bool StandsBeforeCue(string word) =>
        (Skippable.Contains(word) && word is not ("it" or "since" or "once") && !IsBe(word)) || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal)) || word.EndsWith("n't", StringComparison.Ordinal);

    // A form of "be": before a participle of saying, the passive ("Residents were told to leave", "Kenyatta was declared the
    // winner"), whose subject is who was told or named, not who spoke.
    private static bool IsBe(string word) => word is "was" or "were" or "is" or "are" or "been" or "be" or "being";

    private static readonly StartSet CueTokens = new([StatementCue.IsCue]);

    // The words of when or how something was said, after its cue ("said late on Sunday", "said in a statement").
    private static readonly FrozenSet<string> TimeWhenSaid = FrozenSet.ToFrozenSet<string>(
        ["on", "late", "early", "in", "a", "statement", "yesterday", "today", "tonight", "last", "night", "this", "morning", "afternoon", "evening", "week",
         "earlier", "later", "also", "separately", "at", "the", "time", "local", "gmt", "p", "m",

         // How it was said: "said in a flash update.", "said in its weekly report,", "said on Telegram."
         "an", "its", "their", "his", "her", "flash", "update", "report", "post", "posting", "briefing", "interview", "video", "message", "televised", "written",
         "joint", "news", "conference", "press", "release", "speech", "weekly", "daily", "telegram", "x", "facebook", "online"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ClauseEnds = FrozenSet.ToFrozenSet<string>(
        ["after", "before", "when", "while", "because", "since", "as", "but", "although", "though", "whereas", "until", "following"], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Platforms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["x"] = "X",
        ["twitter"] = "Twitter",
        ["facebook"] = "Facebook",
        ["telegram"] = "Telegram",
        ["instagram"] = "Instagram",
        ["tiktok"] = "TikTok",
        ["youtube"] = "YouTube",
        ["truth"] = "Truth Social",
        ["whatsapp"] = "WhatsApp",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Finds the statements in a text, in order.</summary>
    /// <param name="text">The text.</param>
    /// <param name="gazetteer">The names to recognise speakers by, or <see langword="null"/> for <see cref="Gazetteer.BuiltIn"/>.</param>
    /// <returns>The statements; their dates are left unset (use <see cref="ReportParser"/> to resolve them).</returns>
    public static ValueArray<StatementMention> Find(string text, Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var document = new TextDocument(text);
        using var actors = ActorScanner.Analyse(document, gazetteer ?? Gazetteer.BuiltIn);
        return ValueArray.From(Find(document, actors, [], []).Select(f => f.Mention));
    }

    /// <summary>Finds the statements of a text whose actors and dates (with each date's first token) have been found.</summary>
    internal static List<StatementFind> Find(TextDocument document, ActorAnalysis actors, IReadOnlyList<DateMention> dates, int[] dateTokens) =>
        Find(document, actors, dates, dateTokens, null, out _);

    /// <summary>
    /// As <see cref="Find(TextDocument, ActorAnalysis, IReadOnlyList{DateMention}, int[])"/>, for a report published on
    /// <paramref name="published"/> (a day told of what a speaker reports, when it is that day, is the day they spoke
    /// too); <paramref name="capped"/> says whether scanning stopped at the output cap.
    /// </summary>
    internal static List<StatementFind> Find(TextDocument document, ActorAnalysis actors, IReadOnlyList<DateMention> dates, int[] dateTokens, LocalDate? published, out bool capped)
    {
        var scan = new Scan(document, actors, dates, dateTokens, published);
        var found = scan.Run();
        capped = scan.Capped;
        return found;
    }

    /// <summary>
    /// The token after a day spoken on from the <c>on</c> at <paramref name="on"/>: a weekday (<c>on Tuesday</c>) or a day
    /// of a month (<c>on March 5</c>, <c>on Sept. 3</c>), capitalised; -1 otherwise. What may stand between a speaker and
    /// its verb (<c>Police on Tuesday said</c>), read by this scanner and the actor scanner.
    /// </summary>
    internal static int SpokenOnEnd(TextDocument document, int on)
    {
        if (document.Word(on) != "on" || !document.IsCapitalised(on + 1) || document.Word(on + 1) is not { } word)
        {
            return -1;
        }

        if (TimeExpressions.TimeWords.Weekdays.TryGetValue(word, out var weekday))
        {
            return weekday.Plural ? -1 : on + 2;
        }

        var day = document.IsSymbol(on + 2, '.') ? on + 3 : on + 2;
        return TimeExpressions.TimeWords.Months.ContainsKey(word) && day < document.Count && document.Tokens[day] is { Kind: TokenKind.Number, Value: >= 1 and <= 31 } ? day + 1 : -1;
    }

    /// <summary>
    /// The verb the speaker tells its own act with after the cue at <paramref name="cue"/>: past the day it was said (<c>on
    /// Monday</c>), where it was said (<c>in a statement on its radio that</c>), <c>that</c>, <c>it</c>,
    /// <c>they</c>, or <c>its</c> or <c>their</c> and one of the speaker's <paramref name="own"/> (<c>its forces</c>),
    /// and a perfect's auxiliary (<c>said it had hit</c>); -1 when the words after the cue tell no such subject.
    /// </summary>
    internal static int OwnActVerb(TextDocument document, int cue, Func<string, bool> own)
    {
        var k = cue + 1;

        // "said on Monday they had attacked": the day it was said.
        if (SpokenOnEnd(document, k) is var spokenOnEnd and >= 0)
        {
            k = spokenOnEnd;
        }

        // "said in a statement on its Andalus radio that its fighters had ...": where it was said, up to eight words
        // before "that".
        if (document.Word(k) is "in" or "on" or "via" or "through")
        {
            var that = k + 1;
            while (that < document.Count && that <= k + 8 && document.Tokens[that].Kind == TokenKind.Word && document.Word(that) != "that")
            {
                that++;
            }

            k = document.Word(that) == "that" ? that : k;
        }

        k += document.Word(k) == "that" ? 1 : 0;
        if (document.Word(k) is "its" or "their" && document.Word(k + 1) is { } men && own(men))
        {
            k += 2;
        }
        else if (document.Word(k) is "it" or "they")
        {
            k++;
        }
        else
        {
            return -1;
        }

        return k + (document.Word(k) is "had" or "has" or "have" ? 1 : 0);
    }

    private sealed class Scan(TextDocument document, ActorAnalysis actors, IReadOnlyList<DateMention> dates, int[] dateTokens, LocalDate? published)
    {
        private const int Window = TextDocument.Window;

        // A quotation may be long: "...," the embassy said, after a paragraph of quoted words.
        private const int QuoteWindow = 400;

        // Statements' spans in news copy overlap little, so their lengths add up to about the text's; a text whose
        // statements would add up to far more ("said said said ...", cue after cue) is capped, so time and output stay
        // in proportion to the input.
        private const int SpanBudgetPerCharacter = 4;
        private const int SpanBudgetFloor = 16 * 1024;

        private long spanBudget = SpanBudgetFloor + (SpanBudgetPerCharacter * (long)document.Text.Length);

        // The token of the last cue that made a statement or continued one.
        private int lastCue = -1;

        private readonly TokenList tokens = document.Tokens;
        private readonly int[] quoteMarks = document.QuoteMarks;
        private readonly RefIndex byFirst = actors.AnyByFirst;
        private readonly List<StatementFind> found = [];
        private readonly RefIndex byLast = actors.ByLast;

        // Actors the text has made the subject of a sentence or a statement, for "it" and "they".
        private readonly List<ActorRef> salient = [];

        internal List<StatementFind> Run()
        {
            // Each sentence's subject is noted, in order, before the cues of that sentence are read; a sentence with no
            // cue is noted when the next cue comes.
            var nextSubjectSentence = 0;
            foreach (var p in tokens.Starts(CueTokens))
            {
                for (; nextSubjectSentence <= document.Sentence[p]; nextSubjectSentence++)
                {
                    NoteSentenceSubject(document.SentenceFirst(nextSubjectSentence));
                }

                if (document.InQuote[p] || tokens[p].Kind != TokenKind.Word || !StatementCue.IsCue.Of(tokens[p].Lexeme) || !StatementCue.All.TryGetValue(tokens[p].Word, out var cue))
                {
                    continue;
                }

                // "has claimed the lives of thousands" (a toll, not a claim); "stopped short of blaming", "declined to
                // blame", "refrained from accusing" (no accusation was made).
                if (NotAStatement(p))
                {
                    continue;
                }

                var kind = cue.Kind;

                // "called on the government to", "called for a ceasefire", "called again for": a demand. "called the strike
                // on the store \"another manifestation of Russian madness\"", "called the attack deliberate", "called it a war
                // crime": what someone called an event is said of it, a report. "a village called Bama", "so-called": no
                // statement (an "on" further on made one a demand).
                if (tokens[p].Word is "called" or "calls" or "calling")
                {
                    var next = document.Word(p + 1) is "again" or "publicly" or "repeatedly" or "also" or "once" ? p + 2 : p + 1;
                    if (document.Word(next) is "on" or "upon" || (document.Word(next) == "for" && !IsOperationalCall(next + 1)))
                    {
                        kind = StatementKind.Demand;
                    }
                    else if (AllegationAfter(p + 1) && DismissedAs(p + 2))
                    {
                        // "called the claim a lie", "called the report biased": what was said, called false, is denied.
                        kind = StatementKind.Denial;
                    }
                    else if ((document.Word(p + 1) == "it" && !document.IsCapitalised(p + 1)) || (document.Word(p + 1) is "the" or "this" or "that" or "his" or "their" && document.Word(p + 2) is { } named && Events.EventScanner.IsTriggerWord(named)))
                    {
                        kind = StatementKind.Report;
                    }
                    else
                    {
                        continue;
                    }
                }
                else if (cue.OfWhatWasSaid && !AllegationAfter(p + 1))
                {
                    // "rejected the proposal", "dismissed the minister": nothing said is denied.
                    continue;
                }
                else if (cue.Needs is not null && !Near(p + 1, cue.Needs, 8) && !(kind == StatementKind.ClaimOfResponsibility && ClaimsAnEvent(p)))
                {
                    if (cue.Otherwise is null)
                    {
                        continue;
                    }

                    kind = cue.Otherwise.Value;
                }

                // "The Baloch Liberation Army said it carried out the bombing", "Islamic State said its fighters were
                // behind the attack": a report of one's own act claims it.
                if (kind is StatementKind.Report or StatementKind.Announcement && ReportsOwnAct(p))
                {
                    kind = StatementKind.ClaimOfResponsibility;
                }

                // "said said": a cue straight after the last statement's cue (over auxiliaries), with no speaker of its
                // own, continues that statement rather than starting another one with the same words.
                if (found.Count > 0 && ContinuesLast(p))
                {
                    lastCue = p;
                    continue;
                }

                // "released statements ..., announcing the creation": the participle belongs to the statement before it;
                // not one that blames ("said Friday, blaming most of the deaths on the Rapid Support Forces": an
                // accusation by the same speaker, read below).
                // So too when that statement's speaker is not known: the participle is no second statement of no one.
                if (GoesOnFromLast(p) && kind != StatementKind.Accusation)
                {
                    continue;
                }

                TryStatement(p, kind);
                if (spanBudget < 0)
                {
                    Capped = true;
                    break;
                }
            }

            return found;
        }

        // The words for a body a short form in brackets may follow ("the country's human rights office (CNDH)").
        private static readonly FrozenSet<string> BodyNouns = FrozenSet.ToFrozenSet<string>(
            ["office", "agency", "group", "committee", "council", "commission", "network", "observatory", "organisation", "organization", "fund", "centre", "center",
             "union", "mission", "authority", "front", "movement"],
            StringComparer.Ordinal);

        /// <summary>
        /// Whether what was said is named from token <paramref name="at"/>: a determiner and up to two describing words
        /// before a claim, an allegation, an accusation, a charge, a report or an account (<c>the allegations</c>, <c>these
        /// latest claims</c>, <c>Moscow's account</c>).
        /// </summary>
        private bool AllegationAfter(int at)
        {
            if (document.Word(at) is not { } first || (first is not ("the" or "these" or "those" or "this" or "that" or "such" or "any" or "all" or "its" or "their" or "his" or "her")
                && !(document.IsCapitalised(at) && TextDocument.EndsPossessive(first))))
            {
                return false;
            }

            var end = document.SentenceEnd(at);
            for (var k = at + 1; k <= at + 4 && k <= end; k++)
            {
                if (document.Word(k) is "claim" or "claims" or "allegation" or "allegations" or "accusation" or "accusations" or "charge" or "charges" or "report"
                    or "reports" or "account" or "accounts" or "assertion" or "assertions")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a word calling what was said false follows within five words of <paramref name="at"/> (<c>called the
        /// claim a lie</c>, <c>called the report biased</c>).
        /// </summary>
        private bool DismissedAs(int at)
        {
            if (at >= document.Count)
            {
                return false;
            }

            var end = document.SentenceEnd(at);
            for (var k = at; k <= at + 5 && k <= end; k++)
            {
                if (document.Word(k) is "lie" or "lies" or "false" or "baseless" or "fabricated" or "fabrication" or "fabrications" or "fake" or "propaganda" or "nonsense"
                    or "biased" or "unfounded" or "absurd" or "groundless" or "untrue" or "slander" or "disinformation")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Gets a value indicating whether scanning stopped because the statements' spans outgrew the text.</summary>
        internal bool Capped { get; private set; }

        /// <summary>
        /// The last token of an actor's mention one to three lower-case words before the office at token <paramref
        /// name="office"/> (<c>United Nations human rights office</c>); -1 otherwise.
        /// </summary>
        private int BodyBefore(int office, int sentenceStart)
        {
            for (var k = office - 1; k >= sentenceStart && k >= office - 4; k--)
            {
                if (byLast.ContainsKey(k))
                {
                    return k < office - 1 ? k : -1;
                }

                if (tokens[k].Kind != TokenKind.Word || document.IsCapitalised(k))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>
        /// The last token of the body an office or its head at token <paramref name="office"/> speaks for: one named one to
        /// three lower-case words before it (<c>United Nations human rights office</c>), or, for a head, right before it
        /// (<c>The U.N. chief</c>); -1 otherwise.
        /// </summary>
        private int BodyOf(int office, string word, int sentenceStart) =>
            BodyBefore(office, sentenceStart) is var body and >= 0 ? body
            : word is "chief" or "head" or "envoy" && byLast.TryGetValue(office - 1, out var headOf) && (headOf.Use & ActorUse.Place) == 0 ? office - 1
            : -1;

        /// <summary>
        /// The comma that opens a name in apposition closed by the comma at token <paramref name="close"/>: one to five
        /// capitalised words (with the particles and hyphens of a name) after an actor's mention, or after a role right
        /// after one (<c>A Taliban commander, Sarbakaf Mohmand,</c>); -1 otherwise.
        /// </summary>
        private int AppositionOpening(int close, int sentenceStart)
        {
            for (var k = close - 1; k > sentenceStart && k >= close - 8; k--)
            {
                if (document.IsSymbol(k, ','))
                {
                    return k < close - 1 && (byLast.ContainsKey(k - 1) || (IsRoleNoun(document.Word(k - 1)) && byLast.ContainsKey(k - 2)) || RoleOfSomeBody(k - 1, sentenceStart) >= 0
                        || (IsRoleNoun(document.Word(k - 1)) && byLast.TryGetValue(close - 1, out var person) && person.Mention.Kind == ActorKind.Individual)) ? k : -1;
                }

                // "Col. Turki al-Maliki": a title's point is part of the name.
                if (!(tokens[k].Kind == TokenKind.Word && (document.IsCapitalised(k) || Actors.ActorScanner.IsNameParticle(document.Word(k))))
                    && !(tokens[k].Kind == TokenKind.Hyphen && tokens[k].Glued) && !(document.IsSymbol(k, '.') && k > 0 && tokens[k - 1].Glued && document.IsCapitalised(k - 1)))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>
        /// Whether token <paramref name="k"/> is a verb after a name, making it the subject of a clause of its own: an
        /// auxiliary or a past form in -ed (<c>the alliance would investigate</c>, <c>Russia launched</c>).
        /// </summary>
        private bool VerbAt(int k) =>
            document.Word(k) is { } verb && (verb is "would" or "will" or "had" or "has" or "have" or "was" or "were" or "is" or "are" or "could" or "should"
                or "may" or "might" or "must" or "can" or "did" or "does" or "do" || (verb.Length > 3 && verb.EndsWith("ed", StringComparison.Ordinal)));

        /// <summary>How many tokens lie between a quotation and the verb of saying at token <paramref name="cue"/>.</summary>
        private int DistanceTo(TextSpan quote, int cue) =>
            tokens[cue].Start >= quote.End ? cue - document.TokenAt(quote.End) : Math.Max(0, document.TokenAt(quote.Start) - cue);

        /// <summary>Whether a comma stands between tokens <paramref name="first"/> and <paramref name="last"/>.</summary>
        private bool CommaWithin(int first, int last)
        {
            for (var j = first + 1; j < last; j++)
            {
                if (document.IsSymbol(j, ','))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The role noun, an actor, before <c>for</c> or <c>of</c> and a body the text does not know, ending at token
        /// <paramref name="last"/> (<c>A spokesperson for the military government</c>, <c>a spokesman for the local
        /// council</c>); -1 when the words are not so.
        /// </summary>
        private int RoleOfSomeBody(int last, int sentenceStart)
        {
            for (var j = last - 1; j > sentenceStart && j >= last - 5; j--)
            {
                if (document.Word(j) is "for" or "of")
                {
                    return IsRoleNoun(document.Word(j - 1)) && byLast.ContainsKey(j - 1) ? j - 1 : -1;
                }

                if (document.Word(j) is null)
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>
        /// The last token of a speaker told with what they know of, which ends at <paramref name="k"/> within six words:
        /// <c>familiar with</c>, <c>close to</c>, <c>briefed on</c>, <c>with knowledge of</c> right after a mention; -1
        /// otherwise.
        /// </summary>
        private int KnowerBefore(int k, int sentenceStart)
        {
            for (var j = k; j > sentenceStart && j >= k - 6; j--)
            {
                if (tokens[j].Kind == TokenKind.Symbol)
                {
                    return -1;
                }

                var speakerLast = document.Word(j) is "familiar" or "close" or "briefed" && document.Word(j + 1) is "with" or "to" or "on" ? j - 1
                    : document.Word(j) == "knowledge" && document.Word(j + 1) == "of" && document.Word(j - 1) == "with" ? j - 2
                    : -2;
                if (speakerLast >= -1)
                {
                    return speakerLast >= sentenceStart && byLast.ContainsKey(speakerLast) ? speakerLast : -1;
                }
            }

            return -1;
        }

        /// <summary>The <c>on</c> of a day spoken on (<see cref="SpokenOnEnd"/>) whose last token is <paramref name="last"/>, after the sentence's start; -1 otherwise.</summary>
        private int SpokenOnBefore(int last, int sentenceStart)
        {
            for (var on = last - 1; on > sentenceStart - 1 && on >= last - 3; on--)
            {
                if (document.Word(on) == "on" && SpokenOnEnd(document, on) == last + 1)
                {
                    return on;
                }
            }

            return -1;
        }

        /// <summary>
        /// The comma that opens a description closed by the comma at token <paramref name="close"/>: <c>a</c>, <c>an</c>
        /// or <c>the</c> and up to eight words and the hyphens of compounds, none a cue (<c>, a separate militant group,</c>,
        /// <c>, the al-Qaida-linked extremist group,</c>); -1 otherwise.
        /// </summary>
        private int DescriptionOpening(int close, int sentenceStart)
        {
            for (var k = close - 1; k > sentenceStart && k >= close - 10; k--)
            {
                // "Al-Shabab, the al-Qaida-linked extremist group, claimed": hyphens of compounds are the description's.
                if (tokens[k].Kind == TokenKind.Hyphen && tokens[k].Glued)
                {
                    continue;
                }

                // "JNIM, al Qaeda's affiliate in the Sahel, claimed": a description opened by whose it is, too.
                if (tokens[k].Kind != TokenKind.Word)
                {
                    return document.IsSymbol(k, ',') && k < close - 2 && (document.Word(k + 1) is "a" or "an" or "the" || PossessiveOpens(k + 1, close) || RoleOfOpens(document, k + 1)) ? k : -1;
                }

                if (StatementCue.All.ContainsKey(tokens[k].Word))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>Whether one of the first three words from token <paramref name="k"/>, before <paramref name="close"/>, ends in a possessive (<c>al Qaeda's affiliate</c>).</summary>
        private bool PossessiveOpens(int k, int close)
        {
            for (var j = k; j < close - 1 && j < k + 3; j++)
            {
                if (document.Word(j) is { } word && TextDocument.EndsPossessive(word))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether only auxiliaries, negations and adverbs stand between tokens <paramref name="k"/> and <paramref name="p"/> (exclusive), as the walk back from a cue passes over them.</summary>
        private bool OnlyAuxiliariesBetween(int k, int p)
        {
            for (var j = k + 1; j < p; j++)
            {
                if (document.Word(j) is not { } w || !(Skippable.Contains(w) || w.EndsWith("ly", StringComparison.Ordinal) || w.EndsWith("n't", StringComparison.Ordinal)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The comma that opens an aside closed by the comma at token <paramref name="close"/>, within 25 tokens and the
        /// sentence, when the aside starts with <c>which</c>, <c>who</c>, <c>whose</c> or a participle (<c>facing an
        /// election</c>, <c>backed by Iran</c>) and holds no other comma; -1 otherwise.
        /// </summary>
        private int AsideOpening(int close, int sentenceStart)
        {
            for (var k = close - 1; k > sentenceStart && k >= close - 25; k--)
            {
                // (A point inside the sentence is an abbreviation's: "who claims he won the Oct. 9 vote"; brackets hold a
                // name's short form: ", known as the Tehreek-e-Taliban Pakistan (TTP),".)
                if (tokens[k].Kind == TokenKind.Symbol && tokens[k].Symbol is not ('.' or '(' or ')'))
                {
                    return document.IsSymbol(k, ',') && document.Word(k + 1) is { } first
                        && (first is "which" or "who" or "whose" or "known" or "also" || (first.Length > 4 && (first.EndsWith("ing", StringComparison.Ordinal) || first.EndsWith("ed", StringComparison.Ordinal))))
                        ? k
                        : -1;
                }
            }

            return -1;
        }

        /// <summary>
        /// The actor before a clause opened by <c>who</c> with no commas that runs up to the cue at token <paramref
        /// name="p"/>, up to eight words (<c>A resident who saw the attack said</c>); null when there is none.
        /// </summary>
        private ActorRef? WhoClauseBefore(int p, int sentenceStart)
        {
            for (var j = p - 2; j > sentenceStart && j >= p - 9 && tokens[j].Kind == TokenKind.Word; j--)
            {
                if (document.Word(j) == "who")
                {
                    return byLast.TryGetValue(j - 1, out var described) && (described.Use & ActorUse.Place) == 0 ? described : null;
                }
            }

            return null;
        }

        /// <summary>
        /// Whether the words after the cue at token <paramref name="p"/> tell the speaker's own act of violence: <c>it</c>,
        /// <c>they</c> or <c>its fighters</c>, then <c>carried out</c>, <c>was behind</c>, <c>conducted</c>, <c>staged</c>
        /// (in the perfect too), then an event word (<c>said it carried out the bombing</c>); or its fighters, then a verb of
        /// violence (<c>said its fighters had targeted officials</c>).
        /// </summary>
        private bool ReportsOwnAct(int p)
        {
            var k = OwnActVerb(document, p, static men => men is "fighters" or "members" or "forces" or "militants" or "men" or "troops");
            if (k < 0)
            {
                return false;
            }

            var verbEnd = document.Word(k) switch
            {
                "carried" when document.Word(k + 1) == "out" => k + 1,
                "was" or "were" when document.Word(k + 1) == "behind" => k + 1,
                "conducted" or "staged" or "executed" or "mounted" or "perpetrated" => k,
                _ => -1,
            };

            if (verbEnd > 0)
            {
                return ClaimsAnEvent(verbEnd);
            }

            // "The Houthis said on Monday they had attacked a cargo ship": told as "it" or "they", the verbs of an attack
            // that states do not use of their own strikes. "said its fighters had targeted government officials", "said its
            // fighters had fired anti-tank missiles at Israeli forces": an armed group's fighters' act of violence itself
            // (not a state's forces or troops, whose reports of their own strikes stay reports).
            var subject = document.Word(k - 1 - (document.Word(k - 1) is "had" or "has" or "have" ? 1 : 0));
            return subject switch
            {
                "it" or "they" => document.Word(k) is "attacked" or "ambushed" or "stormed",
                "fighters" or "militants" or "men" or "members" => document.Word(k) is "targeted" or "attacked" or "killed" or "fired" or "ambushed" or "stormed" or "shot" or "bombed"
                    or "shelled" or "struck" or "launched" or "detonated" or "blew" or "raided" or "seized" or "captured",
                _ => false,
            };
        }

        /// <summary>
        /// Whether the claim cue at token <paramref name="p"/> takes an event as its object (<c>claimed the attack</c>,
        /// <c>claimed Sunday's twin bombings</c>): a claim of responsibility without the word.
        /// </summary>
        private bool ClaimsAnEvent(int p)
        {
            for (var k = p + 1; k < tokens.Count && k <= p + 4; k++)
            {
                if (document.Word(k) is not { } word)
                {
                    return false;
                }

                if (Events.EventScanner.IsTriggerWord(word))
                {
                    return true;
                }

                if (!(word is "the" or "a" or "an" or "this" or "that" or "these" or "those" or "twin" or "deadly" or "suicide" or "car" or "roadside" or "latest"
                    || word.EndsWith("'s", StringComparison.Ordinal)))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>
        /// The bracket that opens the one closed at token <paramref name="close"/> around a short form of a name: one to
        /// three words, the first capitalised (<c>(RSF)</c>, <c>(WHO)</c>), in the sentence; -1 otherwise (<c>(April 5,
        /// 2011)</c> is a dateline's).
        /// </summary>
        private int OpeningBracket(int close, int sentenceStart)
        {
            for (var j = close - 1; j >= sentenceStart && j >= close - 4; j--)
            {
                if (tokens[j].Kind == TokenKind.Symbol && tokens[j].Symbol == '(')
                {
                    return j < close - 1 && tokens[j + 1].Capitalised ? j : -1;
                }

                if (tokens[j].Kind is not (TokenKind.Word or TokenKind.Hyphen))
                {
                    return -1;
                }
            }

            return -1;
        }

        private bool NotAStatement(int p)
        {
            var word = tokens[p].Word;

            // "denied the claim", "rejected these claims": the noun, what is said, not a saying ("posted a claim of
            // responsibility" is one).
            if (word is "claim" or "claims" && document.Word(p - 1) is "the" or "a" or "this" or "that" or "these" or "those" or "its" or "their" or "his" or "her" or "such" or "any"
                && !Near(p + 1, "responsibility", 3))
            {
                return true;
            }

            // "has pledged allegiance to the Islamic State group", "pledged support": a bond, no commitment of what will be
            // done.
            if (word is "pledged" or "pledges" or "pledging" or "pledge" && document.Word(p + 1) is "allegiance" or "loyalty" or "support" or "fealty")
            {
                return true;
            }

            if (word.StartsWith("claim", StringComparison.Ordinal))
            {
                for (var k = p + 1; k <= p + 4 && k < tokens.Count; k++)
                {
                    if (document.Word(k) is "lives" or "life")
                    {
                        return true;
                    }
                }
            }

            if (word.StartsWith("blam", StringComparison.Ordinal) || word.StartsWith("accus", StringComparison.Ordinal))
            {
                return (document.Word(p - 2), document.Word(p - 1)) is ("short", "of") or ("declined", "to") or ("refused", "to") or ("refrained", "from") or ("stopped", "short")
                    || document.Word(p - 1) is "without";
            }

            return false;
        }

        /// <summary>
        /// Whether the cue at token <paramref name="p"/> is a participle after a comma that goes on from the last statement
        /// found, in its sentence (<c>released statements ..., announcing</c>, <c>said Friday, blaming</c>).
        /// </summary>
        private bool GoesOnFromLast(int p) =>
            tokens[p].Word.EndsWith("ing", StringComparison.Ordinal) && document.IsSymbol(p - 1, ',') && found.Count > 0
            && document.Sentence[found[^1].Cue] == document.Sentence[p] && found[^1].Cue < p;

        /// <summary>Whether only adverbs stand between token <paramref name="be"/> and the cue at <paramref name="p"/> (<c>were later told</c>).</summary>
        private bool OnlyAdverbsBetween(int be, int p)
        {
            for (var j = be + 1; j < p; j++)
            {
                if (document.Word(j) is not { } between || !(between.EndsWith("ly", StringComparison.Ordinal) || between is "also" or "later" or "earlier" or "first" or "then" or "again" or "not" or "never" or "already"))
                {
                    return false;
                }
            }

            return true;
        }

        private bool ContinuesLast(int p)
        {
            var k = p - 1;
            while (k >= 0 && document.Word(k) is { } w && Skippable.Contains(w) && w != "it")
            {
                k--;
            }

            return k >= 0 && k == lastCue && !byLast.ContainsKey(k);
        }

        /// <summary>
        /// The actor the sentence of token <paramref name="p"/> opens with, before <paramref name="p"/>: its first actor
        /// that is no modifier, place or aside, standing first or after <c>the</c>, past a dateline (<c>TOKYO - The Bank of
        /// Japan kept rates unchanged and said</c>); null otherwise.
        /// </summary>
        private ActorRef? SubjectOfSentence(int p)
        {
            var start = document.SentenceStart[p];
            var reach = start + 16;
            var sorted = actors.Sorted;

            // Bounded: the subject stands in the sentence's first tokens, past a dateline at most.
            for (var i = actors.IndexAtOrAfter(start); i < sorted.Length && sorted[i].Last < p && sorted[i].First <= reach; i++)
            {
                var r = sorted[i];

                // A dateline: the text's own, or a place in capitals opening a sentence before a dash ("TOKYO - ", a
                // release run on after another).
                if ((r.Use & ActorUse.Dateline) != 0 || (r.First <= start + 1 && IsAllCapitals(r.Mention.Text) && DashWithin(r.Last, 6)))
                {
                    // The text after the dateline's dash opens the sentence.
                    for (var k = r.Last + 1; k < p && k <= r.Last + 8; k++)
                    {
                        if (tokens[k].Kind == TokenKind.Hyphen && !tokens[k - 1].Glued)
                        {
                            start = k + 1;
                            break;
                        }
                    }

                    continue;
                }

                if ((r.Use & (ActorUse.Modifier | ActorUse.Place | ActorUse.Aside | ActorUse.Quoted)) != 0)
                {
                    continue;
                }

                // Not a people's name before a noun it qualifies ("Greek farmers blocked highways and said").
                // A person after the words of their office ("Kaduna state governor Uba Sani visited the town and vowed").
                return (r.First <= start + 1 && r.First >= start && r.Mention.Form != ActorMentionForm.Demonym) || OfficeOpens(start, r) ? r : null;
            }

            return null;
        }

        /// <summary>
        /// Whether only the words of a person's office, up to four, stand from token <paramref name="start"/> to the
        /// person <paramref name="r"/> (<c>Kaduna state governor</c>), the last a role in lower case.
        /// </summary>
        private bool OfficeOpens(int start, ActorRef r)
        {
            if (r.Mention.Kind != ActorKind.Individual || r.First <= start || r.First - start > 4 || document.IsCapitalised(r.First - 1) || !IsRoleNoun(document.Word(r.First - 1)))
            {
                return false;
            }

            for (var k = start; k < r.First; k++)
            {
                if (tokens[k].Kind != TokenKind.Word)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAllCapitals(string text)
        {
            var letters = 0;
            foreach (var c in text)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters += char.IsLetter(c) ? 1 : 0;
            }

            return letters > 1;
        }

        // Whether a dash with space before it stands within the given number of tokens after token k.
        private bool DashWithin(int k, int reach)
        {
            for (var j = k + 1; j < tokens.Count && j <= k + reach; j++)
            {
                if (tokens[j].Kind == TokenKind.Hyphen && !tokens[j - 1].Glued)
                {
                    return true;
                }
            }

            return false;
        }

        private void NoteSentenceSubject(int first)
        {
            // The first actor of a sentence, or the first after an opening phrase ("Earlier this week, Iraq ...").
            var end = document.WindowEnd(first, Window);
            var comma = first;
            while (comma <= end && comma < first + 8 && !document.IsSymbol(comma, ','))
            {
                comma++;
            }

            var sorted = actors.Sorted;
            for (var i = actors.IndexAtOrAfter(first); i < sorted.Length && sorted[i].First <= end; i++)
            {
                var r = sorted[i];
                if ((r.Use & (ActorUse.Modifier | ActorUse.Place | ActorUse.Aside | ActorUse.Quoted)) == 0 && (r.First == first || r.First == first + 1 || r.First == comma + 1 || r.First == comma + 2))
                {
                    salient.Add(r);
                }

                if ((r.Use & ActorUse.PairPick) != 0)
                {
                    salient.Add(r);
                }
            }
        }

        private void TryStatement(int p, StatementKind kind)
        {
            var sentenceStart = document.WindowStart(p, Window);
            var sentenceEnd = document.WindowEnd(p, Window);
            if (tokens[p].Word == "according")
            {
                TryAccordingTo(p, sentenceStart, sentenceEnd);
                return;
            }

            // "Around 3 March 2024 (as reported)": a note on how the date is known, no statement.
            if (tokens[p].Word == "reported" && document.Word(p - 1) == "as" && document.Word(p + 1) != "by")
            {
                return;
            }

            if (tokens[p].Word == "blame" && document.Word(p - 1) == "to" && document.Word(p - 2) is "was" or "is" or "were" or "are" or "be")
            {
                TryToBlame(p, sentenceStart);
                return;
            }

            var negated = false;
            var official = false;
            var passive = false;

            // The comma opening a relative or participial aside between the speaker and the cue, if one was passed.
            var asideOpening = -1;

            // "Ukraine rarely claims responsibility for strikes inside Russia", "The group usually denies": a habit told
            // by the report, no statement made.
            var habitual = false;

            // Walk back from the cue over auxiliaries and adverbs to the speaker.
            var k = p - 1;
            while (k >= sentenceStart)
            {
                var w = document.Word(k);
                if (w is "rarely" or "seldom" or "usually" or "often" or "routinely" or "typically" or "generally" or "frequently" or "regularly" or "sometimes" or "occasionally")
                {
                    habitual = true;
                    k--;
                    continue;
                }

                // Not the last word of a name ("Prime Minister Theresa May said").
                if (w is not null && (Skippable.Contains(w) && w != "it" && !byLast.ContainsKey(k) || w.EndsWith("ly", StringComparison.Ordinal) && !byLast.ContainsKey(k) || w.EndsWith("n't", StringComparison.Ordinal)))
                {
                    negated |= w is "not" or "never" || w.EndsWith("n't", StringComparison.Ordinal);
                    official |= w == "officially";
                    // Not "was quoted as saying", "was cited as saying": the subject spoke.
                    passive |= IsBe(w) && !tokens[p].Word.EndsWith("ing", StringComparison.Ordinal) && tokens[p].Word is not ("quoted" or "cited") && OnlyAdverbsBetween(k, p);
                    k--;
                    continue;
                }

                // "Washington has in the past blamed Iran-backed militias", "has in recent years accused": a span of time
                // the speaker has said it in, between them.
                if (w is "past" or "years" or "months" && document.Word(k - 1) is "the" or "recent" && document.Word(k - 2) is "in" or "over" && (w == "past" || document.Word(k - 1) == "recent"))
                {
                    k -= 3;
                    continue;
                }

                // "Police on Tuesday said", "The U.N. Security Council on Sept. 3 condemned": the day the speaker spoke
                // on, between them.
                if (SpokenOnBefore(k, sentenceStart) is var on and >= 0)
                {
                    k = on - 1;
                    continue;
                }

                // "a source familiar with the talks said", "sources close to the negotiations said", "an official with
                // knowledge of the matter said": what the speaker knows of, after them.
                if (KnowerBefore(k, sentenceStart) is var knower and >= 0)
                {
                    k = knower;
                    continue;
                }

                // "The Rapid Support Forces (RSF) said", "the World Health Organization (WHO) said": the name's short form
                // in brackets.
                if (tokens[k].Kind == TokenKind.Symbol && tokens[k].Symbol == ')' && OpeningBracket(k, sentenceStart) is var open and >= 0)
                {
                    // "the UN human rights office (OHCHR) said": a body known by the short form alone, after words that
                    // name none, speaks by it (one the text alone names, by its capitals after a word for a body: "the
                    // country's human rights office (CNDH)").
                    if (!byLast.ContainsKey(open - 1) && byLast.TryGetValue(k - 1, out var bracketed) && bracketed.First == open + 1 && (bracketed.Use & ActorUse.Place) == 0
                        && bracketed.Mention.Kind != ActorKind.Individual && (bracketed.Mention.Kind != ActorKind.Unknown || (IsAllCapitals(bracketed.Mention.Text) && document.Word(open - 1) is { } bodyNoun && BodyNouns.Contains(bodyNoun))))
                    {
                        k--;
                        break;
                    }

                    k = open - 1;
                    continue;
                }

                // "Kataeb Hezbollah — designated a terror organisation by Washington — announced"
                if (document.InAside[k] && tokens[k].Kind == TokenKind.Hyphen)
                {
                    k--;
                    while (k >= sentenceStart && document.InAside[k] && tokens[k].Kind != TokenKind.Hyphen)
                    {
                        k--;
                    }

                    k--;
                    continue;
                }

                // A comma closing what stands before the cue, right before it or before auxiliaries and adverbs of it ("A
                // coalition spokesman, Col. Turki al-Maliki, later said", "Burkina Faso's junta, which seized power in
                // 2022, has vowed").
                var commaAtCue = document.IsSymbol(k, ',') && (k == p - 1 || OnlyAuxiliariesBetween(k, p));

                // "The government, which faces a general election on Sunday, blamed ETA", "Police, who arrived an hour
                // later, said": a relative or participial aside between commas, closed right before the cue.
                if (commaAtCue && AsideOpening(k, sentenceStart) is var opening and >= 0)
                {
                    // Not an aside of the speaking itself ("The president, speaking on state radio on Wednesday morning,
                    // declared"), whose day is when it was said.
                    asideOpening = document.Word(opening + 1) is "speaking" or "addressing" or "talking" or "writing" ? -1 : opening;
                    k = opening - 1;
                    continue;
                }

                // "The United Nations human rights office said", "The U.N. refugee agency said": an office of the body
                // named before it, up to three words on, speaks as that body; so does its head ("The United Nations
                // human rights chief condemned", "the EU's foreign policy chief").
                if (k == p - 1 && w is "office" or "agency" or "mission" or "branch" or "wing" or "department" or "chief" or "head" or "envoy" or "commissioner"
                    && !byLast.ContainsKey(k) && BodyOf(k, w, sentenceStart) is var body and >= 0)
                {
                    k = body;
                    break;
                }

                // "Ahmed Ali, an army spokesman, said", "John Smith, the police chief, said": the speaker described in
                // apposition between commas, right before the cue.
                if (commaAtCue && byLast.TryGetValue(k - 1, out var described) && (described.Use & ActorUse.Place) == 0
                    && document.IsSymbol(described.First - 1, ',') && document.Word(described.First) is "a" or "an" or "the")
                {
                    k--;
                    break;
                }

                // "The Pakistani Taliban, a separate militant group, condemned the bombing": a description between commas
                // after a name, itself no speaker; the name speaks.
                // (Its short form in brackets before the comma: "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's affiliate".)
                if (commaAtCue && DescriptionOpening(k, sentenceStart) is var description and >= 0
                    && (document.IsSymbol(description - 1, ')') ? description - 2 : description - 1) is var namedEnd
                    && byLast.TryGetValue(namedEnd, out var namedBefore) && (namedBefore.Use & ActorUse.Place) == 0 && namedBefore.Mention.Form is not (ActorMentionForm.Demonym or ActorMentionForm.Anaphor))
                {
                    k = namedEnd;
                    break;
                }

                // "A resident, Musa Ali, said": a person named in apposition to what they are, one mention.
                if (commaAtCue && byLast.TryGetValue(k - 1, out var apposed) && apposed.Mention.Kind == ActorKind.Individual
                    && (apposed.Use & ActorUse.Place) == 0 && CommaWithin(apposed.First, apposed.Last))
                {
                    k--;
                    break;
                }

                // "Police chief John Smith, 54, said": an age in apposition.
                if (commaAtCue && k - 3 >= sentenceStart && tokens[k - 1] is { Kind: TokenKind.Number, Value: > 0 and < 120 } && document.IsSymbol(k - 2, ','))
                {
                    k -= 3;
                    continue;
                }

                // "A Houthi spokesman, Yahya Saree, claimed the attack": a name in apposition to the speaker before it.
                if (commaAtCue && AppositionOpening(k, sentenceStart) is var named and >= 0)
                {
                    // "The UN envoy in Sudan, Volker Perthes, said": the place the role is held in is no part of who speaks.
                    if (byLast.TryGetValue(named - 1, out var heldIn) && (heldIn.Use & ActorUse.Place) != 0 && document.Word(heldIn.First - 1) == "in"
                        && heldIn.First - 2 > sentenceStart && (byLast.ContainsKey(heldIn.First - 2) || IsRoleNoun(document.Word(heldIn.First - 2))))
                    {
                        named = heldIn.First - 1;
                    }

                    // "A Taliban commander, Sarbakaf Mohmand, claimed": the body whose role the name holds speaks; "A
                    // spokesperson for the military government, Zaw Min Tun, confirmed": the role, of a body not known.
                    // "Its leader, Luckson Elan, said", "A police spokesman, Charles Owino, said": with no body named, the person.
                    k = byLast.ContainsKey(named - 1) ? named - 1 : IsRoleNoun(document.Word(named - 1)) && byLast.ContainsKey(named - 2) ? named - 2 : RoleOfSomeBody(named - 1, sentenceStart);
                    // "The bomb had been hidden in a cart, the spokesman, Mohammad Asif Waziri, told Reuters": a role of no
                    // body named is the person who holds it.
                    var roleOfNoBody = k >= 0 && byLast.TryGetValue(k, out var role) && role.Mention.Kind == ActorKind.Individual && role.Mention.Form != ActorMentionForm.Name
                        && !NamesSomeBody(role);
                    k = (k < 0 || roleOfNoBody) && byLast.TryGetValue(p - 2, out var namedPerson) && namedPerson.Mention.Kind is ActorKind.Individual or ActorKind.Unknown
                        && namedPerson.Mention.Form == ActorMentionForm.Name && document.IsSymbol(p - 1, ',') ? p - 2 : k;
                    continue;
                }

                // "The Islamic State group's affiliate in Afghanistan claimed": the body whose affiliate or branch it is.
                if (byLast.TryGetValue(k, out var where) && (where.Use & ActorUse.Place) != 0 && document.Word(where.First - 1) == "in"
                    && document.Word(where.First - 2) is "affiliate" or "branch" or "wing" or "chapter" or "offshoot" or "franchise" or "arm"
                    && (byLast.ContainsKey(where.First - 3) ? where.First - 3 : BodyBefore(where.First - 2, sentenceStart)) is var owner and >= 0)
                {
                    k = owner;
                }

                break;
            }

            if (habitual)
            {
                return;
            }

            // "No group has claimed the ambush", "Nobody claimed responsibility", "no immediate claim": no one said it.
            negated |= k >= sentenceStart && (document.Word(k) is "nobody" or "none" || document.Word(k - 1) == "no" || document.Word(k) == "no");

            var speakers = new List<ActorRef>();
            var joinedOn = false;
            var relativeClause = false;
            if (AgentAfterBy(p) is { } agent)
            {
                // "The men were accused by police of planning the attack", "residents accused by the gang's leader of
                // practicing voodoo": the one after "by" speaks, not the one spoken of before the verb.
                speakers.Add(agent);
            }
            else if (passive)
            {
                // Told to, named, quoted: the subject is not the speaker, and the text does not say who was.
            }
            else if (k >= sentenceStart && byLast.TryGetValue(k, out var speaker) && (speaker.Use & ActorUse.Place) == 0)
            {
                speakers.Add(speaker);

                // "The US embassy and Iraq released statements", "Saudi Arabia and the United States said", "residents and a
                // local lawmaker said".
                var j = speaker.First - 1 - (document.Word(speaker.First - 1) is "the" or "a" or "an" ? 1 : 0);
                while (document.Word(j) is "and" or "," && byLast.TryGetValue(j - 1, out var other) && (other.Use & ActorUse.Place) == 0)
                {
                    speakers.Insert(0, other);
                    j = other.First - 1 - (document.Word(other.First - 1) is "the" or "a" or "an" ? 1 : 0);
                }
            }
            else if (document.Word(k) is "office" or "spokesman" or "spokeswoman" or "spokesperson" or "aides" && document.Word(k - 1) is "his" or "her"
                && Resolve(k - 1, person: true) is { } principal)
            {
                // "Prime Minister Mohammed Shia al-Sudani ordered an investigation, his office said": the person the office
                // or spokesman speaks for.
                var voice = new TextSpan(tokens[k - 1].Start, tokens[k].End - tokens[k - 1].Start);
                speakers.Add(principal with { Mention = principal.Mention with { Span = voice, Text = document.Slice(k - 1, k), Form = ActorMentionForm.Anaphor } });
            }
            else if (document.Word(k) is "it" or "they" or "he" or "she" && Resolve(k) is { } pronoun)
            {
                speakers.Add(pronoun with { Mention = pronoun.Mention with { Span = new TextSpan(tokens[k].Start, tokens[k].Length), Text = document.Slice(k, k), Form = ActorMentionForm.Anaphor } });
            }
            else if (WhoClauseBefore(p, sentenceStart) is { } described)
            {
                // "A resident who saw the attack said", "a villager who helped bury the dead told Reuters": the one the
                // clause says which of.
                speakers.Add(described);
            }
            else if (document.Word(k) == "and" && found.Count > 0 && document.Sentence[found[^1].Cue] == document.Sentence[p] && SubjectOfContrast(found[^1].Cue, k) is { } other)
            {
                // "the minister said the government was ready to talk, but student leaders rejected the offer and called for a
                // shutdown": the subject of the clause of "but" between the statements, not the speaker before.
                speakers.Add(other);
            }
            else if (document.Word(k) is "but" or "and" && found.Count > 0 && document.Sentence[found[^1].Cue] == document.Sentence[p])
            {
                // "It has not officially blamed the United States, but did summon ...": the same speaker, whose words
                // before are the statement before ("confirmed the killings ..., and said residents had fled": from the verb).
                speakers.AddRange(found[^1].Speakers);
                joinedOn = true;
            }
            else if (document.Word(k) is "but" or "and" && SubjectOfSentence(p) is { } subject)
            {
                // "Russia's Defense Ministry did not comment on the attack but said its forces had struck ...": the
                // subject the sentence opened with.
                speakers.Add(subject);
            }
            else if (document.Word(k) == "who" && document.IsSymbol(k - 1, ',') && byLast.TryGetValue(k - 2, out var antecedent) && (antecedent.Use & ActorUse.Place) == 0
                && (antecedent.Mention.Kind is ActorKind.Individual || k == p - 1))
            {
                // "said resident Musa Ali, who said he counted 21 bodies": the person the relative clause is of; "The rebels,
                // who say they are fighting for the rights of tribal people, have waged": those, in the clause's words.
                speakers.Add(antecedent);
                relativeClause = true;
            }
            else if (document.Word(k) == "which" && k == p - 1 && document.IsSymbol(k - 1, ',') && AntecedentBefore(k - 1) is { } body && body.Mention.Kind != ActorKind.Individual)
            {
                // "according to the Syrian Observatory for Human Rights, a Britain-based war monitor, which put the death
                // toll at seven": the body the relative clause is of, past an apposition.
                speakers.Add(body);
                relativeClause = true;
            }
            else if (k == p - 1 && GoesOnFromLast(p))
            {
                // "the U.N. human rights office said Friday, blaming most of the deaths on the Rapid Support Forces": the
                // speaker of the statement the participle goes on from.
                speakers.AddRange(found[^1].Speakers);
            }
            else if (k == p - 1 && tokens[p].Word.EndsWith("ing", StringComparison.Ordinal) && document.IsSymbol(p - 1, ',') && SubjectOfSentence(p) is { } doer)
            {
                // "Local activists put the toll higher, saying 35 people were killed": a participle after a comma shares
                // the subject its sentence opened with.
                speakers.Add(doer);
            }
            else if (kind == StatementKind.ClaimOfResponsibility && found.Count > 0 && found[^1].Cue == SayingBeforeClaim(p) && found[^1].Speakers.Count > 0)
            {
                // "The Islamic State group said in a claim of responsibility on Telegram", "said in a statement claiming
                // responsibility": who said it claims it, in one statement, the claim (no report of the same words beside it).
                speakers.AddRange(found[^1].Speakers);
                if (found[^1].Mention.Kind is StatementKind.Report or StatementKind.Announcement or StatementKind.ClaimOfResponsibility)
                {
                    spanBudget += found[^1].Mention.Span.Length;
                    found.RemoveAt(found.Count - 1);
                }
            }
            else if ((k + 1 == p || (document.IsSymbol(p - 1, ',') && document.Word(k + 2) is not ("who" or "which" or "whose"))) && byLast.Count > 0)
            {
                // "said the ministry": the speaker after the cue; so after a comma that closes a participle's aside with
                // no speaker before it ("opened fire, killing a teacher, said Abubakar Musa"; not a relative clause's,
                // whose subject is before it: "Republicans, who have run the House since 2011, say the White House").
                var after = p + 1 + (document.Word(p + 1) is "the" or "a" or "an" ? 1 : 0);
                // Not who was told ("a village chief told Reuters").
                // Nor the subject of what is reported ("A coalition spokesman said the alliance would investigate").
                if (kind == StatementKind.Report && tokens[p].Word is not ("told" or "tells") && NamedInAppositionAfter(p) is { } apposedName)
                {
                    // "said a prison service spokesman, Abubakar Umar": the person named after what they are.
                    speakers.Add(apposedName);
                }
                else if ((byFirst.TryGetValue(after, out var inverted) || byFirst.TryGetValue(p + 1, out inverted)) && kind == StatementKind.Report && tokens[p].Word is not ("told" or "tells")
                    && !VerbAt(inverted.Last + 1))
                {
                    speakers.Add(inverted);
                }
            }

            // "..., Iraqi security sources said. ..., the sources said": the sources who spoke last, up to three sentences
            // back (of the last eight statements).
            if (speakers.Count == 0 && document.Word(p - 1) is "sources" or "source" && document.Word(p - 2) == "the")
            {
                for (var f = found.Count - 1; f >= 0 && f >= found.Count - 8 && document.Sentence[found[f].Cue] >= document.Sentence[p] - 3; f--)
                {
                    if (found[f].Speakers.Count == 1 && found[f].Speakers[0].Mention.Text.EndsWith(document.Word(p - 1)!, StringComparison.OrdinalIgnoreCase))
                    {
                        speakers.Add(found[f].Speakers[0]);
                        break;
                    }
                }
            }

            var clauseEnd = relativeClause ? RelativeClauseEnd(p, ClauseEnd(p, sentenceEnd)) : ClauseEnd(p, sentenceEnd);
            var speakerFirst = speakers.Count > 0 ? Math.Min(speakers.Min(s => s.First), p) : p;
            var spanFirst = joinedOn ? k + 1 : speakers.Count > 0 && speakers[0].Mention.Form != ActorMentionForm.Anaphor || k < 0 ? speakerFirst : Math.Min(Math.Max(k, sentenceStart), p);
            var subjects = new List<ActorRef>();
            var setOffAt = speakers.Count > 0 ? SetOffAt(speakers[0].First, sentenceStart) : -1;
            var alternatives = false;
            var sortedRefs = actors.Sorted;
            for (var index = actors.IndexAtOrAfter(sentenceStart); index < sortedRefs.Length && sortedRefs[index].First <= clauseEnd; index++)
            {
                var r = sortedRefs[index];
                var inClause = r.First > p && r.Last <= clauseEnd;

                // "... will intensify cooperation, Washington's embassy said": the reported content comes first.
                // Up to the mark that sets the speaker off, not what the speaker is ("..., UN envoy Martin Griffiths said").
                var inContent = setOffAt >= 0 && r.First >= sentenceStart && r.Last < setOffAt && kind is StatementKind.Report or StatementKind.Announcement;
                // Not where those named are based ("blamed Pakistan-based militants": not Pakistan).
                if ((inClause || inContent) && (r.Use & (ActorUse.Modifier | ActorUse.Aside | ActorUse.Place)) == 0
                    && !Names(speakers, r.Mention.Actor) && !Names(subjects, r.Mention.Actor) && !IsBase(r))
                {
                    alternatives |= subjects.Count > 0 && document.Word(r.First - 1) == "or";
                    subjects.Add(r);
                }
            }

            var (quote, quoteSpan) = QuoteIn(document.WindowStart(p, QuoteWindow), document.WindowEnd(p, QuoteWindow), p);

            // A quotation is the words of one statement of its sentence, the one whose verb stands nearest it (“They shot
            // anyone they saw,” said resident Musa Ali, who said he counted 21 bodies).
            if (quoteSpan is { } taken && found.Count > 0 && found[^1].Mention.QuoteSpan == taken && document.Sentence[found[^1].Cue] == document.Sentence[p])
            {
                if (DistanceTo(taken, found[^1].Cue) <= DistanceTo(taken, p))
                {
                    (quote, quoteSpan) = (null, null);
                }
                else
                {
                    found[^1] = found[^1] with { Mention = found[^1].Mention with { Quote = null, QuoteSpan = null } };
                }
            }

            // "said the attack was carried out by the Carlos Patiño front", "said the Islamic State group was behind the
            // bombing": who did it, said by another, an accusation of them.
            if (kind == StatementKind.Report && speakers.Count > 0 && DoerNamed(p, clauseEnd) is { } namedDoer && !Names(speakers, namedDoer.Mention.Actor))
            {
                kind = StatementKind.Accusation;
                subjects.Clear();
                subjects.Add(namedDoer);
                alternatives = false;
            }

            var (channel, platform, written) = ChannelOf(p, sentenceEnd, kind);
            if (kind == StatementKind.Report && written)
            {
                kind = StatementKind.Announcement;
            }

            if (kind == StatementKind.Announcement && speakers.Count > 1)
            {
                kind = StatementKind.JointStatement;
            }

            // "Aid agencies warned of famine", "Doctors warned that the toll could rise": a warning by those who do not
            // wield force is a report of a danger, not a threat; one by a state, a government or armed men may be one.
            if (kind == StatementKind.Threat && speakers.Count > 0 && speakers.TrueForAll(s => s.Mention.Kind is ActorKind.Other or ActorKind.Civilians)
                && tokens[p].Word is "warned" or "warns" or "warning")
            {
                kind = StatementKind.Report;
            }

            var last = Math.Max(clauseEnd, p);
            while (last > p && tokens[last].Kind == TokenKind.Symbol)
            {
                last--;
            }

            var start = tokens[spanFirst].Start;
            var span = new TextSpan(start, tokens[last].End - start);
            var cueWritten = document.Text.AsSpan(tokens[p].Start, tokens[p].Length);
            var cue = cueWritten.SequenceEqual(tokens[p].Word) ? tokens[p].Word : cueWritten.ToString();
            var mention = new StatementMention(span, document.Cut(span), kind, cue, new TextSpan(tokens[p].Start, tokens[p].Length))
            {
                Speakers = MentionsOf(speakers),
                Subjects = MentionsOf(subjects),
                SubjectsAreAlternatives = alternatives,
                Quote = quote,
                QuoteSpan = quoteSpan,
                Channel = channel,
                Platform = platform,
                IsNegated = negated,
                IsOfficial = official,
                Date = DateNear(p, relativeClause && speakers.Count > 0 ? speakers[0].First : ContentEnd(p, speakers, sentenceStart), asideOpening),
            };
            Record(mention, p, speakers);
            foreach (var s in speakers)
            {
                if (s.Mention.Form != ActorMentionForm.Anaphor || (s.Use & ActorUse.PairPick) == 0)
                {
                    salient.Add(s);
                }
            }
        }

        /// <summary>Whether a mention names where others are based (<c>Pakistan-based militants</c>, <c>a London-based monitor</c>).</summary>
        private bool IsBase(ActorRef r) =>
            r.Last + 2 < tokens.Count && tokens[r.Last + 1].Kind == TokenKind.Hyphen && tokens[r.Last].Glued && tokens[r.Last + 1].Glued && document.Word(r.Last + 2) == "based";

        /// <summary>
        /// <c>Russia ... said a Ukrainian air defense missile was to blame</c>, <c>Officials said Russia was to blame</c>: an
        /// accusation of the actor named last in the six words before <c>was to blame</c>, by the speakers of the
        /// statement just made in the sentence before that actor (none the text names when there is none); nothing
        /// when no actor stands there, or when it is asked (<c>whether North Korea was to blame</c>).
        /// </summary>
        private void TryToBlame(int p, int sentenceStart)
        {
            ActorRef? blamed = null;
            for (var k = p - 3; k >= sentenceStart && k >= p - 8 && document.Word(k) is not ("said" or "says" or "that" or "and") && !document.IsSymbol(k, ','); k--)
            {
                if (byFirst.TryGetValue(k, out var r) && r.Last < p - 2 && (r.Use & ActorUse.Place) == 0)
                {
                    blamed = r;
                    break;
                }
            }

            // "investigating whether North Korea was to blame": a question, no accusation.
            if (blamed is not { } subject || document.Word(subject.First - 1) is "whether" or "if" || document.Word(subject.First - 2) is "whether" or "if")
            {
                return;
            }

            var speakers = found.Count > 0 && found[^1].Cue < subject.First && found[^1].Cue >= sentenceStart ? new List<ActorRef>(found[^1].Speakers) : [];
            var start = tokens[subject.First].Start;
            var span = new TextSpan(start, tokens[p].End - start);
            var mention = new StatementMention(span, document.Cut(span), StatementKind.Accusation, tokens[p].Word, new TextSpan(tokens[p].Start, tokens[p].Length))
            {
                Speakers = MentionsOf(speakers),
                Subjects = MentionsOf([subject]),
                Date = speakers.Count > 0 ? found[^1].Mention.Date : null,
            };
            Record(mention, p, speakers);
        }

        private int leadFirst = -1;

        /// <summary>
        /// Gets the first token after a wire report's dateline (<c>YANGON, Myanmar (AP) —</c>): the token after the dash that
        /// ends it within twenty tokens of a first word in capitals; 0 when the text opens otherwise.
        /// </summary>
        private int LeadFirst
        {
            get
            {
                if (leadFirst < 0)
                {
                    leadFirst = 0;
                    if (tokens.Count > 0 && tokens[0].Kind == TokenKind.Word && IsAllCapitals(document.Text.Substring(tokens[0].Start, tokens[0].Length)))
                    {
                        for (var k = 1; k < tokens.Count && k <= 20; k++)
                        {
                            if (tokens[k].Kind == TokenKind.Hyphen && !tokens[k].Glued && Dates.Dateline.MarksDateline(document.Text, tokens[k - 1].End))
                            {
                                leadFirst = k + 1;
                                break;
                            }
                        }
                    }
                }

                return leadFirst;
            }
        }

        /// <summary>
        /// A report told with <c>according to</c> and its speaker after it (<c>15 people were killed, according to
        /// medics</c>, <c>According to the health ministry, 40 were wounded</c>, <c>according to figures from the
        /// UN</c>): the speaker is the first actor within six words after <c>to</c> in the sentence, and what is
        /// reported the clause before it, or, when the phrase opens the sentence, the one after its comma. No speaker,
        /// no statement (<c>according to plan</c>, <c>according to the law</c>).
        /// </summary>
        private void TryAccordingTo(int p, int sentenceStart, int sentenceEnd)
        {
            if (document.Word(p + 1) != "to")
            {
                return;
            }

            ActorRef? speaker = null;
            var sorted = actors.Sorted;
            for (var index = actors.IndexAtOrAfter(p + 2); index < sorted.Length && sorted[index].First <= Math.Min(p + 8, sentenceEnd); index++)
            {
                if ((sorted[index].Use & (ActorUse.Place | ActorUse.Modifier)) == 0)
                {
                    speaker = sorted[index];
                    break;
                }
            }

            if (speaker is not { } said)
            {
                return;
            }

            // "According to the ministry, ...": the report is the clause after the phrase, to the sentence's end.
            var opens = p == sentenceStart || (p == sentenceStart + 1 && tokens[sentenceStart].Kind == TokenKind.Symbol);
            var contentFirst = opens ? said.Last + 1 : sentenceStart;
            var contentLast = opens ? sentenceEnd : p - 1;
            var subjects = new List<ActorRef>();
            for (var index = actors.IndexAtOrAfter(contentFirst); index < sorted.Length && sorted[index].First <= contentLast; index++)
            {
                var r = sorted[index];
                if ((r.Use & (ActorUse.Modifier | ActorUse.Aside | ActorUse.Place)) == 0 && r.Last <= contentLast && r.Mention.Actor != said.Mention.Actor && !Names(subjects, r.Mention.Actor))
                {
                    subjects.Add(r);
                }
            }

            // "YANGON, Myanmar (AP) — A military airstrike ... killed at least 21 people, according to ...": not the dateline.
            var first = opens ? p : Math.Max(sentenceStart, LeadFirst < p ? LeadFirst : 0);
            var last = opens ? sentenceEnd : Math.Max(said.Last, ClauseEnd(p, sentenceEnd));
            while (last > first && tokens[last].Kind == TokenKind.Symbol)
            {
                last--;
            }

            var start = tokens[first].Start;
            var span = new TextSpan(start, tokens[last].End - start);
            var speakers = new List<ActorRef> { said };

            // "according to the Syrian Observatory for Human Rights and local rescuers": both.
            var other = said.Last + 2 + (document.Word(said.Last + 2) is "the" or "a" or "an" ? 1 : 0);
            if (document.Word(said.Last + 1) == "and" && other <= sentenceEnd && actors.IndexAtOrAfter(other) is var at && at < sorted.Length && sorted[at].First == other
                && (sorted[at].Use & (ActorUse.Place | ActorUse.Modifier)) == 0 && sorted[at].Mention.Form != ActorMentionForm.Demonym)
            {
                speakers.Add(sorted[at]);
            }

            var (channel, platform, _) = ChannelOf(p, sentenceEnd, StatementKind.Report);
            var mention = new StatementMention(span, document.Cut(span), StatementKind.Report, "according to", new TextSpan(tokens[p].Start, tokens[p + 1].End - tokens[p].Start))
            {
                Speakers = MentionsOf(speakers),
                Subjects = MentionsOf(subjects),
                Channel = channel,
                Platform = platform,
                Date = DateNear(p, -1, -1),
            };
            Record(mention, p, speakers);
        }

        /// <summary>
        /// The armed actor a report's words from the cue at <paramref name="p"/> to <paramref name="end"/> say did an act:
        /// after <c>carried out by</c>, <c>committed by</c> or <c>perpetrated by</c>, or before <c>was behind</c> or
        /// <c>were behind</c>; null when they say none.
        /// </summary>
        private ActorRef? DoerNamed(int p, int end)
        {
            for (var k = p + 1; k < end; k++)
            {
                if (document.Word(k) == "by" && document.Word(k - 1) is "out" or "committed" or "perpetrated" && (document.Word(k - 1) != "out" || document.Word(k - 2) == "carried"))
                {
                    var at = document.Word(k + 1) == "the" ? k + 2 : k + 1;
                    return byFirst.TryGetValue(at, out var by) && IsArmed(by) ? by : null;
                }

                if (document.Word(k) == "behind" && document.Word(k - 1) is "was" or "were" && byLast.TryGetValue(k - 2, out var behind) && IsArmed(behind))
                {
                    return behind;
                }
            }

            return null;

            static bool IsArmed(ActorRef r) => (r.Use & (ActorUse.Place | ActorUse.Modifier)) == 0
                && r.Mention.Kind is ActorKind.NonStateArmedGroup or ActorKind.State or ActorKind.StateForces or ActorKind.Unknown;
        }

        /// <summary>The last token of a relative clause whose verb of saying is at <paramref name="p"/>: before the comma that closes it, up to <paramref name="end"/>.</summary>
        private int RelativeClauseEnd(int p, int end)
        {
            for (var k = p + 1; k <= end; k++)
            {
                if (document.IsSymbol(k, ',') && !document.InQuote[k])
                {
                    return k - 1;
                }
            }

            return end;
        }

        /// <summary>
        /// The token of the verb of saying before <c>in</c> and the words of a message that lead to the claim at token
        /// <paramref name="p"/> (<c>said in a claim</c>, <c>said in a statement claiming</c>, <c>said in an online post
        /// claiming</c>); -1 otherwise.
        /// </summary>
        private int SayingBeforeClaim(int p)
        {
            var j = p - 1;
            while (j > p - 5 && document.Word(j) is "a" or "an" or "its" or "their" or "the" or "statement" or "video" or "message" or "post" or "posted" or "online"
                or "audio" or "written" or "brief" or "short")
            {
                j--;
            }

            return j < p - 1 && document.Word(j) == "in" && document.Word(j - 1) is "said" or "says" or "announced" or "stated" or "added" ? j - 1 : -1;
        }

        /// <summary>Keeps a statement found at cue token <paramref name="p"/>, and counts its span against the budget.</summary>
        private void Record(StatementMention mention, int p, List<ActorRef> speakers)
        {
            found.Add(new StatementFind(mention, p, speakers));
            lastCue = p;
            spanBudget -= mention.Span.Length;
        }

        private static ValueArray<ActorMention> MentionsOf(List<ActorRef> refs)
        {
            if (refs.Count == 0)
            {
                return default;
            }

            var mentions = new ActorMention[refs.Count];
            for (var i = 0; i < mentions.Length; i++)
            {
                mentions[i] = refs[i].Mention;
            }

            return ValueArray.From(mentions);
        }

        private static bool Names(List<ActorRef> refs, ActorId actor)
        {
            foreach (var r in refs)
            {
                if (r.Mention.Actor == actor)
                {
                    return true;
                }
            }

            return false;
        }

        // Whether a role's words name whose it is: a capitalised word in it, not the sentence's first ("A Houthi spokesman").
        private bool NamesSomeBody(ActorRef role)
        {
            for (var m = role.First; m <= role.Last; m++)
            {
                if (document.IsCapitalised(m) && document.SentenceStart[m] != m)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The person named after the cue at token <paramref name="p"/> in apposition to what they are: an article, up to
        /// eight tokens of the role, a comma and a person's name ending at a comma or the sentence's end (<c>said a prison
        /// service spokesman, Abubakar Umar.</c>); null when there is none.
        /// </summary>
        private ActorRef? NamedInAppositionAfter(int p)
        {
            if (document.Word(p + 1) is not ("a" or "an" or "the"))
            {
                return null;
            }

            for (var k = p + 2; k <= p + 10 && k < tokens.Count; k++)
            {
                if (document.IsSymbol(k, ','))
                {
                    return k > p + 2 && byFirst.TryGetValue(k + 1, out var named) && named.Mention.Kind is ActorKind.Individual or ActorKind.Unknown
                        && (document.IsSymbol(named.Last + 1, ',') || named.Last + 1 >= tokens.Count || TextDocument.SymbolEndsSentence(tokens, named.Last + 1)) ? named : null;
                }

                // (An abbreviation's points too: "the U.N. humanitarian coordinator, Anita Kiki Gbeho".)
                if (tokens[k].Kind is not (TokenKind.Word or TokenKind.Hyphen) && !document.IsSymbol(k, '.'))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>
        /// The actor named right before the comma at token <paramref name="comma"/>, or before an apposition that ends
        /// there (<c>the Syrian Observatory for Human Rights, a Britain-based war monitor,</c>: the Observatory, up to
        /// eight words of apposition after an article); null when there is none or it names a place.
        /// </summary>
        private ActorRef? AntecedentBefore(int comma)
        {
            if (byLast.TryGetValue(comma - 1, out var named))
            {
                return (named.Use & ActorUse.Place) == 0 ? named : null;
            }

            for (var k = comma - 1; k > 0 && k >= comma - 9; k--)
            {
                if (document.IsSymbol(k, ','))
                {
                    return document.Word(k + 1) is "a" or "an" or "the" && byLast.TryGetValue(k - 1, out var apposed) && (apposed.Use & ActorUse.Place) == 0 ? apposed : null;
                }

                if (tokens[k].Kind is not (TokenKind.Word or TokenKind.Hyphen))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>The comma or closing quotation mark that sets a speaker's clause off from what it reports before it; -1 when there is none.</summary>
        private int SetOffAt(int speakerFirst, int sentenceStart)
        {
            // "..., the army said", and back over what the speaker named is, up to eight words ("..., Abyei's information
            // minister Bulis Koch said", "..., Syria's state news agency SANA said").
            var k = speakerFirst - 1;
            for (var n = 0; n < 8 && k > sentenceStart && (tokens[k].Kind == TokenKind.Word || (tokens[k].Kind == TokenKind.Hyphen && tokens[k].Glued && tokens[k - 1].Glued))
                && !ClauseLinks.Contains(tokens[k].Word); n++)
            {
                k--;
            }

            return k > sentenceStart && IsSetOffMark(k) ? k : -1;
        }

        // Words that link a clause or a phrase to what comes before, never part of what a speaker is ("with a witness
        // saying", "and police said").
        private static readonly FrozenSet<string> ClauseLinks = FrozenSet.ToFrozenSet<string>(
            ["with", "and", "but", "or", "as", "while", "after", "before", "when", "where", "which", "who", "that", "according", "to", "from", "by", "in", "on", "at", "for"],
            StringComparer.Ordinal);

        /// <summary>
        /// The actor named after <c>by</c> right after a cue in <c>-ed</c> at token <paramref name="p"/>, the verb told in the
        /// passive (<c>were accused by police</c>, <c>was condemned by the UN</c>); null when there is none or it names a place.
        /// </summary>
        private ActorRef? AgentAfterBy(int p)
        {
            if (document.Word(p + 1) != "by" || !tokens[p].Word.EndsWith("ed", StringComparison.Ordinal))
            {
                return null;
            }

            var at = document.Word(p + 2) is "the" or "a" or "an" ? p + 3 : p + 2;
            return (byFirst.TryGetValue(at, out var agent) || byFirst.TryGetValue(p + 2, out agent)) && (agent.Use & ActorUse.Place) == 0 ? agent : null;
        }

        /// <summary>
        /// The actor that opens a clause of <c>but</c> or <c>while</c> between the cue at <paramref name="cue"/> and the
        /// <c>and</c> at <paramref name="and"/>, within twelve tokens before it, a verb right after it; null when none does.
        /// </summary>
        private ActorRef? SubjectOfContrast(int cue, int and)
        {
            for (var j = and - 2; j > cue && j >= and - 12; j--)
            {
                if (document.Word(j - 1) is "but" or "while" or "whereas" && byFirst.TryGetValue(j, out var subject) && (subject.Use & (ActorUse.Place | ActorUse.Modifier)) == 0
                    && subject.Last + 1 < and && document.Word(subject.Last + 1) is { } verb && verb.EndsWith("ed", StringComparison.Ordinal))
                {
                    return subject;
                }
            }

            return null;
        }

        /// <summary>Whether token <paramref name="k"/> is a comma or a closing quotation mark, which set a speaker's clause off.</summary>
        private bool IsSetOffMark(int k) => document.IsSymbol(k, ',') || document.IsSymbol(k, '\u201D') || document.IsSymbol(k, '"');

        /// <summary>
        /// Where what a statement reports ends when it comes first: the mark that sets off the speaker's clause after it
        /// (<c>..., the army said</c>, <c>..., said Babagana Zulum</c>); -1 when the report follows its cue.
        /// </summary>
        private int ContentEnd(int p, List<ActorRef> speakers, int sentenceStart)
        {
            if (speakers.Count == 0)
            {
                return -1;
            }

            if (speakers[0].First > p)
            {
                return p - 1 > sentenceStart && IsSetOffMark(p - 1) ? p - 1 : -1;
            }

            return ClosesClause(p) ? SetOffAt(speakers[0].First, sentenceStart) : -1;
        }

        /// <summary>
        /// Whether the cue at token <paramref name="p"/> ends its clause: nothing but when or how it was said stands
        /// between it and the clause's end (<c>police said.</c>, <c>the army said on Monday,</c>, <c>officials said late
        /// on Sunday.</c>); not a cue whose report follows it (<c>In 1984, China promised to leave</c>).
        /// </summary>
        private bool ClosesClause(int p)
        {
            for (var k = p + 1; k < tokens.Count && k <= p + 7; k++)
            {
                ref readonly var token = ref tokens[k];
                if (token.Kind == TokenKind.Symbol)
                {
                    if (token.Symbol is ',' or ';' or ')' || TextDocument.SymbolEndsSentence(tokens, k))
                    {
                        return true;
                    }

                    continue;
                }

                if (token.Kind == TokenKind.Number || (token.Kind == TokenKind.Word && (TimeWhenSaid.Contains(token.Word) || (token.Capitalised && (DateScanner.Weekdays.ContainsKey(token.Word) || CalendarWords.Months.ContainsKey(token.Word))))))
                {
                    continue;
                }

                return false;
            }

            return tokens.Count <= p + 7;
        }

        // What a force calls for in the field, no demand made in words to anyone: "called for close air support",
        // "called for reinforcements", "called for all occupants to exit the buildings", "calling for the men inside to
        // come out".
        private bool IsOperationalCall(int k)
        {
            var at = document.Word(k) is "all" or "the" or "close" or "more" or "additional" or "an" or "a" ? k + 1 : k;
            at = document.Word(at) == "precision" ? at + 1 : at;
            return document.Word(at) is "air" or "airstrike" or "airstrikes" or "support" or "reinforcements" or "backup" or "help" or "medevac" or "occupants" or "men" or "fire" or "artillery" or "assistance"
                || (document.Word(at) is "residents" or "people" && document.Word(at + 1) == "to" && document.Word(at + 2) is "exit" or "come");
        }

        // A lower-case plural noun of armed men or forces ending a mention ("gunmen", "Gunmen", "militants", "soldiers"),
        // which no "he" stands for; not a name ("Hamas", "the Taliban").
        private bool IsPluralCommonNoun(int last) =>
            document.Word(last) is { } word && (Events.EventScanner.IsAttackerWord(word) || word is "soldiers" or "troops" or "forces" or "policemen" or "officers")
            && (word.EndsWith('s') || word.EndsWith("men", StringComparison.Ordinal)) && word is not ("hamas" or "taliban");

        /// <summary>"it", "they": the last actor made a subject, within the two sentences before.</summary>
        private ActorRef? Resolve(int pronoun) =>
            (document.Word(pronoun) is "he" or "she" ? Resolve(pronoun, person: true) : null) ?? Resolve(pronoun, person: false);

        // "he" and "she" are first a person (or a name of no known kind) told before, then, when none was, what "it" is:
        // the group or state the person speaks for ("a Taliban commander ... He claimed responsibility").
        private ActorRef? Resolve(int pronoun, bool person)
        {
            var plural = document.Word(pronoun) == "they";
            for (var s = salient.Count - 1; s >= 0 && s >= salient.Count - 30; s--)
            {
                var r = salient[s];
                if (r.First >= pronoun)
                {
                    continue;
                }

                if (document.Sentence[r.First] < document.Sentence[pronoun] - 2)
                {
                    break;
                }

                // Not, for "he" or "she", men counted by what they are ("Gunmen attacked ... He called it a war crime").
                var kind = r.Mention.Kind;
                var fits = plural ? kind is ActorKind.NonStateArmedGroup or ActorKind.StateForces or ActorKind.Civilians or ActorKind.Unknown
                    : person ? kind is ActorKind.Individual or ActorKind.Unknown
                    : kind is not ActorKind.Individual and not ActorKind.Civilians && !(document.Word(pronoun) is "he" or "she" && IsPluralCommonNoun(r.Last));
                if (fits)
                {
                    return r;
                }
            }

            return null;
        }

        private int ClauseEnd(int p, int sentenceEnd)
        {
            var k = p + 1;
            while (k <= sentenceEnd)
            {
                // Not the point of an abbreviation inside the sentence ("at around 9 a.m. on Thursday").
                var w = document.Word(k);
                if ((w is not null && ClauseEnds.Contains(w) && !document.InQuote[k]) || (document.IsSymbol(k, '.') && (k + 1 >= document.Count || document.Sentence[k + 1] != document.Sentence[k])))
                {
                    return k - 1;
                }

                // "confirmed the killings in Naquitengue village, and said residents had fled": a verb of saying joined on
                // opens a statement of its own.
                if (w == "and" && !document.InQuote[k] && document.Word(k + 1) is { } next && StatementCue.All.ContainsKey(next) && StatementCue.IsCue.Of(tokens[k + 1].Lexeme))
                {
                    return document.IsSymbol(k - 1, ',') ? k - 2 : k - 1;
                }

                k++;
            }

            return sentenceEnd;
        }

        private bool Near(int from, string word, int window)
        {
            // Words in an aside do not count: "granted the PMF — a coalition of ... — permission".
            var counted = 0;
            for (var k = from; k < tokens.Count && counted < window && k < from + Window; k++)
            {
                if (document.IsSymbol(k, '.'))
                {
                    return false;
                }

                if (document.InAside[k])
                {
                    continue;
                }

                if (document.Word(k) is { } w && (w == word || w == word + "s"))
                {
                    return true;
                }

                counted++;
            }

            return false;
        }

        /// <summary>The longest quotation in the sentence: its words without the marks or a trailing comma.</summary>
        private (string? Quote, TextSpan? Span) QuoteIn(int sentenceStart, int sentenceEnd, int cue)
        {
            // Only the quotation marks are visited, found once for the whole text.
            TextSpan? best = null;
            var open = -1;
            var at = Array.BinarySearch(quoteMarks, sentenceStart);
            for (var m = at >= 0 ? at : ~at; m < quoteMarks.Length && quoteMarks[m] <= sentenceEnd; m++)
            {
                var k = quoteMarks[m];
                if (open < 0)
                {
                    open = k;
                    continue;
                }

                if (open + 1 <= k - 1 && !(cue > open && cue < k))
                {
                    var last = k - 1;
                    while (last > open && tokens[last].Kind == TokenKind.Symbol && tokens[last].Symbol is ',' or '.')
                    {
                        last--;
                    }

                    // A quoted name ("a “High Joint Coordination Committee”") is not a quotation of what was said.
                    if (last > open && !(byFirst.TryGetValue(open + 1, out var named) && named.Last == last))
                    {
                        var start = tokens[open + 1].Start;
                        var span = new TextSpan(start, tokens[last].End - start);
                        if (best is null || span.Length > best.Value.Length)
                        {
                            best = span;
                        }
                    }
                }

                open = -1;
            }

            // "the army said: “Yesterday our forces repelled an attack. Today we hold the town.”": a quotation opened
            // right after the cue (or after a colon a few words on) and closed in a later sentence runs to its
            // closing mark, within the window.
            if (best is null && open > cue && (open == cue + 1 || (open - cue <= 8 && document.IsSymbol(open - 1, ':')) || (open == cue + 2 && document.IsSymbol(cue + 1, ',')))
                && QuoteClosedAfter(open) is var close and > 0)
            {
                var last = close - 1;
                while (last > open && tokens[last].Kind == TokenKind.Symbol && tokens[last].Symbol is ',' or '.')
                {
                    last--;
                }

                if (last > open)
                {
                    var start = tokens[open + 1].Start;
                    best = new TextSpan(start, tokens[last].End - start);
                }
            }

            return best is { } b ? (document.Cut(b), b) : (null, null);
        }

        /// <summary>The closing mark of the quotation opened at token <paramref name="open"/>: the next mark, when it closes and lies within the window; -1 otherwise.</summary>
        private int QuoteClosedAfter(int open)
        {
            // An opening mark touches the word after it, a closing one the word or point before it.
            var m = Array.BinarySearch(quoteMarks, open);
            if (m < 0 || m + 1 >= quoteMarks.Length || tokens[open].Symbol == '\u201D' || !tokens[open].Glued)
            {
                return -1;
            }

            var close = quoteMarks[m + 1];
            return close - open <= QuoteWindow && tokens[close].Symbol is '"' or '\u201D' && tokens[close - 1].Glued ? close : -1;
        }

        private (StatementChannel Channel, string? Platform, bool Written) ChannelOf(int p, int sentenceEnd, StatementKind kind)
        {
            var channel = kind == StatementKind.DiplomaticAct ? StatementChannel.DiplomaticChannel : StatementChannel.Unspecified;
            string? platform = null;
            var written = false;
            for (var k = p + 1; k <= sentenceEnd; k++)
            {
                var w = document.Word(k);
                switch (w)
                {
                    case "statement" or "statements" or "communique" or "communiqué":
                        channel = channel == StatementChannel.Unspecified ? StatementChannel.WrittenStatement : channel;
                        written = true;
                        break;
                    case "conference" or "briefing":
                        channel = StatementChannel.PressConference;
                        break;
                    case "interview":
                        channel = StatementChannel.Interview;
                        break;
                    case "speech" or "televised" or "broadcast":
                        channel = w == "speech" ? StatementChannel.Speech : StatementChannel.Broadcast;
                        break;
                    case "website":
                        channel = StatementChannel.Website;
                        break;
                    case "on" or "via" when document.Word(k + 1) is { } name && Platforms.TryGetValue(name, out var known)
                        && (name != "x" || document.Text[tokens[k + 1].Start] == 'X'):
                        channel = StatementChannel.SocialMedia;
                        platform = known;
                        break;
                    default:
                        break;
                }
            }

            if (p > 0 && document.Word(p - 1) is "statements" or "statement" && channel == StatementChannel.Unspecified)
            {
                channel = StatementChannel.WrittenStatement;
                written = true;
            }

            return (channel, platform, written);
        }

        /// <summary>The date nearest the cue, in its sentence and window.</summary>
        // Not a time a span runs from or to ("The UN said 300,000 people had fled since Friday"): no day anything was said.
        // Not a day of what was reported before the speaker's clause ("The gunmen arrived at around 10 p.m. on Saturday and
        // opened fire, said Babagana Zulum", "On Sunday, gunmen killed five people, police said"): that is when it
        // happened; a day right after the cue still is when it was said (not "the army said, the fourth such raid this
        // year").
        // Nor a day told in an aside between the speaker and the cue ("Burkina Faso's junta, which seized power in 2022,
        // has vowed").
        private DateMention? DateNear(int p, int contentEnd, int asideOpening)
        {
            var i = document.Nearest(dateTokens, p);
            if (i >= 0 && ((contentEnd >= 0 && dateTokens[i] < contentEnd && !OnPublicationDay(dates[i])) || (asideOpening >= 0 && dateTokens[i] > asideOpening && dateTokens[i] < p)))
            {
                i = i + 1 < dateTokens.Length && dateTokens[i + 1] > p && dateTokens[i + 1] - p <= 4 && document.Sentence[dateTokens[i + 1]] == document.Sentence[p]
                    && !CommaWithin(p, dateTokens[i + 1]) ? i + 1 : -1;
            }

            // "the army said on Monday: “Yesterday our forces repelled an attack”": a day inside the quotation is what
            // the words tell, not the day they were said.
            if (i >= 0 && document.InQuote[dateTokens[i]] && !document.InQuote[p])
            {
                i = NearestUnquoted(p);
            }

            // "Ukraine's air force said it had shot down 18 of 24 drones launched by Russia overnight": a day deep in
            // the clause reported, after a subject of its own, is when what is reported happened, not when it was said.
            if (i >= 0 && dateTokens[i] > p + 6 && ReportedClauseBetween(p, dateTokens[i]))
            {
                return null;
            }

            // "Sudan's war, which erupted in April 2023, has killed more than 20,000 people, according to the United
            // Nations": what stands before "according to" is what is told, its day not when it was told.
            if (i >= 0 && dateTokens[i] < p && tokens[p].Word == "according")
            {
                return null;
            }

            // "Gaza's Health Ministry says more than 31,000 Palestinians have been killed since the war began on Oct. 7",
            // "who claims he won the Oct. 9 vote": a cue in the present speaks now, and a day in a clause of "since" is when
            // the count starts.
            if (i >= 0 && dateTokens[i] > p && (tokens[p].Word is "says" or "say" or "claims" or "insists" or "maintains" or "argues" or "contends" || SinceClauseBefore(dateTokens[i], p)))
            {
                return null;
            }

            // "camp officials said, this month's second such strike": a period of a possessive names what happened in it,
            // not when it was said.
            return i >= 0 && document.Word(dateTokens[i] - 1) is not ("since" or "until" or "till")
                && !(dates[i].Value.Precision < Sitrep.Temporal.TemporalPrecision.Day && TextDocument.EndsPossessive(dates[i].Text)) ? dates[i] : null;
        }

        /// <summary>Whether <c>since</c> opens a clause up to six words before token <paramref name="date"/>, after the cue at <paramref name="p"/> and with no comma between (<c>since the war began on Oct. 7</c>).</summary>
        private bool SinceClauseBefore(int date, int p)
        {
            for (var k = date - 1; k > p && k >= date - 6; k--)
            {
                if (document.IsSymbol(k, ','))
                {
                    return false;
                }

                if (document.Word(k) == "since")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a day told is the day the report was published, or its morning, evening or night (<c>today</c>,
        /// <c>tonight</c>, <c>on Wednesday</c> in Wednesday's report): what happened then was told that day too.
        /// </summary>
        private bool OnPublicationDay(DateMention date) =>
            (date.Value.StartDate == date.Value.EndDate && date.Value.StartDate == published)
            || (date.IsRelative && (date.Text.StartsWith("today", StringComparison.OrdinalIgnoreCase) || date.Text.StartsWith("tonight", StringComparison.OrdinalIgnoreCase)
                || date.Text.StartsWith("this ", StringComparison.OrdinalIgnoreCase)));

        /// <summary>
        /// Whether a reported clause with a subject of its own opens between the cue at <paramref name="p"/> and token
        /// <paramref name="date"/>: <c>that</c>, or a pronoun right after the cue (<c>said it had</c>, <c>said they
        /// would</c>).
        /// </summary>
        private bool ReportedClauseBetween(int p, int date)
        {
            if (document.Word(p + 1) is "it" or "they" or "he" or "she" or "we" or "i" && document.Word(p + 2) is "had" or "has" or "have" or "would" or "will" or "was" or "were")
            {
                return true;
            }

            // "said Russia launched 4 missiles and 27 drones overnight": a name right after the cue with a verb of its own.
            if (byFirst.TryGetValue(p + 1, out var subject) && subject.Last + 1 < date && VerbAt(subject.Last + 1))
            {
                return true;
            }

            for (var k = p + 1; k < date && k <= p + 3; k++)
            {
                if (document.Word(k) == "that")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The index of the date nearest the cue at <paramref name="p"/> outside quotation marks, in its sentence and window; -1 if none.</summary>
        private int NearestUnquoted(int p)
        {
            var at = Array.BinarySearch(dateTokens, p);
            at = at < 0 ? ~at : at;
            var (best, bestDistance) = (-1, int.MaxValue);
            for (var i = at - 1; i >= 0 && p - dateTokens[i] <= TextDocument.Window && document.Sentence[dateTokens[i]] == document.Sentence[p]; i--)
            {
                if (!document.InQuote[dateTokens[i]])
                {
                    (best, bestDistance) = (i, p - dateTokens[i]);
                    break;
                }
            }

            for (var i = at; i < dateTokens.Length && dateTokens[i] < tokens.Count && dateTokens[i] - p <= TextDocument.Window && document.Sentence[dateTokens[i]] == document.Sentence[p]; i++)
            {
                if (!document.InQuote[dateTokens[i]])
                {
                    return dateTokens[i] - p < bestDistance ? i : best;
                }
            }

            return best;
        }
    }
}
