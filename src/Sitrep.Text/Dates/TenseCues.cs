using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using NodaTime;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.Dates;

/// <summary>
/// Whether the words before a date that names no year ("April 7", "on Monday", "in June") put it ahead of the
/// publication date: a future auxiliary, a planning word, reported intent or a schedule in the present tense in the
/// same clause ("will begin on April 7", "talks scheduled for Monday", "postponed until June", "said he would attend
/// in May", "the mandate ends on April 30", "the committee meets again on Friday") before any past-tense verb; a
/// thing moved to a new time ("moved the vote to March") is a plan too. A plan told in the past ("talks, first
/// scheduled for May 28, were postponed", "a transition that was due to be completed by April 11") may have passed or
/// not: the nearer date is read, as for a day set for something (<c>declared a day of mourning for Tuesday</c>).
/// Modals look ahead: <c>must</c> and <c>should</c> always, <c>could</c>, <c>might</c> and <c>may</c> but in the
/// negative or the perfect (<c>could win the league in May</c>; not <c>could not reach the village on Monday</c>),
/// <c>can</c> before a deadline (<c>can exceed 20,000 by early November</c>). News narrates the past, so without such a cue a
/// date is read as the most recent one.
/// </summary>
internal static class TenseCues
{
    // How far back the cue may be: a clause, not a paragraph.
    private const int Reach = 10;

    // How far back from a date its clause's cue is looked for: the nearest verb before the date is met first, so a
    // cue further back governs the date only when no verb stands between ("will begin the conclave to elect a
    // successor to Pope Benedict XVI on Tuesday afternoon").
    private const int ClauseReach = 15;

    private static readonly FrozenSet<string> Future = new HashSet<string>(StringComparer.Ordinal)
    {
        "will", "shall", "won't", "tomorrow", "next", "upcoming", "coming", "until", "till", "postponed", "postpone",
        "delayed", "rescheduled", "scheduled", "planned", "plans", "plan", "planning", "expected", "expects", "expect", "expecting", "due",
        "deadline", "going", "intends", "intend", "aims", "hopes", "hope", "ahead", "want", "wants", "let's", "would", "expires", "ends", "begins", "starts", "resumes", "starting",
    }.ToFrozenSet();

    // Past forms that close the clause the date belongs to: what comes before them speaks of another time.
    private static readonly FrozenSet<string> Past = new HashSet<string>(StringComparer.Ordinal)
    {
        "said", "says", "was", "were", "had", "did", "told", "took", "began", "came", "went", "met", "held", "fell",
        "left", "fought", "hit", "struck", "killed", "ago", "last", "since", "earlier", "previously", "yesterday",

        // Irregular past forms (the regular ones end in -ed): "aid for refugees who fled in March" is past, whatever
        // "will" says before it. Not those that are also present forms or nouns ("shut", "put", "set", "led" in "US-led").
        "ran", "sold", "won", "lost", "saw", "gave", "made", "found", "got", "paid", "sent", "spent", "built", "broke",
        "chose", "drove", "flew", "grew", "knew", "rose", "stood", "threw", "wrote", "became", "brought", "caught",
        "fled", "kept", "stole", "sat", "spoke", "thought", "bought", "taught", "felt", "heard", "sought", "swept",
        "slept", "laid", "swore", "tore", "forgave", "withdrew", "overran", "overthrew", "undertook", "froze", "sank",
        "shook", "shrank", "sprang", "stuck", "swam", "swung", "understood", "wept",
    }.ToFrozenSet();

    // Past verbs of an aim, before "to" ("hoped to finish by March 20"): a plan told in the past. Not those whose "to"
    // is as often a preposition ("agreed to a rescue on Monday", "proposed to parliament").
    private static readonly FrozenSet<string> PastAims = new HashSet<string>(StringComparer.Ordinal)
    {
        "hoped", "wanted", "intended", "aimed", "sought", "vowed", "pledged", "promised", "decided", "threatened",
    }.ToFrozenSet();

    // Future cues that are participles: they describe a plan, and the clause's own verb may still be past.
    private static readonly FrozenSet<string> PlanParticiples = new HashSet<string>(StringComparer.Ordinal)
    {
        "scheduled", "planned", "expected", "due", "postponed", "delayed", "rescheduled",
    }.ToFrozenSet();

    // Verbs of a schedule in the present tense, third person ("the committee meets again on Friday", "the company
    // reports results on Feb. 26", "Congress returns from recess in March", "who turns 85 in May", "marks its
    // centenary in June"): what is set to happen. Several are nouns too ("reports", "visits", "votes"); see
    // ScheduleVerbAt.
    private static readonly FrozenSet<string> ScheduleVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "meets", "reports", "returns", "reopens", "opens", "closes", "convenes", "reconvenes", "visits", "arrives",
        "travels", "hosts", "launches", "heads", "departs", "testifies", "votes", "publishes", "unveils", "concludes",
        "sits", "hears", "debates", "rules", "decides", "announces", "plays", "faces", "goes", "sells", "auctions", "leaves",
        "holds", "releases", "issues", "speaks", "flies", "lands", "attends", "signs", "delivers", "tours", "takes",
        "addresses", "chairs", "stages", "kicks", "wraps", "steps", "retires", "resigns", "turns", "marks", "celebrates",
        "chooses", "elects", "discusses", "considers", "examines", "competes", "weighs", "falls",
    }.ToFrozenSet();

    // Schedule verbs that are no plural nouns: after "and" they are the second verb of a clause ("has cut rates twice
    // since January and meets again on April 3"), where "arrests and visits on Monday" are nouns.
    private static readonly FrozenSet<string> VerbOnly = new HashSet<string>(StringComparer.Ordinal)
    {
        "meets", "convenes", "reconvenes", "testifies", "departs", "arrives", "travels", "sells", "speaks", "attends",
        "steps", "resigns", "retires", "kicks", "wraps", "flies", "heads", "reopens", "concludes", "unveils", "publishes",
    }.ToFrozenSet();

    // Verbs that tell someone to do something ("told schools to keep children indoors through the weekend", "urged
    // voters to turn out on Sunday"): what they are told to do lies ahead of the telling.
    private static readonly FrozenSet<string> Instructions = new HashSet<string>(StringComparer.Ordinal)
    {
        "told", "ordered", "urged", "asked", "advised", "instructed", "warned", "encouraged", "invited", "summoned",
        "called", "tell", "tells", "order", "orders", "urge", "urges", "ask", "asks", "advise", "advises",
    }.ToFrozenSet();

    // The same verbs in the plural ("classes begin on July 6", "talks resume on Monday", "schools reopen in
    // September"): verbs only after a plural subject; see PluralSubjectBefore.
    private static readonly FrozenSet<string> ScheduleVerbsPlural = new HashSet<string>(StringComparer.Ordinal)
    {
        "begin", "start", "end", "resume", "reopen", "open", "close", "meet", "convene", "reconvene", "return", "expire",
        "run", "arrive", "depart", "vote", "go", "kick", "follow", "conclude", "finish", "continue", "take", "play", "face",
        "host", "travel", "visit", "choose", "elect", "discuss", "consider", "gather", "compete", "decide", "hear", "examine",
        "hold", "unveil", "publish", "announce", "fall",
    }.ToFrozenSet();

    // The plural verbs of a fixture, after a team's name, which British copy treats as plural ("United play Swansea on
    // Sunday", "Brazil face Spain in the final").
    private static readonly FrozenSet<string> FixtureVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "play", "face", "host", "meet", "travel", "visit",
    }.ToFrozenSet();

    // Words ending in -ing that open no participle clause after a comma: prepositions (", according to police on
    // Monday", ", following talks on Friday") and nouns ("spring", "morning").
    private static readonly FrozenSet<string> IngNotParticiples = new HashSet<string>(StringComparer.Ordinal)
    {
        "according", "including", "following", "during", "regarding", "concerning", "excluding", "pending", "barring",
        "notwithstanding", "spring", "morning", "evening", "building", "meeting", "bombing", "shooting", "fighting",
        "killing", "funding", "wedding", "nothing", "something", "anything", "everything",
    }.ToFrozenSet();

    // Words before a word ending in -ed that make it an adjective ("the first powered flight", "an armed man"), not a
    // past verb that ends the clause.
    private static readonly FrozenSet<string> Determiners = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those", "first", "second",
    }.ToFrozenSet();

    // Words before a word ending in -s that make it a noun ("the reports", "police visits", "early returns").
    private static readonly FrozenSet<string> NounBefore = new HashSet<string>(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "these", "those", "this", "that", "some",
        "many", "several", "few", "all", "no", "any", "of", "in", "on", "for", "with", "by", "from", "to", "and", "or",
        "annual", "quarterly", "monthly", "weekly", "daily", "news", "media", "press", "police", "first", "second",
        "earlier", "latest", "recent", "new", "official", "unconfirmed", "initial", "early", "local", "state", "other",
        "such", "two", "three", "more", "most", "both", "frequent", "regular", "further", "whose", "what",
    }.ToFrozenSet();

    // Nouns of events a date may name rather than the schedule before it ("he faces charges over the attack on
    // Monday": the attack's Monday, not one ahead): the event scanner's words of violence, and these.
    private static readonly FrozenSet<string> OtherEventNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "killing", "killings", "massacre", "crash", "fire", "quake", "earthquake", "storm", "flood", "floods", "murder",
        "death", "deaths", "arrest", "election", "vote", "referendum",
    }.ToFrozenSet();

    // Events that are called for ahead of them: "called for protests on Thursday" (not "called for calm on Monday").
    private static readonly FrozenSet<string> CalledEvents = new HashSet<string>(StringComparer.Ordinal)
    {
        "protest", "protests", "strike", "strikes", "march", "marches", "rally", "rallies", "demonstration", "demonstrations", "talks", "vote",
        "election", "elections", "referendum", "boycott", "shutdown", "walkout", "summit", "meeting", "session",
    }.ToFrozenSet();

    /// <summary>Whether a noun of <see cref="CalledEvents"/> stands from token <paramref name="from"/> up to the date at token <paramref name="i"/>, within five words.</summary>
    private static bool CalledEventBetween(TokenList tokens, int from, int i)
    {
        for (var j = from; j < i && j <= from + 5; j++)
        {
            if (tokens.WordAt(j) is { } word && CalledEvents.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    // Verbs that move a thing to a new time ("moved the vote to March", "pushed the talks back to June"): with the
    // date right after "to" or "until", a plan, as "postponed" is.
    private static readonly FrozenSet<string> Moved = new HashSet<string>(StringComparer.Ordinal)
    {
        "moved", "pushed", "shifted", "brought", "put", "bumped", "extended",
    }.ToFrozenSet();

    // Irregular past participles that are no past forms in Past ("had overrun", "had begun", "had been").
    private static readonly FrozenSet<string> Participles = new HashSet<string>(StringComparer.Ordinal)
    {
        "been", "done", "gone", "taken", "seen", "begun", "run", "overrun", "fallen", "given", "written", "driven", "known",
        "shown", "thrown", "grown", "flown", "drawn", "broken", "spoken", "chosen", "stolen", "frozen", "forgotten", "hidden",
        "risen", "shaken", "torn", "worn", "sworn", "beaten", "eaten", "struck", "led", "shut", "put", "set", "cut", "spread",
        "hurt", "come", "become", "overtaken", "undertaken", "withdrawn", "arisen", "shrunk", "sunk", "won", "swum", "sprung",
    }.ToFrozenSet();

    // Past verbs of going on: a time after them and "until" is when it stopped, not one ahead.
    private static readonly FrozenSet<string> LastedVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "continued", "lasted", "remained", "stayed", "ran", "lived", "served", "worked", "waited", "fought", "ruled", "reigned",
        "governed", "persisted", "survived", "raged", "went", "stood", "held", "kept", "sheltered", "hid", "burned", "burnt",
        "battled", "resisted",
    }.ToFrozenSet();

    /// <summary>
    /// Whether a past verb of going on stands in the four words before the <c>until</c> at token <paramref name="k"/>,
    /// with only words between (<c>continued until</c>, <c>stayed in office until</c>, <c>ruled the country until</c>),
    /// or a past <c>was</c>, <c>were</c> or <c>been</c> before a state (<c>was calm until</c>).
    /// </summary>
    private static bool LastedBefore(TokenList tokens, int k)
    {
        // "were unbeaten at home for more than two years until December": a length of time just before it is passed over.
        var from = ForLengthBefore(tokens, k) is var length and >= 0 ? length : k;
        for (var b = from - 1; b >= 0 && b >= from - 4 && tokens[b].Kind == TokenKind.Word; b--)
        {
            if (LastedVerbs.Contains(tokens[b].Word))
            {
                return true;
            }

            // "had been largely peaceful until Tuesday", "was calm until Friday": a state told in the past, up to when
            // it changed; not a thing done to it ("was postponed until", "were closed until"), whose time may lie ahead.
            if (tokens[b].Word is "was" or "were" or "been" && b < k - 1)
            {
                for (var j = b + 1; j < k; j++)
                {
                    if (IsPastForm(tokens[j].Word) || Past.Contains(tokens[j].Word) || tokens[j].Word is "shut" or "set" or "put")
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a number with <c>percent</c>, <c>%</c> or <c>points</c> after it stands from token <paramref name="from"/> up to token <paramref name="to"/> (exclusive).</summary>
    private static bool FigureBetween(TokenList tokens, int from, int to)
    {
        for (var m = from; m + 1 < to; m++)
        {
            if (tokens[m].Kind == TokenKind.Number && (tokens.WordAt(m + 1) is "percent" or "pct" or "points" || (tokens[m + 1].Kind == TokenKind.Symbol && tokens[m + 1].Symbol == '%')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The <c>for</c> of a length of time that ends just before token <paramref name="k"/>, six tokens at most (<c>for
    /// more than two years</c>, <c>for weeks</c>, <c>for 10 days</c>); -1 when there is none.
    /// </summary>
    private static int ForLengthBefore(TokenList tokens, int k)
    {
        if (tokens.WordAt(k - 1) is not { } unit || !TimeExpressions.TimeWords.Units.ContainsKey(unit))
        {
            return -1;
        }

        for (var b = k - 2; b >= 0 && b >= k - 7; b--)
        {
            if (tokens.WordAt(b) == "for")
            {
                return b;
            }

            if (!(tokens[b].Kind == TokenKind.Number || (tokens.WordAt(b) is { } word && (word is "more" or "less" or "than" or "about" or "nearly" or "almost" or "over" or "some" or "several" or "many" or "a" or "few" or "couple" or "of"
                || Numbers.NumberWords.Units.ContainsKey(word) || Numbers.NumberWords.Tens.ContainsKey(word) || Numbers.NumberWords.Teens.ContainsKey(word)))))
            {
                return -1;
            }
        }

        return -1;
    }

    // How far back a habit may be told: a sentence's worth ("every winter brings worse air because heating plants
    // burn coal from mid-November").
    private const int HabitReach = 20;

    // What comes once a year: after "every" or "each" they make the clause a habit.
    private static readonly FrozenSet<string> YearlyUnits = new HashSet<string>(StringComparer.Ordinal)
    {
        "year", "years", "winter", "summer", "spring", "autumn", "fall", "season", "anniversary",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> Habitual = new HashSet<string>(StringComparer.Ordinal)
    {
        "usually", "typically", "normally", "generally", "traditionally", "often", "always", "annually",
    }.ToFrozenSet();

    /// <summary>
    /// Whether the sentence before token <paramref name="i"/> speaks of what happens every year ("the season usually
    /// runs from July", "every winter brings worse air because plants burn coal from mid-November"): a month there is
    /// any year's. A year written between ("every year, and in 2012 it opened in June") dates what follows it instead, but for
    /// the year a habit began ("every year since 2001, fighting has peaked in June"); so does a clause reported or set
    /// against it (<c>..., a spokeswoman said, adding that</c>, <c>but</c>; not a relative <c>that</c>, "every year
    /// that passes").
    /// </summary>
    internal static bool IsHabitual(TokenList tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - HabitReach; k--)
        {
            ref readonly var token = ref tokens[k];
            if (token.Kind == TokenKind.Symbol && TextDocument.SymbolEndsSentence(tokens, k))
            {
                return false;
            }

            // "has cut spending every year since 2010, and unemployment reached 27 percent in November": a clause of
            // its own, joined after a comma and told in the past, is no part of the habit.
            // So is one told ahead ("sets the rules each spring, and will debate a proposal in June").
            if (token.Kind == TokenKind.Word && token.Word is "and" or "but" && k > 0 && tokens[k - 1].Kind == TokenKind.Symbol && tokens[k - 1].Symbol == ','
                && (PastVerbBetween(tokens, k, i) || tokens.WordAt(k + 1) is "will" or "would" || (tokens.WordAt(k + 2) is "will" or "would" && tokens.WordAt(k + 1) is "it" or "they" or "he" or "she" or "we")))
            {
                return false;
            }

            // "which usually arrives in late May, came early this year after an unusually dry February": a year named
            // between, in words or digits, dates what follows it; so does its possessive ("and this year's peak, on
            // March 15, was the fifth smallest").
            if ((token.Kind == TokenKind.Number && token.Length == 4 && tokens.WordAt(k - 1) is not ("since" or "from"))
                || (token.Kind == TokenKind.Word && token.Word is "year" or "year's" && tokens.WordAt(k - 1) is "this" or "last" or "next"))
            {
                return false;
            }

            // "The drills, held every spring, run until March 21": a habit told in an aside of a past participle is the
            // subject's, not the clause's.
            if (token.Kind == TokenKind.Symbol && token.Symbol == ',' && AsideStart(tokens, k) is var open and > 0 && tokens.WordAt(open + 1) is { } participle
                && (IsPastForm(participle) || participle is "held" or "run" or "set" or "built" or "known" or "seen" or "made" or "given" or "taken" or "won"))
            {
                k = open;
                continue;
            }

            // "pledged $50 million annually, a spokeswoman said, adding that the first payment was due in April": words
            // reported or set against the habit are another clause's.
            if (token.Kind == TokenKind.Word && token.Word is "said" or "says" or "adding" or "added" or "but" or "although" or "though" or "whereas")
            {
                return false;
            }

            // "updates its forecast twice a year, in April and in June": a count of times in each year is a habit too, when
            // the dates that follow it say when (not "the next in July", "and its full results in late January").
            if (token.Kind == TokenKind.Word && (Habitual.Contains(token.Word) || (YearlyUnits.Contains(token.Word) && (tokens.WordAt(k - 1) is "every" or "each"
                || (tokens.WordAt(k - 1) is "a" or "per" && tokens.WordAt(k - 2) is "once" or "twice" or "thrice" or "times" && OnlyWhenBetween(tokens, k, i))))))
            {
                return true;
            }

            // "The hurricane season runs from June 1 to Nov. 30", "Australia's summer runs from December 1": the span of
            // a season of the weather told in the present is any year's (not a season of a sport or a show, which moves,
            // nor "Spring begins on March 20", the day of one year's equinox).
            if (token.Kind == TokenKind.Word && token.Word is "runs" or "lasts" && tokens.WordAt(k + 1) == "from" && OnlyWhenBetween(tokens, k, i)
                && (tokens.WordAt(k - 1) is "summer" or "winter" or "spring" or "autumn" or "monsoon"
                    || (tokens.WordAt(k - 1) == "season" && tokens.WordAt(k - 2) is "hurricane" or "typhoon" or "cyclone" or "monsoon" or "rainy" or "dry" or "wet" or "flu" or "fire" or "tornado")))
            {
                return true;
            }
        }

        return false;
    }

    // Whether only a comma, prepositions, "and", "or" and the words of dates stand between tokens open and close
    // (exclusive): "twice a year, in April and in June".
    private static bool OnlyWhenBetween(TokenList tokens, int open, int close)
    {
        for (var m = open + 1; m < close; m++)
        {
            if (!(tokens[m].Kind == TokenKind.Number || (tokens[m].Kind == TokenKind.Symbol && tokens[m].Symbol is ',' or '.')
                || (tokens.WordAt(m) is { } word && (word is "in" or "on" or "and" or "or" or "between" or "from" or "to" or "early" or "late" or "mid"
                    || (tokens[m].Capitalised && CalendarWords.Months.ContainsKey(word))))))
            {
                return false;
            }
        }

        return true;
    }

    // Whether a verb in the past stands between tokens open and close (exclusive).
    private static bool PastVerbBetween(TokenList tokens, int open, int close)
    {
        for (var m = open + 1; m < close; m++)
        {
            if (tokens.WordAt(m) is { } word && (Past.Contains(word) || IsPastForm(word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the month or day at token <paramref name="i"/> is the exception to a habit told just before it (<c>The
    /// bank meets monthly except in January</c>, <c>open every day except Dec. 25</c>): any year's.
    /// </summary>
    internal static bool ExceptFromHabit(TokenList tokens, int i)
    {
        var except = tokens.WordAt(i - 1) == "except" ? i - 1 : tokens.WordAt(i - 1) is "in" or "on" or "for" && tokens.WordAt(i - 2) == "except" ? i - 2 : -1;
        for (var k = except - 1; except > 0 && k >= 0 && k >= except - 3; k--)
        {
            if (tokens.WordAt(k) is { } word && (Habitual.Contains(word) || word is "monthly" or "weekly" or "daily" or "nightly" or "yearly" or "every" or "each"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a yearly habit is told right after the expression from token <paramref name="first"/> that ends before
    /// token <paramref name="end"/>, in its clause (<c>begins in April every year</c>, <c>floods in March each
    /// year</c>, <c>held in June annually</c>), or in the clause an expression opening its sentence sets the scene for
    /// (<c>In winter, cases usually peak</c>, <c>During the monsoon months roads are often cut</c>).
    /// </summary>
    internal static bool HabitFollows(TokenList tokens, int first, int end)
    {
        for (var k = end; k < tokens.Count && k < end + 3 && tokens[k].Kind == TokenKind.Word; k++)
        {
            if (tokens[k].Word is "annually" or "yearly" || (tokens[k].Word is "every" or "each" && tokens.WordAt(k + 1) is { } unit && YearlyUnits.Contains(unit)))
            {
                return true;
            }
        }

        // The expression opens its sentence after a preposition ("In", "During"); its clause runs to the sentence's
        // end, not past words reported or set against it.
        var opening = tokens.WordAt(first - 1) == "the" ? first - 2 : first - 1;
        if (opening < 0 || tokens.WordAt(opening) is not ("in" or "during" or "throughout")
            || (opening > 0 && !(tokens[opening - 1].Kind == TokenKind.Symbol && TextDocument.SymbolEndsSentence(tokens, opening - 1))))
        {
            return false;
        }

        for (var k = end; k < tokens.Count && k < end + 12; k++)
        {
            if (tokens[k].Kind == TokenKind.Symbol && TextDocument.SymbolEndsSentence(tokens, k))
            {
                return false;
            }

            if (tokens.WordAt(k) is { } word && (word is "said" or "says" or "but" or "although" or "though" or "whereas" || Past.Contains(word) || IsPastForm(word)))
            {
                return false;
            }

            if (tokens.WordAt(k) is { } habit && Habitual.Contains(habit))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the word puts a thing off to the new time the preposition before the date introduces (<c>postponed
    /// to</c>, <c>delayed until</c>, <c>rescheduled for</c>), not the time it was put off at (<c>postponed on
    /// Monday</c>) or had been set for.
    /// </summary>
    private static bool IsPutOffTo(string word, string? preposition) =>
        (word is "postponed" or "delayed" or "rescheduled" && preposition is "to" or "until" or "till") || (word == "rescheduled" && preposition == "for");

    /// <summary>Whether a past auxiliary (<c>was</c>, <c>were</c>, <c>had</c>) follows token <paramref name="i"/> closely in its sentence.</summary>
    private static bool PastFollows(TokenList tokens, int i)
    {
        for (var k = i + 1; k < tokens.Count && k <= i + Reach; k++)
        {
            ref readonly var token = ref tokens[k];
            if (token.Kind == TokenKind.Symbol && TextDocument.SymbolEndsSentence(tokens, k))
            {
                return false;
            }

            if (token.Kind == TokenKind.Word && token.Word is "was" or "were" or "had")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the clause before token <paramref name="i"/> leans back and says so: a past form or cue stands in it
    /// (<c>Fighting stopped at midnight</c>), or, for a time opening its sentence, the first verb after it is past
    /// (<c>By May 16, the Germans had crushed it</c>); not merely no cue at all (<c>midnight</c> alone).
    /// </summary>
    internal static bool ToldInPast(TokenList tokens, int i)
    {
        if (Lean(tokens, i) != TenseLean.Past)
        {
            return false;
        }

        var opensSentence = false;
        for (var k = i - 1; k >= 0 && k >= i - ClauseReach; k--)
        {
            if (tokens[k].Kind == TokenKind.Symbol && TextDocument.SymbolEndsSentence(tokens, k))
            {
                opensSentence = true;
                break;
            }

            if (tokens.WordAt(k) is { } word && (Past.Contains(word) || IsPastForm(word)))
            {
                return true;
            }
        }

        // "By May 16, the Germans had crushed it": a time opening its sentence is told in the tense of the verb after it.
        for (var k = i + 1; (opensSentence || i - ClauseReach <= 0) && k < tokens.Count && k <= i + ClauseReach; k++)
        {
            if (tokens[k].Kind == TokenKind.Symbol && TextDocument.SymbolEndsSentence(tokens, k))
            {
                return false;
            }

            if (tokens.WordAt(k) is not { } word)
            {
                continue;
            }

            if (Past.Contains(word) || IsPastForm(word))
            {
                return true;
            }

            if (Future.Contains(word) || PresentStates.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a future cue stands before token <paramref name="i"/> in its clause, and not a plan told in the past.</summary>
    internal static bool PointsForward(TokenList tokens, int i) => Lean(tokens, i) == TenseLean.Future;

    /// <summary>
    /// Which way the clause before token <paramref name="i"/> leans: ahead after a future cue, either way after a plan
    /// told in the past (its participle after <c>was</c>, <c>were</c> or <c>had been</c>, or followed closely by one of
    /// them), back otherwise.
    /// </summary>
    internal static TenseLean Lean(TokenList tokens, int i) => LeanOfDay(tokens, i) is var lean && lean == TenseLean.AheadOfTelling ? TenseLean.Future : lean;

    /// <summary>
    /// As <see cref="Lean"/>, for a day of a month or of the week: a future told in the past after a verb of saying
    /// (<c>said the devaluation would take effect on Feb. 13</c>) is <see cref="TenseLean.AheadOfTelling"/>.
    /// </summary>
    internal static TenseLean LeanOfDay(TokenList tokens, int i)
    {
        i = SeriesStart(tokens, i);
        var lean = LeanOfClause(tokens, i);

        // "The government, which faces a general election on Sunday, blamed ETA": a weekday an event is faced or held on,
        // by a verb in the present, lies ahead (the nearer would be the week's before as often).
        if (lean == TenseLean.Past && tokens.WordAt(i) is { } weekday && DateScanner.Weekdays.ContainsKey(weekday) && EventFacedOn(tokens, i))
        {
            return TenseLean.Future;
        }

        // "registered his candidacy for the election on April 14", "charged with holding elections by June 21": the
        // date of an event set in advance, told in a past clause, may lie ahead; the nearer. Not a weekday's, which is
        // too near either way to tell by distance ("boycotted the election on Sunday").
        return lean == TenseLean.Past && (ScheduledEventDate(tokens, i) || EventFacedOn(tokens, i)) ? TenseLean.Nearest : lean;
    }

    /// <summary>
    /// The first weekday of a series that the weekday at token <paramref name="i"/> ends, up to six days back (<c>was
    /// forecast for Sunday and Monday</c>, <c>on Friday, Saturday or Sunday</c>): the days of a series are read the way
    /// its first is, which stands nearest the clause's verb. Token <paramref name="i"/> itself when it is no weekday
    /// or follows none.
    /// </summary>
    private static int SeriesStart(TokenList tokens, int i)
    {
        if (!IsCapitalisedWeekday(tokens, i))
        {
            return i;
        }

        var first = i;
        for (var n = 0; n < 6 && first >= 2 && (tokens.WordAt(first - 1) is "and" or "or" || (tokens[first - 1].Kind == TokenKind.Symbol && tokens[first - 1].Symbol == ','))
            && IsCapitalisedWeekday(tokens, first - 2); n++)
        {
            first -= 2;
        }

        return first;
    }

    private static bool IsCapitalisedWeekday(TokenList tokens, int k) =>
        (uint)k < (uint)tokens.Count && tokens[k].Capitalised && tokens.WordAt(k) is { } day && DateScanner.Weekdays.ContainsKey(day);

    // Verbs in the present that look to an event set in advance: "faces an impeachment vote in April".
    private static readonly FrozenSet<string> FacingVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "faces", "face", "facing", "awaits", "await", "awaiting", "holds", "hold", "prepares", "prepare", "preparing",
    }.ToFrozenSet();

    /// <summary>
    /// Whether the month, day of the month or weekday at token <paramref name="i"/> is the date of an event set in
    /// advance (<c>vote</c>, <c>election</c>, <c>trial</c>) that a verb in the present faces or holds, up to three words
    /// of the event's own before it (<c>faces an impeachment vote in April</c>, <c>holds parliamentary elections on May
    /// 3</c>, <c>faces a general election on Sunday</c>), or a target's or deadline's (<c>the original target of Jan. 1 had been set</c>): in a clause told in the
    /// past or with no cue, it may still lie ahead.
    /// </summary>
    private static bool EventFacedOn(TokenList tokens, int i)
    {
        if ((uint)i >= (uint)tokens.Count || !(tokens[i].Kind == TokenKind.Number || (tokens.WordAt(i) is { } named && (CalendarWords.Months.ContainsKey(named) || DateScanner.Weekdays.ContainsKey(named)))))
        {
            return false;
        }

        if (tokens.WordAt(i - 1) == "of" && tokens.WordAt(i - 2) is "target" or "deadline")
        {
            return true;
        }

        if (tokens.WordAt(i - 1) is not ("in" or "on") || tokens.WordAt(i - 2) is not { } noun || !ScheduledEvents.Contains(noun))
        {
            return false;
        }

        for (var k = i - 3; k >= 0 && k >= i - 6; k--)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (FacingVerbs.Contains(tokens[k].Word))
            {
                return true;
            }
        }

        return false;
    }

    // Events set in advance for a date: their date is no sign of the clause's tense.
    private static readonly FrozenSet<string> ScheduledEvents = new HashSet<string>(StringComparer.Ordinal)
    {
        "election", "elections", "vote", "polls", "referendum", "runoff", "ballot", "summit", "inauguration", "hearing", "trial",
        "sentencing", "congress", "conference", "launch",
    }.ToFrozenSet();

    /// <summary>
    /// Whether the month or day of the month at token <paramref name="i"/> is the deadline of such an event
    /// (<c>holding elections by June 21</c>) or the date of one the clause is for or ahead of (<c>registered for the
    /// election on April 14</c>, <c>ahead of the summit on May 3</c>) or aims to take part in (<c>returned to run in
    /// elections on May 11</c>); not of one the clause's verb acts on (<c>boycotted the election on March 10</c>,
    /// <c>went to the polls in April</c>).
    /// </summary>
    private static bool ScheduledEventDate(TokenList tokens, int i)
    {
        if ((uint)i >= (uint)tokens.Count || !(tokens[i].Kind == TokenKind.Number || (tokens.WordAt(i) is { } month && CalendarWords.Months.ContainsKey(month))))
        {
            return false;
        }

        // "Campaigning for the April 14 presidential election began on Tuesday": the date names the event after it.
        if (tokens.WordAt(i - 1) == "the" && NamesEventAfter(tokens, i))
        {
            return true;
        }

        // "to lead his party in elections in May": a month after "in" as a day after "on", of a vote (not "had failed to
        // agree at a summit in November").
        var monthOfVote = tokens.WordAt(i - 1) == "in" && tokens[i].Kind == TokenKind.Word && tokens.WordAt(i - 2) is "election" or "elections" or "vote" or "polls" or "referendum" or "runoff" or "ballot"
            && !IsPastPerfect(tokens, i);
        if (!(tokens.WordAt(i - 1) is "on" or "by" || monthOfVote) || tokens.WordAt(i - 2) is not { } noun || !ScheduledEvents.Contains(noun))
        {
            return false;
        }

        var before = tokens.WordAt(i - 3) is "the" or "a" or "new" or "early" or "fresh" or "snap" or "presidential" or "parliamentary" or "general" or "local" ? i - 4 : i - 3;
        before = tokens.WordAt(before) is "the" or "a" ? before - 1 : before;

        // "returned last month to run in elections on May 11", "vowing to lead his party in elections in May": the event
        // an aim is to take part in (its verb's object up to two words).
        var aimedAt = tokens.WordAt(before) is "in" or "at" && tokens.WordAt(before - 1) is not null && InfinitiveBefore(tokens, before - 2);
        return tokens.WordAt(i - 1) == "by" || tokens.WordAt(before) is "for" || (tokens.WordAt(before) == "of" && tokens.WordAt(before - 1) is "ahead" or "eve") || aimedAt;
    }

    /// <summary>
    /// Whether <c>to</c> stands at token <paramref name="k"/> or up to two words before it, with only words between
    /// (<c>to run</c> in elections, <c>to lead his party</c> in elections).
    /// </summary>
    private static bool InfinitiveBefore(TokenList tokens, int k)
    {
        for (var j = k; j >= k - 2; j--)
        {
            if (tokens.WordAt(j) is not { } word)
            {
                return false;
            }

            if (word == "to")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the day of a month at token <paramref name="i"/> (<c>April 14</c>, <c>14 April</c>, <c>Oct. 3</c>) is
    /// followed by an event set in advance it names, past up to two words of its kind (<c>presidential election</c>,
    /// <c>local council elections</c>).
    /// </summary>
    private static bool NamesEventAfter(TokenList tokens, int i)
    {
        var k = i + 1;
        k = k < tokens.Count && tokens[k].Kind == TokenKind.Symbol && tokens[k].Symbol == '.' && tokens[k - 1].Glued ? k + 1 : k;
        if (tokens[i].Kind == TokenKind.Number ? !(tokens.WordAt(k) is { } month && CalendarWords.Months.ContainsKey(month)) : !(k < tokens.Count && tokens[k].Kind == TokenKind.Number))
        {
            return false;
        }

        for (var after = k + 1; after <= k + 3 && after < tokens.Count && tokens[after].Kind == TokenKind.Word && !tokens[after].Capitalised; after++)
        {
            if (ScheduledEvents.Contains(tokens[after].Word))
            {
                return true;
            }
        }

        return false;
    }

    private static TenseLean LeanOfClause(TokenList tokens, int i, bool chained = false)
    {
        // "would grow 1.5 percent, down from its January forecast of 2 percent", "compared with the March figures": a
        // month that names a report a figure is compared with, whatever the clause says of the figure: the nearer.
        if (tokens.WordAt(i) is { } monthName && CalendarWords.Months.ContainsKey(monthName) && tokens.WordAt(i - 1) is "its" or "their" or "his" or "her" or "our" or "the"
            && tokens.WordAt(i - 2) is "from" or "than" or "with"
            && tokens.WordAt(i + 1) is "forecast" or "forecasts" or "report" or "estimate" or "estimates" or "projection" or "projections" or "survey" or "figures" or "data"
                or "statement" or "outlook" or "reading")
        {
            return TenseLean.Nearest;
        }

        if (DayInSubjectAhead(tokens, i) || DayIsSubject(tokens, i) || DayInAsideAhead(tokens, i) || DayFrontedAhead(tokens, i) || PutOffAfter(tokens, i) || EventIsOn(tokens, i))
        {
            return TenseLean.Future;
        }

        // "said the talks will resume, in a rare interview late on Friday": the day of the interview the words were said
        // in, after a verb of saying told in the past; whatever the words say of what is to come.
        if (SaidInSpeechEvent(tokens, i))
        {
            return TenseLean.Past;
        }

        // "a day of mourning for Tuesday", "a strike called for Monday": a day set for something, whichever way the verb
        // is told; not a date naming an event ("responsible for the July 2 attack", "for Tuesday's attack").
        // "called another strike for early April": the words of a part of the period ("early", "the end of") stand
        // between the preposition and the period.
        var named = tokens.WordAt(i) ?? string.Empty;
        var lead = LeadOf(tokens, i);
        var setFor = tokens.WordAt(lead - 1) == "for" && named.Length > 0 && !named.EndsWith("'s", StringComparison.Ordinal) && !(tokens.WordAt(lead) == "the" && lead + 1 == i);

        // "The forecast for the weekend gave a 60% chance of rain": what a forecast is for lies ahead.
        if (setFor && tokens.WordAt(i - 2) is "forecast" or "forecasts" or "outlook")
        {
            return TenseLean.Future;
        }

        // "could exceed 20,000 by early November": a deadline after a modal of what may come.
        var preposition = PrepositionBefore(tokens, i);
        var deadline = preposition is "by" or "before";

        // "moved spring events to the autumn": a new time for something.
        var movedTo = preposition is "to" or "until";

        // "would begin flights in May and add a service by the end of the summer": the part's words do not use up
        // the clause's reach.
        var reach = lead - ClauseReach;
        var clockTokens = 0;
        var glueTokens = 0;

        // Whether the reach was carried a clause further back (once: after "and" or a participle clause).
        var carried = false;

        // The last tokens of the reach are walked only within the date's own clause: not past a comma ("must be
        // completed by August 31, the date set by the United States in April"). A clause carried to keeps the
        // shorter reach it is given.
        var commaPassed = false;

        // The nearest "for" passed on the way back, if any.
        var forPassed = -1;

        // The earliest weekday or month passed on the way back with no cue between: a series of days ("will travel to
        // the West Bank on Thursday and to Jordan on Friday before flying home on Saturday") is read the way its first
        // day is, once, when the reach runs out before a cue; not one before a comma ("must be completed by August 31,
        // the date set by the United States in April").
        var dayPassed = -1;
        var asidePassed = false;

        // Whether a tensed word was passed; and whether the reach was lengthened once, for a long object with no verb
        // in it between the clause's verb and the date ("will hold a referendum on recognising local government in
        // the constitution alongside the general election on Sept. 14").
        var tensedPassed = false;
        var lengthened = false;

        // Whether an infinitive of aim stands between the date of a month and the clause's verb.
        var purposePassed = false;
        for (var k = i - 1; k >= 0; k--)
        {
            if (k < reach)
            {
                if (lengthened || carried || commaPassed || tensedPassed)
                {
                    break;
                }

                lengthened = true;
                reach = Math.Max(0, reach - Reach);
            }

            ref readonly var token = ref tokens[k];
            if (!carried && commaPassed && k < reach + (ClauseReach - Reach))
            {
                break;
            }

            // "He will meet his predecessor, Benedict XVI, at Castel Gandolfo on Saturday": an aside between commas with
            // no cue in it (a name, an apposition) is passed over whole, once, and does not use up the reach.
            // So is an apposition whose own clause has a verb ("aims to reach 2 percent inflation, a goal the government
            // set in January, in about two years").
            // So is a relative clause between commas ("He will meet his predecessor, who resigned on Feb. 28, at Castel
            // Gandolfo on Saturday"), which tells of another time.
            if (!commaPassed && !asidePassed && token.Kind == TokenKind.Symbol && token.Symbol == ',' && AsideStart(tokens, k) is var open and > 0
                && ((k - open <= 6 && !CueBetween(tokens, open, k)) || IsAppositiveClause(tokens, open, k) || tokens.WordAt(open + 1) is "who" or "which" or "whose"))
            {
                asidePassed = true;
                reach = Math.Max(0, reach - (k - open + 1));
                k = open;
                continue;
            }

            commaPassed |= token.Kind == TokenKind.Symbol && token.Symbol == ',' && !VerblessPhraseAfter(tokens, k, i);
            forPassed = forPassed < 0 && token.Kind == TokenKind.Word && token.Word == "for" ? k : forPassed;

            // "is due to take effect at 8:30 a.m. local time on Sunday": a clock time's tokens do not use up the
            // clause's reach (up to eight of them).
            // "a shareholders' meeting in mid-June": hyphens and apostrophes inside words do not either (up to four).
            if (glueTokens < 4 && (token.Kind == TokenKind.Hyphen || (token.Kind == TokenKind.Symbol && token.Symbol is '\'' or '\u2019')) && k > 0 && tokens[k - 1].Glued)
            {
                glueTokens++;
                reach--;
            }

            if (clockTokens < 8 && (token.Kind == TokenKind.Number || (token.Kind == TokenKind.Symbol && token.Symbol is ':' or '.' && k > 0 && tokens[k - 1].Glued)
                || (token.Kind == TokenKind.Word && (token.Word is "a" or "p" or "m" or "am" or "pm" or "local" or "time" || TimeExpressions.TimeWords.Zones.Contains(token.Word) || IsZoneName(in token)) && ClockNear(tokens, k))))
            {
                clockTokens++;
                reach--;
            }

            if (token.Kind == TokenKind.Symbol)
            {
                // "would introduce "amazing new products" in the fall": a short quotation inside the clause, after a word
                // of it, is passed over (a quotation the sentence opens or a comma sets off ends the clause).
                if (EmbeddedQuoteStart(tokens, k) is var quoteOpen and >= 0)
                {
                    reach = Math.Max(0, reach - (k - quoteOpen + 1));
                    k = quoteOpen;
                    continue;
                }

                // A point ends the clause where it ends the sentence (not in "5 a.m. on Wednesday", "U.N.", "Jan.").
                if (token.Symbol is '"' or '\u201C' or '\u201D' || TextDocument.SymbolEndsSentence(tokens, k))
                {
                    return setFor ? TenseLean.Nearest : TenseLean.Past;
                }

                continue;
            }

            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var word = token.Word;
            // Looked up only while the reach may still be lengthened (the flag is read for nothing else).
            if (!tensedPassed && !lengthened && !carried && !commaPassed)
            {
                tensedPassed = IsTensedWord(word);
            }

            if (!commaPassed && token.Capitalised && (TimeExpressions.TimeWords.Weekdays.ContainsKey(word) || CalendarWords.Months.ContainsKey(word)))
            {
                dayPassed = k;
            }

            // "will lift the state of emergency it has kept since January 2011 at the end of April": a present perfect
            // with a "since" of its own is a clause inside the one the date is told in (a perfect takes no past date
            // besides), passed over whole; not when the date is the "since"'s own ("has risen since the end of April").
            if (word == "since" && k + 1 < lead && PerfectBefore(tokens, k) is var perfect and >= 0)
            {
                k = perfect;
                continue;
            }

            // "will lead the procession tonight and celebrate Mass on Sunday": a second verb in its base form shares
            // the first one's auxiliary, which may stand a clause's length further back (once).
            if (word == "and" && !carried && k + 1 < i && IsBareVerb(tokens, k + 1))
            {
                carried = true;
                reach = Math.Min(reach, Math.Max(0, k - Reach));
                continue;
            }

            // "experiments that ran until the collider shut down in February": "until" before a clause, whose own verb
            // tells its time; only "until" before the date itself ("postponed until June") looks ahead.
            if (word is "until" or "till" && !OnlyDateWordsBetween(tokens, k, i))
            {
                continue;
            }

            // "The dividend is payable March 15", "a dividend payable on April 1": a payment set for a day, ahead unless
            // told in the past ("was payable"); "holders of record Feb. 28": the day a payment's holders are fixed, just
            // before it, either way; "The cut is effective April 1": a change in force from a day still to come,
            // told in the present (not "was effective Jan. 1").
            if (word == "payable")
            {
                return tokens.WordAt(k - 1) is "was" or "were" ? TenseLean.Nearest : TenseLean.Future;
            }

            if (word == "record" && k + 1 == i && tokens.WordAt(k - 1) == "of")
            {
                return TenseLean.Nearest;
            }

            if (word == "effective" && tokens.WordAt(k - 1) is "is" or "are" or "be" or "become" or "becomes")
            {
                return TenseLean.Future;
            }

            // "lowered its rate to 5 percent, effective Wednesday": a change in force from a day set off after the act,
            // which may be just gone or still to come: the nearer.
            if (word == "effective" && k + 1 == lead && k > 0 && tokens[k - 1].Kind == TokenKind.Symbol && tokens[k - 1].Symbol == ',')
            {
                return TenseLean.Nearest;
            }

            // "if no deal is reached by mid-April": a condition, told in the present, of what may come; so is a need
            // ("we need a solution by Monday"; not "people in need").
            if (word is "if" or "unless" || (word is "need" or "needs" && tokens.WordAt(k - 1) is not ("in" or "the" or "a" or "of")))
            {
                return TenseLean.Future;
            }

            // "could not guarantee their safety after April 10", "marriages can take place from August": a modal, even
            // negated, of a time from which on.
            if (IsModalAhead(tokens, k, deadline || preposition is "after" or "from"))
            {
                return TenseLean.Future;
            }

            // "the fiscal year ending in September", "the quarter ending June 30": the end of a period reported on,
            // which may be past or ahead: the nearer.
            if (word == "ending" && (k + 1 == i || (k + 2 == i && tokens.WordAt(k + 1) is "in" or "on")))
            {
                return TenseLean.Nearest;
            }

            // "The court will close at the end of the year, its mandate expiring on Dec. 31": a participle clause after
            // a comma is told in the tense of the clause before it, which may stand a clause's length further back (once).
            // "a Vatican spokesman said, referring to the holiday on March 31": a day a speaker refers to, past or ahead:
            // the nearer.
            if (word is "referring" or "alluding" && tokens.WordAt(k + 1) == "to" && CommaBefore(tokens, k) >= 0)
            {
                return TenseLean.Nearest;
            }

            // Not a verb in the progressive after its subject set off by commas ("His wife, Catherine, is expecting a
            // child in July").
            if (!carried && word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) && !IngNotParticiples.Contains(word) && CommaBefore(tokens, k) is var comma and >= 0
                && !(tokens.WordAt(k - 1) is { } article && Determiners.Contains(article)) && tokens.WordAt(k - 1) is not ("is" or "are" or "was" or "were" or "am" or "be" or "been"))
            {
                carried = true;
                reach = Math.Min(reach, Math.Max(0, comma - Reach));
                continue;
            }

            // "with snow forecast for parts of the north on Good Friday": what is forecast lies ahead; a forecast told in
            // the past ("was forecast to hit on Monday") may have come due: the nearer.
            // Not when another time stands between, which is what is forecast ("cut its growth forecast for this year to
            // 3.5 percent on Monday": Monday is when the cut was made). Nor the noun after a determiner and a word ("cut its
            // growth forecast in December").
            if (word is "forecast" or "forecasts" && tokens.WordAt(k + 1) is "for" or "on" or "to" or "in" && tokens.WordAt(k - 1) is not ("the" or "a" or "its" or "their" or "his" or "her")
                && tokens.WordAt(k - 2) is not ("the" or "a" or "its" or "their" or "his" or "her")
                && !TimeBetween(tokens, k, lead))
            {
                return PastBefore(tokens, k) || PastFollows(tokens, i) ? TenseLean.Nearest : TenseLean.Future;
            }

            // "The weather service said more storms were possible on Wednesday", "rain is likely Friday": what is possible
            // or likely at a time lies ahead; told in the past (after "said"), the nearer.
            if (word is "possible" or "likely" or "probable" && tokens.WordAt(k - 1) is "is" or "are" or "was" or "were" or "be"
                && (k + 1 == lead || (k + 2 == lead && tokens.WordAt(k + 1) is "on" or "by" or "from" or "until")))
            {
                return tokens.WordAt(k - 1) is "was" or "were" ? TenseLean.Nearest : TenseLean.Future;
            }

            // "with storms likely to last through the weekend", "Prices are unlikely to fall before March": what is likely
            // to happen lies ahead, with or without "is" before it; told in the past ("was likely to"), the nearer.
            if (word is "likely" or "unlikely" && tokens.WordAt(k + 1) == "to" && k + 2 < lead)
            {
                return tokens.WordAt(k - 1) is "was" or "were" ? TenseLean.Nearest : TenseLean.Future;
            }

            // "Shoppers spent more in the run-up to Christmas", "violence in the lead-up to Dec. 20", "the days leading up
            // to the vote": the time a build-up leads to, past or ahead: the nearer.
            if (word == "up" && tokens.WordAt(k + 1) == "to" && k >= 1
                && ((k >= 2 && tokens[k - 1].Kind == TokenKind.Hyphen && tokens.WordAt(k - 2) is "run" or "lead" or "build") || tokens.WordAt(k - 1) == "leading"))
            {
                return TenseLean.Nearest;
            }

            // "The next attempt is set for Saturday": a plan; "was set for" one told in the past.
            if (word == "set" && tokens.WordAt(k - 1) is "is" or "are" or "was" or "were" or "been" or "be" && tokens.WordAt(k + 1) is "for" or "to")
            {
                return tokens.WordAt(k - 1) is "was" or "were" || PastFollows(tokens, i) ? TenseLean.Nearest : TenseLean.Future;
            }

            // "The bombs went off starting at about 8 a.m.": a start told of a past act is no start announced
            // ("three days of mourning starting Wednesday").
            if (word is "starting" or "beginning" && PastVerbJustBefore(tokens, k))
            {
                continue;
            }

            // "Voters rejected the plan in Monday's vote", "agreed the 960 billion euro plan in February": a plan named
            // as a thing, its determiner before it past up to three words or numbers, not one set out ("the plan to
            // meet on Monday", "the plan for Monday", "their plans are to", "the deadline Friday"; "a separate
            // deadline looms on March 27" still looks ahead).
            if (((word is "plan" or "plans" && DeterminerBefore(tokens, k)) || (word == "deadline" && tokens.WordAt(k - 1) is { } deadlineDeterminer && Determiners.Contains(deadlineDeterminer))) && k + 1 < i
                && tokens.WordAt(k + 1) is not ("to" or "for" or "is" or "are" or "was" or "calls" or "call"))
            {
                continue;
            }

            // "Fighting continued until the end of the year", "remained in office until 2009": how long something went
            // on, told in the past; not a thing put off ("postponed until June"), whose new time may lie ahead.
            if (word is "until" or "till" && LastedBefore(tokens, k))
            {
                return TenseLean.Past;
            }

            // "ordered flags flown at half-staff through Wednesday": how long an order holds, ahead of it.
            if (word == "through" && OnlyDateWordsBetween(tokens, k, i) && InstructedBefore(tokens, k, reach: 8))
            {
                return TenseLean.Future;
            }

            // "said he hoped to finish work on the bill by March 20", "vowed to return on Monday": an aim told in the
            // past, whose date may have passed or not.
            // So is an agreement to do something ("have agreed to share information Friday"), not one to a thing
            // ("agreed to a ceasefire on Monday", "agreed to talks on Monday").
            if ((PastAims.Contains(word) && tokens.WordAt(k + 1) == "to" && tokens.WordAt(k + 2) is { } aim && !Determiners.Contains(aim))
                || (word == "agreed" && tokens.WordAt(k + 1) == "to" && k + 2 < i && IsBareVerb(tokens, k + 2)))
            {
                return TenseLean.Nearest;
            }

            // "deals delayed at the end of March would close", "the vote, postponed on Monday,": when a thing was put
            // off, not the new time it was put off to ("postponed until June", "delayed to Friday"); after "be", the
            // clause's own verb decides ("will be postponed on Monday").
            if (word is "postponed" or "delayed" or "rescheduled" && preposition is "in" or "on" or "at" or "during" && !NewTimeBetween(tokens, k, lead))
            {
                if (tokens.WordAt(k - 1) is "be" or "been" or "being" or "is" or "are" or "was" or "were")
                {
                    continue;
                }

                return TenseLean.Past;
            }

            // "Retail sales rose more than expected in February", "grew as expected in May": a comparison with a forecast,
            // no cue of time ("will close, as planned, at the end of the year" still looks ahead).
            if ((PlanParticiples.Contains(word) && tokens.WordAt(k - 1) == "than") || (word == "expected" && tokens.WordAt(k - 1) == "as"))
            {
                continue;
            }

            if (Future.Contains(word) || word.EndsWith("'ll", StringComparison.Ordinal))
            {
                // "Officials said the devaluation would take effect on Feb. 13": a future told in the past, of the telling.
                if (word == "would" && SayingBefore(tokens, k) >= 0)
                {
                    return TenseLean.AheadOfTelling;
                }

                // "The vote had been postponed to the summer", "was delayed until October", "was rescheduled for the
                // autumn": the new time of a thing put off lies after the putting off, which news tells as it happens:
                // ahead, unless the sentence goes on in the past ("was postponed to June, when it was held").
                if (IsPutOffTo(word, preposition))
                {
                    return PastFollows(tokens, i) ? TenseLean.Nearest : TenseLean.Future;
                }

                // "Talks, first scheduled for May 28, were postponed", "the vote was due on April 11": a plan told in
                // the past, whose date may have passed or not; so is a plan since changed ("results first due on Oct.
                // 19 have been delayed again", "originally planned for March"; not "a planned rise in September has been
                // scrapped", which was ahead).
                return PlanParticiples.Contains(word) && (PastBefore(tokens, k) || PastFollows(tokens, i) || tokens.WordAt(k - 1) is "first" or "originally" or "initially")
                    ? TenseLean.Nearest
                    : TenseLean.Future;
            }

            // "The summit was pushed back to October", "moved spring events to the autumn": a new time, as above.
            if (movedTo && Moved.Contains(word))
            {
                return PastFollows(tokens, i) ? TenseLean.Nearest : TenseLean.Future;
            }

            // "The ceasefire is to take effect on Tuesday", "leaders are to meet in May": a plan told with "be to"; one told
            // in the past ("was to begin on Monday") may have come due: the nearer.
            if (word == "to" && k + 1 < i && tokens.WordAt(k - 1) is "is" or "are" or "was" or "were" && IsBareVerb(tokens, k + 1) && !EventBetween(tokens, k, i))
            {
                return tokens.WordAt(k - 1) is "was" or "were" ? TenseLean.Nearest : TenseLean.Future;
            }

            // "told schools to keep children indoors through the weekend": what someone is told to do; not a day that
            // names an event ("asked to comment on Monday's attack").
            if (word == "to" && k + 1 < i && !named.EndsWith("'s", StringComparison.Ordinal) && InstructedBefore(tokens, k) && tokens[k + 1].Kind == TokenKind.Word && !tokens[k + 1].Capitalised
                && !NounBefore.Contains(tokens[k + 1].Word) && !EventBetween(tokens, k, i))
            {
                return TenseLean.Future;
            }

            if (((ScheduleVerbs.Contains(word) && ScheduleVerbAt(tokens, k)) || (ScheduleVerbsPlural.Contains(word) && !NounMarkedBefore(tokens, k) && PluralSubjectBefore(tokens, k)))
                && !EventBetween(tokens, k, i))
            {
                return TenseLean.Future;
            }

            // "The festival runs from June 3 to June 5", "the exhibition runs 3-5 June", "Wimbledon runs until July 6":
            // how long a thing set to happen lasts; only after a noun with its determiner, a possessive ("the program's
            // authorization runs out Sept. 30") or a name, with its time straight after it ("hit two home runs on
            // Sunday" are a noun's).
            if (word == "runs" && k >= 2 && (Determiners.Contains(tokens.WordAt(k - 2) ?? string.Empty) || tokens.WordAt(k - 2)?.EndsWith("'s", StringComparison.Ordinal) == true || tokens[k - 1].Capitalised)
                && RunsStraightTo(tokens, k, i))
            {
                return TenseLean.Future;
            }

            // "passed a bill on Thursday to fund the government through Dec. 23": the aim of a past act, told in the
            // infinitive, may lie ahead of it and of the publication; a day of a month after it is the nearer one. Not
            // a day that names an event ("went to see the parade on May 3"), nor a month alone ("was sent to fight in
            // March" said in November is the March gone).
            purposePassed |= word == "to" && k + 1 < i && IsBareVerb(tokens, k + 1) && tokens.WordAt(k - 1) is not ("is" or "are" or "was" or "were")
                && !EventBetween(tokens, k, i) && IsDayOfMonth(tokens, i);

            // "should pick up in the spring after contracting 0.6 percent in the fourth quarter": a change by a figure told
            // after "after" is a reading already taken, whatever the clause says of what comes.
            if (word == "after" && tokens.WordAt(k + 1) is { Length: > 5 } change && change.EndsWith("ing", StringComparison.Ordinal) && FigureBetween(tokens, k + 2, i))
            {
                return TenseLean.Past;
            }

            // "The first stage will run April 22-23, followed by voting in other provinces on May 11-12": a participle
            // with its "by" just after a comma opens a clause told in the tense of the one before it, which may stand a
            // clause's length further back, as a participle in -ing does (which "followed by voting" may have carried already).
            if (tokens.WordAt(k + 1) == "by" && IsPastForm(word) && CommaBefore(tokens, k) is var byComma && byComma >= k - 2 && byComma >= 0)
            {
                carried = true;
                reach = Math.Min(reach, Math.Max(0, byComma - Reach));
                continue;
            }

            // "the first powered flight", "an armed man": an adjective, not the clause's verb.
            if (IsPastForm(word) && tokens.WordAt(k - 1) is { } determiner && Determiners.Contains(determiner))
            {
                continue;
            }

            // "wants 10% of people vaccinated by September": a participle just before a deadline says what is to be
            // done by then, whichever way; the clause's own verb decides ("was completed by April" stays past).
            if (deadline && k == i - 2 && IsPastForm(word))
            {
                continue;
            }

            // "United play their last home game on Sunday": "last" before a noun that names no time is an adjective,
            // no cue ("last week", "last Tuesday", "last season", "the last two days" are).
            if (word == "last" && tokens.WordAt(k + 1) is { } lastOf && !tokens[k + 1].Capitalised && !TimeExpressions.TimeWords.Units.ContainsKey(lastOf)
                && !Numbers.NumberWords.Units.ContainsKey(lastOf) && lastOf is not ("few" or "several" or "couple" or "dozen" or "ten" or "twelve")
                && !TimeExpressions.TimeWords.Seasons.ContainsKey(lastOf) && lastOf is not ("night" or "weekend" or "time" or "season" or "term" or "year's" or "week's" or "month's"))
            {
                continue;
            }

            // "was expected to weaken as it moved across Georgia on Friday": a past verb after "as" and a pronoun is a
            // clause in step with the main one, whose verb tells the time.
            if ((Past.Contains(word) || IsPastForm(word)) && word is not ("did" or "had" or "was" or "were") && tokens.WordAt(k - 1) is "it" or "they" or "he" or "she" && tokens.WordAt(k - 2) == "as")
            {
                k -= 2;
                continue;
            }

            // "will be held", "is to be postponed", "if no deal is reached by", "will remain closed", "will be formally
            // installed": a participle after "be", a present "is" or "remain" (an adverb in -ly between) keeps the
            // clause's tense.
            // A prefix joined by a hyphen is the participle's own ("could be re-elected").
            var stem = k >= 2 && tokens[k - 1].Kind == TokenKind.Hyphen && tokens[k - 2].Glued && tokens[k - 1].Glued && tokens[k - 2].Kind == TokenKind.Word ? k - 2 : k;
            var beforeParticiple = tokens.WordAt(stem - 1) is { Length: > 4 } adverb && adverb.EndsWith("ly", StringComparison.Ordinal) ? stem - 2 : stem - 1;
            if ((Past.Contains(word) || IsPastForm(word))
                && tokens.WordAt(beforeParticiple) is not ("be" or "been" or "being" or "get" or "is" or "are" or "remain" or "remains" or "stay" or "stays"))
            {
                // "Unions have called a general strike for the end of April and a march on Lisbon on April 25": what
                // was called for a time, and what is listed with it, may lie ahead (not "called for calm on Monday").
                // So are the protests called for ("Demonstrators called for fresh protests on Thursday"), and a day
                // declared to be one ("The mayor declared Monday a non-working day").
                return setFor || purposePassed || (word == "called" && (forPassed > k + 1 || (forPassed == k + 1 && CalledEventBetween(tokens, k + 2, i))))
                    || (word is "declared" or "named" && k + 1 == LeadOf(tokens, i) && tokens.WordAt(i + 1) is "a" or "an" or "as")
                    ? TenseLean.Nearest : TenseLean.Past;
            }
        }

        if (!chained && dayPassed >= 0 && LeanOfClause(tokens, dayPassed, chained: true) is TenseLean.Future or TenseLean.AheadOfTelling)
        {
            return TenseLean.Future;
        }

        return setFor ? TenseLean.Nearest : TenseLean.Past;
    }

    /// <summary>
    /// Whether the day or clock time at token <paramref name="i"/> is told in the subject that opens its sentence, before
    /// a verb that looks ahead: <c>Data on Friday is expected to show</c>, <c>Talks on Monday will focus on trade</c>,
    /// <c>A curfew from 10 p.m. to 5 a.m. will stay in force</c>, <c>Elections in October could change that</c> (a
    /// modal); not an event's day (<c>The attack on Monday will be investigated</c>), nor one after a verb
    /// (<c>Spring officially began on Wednesday</c>).
    /// </summary>
    private static bool DayInSubjectAhead(TokenList tokens, int i)
    {
        if (tokens.WordAt(i - 1) is not ("on" or "from" or "at" or "in"))
        {
            return false;
        }

        // One to three words before "on", opening the sentence, none naming an event.
        var start = i - 2;
        while (start >= 0 && start >= i - 4 && tokens[start].Kind == TokenKind.Word)
        {
            // Nor a verb ("Spring officially began on Wednesday").
            if (IsEventNoun(tokens[start].Word) || IsTensedWord(tokens[start].Word))
            {
                return false;
            }

            start--;
        }

        if (start == i - 2 || (start >= 0 && !TextDocument.SymbolEndsSentence(tokens, start)))
        {
            return false;
        }

        // The day's or clock time's own tokens (a weekday or month, numbers, points, "a.m.", "to" another), then the verb.
        var k = i;
        while (k < tokens.Count && k <= i + 12 && (tokens[k].Kind == TokenKind.Number || (tokens[k].Kind == TokenKind.Symbol && tokens[k].Symbol is '.' or ',' or ':' && !TextDocument.SymbolEndsSentence(tokens, k))
            || (tokens[k].Kind == TokenKind.Word && (tokens[k].Capitalised || tokens[k].Word is "a" or "p" or "m" or "am" or "pm" or "to" or "and" or "local" or "time"))))
        {
            k++;
        }

        // "Elections in October could change that": a modal of what may come too.
        return k > i && (LooksAheadAt(tokens, k) || (tokens.WordAt(k) is not null && IsModalAhead(tokens, k, deadline: false)));
    }

    // The words a time set off before its sentence's main clause may open with: "On Friday,", "Late on Friday,",
    // "Between Wednesday and Friday,", "From next week,", "By the end of April,".
    private static readonly FrozenSet<string> FrontingWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "on", "by", "from", "between", "starting", "beginning", "late", "early", "until", "till", "before", "after", "in",
        "the", "end", "of", "this", "next", "coming",
    }.ToFrozenSet();

    /// <summary>
    /// Whether the day or month at token <paramref name="i"/> opens its sentence in a phrase set off by a comma before a
    /// main clause whose verb looks ahead (<c>On Friday, the council will vote</c>, <c>Between Wednesday and Friday,
    /// convoys will be halted</c>, <c>In April, the party plans to elect a leader</c>): the verb after the comma tells
    /// the time's tense. The phrase runs up to four words before the time and ten tokens after it; the clause's subject up
    /// to eight tokens, with no verb or relative word of its own (<c>On Friday, officials who will attend the talks
    /// arrived</c> is not).
    /// </summary>
    private static bool DayFrontedAhead(TokenList tokens, int i)
    {
        var start = i - 1;
        while (start >= 0 && start >= i - 4 && tokens.WordAt(start) is { } word && FrontingWords.Contains(word))
        {
            start--;
        }

        // "But by spring, we'll see", and a quotation that opens with the time ("By spring, I think we'll see").
        if (start >= 0 && start < i - 1 && tokens.WordAt(start) is "but" or "and" or "yet" or "so")
        {
            start--;
        }

        // A quotation mark before it, opening the quotation or closing the sentence before ("... highs." By spring,).
        var quoted = start >= 0 && tokens[start].Kind == TokenKind.Symbol && tokens[start].Symbol is '"' or '\u201C' or '\u201D';
        start -= quoted ? 1 : 0;
        if (start >= 0 && !(tokens[start].Kind == TokenKind.Symbol && (TextDocument.SymbolEndsSentence(tokens, start) || (quoted && tokens[start].Symbol is '.' or '!' or '?'))))
        {
            return false;
        }

        // The time's own tokens up to the comma: days, months and numbers, clock words, "and" or "to" another.
        var comma = -1;
        for (var k = i + 1; k < tokens.Count && k <= i + 10; k++)
        {
            ref readonly var token = ref tokens[k];
            if (token.Kind == TokenKind.Symbol)
            {
                if (token.Symbol == ',')
                {
                    comma = k;
                    break;
                }

                if (token.Symbol is not ('.' or ':') || TextDocument.SymbolEndsSentence(tokens, k))
                {
                    return false;
                }
            }
            else if (token.Kind == TokenKind.Word && !token.Capitalised && !FrontingWords.Contains(token.Word) && token.Word is not ("a" or "p" or "m" or "am" or "pm" or "and"
                or "to" or "or" or "through" or "morning" or "afternoon" or "evening" or "night" or "local" or "time" or "week" or "month" or "year"
                or "spring" or "summer" or "autumn" or "winter"))
            {
                return false;
            }
        }

        if (comma < 0)
        {
            return false;
        }

        for (var k = comma + 1; k < tokens.Count && k <= comma + 8; k++)
        {
            ref readonly var token = ref tokens[k];
            if (token.Kind == TokenKind.Symbol)
            {
                // Points after a letter ("the U.N. Security Council"); anything else ends the clause's subject.
                if (token.Symbol == '.' && tokens.WordAt(k - 1) is { Length: 1 } && tokens[k - 1].Glued)
                {
                    continue;
                }

                return false;
            }

            // A dash ends the subject too; a hyphen inside a word does not ("the U.S.-led coalition").
            if (token.Kind == TokenKind.Hyphen && !(tokens[k - 1].Glued && token.Glued))
            {
                return false;
            }

            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var word = token.Word;
            if (LooksAheadAt(tokens, k) || word == "shall" || (word is "is" or "are" or "plans" or "plan" or "intends" or "intend" or "hopes" or "hope" or "aims" or "aim"
                    or "expects" or "expect" or "wants" or "want" && tokens.WordAt(k + 1) == "to")
                || IsModalAhead(tokens, k, deadline: false))
            {
                return true;
            }

            if (word is "who" or "which" or "that" or "whose" || IsTensedWord(word) || Future.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    // A verb at token k that looks ahead: "will" or its contraction ("we'll"), or "is" or "are" before "expected", "due", "set", "scheduled",
    // "likely" (a subject's day before it is a day to come).
    private static bool LooksAheadAt(TokenList tokens, int k) =>
        tokens.WordAt(k) == "will" || (tokens.WordAt(k) is { } contracted && contracted.EndsWith("'ll", StringComparison.Ordinal)) || (tokens.WordAt(k) is "is" or "are" && tokens.WordAt(k + 1) is "expected" or "due" or "set" or "scheduled" or "likely");

    /// <summary>
    /// Whether the day at token <paramref name="i"/> is told in an aside set off by commas, with no cue of a tense in it,
    /// before a verb that looks ahead (<c>The Bank of Japan, under a new governor from March 20, is expected to ease
    /// policy</c>); not an aside with a verb of its own (<c>The attack, which began on Monday, is expected to</c>).
    /// </summary>
    private static bool DayInAsideAhead(TokenList tokens, int i)
    {
        var close = -1;
        for (var k = i + 1; k < tokens.Count && k <= i + 6; k++)
        {
            if (tokens[k].Kind == TokenKind.Symbol)
            {
                if (tokens[k].Symbol == ',')
                {
                    close = k;
                    break;
                }

                if (tokens[k].Symbol != '.' || TextDocument.SymbolEndsSentence(tokens, k))
                {
                    return false;
                }
            }
        }

        if (close < 0 || AsideStart(tokens, close) is not (> 0 and var open) || open > i || CueBetween(tokens, open, close))
        {
            return false;
        }

        return LooksAheadAt(tokens, close + 1);
    }

    /// <summary>
    /// Whether the weekday at token <paramref name="i"/> opens its sentence as the subject of a verb in the present
    /// (<c>Monday is the anniversary of his birth</c>, <c>Sunday marks a year since the blasts</c>): a weekday told in
    /// the present is one still to come; one gone by is told in the past (<c>Monday was</c>) or as gone (<c>Monday is
    /// over</c>). Not a day of a month, which may be weeks gone (<c>March 3 is the deadline</c>, told later in March).
    /// </summary>
    private static bool DayIsSubject(TokenList tokens, int i) =>
        (uint)i < (uint)tokens.Count && (i == 0 || (tokens[i - 1].Kind == TokenKind.Symbol && TextDocument.SymbolEndsSentence(tokens, i - 1)))
        && tokens.WordAt(i) is { } day && DateScanner.Weekdays.ContainsKey(day) && tokens.WordAt(i + 1) is "is" or "marks"
        && tokens.WordAt(i + 2) is not ("over" or "past" or "gone" or "behind");

    /// <summary>
    /// Whether the day at token <paramref name="i"/> is the possessive of something put off since, told in the present
    /// perfect or the present passive (<c>Voting in Saturday's elections has been put off in two provinces</c>,
    /// <c>Sunday's match is postponed</c>): a day still ahead, as what was set for it has not happened.
    /// </summary>
    private static bool PutOffAfter(TokenList tokens, int i)
    {
        // The day's possessive ("Saturday's").
        if (tokens.WordAt(i) is not { } day || !(day.EndsWith("'s", StringComparison.Ordinal) || day.EndsWith("\u2019s", StringComparison.Ordinal)))
        {
            return false;
        }

        // Up to three words of what was set for the day ("provincial elections"), then the verb.
        for (var k = i + 1; k < tokens.Count && k <= i + 4 && tokens[k].Kind == TokenKind.Word; k++)
        {
            var perfect = tokens[k].Word is "has" or "have" && tokens.WordAt(k + 1) == "been" ? k + 2 : tokens[k].Word is "is" or "are" ? k + 1 : -1;
            if (perfect > 0)
            {
                return tokens.WordAt(perfect) is "postponed" or "delayed" or "suspended" or "rescheduled" or "cancelled" or "canceled"
                    || (tokens.WordAt(perfect) is "put" or "called" && tokens.WordAt(perfect + 1) == "off");
            }
        }

        return false;
    }

    // Events held on a day set for them, beside the scheduled events, the subject of "is" or "are" before the day ("The
    // funeral is on Friday", "The deadline is Monday"): those of sport, worship and ceremony, and deadlines.
    private static readonly FrozenSet<string> HeldEvents = new HashSet<string>(StringComparer.Ordinal)
    {
        "match", "game", "leg", "final", "semifinal", "meeting", "talks", "funeral", "ceremony", "race", "debate", "parade",
        "rally", "concert", "festival", "service", "session", "wedding", "auction", "premiere", "deadline",
    }.ToFrozenSet();

    /// <summary>
    /// Whether the day at token <paramref name="i"/> is the day an event is held on, told in the present with the
    /// event as subject (<c>The funeral is on Friday</c>, <c>The return leg is in Madrid on Tuesday</c>, <c>The hearing
    /// is at 10 a.m. on Monday</c>, <c>The deadline set by the central bank is Monday</c>), or the month it is held in
    /// (<c>The election is in June</c>, <c>Elections are held in June</c>): a time set ahead. The verb right before the
    /// day, or before <c>on</c> or <c>in</c> within the sentence and eight tokens; not a state on a day (<c>Shares are
    /// up 3 percent on Tuesday</c>).
    /// </summary>
    private static bool EventIsOn(TokenList tokens, int i)
    {
        // "The election is on the first Sunday of August", "in the last week of June": the month of a day or week
        // named by its rank is told where the rank's phrase starts.
        if (tokens.WordAt(i - 1) == "of" && tokens.WordAt(i - 2) is { } ranked && (ranked == "week" || DateScanner.Weekdays.ContainsKey(ranked)))
        {
            for (var k = i - 3; k >= 0 && k >= i - 6; k--)
            {
                if (tokens.WordAt(k) == "the")
                {
                    i = k;
                    break;
                }
            }
        }

        // "The deadline set by the central bank is Monday": the day right after the verb.
        if (tokens.WordAt(i - 1) is "is" or "are")
        {
            return HeldSubjectBefore(tokens, i - 1);
        }

        if (tokens.WordAt(i - 1) is not ("on" or "in"))
        {
            return false;
        }

        for (var k = i - 2; k >= 1 && k >= i - 9; k--)
        {
            if (tokens[k].Kind == TokenKind.Symbol && TextDocument.SymbolEndsSentence(tokens, k))
            {
                return false;
            }

            if (tokens.WordAt(k) is "is" or "are")
            {
                return HeldSubjectBefore(tokens, k);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the subject of the <c>is</c> or <c>are</c> at token <paramref name="verb"/> is an event held on a day: the
    /// word before it, or the head of a noun phrase up to seven words back with no cue of a tense in its modifier
    /// (<c>The deadline set by the European Central Bank is</c>).
    /// </summary>
    private static bool HeldSubjectBefore(TokenList tokens, int verb)
    {
        for (var k = verb - 1; k >= 0 && k >= verb - 7; k--)
        {
            if (tokens.WordAt(k) is not { } word)
            {
                return false;
            }

            if (ScheduledEvents.Contains(word) || HeldEvents.Contains(word))
            {
                return true;
            }

            if (IsTensedWord(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a determiner stands before the noun at token <paramref name="k"/>, right before it or past up to three
    /// words or numbers that are no verbs' cues (<c>the plan</c>, <c>the 960 billion euro plan</c>, <c>its new peace
    /// plan</c>).
    /// </summary>
    private static bool DeterminerBefore(TokenList tokens, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 4; j--)
        {
            if (tokens[j].Kind == TokenKind.Number)
            {
                continue;
            }

            if (tokens.WordAt(j) is not { } word)
            {
                return false;
            }

            if (Determiners.Contains(word))
            {
                return true;
            }

            if (Future.Contains(word) || Past.Contains(word) || word is "to" or "we" or "they" or "i" or "you")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the date at token <paramref name="i"/> is told of the occasion words were said on (<c>in an interview
    /// late on Friday</c>, <c>at a news conference on Monday</c>, <c>in a statement on Tuesday</c>), right after
    /// <c>said</c> or <c>told</c>, or after a comma with one of them earlier in its sentence, within thirty tokens.
    /// </summary>
    private static bool SaidInSpeechEvent(TokenList tokens, int i)
    {
        var lead = LeadOf(tokens, i);
        var k = tokens.WordAt(lead - 1) is "on" or "late" or "early" ? lead - 2 : lead - 1;
        k = tokens.WordAt(k) is "late" or "early" ? k - 1 : k;
        if (tokens.WordAt(k) is not ("interview" or "statement" or "speech" or "briefing" or "conference" or "address" or "broadcast"))
        {
            return false;
        }

        // "in a rare interview", "at a news conference", "in a televised address": the article up to three words back,
        // after "in" or "at".
        var article = k - 1;
        while (article > k - 4 && article > 0 && tokens.WordAt(article) is not ("a" or "an" or "the" or "his" or "her" or "their" or "its"))
        {
            article--;
        }

        if (tokens.WordAt(article - 1) is not ("in" or "at"))
        {
            return false;
        }

        // Right after the verb of saying ("said in an interview on Friday"), or set off by a comma after the words said
        // ("said prices will fall, at a news conference on Monday"); not the occasion of a verb of the words ("said he
        // will speak at a news conference on Monday").
        if (tokens.WordAt(article - 2) is "said" or "told")
        {
            return true;
        }

        if (!(article >= 2 && tokens[article - 2].Kind == TokenKind.Symbol && tokens[article - 2].Symbol == ','))
        {
            return false;
        }

        for (var b = article - 3; b >= 0 && b >= article - 30; b--)
        {
            if (TextDocument.SymbolEndsSentence(tokens, b))
            {
                return false;
            }

            if (tokens.WordAt(b) is "said" or "told")
            {
                return true;
            }
        }

        return false;
    }

    // Whether a word of time (a year in digits, "year", "month", "week", "quarter", a month or weekday's name) stands
    // between tokens k and lead (exclusive).
    private static bool TimeBetween(TokenList tokens, int k, int lead)
    {
        for (var j = k + 1; j < lead; j++)
        {
            if ((tokens[j].Kind == TokenKind.Number && tokens[j].Length == 4) || tokens.WordAt(j) is "year" or "month" or "week" or "quarter"
                || (tokens[j].Capitalised && tokens.WordAt(j) is { } name && (CalendarWords.Months.ContainsKey(name) || TimeExpressions.TimeWords.Weekdays.ContainsKey(name))))
            {
                return true;
            }
        }

        return false;
    }

    // Whether "to", "until", "till" or "for" stands between a verb of putting off at token k and the date's lead: the new
    // time it was put off to.
    private static bool NewTimeBetween(TokenList tokens, int k, int lead)
    {
        for (var j = k + 1; j < lead; j++)
        {
            if (tokens.WordAt(j) is "to" or "until" or "till" or "for")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The auxiliary of a present perfect just before the <c>since</c> at token <paramref name="since"/>, up to four
    /// tokens back (<c>it has kept since</c>, <c>has been in force since</c>), or -1.
    /// </summary>
    private static int PerfectBefore(TokenList tokens, int since)
    {
        for (var k = since - 1; k >= 1 && k >= since - 3; k--)
        {
            if (tokens.WordAt(k) is { } word && (word == "been" || Past.Contains(word) || IsPastForm(word)) && tokens.WordAt(k - 1) is "has" or "have")
            {
                return k - 1;
            }
        }

        return -1;
    }

    /// <summary>Whether a word is a verb whose tense a clause is told in, or a cue of its time (<c>is</c>, <c>said</c>, <c>will</c>, <c>reported</c>).</summary>
    private static bool IsTensedWord(string word) => PresentStates.Contains(word) || Past.Contains(word) || Future.Contains(word) || IsPastForm(word);

    /// <summary>
    /// Whether the aside between the commas at tokens <paramref name="open"/> and <paramref name="close"/> is an
    /// apposition with a clause of its own: <c>a</c> or <c>an</c>, up to three words, then the clause's first word
    /// (<c>a goal the government set in January</c>, <c>a move that angered Beijing</c>).
    /// </summary>
    private static bool IsAppositiveClause(TokenList tokens, int open, int close)
    {
        if (tokens.WordAt(open + 1) is not ("a" or "an"))
        {
            return false;
        }

        for (var m = open + 2; m < close && m <= open + 5; m++)
        {
            if (tokens.WordAt(m) is not { } word)
            {
                return false;
            }

            if (m > open + 2 && word is "that" or "which" or "who" or "whose" or "the" or "its" or "his" or "her" or "their")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word between tokens <paramref name="open"/> and <paramref name="close"/> is a cue of a tense or a verb's form.</summary>
    private static bool CueBetween(TokenList tokens, int open, int close)
    {
        for (var m = open + 1; m < close; m++)
        {
            if (tokens.WordAt(m) is { } word && (IsTensedWord(word) || Participles.Contains(word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a number stands within the four tokens before token <paramref name="k"/> (the clock time a word of it follows).</summary>
    private static bool ClockNear(TokenList tokens, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 4; j--)
        {
            if (tokens[j].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the clause before token <paramref name="i"/> is told in the past perfect: <c>had</c> and a past form or
    /// <c>been</c> within <see cref="Reach"/> tokens, before any punctuation that ends a clause (<c>Protesters had rallied
    /// in the capital the day before</c>).
    /// </summary>
    internal static bool IsPastPerfect(TokenList tokens, int i) => IsPastPerfect(tokens, i, Reach);

    private static bool IsPastPerfect(TokenList tokens, int i, int reach)
    {
        for (var k = i - 1; k >= 0 && k >= i - reach; k--)
        {
            ref readonly var token = ref tokens[k];
            if (token.Kind == TokenKind.Symbol && token.Symbol is '.' or '!' or '?' or ';' or ',' or '"' or '\u201C' or '\u201D')
            {
                return false;
            }

            if (token.Kind == TokenKind.Word && token.Word == "had" && tokens.WordAt(k + 1) is { } next && (Past.Contains(next) || IsPastForm(next) || Participles.Contains(next)))
            {
                return true;
            }

            if (IsSimplePast(tokens, k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether token <paramref name="k"/> is a full verb in the simple past: a past form with no auxiliary in the two
    /// words before it (<c>soldiers arrested</c>; not <c>had already fled</c>, <c>were killed</c>), not an auxiliary
    /// itself nor one of the past's cue words that are no verbs (<c>last</c>, <c>earlier</c>).
    /// </summary>
    private static bool IsSimplePast(TokenList tokens, int k) =>
        tokens.WordAt(k) is { } word && (Past.Contains(word) || IsPastForm(word)) && !IsAuxiliary(word)
        && word is not ("did" or "ago" or "last" or "since" or "earlier" or "previously" or "yesterday")
        && !IsAuxiliary(tokens.WordAt(k - 1)) && !IsAuxiliary(tokens.WordAt(k - 2));

    private static bool IsAuxiliary(string? word) => word is "had" or "has" or "have" or "was" or "were" or "been" or "being" or "be" or "is" or "are";

    /// <summary>
    /// Whether the clause before token <paramref name="i"/> is told in the past perfect, reaching back a whole clause
    /// (<see cref="ClauseReach"/> tokens) where <see cref="IsPastPerfect(TokenList, int)"/> reaches a short one (<c>had been due to sign
    /// a deal handing power to civilians on April 6</c>); a verb in the simple past between (<c>had fled and soldiers
    /// arrested five people on Monday</c>) tells another clause, whose time it is, as it does for the short reach.
    /// </summary>
    internal static bool InPastPerfectClause(TokenList tokens, int i) => IsPastPerfect(tokens, i, ClauseReach);

    /// <summary>
    /// Whether the time at token <paramref name="i"/> follows <c>since</c> in a clause told in the present perfect, up
    /// to a clause's reach back within its sentence and clause (<c>have captured a string of towns since the start of
    /// the year</c>, <c>has been closed since the middle of the month</c>): a span that runs to now; not one told in the
    /// past perfect (<c>had raged since the start of the year</c>).
    /// </summary>
    internal static bool SinceInPresentPerfect(TokenList tokens, int i)
    {
        if (tokens.WordAt(i - 1) != "since")
        {
            return false;
        }

        for (var k = i - 2; k >= 0 && k >= i - 2 - Reach; k--)
        {
            ref readonly var token = ref tokens[k];
            if (token.Kind == TokenKind.Symbol && token.Symbol is '.' or '!' or '?' or ';' or ',' or '"' or '\u201C' or '\u201D')
            {
                return false;
            }

            if (token.Kind == TokenKind.Word && token.Word is "has" or "have" or "had" && tokens.WordAt(k + 1) is { } next
                && (next == "been" || Past.Contains(next) || IsPastForm(next) || Participles.Contains(next)))
            {
                return token.Word != "had";
            }
        }

        return false;
    }

    // Verbs of a state in the present tense: what a thing is like "today" when today means nowadays.
    private static readonly FrozenSet<string> PresentStates = new HashSet<string>(StringComparer.Ordinal)
    {
        "is", "are", "has", "have", "remains", "remain", "stands", "stand", "lives", "live", "costs", "looks", "look", "seems",
        "seem", "lies", "lie", "sits", "employs", "numbers", "counts", "holds", "belongs", "means", "feels", "sells", "runs",
        "works", "owns", "leads", "heads", "serves", "uses", "houses", "attracts", "draws", "produces", "earns", "makes",
        "teaches", "controls",
    }.ToFrozenSet();

    /// <summary>
    /// Whether <c>today</c> at token <paramref name="i"/> means nowadays, not the day of publication: a state told in
    /// the present beside a time long past (<c>In the 1990s the town was a trading hub; today it is a ruin</c>,
    /// <c>Today, violence is lower than at its peak in 2006</c>, <c>a shop that cost $200 a month in 2012 costs $450
    /// today</c>). Not a day something is done or said (<c>said today</c>, <c>are today investigating the 2012
    /// attack</c>), nor today itself the subject (<c>Today is the anniversary of the 1994 genocide</c>).
    /// </summary>
    internal static bool TodayAsNowadays(TokenList tokens, int i)
    {
        if (tokens.WordAt(i) != "today" || (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Symbol && tokens[i + 1].Symbol is '\'' or '\u2019')
            || tokens.WordAt(i - 1) is "until" or "till" or "from" or "since" or "of" or "by" or "on" or "as" or "through" or "before" or "after" or "later" or "earlier" or "early" or "late" or "for")
        {
            return false;
        }

        // The clause's verb: after today when today opens its clause ("Today, violence is", "; today it is", "Today,
        // a 1.4-kilometer stretch of the wall still stands": up to eight words on, past the numbers and hyphens of the
        // subject), with a subject between; otherwise the nearest before it ("costs $450 today").
        var opensClause = i == 0 || (tokens[i - 1].Kind == TokenKind.Symbol && (tokens[i - 1].Symbol is ',' or ':' || TextDocument.SymbolEndsSentence(tokens, i - 1)))
            || tokens.WordAt(i - 1) is "and" or "but";
        var verb = -1;
        if (opensClause)
        {
            var words = 0;
            for (var k = i + 1; k < tokens.Count && k <= i + 16 && (tokens[k].Kind != TokenKind.Word || ++words <= 8); k++)
            {
                if (tokens[k].Kind == TokenKind.Symbol && TextDocument.SymbolEndsSentence(tokens, k))
                {
                    break;
                }

                if (tokens.WordAt(k) is { } word && IsTensedWord(word))
                {
                    verb = k > i + 1 ? k : -1;
                    break;
                }
            }
        }
        else
        {
            for (var k = i - 1; k >= 0 && k >= i - 6; k--)
            {
                if (tokens[k].Kind == TokenKind.Symbol && (tokens[k].Symbol is ',' || TextDocument.SymbolEndsSentence(tokens, k)))
                {
                    break;
                }

                if (tokens.WordAt(k) is { } word && IsTensedWord(word))
                {
                    verb = k;
                    break;
                }
            }
        }

        // A state ("is a ruin", "are lined with towers"), not an act going on or planned ("are investigating", "is
        // today expected to").
        if (verb < 0 || !PresentStates.Contains(tokens.WordAt(verb)!)
            || tokens.WordAt(verb + 1 == i ? i + 1 : verb + 1) is { } after && (after.EndsWith("ing", StringComparison.Ordinal) || PlanParticiples.Contains(after)
                || after is "set" or "slated" or "poised" or "to" or "about" or "likely"))
        {
            return false;
        }

        // The time long past it is set against: a year, a decade ("the 1990s", "the '80s") or a span ago, in its
        // sentence or the three before.
        var sentenceEnds = 0;
        for (var k = i - 1; k >= 0 && k >= i - 120; k--)
        {
            ref readonly var token = ref tokens[k];
            if (token.Kind == TokenKind.Symbol && TextDocument.SymbolEndsSentence(tokens, k) && ++sentenceEnds > 3)
            {
                break;
            }

            if (IsYear(token) || (token.Kind == TokenKind.Number && token.Glued && tokens.WordAt(k + 1) == "s") || (token.Kind == TokenKind.Word && token.Word is "ago" or "once"))
            {
                return true;
            }
        }

        for (var k = i + 1; k < tokens.Count && k <= i + 30; k++)
        {
            ref readonly var token = ref tokens[k];
            if (token.Kind == TokenKind.Symbol && TextDocument.SymbolEndsSentence(tokens, k))
            {
                break;
            }

            if (IsYear(token))
            {
                return true;
            }
        }

        return false;

        // A year written in digits.
        static bool IsYear(in Token token) => token.Kind == TokenKind.Number && token.Length == 4 && token.Value is >= 1000 and < 2200;
    }

    /// <summary>
    /// Whether token <paramref name="i"/> lies in a clause of background opened by a comma and <c>which</c>,
    /// <c>who</c> or <c>whose</c> within <see cref="Reach"/> tokens before it (<c>the invasion, which began on March
    /// 20, 2003</c>), or by <c>whose</c> alone (<c>after an election whose result the court upheld on March 30</c>),
    /// with no other punctuation between.
    /// </summary>
    internal static bool InRelativeAside(TokenList tokens, int i)
    {
        for (var k = i - 1; k > 0 && k >= i - Reach; k--)
        {
            ref readonly var token = ref tokens[k];
            if (token.Kind == TokenKind.Symbol)
            {
                return false;
            }

            if (token.Kind == TokenKind.Word && (token.Word == "whose" || (token.Word is "which" or "who" && tokens[k - 1].Kind == TokenKind.Symbol && tokens[k - 1].Symbol == ',')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether token <paramref name="i"/> lies in a relative clause opened by <c>that</c> on a noun and told in the past
    /// (<c>the invasion that began 10 years ago Wednesday</c>, <c>an airliner that crashed on Thursday</c>), within
    /// <see cref="Reach"/> tokens before it and with no punctuation between. Such a clause may tell the main event or
    /// a background one; the caller tells which.
    /// </summary>
    internal static bool InRestrictiveRelative(TokenList tokens, int i)
    {
        for (var k = i - 1; k > 0 && k >= i - Reach; k--)
        {
            if (tokens[k].Kind == TokenKind.Symbol)
            {
                return false;
            }

            if (tokens.WordAt(k) == "that")
            {
                return IsRestrictiveRelative(tokens, k);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the <c>that</c> at token <paramref name="k"/> opens a relative clause on the noun before it, told in the
    /// past (<c>the invasion that began 10 years ago</c>, <c>the war that ended in 1995</c>); not one after a verb of
    /// saying or thinking (<c>said that ...</c>).
    /// </summary>
    private static bool IsRestrictiveRelative(TokenList tokens, int k) =>
        tokens.WordAt(k - 1) is { } noun && !tokens[k - 1].Capitalised && !IsTensedWord(noun) && !Saying.Contains(noun)
        && tokens.WordAt(k + 1) is { } verb && (IsPastForm(verb) || Participles.Contains(verb) || verb is "began" or "ended" or "broke" or "took" or "came" or "left" or "killed");

    // Verbs and nouns a "that" of reported content follows ("said that", "the fear that").
    private static readonly FrozenSet<string> Saying = new HashSet<string>(StringComparer.Ordinal)
    {
        "said", "say", "says", "told", "warned", "believe", "believed", "thinks", "thought", "announced", "added", "noted", "reported",
        "claimed", "insisted", "argued", "hoped", "feared", "fear", "fears", "hope", "hopes", "belief", "claim", "claims", "news", "fact",
        "confirmed", "denied", "suggested", "stressed", "know", "knew", "known", "so", "such",
    }.ToFrozenSet();

    /// <summary>The comma within the three tokens before token <paramref name="k"/>, with only words between; -1 if none.</summary>
    private static int CommaBefore(TokenList tokens, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 3; j--)
        {
            if (tokens[j].Kind == TokenKind.Symbol)
            {
                return tokens[j].Symbol == ',' ? j : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the schedule verb at token <paramref name="k"/> is a verb: it follows a word that is not a determiner,
    /// preposition or adjective of a noun (<c>the reports</c>, <c>police visits</c>), or the comma or year that ends a
    /// phrase about its subject (<c>the law, passed in 2010, takes effect</c>), and is not the subject of a
    /// reporting verb or a clause (<c>reports say</c>, <c>reports that</c>, <c>visits of</c>).
    /// </summary>
    private static bool ScheduleVerbAt(TokenList tokens, int k) =>
        k > 0 && ((tokens[k - 1].Kind is TokenKind.Word && (!NounBefore.Contains(tokens[k - 1].Word) || (tokens[k - 1].Word == "and" && VerbOnly.Contains(tokens[k].Word))))
            || (tokens[k - 1].Kind == TokenKind.Symbol && tokens[k - 1].Symbol == ',') || (tokens[k - 1].Kind == TokenKind.Number && tokens[k - 1].Length == 4))
        && tokens.WordAt(k + 1) is not ("that" or "of" or "say" or "said" or "says" or "suggest" or "suggested" or "indicate" or "indicated" or "show" or "showed" or "claim" or "claimed");

    /// <summary>
    /// Whether a verb telling someone to do something stands within the <paramref name="reach"/> words before the
    /// <c>to</c> (or <c>through</c>) at token <paramref name="k"/> (<c>told schools to</c>, <c>urged all voters to</c>,
    /// <c>called on residents to</c>, <c>ordered flags flown at half-staff through</c>), in the active voice, with no
    /// punctuation between.
    /// </summary>
    private static bool InstructedBefore(TokenList tokens, int k, int reach = 4)
    {
        for (var j = k - 1; j >= 0 && j >= k - reach; j--)
        {
            if (tokens[j].Kind == TokenKind.Symbol)
            {
                return false;
            }

            // Active only: "were asked to leave on Monday" tells what was done as often as what is to come.
            if (tokens.WordAt(j) is { } word && Instructions.Contains(word))
            {
                return (word != "called" || tokens.WordAt(j + 1) == "on") && tokens.WordAt(j - 1) is not ("was" or "were" or "been" or "being" or "be" or "is" or "are");
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a modal (<c>could</c>, <c>may</c>, <c>will</c>) stands within the six words before token
    /// <paramref name="i"/> in its clause, before any punctuation: what it speaks of may lie ahead, whatever a past
    /// verb before it says (<c>analysts said growth could slow in the second half</c>).
    /// </summary>
    internal static bool ModalBefore(TokenList tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 6; k--)
        {
            if (tokens[k].Kind == TokenKind.Symbol)
            {
                return false;
            }

            if (tokens.WordAt(k) is "could" or "might" or "may" or "would" or "will" or "should" or "can")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word names an event a date may be the day of: the event scanner's words of violence (<c>attack</c>, <c>blast</c>) and others (<c>earthquake</c>, <c>election</c>).</summary>
    internal static bool IsEventNoun(string word) => Events.EventScanner.IsTriggerWord(word) || OtherEventNouns.Contains(word);

    /// <summary>
    /// Whether a noun of an event stands between the verb at token <paramref name="k"/> and the date at token
    /// <paramref name="i"/>: the date may be the event's. Not the event a verb of holding holds, its object before any
    /// preposition (<c>Iran holds a presidential election on June 14</c>: the election is what is scheduled), where one
    /// after a preposition still is (<c>hosts talks on the bombing on Monday</c>).
    /// </summary>
    private static bool EventBetween(TokenList tokens, int k, int i)
    {
        var held = tokens.WordAt(k) is "holds" or "hosts" or "stages";
        for (var j = k + 1; j < i; j++)
        {
            if (tokens.WordAt(j) is not { } word)
            {
                continue;
            }

            if (IsEventNoun(word) && !held)
            {
                return true;
            }

            held &= word is not ("on" or "of" or "over" or "about" or "after" or "since" or "for" or "against" or "into" or "at" or "by" or "from" or "with");
        }

        return false;
    }

    /// <summary>
    /// Whether the word at token <paramref name="k"/> follows a determiner or a possessive, which make it a noun (<c>The
    /// bombings at the marathon's finish line on Monday</c>, <c>the bank's close on Friday</c>).
    /// </summary>
    private static bool NounMarkedBefore(TokenList tokens, int k) =>
        tokens.WordAt(k - 1) is { } before && (Determiners.Contains(before) || before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("\u2019s", StringComparison.Ordinal));

    /// <summary>
    /// Whether the plural schedule verb at token <paramref name="k"/> follows its subject: a plural noun (<c>classes
    /// begin</c>) or <c>they</c>, <c>we</c>, not a determiner or an auxiliary (<c>did not begin</c>, <c>to begin</c>).
    /// </summary>
    private static bool PluralSubjectBefore(TokenList tokens, int k) =>
        (k > 0 && tokens[k - 1].Kind == TokenKind.Symbol && tokens[k - 1].Symbol == ',' && AsideStart(tokens, k - 1) is var aside and > 0 && PluralSubjectWord(tokens, aside))
        || PluralSubjectWord(tokens, k) || (PostModifierStart(tokens, k) is var of and > 0 && PluralSubjectWord(tokens, of));

    /// <summary>
    /// The preposition that opens a short phrase after a subject's head, ending right before token
    /// <paramref name="k"/> (<c>Spending cuts of $85 billion take effect</c>, <c>Talks between the two sides resume</c>):
    /// words with no cue of a tense, numbers and currency signs, at most six tokens back; -1 if none.
    /// </summary>
    private static int PostModifierStart(TokenList tokens, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 6; j--)
        {
            ref readonly var token = ref tokens[j];
            if (token.Kind == TokenKind.Word && token.Word is "of" or "between" or "in" or "at" or "for" or "from" or "across" or "on")
            {
                return j < k - 1 ? j : -1;
            }

            if (!(token.Kind == TokenKind.Number || (token.Kind == TokenKind.Symbol && token.Symbol is '$' or '\u00A3' or '\u20AC' or '%')
                || (token.Kind == TokenKind.Word && !IsTensedWord(token.Word))))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The comma that opens an aside closed by the comma at token <paramref name="comma"/> (<c>The Tokyo Olympics,
    /// postponed last year, open on July 23</c>), within 15 tokens and with no other punctuation between; -1 if none.
    /// </summary>
    private static int AsideStart(TokenList tokens, int comma)
    {
        for (var j = comma - 1; j >= 0 && j >= comma - 15; j--)
        {
            // The point of an abbreviation inside ("who resigned on Feb. 28,") is no punctuation of the clause.
            if (tokens[j].Kind == TokenKind.Symbol && !(tokens[j].Symbol == '.' && j > 0 && tokens[j - 1].Glued && !TextDocument.SymbolEndsSentence(tokens, j)))
            {
                return tokens[j].Symbol == ',' && j + 1 < comma ? j : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the word before token <paramref name="k"/> is a plural subject: <c>they</c>, <c>we</c>, a team's name
    /// before a fixture's verb, or a word in <c>-s</c> (not <c>-ss</c>, nor a lower-case one in <c>-us</c> or <c>-is</c>:
    /// <c>previous</c>, <c>status</c>, <c>crisis</c>; a name keeps its <c>-s</c>, <c>Juventus</c>).
    /// </summary>
    private static bool PluralSubjectWord(TokenList tokens, int k) =>
        k > 0 && tokens[k - 1].Kind == TokenKind.Word && tokens[k - 1].Word is { } subject
        && (subject is "they" or "we" || (tokens[k - 1].Capitalised && tokens.WordAt(k) is { } fixture && FixtureVerbs.Contains(fixture) && subject != "i" && !CalendarWords.Months.ContainsKey(subject))
            || (subject.Length > 3 && subject.EndsWith('s') && !subject.EndsWith("ss", StringComparison.Ordinal)
            && (tokens[k - 1].Capitalised || !(subject.EndsWith("us", StringComparison.Ordinal) || subject.EndsWith("is", StringComparison.Ordinal))) && !NounBefore.Contains(subject)
            && subject is not ("does" or "always" or "perhaps" or "sometimes" or "whereas" or "unless" or "thus")));

    /// <summary>
    /// Whether a word ending in <c>-ed</c> is a past form: not a verb of another tense that ends so (<c>exceed</c>,
    /// <c>succeed</c>, <c>proceed</c>, <c>need</c>, <c>feed</c>), nor <c>hundred</c>, <c>indeed</c> or an adjective that does.
    /// </summary>
    private static bool IsPastForm(string word) =>
        word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ceed", StringComparison.Ordinal) && !NotPastForms.Contains(word);

    private static readonly FrozenSet<string> NotPastForms = new HashSet<string>(StringComparer.Ordinal)
    {
        "need", "indeed", "feed", "speed", "bleed", "breed", "heed", "hundred", "hundreds", "kindred", "sacred", "naked",
        "wicked", "embed", "steed", "greed", "rugged", "ragged", "crooked", "wretched", "beloved",
    }.ToFrozenSet();

    /// <summary>The word before the date at token <paramref name="i"/>, past the words of a part of it (<c>by early November</c>, <c>for the end of March</c>).</summary>
    private static string? PrepositionBefore(TokenList tokens, int i) => tokens.WordAt(LeadOf(tokens, i) - 1);

    /// <summary>
    /// The first of the words of a part of the period before token <paramref name="i"/> (<c>early</c>, <c>mid-</c>,
    /// <c>the end of the</c>; up to four), or <paramref name="i"/> itself when there are none.
    /// </summary>
    private static int LeadOf(TokenList tokens, int i)
    {
        var k = i - 1;
        while (k >= i - 4 && (tokens.WordAt(k) is "early" or "mid" or "late" or "the" or "end" or "of" or "beginning" or "start" or "middle" || (k >= 0 && tokens[k].Kind == TokenKind.Hyphen)))
        {
            k--;
        }

        return k + 1;
    }

    /// <summary>
    /// Whether token <paramref name="k"/> is a modal that looks ahead: <c>must</c> and <c>should</c> (not <c>must
    /// have</c>, which infers the past); <c>could</c>, <c>might</c> and a lower-case <c>may</c> (the month is written
    /// with a capital) but in the negative or the perfect; and <c>can</c> before a deadline.
    /// </summary>
    private static bool IsModalAhead(TokenList tokens, int k, bool deadline)
    {
        ref readonly var token = ref tokens[k];
        return token.Word switch
        {
            "must" or "should" => tokens.WordAt(k + 1) != "have",

            // "could win the league in May", "might be held in June": what may come; not what could not be done
            // ("rescuers could not reach the village on Monday"), what might have been, nor what could be seen or heard
            // ("residents could see smoke on Monday").
            "could" or "might" => deadline || tokens.WordAt(k + 1) is not ("not" or "have" or "never" or "hardly" or "barely" or "only" or "see" or "hear" or "feel" or "smell"),
            "can" => deadline,
            "may" => !token.Capitalised && (deadline || tokens.WordAt(k + 1) is not ("not" or "have" or "never")),
            _ => false,
        };
    }

    /// <summary>
    /// Whether no more than four tokens stand between <c>runs</c> at <paramref name="k"/> and the date at
    /// <paramref name="i"/>, each a preposition of a span, a number or a hyphen (<c>runs from June 3</c>, <c>runs
    /// 3-5 June</c>) or <c>out</c> just after it (<c>the authorization runs out Sept. 30</c>: when it expires).
    /// </summary>
    private static bool RunsStraightTo(TokenList tokens, int k, int i)
    {
        if (i - k > 5)
        {
            return false;
        }

        for (var j = k + 1; j < i; j++)
        {
            if (tokens[j].Kind is not (TokenKind.Hyphen or TokenKind.Number) && tokens.WordAt(j) is not ("from" or "through" or "between" or "until" or "till" or "on" or "to" or "and")
                && !(j == k + 1 && tokens.WordAt(j) == "out"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Where a short quotation (up to twelve tokens) closed at token <paramref name="k"/> opens, when it stands inside a
    /// clause: its opening mark follows a word and its closing mark precedes a space; otherwise -1.
    /// </summary>
    private static int EmbeddedQuoteStart(TokenList tokens, int k)
    {
        ref readonly var close = ref tokens[k];
        if (k < 3 || close.Glued || !tokens[k - 1].Glued || !(close.Symbol == '\u201D' || close.Symbol == '"'))
        {
            return -1;
        }

        for (var j = k - 1; j >= 1 && j >= k - 12; j--)
        {
            ref readonly var token = ref tokens[j];
            if (token.Kind != TokenKind.Symbol)
            {
                continue;
            }

            if (token.Symbol is '\u201C' or '"')
            {
                return token.Glued && !tokens[j - 1].Glued && tokens[j - 1].Kind == TokenKind.Word && j + 1 < k ? j : -1;
            }

            if (token.Symbol == '\u201D' || TextDocument.SymbolEndsSentence(tokens, j))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether only words of a date's own phrase (<c>the end of</c>, <c>early</c>, <c>mid-</c>) or of a clock time before
    /// it (<c>6 p.m. on</c>, <c>8:30 a.m. local time</c>) stand between tokens <paramref name="k"/> and <paramref name="i"/>.
    /// </summary>
    private static bool OnlyDateWordsBetween(TokenList tokens, int k, int i)
    {
        for (var j = k + 1; j < i; j++)
        {
            if (tokens[j].Kind != TokenKind.Hyphen && tokens.WordAt(j) is not ("early" or "mid" or "late" or "the" or "end" or "of" or "beginning" or "start" or "middle" or "after" or "at" or "least" or "next" or "this"
                or "midnight" or "noon" or "midday" or "dawn" or "dusk" or "nightfall" or "daybreak")
                && !ClockTokenAt(tokens, j, k + 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether token <paramref name="j"/> is part of a clock time that starts with a number at token <paramref name="from"/>
    /// or later: the number, its colon or points, <c>a.m.</c>/<c>p.m.</c>, <c>local time</c>, a zone, and an <c>on</c> after it.
    /// </summary>
    private static bool ClockTokenAt(TokenList tokens, int j, int from)
    {
        ref readonly var token = ref tokens[j];
        return token.Kind switch
        {
            TokenKind.Number => true,
            TokenKind.Symbol => token.Symbol is ':' or '.' && j > from && tokens[j - 1].Glued,
            TokenKind.Word => (token.Word is "a" or "p" or "m" or "am" or "pm" or "local" or "time" or "on" || TimeExpressions.TimeWords.Zones.Contains(token.Word) || IsZoneName(in token))
                && NumberBetween(tokens, from, j),
            _ => false,
        };
    }

    /// <summary>Whether a token is a North American zone's name after a clock time (<c>11 a.m. Eastern</c>).</summary>
    private static bool IsZoneName(in Token token) => token.Capitalised && TimeExpressions.TimeWords.IsZoneName(token.Word);

    /// <summary>Whether a number stands among tokens <paramref name="from"/> to <paramref name="j"/> (exclusive).</summary>
    private static bool NumberBetween(TokenList tokens, int from, int j)
    {
        for (var n = from; n < j; n++)
        {
            if (tokens[n].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    // The prepositions that open a phrase going on from the clause before a comma: "after its last home game, against
    // Swansea on May 12".
    private static readonly FrozenSet<string> PhrasePrepositions = new HashSet<string>(StringComparer.Ordinal)
    {
        "against", "at", "in", "on", "near", "with", "from", "outside", "inside", "during", "between",
    }.ToFrozenSet();

    /// <summary>
    /// Whether the comma at token <paramref name="comma"/> opens a phrase with no verb that runs up to the date at
    /// token <paramref name="date"/>, eight tokens at most (<c>will receive the trophy after its last home game, against
    /// Swansea on May 12</c>): the phrase goes on from the clause before the comma, whose verb tells the date's tense.
    /// Not a phrase with a verb or participle of its own (<c>, the date set by the United States in April</c>, <c>, with
    /// fighting resuming on Monday</c>).
    /// </summary>
    private static bool VerblessPhraseAfter(TokenList tokens, int comma, int date)
    {
        if (date - comma > 9 || tokens.WordAt(comma + 1) is not { } first || !PhrasePrepositions.Contains(first))
        {
            return false;
        }

        for (var k = comma + 2; k < date; k++)
        {
            if (tokens[k].Kind == TokenKind.Symbol || (tokens.WordAt(k) is { } word && (IsTensedWord(word) || word.EndsWith("ing", StringComparison.Ordinal))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether token <paramref name="k"/> may be a verb in its base form after "and" (<c>and celebrate</c>): a lower-case
    /// word that is no past form, no third person or plural in <c>-s</c>, and no determiner or preposition.
    /// </summary>
    private static bool IsBareVerb(TokenList tokens, int k) =>
        tokens[k].Kind == TokenKind.Word && !tokens[k].Capitalised && tokens[k].Word is { Length: > 2 } word
        && !word.EndsWith('s') && !IsPastForm(word) && !Past.Contains(word) && !NounBefore.Contains(word) && !word.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>Whether token <paramref name="i"/> opens a day of a month: <c>Dec. 23</c>, <c>April 14</c>, <c>14 April</c>.</summary>
    private static bool IsDayOfMonth(TokenList tokens, int i)
    {
        if ((uint)i >= (uint)tokens.Count)
        {
            return false;
        }

        if (tokens[i].Kind == TokenKind.Number)
        {
            return tokens.WordAt(i + 1) is { } after && CalendarWords.Months.ContainsKey(after);
        }

        if (tokens.WordAt(i) is not { } month || !CalendarWords.Months.ContainsKey(month))
        {
            return false;
        }

        var k = i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Symbol && tokens[i + 1].Symbol == '.' && tokens[i].Glued ? i + 2 : i + 1;
        return k < tokens.Count && tokens[k].Kind == TokenKind.Number && tokens[k].Length <= 2;
    }

    /// <summary>Whether a past form stands within the three words before token <paramref name="k"/>, with no punctuation between.</summary>
    private static bool PastVerbJustBefore(TokenList tokens, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 3; j--)
        {
            if (tokens[j].Kind != TokenKind.Word)
            {
                return false;
            }

            if (Past.Contains(tokens[j].Word) || IsPastForm(tokens[j].Word))
            {
                return true;
            }
        }

        return false;
    }

    // Verbs of saying told in the past, whose "would" is a future of the telling ("said it would", "announced that the
    // talks would").
    private static readonly FrozenSet<string> PastSaying = new HashSet<string>(StringComparer.Ordinal)
    {
        "said", "told", "announced", "added", "stated", "confirmed", "indicated", "declared", "promised", "pledged",
        "predicted", "insisted", "signaled", "signalled", "explained", "wrote", "reported", "warned",
    }.ToFrozenSet();

    /// <summary>
    /// The verb of saying told in the past before the <c>would</c> at token <paramref name="k"/> in its sentence, up to
    /// eight tokens back and not past a quotation mark (<c>said it would</c>, <c>told reporters on Monday that the bank
    /// would</c>); -1 when there is none.
    /// </summary>
    private static int SayingBefore(TokenList tokens, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 8; j--)
        {
            if (tokens[j].Kind == TokenKind.Symbol && (tokens[j].Symbol is '"' or '\u201C' or '\u201D' || TextDocument.SymbolEndsSentence(tokens, j)))
            {
                return -1;
            }

            if (tokens.WordAt(j) is { } word && PastSaying.Contains(word))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// The weekday the telling was on, when a weekday at token <paramref name="i"/> is what someone said would happen and
    /// the day they said it is told right after the verb of saying (<c>He said Monday that he would travel to Paris on
    /// Tuesday</c>, <c>said on Monday it would</c>); null otherwise.
    /// </summary>
    internal static IsoDayOfWeek? TellingWeekday(TokenList tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - ClauseReach; k--)
        {
            if (tokens[k].Kind == TokenKind.Symbol && TextDocument.SymbolEndsSentence(tokens, k))
            {
                return null;
            }

            if (tokens.WordAt(k) != "would")
            {
                continue;
            }

            var said = SayingBefore(tokens, k);
            for (var t = said + 1; said >= 0 && t < k && t <= said + 2; t++)
            {
                if (tokens[t].Kind == TokenKind.Word && tokens[t].Capitalised && DateScanner.Weekdays.TryGetValue(tokens[t].Word, out var day))
                {
                    return day;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>Whether a past auxiliary stands right before the participle at token <paramref name="k"/>: <c>was due</c>, <c>were scheduled</c>, <c>had been planned</c>.</summary>
    private static bool PastBefore(TokenList tokens, int k) =>
        tokens.WordAt(k - 1) is "was" or "were" || (tokens.WordAt(k - 1) == "been" && tokens.WordAt(k - 2) == "had");
}
