using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using Sitrep.Incidents;
using Sitrep.Sources;
using Sitrep.Text.Actors;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.Events;

/// <summary>
/// Finds the words that report violent events, with the means named before them. A word governed by a word of
/// prevention or intent ("to prevent attacks", "a pause on attacks", "respond to attacks") reports no event and is
/// skipped; "the strike" with nothing else is a reference to an event already reported. Words that name other things
/// as often are events only in the company that makes them one: a bomb that goes off or kills, or is told with its
/// means and a determiner ("a roadside bomb"), not one made, found or named in a compound ("a bomb disposal team");
/// fighting told as fighting broke out ("heavy fighting", "Fighting between the army and the RSF"), not a struggle
/// of another kind; a battle not of the courts or of an illness, nor a compound's first word ("battle tanks").
/// </summary>
internal static partial class EventScanner
{
    private static readonly FrozenDictionary<string, (IncidentType Type, bool Plural, Means Means)> Triggers = new Dictionary<string, (IncidentType, bool, Means)>
    {
        ["strike"] = (IncidentType.Strike, false, Means.Unknown),
        ["strikes"] = (IncidentType.Strike, true, Means.Unknown),
        ["airstrike"] = (IncidentType.Strike, false, Means.Airstrike),
        ["airstrikes"] = (IncidentType.Strike, true, Means.Airstrike),
        ["air-strike"] = (IncidentType.Strike, false, Means.Airstrike),
        ["bombardment"] = (IncidentType.Shelling, false, Means.Unknown),
        ["attack"] = (IncidentType.Attack, false, Means.Unknown),
        ["attacks"] = (IncidentType.Attack, true, Means.Unknown),
        ["assault"] = (IncidentType.Attack, false, Means.Unknown),
        ["assaults"] = (IncidentType.Attack, true, Means.Unknown),
        ["raid"] = (IncidentType.Attack, false, Means.Unknown),
        ["raids"] = (IncidentType.Attack, true, Means.Unknown),
        ["ambush"] = (IncidentType.Attack, false, Means.Unknown),
        ["explosion"] = (IncidentType.Explosion, false, Means.Unknown),
        ["explosions"] = (IncidentType.Explosion, true, Means.Unknown),
        ["blast"] = (IncidentType.Explosion, false, Means.Unknown),
        ["blasts"] = (IncidentType.Explosion, true, Means.Unknown),
        ["bombing"] = (IncidentType.Bombing, false, Means.Unknown),
        ["bombings"] = (IncidentType.Bombing, true, Means.Unknown),
        ["shelling"] = (IncidentType.Shelling, false, Means.Artillery),
        ["clash"] = (IncidentType.ArmedClash, false, Means.Unknown),
        ["clashes"] = (IncidentType.ArmedClash, true, Means.Unknown),
        ["firefight"] = (IncidentType.ArmedClash, false, Means.SmallArms),
        ["firefights"] = (IncidentType.ArmedClash, true, Means.SmallArms),
        ["shooting"] = (IncidentType.Attack, false, Means.SmallArms),
        ["fighting"] = (IncidentType.ArmedClash, false, Means.Unknown),
        ["battle"] = (IncidentType.ArmedClash, false, Means.Unknown),
        ["battles"] = (IncidentType.ArmedClash, true, Means.Unknown),
        ["gunbattle"] = (IncidentType.ArmedClash, false, Means.SmallArms),
        ["gunbattles"] = (IncidentType.ArmedClash, true, Means.SmallArms),
        ["gunfight"] = (IncidentType.ArmedClash, false, Means.SmallArms),
        ["gunfights"] = (IncidentType.ArmedClash, true, Means.SmallArms),
        ["shootout"] = (IncidentType.ArmedClash, false, Means.SmallArms),
        ["skirmish"] = (IncidentType.ArmedClash, false, Means.Unknown),
        ["skirmishes"] = (IncidentType.ArmedClash, true, Means.Unknown),
        ["bomb"] = (IncidentType.Bombing, false, Means.Unknown),
        ["bombs"] = (IncidentType.Bombing, true, Means.Unknown),
        ["bomber"] = (IncidentType.Bombing, false, Means.Unknown),
        ["bombers"] = (IncidentType.Bombing, true, Means.Unknown),
        ["riot"] = (IncidentType.Riot, false, Means.Unknown),
        ["riots"] = (IncidentType.Riot, true, Means.Unknown),
        ["rioting"] = (IncidentType.Riot, false, Means.Unknown),
        ["protest"] = (IncidentType.Protest, false, Means.Unknown),
        ["protests"] = (IncidentType.Protest, true, Means.Unknown),
        ["demonstration"] = (IncidentType.Protest, false, Means.Unknown),
        ["demonstrations"] = (IncidentType.Protest, true, Means.Unknown),
        ["ied"] = (IncidentType.Bombing, false, Means.Ied),
        ["ieds"] = (IncidentType.Bombing, true, Means.Ied),
        ["massacre"] = (IncidentType.Attack, false, Means.Unknown),
        ["massacres"] = (IncidentType.Attack, true, Means.Unknown),
        ["abduction"] = (IncidentType.Abduction, false, Means.Unknown),
        ["abductions"] = (IncidentType.Abduction, true, Means.Unknown),
        ["kidnapping"] = (IncidentType.Abduction, false, Means.Unknown),
        ["kidnappings"] = (IncidentType.Abduction, true, Means.Unknown),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // What makes "bomb" and "bomber" an event: a verb of the blast or its toll soon after it ("a bomb exploded", "A car
    // bomb in central Baghdad killed 25", "the bomber blew himself up"), or a means before it with a determiner before
    // that ("a roadside bomb", "two car bombs", "a suicide bomber"); not a bomb named as a kind of thing ("the
    // construction of roadside bombs", "a bomb disposal team", "suicide bombers and narcotics networks").
    // The verbs "another" is the subject of when it stands for one more event of the kind just named.
    private static readonly FrozenSet<string> AnotherEventVerbs = FrozenSet.ToFrozenSet<string>(
        ["hit", "struck", "targeted", "killed", "wounded", "landed", "exploded", "destroyed", "damaged", "slammed", "fell", "went"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> BlastVerbs = FrozenSet.ToFrozenSet<string>(
        ["exploded", "explodes", "exploding", "went", "goes", "ripped", "rips", "tore", "tears", "killed", "kills", "killing", "struck", "strikes",
         "hit", "hits", "detonated", "detonates", "blew", "blows", "targeted", "targets", "wounded", "wounding", "injured", "injuring"],
        StringComparer.Ordinal);

    // The means that make a bomb one ("car bomb", "a truck bomber"): a vehicle's, or the others of MeansWords.
    private static readonly FrozenSet<string> BombMeans = FrozenSet.ToFrozenSet<string>(
        ["car", "truck", "vehicle", "motorcycle", "motorbike", "bicycle", "pipe", "nail", "barrel", "parcel", "letter", "suicide", "roadside", "sticky", "magnetic"],
        StringComparer.Ordinal);

    // The nouns a bomb's name makes a compound with ("a bomb disposal team", "suicide bomb facilitator"): a thing of
    // bombs, not one going off.
    private static readonly FrozenSet<string> BombCompounds = FrozenSet.ToFrozenSet<string>(
        ["disposal", "squad", "squads", "threat", "threats", "scare", "scares", "shelter", "shelters", "plot", "plots", "maker", "makers", "making",
         "factory", "factories", "facilitator", "facilitators", "cell", "cells", "network", "networks", "vest", "vests", "belt", "belts", "expert",
         "experts", "technician", "technicians", "leader", "leaders", "commander", "commanders", "materials", "material", "components", "production",
         "emplacement", "emplacer", "emplacers", "builder", "builders", "parts", "hoax", "detector", "detectors", "sniffing", "proof", "specialist",
         "specialists", "trainer", "trainers", "instructor", "instructors", "supplier", "suppliers", "smuggler", "smugglers", "courier", "couriers",
         "cache", "caches", "lab", "laboratory", "workshop", "kit", "kits", "site", "sites", "facilitation"],
        StringComparer.Ordinal);

    // The words that make "fighting" the fighting of armed men ("heavy fighting", "Fighting between the army and the
    // RSF", "fighting erupted"), not a struggle of another kind ("fighting corruption", "fighting for his life").
    private static readonly FrozenSet<string> FightingBefore = FrozenSet.ToFrozenSet<string>(
        ["heavy", "fierce", "intense", "renewed", "sporadic", "street", "ongoing", "deadly", "fresh", "bitter", "factional", "tribal", "the",
         "after", "amid", "during", "despite", "recent", "weeks", "days", "months", "overnight"],
        StringComparer.Ordinal);

    // "days of fighting", "an outbreak of fighting": "of" after a length or a word of its course ("accused of fighting"
    // is a verb's).
    private static readonly FrozenSet<string> FightingOf = FrozenSet.ToFrozenSet<string>(
        ["hours", "days", "nights", "weeks", "months", "years", "outbreak", "resumption", "reports", "scene", "wave", "round", "eruption", "flare-up",
         "lull", "escalation", "surge", "week", "day", "night", "month", "year"],
        StringComparer.Ordinal);

    // "fighting erupted", "Fighting between ...": what follows fighting that broke out.
    private static readonly FrozenSet<string> FightingAfter = FrozenSet.ToFrozenSet<string>(
        ["between", "erupted", "broke", "raged", "rages", "killed", "kills", "continued", "continues", "flared", "intensified", "escalated", "left",
         "has", "had", "resumed", "spread", "forced", "displaced", "near", "around", "outside"],
        StringComparer.Ordinal);

    // The heads an event word makes a compound with as their first word ("the assault team", "attack helicopters",
    // "a strike force", "assault rifles"): a unit or a weapon named, not an event.
    private static readonly FrozenSet<string> CompoundHeads = FrozenSet.ToFrozenSet<string>(
        ["team", "teams", "force", "forces", "rifle", "rifles", "helicopter", "helicopters", "aircraft", "craft", "vehicle", "vehicles", "ship", "ships",
         "submarine", "submarines", "group", "groups", "unit", "units", "squad", "squads", "boat", "boats", "dog", "dogs", "drone", "drones", "jet", "jets",
         "fighter", "fighters", "capability", "capabilities", "package", "weapon", "weapons", "plan", "plans"],
        StringComparer.Ordinal);

    // The nouns a protest or riot makes a compound with ("a protest movement", "riot police", "protest leaders"): a thing
    // of protests, not one held.
    private static readonly FrozenSet<string> ProtestCompounds = FrozenSet.ToFrozenSet<string>(
        ["movement", "movements", "leader", "leaders", "group", "groups", "organiser", "organisers", "organizer", "organizers", "camp", "camps", "site",
         "sites", "song", "songs", "vote", "votes", "police", "gear", "shield", "shields", "act", "law", "laws", "note", "notes", "letter", "letters", "over"],
        StringComparer.Ordinal);

    // "a legal battle", "the battle against cancer": a battle of another kind.
    private static readonly FrozenSet<string> OtherBattles = FrozenSet.ToFrozenSet<string>(
        ["legal", "court", "courtroom", "political", "uphill", "custody", "electoral", "budget", "bidding", "takeover", "ratings", "policy",
         "losing", "price", "public", "long-running", "years-long", "personal", "verbal"],
        StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Means> MeansWords = new Dictionary<string, Means>
    {
        ["drone"] = Means.Drone,
        ["drones"] = Means.Drone,
        ["rocket"] = Means.Rocket,
        ["rockets"] = Means.Rocket,
        ["missile"] = Means.Missile,
        ["missiles"] = Means.Missile,
        ["ballistic"] = Means.Missile,
        ["cruise"] = Means.Missile,

        // "a Russian glide bomb": a bomb dropped from the air.
        ["glide"] = Means.Airstrike,
        ["mortar"] = Means.Mortar,
        ["mortars"] = Means.Mortar,
        ["artillery"] = Means.Artillery,
        ["air"] = Means.Airstrike,
        ["aerial"] = Means.Airstrike,
        ["suicide"] = Means.SuicideAttack,
        ["ied"] = Means.Ied,
        ["roadside"] = Means.Ied,
        ["grenade"] = Means.Grenade,
        ["gun"] = Means.SmallArms,
        ["armed"] = Means.SmallArms,
        ["knife"] = Means.Bladed,
        ["arson"] = Means.Arson,
        ["chemical"] = Means.Chemical,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Blockers = FrozenSet.ToFrozenSet<string>(
        ["prevent", "preventing", "prevents", "tackle", "tackling", "respond", "responding", "pause", "halt", "stop", "stopping", "launch", "launching", "deter",
         "deterring", "avoid", "avoiding", "threaten", "threatened", "threatening", "future", "possible", "potential", "plan", "planned", "planning", "counter",
         "against", "any", "no", "ceasefire", "truce", "similar", "such"],
        StringComparer.Ordinal);

    // The words an event told before is judged by when named again: "condemned the cowardly attack".
    private static readonly FrozenSet<string> JudgingWords = FrozenSet.ToFrozenSet<string>(
        ["cowardly", "heinous", "barbaric", "barbarous", "brutal", "horrific", "horrendous", "horrible", "senseless", "despicable", "vile", "dastardly",
         "abhorrent", "atrocious", "terrible", "tragic", "shocking", "savage", "callous", "appalling", "heartless", "inhumane", "gruesome", "treacherous",
         "terrorist", "criminal", "deadly", "bloody", "murderous", "outrageous", "unprovoked", "indiscriminate"],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether a passive verb of harm ends right before token <paramref name="at"/> (<c>were killed in</c>, <c>was wounded
    /// during</c>).
    /// </summary>
    private static bool KilledOrHurtBefore(TextDocument document, int at) =>
        document.Word(at - 1) is "killed" or "wounded" or "injured" or "hurt" && document.Word(at - 2) is "were" or "was";

    /// <summary>
    /// Whether the plural event words from token <paramref name="first"/> are one of the actor's own measured (<c>Russia
    /// launched one of its largest air attacks of the war</c>, <c>one of their most intense bombardments</c>): the one
    /// told, not a series.
    /// </summary>
    private static bool OneOfItsMost(TextDocument document, int first)
    {
        var ranked = document.Word(first - 2) == "most" ? first - 2 : first - 1;
        return (ranked < first - 1 || IsSuperlative(document.Word(ranked))) && document.Word(ranked - 1) is "its" or "their"
            && document.Word(ranked - 2) == "of" && document.Word(ranked - 3) == "one";
    }

    private static readonly LexemeFact IsTrigger = new(Triggers.ContainsKey);

    // The verbs that tell an event (see EventScanner.Verbs.cs), declared here to be set before TriggerTokens.
    private static readonly FrozenDictionary<string, (IncidentType Type, Means Means, string? Particle)> VerbTriggers = new (string Word, (IncidentType, Means, string?) Event)[]
    {
        ("attacked", (IncidentType.Attack, Means.Unknown, null)),
        ("stormed", (IncidentType.Attack, Means.Unknown, null)),
        ("ambushed", (IncidentType.Attack, Means.Unknown, null)),
        ("shelled", (IncidentType.Shelling, Means.Artillery, null)),
        ("bombed", (IncidentType.Strike, Means.Unknown, null)),
        ("abducted", (IncidentType.Abduction, Means.Unknown, null)),
        ("kidnapped", (IncidentType.Abduction, Means.Unknown, null)),
        ("opened", (IncidentType.Attack, Means.SmallArms, "fire")),
        ("shot", (IncidentType.Attack, Means.SmallArms, "dead")),
        ("gunned", (IncidentType.Attack, Means.SmallArms, "down")),
        ("opening", (IncidentType.Attack, Means.SmallArms, "fire")),
        ("stabbed", (IncidentType.Attack, Means.Bladed, null)),
        ("detonated", (IncidentType.Bombing, Means.Ied, null)),
        ("exploded", (IncidentType.Explosion, Means.Unknown, null)),
        ("blew", (IncidentType.Bombing, Means.Ied, "up")),
        ("protested", (IncidentType.Protest, Means.Unknown, null)),
        ("rallied", (IncidentType.Protest, Means.Unknown, null)),
        ("marched", (IncidentType.Protest, Means.Unknown, null)),
        ("rioted", (IncidentType.Riot, Means.Unknown, null)),
        ("struck", (IncidentType.Strike, Means.Unknown, null)),
        ("pounded", (IncidentType.Strike, Means.Unknown, null)),
        ("hit", (IncidentType.Strike, Means.Unknown, null)),
        ("fell", (IncidentType.Strike, Means.Unknown, null)),
        ("landed", (IncidentType.Strike, Means.Unknown, null)),
        ("stepped", (IncidentType.Bombing, Means.Landmine, "on")),
        ("drove", (IncidentType.Bombing, Means.Landmine, "over")),
        ("ran", (IncidentType.Bombing, Means.Landmine, "over")),
        ("slammed", (IncidentType.Strike, Means.Unknown, "into")),
        ("smashed", (IncidentType.Strike, Means.Unknown, "into")),
        ("crashed", (IncidentType.Strike, Means.Unknown, "into")),
        ("raided", (IncidentType.Attack, Means.Unknown, null)),
        ("clashed", (IncidentType.ArmedClash, Means.Unknown, null)),
        ("fired", (IncidentType.Strike, Means.Unknown, null)),
        ("launched", (IncidentType.Strike, Means.Unknown, null)),
        ("seized", (IncidentType.ArmedClash, Means.Unknown, null)),
        ("captured", (IncidentType.ArmedClash, Means.Unknown, null)),
        ("overran", (IncidentType.ArmedClash, Means.Unknown, null)),
        ("retook", (IncidentType.ArmedClash, Means.Unknown, null)),
        ("recaptured", (IncidentType.ArmedClash, Means.Unknown, null)),
        ("burned", (IncidentType.PropertyDestruction, Means.Arson, null)),
        ("burnt", (IncidentType.PropertyDestruction, Means.Arson, null)),
        ("torched", (IncidentType.PropertyDestruction, Means.Arson, null)),
        ("razed", (IncidentType.PropertyDestruction, Means.Unknown, null)),
        ("set", (IncidentType.PropertyDestruction, Means.Arson, "fire")),
        ("disperse", (IncidentType.Protest, Means.Unknown, null)),
        ("dispersed", (IncidentType.Protest, Means.Unknown, null)),
        ("threw", (IncidentType.Riot, Means.Unknown, null)),
        ("hurled", (IncidentType.Riot, Means.Unknown, null)),
        ("pelted", (IncidentType.Riot, Means.Unknown, null)),
    }.ToFrozenDictionary(e => e.Word, e => e.Event, StringComparer.Ordinal);

    private static readonly LexemeFact IsVerbTrigger = new(VerbTriggers.ContainsKey);

    private static readonly StartSet TriggerTokens = new([IsTrigger, IsVerbTrigger]);

    /// <summary>Whether a word reports a violent event (<c>attack</c>, <c>bombings</c>, <c>clashes</c>), by the scanner's own words.</summary>
    internal static bool IsTriggerWord(string word) => Triggers.ContainsKey(word);

    /// <summary>The event words of a text, in order.</summary>
    /// <param name="document">The text.</param>
    /// <param name="actorsByLast">The actor mentions by their last token, when read: a named armed group or force told as the subject of a verb of attack makes it an event as "gunmen" does.</param>
    internal static List<EventFind> Find(TextDocument document, RefIndex? actorsByLast = null)
    {
        var found = new List<EventFind>();
        var tokens = document.Tokens;

        // Whether a stoppage of work was told: a strike told after it with nothing of an attack about it is that one.
        var workStoppage = false;
        foreach (var p in tokens.Starts(TriggerTokens))
        {
            ref readonly var token = ref tokens[p];
            if (token.Kind == TokenKind.Word && IsVerbTrigger.Of(token.Lexeme) && !document.InQuote[p])
            {
                // "A suicide bomber attacked a checkpoint": the verb of the attacker the event before names is that event.
                if (VerbEventAt(document, p, actorsByLast) is { } told && !(found.Count > 0 && found[^1].Trigger == p - 1 && IsAttackerNoun(document.Word(p - 1))))
                {
                    found.Add(told);
                }

                continue;
            }

            if (token.Kind != TokenKind.Word || !IsTrigger.Of(token.Lexeme) || !Triggers.TryGetValue(token.Word, out var trigger) || (document.InQuote[p] && !InQuotedTerm(document, p)))
            {
                continue;
            }

            if (!IsEventUse(document, p, token.Word))
            {
                workStoppage |= token.Word is "strike" or "strikes" && IsWorkStoppage(document, p);
                continue;
            }

            if (workStoppage && IsWorkStoppageAgain(document, p))
            {
                continue;
            }

            var first = p;
            var means = new List<Means>();
            if (trigger.Means != Means.Unknown)
            {
                means.Add(trigger.Means);
            }

            // "drone and rocket attacks", "air strike", "US-Israeli strikes" (the actors are left to the assembler).
            var k = p - 1;
            var blocked = false;
            var sentenceStart = document.SentenceStart[p];
            while (k >= sentenceStart && k >= p - 4)
            {
                var w = document.Word(k);
                if (w is "car" or "truck" or "vehicle" or "motorcycle" or "motorbike" && (document.Word(k + 1) ?? string.Empty).StartsWith("bomb", StringComparison.Ordinal))
                {
                    if (!means.Contains(Means.VehicleBorneIed))
                    {
                        means.Insert(0, Means.VehicleBorneIed);
                    }

                    first = k;
                }
                else if (w is "guided" or "aerial" or "air-dropped" && (document.Word(k + 1) ?? string.Empty).StartsWith("bomb", StringComparison.Ordinal))
                {
                    // "a guided bomb hit a residential building", "an aerial bomb": dropped from the air, a strike.
                    if (!means.Contains(Means.Airstrike))
                    {
                        means.Insert(0, Means.Airstrike);
                    }

                    first = k;
                }
                else if (w is not null && MeansWords.TryGetValue(w, out var m))
                {
                    if (!means.Contains(m))
                    {
                        means.Insert(0, m);
                    }

                    first = k;
                }
                else if (w is not "and" and not "," and not "bomb" and not "bombs" and not "bomber" and not "car" and not "truck" && tokens[k].Kind != TokenKind.Hyphen)
                {
                    break;
                }

                k--;
            }

            for (var b = Math.Max(sentenceStart, first - 3); b < first; b++)
            {
                // "militants who carry out attacks in Pakistan", "The group often carries out attacks": what someone does,
                // in the present, is no event told (a headline's present tells one: "Gunmen carry out an attack").
                blocked |= document.Word(b) is { } w && (Blockers.Contains(w) || (trigger.Plural && w is "carry" or "carries" or "conducts" or "stages" or "mounts"))
                    // "Eight soldiers were killed in a similar attack in March": one told, with harm, in the past.
                    && !(w is "similar" && b == first - 1 && !trigger.Plural && document.Word(b - 1) == "a" && document.Word(b - 2) is "in" or "during"
                        && KilledOrHurtBefore(document, b - 2));
            }

            // "to attack" is a verb, not an event.
            blocked |= document.Word(first - 1) is "to" or "would" or "will" or "could";
            if (blocked)
            {
                continue;
            }

            // "in one of the deadliest attacks on civilians in months", "among the worst attacks": the events the one told
            // is measured against, not events told.
            if (trigger.Plural && first == p && IsSuperlative(document.Word(p - 1)) && document.Word(p - 2) == "the" && document.Word(p - 3) is "of" or "among")
            {
                continue;
            }

            // "the strike", "that attack"; "The first strike came shortly after 1 a.m.", "the latest attack", "the ensuing
            // firefight": a part, the last or the sequel of what was told.
            // "It was the deadliest attack in Europe since 1988", "the worst such attack": the event just told, measured.
            // "the first major attack on the city in years", "the deadliest single attack": past up to two describing words.
            var described = first - 1;
            while (described > first - 5)
            {
                if (document.Word(described) is "such" or "major" or "deadly" or "fatal" or "large" or "big" or "serious" or "significant"
                    or "single" or "large-scale" or "coordinated" or "direct" or "known" or "reported")
                {
                    described--;
                }
                else if (described >= 2 && tokens[described - 1].Kind == TokenKind.Hyphen && document.Word(described) is "scale" or "profile" or "range" or "border"
                    && document.Word(described - 2) is "large" or "full" or "small" or "high" or "long" or "cross")
                {
                    // "the third large-scale attack", "the latest high-profile attack", "the first cross-border raid".
                    described -= 3;
                }
                else
                {
                    break;
                }
            }

            // "in the most brazen assault on Bamako in years": a superlative told with "most".
            var mostOf = document.Word(described - 1) == "most" && document.Word(described) is not null && !document.IsCapitalised(described);
            var superlative = mostOf ? described - 1 : described;
            var measured = (mostOf || IsSuperlative(document.Word(superlative))) && document.Word(superlative - 1) is "the" or "its" or "their" or "this" or "that" && !TollAfterSince(document, p);

            // "Gunfire and explosions were heard near the school": the event told before, as it was heard (not one someone
            // heard after it: "Hours after the announcement, a journalist heard an explosion near the airport").
            var heard = found.Count > 0 && trigger.Type is IncidentType.Explosion && HeardAfter(document, p);

            // "The government condemned what it called a genocidal attack": the event told before, as its condemner calls
            // it (not "a separate attack on a convoy").
            var condemned = !trigger.Plural && found.Count > 0 && first == p && CondemnedAsBefore(document, first);

            // "Russia launched 267 drones at Ukraine overnight, the largest drone attack of the war": the event measured,
            // its means named too. "attacked a school in Bamako early on Tuesday, the army said, in a rare strike on the
            // city": the event told in its sentence, described.
            var describedAgain = !trigger.Plural && found.Count > 0 && document.Sentence[found[^1].Trigger] == document.Sentence[p]
                && ((measured && document.IsSymbol(superlative - 2, ','))
                    || (document.Word(described) is "rare" or "brazen" or "bold" or "daring" or "audacious" or "unprecedented" or "unusual"
                        && document.Word(described - 1) is "a" or "an" && document.Word(described - 2) == "in" && document.IsSymbol(described - 3, ',')));
            // "The government condemned the "cowardly attack"", "the heinous attack", "this barbaric bombing": the event
            // told before, as it is judged.
            var judged = first - 1;
            var judging = false;
            while (judged > first - 4 && (document.IsQuoteMark(judged) || (document.Word(judged) is { } judgment && JudgingWords.Contains(judgment))))
            {
                judging |= !document.IsQuoteMark(judged);
                judged--;
            }

            var judgedAgain = judging && found.Count > 0 && document.Word(judged) is "the" or "this" or "that";
            var isReference = ((document.Word(first - 1) is "the" or "that" or "this" || judgedAgain
                    || (document.Word(described) is "first" or "second" or "third" or "initial" or "latest" or "ensuing" or "subsequent" or "resulting"
                        && document.Word(described - 1) == "the")
                    || measured)
                && first == p && !trigger.Plural) || describedAgain || heard || condemned;
            isReference |= !trigger.Plural && NamesTheEventTold(document, first);
            var span = new TextSpan(tokens[first].Start, tokens[p].End - tokens[first].Start);
            // "a glide bomb": a bomb dropped from the air is a strike.
            var type = trigger.Type == IncidentType.Bombing && means.Contains(Means.Airstrike) ? IncidentType.Strike : trigger.Type;
            var mention = new EventMention(span, document.Cut(span), type, ValueArray.From(means), trigger.Plural && !OneOfItsMost(document, first), isReference);
            found.Add(new EventFind(mention, first, p));
        }

        return WithAnotherOfTheKind(document, found);
    }

    /// <summary>
    /// The events found, with one more for each <c>another</c> that stands for another event of the kind named before it in
    /// its sentence, the subject of a verb of its own (<c>One strike hit a car near Nabatieh, killing two men, while another
    /// targeted a house in Aitaroun, killing three people</c>): an event of its own, of the kind of the event right before
    /// it (one <c>another</c> makes one event). Each event looks at most 30 tokens on, up to the next event, so this stays
    /// linear.
    /// </summary>
    private static List<EventFind> WithAnotherOfTheKind(TextDocument document, List<EventFind> found)
    {
        List<EventFind>? more = null;
        for (var i = 0; i < found.Count; i++)
        {
            var find = found[i];
            if (find.Mention.IsPlural)
            {
                continue;
            }

            var sentence = document.Sentence[find.Trigger];
            var next = i + 1 < found.Count ? found[i + 1].First : document.Count;
            for (var k = find.Trigger + 1; k < document.Count && k < next && k <= find.Trigger + 30 && document.Sentence[k] == sentence; k++)
            {
                if (document.Word(k) == "another" && document.Word(k + 1) is { } verb && AnotherEventVerbs.Contains(verb)
                    && (document.Word(k - 1) is "while" or "and" or "but" or "whereas" || document.IsSymbol(k - 1, ',') || document.IsSymbol(k - 1, ';')))
                {
                    var span = new TextSpan(document.Tokens[k].Start, document.Tokens[k].Length);
                    (more ??= []).Add(new EventFind(new EventMention(span, document.Cut(span), find.Mention.Type, find.Mention.Means, false, false), k, k));
                    break;
                }
            }
        }

        if (more is null)
        {
            return found;
        }

        found.AddRange(more);
        found.Sort(static (a, b) => a.Trigger.CompareTo(b.Trigger));
        return found;
    }

    /// <summary>Whether a word measures an event against others (<c>deadliest</c>, <c>worst</c>, <c>fiercest</c>).</summary>
    private static bool IsSuperlative(string? word) =>
        word is "deadliest" or "bloodiest" or "worst" or "biggest" or "largest" or "heaviest" or "fiercest" or "costliest";

    /// <summary>
    /// Whether the event phrase starting at token <paramref name="first"/> is said of an event already told, after a
    /// copula or a verb of naming (<c>Hamas said the strike was a massacre</c>, <c>It was a deliberate attack</c>,
    /// <c>It was the first fatal attack</c>, <c>called it a cowardly terrorist attack</c>), or confirmed
    /// (<c>confirmed that an attack took place</c>): a name for it, not another event. Not <c>There was an attack</c>,
    /// which tells one.
    /// </summary>
    internal static bool NamesTheEventTold(TextDocument document, int first)
    {
        var start = document.SentenceStart[first];
        for (var k = first - 1; k >= start && k >= first - 4; k--)
        {
            var w = document.Word(k);
            // "It was the first fatal attack by the Houthis on shipping": the article too.
            if (w is "a" or "an" or "the")
            {
                // "confirmed that an attack took place", "acknowledged an attack": the event told, confirmed.
                var verb = document.Word(k - 1);
                var confirming = verb == "that" ? document.Word(k - 2) : verb;
                return k - 1 >= start
                    && ((verb is "was" or "is" or "been" or "be" && document.Word(k - 2) is not ("there" or "has" or "have" or "had"))
                        || (verb == "it" && document.Word(k - 2) is "called" or "calling" or "call" or "calls" or "branded" or "condemned")
                        || (w is "a" or "an" && confirming is "confirmed" or "acknowledged" or "admitted" or "confirms" or "acknowledges" or "admits"));
            }

            // Only plain words between: "a deliberate attack", "a cowardly terrorist attack".
            if (w is null || document.Tokens[k].Kind != TokenKind.Word || document.IsCapitalised(k) || w is "and" or "or" or "but" or "in" or "of" or "on" or "at" or "for"
                or "with" or "by" or "to" or "from" or "into" or "during" or "after" or "before" or "against" or "near" or "that" or "which" or "who")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence of token <paramref name="p"/> tells a toll after a <c>since</c> within thirty tokens (<c>the
    /// deadliest shooting since July 2012, when 12 people were killed</c>): the event measured against is told, and the
    /// event word with the superlative is its own.
    /// </summary>
    private static bool TollAfterSince(TextDocument document, int p)
    {
        var end = Math.Min(document.SentenceEnd(p), p + 30);
        for (var k = p + 1; k <= end; k++)
        {
            if (document.Word(k) != "since")
            {
                continue;
            }

            for (var m = k + 1; m <= end; m++)
            {
                if (document.Word(m) is "killed" or "died" or "dead" or "wounded" or "injured" or "killing")
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>Whether a hyphen glued to the word at token <paramref name="p"/> makes it a compound's first word (<c>bomb-making</c>, <c>battle-hardened</c>).</summary>
    private static bool HyphenatedAfter(TextDocument document, int p) =>
        p + 1 < document.Tokens.Count && document.Tokens[p + 1].Kind == TokenKind.Hyphen && document.Tokens[p].Glued;

    /// <summary>
    /// Whether the event word at token <paramref name="p"/>, after <c>a</c> or <c>an</c>, is the subject of a modal
    /// within its clause (<c>an attack on the city could bring famine</c>, <c>An attack on Rafah would be a
    /// catastrophe</c>): an event that may come, not one that came; not a modal of what might have been (<c>could have
    /// killed hundreds</c>).
    /// </summary>
    private static bool IsHypothetical(TextDocument document, int p, string? before)
    {
        if (before is not ("a" or "an"))
        {
            return false;
        }

        for (var k = p + 1; k < document.Tokens.Count && k <= p + 8 && document.SentenceStart[k] == document.SentenceStart[p]; k++)
        {
            if (document.Tokens[k].Kind == TokenKind.Symbol)
            {
                return false;
            }

            // "killed 35 people on May 3": the month, capitalised after the sentence's first word, is no modal.
            if (document.Word(k) is "could" or "would" or "may" or "might" && !(document.Word(k) == "may" && document.IsCapitalised(k)))
            {
                return document.Word(k + 1) != "have";
            }
        }

        return false;
    }

    /// <summary>
    /// Whether token <paramref name="p"/> stands in a term put in quotation marks after an article or a determiner, up to
    /// five words (<c>carried out a "high-precision strike" on a restaurant</c>): the reporter's words for what was
    /// done, told as the text's, not words quoted from a speaker.
    /// </summary>
    private static bool InQuotedTerm(TextDocument document, int p)
    {
        var open = p - 1;
        while (open >= 0 && open >= p - 5 && !document.IsQuoteMark(open))
        {
            open--;
        }

        var close = p + 1;
        while (close < document.Count && close <= p + 5 && !document.IsQuoteMark(close))
        {
            close++;
        }

        return open >= 1 && close < document.Count && document.IsQuoteMark(open) && document.IsQuoteMark(close) && close - open <= 6
            && document.Word(open - 1) is "a" or "an" or "the" or "its" or "their" or "his" or "her" or "this" or "another";
    }

    /// <summary>
    /// Whether the event word at token <paramref name="first"/> is what a condemnation calls the event told before: <c>what
    /// it called</c> and up to two describing words after <c>condemned</c> (<c>condemned what it called a "genocidal"
    /// attack</c>), with no word of another event (<c>separate</c>, <c>another</c>, <c>new</c>).
    /// </summary>
    private static bool CondemnedAsBefore(TextDocument document, int first)
    {
        for (var k = first - 1; k >= document.SentenceStart[first] && k >= first - 8; k--)
        {
            if (document.Word(k) is "separate" or "another" or "new" or "second" or "other")
            {
                return false;
            }

            if (document.Word(k) is "called" or "termed" or "described" && document.Word(k - 2) == "what" && document.Word(k - 3) is "condemned" or "denounced" or "decried" or "condemns" or "denounces")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <c>were heard</c> or <c>was heard</c> follows token <paramref name="p"/> (<c>explosions were heard</c>).</summary>
    private static bool HeardAfter(TextDocument document, int p) =>
        document.Word(p + 1) is "were" or "was" or "could" && (document.Word(p + 2) == "heard" || (document.Word(p + 2) == "be" && document.Word(p + 3) == "heard"));

    /// <summary>
    /// Whether the gathering at token <paramref name="p"/> is one called for, up to three words after <c>called for</c>
    /// (<c>called for more protests</c>, <c>calls for nationwide demonstrations</c>): asked for, not held.
    /// </summary>
    private static bool CalledFor(TextDocument document, int p)
    {
        for (var k = p - 1; k >= document.SentenceStart[p] && k >= p - 4 && document.Tokens[k].Kind == TokenKind.Word; k--)
        {
            if (document.Word(k) == "for")
            {
                return document.Word(k - 1) is "called" or "calls" or "call" or "calling";
            }
        }

        return false;
    }

    /// <summary>Whether an event's word names who carried it out (<c>bomber</c>, <c>bombers</c>): the subject of a verb of its act.</summary>
    private static bool IsAttackerNoun(string? word) => word is "bomber" or "bombers";

    /// <summary>
    /// Whether a verb of a blast or its toll follows the word at token <paramref name="p"/> within six words of its
    /// sentence: 1 if so, -1 if the first such verb is passive (<c>two suicide bombers killed in action</c>, <c>the
    /// bomber was killed by guards</c>: the bomber is the one killed), 0 if none.
    /// </summary>
    private static int BlastAfter(TextDocument document, int p)
    {
        for (var k = p + 1; k < document.Tokens.Count && k <= p + 6 && document.SentenceStart[k] == document.SentenceStart[p]; k++)
        {
            // Not the bomber killed ("two suicide bombers killed in action", "the bomber was killed by guards"); a bomb
            // that went off somewhere is one ("A bomb exploded in Mogadishu", "The bomb was detonated remotely").
            if (document.Word(k) is { } word && BlastVerbs.Contains(word))
            {
                var befalls = word is "killed" or "kills" or "killing" or "wounded" or "wounding" or "injured" or "injuring" or "struck" or "strikes" or "hit" or "hits" or "targeted" or "targets";
                return befalls && (document.Word(k - 1) is "was" or "were" or "is" or "are" or "been" or "being" || document.Word(k + 1) is "in" or "by" or "during" or "while" or "before") ? -1 : 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// Whether <c>strike</c> at token <paramref name="p"/> is a stoppage of work, not an attack: <c>a nationwide
    /// strike</c>, <c>a general strike</c>, <c>a hunger strike</c>, <c>a 24-hour strike</c>, <c>teachers' strike</c>,
    /// <c>went on strike</c>, <c>called for a strike</c>.
    /// </summary>
    private static bool IsWorkStoppage(TextDocument document, int p)
    {
        var before = document.Word(p - 1);
        var striking = document.IsSymbol(p - 1, '\'') || document.IsSymbol(p - 1, '\u2019') ? document.Word(p - 2) : before?.TrimEnd('\'', '\u2019');
        return striking is "general" or "nationwide" or "national" or "hunger" or "labour" or "labor" or "workers" or "teachers" or "doctors" or "nurses"
            or "rail" or "transport" or "wildcat" or "indefinite" or "on" or "pay" or "union" or "postal" or "hour" or "day" or "long" or "week" or "student"
            or "students" or "miners" or "dockers" or "truckers" or "drivers"
            || (before == "a" && document.Word(p - 2) == "for" && document.Word(p - 3) is "called" or "calls" or "call" or "calling");
    }

    /// <summary>
    /// Whether <c>strike</c> at token <paramref name="p"/>, in a text that told of a stoppage of work before it, is that
    /// stoppage again (<c>The strike ends at midnight</c>, <c>during strikes</c>): no word of a means or a capitalised
    /// name before it (<c>a drone strike</c>, <c>Israeli strikes</c> are attacks whatever the text told before).
    /// </summary>
    private static bool IsWorkStoppageAgain(TextDocument document, int p)
    {
        if (document.Word(p) is not ("strike" or "strikes"))
        {
            return false;
        }

        var before = document.Word(p - 1);
        var named = before is not null && document.IsCapitalised(p - 1) && document.SentenceStart[p - 1] != p - 1;
        return !named && !(before is not null && (MeansWords.ContainsKey(before)
            || before is "air" or "military" or "missile" or "drone" or "artillery" or "retaliatory" or "deadly" or "fatal" or "precision" or "targeted"));
    }

    // The words that open a relative clause ("where bandits raid villages").
    private static readonly FrozenSet<string> RelativeWords = FrozenSet.ToFrozenSet<string>(["where", "who", "which", "that"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the event word at token <paramref name="p"/> reports an event: not as the first word of a compound naming
    /// a unit or a weapon (<c>the assault team</c>, <c>attack helicopters</c>); and where the word alone may not, a bomb
    /// with a means before it or a blast after it, fighting with the words of armed fighting around it, a battle not of
    /// another kind.
    /// </summary>
    private static bool IsEventUse(TextDocument document, int p, string word)
    {
        var before = document.Word(p - 1);
        var after = document.Word(p + 1);
        if ((after is not null && CompoundHeads.Contains(after)) || IsHypothetical(document, p, before))
        {
            return false;
        }

        // "The abduction happened on Wednesday", "the kidnapping took place near the town": an abduction told again, with
        // "the" and a verb of its happening; the noun names crimes in general too often otherwise ("associated with
        // multiple kidnappings", "the latest mass kidnapping", "kidnapping operations").
        if (word is "abduction" or "abductions" or "kidnapping" or "kidnappings")
        {
            return before is "the" && document.SentenceStart[p] == p - 1
                && (after is "happened" or "occurred" or "unfolded" || (after == "took" && document.Word(p + 2) == "place"));
        }

        // "The group says its attacks are in solidarity with Palestinians": a group's campaign as a whole, in the present; no
        // event told.
        if (word is "attacks" or "strikes" or "raids" or "operations" && before is "its" or "their" && after is "are" or "will" or "would")
        {
            return false;
        }

        // "a region where armed gangs known locally as bandits raid villages and abduct residents": a verb in the present
        // after a plural subject, in a clause that describes a place or people, tells what they do, no event.
        if (word is "raid" or "attack" or "strike" or "bomb" && before is { Length: > 3 } subject && subject.EndsWith('s') && after is not null && !document.IsCapitalised(p + 1)
            && document.AnyWordIn(Math.Max(document.SentenceStart[p], p - 8), p, RelativeWords))
        {
            return false;
        }

        // "says it only attacks terrorists", "the group often raids villages": a verb in the present of what someone does,
        // after its pronoun or an adverb of habit; no event told.
        if (word is "attacks" or "strikes" or "raids" or "bombs" && before is "it" or "he" or "she" or "who" or "which" or "only" or "often" or "regularly" or "routinely"
            or "frequently" or "usually" or "never" or "sometimes" or "mostly" or "deliberately" or "always" or "repeatedly" or "rarely")
        {
            return false;
        }

        // "dozens of families displaced by earlier fighting", "homes damaged by previous strikes": an earlier event named as
        // the cause of a state told, in passing; no event of the story.
        if (before is "earlier" or "previous" or "prior" or "past" && document.Word(p - 2) is "by" or "from")
        {
            return false;
        }

        switch (word)
        {
            // A gathering held, not a verb ("to protest"), a motive ("in protest at"), a note ("lodged a formal protest"),
            // a showing ("a demonstration of force") or a compound's first word ("a protest movement", "riot police").
            case "protest" or "protests" or "demonstration" or "demonstrations" or "riot" or "riots" or "rioting":
                return before is not ("to" or "in" or "formal" or "diplomatic" or "official" or "lodged" or "strong" or "anti")
                    && !(after is not null && ProtestCompounds.Contains(after)) && !HyphenatedAfter(document, p)
                    && !(word.StartsWith("demonstration", StringComparison.Ordinal) && after == "of") && !CalledFor(document, p);
            case "bomb" or "bombs" or "bomber" or "bombers" or "ied" or "ieds":
                // "bomb-making", "bomb disposal", "bomb attacks" (the attack is the event word), "bomb facilitator",
                // "an improvised explosive device (IED) attack".
                var head = after ?? (document.IsSymbol(p + 1, ')') ? document.Word(p + 2) : null);
                if (HyphenatedAfter(document, p) || (head is not null && (Triggers.ContainsKey(head) || BombCompounds.Contains(head))))
                {
                    return false;
                }

                // "Two fighter jets dropped bombs on the village": bombs dropped on a place are the strike.
                var blast = BlastAfter(document, p);
                return blast > 0
                    || (blast == 0 && before is not null && BombMeans.Contains(before) && document.Word(p - 2) is "a" or "an" or "the" or "another" or "two" or "three" or "twin")
                    || (word == "bombs" && before is "dropped" or "dropping" && after is "on" or "onto");
            case "fighting":
                // "were fighting for their lives", "fighting corruption": a verb, unless what follows says fighting broke out.
                return (p == document.SentenceStart[p] || (before is not null && FightingBefore.Contains(before)) || (after is not null && FightingAfter.Contains(after))
                        || (before == "of" && document.Word(p - 2) is { } course && FightingOf.Contains(course)))
                    && before is not ("were" or "was" or "are" or "is" or "been" or "be" or "by" or "for" or "to" or "and" or "against");
            // A stoppage of work, not an attack: "a nationwide strike", "a general strike", "a hunger strike", "a 24-hour
            // strike", "teachers' strike", "went on strike".
            case "strike" or "strikes":
                return !IsWorkStoppage(document, p);
            // "rounded up farmers before shooting them", "shooting dead two guards": the verb of an act told, with its
            // object; not the shooting as an event ("a shooting at a bar", "The shooting began at dusk").
            case "shooting":
                return after is not ("them" or "him" or "her" or "us" or "me" or "dead" or "wildly" or "indiscriminately");
            // Not "battle tanks", "a battle group", "battle-hardened": a compound's first word.
            case "battle" or "battles":
                return !(before is not null && OtherBattles.Contains(before)) && !(after is "against" or "with" && document.Word(p + 2) is "cancer" or "addiction" or "illness" or "disease" or "depression")
                    && after is not ("tank" or "tanks" or "group" or "groups" or "cry" or "dress" or "gear" or "plan" or "plans" or "station" or "stations" or "rifle" or "rifles")
                    && !HyphenatedAfter(document, p);
            default:
                return true;
        }
    }
}
