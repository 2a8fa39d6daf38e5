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
internal sealed record AgentNoun(string[] Words, ActorKind Kind, string Class, bool IsCountrySide = false)
{
    private static readonly AgentNoun[] All =
    [
        .. Make(ActorKind.GovernmentBody, "embassy", "embassy", "embassies"),
        .. Make(ActorKind.GovernmentBody, "consulate", "consulate", "consulates"),
        .. Make(ActorKind.GovernmentBody, "ministry", "ministry", "foreign ministry", "defence ministry", "defense ministry", "interior ministry", "health ministry", "ministry of defence", "ministry of defense", "ministry of interior", "ministry of foreign affairs", "ministry of health"),
        .. Make(ActorKind.Government, "government", "government", "authorities", "administration", "cabinet"),
        .. Make(ActorKind.GovernmentBody, "parliament", "parliament"),
        .. Make(ActorKind.Individual, "president", "president"),
        .. Make(ActorKind.Individual, "prime-minister", "prime minister", "premier"),
        .. Make(ActorKind.Individual, "minister", "foreign minister", "defence minister", "defense minister", "interior minister"),
        .. Make(ActorKind.Individual, "spokesperson", "spokesman", "spokeswoman", "spokesperson"),
        .. Make(ActorKind.Individual, "envoy", "ambassador", "envoy", "charge d'affaires", "chargé d'affaires", "diplomat"),
        .. Make(ActorKind.StateForces, "army", "army"),
        .. Make(ActorKind.StateForces, "military", "military"),
        .. Make(ActorKind.StateForces, "armed-forces", "armed forces"),
        .. Make(ActorKind.StateForces, "security-forces", "security forces"),
        .. Make(ActorKind.StateForces, "forces", "forces", "troops", "soldiers"),
        .. Make(ActorKind.StateForces, "police", "police", "police force"),
        .. Make(ActorKind.StateForces, "air-force", "air force"),
        .. Make(ActorKind.StateForces, "navy", "navy"),
        .. Make(ActorKind.NonStateArmedGroup, "group", "armed group", "armed groups", "group", "groups", "faction", "factions", "militia", "militias"),
        .. Make(ActorKind.NonStateArmedGroup, "fighters", "fighters", "militants", "rebels", "insurgents", "gunmen"),
        .. Make(ActorKind.NonStateArmedGroup, "bandits", "bandits", "jihadists", "extremists", "attackers", "assailants", "kidnappers", "gangs", "gang members", "gangsters", "pirates", "raiders"),
        .. Make(ActorKind.Coalition, "coalition", "coalition", "alliance"),
        .. Make(ActorKind.JointBody, "committee", "committee", "commission"),
        .. Make(ActorKind.GovernmentBody, "council", "council"),
        .. Make(ActorKind.Individual, "journalist", "journalist", "reporter", "correspondent", "photographer"),
        .. Make(ActorKind.Individual, "witness", "witness", "eyewitness"),
        .. Make(ActorKind.Individual, "official", "official", "source"),
        .. Make(ActorKind.Government, "officials", "officials"),
        .. Make(ActorKind.Civilians, "residents", "residents", "witnesses", "eyewitnesses", "villagers", "activists", "survivors", "relatives"),
        .. Make(ActorKind.Other, "medics", "medics", "paramedics", "doctors", "rescuers", "rescue workers"),
        .. Make(ActorKind.Other, "monitor", "war monitor", "monitor", "monitoring group", "rights group", "human rights group", "rights groups", "human rights groups", "watchdog"),
        new AgentNoun(["side"], ActorKind.State, "side", IsCountrySide: true),
        new AgentNoun(["sides"], ActorKind.State, "side", IsCountrySide: true),
    ];

    private static readonly FrozenDictionary<string, AgentNoun[]> ByFirstWord = All.GroupBy(a => a.Words[0], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(a => a.Words.Length).ToArray(), StringComparer.Ordinal);

    private static readonly LexemeFact MayStart = new(ByFirstWord.ContainsKey);

    /// <summary>Gets the nouns whose names, heading a capitalised run, make a named organisation ("Popular Mobilisation Forces").</summary>
    internal static FrozenSet<string> OrganisationHeads { get; } = FrozenSet.ToFrozenSet<string>(
        ["forces", "force", "army", "front", "brigade", "brigades", "movement", "party", "committee", "council", "coalition", "organisation", "organization",
         "union", "alliance", "guard", "guards", "corps", "militia", "battalion", "battalions", "group", "units", "mobilisation", "mobilization", "ministry", "command"],
        StringComparer.Ordinal);

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
                end = i + n;
                return noun;
            }
        }

        return null;
    }

    private static IEnumerable<AgentNoun> Make(ActorKind kind, string @class, params string[] phrases) =>
        phrases.Select(p => new AgentNoun(Tokenizer.Words(p), kind, @class));
}
