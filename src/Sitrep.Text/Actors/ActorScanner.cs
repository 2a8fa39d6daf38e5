using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Sitrep.Actors;
using Sitrep.Sources;
using Sitrep.Text.Dates;
using Sitrep.Text.Scanning;
using Sitrep.Text.Statements;

namespace Sitrep.Text.Actors;

/// <summary>
/// Finds actors in English news text: gazetteer names and aliases ("Iraq", "US", "Washington" for the United States),
/// demonyms ("Iraqi"), generic agents with what qualifies them ("the US embassy in Baghdad", "Iraqi security forces",
/// "an AFP journalist", "the country's charge d'affaires"), capitalised organisation names ("Popular Mobilisation
/// Forces"), and phrases that point back to an actor named before ("these factions", "the groups", "the latter").
/// Composite actors get ids made from their parts, so "Washington's embassy in Baghdad" and "the US embassy in
/// Baghdad" are one actor. A hand-written scanner over tokens, linear in the text for a fixed gazetteer.
/// </summary>
public static partial class ActorScanner
{
    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet<string>(["the", "these", "those", "this", "that", "a", "an"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Adjectives = FrozenSet.ToFrozenSet<string>(
        ["local", "regional", "provincial", "resistance", "regular", "international", "foreign", "influential", "allied", "rival", "unidentified", "unknown", "suspected", "federal", "national",
         "senior", "top", "major", "new", "joint", "powerful", "main", "former", "interim", "de", "facto", "other", "several", "separatist", "militant", "armed",
         "rebel", "jihadist", "islamist", "extremist", "insurgent", "paramilitary", "state", "transitional", "caretaker", "provisional", "outgoing"],
        StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ActorRelationKind> RelationalSuffixes = new Dictionary<string, ActorRelationKind>
    {
        ["backed"] = ActorRelationKind.BackedBy,
        ["supported"] = ActorRelationKind.BackedBy,
        ["sponsored"] = ActorRelationKind.BackedBy,
        ["funded"] = ActorRelationKind.BackedBy,
        ["led"] = ActorRelationKind.LedBy,

        // "the Hamas-run health ministry", "the Houthi-controlled health ministry": a body run by the group.
        ["run"] = ActorRelationKind.LedBy,
        ["controlled"] = ActorRelationKind.LedBy,
        ["allied"] = ActorRelationKind.AlliedWith,
        ["aligned"] = ActorRelationKind.AlliedWith,
        ["affiliated"] = ActorRelationKind.AlliedWith,
        ["linked"] = ActorRelationKind.AlliedWith,
    }.ToFrozenDictionary();

    // People the text cites by what they are, with no article or name, when they speak ("residents said", "according
    // to medics"): the first words of the agent nouns of those classes.
    private static readonly string[] BareSpeakers =
        ["residents", "witnesses", "eyewitnesses", "villagers", "activists", "survivors", "relatives", "medics", "paramedics", "doctors", "rescuers", "rescue", "rights", "aid",
         "relief", "humanitarian", "elders", "tribal", "village", "community", "diplomats", "analysts", "observers", "security", "hospital", "hospitals", "medical", "lawmakers",
         "legislators", "senators", "media", "state"];

    // Armed men the text names by what they are, with no article or name, as the subject of what they did ("Gunmen
    // killed 11 people", "Bandits stormed a village", "soldiers opened fire"): the first words of those agent nouns.
    private static readonly string[] BareArmed =
        ["soldiers", "troops", "forces", "fighters", "militants", "rebels", "insurgents", "gunmen", "bandits", "jihadists", "extremists", "attackers", "assailants", "kidnappers", "gangs", "gang",
         "gangsters", "pirates", "raiders", "settlers"];

    /// <summary>Whether agent nouns of a class name people the text cites by what they are (<see cref="BareSpeakers"/>).</summary>
    private static bool IsSpeakerClass(string agentClass) => agentClass is "residents" or "medics" or "monitor" or "aid" or "elders" or "observers" or "medical" or "lawmakers"
        or "media" or "civil-defence";

    /// <summary>Whether agent nouns of a class name armed men by what they are (<see cref="BareArmed"/>).</summary>
    private static bool IsArmedClass(string agentClass) => agentClass is "fighters" or "bandits" or "settlers";

    // Past forms of what armed men do that do not end in "-ed".
    private static readonly FrozenSet<string> IrregularActs = FrozenSet.ToFrozenSet<string>(
        ["shot", "set", "struck", "hit", "took", "stole", "blew", "overran", "burnt", "fought", "broke", "drove", "threw", "swept", "held", "beat", "slit"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> StartWords = FrozenSet.ToFrozenSet<string>(
        [.. Determiners, .. Adjectives, "pro", "anti", "non", "country", "and", "or", "police", "officials", "army", "military", "prosecutors", "authorities", .. BareSpeakers, .. BareArmed, .. AgentNoun.CitedFirstWords,

         // The words a news outlet's phrase may start with (see TryMedia).
         "public", "semi", "broadcaster", "newspaper"],
        StringComparer.Ordinal);

    private static readonly LexemeFact IsDeterminer = new(Determiners.Contains);

    private static readonly LexemeFact IsAdjective = new(Adjectives.Contains);

    private static readonly LexemeFact IsStartWord = new(StartWords.Contains);

    private static readonly FrozenSet<string> Locatives = FrozenSet.ToFrozenSet<string>(["in", "near", "at", "outside", "inside", "across", "throughout", "around", "into", "from", "to"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Directions = FrozenSet.ToFrozenSet<string>(
        ["the", "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeastern", "northwestern", "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
         "northeast", "northwest", "southeast", "southwest"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotNames = FrozenSet.ToFrozenSet<string>(
        [.. CalendarWords.FullNames, "late", "early", "earlier", "later", "on", "since", "it", "they", "he", "she", "we", "i", "the", "a", "an",
         "hours", "last", "this", "these", "those", "mr", "mrs", "ms", "but", "and", "in", "at", "after", "before", "when", "while", "relations",

         // "Three soldiers were killed", "Dozens of people": a count at the start of a sentence, not a name's first word.
         .. Numbers.NumberWords.Units.Keys, .. Numbers.NumberWords.Teens.Keys, .. Numbers.NumberWords.Tens.Keys, "dozens", "hundreds", "thousands", "several", "some", "many", "no", "any"],
        StringComparer.Ordinal);

    private static readonly LexemeFact IsNotName = new(NotNames.Contains);

    // With the built-in gazetteer: the determiners, describing words and joiners, the first words of its names, every
    // capitalised word and every hyphen.
    private static readonly StartSet BuiltInStarts = new([IsStartWord, Gazetteer.BuiltInStarts], hyphens: true, capitalised: true);

    /// <summary>Finds the actors mentioned in a text, in order.</summary>
    /// <param name="text">The text.</param>
    /// <param name="gazetteer">The names to recognise, or <see langword="null"/> for <see cref="Gazetteer.BuiltIn"/>.</param>
    /// <returns>The mentions by start offset. A modifier inside a longer mention is a mention too: "Tehran" in "Tehran-backed Kataeb Hezbollah", "Baghdad" in "the US embassy in Baghdad" is not (it is the embassy's place).</returns>
    public static ValueArray<ActorMention> Find(string text, Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var document = new TextDocument(text);
        using var analysis = Analyse(document, gazetteer ?? Gazetteer.BuiltIn);
        return analysis.Mentions();
    }

    internal static ActorAnalysis Analyse(TextDocument document, Gazetteer gazetteer)
    {
        var analysis = new ActorAnalysis(document.Count);
        new Scan(document, gazetteer, analysis).Run();
        return analysis;
    }

    /// <summary>Whether a word is a particle inside a person's name: <c>al</c>, <c>bin</c>, <c>de</c>, <c>von</c>, <c>der</c>.</summary>
    internal static bool IsNameParticle(string? word) =>
        word is "al" or "el" or "bin" or "ibn" or "bint" or "de" or "van" or "von" or "der" or "den" or "da" or "di" or "du" or "ould";

    private sealed partial class Scan(TextDocument document, Gazetteer gazetteer, ActorAnalysis analysis)
    {
        private readonly TokenList tokens = document.Tokens;
        private readonly string text = document.Text;
        private readonly ActorAnalysis analysis = analysis;

        // The id of each name met, made once: a report names its actors again and again.
        private readonly Dictionary<string, ActorId> ids = new(StringComparer.Ordinal);

        // The people named with an office, by the last word of their name ("Ruto" for President William Ruto): that
        // word alone names them again further on.
        private readonly Dictionary<string, ActorDraft> surnames = new(StringComparer.Ordinal);

        // The items of the chunk being read, and those of each kind, reused from chunk to chunk.
        private readonly List<Item> items = [];
        private readonly List<Item> capitalised = [];
        private readonly List<Item> actorItems = [];
        private readonly List<Item> relational = [];

        internal ActorAnalysis Run()
        {
            // "YANGON (Reuters) -": a city filed from with no country after it is in its country, the report's.
            if (DatelineCities.CountryOfOpening(document) is { } datelineCode && StateOf(datelineCode) is { } datelineState)
            {
                host = analysis.Draft(datelineState);
            }

            // The built-in names' first words are lexeme facts, so with them the scan visits only the tokens an actor may
            // start at; a user gazetteer's names are looked up at every token.
            var next = 0;
            foreach (var i in gazetteer.IsBuiltIn ? tokens.Starts(BuiltInStarts) : tokens.All)
            {
                if (i >= next && MayStartAt(in tokens[i]))
                {
                    next = Chunk(i);
                }
            }

            return analysis;
        }

        private enum ItemKind
        {
            Actor,
            Relational,
            Adjective,
            Capitalised,
            CountryAnaphor,
            Joiner,
        }

        private readonly record struct Item(ItemKind Kind, int First, int Last, Actor? Actor, ActorMentionForm Form, ActorRelationKind Relation, bool Possessive, bool HidesKnownName = false);

        // Most tokens start nothing: a lower-case word that is no determiner, describing word, joiner or first word of a
        // known name, a number or symbol that starts no known name, is passed over with bit tests.
        private bool MayStartAt(in Token token) => token.Kind == TokenKind.Word
            ? token.Capitalised || IsStartWord.Of(token.Lexeme) || gazetteer.MayStart(token.Lexeme)
            : token.Kind == TokenKind.Hyphen || gazetteer.MayStart(token.Lexeme);

        /// <summary>The id of an actor named <paramref name="name"/>: <c>actor:</c> and the name's slug.</summary>
        private ActorId IdOf(string name)
        {
            if (!ids.TryGetValue(name, out var id))
            {
                ids[name] = id = new ActorId("actor:" + ActorNames.Slug(name));
            }

            return id;
        }

        /// <summary>Reads one noun-phrase-like chunk from token <paramref name="i"/> and returns where the next starts.</summary>
        private int Chunk(int i)
        {
            var start = i;
            ref readonly var first = ref tokens[i];
            var det = first.Kind == TokenKind.Word && IsDeterminer.Of(first.Lexeme) ? first.Word : null;
            var j = det is null ? i : i + 1;

            // "the latter", "the former"
            if (det == "the" && Word(j) is "latter" or "former" && PickFromPair(Word(j) == "latter", j))
            {
                return j + 1;
            }

            // A news outlet, by name or a country's media.
            if (TryMedia(start, det, j) is var mediaEnd and > 0)
            {
                return mediaEnd;
            }

            var items = this.items;
            items.Clear();
            while (j < tokens.Count && items.Count < 8)
            {
                // "the Popular Mobilisation Forces", "Iraqi Security Forces": the agent noun ends the phrase; not one inside
                // a name that goes on to its organisation's word ("The Sudan Doctors Network said").
                // So does one of armed men that opens with a describing word of its own ("armed men attacked the village").
                if ((items.Count > 0 || det is not null || (IsAdjective.Of(tokens[j].Lexeme) && AgentNoun.Match(document, j, out var ownEnd) is { } own && ownEnd > j + 1 && IsArmedClass(own.Class)))
                    && AgentNoun.Match(document, j, out var innerEnd) is not null && !gazetteer.TryMatch(document, j, out _, out _, out _)
                    && !(document.IsCapitalised(j) && document.IsCapitalised(innerEnd) && innerEnd < tokens.Count && AgentNoun.OrganisationTails.Contains(tokens[innerEnd].Word)))
                {
                    break;
                }

                // "President Joe Biden and Prime Minister Rishi Sunak said": two people named after offices are two (and
                // the second's phrase starts after the "and").
                if (Word(j) == "and" && (items.Count == 0 || (items.Count > 1 && TitledRun(items[0].First, j - 1))) && det is null && TitledRun(j + 1, CapitalisedRunEnd(j + 1)))
                {
                    break;
                }

                // "according to the Syrian Observatory for Human Rights and local rescuers": a capitalised name ends at an
                // "and" before words in lower case.
                // So does a known body's ("according to the United Nations and local rescuers"), not a country's ("Iraqi
                // and US forces").
                if (Word(j) == "and" && !document.IsCapitalised(j + 1)
                    && (CapitalisedItems(items) > 1 || (items.Count > 0 && items[^1] is { Kind: ItemKind.Actor, Possessive: false, Actor.Kind: not ActorKind.State })))
                {
                    break;
                }

                if (!TryItem(j, items.Count == 0 && j == start && document.SentenceStart[j] == j, out var item))
                {
                    break;
                }

                items.Add(item);
                j = item.Last + 1;

                // "National Liberation Army (ELN) rebels": the name's short form in brackets after it, and the phrase goes on.
                if (item is { Kind: ItemKind.Actor, Possessive: false, Actor: { } named } && document.IsSymbol(j, '(')
                    && gazetteer.TryMatch(document, j + 1, out var bracketed, out var bracketedEnd, out _) && ReferenceEquals(bracketed.Actor, named)
                    && document.IsSymbol(bracketedEnd, ')') && AgentNoun.Match(document, bracketedEnd + 1, out _) is not null)
                {
                    j = bracketedEnd + 1;
                }
            }

            // A trailing joiner ("Iraqi and") is not part of the phrase.
            while (items.Count > 0 && items[^1].Kind == ItemKind.Joiner)
            {
                j = items[^1].First;
                items.RemoveAt(items.Count - 1);
            }

            var agent = AgentNoun.Match(document, j, out var agentEnd);

            // "said resident Musa Ali", "local resident Fatima Bello said", "A resident, Musa Ali, said": a person named
            // right after what they are, or in apposition to it; one mention of the person, described by it.
            // So is one named right after who they speak for, after an inverted cue ("said police spokesman Sadiq Dudishe",
            // "said Taliban spokesman Zabihullah Mujahid": the group a modifier).
            var speaksFor = det is null && agent is not null && (agent.SpeaksForBody || agent.Class == "spokesperson") && Word(start - 1) is "said" or "says" or "added" or "told";
            if (agent is not null && ((agent is { Kind: ActorKind.Individual, IsCitedOnly: true } && det is null or "a" or "an") || speaksFor)
                && items.TrueForAll(x => x.Kind == ItemKind.Adjective || (speaksFor && x.Kind == ItemKind.Actor))
                && CitedPersonName(agentEnd, apposed: det is not null) is var (nameFirst, nameLast) && nameLast >= nameFirst)
            {
                foreach (var item in items)
                {
                    if (item.Kind == ItemKind.Actor)
                    {
                        EmitActor(item, ActorUse.Modifier);
                    }
                }

                var citedName = Clean(document.Slice(nameFirst, nameLast));
                var cited = analysis.Draft(IdOf(citedName)) ?? analysis.Draft(IdOf(citedName), citedName, ActorKind.Individual, null);
                cited.Description ??= Clean(document.Slice(det is null ? start : start + 1, agentEnd - 1));
                // "regional governor Vyacheslav Gladkov said ... Gladkov said": named again by the last word of the name.
                if (nameLast > nameFirst)
                {
                    surnames[tokens[nameLast].Word] = cited;
                }

                Add(start, nameLast, cited, ActorMentionForm.Name, ActorUse.None);
                return nameLast + 1;
            }

            var hostAgent = det is null && items.Count == 0 && host is not null && agent is not null && (SpeaksBare(agent) || agent.SpeaksForBody);

            // "residents said", "according to medics": people cited by what they are, as speakers.
            // So are "police said", "officials said" in a report with no dateline to say whose: police of no country
            // named, not an unknown speaker.
            var bareSpeaker = det is null && items.Count == 0 && agent is not null
                && (IsSpeakerClass(agent.Class) || IsArmedClass(agent.Class) || (host is null && (SpeaksBare(agent) || agent.SpeaksForBody)))
                && (CueFollows(agentEnd) || CueAfterAnd(agentEnd) || AccordingToBefore(start) || CitedPlaceEnd(agent, agentEnd) is not null || InvertedCueBefore(start, agentEnd)
                    || (SpeaksBare(agent) && SpeakerPlaceEnd(agentEnd) > 0));

            // "Gunmen killed 11 people", "Bandits have stormed a village": armed men as the subject of an act.
            // "Soldiers opened fire on protesters", "Troops killed five militants": soldiers too, the report's country's
            // when it is filed from one (below), else named by what they are.
            // Not the head of a phrase the scan did not take as one ("Afghan and coalition forces killed").
            // "Military jets bombed a village": military aircraft too, as soldiers are.
            var bareArmed = det is null && items.Count == 0 && agent is not null && (IsArmedClass(agent.Class) || (agent.Class == "forces" && OpensClause(start))
                || (agent.Class == "air-force" && agent.Words.Length > 1 && OpensClause(start))
                || (agent.Class == "police" && host is null && OpensClause(start) && Word(agentEnd) is "opened" or "shot" or "fired" or "killed" or "beat" or "attacked")) && ActFollows(agentEnd);
            // "the government blamed jihadists linked to al-Qaeda", "blamed the attack on militants": armed men blamed.
            bareArmed |= det is null && items.Count == 0 && agent is not null && IsArmedClass(agent.Class) && BlamedBefore(start);
            // "A bus was ambushed by gunmen", "were killed by militants": armed men, the agent of a passive.
            // "Three protesters were shot dead by police", "were killed by soldiers", "were accused by police": a force too.
            var doneAt = Word(start - 2) == "dead" && Word(start - 3) is "shot" or "beaten" or "stabbed" ? start - 3 : start - 2;
            bareArmed |= det is null && items.Count == 0 && agent is not null && (IsArmedClass(agent.Class) || agent.Class is "police" or "forces" or "army" or "military" or "armed-forces"
                    || IsBareSecurityForces(agent)) && Word(start - 1) == "by"
                && Word(doneAt) is { } done && (done.EndsWith("ed", StringComparison.Ordinal) || done is "shot" or "beaten" or "hit" or "struck")
                && Word(doneAt - 1) is "was" or "were" or "been" or "being";
            // "security forces killed 21 militants", "clashed with security forces": the forces, wherever they stand.
            // Not the head of a phrase the scan did not take whole ("Afghan and coalition security forces").
            bareArmed |= det is null && items.Count == 0 && agent is not null && IsBareSecurityForces(agent)
                && !(start > 0 && tokens[start - 1].Kind == TokenKind.Word && (document.IsCapitalised(start - 1) || Word(start - 1) is "coalition" or "allied" or "government" or "national" or "local" or "federal" or "state" or "joint" or "international"));
            hostAgent |= bareSpeaker || bareArmed;

            // "Ruto said" at the start of a sentence: the person named before with an office, by the last word of the name.
            if (items.Count == 0 && det is null && agent is null && surnames.Count > 0 && first.Capitalised && first.Kind == TokenKind.Word && surnames.TryGetValue(first.Word, out var namedAgain)
                && !document.IsCapitalised(start + 1))
            {
                Add(start, start, namedAgain, ActorMentionForm.Anaphor, ActorUse.None);
                return start + 1;
            }

            // "Police in Kenya fired tear gas", "Security forces in Iran shot dead five protesters": a country's force
            // named by the country it is in, as "Kenyan police" names it; the country is no actor of its own there.
            if (det is null or "the" && agent is not null && Word(agentEnd) == "in"
                && AgentNoun.Match(document, det is null ? start : start + 1, out var forceEnd) is { Class: "police" or "security-forces" or "armed-forces" or "army" or "military" or "forces" } force
                && forceEnd == agentEnd && gazetteer.TryMatch(document, agentEnd + 1, out var inCountry, out var countryEnd, out var countryPossessive) && !countryPossessive
                && inCountry.Actor is { Kind: ActorKind.State, Country: { } forceCountry } && inCountry.Form is ActorMentionForm.Name or ActorMentionForm.Alias
                && (ActFollows(countryEnd) || CueFollows(countryEnd)))
            {
                var forceId = new ActorId("actor:" + IdPart(forceCountry.ToLowerInvariant() + "-" + force.Slug));
                var forceDraft = analysis.Draft(forceId) ?? analysis.Draft(forceId, inCountry.Actor.Name + " " + BodyName(force), force.Kind, forceCountry);
                forceDraft.Class ??= force.Class;
                Add(start, countryEnd - 1, forceDraft, ActorMentionForm.Composite, ActorUse.None);
                return countryEnd;
            }

            if (items.Count == 0 && (agent is null || (det is null && !hostAgent)))
            {
                // Nothing starts here: the common case, kept free of allocations.
                return start + 1;
            }

            if (agent is not null && (items.Count > 0 || det is not null || hostAgent))
            {
                if (TryComposite(start, det, items, agent, j, agentEnd, out var compositeEnd))
                {
                    return Math.Max(compositeEnd, start + 1);
                }
            }

            var consumed = EmitItems(items);
            return Math.Max(consumed, start + 1);
        }

        // "security forces killed 21 militants", "clashes between protesters and security forces": named with no article,
        // as the noun of a force and never as a modifier (as "army" and "military" are), they are the forces.
        private static bool IsBareSecurityForces(AgentNoun agent) => agent.Words is ["security", "forces"];

        /// <summary>
        /// Whether an agent noun speaks for a body with no article before it (<c>police said</c>, <c>officials said</c>,
        /// <c>prosecutors said</c>, <c>authorities said</c>): the dateline's country's, or of no country without one.
        /// </summary>
        private static bool SpeaksBare(AgentNoun agent) => agent.Class is "police" or "officials" or "prosecutors" || agent.Words is ["authorities"];

        private static int CapitalisedItems(List<Item> items)
        {
            var n = 0;
            foreach (var item in items)
            {
                n += item.Kind == ItemKind.Capitalised ? 1 : 0;
            }

            return n;
        }

        private bool TryItem(int j, bool sentenceInitial, out Item item)
        {
            item = default;
            var word = Word(j);

            // "pro-Iran"
            if (word == "pro" && IsHyphen(j + 1) && gazetteer.TryMatch(document, j + 2, out var proPhrase, out var proEnd, out _))
            {
                item = new Item(ItemKind.Relational, j, proEnd - 1, proPhrase.Actor, proPhrase.Form, ActorRelationKind.AlliedWith, false);
                return true;
            }

            // "anti-jihadist"
            if (word is "anti" or "non" && IsHyphen(j + 1) && Word(j + 2) is not null)
            {
                item = new Item(ItemKind.Adjective, j, j + 2, null, default, default, false);
                return true;
            }

            if (word is not null && (word == "country" || word == "country's") && Word(j - 1) == "the")
            {
                item = new Item(ItemKind.CountryAnaphor, j, j, null, ActorMentionForm.Anaphor, default, word != "country");
                return true;
            }

            var known = gazetteer.TryMatch(document, j, out var phrase, out var end, out var possessive);
            // (Not one right after a known name: "Amnesty International Kenya".)
            if (known && InsideLongerName(j) && !(items.Count > 0 && items[^1] is { Kind: ItemKind.Actor } knownBefore && knownBefore.Last == j - 1))
            {
                // "Kataeb Hezbollah" is not Hezbollah. A country's name inside another ("Puerto Jordan", "Port Sudan") is
                // no sign of an actor: most such names are places.
                item = new Item(ItemKind.Capitalised, j, end - 1, null, default, default, false, HidesKnownName: phrase.Actor.Kind != ActorKind.State);
                return true;
            }

            if (known)
            {
                // "Tehran-backed", "US-led"
                if (IsHyphen(end) && Word(end + 1) is { } suffix && RelationalSuffixes.TryGetValue(suffix, out var relation))
                {
                    item = new Item(ItemKind.Relational, j, end + 1, phrase.Actor, phrase.Form, relation, false);
                    return true;
                }

                item = new Item(ItemKind.Actor, j, end - 1, phrase.Actor, phrase.Form, default, possessive);
                return true;
            }

            // Not at the start of a phrase ("... Human Rights and local rescuers": the second phrase starts after it).
            if (word is "and" or "or" || (IsHyphen(j) && tokens[j].Glued && j > 0 && tokens[j - 1].Glued))
            {
                item = new Item(ItemKind.Joiner, j, j, null, default, default, false);
                return items.Count > 0;
            }

            // "Ahmed al-Jubouri", "Mohammed bin Salman", "Ursula von der Leyen": a particle inside a person's name, after
            // a capitalised word of it and before another (or a hyphen and another).
            if (IsNameParticle(word) && !document.IsCapitalised(j) && items.Count > 0 && items[^1].Last == j - 1
                && (items[^1].Kind == ItemKind.Capitalised || (items[^1].Kind == ItemKind.Joiner && IsNameParticle(Word(j - 1))))
                && (document.IsCapitalised(j + 1) || (IsHyphen(j + 1) && tokens[j + 1].Glued && document.IsCapitalised(j + 2)) || Word(j + 1) is "der" or "den"))
            {
                item = new Item(ItemKind.Joiner, j, j, null, default, default, false);
                return true;
            }

            // "Observatory for Human Rights", "Committee to Protect Journalists", "Commission on Human Rights": a
            // lower-case word inside a name, between capitalised words of it (not a day or a month after it).
            if (word is "of" or "for" or "to" or "on" && items.Count > 0 && items[^1] is { Kind: ItemKind.Capitalised } before && before.Last == j - 1
                && document.IsCapitalised(j + 1) && !IsNotName.Of(tokens[j + 1].Lexeme) && !gazetteer.TryMatch(document, j + 1, out _, out _, out _))
            {
                item = new Item(ItemKind.Joiner, j, j, null, default, default, false);
                return true;
            }

            // ("Suspected National Liberation Army rebels": capitalised only for opening the sentence, before a known name.)
            if (word is not null && (!document.IsCapitalised(j) || (IsOpeningDescriber(j) && gazetteer.TryMatch(document, j + 1, out _, out _, out _)))
                && IsAdjective.Of(tokens[j].Lexeme))
            {
                item = new Item(ItemKind.Adjective, j, j, null, default, default, false);
                return true;
            }

            // "KABUL - Police said", "TRIPOLI - Gunmen stormed": the agent noun at the head of the lead, capitalised only
            // for where it stands. (A name hyphenated at the start of a sentence is a name: "Jean-Claude Mbusa said".)
            // "Military jets bombed": military aircraft, whose first word is no name's.
            if (document.IsCapitalised(j) && !IsNotName.Of(tokens[j].Lexeme) && !(AgentNoun.Match(document, j, out _) is { Class: "air-force", Words.Length: > 1 })
                && !(sentenceInitial && !document.IsCapitalised(j + 1) && AgentNoun.Match(document, j + 1, out _) is null
                    && !(IsNameParticle(Word(j + 1)) && (document.IsCapitalised(j + 2) || (IsHyphen(j + 2) && document.IsCapitalised(j + 3))))
                    && !(IsHyphen(j + 1) && tokens[j].Glued && tokens[j + 1].Glued && document.IsCapitalised(j + 2)))
                && !(j > 0 && tokens[j - 1].Kind == TokenKind.Hyphen && !tokens[j - 1].Glued && AgentNoun.Match(document, j, out var leadEnd) is { } lead && !document.IsCapitalised(leadEnd)
                    && ((host is not null && (lead.Class is "police" or "officials" or "prosecutors" || lead.SpeaksForBody)) || IsSpeakerClass(lead.Class) || IsArmedClass(lead.Class) || lead.Class == "forces")))
            {
                item = new Item(ItemKind.Capitalised, j, j, null, default, default, false);
                return true;
            }

            return false;
        }

        /// <summary>Whether token <paramref name="k"/> opens its sentence with a word that describes who did it (<c>Suspected</c>, <c>Unidentified</c>, <c>Unknown</c>), capitalised only for where it stands.</summary>
        // "Suspected", "Unidentified", and what armed men are ("Paramilitary Rapid Support Forces", "Jihadist Boko Haram
        // fighters"), opening a sentence before a known name: capitalised for where they stand, not part of the name.
        // So after a dateline's dash ("KHARTOUM (Reuters) - Paramilitary Rapid Support Forces").
        private bool IsOpeningDescriber(int k) => (document.SentenceStart[k] == k || (k > 1 && tokens[k - 1].Kind == TokenKind.Hyphen && !tokens[k - 1].Glued && document.IsSymbol(k - 2, ')')))
            && Word(k) is "suspected" or "unidentified" or "unknown" or "paramilitary" or "jihadist" or "islamist" or "militant" or "separatist" or "rebel" or "rival" or "armed";

        /// <summary>"Kataeb Hezbollah": a gazetteer name right after a capitalised word that is not one is part of another name.</summary>
        private bool InsideLongerName(int j) =>
            j > 0 && document.IsCapitalised(j - 1) && !IsNotName.Of(tokens[j - 1].Lexeme)
            && !IsOpeningDescriber(j - 1)
            && !gazetteer.TryMatch(document, j - 1, out _, out _, out _) && tokens[j - 1].End < tokens[j].Start;

        private bool TryComposite(int start, string? det, List<Item> items, AgentNoun agent, int agentFirst, int agentEnd, out int end)
        {
            end = agentEnd;
            var capitalised = this.capitalised;
            var actors = this.actorItems;
            var relational = this.relational;
            capitalised.Clear();
            actors.Clear();
            relational.Clear();
            foreach (var item in items)
            {
                (item.Kind switch
                {
                    ItemKind.Capitalised => capitalised,
                    ItemKind.Actor or ItemKind.CountryAnaphor => actors,
                    ItemKind.Relational => relational,
                    _ => null,
                })?.Add(item);
            }
            var agentCapitalised = document.IsCapitalised(agentFirst);

            // "the Basque separatist group ETA", "the armed group CODECO": a group named in apposition is that name.
            if (agent.Class == "group" && !agentCapitalised && agentEnd < tokens.Count && document.IsCapitalised(agentEnd) && gazetteer.TryMatch(document, agentEnd, out _, out _, out _))
            {
                // "the militant group Hamas": the name that follows is the group, read on its own.
                return false;
            }

            if (agent.Class == "group" && !agentCapitalised && AppositiveName(agentEnd) is { } nameEnd)
            {
                var groupName = Clean(document.Slice(agentEnd, nameEnd - 1));
                var group = analysis.Draft(IdOf(groupName)) ?? analysis.Draft(IdOf(groupName), groupName, ActorKind.NonStateArmedGroup, null);
                group.Class ??= agent.Class;
                Add(agentEnd, nameEnd - 1, group, ActorMentionForm.Name, ActorUse.None);
                end = nameEnd;
                return true;
            }

            // "the Iraqi and US sides": each country is a side.
            if (agent.IsCountrySide)
            {
                if (actors.Count == 0)
                {
                    return false;
                }

                foreach (var a in actors)
                {
                    EmitActor(a, ActorUse.None);
                }

                return true;
            }

            // "Popular Mobilisation Forces", "High Joint Coordination Committee", "Global Coalition".
            if (capitalised.Count > 0 && agentCapitalised && AgentNoun.OrganisationHeads.Contains(tokens[agentEnd - 1].Word.Replace("'s", string.Empty, StringComparison.Ordinal)))
            {
                var first = items.First(x => x.Kind is ItemKind.Capitalised or ItemKind.Actor).First;
                foreach (var r in relational)
                {
                    EmitActor(r, ActorUse.Modifier);
                }

                // "The Kenya National Commission on Human Rights", "the Council for Peace and Security": the name goes on
                // past a lower-case joiner to capitalised words (not a known name: "the Popular Mobilisation Forces of
                // Iraq").
                var organisationEnd = agentEnd;
                if (Word(organisationEnd) is "on" or "for" or "of" && document.IsCapitalised(organisationEnd + 1) && !IsNotName.Of(tokens[organisationEnd + 1].Lexeme)
                    && !gazetteer.TryMatch(document, organisationEnd + 1, out _, out _, out _) && !IsCalendarWord(organisationEnd + 1))
                {
                    var k = organisationEnd + 1;
                    while (k < tokens.Count && k <= organisationEnd + 5 && (document.IsCapitalised(k) || (Word(k) == "and" && document.IsCapitalised(k + 1))))
                    {
                        k++;
                    }

                    organisationEnd = k;
                    end = k;
                }

                var name = Clean(document.Slice(first, organisationEnd - 1));
                var country = actors.Count > 0 ? actors[0].Actor?.Country : null;
                var kind = name.Contains("Joint", StringComparison.Ordinal) ? ActorKind.JointBody
                    : agent.Kind == ActorKind.StateForces && country is null ? ActorKind.NonStateArmedGroup : agent.Kind;
                var id = IdOf(name);
                var draft = analysis.Draft(id, name, kind, country);

                // "The Wad al-Nourah Resistance Committee said ... the committee said": named again by its head noun.
                draft.Class ??= agent.Class;
                AddRelations(draft, relational);
                Add(first, organisationEnd - 1, draft, ActorMentionForm.Name, ActorUse.None);
                return true;
            }

            // "Kurdish fighters", "Shabaab militants": a capitalised qualifier the gazetteer does not know.
            if (capitalised.Count > 0)
            {
                // "the Gaza health ministry": a body of a place the text names, after the article (not a capitalised word
                // that opens a sentence: "More prosecutors", "Federal prosecutors").
                if (agentCapitalised || actors.Count > 0 || agent.Kind is not (ActorKind.NonStateArmedGroup or ActorKind.StateForces or ActorKind.Civilians or ActorKind.Government or ActorKind.GovernmentBody)
                    || (agent.Kind == ActorKind.GovernmentBody && det != "the"))
                {
                    return false;
                }

                // "Kunduz provincial government officials": the body they speak for.
                var qualifiedFirst = capitalised[0].First;
                var qualifiedName = Clean(document.Slice(qualifiedFirst, agentEnd - (agent.SpeaksForBody ? 2 : 1)));
                var qualified = analysis.Draft(IdOf(qualifiedName), qualifiedName, agent.Kind, null);
                qualified.Class ??= agent.Class;
                foreach (var r in relational)
                {
                    EmitActor(r, ActorUse.Modifier);
                }

                AddRelations(qualified, relational);
                Add(qualifiedFirst, agentEnd - 1, qualified, ActorMentionForm.Composite, ActorUse.None);
                return true;
            }

            var place = PlaceAfter(agent, agentEnd, out var placeEnd);
            var last = place is null ? agentEnd - 1 : placeEnd - 1;
            end = last + 1;
            var agentClass = agent.Class;
            var firstToken = items.Count > 0 ? items[0].First : agentFirst;

            // "A drone strike killed three members of the Syrian Democratic Forces ..., the U.S.-backed group said": the
            // armed group named last, up to two sentences back, described by who backs or leads it (a known name: not
            // "the Kurdish-led group", whose "Kurdish" the gazetteer does not know).
            if (det == "the" && agentClass == "group" && agent.Words.Length == 1 && place is null && actors.Count == 0 && capitalised.Count == 0 && relational.Count > 0
                && CueFollows(agentEnd) && analysis.LastArmedGroup is { } describedGroup && describedGroup.At < start
                && document.Sentence[describedGroup.At] >= document.Sentence[start] - 2)
            {
                foreach (var r in relational)
                {
                    EmitActor(r, ActorUse.Modifier);
                }

                Add(start, last, describedGroup.Draft, ActorMentionForm.Anaphor, ActorUse.None);
                return true;
            }

            if (actors.Count == 0 && relational.Count == 0 || det is "these" or "those" or "this")
            {
                // "the groups", "these pro-Iran factions", "the embassy in Baghdad": back to the last actor of the class.
                // A ministry or minister named by what it is for is only the one before it for the same ("the foreign
                // ministry" after "the Iranian foreign ministry"; not "the health ministry" after "the defence ministry").
                // "Al Shabaab militants stormed the building ... The group claimed responsibility": the speaking group is
                // the armed group named last, of another class, when none of its own was named and that one was named
                // in a sentence before (not "Rebels seized a base ..., the group said", a monitor's words) or in a clause
                // of its own ("Al-Shabaab militants attacked a base, and the group said ...") or named as armed ("blamed the
                // Oromo Liberation Army, a charge the rebel group denied") or a group of a known name told before the comma
                // ("killed two Hezbollah members on Wednesday, the group said"); acting ("killed
                // three Hezbollah fighters, hours after the group fired rockets"), the armed group named last before it.
                if (det is not null and not "a" and not "an"
                    && (analysis.LastOfClass(agentClass, place) ?? (agentClass is "group" or "fighters" && place is null && analysis.LastArmedGroup is { } armed
                        && ((CueFollows(agentEnd) && (document.Sentence[armed.At] < document.Sentence[start] || ((Word(start - 1) == "and" || agent.Words.Length > 1) && armed.At < start)
                                || (armed.Draft.IsGiven && armed.At < start && start > 0 && document.IsSymbol(start - 1, ','))))
                            || (ActFollows(agentEnd) && OpensClause(start) && armed.At < start)) ? armed.Draft : null)) is { } antecedent
                    && (agent.Slug == agentClass || antecedent.Id.Value.EndsWith("-" + agent.Slug, StringComparison.Ordinal)))
                {
                    foreach (var r in relational)
                    {
                        EmitActor(r, ActorUse.Modifier);
                    }

                    Add(start, last, antecedent, ActorMentionForm.Anaphor, ActorUse.None);
                    return true;
                }

                if (actors.Count == 0 && relational.Count == 0)
                {
                    // "The mayor of Tikrit said", "the governor of Kaduna state said": a person the text names by an office
                    // of a place, as a speaker; who they are is the office and the place (no country: the place's is not
                    // known here, and the dateline's need not be it).
                    if (det == "the" && items.Count == 0 && agent.Kind == ActorKind.Individual && PlaceOfSpeakers(agentEnd) is { } officeEnd
                        && (CueFollows(officeEnd) || (Word(officeEnd) is "state" or "province" or "district" or "city" && CueFollows(officeEnd + 1))))
                    {
                        var officeLast = CueFollows(officeEnd) ? officeEnd - 1 : officeEnd;
                        var officeName = Clean(document.Slice(agentFirst, officeLast));
                        var holder = analysis.Draft(IdOf(officeName), officeName, ActorKind.Individual, null);
                        holder.Class ??= agentClass;
                        Add(start, officeLast, holder, ActorMentionForm.Composite, ActorUse.None);
                        end = officeLast + 1;
                        return true;
                    }

                    // "Russian forces retook the town. Residents said troops had shot people": soldiers named by what they
                    // are, with no article, are the forces named last, if any are.
                    if (det is null && items.Count == 0 && agent.Class == "forces" && analysis.LastOfClass(agentClass, null) is { } forcesBefore)
                    {
                        Add(start, last, forcesBefore, ActorMentionForm.Anaphor, ActorUse.None);
                        return true;
                    }

                    // "the army said", "a military source said", "military sources said", "police sources said" in a report
                    // with no dateline to say whose: the force of no country ("police said": police); so is "the
                    // government".
                    // "A police spokesman in Kandahar said": the force's, where they are part of who they are.
                    // "authorities in Sinaloa state said", "police in Lagos said": the same, where they are.
                    var speaksIn = det is "a" or "an" || (det is null or "the" && Word(agentEnd) == "in") ? SpeakerPlaceEnd(agentEnd) : -1;
                    var speaksFromPlace = speaksIn > 0 && (agent.SpeaksForBody || det is null or "the");
                    if (host is null && items.Count == 0 && (det is null or "the" || (det is "a" or "an" && agent.SpeaksForBody))
                        && agent.Class is "army" or "military" or "security-forces" or "armed-forces" or "police" or "government"
                        && (CueFollows(agentEnd) || InvertedCueBefore(start, agentEnd) || AccordingToBefore(start) || speaksFromPlace) && !document.IsCapitalised(agentEnd)
                        && (!document.IsCapitalised(agentFirst) || document.SentenceStart[start] == start))
                    {
                        if (speaksFromPlace)
                        {
                            (last, end) = (speaksIn - 1, speaksIn);
                        }

                        var forceName = BodyName(agent);
                        var force = analysis.Draft(IdOf(forceName), forceName, agent.Kind, null);
                        force.Class ??= agentClass;
                        Add(start, last, force, ActorMentionForm.Composite, ActorUse.None);
                        return true;
                    }

                    // "the health ministry said", "the prosecutor's office said", "the governor said", "the regional
                    // prosecutor's office said" in a report with no dateline to say whose: the body or office of no
                    // country, named as written (with a dateline it is that country's, below). So are "the opposition
                    // leader said" and "the civil aviation authority said" with one (an authority the country's).
                    if ((host is null || agent.IsCitedOnly || agentClass == "authority") && det is "the" && items.TrueForAll(i => i.Kind == ItemKind.Adjective)
                        && (agentClass is "ministry" or "minister" or "prosecutor" or "prosecutors" or "governor" or "mayor" or "authority" || agent.IsCitedOnly)
                        && (CueFollows(agentEnd) || InvertedCueBefore(start, agentEnd) || AccordingToBefore(start)) && !document.IsCapitalised(agentEnd)
                        && !document.IsCapitalised(items.Count > 0 ? items[0].First : agentFirst))
                    {
                        var officeName = Clean(document.Slice(firstToken, agentEnd - 1));
                        var office = analysis.Draft(IdOf(officeName), officeName, agent.Kind, agentClass == "authority" ? host?.Country : null);
                        office.Class ??= agentClass;
                        Add(firstToken, agentEnd - 1, office, ActorMentionForm.Composite, ActorUse.None);
                        return true;
                    }

                    // "local officials", "residents", "witnesses said", "medics said": people the text introduces
                    // without a name; a bare plural of officials is the host country's (below).
                    // So are "police said", "the police said", "officials said" in a report with no dateline to say whose.
                    if ((det is null && ((items.Count > 0 && agent.Class is "officials" or "residents" or "official" or "medics" or "media" or "medical")
                        || (items.Count == 0 && (IsSpeakerClass(agent.Class) || IsArmedClass(agent.Class) || ((agent.Class is "forces" or "police" || IsBareSecurityForces(agent)) && host is null)))))
                        || (det is null or "the" && items.Count == 0 && host is null && SpeaksBare(agent) && (CueFollows(agentEnd) || InvertedCueBefore(start, agentEnd) || AccordingToBefore(start))))
                    {
                        // "Residents of Khartoum reported": the place is part of who they are, and no speaker of its own.
                        if (items.Count == 0 && CitedPlaceEnd(agent, agentEnd) is { } speakersPlaceEnd)
                        {
                            last = speakersPlaceEnd - 1;
                            end = speakersPlaceEnd;
                        }

                        // "regional officials said", "provincial officials said" in a report filed from a country: that
                        // country's, named as the text calls them.
                        var describedName = Clean(document.Slice(firstToken, last));
                        var described = analysis.Draft(IdOf(describedName), describedName, agent.Kind, items.Count > 0 && agent.Class is "officials" ? host?.Country : null);
                        described.Class ??= agentClass;
                        Add(firstToken, last, described, ActorMentionForm.Composite, ActorUse.None);
                        return true;
                    }

                    // "The army said", "police said", "officials said", "the government blamed", "the health ministry said",
                    // "the interior minister said", "Soldiers opened fire": in a report filed from a country (its dateline,
                    // "BAMAKO, Mali -"), that country's forces, government or ministers, as a reader takes them.
                    // Not the first word of a name ("the Cabinet Office", "the Army Council"): a capitalised agent noun
                    // only at the start of a sentence or of the lead, or a ministry or minister by its portfolio ("the
                    // Defense Ministry said", "the Interior Minister said").
                    if ((det is "the" or null || (det is "a" or "an" && agent.SpeaksForBody)) && host is { Country: { } hostCode }
                        && agent.Class is "army" or "military" or "armed-forces" or "security-forces" or "forces" or "air-force" or "navy" or "police"
                        or "government" or "officials" or "ministry" or "minister" or "prime-minister" or "president" or "prosecutor" or "prosecutors" or "governor" or "mayor"
                        && !(det is null && !SpeaksBare(agent) && agent.Class != "forces" && !agent.SpeaksForBody && !IsBareSecurityForces(agent) && !(agent.Class == "air-force" && agent.Words.Length > 1))
                        && !(agent.Class == "forces" && items.Count > 0)
                        // Not the head of a state or a province ("The state premier said" in a report from Brisbane is no prime minister).
                        && !(agent.Class is "prime-minister" or "president" && items.Exists(i => i.Kind == ItemKind.Adjective && Word(i.First) is "state" or "provincial" or "regional"))
                        && (!document.IsCapitalised(agentFirst) || document.SentenceStart[start] == start || (start > 0 && tokens[start - 1].Kind == TokenKind.Hyphen && !tokens[start - 1].Glued)
                            || (agent.Class is "ministry" or "minister" && agent.Words.Length > 1))
                        && !document.IsCapitalised(agentEnd))
                    {
                        // "RAMALLAH, West Bank - ... the army said": in the Palestinian territories the army is Israel's (the
                        // Palestinian Authority has security forces and police, no army).
                        var (armyCode, armyOf) = hostCode == "PSE" && agentClass is "army" or "military" or "armed-forces" or "forces" or "air-force" or "navy"
                            ? ("ISR", "Israel")
                            : (hostCode, host.Name);
                        if (speaksFromPlace)
                        {
                            (last, end) = (speaksIn - 1, speaksIn);

                            // "Officials in Damascus said" in a report filed from Beirut: the country of the capital or country
                            // they are in.
                            if (gazetteer.TryMatch(document, agentEnd + 1, out var inPlace, out _, out _) && inPlace.Actor is { Kind: ActorKind.State, Country: { } placeCode })
                            {
                                (armyCode, armyOf) = (placeCode, inPlace.Actor.Name);
                            }
                        }

                        var hostId = new ActorId("actor:" + IdPart(armyCode.ToLowerInvariant() + "-" + agent.Slug));
                        // "security sources said": the security forces they speak for.
                        var hosted = analysis.Draft(hostId) ?? analysis.Draft(hostId, armyOf + " " + BodyName(agent), agent.Kind, armyCode);
                        hosted.Class ??= agentClass;
                        Add(start, last, hosted, ActorMentionForm.Composite, ActorUse.None);
                        return true;
                    }

                    // "a witness", "an official", "a war monitor": someone the text introduces without a name.
                    if (det is "a" or "an" && agent.Class == "monitor")
                    {
                        // "a war monitor", "a local rights group": each its own, by what the text calls it.
                        var monitorName = Clean(document.Slice(items.Count > 0 ? items[0].First : agentFirst, agentEnd - 1));
                        var monitor = analysis.Draft(IdOf(monitorName), monitorName, agent.Kind, null);
                        monitor.Class ??= agentClass;
                        Add(firstToken, last, monitor, ActorMentionForm.Composite, ActorUse.None);
                        return true;
                    }

                    // "The Pakistani Taliban initially claimed the attack, but a spokesman later denied the group was
                    // involved": a spokesman of no one named, after an armed group in the same sentence, speaks for it
                    // (not one a sentence on, "Islamic State has held Sirte ... A spokesman said the offensive would
                    // continue").
                    if (det is "a" or "an" or "the" && agentClass == "spokesperson" && items.Count == 0 && analysis.LastArmedGroup is { } spokenFor
                        && spokenFor.At < start && document.Sentence[start] == document.Sentence[spokenFor.At])
                    {
                        Add(start, last, spokenFor.Draft, ActorMentionForm.Anaphor, ActorUse.None);
                        return true;
                    }

                    // "a rebel group said", "a militant group claimed": an armed group the text names by what it is, as a
                    // speaker.
                    // So is an aid group ("a local aid group said").
                    // "A hospital official in Kunduz said", "a witness in Goma said": where they are is part of who they are.
                    // "..., said a health worker at the local hospital, who asked not to be named": after the cue too, the
                    // place with them.
                    var citedIn = agent.Kind == ActorKind.Individual ? speaksIn : -1;
                    var citedAfterCue = agent.IsCitedOnly && InvertedCueBefore(start, agentEnd);
                    if (citedAfterCue && citedIn < 0 && Word(agentEnd) is "at" or "in" && PlaceOfSpeakers(agentEnd) is { } citedPlaceEnd && (citedPlaceEnd >= tokens.Count || tokens[citedPlaceEnd].Kind == TokenKind.Symbol))
                    {
                        citedIn = citedPlaceEnd;
                    }

                    if (det is "a" or "an" && ((agent.Kind == ActorKind.Individual && (!agent.IsCitedOnly || CueFollows(agentEnd) || CueAfterAnd(agentEnd) || citedIn > 0 || citedAfterCue || (Word(start - 1) == "to" && Word(start - 2) == "according")))
                        || (agentClass is "group" or "aid" && items.TrueForAll(i => i.Kind == ItemKind.Adjective)
                            && (CueFollows(agentEnd) || CueAfterAnd(agentEnd) || (Word(start - 1) == "to" && Word(start - 2) == "according")))))
                    {
                        if (citedIn > 0)
                        {
                            (last, end) = (citedIn - 1, citedIn);
                        }

                        var genericName = Clean(document.Slice(agent.Kind == ActorKind.Individual || items.Count == 0 ? agentFirst : items[0].First, agentEnd - 1));
                        var generic = analysis.Draft(agent.Kind == ActorKind.Individual ? new ActorId("actor:" + IdPart(agentClass)) : IdOf(genericName), genericName, agent.Kind, null);
                        generic.Class = agentClass;
                        Add(firstToken, last, generic, ActorMentionForm.Composite, ActorUse.None);
                        return true;
                    }

                    return false;
                }
            }

            // "the al-Qaida-linked al-Shabab group", "the M23 rebel group", "the Hamas militant group": a known armed group
            // named with the noun of what it is, is that group (who backs or leads it a relation of the group's own).
            // So is its armed or military wing ("Hamas's armed wing said"): the group, as it speaks and fights.
            if ((agentClass == "group" || (agentClass == "wing" && det is "the" or null)) && place is null && actors.Count == 1
                && actors[0] is { Kind: ItemKind.Actor, Actor: { Kind: ActorKind.NonStateArmedGroup } known } knownGroup && (!knownGroup.Possessive || agentClass == "wing"))
            {
                foreach (var r in relational)
                {
                    EmitActor(r, ActorUse.Modifier);
                }

                Add(actors[0].First, agentEnd - 1, analysis.Draft(known), actors[0].Form, ActorUse.None);
                return true;
            }

            // A qualified agent: "the US embassy in Baghdad", "Iraqi security forces", "an AFP journalist", "pro-Tehran factions".
            var parts = new List<string>();
            var names = new List<string>();
            string? countryCode = null;
            var composed = false;
            foreach (var r in relational)
            {
                EmitActor(r, ActorUse.Modifier);
                parts.Add(RelationSlug(r));
                names.Add(document.Slice(r.First, r.Last));
            }

            foreach (var a in actors)
            {
                var actor = a.Kind == ItemKind.CountryAnaphor ? TheCountry()?.ToActor(default) : a.Actor;
                if (actor is null)
                {
                    return false;
                }

                if (a.Kind == ItemKind.CountryAnaphor)
                {
                    Add(a.First - 1, a.Last, analysis.Draft(actor), ActorMentionForm.Anaphor, ActorUse.Modifier);
                }

                countryCode ??= actor.Kind == ActorKind.State ? actor.Country : null;
                composed |= a.Kind == ItemKind.CountryAnaphor || a.Possessive;
                parts.Add(actor.Kind == ActorKind.State && actor.Country is not null ? actor.Country.ToLowerInvariant() : IdTail(actor.Id));
                names.Add(a.Kind == ItemKind.CountryAnaphor || a.Possessive || a.Form == ActorMentionForm.Metonym ? actor.Name : Clean(document.Slice(a.First, a.Last)));
            }

            parts.Add(agent.Slug);
            names.Add(Clean(document.Slice(agentFirst, agentEnd - 1)));
            if (place is not null)
            {
                parts.Add(IdPart(place));
                names.Add("in " + place);
            }

            var compositeId = new ActorId("actor:" + IdPart(string.Join("-", parts)));

            // "the US embassy" after "the US embassy in Baghdad" is the same embassy.
            var existing = place is null ? analysis.WithIdPrefix(compositeId.Value + "-") : null;
            var compositeName = composed ? string.Join(" ", names) : Clean(document.Slice(firstToken, last));
            var compositeDraft = existing ?? analysis.Draft(compositeId, compositeName, agent.Kind, countryCode);
            compositeDraft.Class = agentClass;
            compositeDraft.Place ??= place;
            if (place is not null)
            {
                analysis.RegisterPlaced(compositeDraft);
            }

            AddRelations(compositeDraft, relational);
            Add(firstToken, last, compositeDraft, ActorMentionForm.Composite, ActorUse.None);
            return true;
        }

        /// <summary>
        /// The end of a name of up to three capitalised words right after a group's noun (<c>group ETA</c>), none of them
        /// a known name, a month or a day; null when none stands there.
        /// </summary>
        private int? AppositiveName(int k)
        {
            var m = k;
            while (m < tokens.Count && m < k + 3 && tokens[m].Kind == TokenKind.Word && document.IsCapitalised(m) && !IsNotName.Of(tokens[m].Lexeme)
                && !gazetteer.TryMatch(document, m, out _, out _, out _) && !Dates.CalendarWords.FullNames.Contains(tokens[m].Word))
            {
                m++;
            }

            return m > k && document.SentenceStart[k] != k ? m : null;
        }

        // A word of three to eight capital letters (digits after the first allowed): "UKMTO", "OCHA", "G5S".
        private bool IsAcronym(int k)
        {
            var text = document.Text.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start);
            if (text.Length is < 3 or > 8 || !char.IsAsciiLetterUpper(text[0]))
            {
                return false;
            }

            foreach (var c in text)
            {
                if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether the capitalised words from <paramref name="first"/> to <paramref name="last"/> name who spoke, right
        /// after the cue (and an article) and before a comma, the sentence's end or another speaker joined by <c>and</c>
        /// (<c>, said Babagana Umara, a member of a local militia</c>, <c>said Ahmed Ali.</c>, <c>according to Jean Kabuya,
        /// the health director</c>, <c>according to the Syrian Observatory for Human Rights and local rescuers</c>), or after
        /// what they are (<c>said a prison service spokesman, Abubakar Umar.</c>).
        /// </summary>
        private bool NamedAfterCue(int first, int last)
        {
            var k = Word(first - 1) == "the" ? first - 2 : first - 1;

            // ", said a prison service spokesman, Abubakar Umar.": the name in apposition to what the speaker is, past the
            // comma and up to five words of the role back to its article.
            if (document.IsSymbol(first - 1, ',') && Statements.StatementScanner.IsRoleNoun(Word(first - 2)))
            {
                // (Over a body's letters and points too: "the U.N. humanitarian coordinator, Anita Kiki Gbeho".)
                k = first - 3;
                for (var n = 0; n < 8 && k > 0 && (Word(k) is { } role ? role is not ("a" or "an" or "the") : document.IsSymbol(k, '.')); n++)
                {
                    k--;
                }

                k = Word(k) is "a" or "an" or "the" ? k - 1 : -1;
            }

            return (Word(k) is "said" or "says" || (Word(k) == "to" && Word(k - 1) == "according"))
                && (document.IsSymbol(last + 1, ',') || document.IsSymbol(last + 1, '.') || Word(last + 1) == "and");
        }

        /// <summary>The end of a place after someone cited by what they are, before a cue (<c>a police spokesman in Kandahar said</c>, <c>authorities in Sinaloa state said</c>); -1 otherwise.</summary>
        private int SpeakerPlaceEnd(int agentEnd) => Word(agentEnd) is "in" or "at" && PlaceOfSpeakers(agentEnd) is { } end && CueFollows(end) ? end : -1;

        private int? CitedPlaceEnd(AgentNoun agent, int agentEnd) =>
            IsSpeakerClass(agent.Class) && PlaceOfSpeakers(agentEnd) is { } end && CueFollows(end) ? end : null;

        /// <summary>
        /// The end of a place named after people cited by what they are (<c>Residents of Khartoum</c>, <c>witnesses in
        /// Goma</c>, <c>authorities in Sinaloa state</c>, <c>Doctors at Al-Nao hospital</c>): <c>of</c>, <c>in</c> or <c>at</c>
        /// at <paramref name="k"/>, one to three capitalised words and the kind of area or, after <c>at</c>, of site; null
        /// otherwise.
        /// </summary>
        private int? PlaceOfSpeakers(int k)
        {
            // "a health worker at the local hospital said", "a doctor at the hospital said": at a site of care the text does
            // not name.
            // ("a doctor at the Kunduz provincial hospital": a name and what the hospital serves before it; "Doctors at the
            // city's last functioning hospital said": whose it is and which of them.)
            if (Word(k) == "at" && Word(k + 1) == "the")
            {
                var site = k + 2;
                while (site < tokens.Count && site <= k + 6
                    && ((tokens[site].Kind == TokenKind.Word && (document.IsCapitalised(site)
                            || Word(site) is "local" or "nearby" or "main" or "city" or "district" or "regional" or "provincial" or "central" or "state" or "military" or "general" or "teaching" or "university"
                                or "city's" or "town's" or "area's" or "region's" or "last" or "only" or "largest" or "biggest" or "functioning" or "remaining"))
                        || (tokens[site].Kind == TokenKind.Hyphen && tokens[site].Glued && document.IsCapitalised(site + 1))))
                {
                    site++;
                }

                return Word(site) is "hospital" or "clinic" or "morgue" ? site + 1 : null;
            }

            // "Doctors at Al-Nao hospital said": at a named site too.
            if (Word(k) is not ("of" or "in" or "at") || !document.IsCapitalised(k + 1))
            {
                return null;
            }

            // "Al-Nao": a hyphen glued inside the name.
            var end = k + 1;
            while (end < tokens.Count && end <= k + 5 && ((document.IsCapitalised(end) && tokens[end].Kind == TokenKind.Word)
                || (tokens[end].Kind == TokenKind.Hyphen && tokens[end].Glued && tokens[end - 1].Glued && document.IsCapitalised(end + 1))))
            {
                end++;
            }

            // "in Sinaloa state", "in Borno State": the kind of area after its name; "at Al-Nao hospital": of site.
            return Word(end) is "state" or "province" or "region" or "district" or "county" or "governorate" || (Word(k) == "at" && Word(end) is "hospital" or "clinic" or "camp" or "morgue")
                ? end + 1
                : Word(k) == "at" ? null : end;
        }

        /// <summary>The name of the body an agent noun is (<c>army</c>), or speaks for (<c>military</c> for <c>military sources</c>, <c>security forces</c> for <c>security sources</c>).</summary>
        private static string BodyName(AgentNoun agent) =>
            agent.SpeaksForBody ? agent.Class == "security-forces" ? "security forces" : string.Join(" ", agent.Words[..^1]) : string.Join(" ", agent.Words);

        /// <summary>
        /// The last token of a national Red Cross or Red Crescent society's name from token <paramref name="k"/>, right
        /// after its country (<c>Red Cross</c>, <c>Arab Red Crescent</c>, <c>Red Crescent Society</c>); null otherwise.
        /// </summary>
        private int? NationalSocietyEnd(int k)
        {
            k += Word(k) == "arab" && document.IsCapitalised(k) ? 1 : 0;
            if (Word(k) != "red" || Word(k + 1) is not ("cross" or "crescent") || !document.IsCapitalised(k) || !document.IsCapitalised(k + 1))
            {
                return null;
            }

            return Word(k + 2) == "society" && document.IsCapitalised(k + 2) ? k + 2 : k + 1;
        }

        /// <summary>"embassy in Baghdad", "the U.N. mission in South Sudan": a capitalised place after an embassy, a consulate or a mission.</summary>
        private string? PlaceAfter(AgentNoun agent, int agentEnd, out int placeEnd)
        {
            placeEnd = agentEnd;
            if (agent.Class is not ("embassy" or "consulate" or "mission") || Word(agentEnd) != "in" || !document.IsCapitalised(agentEnd + 1))
            {
                return null;
            }

            var k = agentEnd + 1;
            while (k < tokens.Count && document.IsCapitalised(k) && k < agentEnd + 4)
            {
                k++;
            }

            placeEnd = k;
            return document.Slice(agentEnd + 1, k - 1);
        }

        private int EmitItems(List<Item> items)
        {
            var end = -1;
            var hasRelational = false;
            var hidesKnownName = false;
            int capitalised = 0, firstCapitalised = -1, lastCapitalised = -1;

            // "The Syrian Observatory for Human Rights said": a demonym that opens a speaking name is part of it.
            // So is a country's name ("The Kenya Medical Association said").
            var openingDemonym = items.Count > 2 && items[0] is { Kind: ItemKind.Actor } demonym
                && (demonym.Form == ActorMentionForm.Demonym || (demonym.Form == ActorMentionForm.Name && demonym.Actor is { Kind: ActorKind.State })) && items[1].Kind == ItemKind.Capitalised
                && items[1].First == demonym.Last + 1 && items.Count(i => i.Kind == ItemKind.Capitalised) > 1
                && (CueFollows(items[^1].Last + 1) || NamedAfterCue(items[0].First, items[^1].Last));
            // "the influential Tehran-backed Kataeb Hezbollah", "Kataeb Hezbollah announced": a capitalised name after a
            // relational modifier, holding a known name, or speaking.
            // "Kenyan President William Ruto said", "Governor Bill Lee said", "Foreign Minister Sergei Lavrov": a person
            // named after an office, the office (and the demonym before it) the person's description, the demonym's
            // country the person's.
            // "Syria's Interior Minister Mohammad al-Rahmoun said": so does the country's name in the possessive.
            var titleDemonym = items.Count > 1 && items[0] is { Kind: ItemKind.Actor, Actor: { Kind: ActorKind.State } titleCountry } opening
                && (opening.Form == ActorMentionForm.Demonym || (opening.Possessive && opening.Form is ActorMentionForm.Name or ActorMentionForm.Alias))
                && items[1].Kind == ItemKind.Capitalised && items[1].First == items[0].Last + 1 ? titleCountry : null;
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                if (item.Kind == ItemKind.Actor && item.Actor is { Kind: ActorKind.State } && NationalSocietyEnd(item.Last + 1) is { } societyEnd)
                {
                    // "The Kenya Red Cross said", "the Palestinian Red Crescent Society": a country's own society, not
                    // the International Committee of the Red Cross; the country (or its demonym) a modifier of it.
                    var name = Clean(document.Slice(item.First, societyEnd));
                    EmitActor(item, ActorUse.Modifier);
                    Add(item.First, societyEnd, analysis.Draft(IdOf(name), name, ActorKind.Other, item.Actor.Country), ActorMentionForm.Name, ActorUse.None);
                    while (i + 1 < items.Count && items[i + 1].First <= societyEnd)
                    {
                        i++;
                    }

                    end = Math.Max(end, societyEnd + 1);
                    continue;
                }

                if (item.Kind == ItemKind.Actor)
                {
                    // "Amnesty International Kenya said": a country right after an organisation names its branch, which
                    // the organisation's mention takes in.
                    if (item.Actor is { Kind: ActorKind.InternationalOrganisation } && i + 1 < items.Count && items[i + 1] is { Kind: ItemKind.Actor, Actor.Kind: ActorKind.State } branch
                        && branch.First == item.Last + 1 && CueFollows(branch.Last + 1))
                    {
                        EmitActor(item with { Last = branch.Last }, UseOf(item.First));
                        i++;
                        continue;
                    }

                    // (A country before an office is emitted once the office is read: "Iraqi Prime Minister ...".)
                    if (!(i == 0 && titleDemonym is not null))
                    {
                        EmitActor(item, openingDemonym && item.First == items[0].First ? ActorUse.Modifier : UseOf(item.First));
                    }
                }
                else if (item.Kind == ItemKind.Relational)
                {
                    hasRelational = true;
                    EmitActor(item, ActorUse.Modifier);
                }
                else if (item.Kind == ItemKind.Capitalised)
                {
                    capitalised++;
                    firstCapitalised = firstCapitalised < 0 ? item.First : firstCapitalised;
                    lastCapitalised = item.Last;
                    hidesKnownName |= item.HidesKnownName;
                }
            }

            var titledName = capitalised > 1 && !hasRelational && TitleEnd(titleDemonym is null ? firstCapitalised : items[1].First, lastCapitalised) is { } titled
                && (titleDemonym is not null || firstCapitalised == items[0].First)
                && items.All(i => i.Kind is ItemKind.Capitalised || (titleDemonym is not null && i.First == items[0].First) || (i.Kind == ItemKind.Joiner && (IsNameParticle(Word(i.First)) || IsHyphen(i.First))))
                ? titled : (int?)null;
            if (titleDemonym is not null && titledName is null)
            {
                EmitActor(items[0], openingDemonym ? ActorUse.Modifier : UseOf(items[0].First));
            }

            if (titledName is { } nameFirst)
            {
                var first = titleDemonym is null ? firstCapitalised : items[0].First;

                // "Prime Minister Theresa May said": a last name that is also a month's is the name's.
                while (lastCapitalised + 1 < tokens.Count && lastCapitalised - nameFirst < 3 && tokens[lastCapitalised + 1].Kind == TokenKind.Word && !tokens[lastCapitalised].Glued
                    && document.IsCapitalised(lastCapitalised + 1) && CalendarWords.Months.ContainsKey(tokens[lastCapitalised + 1].Word) && CueFollows(lastCapitalised + 2))
                {
                    lastCapitalised++;
                }

                // "President Ferdinand Marcos Jr. blamed": the suffix and its point are the name's; the word before it
                // names the person again.
                var suffixed = Word(lastCapitalised) is "jr" or "sr" && lastCapitalised > nameFirst;
                // ("Prime Minister Sheikh Hasina's resignation ... Hasina said": the name, not its possessive.)
                var surname = Clean(tokens[suffixed ? lastCapitalised - 1 : lastCapitalised].Word);
                var name = Clean(document.Slice(nameFirst, lastCapitalised));
                if (suffixed && tokens[lastCapitalised].Glued && document.IsSymbol(lastCapitalised + 1, '.'))
                {
                    lastCapitalised++;
                }

                var person = analysis.Draft(IdOf(name), name, ActorKind.Individual, titleDemonym?.Country);
                person.Description ??= Clean(document.Slice(first, nameFirst - 1));
                surnames[surname] = person;
                if (titleDemonym is not null)
                {
                    EmitActor(items[0], ActorUse.Modifier);
                }

                Add(first, lastCapitalised, person, ActorMentionForm.Name, ActorUse.None);
            }
            else if (capitalised is > 1 and <= 4 && !hasRelational && !hidesKnownName && !openingDemonym && items.TrueForAll(i => i.Kind == ItemKind.Capitalised)
                && document.IsSymbol(firstCapitalised - 1, ',') && document.IsSymbol(lastCapitalised + 1, ',') && Statements.StatementScanner.IsRoleNoun(Word(firstCapitalised - 2))
                && CueFollows(lastCapitalised + 2))
            {
                // "Its leader, Luckson Elan, said", "A police spokesman, Charles Owino, said": a person named in apposition
                // to the role they speak in, described by it (and by up to three words or an owner before it, not an article).
                var name = Clean(document.Slice(firstCapitalised, lastCapitalised));
                var person = analysis.Draft(IdOf(name), name, ActorKind.Individual, null);
                var role = firstCapitalised - 2;
                var described = role;
                while (described > role - 4 && described > 0 && Word(described - 1) is { } before && tokens[described - 1].Kind == TokenKind.Word && document.Sentence[described - 1] == document.Sentence[role])
                {
                    if (before is "a" or "an" or "the" or "its" or "their" or "his" or "her")
                    {
                        break;
                    }

                    described--;
                    if (TextDocument.EndsPossessive(before))
                    {
                        break;
                    }
                }

                person.Description ??= Clean(document.Slice(described, role));
                surnames[tokens[lastCapitalised].Word] = person;
                Add(firstCapitalised, lastCapitalised, person, ActorMentionForm.Name, ActorUse.None);
            }
            else if (capitalised is > 1 and <= 5 && !hasRelational && !hidesKnownName && !openingDemonym
                && items.TrueForAll(i => i.Kind is ItemKind.Capitalised || (i.Kind == ItemKind.Joiner && (IsNameParticle(Word(i.First)) || IsHyphen(i.First))))
                && AppositiveBody(lastCapitalised + 1) is var (bodyNoun, describedFirst, describedLast) && bodyNoun is not null)
            {
                // "Hafiz Gul Bahadur, a militant faction linked to the Pakistani Taliban, claimed responsibility", "Jaish
                // al-Adl, a Sunni militant group, said", "Zaw Min Tun, the military's spokesman, said": a body or a person
                // named, and what it is told in apposition before it acts or speaks; of the kind the apposition's noun
                // names, described by its words.
                var name = Clean(document.Slice(firstCapitalised, lastCapitalised));
                var body = analysis.Draft(IdOf(name)) ?? analysis.Draft(IdOf(name), name, bodyNoun.Kind, null);
                body.Class ??= bodyNoun.Class;
                body.Description ??= Clean(document.Slice(describedFirst, describedLast));
                Add(firstCapitalised, lastCapitalised, body, ActorMentionForm.Name, ActorUse.None);
            }
            else if (capitalised > 0 && (hasRelational || hidesKnownName
                || (capitalised > 1 && (CueFollows(lastCapitalised + 1) || NamedAfterCue(openingDemonym ? items[0].First : firstCapitalised, lastCapitalised)
                    || BlamedBefore(Word(items[0].First - 1) == "the" ? items[0].First - 1 : items[0].First)))
                // "Kaduna state governor Uba Sani visited the town and vowed": a person named after an office in lower case,
                // acting.
                || (capitalised is > 1 and <= 4 && !openingDemonym && Word(firstCapitalised - 1) is { } officeBefore && OfficeWords.Contains(officeBefore)
                    && !document.IsCapitalised(firstCapitalised - 1) && ActFollows(lastCapitalised + 1))))
            {
                var first = openingDemonym ? items[0].First : firstCapitalised;
                var last = lastCapitalised;
                var name = Clean(document.Slice(first, last));

                // "regional governor Vyacheslav Gladkov said": a person named after an office in lower case, named again
                // by the last word of the name ("Gladkov said").
                if (!hasRelational && !hidesKnownName && capitalised is > 1 and <= 4 && !openingDemonym && items.TrueForAll(i => i.Kind == ItemKind.Capitalised)
                    && Word(first - 1) is { } office && OfficeWords.Contains(office) && !document.IsCapitalised(first - 1) && IdOf(name) is var personId && analysis.Draft(personId) is null)
                {
                    var person = analysis.Draft(personId, name, ActorKind.Individual, null);
                    var described = first - 1;
                    while (described > first - 4 && Word(described - 1) is { } modifier && !document.IsCapitalised(described - 1) && (IsAdjective.Of(tokens[described - 1].Lexeme) || OfficeWords.Contains(modifier)))
                    {
                        described--;
                    }

                    person.Description ??= Clean(document.Slice(described, first - 1));
                    surnames[tokens[last].Word] = person;
                    Add(first, last, person, ActorMentionForm.Name, ActorUse.None);
                    return Math.Max(end, lastCapitalised + 1);
                }

                // "the Carlos Patiño front", "the Jaime Martínez faction": a name with the lower-case word of an armed
                // group after it is that group's.
                var kind = ActorKind.Unknown;
                if (Word(last + 1) is "front" or "faction" or "brigade" or "battalion" or "cartel" or "gang" or "militia" && !document.IsCapitalised(last + 1))
                {
                    last++;
                    name = Clean(document.Slice(first, last));
                    kind = ActorKind.NonStateArmedGroup;
                }

                var draft = analysis.Draft(IdOf(name), name, kind, null);
                AddRelations(draft, items);
                Add(first, last, draft, ActorMentionForm.Name, ActorUse.None);
                end = Math.Max(end, last + 1);
            }
            else if (capitalised == 1 && items.Count == 1 && firstCapitalised == lastCapitalised && surnames.TryGetValue(tokens[firstCapitalised].Word, out var named))
            {
                // "Ruto said": the person named before with an office, by the last word of the name.
                Add(firstCapitalised, lastCapitalised, named, ActorMentionForm.Anaphor, ActorUse.None);
            }
            else if (capitalised == 1 && items.Count == 1 && firstCapitalised == lastCapitalised && IsAcronym(firstCapitalised) && CueFollows(lastCapitalised + 1))
            {
                // "UKMTO said", "the UNHCR said": a body named by its letters, speaking (who it is the text may not say).
                var name = document.Slice(firstCapitalised, lastCapitalised);
                Add(firstCapitalised, lastCapitalised, analysis.Draft(IdOf(name), name, ActorKind.Unknown, null), ActorMentionForm.Name, ActorUse.None);
            }

            foreach (var item in items)
            {
                end = Math.Max(end, item.Last + 1);
            }

            return Math.Max(end, lastCapitalised + 1);
        }

        /// <summary>
        /// What a body is told to be in apposition after its name, from the comma at token <paramref name="k"/>: an
        /// article, and within twelve words before the closing comma the noun of a group, a body or an outlet (<c>, a
        /// militant faction linked to the Pakistani Taliban,</c>), the body then speaking or acting; or a clause of
        /// <c>which</c> and what the body does before a verb of saying (<c>, which monitors elections, said</c>). The noun
        /// and the words that describe the body (after the article); no noun when there is none.
        /// </summary>
        private (AgentNoun? Noun, int First, int Last) AppositiveBody(int k)
        {
            // "The Plataforma Decide, which monitors elections, said": a body told by what it does, in a clause of "which"
            // set off by commas, before a verb of saying or acting.
            if (document.IsSymbol(k, ',') && Word(k + 1) == "which" && Word(k + 2) is { } does && does.EndsWith('s') && !document.IsCapitalised(k + 2))
            {
                for (var m = k + 3; m < tokens.Count && m <= k + 14 && document.Sentence[m] == document.Sentence[k]; m++)
                {
                    if (document.IsSymbol(m, ','))
                    {
                        return CueFollows(m + 1) ? (OrganisedBody, k + 1, m - 1) : default;
                    }
                }

                return default;
            }

            // "Abdikadir Abdirahman, director of the Aamin Ambulance service, said": a person told by the role they hold
            // in a body, with no article.
            var roleOf = document.IsSymbol(k, ',') && Statements.StatementScanner.RoleOfOpens(document, k + 1);
            if (!document.IsSymbol(k, ',') || (Word(k + 1) is not ("a" or "an" or "the") && !roleOf))
            {
                return default;
            }

            AgentNoun? noun = roleOf ? HolderOfRole : null;
            var from = roleOf ? k + 1 : k + 2;
            for (var m = from; m < tokens.Count && m <= k + 14 && document.Sentence[m] == document.Sentence[k]; m++)
            {
                if (document.IsSymbol(m, ','))
                {
                    return noun is not null && m > from && (CueFollows(m + 1) || ActFollows(m + 1)) ? (noun, from, m - 1) : default;
                }

                // (A person too: "Zaw Min Tun, the military's spokesman, has said", "Musa Ali, a resident, said".)
                if (noun is null && AgentNoun.Match(document, m, out var nounEnd) is { Kind: ActorKind.NonStateArmedGroup or ActorKind.Other or ActorKind.Coalition or ActorKind.JointBody or ActorKind.Media or ActorKind.Individual } body
                    && body.Class is not ("fighters" or "bandits"))
                {
                    noun = body;
                    m = nounEnd - 1;
                }

                // "The Emergency Response Rooms, a network of volunteers, said": a body of people named by how they are
                // organised, a network, an association, a union of them.
                else if (noun is null && m == k + 2 + (IsAdjective.Of(tokens[m - 1].Lexeme) ? 1 : 0) && Word(m) is "network" or "association" or "federation" or "syndicate" or "collective" or "union"
                    && Word(m + 1) == "of")
                {
                    noun = OrganisedBody;
                }
            }

            return default;
        }

        // The noun of a person named in apposition by the role they hold in a body ("director of the hospital").
        private static readonly AgentNoun HolderOfRole = new(["director"], ActorKind.Individual, "official");

        // The noun of a body of people named in apposition by how they are organised ("a network of volunteers").
        private static readonly AgentNoun OrganisedBody = new(["network"], ActorKind.Other, "organisation");

        /// <summary>
        /// The first and last tokens of a person's name after what they are, from token <paramref name="k"/>: two to four
        /// capitalised words (with a name's particles) that no known name starts, ending before a word in lower case or a
        /// symbol (<c>resident Musa Ali said</c>); with <paramref name="apposed"/>, between commas (<c>a resident, Musa
        /// Ali, said</c>). (-1, -2) when there is none.
        /// </summary>
        private (int First, int Last) CitedPersonName(int k, bool apposed)
        {
            var first = apposed ? k + 1 : k;
            if ((apposed && !document.IsSymbol(k, ',')) || first >= tokens.Count || !document.IsCapitalised(first) || gazetteer.TryMatch(document, first, out _, out _, out _))
            {
                return (-1, -2);
            }

            var last = first;
            while (last + 1 < tokens.Count && last - first < 4 && tokens[last + 1].Kind == TokenKind.Word && !tokens[last].Glued
                && (document.IsCapitalised(last + 1) || (IsNameParticle(tokens[last + 1].Word) && document.IsCapitalised(last + 2))))
            {
                last++;
            }

            var words = 0;
            for (var n = first; n <= last; n++)
            {
                if (tokens[n].Kind != TokenKind.Word || CalendarWords.Months.ContainsKey(tokens[n].Word) || TimeExpressions.TimeWords.Weekdays.ContainsKey(tokens[n].Word))
                {
                    return (-1, -2);
                }

                words += IsNameParticle(tokens[n].Word) ? 0 : 1;
            }

            var after = last + 1;
            var closed = apposed ? document.IsSymbol(after, ',') : after >= tokens.Count || tokens[after].Kind != TokenKind.Word || !document.IsCapitalised(after);
            return words is >= 2 and <= 4 && closed ? (first, last) : (-1, -2);
        }

        /// <summary>Whether the tokens from <paramref name="first"/> to <paramref name="last"/> are capitalised words naming a person after an office (<c>Prime Minister Rishi Sunak</c>).</summary>
        private bool TitledRun(int first, int last)
        {
            if (last < first || last - first > 7)
            {
                return false;
            }

            for (var k = first; k <= last; k++)
            {
                if (!document.IsCapitalised(k) && !IsNameParticle(Word(k)) && !IsHyphen(k))
                {
                    return false;
                }
            }

            return TitleEnd(first, last) is not null;
        }

        /// <summary>The last of the capitalised words (and name particles) from token <paramref name="k"/>, at most eight.</summary>
        private int CapitalisedRunEnd(int k)
        {
            var last = k - 1;
            while (last + 1 < tokens.Count && last + 1 < k + 8 && tokens[last + 1].Kind is TokenKind.Word or TokenKind.Hyphen
                && (document.IsCapitalised(last + 1) || IsNameParticle(Word(last + 1)) || (IsHyphen(last + 1) && tokens[last + 1].Glued)))
            {
                last++;
            }

            return last;
        }

        /// <summary>
        /// The first token of the name after an office that opens the capitalised words from <paramref name="first"/> to
        /// <paramref name="last"/> (<c>President William Ruto</c>, <c>Prime Minister Imran Khan</c>, <c>Foreign Minister
        /// Sergei Lavrov</c>), with one to four words of name after it; null when they open with no office.
        /// </summary>
        private int? TitleEnd(int first, int last)
        {
            var k = first;
            var office = false;
            // "Information Minister Ring Deng", "Health Minister ...": the portfolio before the office.
            while (k <= last && k < first + 4 && Word(k) is { } word && (OfficeWords.Contains(word) || (word is "prime" or "vice" or "deputy" or "foreign" or "defence" or "defense"
                or "interior" or "finance" or "crown" or "field" or "supreme" or "acting" or "interim" or "opposition" or "lieutenant" or "attorney" or "grand" or "army" or "police"
                or "executive" or "information" or "health" or "justice" or "education" or "energy" or "oil" or "agriculture" or "communications" or "culture" or "trade"
                or "transport" or "economy" or "security" or "home" or "labour" or "labor" or "environment" or "state" or "humanitarian" or "water" or "mines" or "petroleum")))
            {
                office |= OfficeWords.Contains(word);
                k++;
            }

            // Up to four words of the name, its particles and hyphens apart ("Mohammed Shia al-Sudani").
            var nameWords = 0;
            for (var n = k; n <= last && nameWords <= 4; n++)
            {
                nameWords += document.IsCapitalised(n) ? 1 : 0;
            }

            return office && k <= last && nameWords <= 4 && last - k < 8 && !OfficeWords.Contains(Word(last)!) ? k : null;
        }

        // The offices a person is named after ("President William Ruto", "Gen. Abdel Fattah al-Burhan" without its point).
        private static readonly FrozenSet<string> OfficeWords = FrozenSet.ToFrozenSet<string>(
            ["president", "minister", "secretary", "governor", "mayor", "senator", "general", "colonel", "commander", "admiral", "marshal", "king", "queen",
                "prince", "princess", "emir", "sheikh", "pope", "chancellor", "premier", "ayatollah", "cardinal", "archbishop", "judge", "ambassador", "envoy",
                "chairman", "chairwoman", "captain", "major", "sergeant", "patriarch", "chief", "commissioner", "spokesman", "spokeswoman", "spokesperson",
                "director", "inspector", "superintendent", "lieutenant", "brigadier", "coordinator"],
            StringComparer.Ordinal);

        /// <summary>
        /// Whether an act told in the active past follows token <paramref name="k"/>, over an auxiliary of the perfect
        /// and an adverb (<c>killed</c>, <c>have stormed</c>, <c>then set</c>, <c>reportedly shot</c>); not a passive
        /// (<c>were killed</c>, <c>had been seized</c>).
        /// </summary>
        /// <remarks>So after what the subject came on or bore (<c>Gunmen on motorcycles shot dead</c>, <c>Gang members armed
        /// with machetes and rifles killed</c>).</remarks>
        private bool ActFollows(int k) => ActAt(k) || SubjectModifier.After(document, k, ActAt) != k;

        private bool ActAt(int k)
        {
            k += Word(k) is "also" or "then" or "reportedly" or "allegedly" or "later" ? 1 : 0;
            k += Word(k) is "have" or "has" or "had" ? 1 : 0;
            k += Word(k) is "also" or "then" or "reportedly" or "allegedly" or "later" ? 1 : 0;
            return Word(k) is { } act
                && ((act.Length > 4 && act.EndsWith("ed", StringComparison.Ordinal) && act is not ("armed" or "based" or "linked" or "backed" or "allied")) || IrregularActs.Contains(act));
        }

        /// <summary>Whether the words before token <paramref name="k"/> blame it: a verb of blame right before, or before <c>on</c> within five words, or <c>carried out by</c>, <c>committed by</c>.</summary>
        private bool BlamedBefore(int k)
        {
            if (StatementCue.Accuses(Word(k - 1)))
            {
                return true;
            }

            // "the attack was carried out by the Carlos Patiño front", "committed by": who is said to have done it.
            if (Word(k - 1) == "by" && (Word(k - 2) is "committed" or "perpetrated" || (Word(k - 2) == "out" && Word(k - 3) == "carried")))
            {
                return true;
            }

            if (Word(k - 1) != "on")
            {
                return false;
            }

            for (var j = k - 2; j >= 0 && j >= k - 6 && Word(j) is { } word; j--)
            {
                if (StatementCue.Blames(word))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether token <paramref name="k"/> opens a clause: it starts the text or follows a symbol or a word that
        /// ends or joins clauses (<c>after soldiers opened fire</c>, <c>. Troops killed</c>).
        /// </summary>
        private bool OpensClause(int k) =>
            k == 0 || Word(k - 1) is null or "after" or "before" or "when" or "as" or "and" or "but" or "then" or "that" or "where" or "while" or "because"
                or "until" or "once" or "said" or "says";

        /// <summary>Whether token <paramref name="k"/> names a month or a weekday (<c>the Security Council on Sept. 3</c>).</summary>
        private bool IsCalendarWord(int k) =>
            Word(k) is { } word && (TimeExpressions.TimeWords.Months.ContainsKey(word) || TimeExpressions.TimeWords.Weekdays.ContainsKey(word));

        /// <summary>Whether <c>according to</c> stands right before token <paramref name="k"/>, or before the first of those cited with it (<c>and</c> right before <paramref name="k"/>).</summary>
        private bool AccordingToBefore(int k)
        {
            if (Word(k - 1) == "to" && Word(k - 2) == "according")
            {
                return true;
            }

            // "according to the Health Ministry and hospital officials": the second of those cited, up to eight words on.
            if (Word(k - 1) != "and")
            {
                return false;
            }

            for (var j = k - 2; j >= 1 && j >= k - 10; j--)
            {
                if (tokens[j].Kind == TokenKind.Symbol && tokens[j].Symbol != '\'')
                {
                    return false;
                }

                if (Word(j) == "to" && Word(j - 1) == "according")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a verb of saying inverted after a comma or a quotation stands right before token <paramref name="k"/>
        /// and the phrase ending before <paramref name="end"/> ends its clause or goes on to where the speakers are
        /// (<c>killing 19, said officials at Nasser Hospital</c>); not the subject of what is said (<c>, said police and fire
        /// services would keep running</c>).
        /// </summary>
        private bool InvertedCueBefore(int k, int end) =>
            k >= 2 && Word(k - 1) is "said" or "says" or "added" && tokens[k - 2].Kind == TokenKind.Symbol && tokens[k - 2].Symbol is ',' or '"' or '\u201d'
            && (end >= tokens.Count || tokens[end].Kind == TokenKind.Symbol || Word(end) is "at" or "in" or "from" or "on");

        private bool CueFollows(int k)
        {
            while (k < tokens.Count && document.InAside[k])
            {
                k++;
            }

            k = AfterWhoClause(k);

            // "Police chief John Smith, 54, said": an age in apposition.
            if (document.IsSymbol(k, ',') && k + 2 < tokens.Count && tokens[k + 1] is { Kind: TokenKind.Number, Value: > 0 and < 120 } && document.IsSymbol(k + 2, ','))
            {
                k += 3;
            }

            // "Police later said", "the ministry had earlier said", "Police on Tuesday said": auxiliaries, adverbs and the
            // day spoken on may stand between, four words at most.
            for (var between = 0; between < 4 && Word(k) is { } w && !Statements.StatementCue.All.ContainsKey(w); between++)
            {
                if (Statements.StatementScanner.StandsBeforeCue(w))
                {
                    k++;
                }
                else if (Statements.StatementScanner.SpokenOnEnd(document, k) is var spokenOnEnd and >= 0)
                {
                    // "Police on Tuesday said", "Police on March 5 said", "the council on Sept. 3 condemned".
                    k = spokenOnEnd;
                }
                else
                {
                    break;
                }
            }

            return Word(k) is { } cue && Statements.StatementCue.All.ContainsKey(cue);
        }

        /// <summary>
        /// Whether <c>and</c> at token <paramref name="k"/> joins another speaker who speaks within six words, with no symbol
        /// between (<c>residents and a local lawmaker said</c>, <c>a teacher and residents said</c>).
        /// </summary>
        private bool CueAfterAnd(int k)
        {
            if (Word(k) != "and")
            {
                return false;
            }

            for (var j = k + 2; j < tokens.Count && j <= k + 7 && tokens[j - 1].Kind == TokenKind.Word; j++)
            {
                if (CueFollows(j))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The token after a clause about a speaker between commas from token <paramref name="k"/> (<c>, who asked not to
        /// be named,</c>), twelve tokens at most, in the sentence; <paramref name="k"/> when there is none.
        /// </summary>
        private int AfterWhoClause(int k)
        {
            // "A resident who saw the attack said", "a villager who helped bury the dead told Reuters": a clause that says
            // which one, with no commas, up to eight words before the cue.
            if (Word(k) == "who")
            {
                for (var j = k + 2; j < tokens.Count && j <= k + 9 && tokens[j].Kind == TokenKind.Word; j++)
                {
                    if (Statements.StatementCue.All.ContainsKey(tokens[j].Word) && Statements.StatementCue.IsCue.Of(tokens[j].Lexeme))
                    {
                        return j;
                    }
                }

                return k;
            }

            if (!document.IsSymbol(k, ',') || Word(k + 1) != "who")
            {
                return k;
            }

            for (var j = k + 2; j < tokens.Count && j <= k + 13 && document.Sentence[j] == document.Sentence[k]; j++)
            {
                if (document.IsSymbol(j, ','))
                {
                    return j + 1;
                }
            }

            return k;
        }

        private void EmitActor(Item item, ActorUse use)
        {
            if (item.Actor is null)
            {
                return;
            }

            // "known by its Spanish initials", "its Arabic acronym": a language, no actor.
            if (item.Form == ActorMentionForm.Demonym && Word(item.Last + 1) is "initials" or "acronym" or "abbreviation" or "translation" or "language" or "speakers" or "speaking")
            {
                return;
            }

            // For "Tehran-backed" the mention is "Tehran"; for "pro-Iran", "Iran".
            var first = item.First;
            var last = item.Last;
            if (item.Kind == ItemKind.Relational)
            {
                if (Word(first) == "pro")
                {
                    first += 2;
                }
                else
                {
                    last -= 2;
                }
            }

            Add(first, last, analysis.Draft(item.Actor), item.Form, use | UseOf(first));
        }

        private ActorUse UseOf(int first)
        {
            // Past compass words, hyphenated ones too ("in north-central Burkina Faso").
            var k = first - 1;
            while (k >= 0 && k >= first - 5 && ((Word(k) is { } w && (Directions.Contains(w) || w == "far")) || (tokens[k].Kind == TokenKind.Hyphen && Word(k - 1) is { } compass && Directions.Contains(compass))))
            {
                k--;
            }

            // "according to Reuters", "according to the UN": who says so, not where. "Fighters from the Allied Democratic
            // Forces", "troops from Chad": whose men they are, not where.
            return Word(k) is { } before && Locatives.Contains(before) && !(before == "to" && Word(k - 1) == "according")
                && !(before == "from" && Word(k - 1) is { } men && (Events.EventScanner.IsAttackerWord(men) || men is "members" or "soldiers" or "troops" or "men" or "forces" or "units"))
                ? ActorUse.Place : ActorUse.None;
        }

        private bool PickFromPair(bool latter, int j)
        {
            // "between Washington and Baghdad ..., with the latter": the pair is the last two actors joined by "and".
            for (var r = analysis.Refs.Count - 1; r > 0 && r >= analysis.Refs.Count - 20; r--)
            {
                var second = analysis.Refs[r];
                var firstRef = analysis.Refs[r - 1];
                if (document.Sentence[second.First] < document.Sentence[j] - 1)
                {
                    break;
                }

                if (second.First == firstRef.Last + 2 && Word(firstRef.Last + 1) is "and" or "or")
                {
                    var picked = latter ? second : firstRef;
                    Add(j - 1, j, analysis.Draft(picked.Mention.Actor)!, ActorMentionForm.Anaphor, ActorUse.PairPick);
                    return true;
                }
            }

            return false;
        }

        // The relations the relational items of a phrase give ("Tehran-backed", "pro-Iran"); other items are passed over.
        private void AddRelations(ActorDraft draft, List<Item> items)
        {
            foreach (var r in items)
            {
                if (r.Kind == ItemKind.Relational && r.Actor is not null)
                {
                    draft.AddRelation(r.Relation, r.Actor.Id, new TextSpan(tokens[r.First].Start, tokens[r.Last].End - tokens[r.First].Start));
                }
            }
        }

        private void Add(int first, int last, ActorDraft? draft, ActorMentionForm form, ActorUse use)
        {
            if (draft is null)
            {
                return;
            }

            if (document.InAside[first])
            {
                use |= ActorUse.Aside;
            }

            if (document.InQuote[first])
            {
                use |= ActorUse.Quoted;
            }

            var dateline = draft.Kind == ActorKind.State && draft.Country is not null && IsDatelinePlace(first, last);
            if (dateline)
            {
                use |= ActorUse.Dateline;
            }

            var span = new TextSpan(tokens[first].Start, tokens[last].End - tokens[first].Start);
            var mentionText = document.Cut(span);
            if (!draft.IsGiven && form is ActorMentionForm.Name or ActorMentionForm.Alias or ActorMentionForm.Metonym)
            {
                // A gazetteer actor is given as it is; only the text's own actors collect the names they go by.
                draft.AddAlias(Clean(mentionText));
            }

            var mention = new ActorMention(span, mentionText, draft.Id, draft.Name, draft.Kind, draft.Country, form);
            analysis.Add(new ActorRef(first, last, mention, use), draft);
            if (host is null && dateline)
            {
                host = draft;
            }
            else if (!hostPlaced && host is { Country: { } hostCode } && !dateline && draft.Kind == ActorKind.State && form == ActorMentionForm.Name && draft.Country is { } placed
                && placed != hostCode && document.Sentence[first] <= 1 && first < LeadPlaceReach && InPlace(first) && !HostNamedBefore(hostCode))
            {
                // "BANGKOK (AP) - A military airstrike on a village in central Myanmar killed ...": a report filed from a
                // regional bureau is of the country its lead places the event in, by its name; its forces and officials
                // are that country's, not the bureau's. Not when the lead names the bureau's country itself ("Thailand's
                // government and Muslim rebels will hold talks in Kuala Lumpur", "Cyprus agreed ... after talks in Brussels").
                host = draft;
                hostPlaced = true;
            }
        }

        // Whether the report's country was named before, other than in the dateline.
        private bool HostNamedBefore(string hostCode)
        {
            foreach (var told in analysis.Refs)
            {
                if (told.Mention.Country == hostCode && (told.Use & ActorUse.Dateline) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        // How far into the text the lead's place may move the report's country, in tokens.
        private const int LeadPlaceReach = 60;

        // Whether the report's country was moved to the country its lead places the event in.
        private bool hostPlaced;

        // Whether a country's name at token first is a place the lead tells something in: "in Myanmar", "in central Myanmar".
        private bool InPlace(int first) =>
            Word(first - 1) == "in" || (Word(first - 2) == "in" && Word(first - 1) is { } direction and not "the" && Directions.Contains(direction));

        // The country of the dateline, once read ("KABUL, Afghanistan (Reuters) -", "YANGON (Reuters) -").
        private ActorDraft? host;

        // The gazetteer's state of a country code; null when it has none.
        private Actor? StateOf(string code)
        {
            foreach (var actor in gazetteer.Actors)
            {
                if (actor.Kind == ActorKind.State && actor.Country == code)
                {
                    return actor;
                }
            }

            return null;
        }

        /// <summary>
        /// The state "the country" points back to: the last one named, unless it was named as a neighbour ("near the border
        /// with Mali", "near Mali", "crossed from Mali") in a report filed from another, whose country it then is
        /// ("NIAMEY, Niger - Jihadists killed 29 soldiers near the border with Mali, the country's ruling junta said"). Not
        /// one a place is in ("struck a building in Syria, the country's state media said": Syria's).
        /// </summary>
        private ActorDraft? TheCountry() =>
            analysis.LastState is { } last && host is { Country: { } hostCode } && last.Country != hostCode && analysis.LastStateAt > 0
                && Word(analysis.LastStateAt - 1) is "with" or "near" or "from"
                ? host
                : analysis.LastState;

        // How far into the text a dateline's place may stand, in tokens.
        private const int DatelineReach = 12;

        /// <summary>
        /// Whether tokens <paramref name="first"/> to <paramref name="last"/> name the place of a dateline: in the text's
        /// first tokens, after nothing but words in capitals and commas ("BAMAKO, Mali", "KABUL"), and followed soon by a
        /// dash or a bracket ("- ", "(Reuters) -").
        /// </summary>
        private bool IsDatelinePlace(int first, int last)
        {
            if (first > DatelineReach)
            {
                return false;
            }

            for (var k = 0; k < first; k++)
            {
                if (!(document.IsSymbol(k, ',') || (tokens[k].Kind == TokenKind.Word && IsAllCapitals(k))))
                {
                    return false;
                }
            }

            if (!IsAllCapitals(first) && (first == 0 || !document.IsSymbol(first - 1, ',')))
            {
                return false;
            }

            for (var k = last + 1; k < tokens.Count && k <= last + 6; k++)
            {
                if (document.IsSymbol(k, '(') || (tokens[k].Kind is TokenKind.Hyphen or TokenKind.Symbol && !tokens[k].Glued && Dateline.MarksDateline(text, tokens[k - 1].End)))
                {
                    return true;
                }

                // ", Somalia", ", Afghanistan": the rest of the place, up to the dash; ", Jan 28", ", Jan. 28": the date
                // the line carries.
                if (!document.IsSymbol(k, ',') && !(tokens[k].Kind == TokenKind.Word && document.IsCapitalised(k)) && tokens[k].Kind != TokenKind.Number
                    && !(document.IsSymbol(k, '.') && tokens[k - 1].Glued))
                {
                    return false;
                }
            }

            return false;
        }

        // Whether the word at token k is written in capitals, two letters or more ("KABUL").
        private bool IsAllCapitals(int k)
        {
            var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
            return word.Length >= 2 && !word.ContainsAnyInRange('a', 'z') && word.ContainsAnyInRange('A', 'Z');
        }

        private static string RelationSlug(Item r) =>
            (r.Relation == ActorRelationKind.AlliedWith ? "pro-" : r.Relation == ActorRelationKind.LedBy ? "led-by-" : "backed-by-")
            + (r.Actor!.Kind == ActorKind.State && r.Actor.Country is not null ? r.Actor.Country.ToLowerInvariant() : IdTail(r.Actor.Id));

        private static string IdTail(ActorId id) => id.Value[(id.Value.IndexOf(':', StringComparison.Ordinal) + 1)..];

        private bool IsHyphen(int i) => i >= 0 && i < tokens.Count && tokens[i].Kind == TokenKind.Hyphen;

        private string? Word(int i) => document.Word(i);
    }

    /// <summary>Drops a possessive ending and straightens apostrophes: "Washington's" is "Washington".</summary>
    internal static string Clean(string name)
    {
        name = name.Replace('\u2019', '\'');
        return name.EndsWith("'s", StringComparison.Ordinal) ? name[..^2] : name;
    }

    /// <summary>
    /// A part of a composed id ("the US embassy in Baghdad" is <c>actor:usa-embassy-baghdad</c>): lower-case letters
    /// and digits joined by single hyphens, accents taken off Latin letters ("Chargé" is "charge"). An actor with a
    /// name of its own gets <see cref="ActorNames.Slug"/>, the id every package gives that name.
    /// </summary>
    internal static string IdPart(string name)
    {
        var buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var n = 0;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
            else if (LatinFolding.Base(c) is not '\0' and var folded)
            {
                buffer[n++] = folded;
            }
            else if (LatinFolding.IsCombiningMark(c))
            {
                // An accent written after its letter.
            }
            else if (c > 127 && char.IsLetterOrDigit(c))
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
            else if (c != '\'' && n > 0 && buffer[n - 1] != '-')
            {
                buffer[n++] = '-';
            }
        }

        while (n > 0 && buffer[n - 1] == '-')
        {
            n--;
        }

        return n == 0 ? "unnamed" : new string(buffer[..n]);
    }
}
