using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using Sitrep.Actors;
using Sitrep.Incidents;
using Sitrep.Sources;
using Sitrep.Text.Actors;
using Sitrep.Text.Numbers;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.Events;

/// <content>
/// Events told by a verb: "Gunmen attacked a bus", "Militants stormed a hotel", "Troops shelled the town", "gunmen
/// opened fire on worshippers", "A policeman shot dead three soldiers", "were abducted", "Russian missiles hit
/// Kharkiv", "Fighters raided a village". A verb of attack is a
/// figure of speech as often as an act ("The opposition attacked the plan"), so it tells an event only with armed
/// men as its subject or a toll in its sentence; not as the verb of an aim or a plan ("to attack", "would attack"),
/// of a relative clause about someone ("a commander who attacked convoys"), or in the past perfect (background).
/// </content>
internal static partial class EventScanner
{
    // Armed men, the subject that makes a verb of attack an act ("Gunmen attacked", "Russian warplanes bombed").
    private static readonly FrozenSet<string> ArmedSubjects = FrozenSet.ToFrozenSet<string>(
        ["gunmen", "gunman", "militants", "militant", "insurgents", "insurgent", "rebels", "rebel", "fighters", "jihadists", "islamists", "troops",
         "soldiers", "soldier", "forces", "police", "policemen", "policeman", "attackers", "attacker", "assailants", "assailant", "bombers", "warplanes",
         "jets", "aircraft", "drones", "planes", "helicopters", "army", "militia", "militias", "militiamen", "terrorists", "paramilitaries", "bandits",
         "pirates", "extremists", "guerrillas", "men", "raiders", "mob", "gangs", "gang", "gangsters", "kidnappers", "officers", "artillery"],
        StringComparer.Ordinal);

    // The weapons that strike ("Russian missiles and drones struck energy facilities"): the only subjects of "struck"
    // and "pounded" that tell a strike (an earthquake or a storm strikes too, with a toll).
    private static readonly FrozenSet<string> WeaponSubjects = FrozenSet.ToFrozenSet<string>(
        ["missiles", "missile", "drones", "drone", "rockets", "rocket", "shells", "shell", "mortars", "mortar", "airstrikes", "strikes", "warplanes", "jets",
         "aircraft", "planes", "helicopters", "artillery", "bombs", "bomb", "shelling", "cruise", "ballistic", "hypersonic", "glide"],
        StringComparer.Ordinal);

    // Words of a toll: a verb of attack in a sentence with one of them tells an act.
    private static readonly FrozenSet<string> TollWords = FrozenSet.ToFrozenSet<string>(
        ["killed", "killing", "kills", "dead", "died", "wounded", "wounding", "injured", "injuring", "casualties", "deaths", "bodies", "toll"],
        StringComparer.Ordinal);

    // The aircraft whose bombing is an air strike ("warplanes bombed the village").
    private static readonly FrozenSet<string> AirSubjects = FrozenSet.ToFrozenSet<string>(
        ["warplanes", "jets", "aircraft", "planes", "helicopters", "bombers"],
        StringComparer.Ordinal);

    // How far a verb of attack looks for its armed subject (words before it) and for a toll (words of its sentence either side).
    private const int SubjectReach = 4;
    private const int TollReach = 40;

    /// <summary>
    /// Whether a word names armed men who attack (<c>gunmen</c>, <c>militants</c>, <c>bandits</c>), not the security
    /// forces, whose killing may be an arrest gone wrong or a battle as often.
    /// </summary>
    internal static bool IsAttackerWord(string word) => ArmedSubjects.Contains(word) && !SecuritySubjects.Contains(word) && word is not ("men" or "officers" or "policemen" or "policeman" or "soldier" or "artillery");

    /// <summary>Whether a word names aircraft that strike from the air (<c>warplanes</c>, <c>jets</c>, <c>helicopters</c>).</summary>
    internal static bool IsAirSubject(string word) => AirSubjects.Contains(word);

    /// <summary>Whether a word is one of the verbs that may tell an event (<c>attacked</c>, <c>shelled</c>).</summary>
    internal static bool IsVerbTriggerWord(string word) => VerbTriggers.ContainsKey(word);

    /// <summary>
    /// Whether the words between an armed subject at token <paramref name="k"/> and its verb at <paramref name="p"/> join
    /// more of the same to it: <c>and</c>, then up to four determiners, capitalised words, hyphens or armed nouns
    /// ending in one (<c>Syrian government forces and their Russian allies bombed</c>, <c>troops and allied militias
    /// attacked</c>).
    /// </summary>
    private static bool AlliesBetween(TextDocument document, int k, int p)
    {
        if (document.Word(k + 1) != "and" || p - k > 7)
        {
            return false;
        }

        for (var m = k + 2; m < p; m++)
        {
            var w = document.Word(m);
            var fits = document.Tokens[m].Kind == TokenKind.Hyphen || document.IsCapitalised(m)
                || w is "their" or "its" or "the" or "allied" or "allies" or "partners" or "proxies" || (w is not null && ArmedSubjects.Contains(w));
            if (!fits)
            {
                return false;
            }
        }

        return document.Word(p - 1) is { } last && (last is "allies" or "partners" or "proxies" || ArmedSubjects.Contains(last));
    }

    /// <summary>The event told by the verb at token <paramref name="p"/>, if it tells one.</summary>
    private static EventFind? VerbEventAt(TextDocument document, int p, RefIndex? actorsByLast)
    {
        if (!VerbTriggers.TryGetValue(document.Word(p)!, out var verb) || (verb.Particle is { } particle && document.Word(p + 1) != particle))
        {
            return null;
        }

        // "Police fired tear gas to disperse thousands of garment workers", "the protesters were dispersed": a crowd broken
        // up, a protest met by force (not "to disperse" anything else). "Protesters threw stones at police", "pelted the
        // police with rocks": a crowd that fought, a riot.
        if (verb.Type == IncidentType.Protest && document.Word(p) is "disperse" or "dispersed")
        {
            return CrowdAfter(document, p) || (document.Word(p - 1) is "were" or "was" or "been" && CrowdBefore(document, p)) ? Told(document, p, p, p, verb.Type, default) : null;
        }

        // "Police fired tear gas and rubber bullets at thousands of students protesting", "fired water cannon at the crowd": a
        // crowd met by force, a protest.
        if (document.Word(p) == "fired" && RiotControlAt(document, p) is var at and > 0 && CrowdAfter(document, at))
        {
            return Told(document, p, p, p, IncidentType.Protest, default);
        }

        if (verb.Type == IncidentType.Riot && document.Word(p) is "threw" or "hurled" or "pelted")
        {
            return CrowdBefore(document, p) && MissileThrownAfter(document, p) ? Told(document, p, p, p, verb.Type, default) : null;
        }

        // "shot dead" after "was" is the victim's ("a soldier was shot dead"): still the act; "to attack", "who attacked", "had attacked": not.
        var before = document.Word(p - 1);
        if (before is "to" or "would" or "will" or "could" or "might" or "who" or "which" or "that" or "not" or "never" or "allegedly"
            || (before == "may" && !document.IsCapitalised(p - 1))
            || (before == "had" && !ReportedBefore(document, p - 1)))
        {
            return null;
        }

        // "The army said its aircraft had struck rebel positions": the past perfect of reported words is their past, not
        // a background.
        if (before == "had")
        {
            before = document.Word(p - 2);
        }

        var passive = before is "was" or "were" or "been" or "being" or "is" or "are";
        var sentenceStart = document.SentenceStart[p];
        // "Two soldiers were killed when they stepped on a landmine", "their truck drove over a mine": a bombing by what was
        // set off.
        if (document.Word(p) is "stepped" or "drove" or "ran")
        {
            return passive ? null : ExplosiveStruckAt(document, p, particles: 1);
        }

        // "Russian missiles hit Kharkiv", "Shells fell on a camp", "Rockets landed near the embassy", "A missile slammed into
        // an apartment building": only with a weapon for subject.
        if (document.Word(p) is "struck" or "pounded" or "hit" or "fell" or "landed" or "slammed" or "smashed" or "crashed")
        {
            // "their vehicle struck an improvised explosive device", "a bus hit a landmine": a bombing by what was struck.
            if (!passive && document.Word(p) is "struck" or "hit" && ExplosiveStruckAt(document, p) is { } struck)
            {
                return struck;
            }

            return passive ? null : WeaponStrikeAt(document, p, verb.Type) ?? ForcesStruckTargetsAt(document, p, verb.Type);
        }

        // "Iran fired more than a dozen missiles at two bases", "Russia launched 40 drones at Kyiv", "Militants fired
        // mortar shells at the base": weapons fired at a target (not "fired a rocket launcher", "launched an inquiry").
        if (document.Word(p) is "fired" or "launched")
        {
            return passive ? null : FiredAt(document, p);
        }

        if (document.Word(p) == "detonated")
        {
            return passive ? null : DetonationAt(document, p);
        }

        if (document.Word(p) == "exploded")
        {
            return DeviceExplodedAt(document, p);
        }

        // "M23 rebels seized the town of Rubaya", "Insurgents overran an army base", "Troops retook the city": ground taken
        // in fighting, a battle (not "captured two insurgents", "seized weapons").
        if (document.Word(p) is "seized" or "captured" or "overran" or "retook" or "recaptured")
        {
            return passive ? null : TerritoryTakenAt(document, p);
        }

        // "Armed men burned at least 200 houses", "Gunmen set fire to homes", "Militants torched a school": property
        // destroyed (not "burned the bodies", "set fire to themselves").
        if (verb.Type == IncidentType.PropertyDestruction && (passive || !PropertyAfter(document, verb.Particle is null ? p : p + 1)))
        {
            return null;
        }

        // "Protesters set fire to the headquarters of the state broadcaster": by a crowd too.
        if (verb.Type == IncidentType.PropertyDestruction && CrowdBefore(document, p))
        {
            return Told(document, p, verb.Particle is null ? p : p + 1, p, verb.Type, verb.Means == Means.Unknown ? default : ValueArray.From([verb.Means]));
        }

        // "Thousands of people protested in Tbilisi", "Supporters rallied outside the court": a crowd gathered (not
        // "The ministry protested the decision", "troops marched into the town").
        if (verb.Type is IncidentType.Protest or IncidentType.Riot)
        {
            return !passive && CrowdBefore(document, p) ? Told(document, p, p, p, verb.Type, default) : null;
        }

        var armed = false;
        var air = false;
        var security = false;
        var first = p;
        // "... forces and their Russian allies bombed": allies before the verb carry the reach to their armed subject.
        var reach = document.Word(p - 1) is "allies" or "partners" or "proxies" ? 7 : SubjectReach;
        // "Gunmen, armed with assault rifles, stormed the town": the subject before what it bore, as if right before the verb.
        var borne = SubjectModifier.SubjectBefore(document, p - 1);
        var shift = p - 1 - borne;
        for (var k = p - 1 - shift; !passive && k >= sentenceStart && k >= p - shift - reach; k--)
        {
            // "Armed youths attacked", "armed herders stormed": people told as armed are armed men.
            if (document.Word(k) is { } w && (ArmedSubjects.Contains(w)
                    || (document.Word(k - 1) == "armed" && w is "youths" or "youth" or "herders" or "herdsmen" or "individuals" or "persons" or "settlers" or "tribesmen" or "civilians" or "villagers"))
                && (reach == SubjectReach || k >= p - SubjectReach || AlliesBetween(document, k, p)))
            {
                armed = true;
                air = AirSubjects.Contains(w);
                security = SecuritySubjects.Contains(w);

                // "Russian warplanes bombed", "Gunmen have stormed", "militants then attacked": the subject right
                // before the verb, or before its auxiliary of the perfect or an adverb, is told with it.
                first = k == p - 1 || (k == p - 2 && document.Word(p - 1) is "have" or "has" or "also" or "then" or "reportedly" or "allegedly") || AlliesBetween(document, k, p) ? k : p;
                break;
            }
        }

        // "Al-Shabaab attacked a military base", "the Houthis attacked a commercial ship", "Boko Haram stormed a village": a
        // named armed group or force (by its name: "Armed groups have attacked civilians every week" is a habit, not
        // an act), the subject right before the verb (or its auxiliary or adverb). A state too, for
        // the verbs no one uses of words ("Russia shelled the town"; not "attacked": "China attacked the decision").
        if (!armed && !passive && actorsByLast is not null)
        {
            var subjectLast = document.Word(p - 1) is "have" or "has" or "also" or "then" or "reportedly" or "allegedly" ? p - 2 : p - 1;
            // "Members of the Gran Grif gang, armed with assault rifles, stormed the town": past what the subject bore.
            var bearing = SubjectModifier.SubjectBefore(document, subjectLast);
            var modified = bearing != subjectLast;
            subjectLast = bearing;
            if (actorsByLast.TryGetValue(subjectLast, out var subject) && (subject.Use & ActorUse.Place) == 0 && document.Sentence[subject.First] == document.Sentence[p]
                && subject.Mention.Form is ActorMentionForm.Name or ActorMentionForm.Alias
                && (subject.Mention.Kind is ActorKind.NonStateArmedGroup or ActorKind.StateForces || (subject.Mention.Kind == ActorKind.State && document.Word(p) != "attacked")))
            {
                // (The event's words start after the name: the assembler reads the doer back from there.)
                armed = true;
                first = modified ? p : subjectLast + 1;
            }
        }

        // "Yemen's Houthis said on Monday they had attacked a cargo ship": an armed group or a force telling its own act, as
        // "it" or "they" after the cue whose subject it is.
        if (!armed && !passive && actorsByLast is not null && SpeakerOfOwnAct(document, p, actorsByLast) is { } teller
            && teller.Mention.Kind is ActorKind.NonStateArmedGroup or ActorKind.StateForces)
        {
            armed = true;
        }

        // "as demonstrators stormed parliament", "Protesters stormed the state broadcaster": a crowd, not armed men, that
        // broke in, a riot.
        if (!armed && document.Word(p) == "stormed" && !passive && CrowdBefore(document, p))
        {
            return Told(document, p, p, p, IncidentType.Riot, default);
        }

        // "Students clashed with police in Dhaka", "students protesting against job quotas clashed with police": a crowd
        // that fought the police or others, a riot.
        if (!armed && document.Word(p) == "clashed" && !passive && CrowdBefore(document, p))
        {
            return Told(document, p, p, p, IncidentType.Riot, default);
        }

        // "Boko Haram fighters raided a village": a raid by armed men; one by the police or the army is a search or an
        // arrest as often, an act of harm only with a toll.
        if (document.Word(p) == "raided" && security)
        {
            armed = false;
        }

        // "Twenty students were abducted": the abduction is the harm, told with or without a toll.
        if (!armed && !(passive && verb.Type == IncidentType.Abduction) && !TollNear(document, p))
        {
            return null;
        }

        var last = verb.Particle is null ? p : p + 1;
        var type = verb.Type;
        var means = verb.Means;
        if (document.Word(p) == "bombed" && !air)
        {
            // "bombed a bus station": the bombing of a bomb, not of aircraft.
            type = IncidentType.Bombing;
        }
        else if (air && document.Word(p) == "bombed")
        {
            means = Means.Airstrike;
        }
        else if (document.Word(p) == "clashed" && document.Word(p + 1) == "with"
            && (document.Word(p + 2) is "protesters" or "demonstrators" or "rioters" or "students" or "supporters" or "crowds" or "youths" or "residents"
                || document.Word(p + 3) is "protesters" or "demonstrators" or "rioters" or "students" or "supporters" or "crowds" or "youths" or "residents"))
        {
            // "Police clashed with protesters": a riot, not an armed clash.
            type = IncidentType.Riot;
        }

        return Told(document, first, last, p, type, means == Means.Unknown ? default : ValueArray.From([means]));
    }

    /// <summary>
    /// Whether property is the object of the verb ending at token <paramref name="last"/>: within six words (past
    /// <c>to</c>, <c>down</c>, an article, a figure and describing words), a noun of buildings, settlements, vehicles or
    /// crops (<c>burned at least 200 houses</c>, <c>set fire to homes</c>, <c>torched a school</c>).
    /// </summary>
    private static bool PropertyAfter(TextDocument document, int last)
    {
        var sentence = document.Sentence[last];
        for (var k = last + 1; k < document.Count && k <= last + 6 && document.Sentence[k] == sentence; k++)
        {
            if (document.Word(k) is not { } word)
            {
                if (document.Tokens[k].Kind == TokenKind.Number)
                {
                    continue;
                }

                return false;
            }

            if (PropertyNouns.Contains(word))
            {
                return true;
            }

            // "at least 200 houses"
            if (word == "at" && document.Word(k + 1) == "least")
            {
                k++;
                continue;
            }

            if (word is "and" or "or" or "but" or "in" or "on" or "at" or "near" or "after" or "before" or "while" or "when" or "killing" or "him" or "her" or "them" or "themselves"
                or "himself" or "herself" or "bodies" or "body" or "alive")
            {
                return false;
            }
        }

        return false;
    }

    // Whom or what gunfire is aimed at when no weapon is named ("fired on protesters", "fired at a bus").
    private static readonly FrozenSet<string> FiredAtWhom = FrozenSet.ToFrozenSet<string>(
        ["protesters", "demonstrators", "crowd", "crowds", "civilians", "people", "villagers", "residents", "worshippers", "worshipers", "mourners", "students",
            "passengers", "police", "policemen", "soldiers", "troops", "convoy", "patrol", "vehicle", "vehicles", "car", "cars", "bus", "checkpoint", "motorists",
            "shoppers", "farmers", "fishermen", "journalists"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> PropertyNouns = FrozenSet.ToFrozenSet<string>(
        ["house", "houses", "home", "homes", "hut", "huts", "dwellings", "shelters", "tents", "village", "villages", "shop", "shops", "store", "stores", "market", "markets",
            "stalls", "school", "schools", "church", "churches", "mosque", "mosques", "temple", "temples", "vehicle", "vehicles", "car", "cars", "truck", "trucks", "bus",
            "buses", "building", "buildings", "property", "properties", "crops", "granaries", "granary", "farms", "fields", "office", "offices", "station", "stations",
            "clinic", "hospital", "warehouse", "warehouses", "businesses", "parliament", "courthouse", "headquarters"],
        StringComparer.Ordinal);

    /// <summary>
    /// "Russian missiles and drones struck energy facilities", "Artillery pounded the town": a strike told by its
    /// weapons, with their means; null when the subject is no weapon.
    /// </summary>
    private static EventFind? WeaponStrikeAt(TextDocument document, int p, IncidentType type)
    {
        var means = new List<Means>();
        var weapon = false;
        var told = false;
        var first = p;
        for (var k = p - 1; k >= document.SentenceStart[p] && k >= p - SubjectReach - 2; k--)
        {
            var w = document.Word(k);
            if (w is not null && WeaponSubjects.Contains(w))
            {
                weapon = true;
                told |= Triggers.ContainsKey(w);
                first = k;
                var m = MeansOfWeapon(w);
                if (m != Means.Unknown && !means.Contains(m))
                {
                    means.Insert(0, m);
                }
            }
            else if (w is not ("and" or "russian" or "israeli" or "ukrainian" or "american" or "u.s." or "enemy" or "ballistic" or "cruise" or "guided" or "of" or "heavy" or "its" or "their" or "had")
                && !(w is not null && document.IsCapitalised(k)))
            {
                break;
            }
        }

        // "Israeli airstrikes pounded Gaza City": the event word before the verb tells the event already.
        if (!weapon || told)
        {
            return null;
        }

        return Told(document, first, p, p, type, means.Count == 0 ? default : ValueArray.From(means));
    }

    /// <summary>
    /// A strike told by forces that <c>struck</c>, <c>hit</c> or <c>pounded</c> military targets (<c>U.S. and British
    /// forces struck dozens of Houthi targets</c>, <c>the military hit 18 sites</c>): the forces right before the verb,
    /// past names and <c>and</c>, and a word for targets within six words after it; null otherwise (<c>forces hit back</c>).
    /// </summary>
    private static EventFind? ForcesStruckTargetsAt(TextDocument document, int p, IncidentType type)
    {
        var first = -1;
        for (var k = p - 1; k >= document.SentenceStart[p] && k >= p - SubjectReach - 2; k--)
        {
            if (document.Word(k) is "forces" or "military" or "militaries" or "navy" or "coalition" or "troops" or "army")
            {
                first = k;
                break;
            }

            if (document.Word(k) is not { } w || !(w is "and" or "the" || document.IsCapitalised(k)))
            {
                return null;
            }
        }

        if (first < 0)
        {
            return null;
        }

        for (var m = p + 1; m < document.Count && m <= p + 6 && document.Sentence[m] == document.Sentence[p]; m++)
        {
            if (document.Word(m) is "targets" or "positions" or "sites" or "bases" or "facilities" or "launchers" or "depots" or "installations" or "strongholds" or "hideouts")
            {
                return Told(document, first, p, p, type, default);
            }

            if (document.Word(m) is null && !document.IsSymbol(m, '-'))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The means a weapon's word names (<c>missiles</c>, <c>mortar</c>, <c>warplanes</c>), or unknown.</summary>
    private static Means MeansOfWeapon(string? word) => word switch
    {
        "missiles" or "missile" or "cruise" or "ballistic" or "hypersonic" => Means.Missile,
        "glide" => Means.Airstrike,
        "drones" or "drone" => Means.Drone,
        "rockets" or "rocket" => Means.Rocket,
        "mortars" or "mortar" => Means.Mortar,
        "shells" or "shell" or "artillery" or "shelling" => Means.Artillery,
        "warplanes" or "jets" or "aircraft" or "planes" or "helicopters" or "airstrikes" => Means.Airstrike,
        _ => Means.Unknown,
    };

    /// <summary>
    /// The strike or shelling told by <c>fired</c> or <c>launched</c> at token <paramref name="p"/>: a weapon within six
    /// words after it, past a count and describing words (<c>more than a dozen missiles</c>, <c>40 drones</c>,
    /// <c>ballistic missiles</c>), then <c>at</c>, <c>on</c>, <c>into</c> or <c>towards</c> its target (not the sea), or
    /// drones (the weapon, not a word before another noun: not <c>a drone programme</c>), or missiles or rockets
    /// <c>overnight</c>, with no target said; null otherwise.
    /// </summary>
    private static EventFind? FiredAt(TextDocument document, int p)
    {
        // "Soldiers fired on protesters", "Gunmen fired at a bus", "Police fired into the crowd": gunfire at people or
        // what carries them, no weapon named.
        if (document.Word(p + 1) is "on" or "at" or "into" or "upon")
        {
            var at = p + 2;
            for (var skipped = 0; skipped < 3 && document.Word(at) is "the" or "a" or "an" or "unarmed" or "peaceful" or "fleeing" or "group" or "of"; skipped++)
            {
                at++;
            }

            if (document.Word(at) is { } whom && FiredAtWhom.Contains(whom))
            {
                return Told(document, p, p + 1, p, IncidentType.Attack, ValueArray.From([Means.SmallArms]));
            }
        }

        var end = Math.Min(document.SentenceEnd(p), p + 7);
        for (var k = p + 1; k <= end; k++)
        {
            // What is fired at a target: not aircraft, nor a word of the act ("shell" alone, "shelling").
            // "fired tear gas and live bullets at protesters", "fired live rounds at demonstrators", "fired tear gas and live
            // ammunition at opposition supporters", "fired shots into the crowd": gunfire (not rubber or plastic bullets).
            var means = document.Word(k) is "shell" or "shelling" ? Means.Unknown
                : (document.Word(k) is "bullets" or "shots" or "gunshots" or "volleys" || (document.Word(k) is "rounds" or "ammunition" && document.Word(k - 1) == "live"))
                    && document.Word(k - 1) is not ("rubber" or "plastic" or "warning") ? Means.SmallArms
                : MeansOfWeapon(document.Word(k));
            if (means is Means.Unknown or Means.Airstrike)
            {
                continue;
            }

            // "mortar shells", "rocket launchers": the last word of the weapon's name.
            var last = k;
            while (last < end && document.Word(last + 1) is "shells" or "rounds" or "bombs")
            {
                last++;
            }

            // "a barrage of missiles and drones at Ukraine", "54 drones and three missiles": a second weapon named with the
            // first, with its own count.
            var second = Means.Unknown;
            var secondAt = last + 2 + (document.Tokens.Count > last + 2 && document.Tokens[last + 2].Kind == TokenKind.Number ? 1 : 0)
                + (document.Word(last + 2) is { } counted && NumberWords.Units.ContainsKey(counted) ? 1 : 0);
            if (document.Word(last + 1) == "and" && MeansOfWeapon(document.Word(secondAt)) is not (Means.Unknown or Means.Airstrike) and var also)
            {
                (last, second) = (secondAt, also);
            }

            // "North Korea fired a ballistic missile into the sea": a test, no strike. Without a target, drones launched or
            // weapons fired overnight ("Russia launched 54 drones and three missiles overnight") are still a strike.
            var target = document.Word(last + 1);
            if ((target is "into" && document.Word(last + 2 + (document.Word(last + 2) == "the" ? 1 : 0)) is "sea" or "ocean" or "water" or "waters")
                || (target is not ("at" or "on" or "into" or "towards" or "toward" or "against")
                    && !((means == Means.Drone || second == Means.Drone) && target is null or "overnight" or "across" or "over" or "from" or "in" or "early" or "late" or "during")
                    && !(target == "overnight" && means is Means.Missile or Means.Rocket)))
            {
                return null;
            }

            var type = means is Means.Artillery or Means.Mortar ? IncidentType.Shelling : means == Means.SmallArms ? IncidentType.Attack : IncidentType.Strike;
            return Told(document, p, last, p, type, second is Means.Unknown || second == means ? ValueArray.From([means]) : ValueArray.From([means, second]));
        }

        return null;
    }

    /// <summary>
    /// A bombing told by what a vehicle or person <c>struck</c> or <c>hit</c> at token <paramref name="p"/> (or <c>stepped
    /// on</c>, <c>drove over</c>, with <paramref name="particles"/> words after the verb): an article, up to two describing
    /// words (<c>roadside</c>, <c>improvised explosive</c>) and a bomb, an IED, a device or a mine (<c>struck an improvised
    /// explosive device</c>, <c>hit a landmine</c>, <c>stepped on a landmine</c>); null otherwise.
    /// </summary>
    private static EventFind? ExplosiveStruckAt(TextDocument document, int p, int particles = 0)
    {
        var article = p + 1 + particles;
        if (document.Word(article) is not ("a" or "an"))
        {
            return null;
        }

        for (var k = article + 1; k <= article + 3 && k < document.Count; k++)
        {
            var means = document.Word(k) switch
            {
                "bomb" or "ied" => Means.Ied,
                "device" when document.Word(k - 1) == "explosive" => Means.Ied,
                "landmine" or "mine" => Means.Landmine,
                _ => Means.Unknown,
            };
            if (means != Means.Unknown)
            {
                // "struck a roadside bomb": the bomb, an event word in that company, tells the event already.
                return Triggers.ContainsKey(document.Word(k)!) && IsEventUse(document, k, document.Word(k)!) ? null : Told(document, p, k, p, IncidentType.Bombing, ValueArray.From([means]));
            }

            if (document.Word(k) is not ("roadside" or "improvised" or "explosive" or "buried" or "planted" or "land" or "anti-tank" or "homemade"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Hundreds of pagers used by members of Hezbollah exploded ..., killing at least 12", "A landmine exploded under a
    /// truck", "a car parked outside the ministry exploded, killing four": what went off told as the subject of
    /// <c>exploded</c> at token <paramref name="p"/>, up to eight words before it in its clause. A munition tells a blast
    /// by itself; a device or a vehicle only with a toll in the sentence (a car may burst into flames). Null when the
    /// subject is an event word (<c>a bomb exploded</c>: the bomb tells it) or anything else (<c>a gas cylinder</c>, <c>the
    /// crowd</c>).
    /// </summary>
    private static EventFind? DeviceExplodedAt(TextDocument document, int p)
    {
        var sentenceStart = document.SentenceStart[p];
        for (var k = p - 1; k >= sentenceStart && k >= p - 8; k--)
        {
            if (document.Word(k) is not { } word)
            {
                if (document.Tokens[k].Kind == TokenKind.Number)
                {
                    continue;
                }

                return null;
            }

            if (Triggers.ContainsKey(word) || word is "when" or "after" or "as" or "and" or "but" or "which" or "that" or "who" or "said" or "says")
            {
                return null;
            }

            var (type, means, munition) = word switch
            {
                "grenade" or "grenades" => (IncidentType.Explosion, Means.Grenade, true),
                "landmine" or "landmines" or "mine" or "mines" => (IncidentType.Bombing, Means.Landmine, true),
                "shell" or "shells" or "mortar" or "mortars" => (IncidentType.Shelling, word.StartsWith("mortar", StringComparison.Ordinal) ? Means.Mortar : Means.Artillery, true),
                "rocket" or "rockets" => (IncidentType.Strike, Means.Rocket, true),
                "missile" or "missiles" => (IncidentType.Strike, Means.Missile, true),
                "drone" or "drones" => (IncidentType.Strike, Means.Drone, true),
                "ordnance" or "munition" or "munitions" or "explosives" => (IncidentType.Explosion, Means.Unknown, true),
                "pager" or "pagers" or "device" or "devices" or "walkie-talkies" or "radios" or "handsets" or "package" or "parcel" => (IncidentType.Explosion, Means.Ied, false),
                "car" or "cars" or "vehicle" or "truck" or "motorcycle" or "motorbike" or "van" or "tanker" => (IncidentType.Bombing, Means.VehicleBorneIed, false),
                _ => (IncidentType.Unknown, Means.Unknown, false),
            };
            if (type != IncidentType.Unknown)
            {
                return munition || TollNear(document, p) ? Told(document, k, p, p, type, means == Means.Unknown ? default : ValueArray.From([means])) : null;
            }
        }

        return null;
    }

    // What is taken when ground is taken in fighting.
    private static readonly FrozenSet<string> Territory = FrozenSet.ToFrozenSet<string>(
        ["town", "towns", "city", "village", "villages", "base", "bases", "airport", "airbase", "district", "province", "region", "area", "outpost", "garrison",
         "headquarters", "crossing", "port", "hill", "hilltop", "positions", "position", "stronghold", "strongholds", "territory", "capital", "barracks", "airfield",
         "post", "posts", "checkpoint", "checkpoints"],
        StringComparer.Ordinal);

    /// <summary>
    /// Ground taken by the verb at token <paramref name="p"/>: a place noun within five words after it, past an article,
    /// a count and describing words, before any preposition (<c>the town of Rubaya</c>, <c>an army base</c>, <c>two
    /// villages</c>, <c>control of the strategic city</c>), an armed clash; null when what was taken is anything else
    /// (people, weapons, a name alone: <c>captured two insurgents in a village</c>).
    /// </summary>
    private static EventFind? TerritoryTakenAt(TextDocument document, int p)
    {
        var end = Math.Min(document.SentenceEnd(p), p + 5);
        for (var k = p + 1; k <= end; k++)
        {
            if (document.Word(k) is not { } word || document.IsCapitalised(k))
            {
                return null;
            }

            if (Territory.Contains(word))
            {
                return Told(document, p, k, p, IncidentType.ArmedClash, default);
            }

            // "seized control of the town": the ground after it.
            if (word == "control" && document.Word(k + 1) == "of")
            {
                k++;
                end = Math.Min(document.SentenceEnd(p), k + 4);
                continue;
            }

            // What was taken ends at a preposition or a joiner ("captured two insurgents in a village").
            if (word is "in" or "near" or "at" or "from" or "on" or "of" or "and" or "or" or "with" or "during" or "after" or "before" or "outside" or "inside" or "for")
            {
                return null;
            }
        }

        return null;
    }

    // Those whose detonating is a controlled one ("Coalition forces detonated the IED", "police detonated a suspicious package").
    private static readonly FrozenSet<string> SecuritySubjects = FrozenSet.ToFrozenSet<string>(
        ["forces", "force", "troops", "soldiers", "police", "army", "team", "teams", "technicians", "experts", "squad", "personnel", "engineers", "military"],
        StringComparer.Ordinal);

    /// <summary>
    /// "Al Shabaab detonated an IED targeting a vehicle", "a suicide bomber detonated his vest": a bombing, its means the
    /// thing detonated; not a controlled detonation by security forces, nor of something else.
    /// </summary>
    private static EventFind? DetonationAt(TextDocument document, int p)
    {
        var k = p + 1;
        while (k < document.Tokens.Count && k <= p + 4 && document.Word(k) is "a" or "an" or "the" or "his" or "her" or "their" or "its" or "two" or "explosive" or "powerful" or "suicide" or "car" or "roadside")
        {
            k++;
        }

        var thing = document.Word(k);
        var means = thing switch
        {
            "ied" or "ieds" or "device" or "devices" or "bomb" or "bombs" or "explosives" or "mine" or "landmine" => Means.Ied,
            "vest" or "belt" => Means.SuicideAttack,
            _ => Means.Unknown,
        };
        // "detonated a car bomb": the bomb, an event word in that company, tells the event already.
        if (means == Means.Unknown || (Triggers.ContainsKey(thing!) && IsEventUse(document, k, thing!)))
        {
            return null;
        }

        if (document.Word(k - 1) == "car" || document.Word(k - 1) == "vehicle")
        {
            means = Means.VehicleBorneIed;
        }
        else if (document.Word(k - 1) == "suicide")
        {
            means = Means.SuicideAttack;
        }

        // "A suicide bomber detonated his vest": the bomber, an event word, tells the event already.
        var subject = document.Word(p - 1);
        if (subject is not null && Triggers.ContainsKey(subject))
        {
            return null;
        }

        var named = p > 0 && document.IsCapitalised(p - 1) && document.SentenceStart[p] != p - 1;
        var armed = subject is not null && ArmedSubjects.Contains(subject) && !SecuritySubjects.Contains(subject);
        if ((subject is not null && SecuritySubjects.Contains(subject)) || !(named || armed || subject == "attacker" || TollNear(document, p)))
        {
            return null;
        }

        return Told(document, p, k, p, IncidentType.Bombing, ValueArray.From([means]));
    }

    /// <summary>
    /// The <c>at</c> after what police fire at a crowd, within ten words after the verb at token <paramref name="p"/>
    /// (<c>fired tear gas and rubber bullets at</c>, <c>fired teargas at</c>, <c>fired water cannon and stun grenades at</c>);
    /// -1 when what is fired is no means of crowd control, or live fire is among it.
    /// </summary>
    private static int RiotControlAt(TextDocument document, int p)
    {
        var sentence = document.Sentence[p];
        var control = false;
        for (var k = p + 1; k < document.Count && k <= p + 10 && document.Sentence[k] == sentence; k++)
        {
            var w = document.Word(k);
            // Live fire is an attack ("fired tear gas and live rounds at protesters"), not a crowd's dispersal.
            if (w is "live" or "ammunition" || (w is "bullets" or "bullet" && document.Word(k - 1) is not ("rubber" or "plastic")))
            {
                return -1;
            }

            control |= w is "teargas" || (w == "gas" && document.Word(k - 1) == "tear") || (w is "bullets" or "bullet" && document.Word(k - 1) is "rubber" or "plastic")
                || (w is "cannon" or "cannons" && document.Word(k - 1) == "water") || (w is "grenades" && document.Word(k - 1) is "stun" or "sound");
            if (w == "at")
            {
                return control ? k : -1;
            }
        }

        return -1;
    }

    // The crowds that protest, rally, march or riot.
    private static readonly FrozenSet<string> Crowds = FrozenSet.ToFrozenSet<string>(
        ["people", "thousands", "hundreds", "dozens", "protesters", "protestors", "demonstrators", "students", "residents", "workers", "supporters",
         "women", "farmers", "villagers", "crowds", "crowd", "youths", "activists", "opponents", "mourners", "rioters", "teachers", "doctors", "millions",
         "tens", "scores", "citizens", "marchers", "pensioners", "voters", "veterans", "nurses", "lawyers", "miners", "employees"],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether a crowd is the object of the verb at token <paramref name="p"/>: within four words after it, past an
    /// article, a figure, <c>of</c> and describing words (<c>to disperse thousands of garment workers</c>).
    /// </summary>
    private static bool CrowdAfter(TextDocument document, int p)
    {
        var sentence = document.Sentence[p];
        for (var k = p + 1; k < document.Count && k <= p + 4 && document.Sentence[k] == sentence && document.Tokens[k].Kind != TokenKind.Symbol; k++)
        {
            if (document.Word(k) is { } w && Crowds.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence of a crowd's event at token <paramref name="p"/> names a crowd told before: <c>the</c> and a
    /// crowd's word, or one word between (<c>The protesters blocked a highway</c>, <c>to disperse the angry crowd</c>),
    /// within twelve words before the verb and six after it.
    /// </summary>
    internal static bool CrowdNamedAgain(TextDocument document, int p)
    {
        var sentence = document.Sentence[p];
        var end = Math.Min(document.SentenceEnd(p), p + 6);
        for (var k = Math.Max(document.SentenceStart[p], p - 12); k < end; k++)
        {
            if (document.Word(k) == "the" && ((document.Word(k + 1) is { } w && Crowds.Contains(w)) || (document.Word(k + 2) is { } w2 && Crowds.Contains(w2) && document.Sentence[k + 2] == sentence)))
            {
                return true;
            }
        }

        return false;
    }

    // What a crowd throws in a riot.
    private static readonly FrozenSet<string> ThrownMissiles = FrozenSet.ToFrozenSet<string>(
        ["stones", "rocks", "bricks", "bottles", "projectiles", "firebombs", "cocktails", "fireworks", "debris"], StringComparer.Ordinal);

    /// <summary>
    /// Whether what the verb at token <paramref name="p"/> throws is a riot's missile, within five words after it
    /// (<c>threw stones at police</c>, <c>pelted the police with rocks</c>, <c>hurled petrol bombs</c>).
    /// </summary>
    private static bool MissileThrownAfter(TextDocument document, int p)
    {
        var sentence = document.Sentence[p];
        for (var k = p + 1; k < document.Count && k <= p + 5 && document.Sentence[k] == sentence; k++)
        {
            if (document.Word(k) is { } w && (ThrownMissiles.Contains(w) || (w == "bombs" && document.Word(k - 1) is "petrol" or "gasoline")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a crowd is the subject of the verb at token <paramref name="p"/>, within a few words before it and what
    /// qualifies it ("Supporters of the opposition leader rallied").
    /// </summary>
    private static bool CrowdBefore(TextDocument document, int p)
    {
        for (var k = p - 1; k >= document.SentenceStart[p] && k >= p - SubjectReach - 3 && document.Tokens[k].Kind != TokenKind.Symbol; k--)
        {
            if (document.Word(k) is { } w && Crowds.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An event told by the words from <paramref name="first"/> to <paramref name="last"/>, its trigger the verb at
    /// <paramref name="trigger"/>; the actors written right before its first word are its perpetrators ("Russian
    /// missiles hit", "Russian warplanes bombed").
    /// </summary>
    private static EventFind Told(TextDocument document, int first, int last, int trigger, IncidentType type, ValueArray<Means> means)
    {
        var span = new TextSpan(document.Tokens[first].Start, document.Tokens[last].End - document.Tokens[first].Start);
        return new EventFind(new EventMention(span, document.Cut(span), type, means, RunUpSince(document, trigger), false), first, trigger);
    }

    /// <summary>
    /// Whether the verb at token <paramref name="verb"/> tells acts run up since a time, in the present perfect with
    /// <c>since</c> within ten words in its sentence (<c>The rebels have attacked more than 80 merchant vessels since
    /// November</c>): a series, not one event.
    /// </summary>
    private static bool RunUpSince(TextDocument document, int verb)
    {
        if (document.Word(verb - 1) is not ("have" or "has") || document.Word(verb - 2) == "had")
        {
            return false;
        }

        for (var k = verb + 1; k < document.Count && k <= verb + 10 && document.Sentence[k] == document.Sentence[verb]; k++)
        {
            if (document.Word(k) == "since")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The actor who tells the act at token <paramref name="p"/> as their own: <c>it</c> or <c>they</c> (past the perfect's
    /// auxiliary) right before it, after a verb of saying up to three words back whose subject the actor is (<c>the
    /// Houthis said on Monday they had attacked</c>); null otherwise.
    /// </summary>
    private static ActorRef? SpeakerOfOwnAct(TextDocument document, int p, RefIndex actorsByLast)
    {
        var pronoun = document.Word(p - 1) is "had" or "have" or "has" ? p - 2 : p - 1;
        if (document.Word(pronoun) is not ("it" or "they"))
        {
            return null;
        }

        var cue = pronoun - 1 - (document.Word(pronoun - 1) == "that" ? 1 : 0);
        for (var k = cue; k >= document.SentenceStart[p] && k >= cue - 3; k--)
        {
            if (document.Word(k) is "said" or "says" or "claimed" or "announced")
            {
                return actorsByLast.TryGetValue(k - 1, out var teller) && (teller.Use & ActorUse.Place) == 0 ? teller : null;
            }
        }

        return null;
    }

    /// <summary>Whether a verb of saying stands within six words before token <paramref name="k"/> in its sentence ("said its aircraft had").</summary>
    private static bool ReportedBefore(TextDocument document, int k)
    {
        for (var j = k - 1; j >= document.SentenceStart[k] && j >= k - 6; j--)
        {
            if (document.Word(j) is "said" or "says" or "told" or "announced" or "claimed" or "reported")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of a toll stands in the sentence of token <paramref name="p"/>, within <see cref="TollReach"/> words either side.</summary>
    private static bool TollNear(TextDocument document, int p)
    {
        var start = Math.Max(document.SentenceStart[p], p - TollReach);
        var end = Math.Min(document.Tokens.Count - 1, p + TollReach);
        for (var k = start; k <= end; k++)
        {
            if (k > p && document.SentenceStart[k] != document.SentenceStart[p])
            {
                break;
            }

            if (document.Word(k) is { } w && TollWords.Contains(w))
            {
                return true;
            }
        }

        return false;
    }
}
