using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using Sitrep.Actors;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.Actors;

/// <summary>
/// A generic agent noun ("embassy", "security forces", "journalist"): what kind of actor it names and the class an
/// anaphor must share to refer back to it ("the groups" can mean "these factions", not "the embassy").
/// </summary>
internal sealed record AgentNoun(string[] Words, ActorKind Kind, string Class, bool IsCountrySide = false, bool IsCitedOnly = false)
{
    // What a ministry or a minister is for: "the finance ministry", "the minister of information".
    private static readonly string[] Portfolios =
    [
        "foreign", "foreign affairs", "defence", "defense", "interior", "home", "health", "education", "finance", "economy", "economic affairs",
        "information", "justice", "agriculture", "energy", "oil", "petroleum", "mining", "mines", "transport", "transportation", "labour",
        "labor", "trade", "commerce", "industry", "communications", "culture", "environment", "water", "electricity", "immigration",
        "refugees", "migration", "religious affairs", "social affairs", "public security", "security", "planning", "tourism", "housing",
        "youth", "sports", "women's affairs", "humanitarian affairs", "emergencies", "emergency situations", "intelligence", "war",
        "public works", "local government", "reconstruction",
    ];

    // The words for those who speak for a body (declared before the nouns made with them).
    private static readonly string[] SpeakerWords = ["spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources", "chief", "commander", "officer", "officers",
        "report", "statement", "headquarters"];

    private static readonly AgentNoun[] All =
    [
        .. Make(ActorKind.GovernmentBody, "embassy", "embassy", "embassies"),
        .. Make(ActorKind.GovernmentBody, "consulate", "consulate", "consulates"),
        .. Make(ActorKind.GovernmentBody, "ministry", ["ministry", .. Portfolios.Select(p => p + " ministry"), .. Portfolios.Select(p => "ministry of " + p), "ministry of the interior"]),
        .. Make(ActorKind.Government, "government", ["government", "authorities", "administration", "cabinet", .. SpeakingFor("government")]),
        .. Make(ActorKind.GovernmentBody, "parliament", "parliament"),
        .. Make(ActorKind.Individual, "president", "president"),
        .. Make(ActorKind.Individual, "prime-minister", "prime minister", "premier"),
        .. Make(ActorKind.Individual, "minister", ["minister", .. Portfolios.Select(p => p + " minister"), .. Portfolios.Select(p => "minister of " + p), "minister of the interior"]),
        .. Make(ActorKind.Individual, "spokesperson", "spokesman", "spokeswoman", "spokesperson"),
        .. Make(ActorKind.Individual, "governor", "governor", "provincial governor", "district governor", "deputy governor", "state governor", "regional governor"),
        .. Make(ActorKind.Individual, "mayor", "mayor", "deputy mayor"),
        .. Make(ActorKind.Individual, "chief", "village chief", "district chief", "tribal chief", "tribal elder", "village elder", "community leader"),
        .. Make(ActorKind.Civilians, "elders", "elders", "tribal elders", "village elders", "community leaders"),
        .. Make(ActorKind.Individual, "prosecutor", "prosecutor", "chief prosecutor", "public prosecutor", "state prosecutor", "prosecutor general", "attorney general"),
        .. Make(ActorKind.GovernmentBody, "prosecutors", "prosecutors", "prosecutor's office", "prosecutors' office", "attorney general's office", "prosecutor general's office",
            "public prosecutor's office", "state prosecutor's office"),
        .. Make(ActorKind.Individual, "envoy", "ambassador", "envoy", "charge d'affaires", "chargé d'affaires", "diplomat"),
        .. Make(ActorKind.Individual, "coordinator", "resident coordinator", "humanitarian coordinator", "relief coordinator", "emergency relief coordinator"),
        .. Make(ActorKind.GovernmentBody, "civil-defence", "civil defence", "civil defense", "civil defence agency", "civil defense agency", "civil protection",
            "civil protection agency", "civil defence service", "civil defense service", "civil defence directorate", "civil defense directorate"),
        .. Make(ActorKind.StateForces, "army", ["army", .. SpeakingFor("army")]),
        .. Make(ActorKind.StateForces, "military", ["military", .. SpeakingFor("military"), "junta", "military junta", "ruling junta"]),
        .. Make(ActorKind.StateForces, "armed-forces", "armed forces"),
        .. Make(ActorKind.StateForces, "security-forces", ["security forces", "security sources", "security officials", "security official", "security source"]),
        .. Make(ActorKind.StateForces, "forces", "forces", "troops", "soldiers"),
        .. Make(ActorKind.StateForces, "police", ["police", "police force", .. SpeakingFor("police")]),
        .. Make(ActorKind.StateForces, "air-force", "air force", "military jets", "military aircraft", "military planes", "military helicopters", "army helicopters",
            "military warplanes", "military drones"),
        .. Make(ActorKind.StateForces, "navy", "navy"),
        .. Make(ActorKind.NonStateArmedGroup, "group", "armed group", "armed groups", "group", "groups", "faction", "factions", "militia", "militias", "rebel group",
            "rebel groups", "militant group", "militant groups", "insurgent group", "jihadist group", "extremist group", "terrorist group"),
        .. Make(ActorKind.NonStateArmedGroup, "fighters", "fighters", "militants", "rebels", "insurgents", "gunmen", "militiamen", "armed men", "masked men"),
        .. Make(ActorKind.NonStateArmedGroup, "bandits", "bandits", "jihadists", "extremists", "attackers", "assailants", "kidnappers", "gangs", "gang", "gang members", "gangsters", "pirates", "raiders",
            "gang coalition", "gang alliance", "gang federation"),
        // "Dozens of Israeli settlers attacked a Palestinian village": settlers who attack, an armed group of no name.
        .. Make(ActorKind.NonStateArmedGroup, "settlers", "settlers", "settler groups", "settler group"),
        .. Make(ActorKind.NonStateArmedGroup, "dissidents", "dissidents", "dissident group", "dissident groups", "dissident faction", "dissident factions"),
        .. Make(ActorKind.NonStateArmedGroup, "wing", "armed wing", "military wing", "armed wings", "military wings"),
        .. Make(ActorKind.Coalition, "coalition", "coalition", "alliance"),
        .. Make(ActorKind.JointBody, "committee", "committee", "commission"),
        .. Make(ActorKind.InternationalOrganisation, "mission", "mission", "peacekeeping mission", "peacekeeping force", "peacekeepers"),
        .. Make(ActorKind.GovernmentBody, "council", "council"),
        .. Make(ActorKind.GovernmentBody, "authority", "authority", "civil aviation authority", "aviation authority", "port authority", "airport authority",
            "disaster management authority", "disaster authority", "emergency management authority", "telecommunications authority", "media authority",
            "electoral authority"),
        .. Make(ActorKind.Individual, "journalist", "journalist", "reporter", "correspondent", "photographer"),
        .. Make(ActorKind.Individual, "witness", "witness", "eyewitness"),
        .. Make(ActorKind.Individual, "official", "official", "source"),
        .. Make(ActorKind.Government, "officials", "officials"),
        .. OfficialsOf("health", "health", "health ministry", "health department", "public health"),
        .. OfficialsOf("defence", "defence", "defense", "defence ministry", "defense ministry", "defence department", "defense department"),
        .. OfficialsOf("intelligence", "intelligence"),
        .. OfficialsOf("interior", "interior ministry"),
        .. OfficialsOf("foreign-ministry", "foreign ministry"),
        .. Make(ActorKind.Civilians, "residents", "residents", "witnesses", "eyewitnesses", "villagers", "activists", "survivors", "relatives"),
        .. Make(ActorKind.Other, "medics", "medics", "paramedics", "doctors", "rescuers", "rescue workers", "doctors' group", "doctors group", "medical group",
            "doctors' union", "doctors union", "doctors' network", "doctors network", "doctors' syndicate", "ambulance workers", "ambulance crews",
            "ambulance staff", "emergency workers", "first responders"),
        .. Make(ActorKind.Other, "aid", "aid workers", "relief workers", "humanitarian workers", "aid agencies", "aid groups", "aid officials", "humanitarian agencies",
            "relief agencies", "humanitarian groups", "humanitarian officials", "aid group", "aid agency", "relief group", "relief agency", "humanitarian group",
            "humanitarian agency", "medical charity", "charity"),
        .. Make(ActorKind.Other, "civil-defence", "civil defence", "civil defense", "civil protection", "emergency services", "emergency service", "rescue service", "rescue services"),
        .. Make(ActorKind.Other, "observers", "diplomats", "analysts", "observers"),
        .. Make(ActorKind.Other, "medical", "hospital officials", "hospital sources", "medical sources", "medical officials", "hospital staff", "hospitals",
            "medical workers", "health workers", "medical staff", "medical personnel"),
        .. Make(ActorKind.Government, "lawmakers", "lawmakers", "legislators", "senators"),
        .. Make(ActorKind.Media, "media", "media", "state media", "state television", "state radio", "state broadcaster", "local media", "media reports"),
        .. Cited("resident", "villager", "survivor", "farmer", "teacher", "student", "shopkeeper", "trader", "fisherman", "doctor", "nurse", "surgeon", "medic",
            "paramedic", "health worker", "aid worker", "hospital official", "hospital source", "medical source", "health official", "hospital director",
            "lawmaker", "legislator", "senator", "member of parliament", "village head", "youth leader", "religious leader", "cleric", "imam", "priest", "pastor",
            "civil society leader", "traditional leader", "local chief", "opposition leader", "opposition politician", "party leader", "union leader", "protest leader",
            "militia leader", "local leader", "clan leader", "clan elder", "camp leader",
            "commissioner", "county commissioner", "district commissioner", "administrator", "district administrator", "local administrator"),
        .. Make(ActorKind.Other, "monitor", "war monitor", "monitor", "monitoring group", "rights group", "human rights group", "rights groups", "human rights groups", "watchdog",
            "lawyers' group", "lawyers group", "monitoring groups", "civil society group", "civil society groups", "civil society organisation",
            "civil society organization", "civil society organisations", "civil society organizations"),
        new AgentNoun(["side"], ActorKind.State, "side", IsCountrySide: true),
        new AgentNoun(["sides"], ActorKind.State, "side", IsCountrySide: true),
    ];

    private static readonly FrozenDictionary<string, AgentNoun[]> ByFirstWord = All.GroupBy(a => a.Words[0], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(a => a.Words.Length).ToArray(), StringComparer.Ordinal);

    private static readonly LexemeFact MayStart = new(ByFirstWord.ContainsKey);

    /// <summary>Gets the first words of the nouns people are cited by (<c>resident</c>, <c>farmer</c>, <c>health worker</c>): a person's name may follow them.</summary>
    internal static FrozenSet<string> CitedFirstWords { get; } = All.Where(a => a.IsCitedOnly).Select(a => a.Words[0]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Gets the part of an actor's id this noun gives: its class (<c>army</c>, <c>police</c>), or for a ministry or a
    /// minister what it is for, whichever way it is written (<c>health-ministry</c> for <c>the health ministry</c> and
    /// <c>the ministry of health</c>): a country's ministries are different bodies.
    /// </summary>
    internal string Slug
    {
        get
        {
            if (Class is not ("ministry" or "minister") || Words.Length == 1)
            {
                return Class;
            }

            // "ministry of the interior" is the interior ministry; "defense" the same portfolio as "defence".
            var portfolio = Words[0] is "ministry" or "minister" ? Words.AsSpan(Words[2] == "the" ? 3 : 2) : Words.AsSpan(0, Words.Length - 1);
            return string.Join("-", portfolio.ToArray()).Replace("defense", "defence", StringComparison.Ordinal).Replace("'s", string.Empty, StringComparison.Ordinal) + "-" + Class;
        }
    }

    /// <summary>Gets the nouns whose names, heading a capitalised run, make a named organisation ("Popular Mobilisation Forces").</summary>
    internal static FrozenSet<string> OrganisationHeads { get; } = FrozenSet.ToFrozenSet<string>(
        ["forces", "force", "army", "front", "brigade", "brigades", "movement", "party", "committee", "council", "coalition", "organisation", "organization",
         "union", "alliance", "guard", "guards", "corps", "militia", "battalion", "battalions", "group", "units", "mobilisation", "mobilization", "ministry", "command", "gang",
         "commission", "government"],
        StringComparer.Ordinal);

    /// <summary>
    /// Gets the nouns that end an organisation's name after a capitalised agent noun inside it ("Sudan Doctors
    /// Network", "Sudanese Doctors Syndicate", "Journalists Association"): the organisation heads and the words of
    /// bodies that are no agents themselves.
    /// </summary>
    internal static FrozenSet<string> OrganisationTails { get; } = OrganisationHeads.Concat(
        ["network", "syndicate", "association", "federation", "society", "institute", "foundation", "league", "observatory", "commission", "initiative", "centre", "center"])
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The longest agent noun starting at token <paramref name="i"/>.</summary>
    internal static AgentNoun? Match(TextDocument document, int i, out int end)
    {
        end = i;
        var tokens = document.Tokens;
        if (i >= tokens.Count || tokens[i].Kind != TokenKind.Word || !MayStart.Of(tokens[i].Lexeme) || !ByFirstWord.TryGetValue(tokens[i].Word, out var candidates))
        {
            return null;
        }

        foreach (var noun in candidates)
        {
            var n = noun.Words.Length;
            var ok = i + n <= tokens.Count;
            for (var k = 0; k < n && ok; k++)
            {
                var word = tokens[i + k].Word;
                ok = word == noun.Words[k] || (k == n - 1 && word.StartsWith(noun.Words[k], StringComparison.Ordinal) && word.AsSpan(noun.Words[k].Length) is "'s");
            }

            if (ok)
            {
                // "Finance Minister Mangala Samaraweera", "President Ruto": a title written before a name is part of it.
                if (noun.Class is "minister" or "prime-minister" or "president" && document.IsCapitalised(i + n - 1) && i + n < tokens.Count
                    && tokens[i + n].Kind == TokenKind.Word && document.IsCapitalised(i + n))
                {
                    return null;
                }

                end = i + n;
                return noun;
            }
        }

        return null;
    }

    // The people who speak for a force ("a police spokesman", "army officials"): the force, as a speaker.
    private static string[] SpeakingFor(string body) =>
        [.. SpeakerWords.Select(w => body + " " + w)];

    /// <summary>
    /// Gets whether the noun names someone who speaks for the body of its class (<c>a police spokesman</c>, <c>army
    /// officials</c>): that body is who speaks, with any article.
    /// </summary>
    internal bool SpeaksForBody => Words.Length > 1 && Array.IndexOf(SpeakerWords, Words[^1]) >= 0 && Class is "police" or "army" or "military" or "security-forces" or "government";

    private static IEnumerable<AgentNoun> Make(ActorKind kind, string @class, params string[] phrases) =>
        phrases.Select(p => new AgentNoun(Tokenizer.Words(p), kind, @class));

    // The officials of a government's branch ("health officials", "defense officials", "the health authorities"), each
    // branch a body of its own: "Kenyan health officials said" is no more the government than the health ministry is.
    private static IEnumerable<AgentNoun> OfficialsOf(string branch, params string[] sectors) =>
        sectors.SelectMany(s => new[] { s + " officials", s + " authorities" }).Select(p => new AgentNoun(Tokenizer.Words(p), ActorKind.Government, branch + "-officials"));

    // One person cited by what they are ("a resident said", "according to a hospital official"), each a class of their
    // own: an actor only as a speaker ("a teacher was killed" names no actor; "a student protest" no person).
    private static IEnumerable<AgentNoun> Cited(params string[] phrases) =>
        phrases.Select(p => new AgentNoun(Tokenizer.Words(p), ActorKind.Individual, p.Replace(' ', '-'), IsCitedOnly: true));
}
