using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using Sitrep.Actors;
using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Sources;
using Sitrep.Text.Actors;
using Sitrep.Text.Dates;
using Sitrep.Text.Numbers;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.Casualties;

/// <summary>
/// Finds casualty figures in English news text and attaches each count to its outcome predicate, as DESIGN §6 asks:
/// "killed seven members of the security forces" is 7 killed, security forces; "15 of its fighters were killed" is
/// 15 killed, fighters; "killing two and wounding five" is two figures; "no one was hurt" is an exact 0; "a leader
/// was killed" is 1. Active predicates take the count after them, passive and intransitive ones the count before
/// them in the same sentence. A hand-written scanner over tokens, linear in the text.
/// </summary>
public static class CasualtyScanner
{
    private const int Window = 16;

    private static readonly FrozenDictionary<string, CasualtyOutcome> Predicates = new Dictionary<string, CasualtyOutcome>
    {
        ["killed"] = CasualtyOutcome.Killed,
        ["killing"] = CasualtyOutcome.Killed,
        ["kills"] = CasualtyOutcome.Killed,
        ["dead"] = CasualtyOutcome.Killed,
        ["died"] = CasualtyOutcome.Killed,
        ["martyred"] = CasualtyOutcome.Killed,
        ["slain"] = CasualtyOutcome.Killed,
        ["murdered"] = CasualtyOutcome.Killed,
        ["murdering"] = CasualtyOutcome.Killed,
        ["executed"] = CasualtyOutcome.Killed,
        ["executing"] = CasualtyOutcome.Killed,
        ["assassinated"] = CasualtyOutcome.Killed,
        ["beheaded"] = CasualtyOutcome.Killed,
        ["strangled"] = CasualtyOutcome.Killed,
        ["massacred"] = CasualtyOutcome.Killed,
        ["massacring"] = CasualtyOutcome.Killed,
        ["slaughtered"] = CasualtyOutcome.Killed,
        ["lynched"] = CasualtyOutcome.Killed,

        // Army communiqués in the Sahel and Nigeria: "About 30 of the attackers were neutralised", "troops neutralized 12
        // terrorists".
        ["neutralised"] = CasualtyOutcome.Killed,
        ["neutralized"] = CasualtyOutcome.Killed,
        ["neutralising"] = CasualtyOutcome.Killed,
        ["neutralizing"] = CasualtyOutcome.Killed,
        ["wounded"] = CasualtyOutcome.Injured,
        ["wounding"] = CasualtyOutcome.Injured,
        ["injured"] = CasualtyOutcome.Injured,
        ["injuring"] = CasualtyOutcome.Injured,
        ["hurt"] = CasualtyOutcome.Injured,
        ["harmed"] = CasualtyOutcome.Injured,
        ["detained"] = CasualtyOutcome.Detained,
        ["detaining"] = CasualtyOutcome.Detained,
        ["arrested"] = CasualtyOutcome.Detained,
        ["arresting"] = CasualtyOutcome.Detained,
        ["captured"] = CasualtyOutcome.Detained,
        ["capturing"] = CasualtyOutcome.Detained,
        ["apprehended"] = CasualtyOutcome.Detained,
        ["abducted"] = CasualtyOutcome.Abducted,
        ["abducting"] = CasualtyOutcome.Abducted,
        ["kidnapped"] = CasualtyOutcome.Abducted,
        ["kidnapping"] = CasualtyOutcome.Abducted,
        ["missing"] = CasualtyOutcome.Missing,
        ["unaccounted"] = CasualtyOutcome.Missing,
        ["custody"] = CasualtyOutcome.Detained,

        // Nouns, read only with "of": "the capture of a Taliban leader", "the deaths of two soldiers".
        ["capture"] = CasualtyOutcome.Detained,
        ["arrest"] = CasualtyOutcome.Detained,
        ["detention"] = CasualtyOutcome.Detained,
        ["deaths"] = CasualtyOutcome.Killed,
        ["death"] = CasualtyOutcome.Killed,
        ["killings"] = CasualtyOutcome.Killed,
        ["abduction"] = CasualtyOutcome.Abducted,

        // A toll told at a figure ("the death toll rose to 290", "a death toll of 45") and the dead found ("the bodies of
        // 410 civilians", "12 bodies were found").
        ["toll"] = CasualtyOutcome.Killed,
        ["bodies"] = CasualtyOutcome.Killed,
    }.ToFrozenDictionary();

    // People forced from their homes: "displaced 40,000 people", "300,000 people had fled", "left 5,000 homeless";
    // "forced 40,000 from their homes" and "driven from their villages" only with those words after them. Kept apart
    // from the predicates of harm, which the walks of other figures stop at ("A man who fled the town was killed").
    private static readonly FrozenSet<string> DisplacementPredicates = FrozenSet.ToFrozenSet<string>(
        ["displaced", "displacing", "fled", "uprooted", "homeless", "forced", "forcing", "driven", "drove", "driving"], StringComparer.Ordinal);

    // The verbs a toll rises or stands by before "to" or "at" ("rose to", "stood at"; "reached" and "hit" take the figure
    // straight after them), and those that raise it ("raising the toll to").
    private static readonly FrozenSet<string> TollVerbs = FrozenSet.ToFrozenSet<string>(
        ["rose", "risen", "rises", "rising", "climbed", "climbs", "climbing", "jumped", "jumps", "increased", "increases", "grew", "grown", "soared", "mounted",
         "stood", "stands", "was", "is", "now"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> RaisingVerbs = FrozenSet.ToFrozenSet<string>(
        ["raising", "raised", "raises", "bringing", "brought", "brings", "pushing", "pushed", "taking", "took", "lifting", "lifted", "putting", "put"],
        StringComparer.Ordinal);

    // What is done to bodies that says they are the dead found: "12 bodies were found", "recovered 30 bodies".
    private static readonly FrozenSet<string> Found = FrozenSet.ToFrozenSet<string>(
        ["found", "recovered", "retrieved", "discovered", "pulled", "exhumed", "buried", "identified", "collected", "lay", "lying", "received", "counted"],
        StringComparer.Ordinal);

    // Words that make a following predicate passive or a state: "were killed", "was detained", "have been wounded".
    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet<string>(["was", "were", "been", "be", "is", "are", "being", "got", "remain", "remains", "reported", "left", "later", "also", "reportedly", "all"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Skippable = FrozenSet.ToFrozenSet<string>(["the", "a", "an", "its", "their", "his", "her", "of", "suspected", "additional", "other", "armed", "more"], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, VictimCategory> VictimNouns = new Dictionary<string, VictimCategory>
    {
        ["civilian"] = VictimCategory.Civilians,
        ["civilians"] = VictimCategory.Civilians,
        ["people"] = VictimCategory.Civilians,
        ["villagers"] = VictimCategory.Civilians,
        ["residents"] = VictimCategory.Civilians,
        ["persons"] = VictimCategory.Civilians,
        ["person"] = VictimCategory.Civilians,
        ["women"] = VictimCategory.Civilians,
        ["men"] = VictimCategory.Unknown,
        ["children"] = VictimCategory.Children,
        ["child"] = VictimCategory.Children,
        ["soldier"] = VictimCategory.Military,
        ["soldiers"] = VictimCategory.Military,
        ["troops"] = VictimCategory.Military,
        ["service"] = VictimCategory.Military,
        ["marines"] = VictimCategory.Military,
        ["police"] = VictimCategory.Police,
        ["policemen"] = VictimCategory.Police,
        ["officers"] = VictimCategory.Police,
        ["policeman"] = VictimCategory.Police,
        ["commando"] = VictimCategory.Unknown,
        ["commandos"] = VictimCategory.Unknown,
        ["forces"] = VictimCategory.SecurityForces,
        ["guards"] = VictimCategory.SecurityForces,
        ["personnel"] = VictimCategory.SecurityForces,
        ["bodyguards"] = VictimCategory.SecurityForces,
        ["agents"] = VictimCategory.SecurityForces,
        ["insurgent"] = VictimCategory.Combatants,
        ["insurgents"] = VictimCategory.Combatants,
        ["militants"] = VictimCategory.Combatants,
        ["militant"] = VictimCategory.Combatants,
        ["fighters"] = VictimCategory.Combatants,
        ["fighter"] = VictimCategory.Combatants,
        ["rebels"] = VictimCategory.Combatants,
        ["gunmen"] = VictimCategory.Combatants,
        ["kidnappers"] = VictimCategory.Combatants,
        ["kidnapper"] = VictimCategory.Combatants,
        ["abductors"] = VictimCategory.Combatants,
        ["abductor"] = VictimCategory.Combatants,
        ["leader"] = VictimCategory.Combatants,
        ["leaders"] = VictimCategory.Combatants,
        ["commander"] = VictimCategory.Combatants,
        ["commanders"] = VictimCategory.Combatants,
        ["facilitator"] = VictimCategory.Combatants,
        ["facilitators"] = VictimCategory.Combatants,
        ["supplier"] = VictimCategory.Combatants,
        ["suppliers"] = VictimCategory.Combatants,
        ["taliban"] = VictimCategory.Combatants,
        ["members"] = VictimCategory.Unknown,
        ["journalist"] = VictimCategory.Journalists,
        ["journalists"] = VictimCategory.Journalists,
        ["workers"] = VictimCategory.AidWorkers,
        ["individuals"] = VictimCategory.Unknown,
        ["suspects"] = VictimCategory.Combatants,
        ["suspect"] = VictimCategory.Combatants,
        ["associates"] = VictimCategory.Combatants,
        ["associate"] = VictimCategory.Combatants,
        ["man"] = VictimCategory.Unknown,
        ["individual"] = VictimCategory.Unknown,
        ["detainee"] = VictimCategory.Unknown,
        ["detainees"] = VictimCategory.Unknown,
        ["occupants"] = VictimCategory.Unknown,
        ["expert"] = VictimCategory.Combatants,
        ["advisor"] = VictimCategory.Combatants,
        ["advisors"] = VictimCategory.Combatants,
        ["adviser"] = VictimCategory.Combatants,
        ["advisers"] = VictimCategory.Combatants,
        ["member"] = VictimCategory.Unknown,
        ["operative"] = VictimCategory.Combatants,
        ["operatives"] = VictimCategory.Combatants,
        ["financier"] = VictimCategory.Combatants,
        ["bomber"] = VictimCategory.Combatants,
        ["bombers"] = VictimCategory.Combatants,
        ["courier"] = VictimCategory.Combatants,
        ["smuggler"] = VictimCategory.Combatants,
        ["emir"] = VictimCategory.Combatants,
        ["deputy"] = VictimCategory.Combatants,
        ["specialist"] = VictimCategory.Combatants,

        // People counted by their nationality ("At least 32,000 Palestinians have been killed"): of no category.
        ["palestinians"] = VictimCategory.Unknown,
        ["israelis"] = VictimCategory.Unknown,
        ["iraqis"] = VictimCategory.Unknown,
        ["afghans"] = VictimCategory.Unknown,
        ["syrians"] = VictimCategory.Unknown,
        ["ukrainians"] = VictimCategory.Unknown,
        ["russians"] = VictimCategory.Unknown,
        ["americans"] = VictimCategory.Unknown,
        ["somalis"] = VictimCategory.Unknown,
        ["yemenis"] = VictimCategory.Unknown,
        ["pakistanis"] = VictimCategory.Unknown,
        ["kurds"] = VictimCategory.Unknown,
        ["lebanese"] = VictimCategory.Unknown,
        ["libyans"] = VictimCategory.Unknown,
        ["nigerians"] = VictimCategory.Unknown,
        ["malians"] = VictimCategory.Unknown,
        ["congolese"] = VictimCategory.Unknown,
        ["ethiopians"] = VictimCategory.Unknown,
        ["eritreans"] = VictimCategory.Unknown,
        ["kenyans"] = VictimCategory.Unknown,
        ["egyptians"] = VictimCategory.Unknown,
        ["iranians"] = VictimCategory.Unknown,
        ["sudanese"] = VictimCategory.Unknown,
        ["burkinabe"] = VictimCategory.Unknown,
        ["rohingya"] = VictimCategory.Unknown,
        ["haitians"] = VictimCategory.Unknown,
        ["indians"] = VictimCategory.Unknown,
        ["turks"] = VictimCategory.Unknown,
        ["burmese"] = VictimCategory.Unknown,
        ["hazaras"] = VictimCategory.Unknown,

        // People counted by their faith or as its congregation ("beheaded 11 Christians", "killed 30 Shiites at prayer").
        ["christians"] = VictimCategory.Civilians,
        ["muslims"] = VictimCategory.Civilians,
        ["hindus"] = VictimCategory.Civilians,
        ["sikhs"] = VictimCategory.Civilians,
        ["jews"] = VictimCategory.Civilians,
        ["buddhists"] = VictimCategory.Civilians,
        ["shiites"] = VictimCategory.Civilians,
        ["shias"] = VictimCategory.Civilians,
        ["sunnis"] = VictimCategory.Civilians,
        ["yazidis"] = VictimCategory.Civilians,
        ["copts"] = VictimCategory.Civilians,
        ["catholics"] = VictimCategory.Civilians,
        ["alawites"] = VictimCategory.Civilians,
        ["ahmadis"] = VictimCategory.Civilians,
        ["parishioners"] = VictimCategory.Civilians,
        ["churchgoers"] = VictimCategory.Civilians,
        ["congregants"] = VictimCategory.Civilians,
        ["devotees"] = VictimCategory.Civilians,

        // The people news most often counts beyond the releases' own words.
        ["students"] = VictimCategory.Civilians,
        ["student"] = VictimCategory.Civilians,
        ["pupils"] = VictimCategory.Civilians,
        ["schoolchildren"] = VictimCategory.Civilians,
        ["schoolgirls"] = VictimCategory.Civilians,
        ["schoolboys"] = VictimCategory.Civilians,
        ["worshippers"] = VictimCategory.Civilians,
        ["worshipers"] = VictimCategory.Civilians,
        ["farmers"] = VictimCategory.Civilians,
        ["herders"] = VictimCategory.Civilians,
        ["passengers"] = VictimCategory.Civilians,
        ["shoppers"] = VictimCategory.Civilians,
        ["protesters"] = VictimCategory.Civilians,
        ["protestors"] = VictimCategory.Civilians,
        ["demonstrators"] = VictimCategory.Civilians,
        ["refugees"] = VictimCategory.Civilians,
        ["migrants"] = VictimCategory.Civilians,
        ["nationals"] = VictimCategory.Civilians,
        ["citizens"] = VictimCategory.Civilians,
        ["foreigners"] = VictimCategory.Civilians,
        ["foreigner"] = VictimCategory.Civilians,
        ["patients"] = VictimCategory.Civilians,
        ["teachers"] = VictimCategory.Civilians,
        ["miners"] = VictimCategory.Civilians,
        ["fishermen"] = VictimCategory.Civilians,
        ["pilgrims"] = VictimCategory.Civilians,
        ["mourners"] = VictimCategory.Civilians,
        ["guests"] = VictimCategory.Civilians,
        ["tourists"] = VictimCategory.Civilians,
        ["voters"] = VictimCategory.Civilians,
        ["employees"] = VictimCategory.Civilians,
        ["bystanders"] = VictimCategory.Civilians,
        ["bystander"] = VictimCategory.Civilians,
        ["adults"] = VictimCategory.Civilians,
        ["adult"] = VictimCategory.Civilians,
        ["teenagers"] = VictimCategory.Civilians,
        ["staff"] = VictimCategory.Civilians,
        ["crew"] = VictimCategory.Civilians,
        ["seafarers"] = VictimCategory.Civilians,
        ["volunteers"] = VictimCategory.Civilians,
        ["vendors"] = VictimCategory.Civilians,
        ["spectators"] = VictimCategory.Civilians,
        ["spectator"] = VictimCategory.Civilians,
        ["onlookers"] = VictimCategory.Civilians,
        ["onlooker"] = VictimCategory.Civilians,
        ["pedestrians"] = VictimCategory.Civilians,
        ["pedestrian"] = VictimCategory.Civilians,
        ["passerby"] = VictimCategory.Civilians,
        ["passersby"] = VictimCategory.Civilians,
        ["motorist"] = VictimCategory.Civilians,
        ["motorists"] = VictimCategory.Civilians,
        ["hostages"] = VictimCategory.Civilians,
        ["girls"] = VictimCategory.Civilians,
        ["boys"] = VictimCategory.Civilians,
        ["wedding-goers"] = VictimCategory.Civilians,
        ["commuters"] = VictimCategory.Civilians,
        ["traders"] = VictimCategory.Civilians,
        ["villager"] = VictimCategory.Civilians,
        ["resident"] = VictimCategory.Civilians,
        ["inmates"] = VictimCategory.Civilians,
        ["prisoners"] = VictimCategory.Civilians,
        ["babies"] = VictimCategory.Children,
        ["infants"] = VictimCategory.Children,
        ["toddlers"] = VictimCategory.Children,
        ["minors"] = VictimCategory.Children,
        ["kids"] = VictimCategory.Children,
        ["servicemen"] = VictimCategory.Military,
        ["sailors"] = VictimCategory.Military,
        ["airmen"] = VictimCategory.Military,
        ["paratroopers"] = VictimCategory.Military,
        ["peacekeepers"] = VictimCategory.Military,
        ["peacekeeper"] = VictimCategory.Military,
        ["recruits"] = VictimCategory.Military,
        ["cadets"] = VictimCategory.Military,
        ["conscripts"] = VictimCategory.Military,
        ["troop"] = VictimCategory.Military,
        ["serviceman"] = VictimCategory.Military,
        ["gendarmes"] = VictimCategory.Police,
        ["constables"] = VictimCategory.Police,
        ["patrolmen"] = VictimCategory.Police,
        ["jihadists"] = VictimCategory.Combatants,
        ["attackers"] = VictimCategory.Combatants,
        ["assailants"] = VictimCategory.Combatants,
        ["militiamen"] = VictimCategory.Combatants,
        ["extremists"] = VictimCategory.Combatants,
        ["terrorists"] = VictimCategory.Combatants,
        ["separatists"] = VictimCategory.Combatants,
        ["combatants"] = VictimCategory.Combatants,
        ["guerrillas"] = VictimCategory.Combatants,
        ["gunman"] = VictimCategory.Combatants,
        ["jihadist"] = VictimCategory.Combatants,
        ["attacker"] = VictimCategory.Combatants,
        ["assailant"] = VictimCategory.Combatants,
        ["rebel"] = VictimCategory.Combatants,
        ["terrorist"] = VictimCategory.Combatants,
        ["extremist"] = VictimCategory.Combatants,
        ["islamists"] = VictimCategory.Combatants,
        ["paramilitaries"] = VictimCategory.Combatants,
        ["doctors"] = VictimCategory.HealthWorkers,
        ["nurses"] = VictimCategory.HealthWorkers,
        ["medics"] = VictimCategory.HealthWorkers,
        ["paramedics"] = VictimCategory.HealthWorkers,
        ["doctor"] = VictimCategory.HealthWorkers,
        ["nurse"] = VictimCategory.HealthWorkers,
        ["medic"] = VictimCategory.HealthWorkers,
        ["officer"] = VictimCategory.Police,
        ["general"] = VictimCategory.Military,
        ["generals"] = VictimCategory.Military,
        ["colonel"] = VictimCategory.Military,
        ["ambassador"] = VictimCategory.Civilians,
        ["ambassadors"] = VictimCategory.Civilians,
        ["minister"] = VictimCategory.Civilians,
        ["ministers"] = VictimCategory.Civilians,
        ["president"] = VictimCategory.Civilians,
        ["spokesman"] = VictimCategory.Civilians,
        ["hostage"] = VictimCategory.Civilians,
        ["prisoner"] = VictimCategory.Unknown,
        ["worker"] = VictimCategory.Civilians,
        ["mother"] = VictimCategory.Civilians,
        ["father"] = VictimCategory.Civilians,
        ["husband"] = VictimCategory.Civilians,
        ["wife"] = VictimCategory.Civilians,
        ["son"] = VictimCategory.Civilians,
        ["daughter"] = VictimCategory.Civilians,
        ["brother"] = VictimCategory.Civilians,
        ["teenager"] = VictimCategory.Civilians,
        ["baby"] = VictimCategory.Children,
        ["infant"] = VictimCategory.Children,
        ["official"] = VictimCategory.Civilians,
        ["officials"] = VictimCategory.Civilians,
        ["mayor"] = VictimCategory.Civilians,
        ["mayors"] = VictimCategory.Civilians,
        ["governor"] = VictimCategory.Civilians,
        ["governors"] = VictimCategory.Civilians,
        ["lawmaker"] = VictimCategory.Civilians,
        ["lawmakers"] = VictimCategory.Civilians,
        ["legislator"] = VictimCategory.Civilians,
        ["legislators"] = VictimCategory.Civilians,
        ["senator"] = VictimCategory.Civilians,
        ["senators"] = VictimCategory.Civilians,
        ["politician"] = VictimCategory.Civilians,
        ["politicians"] = VictimCategory.Civilians,
        ["candidate"] = VictimCategory.Civilians,
        ["candidates"] = VictimCategory.Civilians,
        ["judge"] = VictimCategory.Civilians,
        ["judges"] = VictimCategory.Civilians,
        ["prosecutor"] = VictimCategory.Civilians,
        ["prosecutors"] = VictimCategory.Civilians,
        ["lawyer"] = VictimCategory.Civilians,
        ["lawyers"] = VictimCategory.Civilians,
        ["councillor"] = VictimCategory.Civilians,
        ["councillors"] = VictimCategory.Civilians,
        ["councilor"] = VictimCategory.Civilians,
        ["councilors"] = VictimCategory.Civilians,
        ["diplomat"] = VictimCategory.Civilians,
        ["diplomats"] = VictimCategory.Civilians,
        ["imam"] = VictimCategory.Civilians,
        ["imams"] = VictimCategory.Civilians,
        ["priest"] = VictimCategory.Civilians,
        ["priests"] = VictimCategory.Civilians,
        ["pastor"] = VictimCategory.Civilians,
        ["pastors"] = VictimCategory.Civilians,
        ["cleric"] = VictimCategory.Civilians,
        ["clerics"] = VictimCategory.Civilians,
        ["elder"] = VictimCategory.Civilians,
        ["elders"] = VictimCategory.Civilians,
        ["chief"] = VictimCategory.Civilians,
        ["chiefs"] = VictimCategory.Civilians,
        ["activist"] = VictimCategory.Civilians,
        ["activists"] = VictimCategory.Civilians,
        ["teacher"] = VictimCategory.Civilians,
        ["driver"] = VictimCategory.Civilians,
        ["drivers"] = VictimCategory.Civilians,
        ["farmer"] = VictimCategory.Civilians,
        ["herder"] = VictimCategory.Civilians,
        ["shepherd"] = VictimCategory.Civilians,
        ["shepherds"] = VictimCategory.Civilians,
        ["trader"] = VictimCategory.Civilians,
        ["woman"] = VictimCategory.Civilians,
        ["girl"] = VictimCategory.Civilians,
        ["boy"] = VictimCategory.Civilians,
        ["pupil"] = VictimCategory.Civilians,
        ["businessman"] = VictimCategory.Civilians,
        ["businessmen"] = VictimCategory.Civilians,
        ["engineer"] = VictimCategory.Civilians,
        ["engineers"] = VictimCategory.Civilians,
        ["contractor"] = VictimCategory.Civilians,
        ["contractors"] = VictimCategory.Civilians,
        ["reporter"] = VictimCategory.Journalists,
        ["reporters"] = VictimCategory.Journalists,
        ["photographer"] = VictimCategory.Journalists,
        ["photographers"] = VictimCategory.Journalists,
        ["cameraman"] = VictimCategory.Journalists,
        ["cameramen"] = VictimCategory.Journalists,

        // One of the people counted above, told alone ("killing the driver and a passenger", "a 68-year-old worshipper").
        ["passenger"] = VictimCategory.Civilians,
        ["shopper"] = VictimCategory.Civilians,
        ["protester"] = VictimCategory.Civilians,
        ["protestor"] = VictimCategory.Civilians,
        ["demonstrator"] = VictimCategory.Civilians,
        ["refugee"] = VictimCategory.Civilians,
        ["migrant"] = VictimCategory.Civilians,
        ["patient"] = VictimCategory.Civilians,
        ["miner"] = VictimCategory.Civilians,
        ["fisherman"] = VictimCategory.Civilians,
        ["pilgrim"] = VictimCategory.Civilians,
        ["mourner"] = VictimCategory.Civilians,
        ["tourist"] = VictimCategory.Civilians,
        ["voter"] = VictimCategory.Civilians,
        ["employee"] = VictimCategory.Civilians,
        ["seafarer"] = VictimCategory.Civilians,
        ["volunteer"] = VictimCategory.Civilians,
        ["vendor"] = VictimCategory.Civilians,
        ["commuter"] = VictimCategory.Civilians,
        ["inmate"] = VictimCategory.Civilians,
        ["worshipper"] = VictimCategory.Civilians,
        ["worshiper"] = VictimCategory.Civilians,
        ["parishioner"] = VictimCategory.Civilians,
        ["churchgoer"] = VictimCategory.Civilians,
        ["schoolgirl"] = VictimCategory.Civilians,
        ["schoolboy"] = VictimCategory.Civilians,
        ["toddler"] = VictimCategory.Children,
        ["sailor"] = VictimCategory.Military,
        ["airman"] = VictimCategory.Military,
        ["paratrooper"] = VictimCategory.Military,
        ["cadet"] = VictimCategory.Military,
        ["conscript"] = VictimCategory.Military,
        ["gendarme"] = VictimCategory.Police,
        ["constable"] = VictimCategory.Police,
        ["patrolman"] = VictimCategory.Police,
        ["militiaman"] = VictimCategory.Combatants,
        ["combatant"] = VictimCategory.Combatants,
        ["guerrilla"] = VictimCategory.Combatants,
        ["paramedic"] = VictimCategory.HealthWorkers,
    }.ToFrozenDictionary();

    /// <summary>Finds the casualty figures in a text, in order.</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">How vague amounts are read, or <see langword="null"/> for plain English.</param>
    /// <returns>The mentions.</returns>
    public static ValueArray<CasualtyMention> Find(string text, NumberOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var document = new TextDocument(text);
        return ValueArray.From(Find(document, NumberScanner.Find(document.Tokens, options)));
    }

    // Verbs that take people hostage, read only with "hostage" or "hostages": "seized 12 hostages", "took 30 people
    // hostage", "were taken hostage", "are holding 240 hostages". Not predicates of harm elsewhere ("seized the town").
    private static readonly FrozenSet<string> HostageVerbs = FrozenSet.ToFrozenSet<string>(
        ["seized", "seizing", "seize", "seizes", "took", "taking", "taken", "take", "takes", "holding", "held", "hold", "holds"], StringComparer.Ordinal);

    // Verbs of losing people, read only with people as their object or "lives" ("We lost 17 soldiers", "12 people lost
    // their lives"): no predicate of harm elsewhere ("lost the election", "lost 5 percent").
    private static readonly FrozenSet<string> LossVerbs = FrozenSet.ToFrozenSet<string>(["lost", "losing"], StringComparer.Ordinal);

    private static readonly LexemeFact IsPredicate = new(w => Predicates.ContainsKey(w) || DisplacementPredicates.Contains(w) || HostageVerbs.Contains(w) || LossVerbs.Contains(w));

    /// <summary>Whether a word is the predicate of a casualty figure (<c>killed</c>, <c>wounded</c>, <c>fled</c>, <c>dead</c>).</summary>
    internal static bool IsPredicateWord(string word) => Predicates.ContainsKey(word) || DisplacementPredicates.Contains(word);

    /// <summary>The outcome a predicate word tells, of harm or displacement.</summary>
    private static bool TryOutcome(string word, out CasualtyOutcome outcome)
    {
        if (Predicates.TryGetValue(word, out outcome))
        {
            return true;
        }

        if (HostageVerbs.Contains(word))
        {
            outcome = CasualtyOutcome.Abducted;
            return true;
        }

        if (LossVerbs.Contains(word))
        {
            outcome = CasualtyOutcome.Killed;
            return true;
        }

        outcome = CasualtyOutcome.Displaced;
        return DisplacementPredicates.Contains(word);
    }

    private static readonly StartSet PredicateTokens = new([IsPredicate]);

    /// <summary>Finds the casualty figures in a tokenised text whose numbers have been found.</summary>
    internal static List<CasualtyMention> Find(TextDocument document, ValueArray<NumberMention> numbers)
    {
        var tokens = document.Tokens;
        var mentions = new List<CasualtyMention>();
        var byStart = new NumbersByStart(numbers);
        var scan = new Scan(document, byStart);
        var paired = -1;
        foreach (var p in tokens.Starts(PredicateTokens))
        {
            ref readonly var token = ref tokens[p];
            // A first count left by a predicate that made no figure is dropped, and so are a list's later figures.
            scan.TakePendingFirst();
            scan.TakeRest();
            if (p == paired || token.Kind != TokenKind.Word || !IsPredicate.Of(token.Lexeme) || !TryOutcome(token.Word, out var outcome) || !scan.TryMention(p, outcome, out var mention)
                || (mention.Victims is null && token.Word.StartsWith("neutrali", StringComparison.Ordinal)))
            {
                // "neutralized 12 explosive devices": a communiqué's word for killing counts only people it names.
                continue;
            }

            // "At least 21 hostages and four soldiers were killed": the first count, then the second.
            if (scan.TakePendingFirst(mention) is { } firsts)
            {
                mentions.AddRange(firsts);
            }

            // "20 people were killed or wounded", "killing or wounding 50": one figure for both outcomes together, so at
            // most that many of each (not 20 killed); the other predicate's figure is this one.
            if (OrPartner(tokens, p, outcome) is { } partner)
            {
                var combined = Combined(mention.Count);
                var start = Math.Min(tokens[partner.At].Start, mention.Span.Start);
                var span = new TextSpan(start, Math.Max(tokens[partner.At].End, mention.Span.End) - start);
                var own = mention with { Span = span, Text = document.Cut(span), Count = combined };
                var other = own with { Outcome = partner.Outcome, Predicate = tokens[partner.At].Word };
                mentions.AddRange(partner.At < p ? [other, own] : [own, other]);
                paired = partner.At;
                continue;
            }

            // "killed at least 12 people and wounded 40 others": the others are of the kind counted just before, in the
            // same sentence.
            // So is a bare count joined to it ("killing at least 59 people and wounding 157").
            if (mention.Category == VictimCategory.Unknown && mentions.Count > 0 && mentions[^1] is { Category: not VictimCategory.Unknown } before
                && document.Sentence[document.TokenAt(before.Span.Start)] == document.Sentence[p]
                && (mention.Victims is "others" || (mention.Victims is null && document.TokenAt(mention.Span.Start) - document.TokenAt(before.Span.End - 1) is > 0 and <= 3)))
            {
                mention = mention with { Category = before.Category };
            }

            // "put the toll at 35 dead": the toll and the predicate after its figure count the same people once.
            if (!(mentions.Count > 0 && mentions[^1].Outcome == mention.Outcome && mentions[^1].CountSpan == mention.CountSpan))
            {
                mentions.Add(mention);
            }

            if (scan.TakeRest() is { } rest)
            {
                mentions.AddRange(rest);
            }
        }

        // Tolls stated without a number ("no casualties", "casualties were unknown"), in text order with the rest.
        var counted = mentions.Count;
        StatedTolls.Find(document, mentions);
        if (mentions.Count > counted)
        {
            var ordered = new List<CasualtyMention>(mentions.Count);
            ordered.AddRange(System.Linq.Enumerable.OrderBy(mentions, m => m.Span.Start));
            mentions = ordered;
        }

        // Who among the people counted were of a group ("including eight children"): parts of the figures.
        return CasualtyParts.Find(document, start => byStart.TryGetValue(start, out var number) ? number : null, mentions);
    }

    /// <summary>Whether a word names people a figure counts (<c>civilians</c>, <c>children</c>, <c>soldiers</c>, <c>members</c>).</summary>
    internal static bool IsVictimNoun(string word) => VictimNouns.ContainsKey(word);

    /// <summary>
    /// The last token of an age written as one compound at token <paramref name="m"/>, a number: <c>66-year-old</c>,
    /// <c>8-month-old</c>, <c>16-years-old</c>; -1 when there is none.
    /// </summary>
    internal static int AgeEnd(TokenList tokens, int m) =>
        m + 4 < tokens.Count && tokens[m].Kind == TokenKind.Number && tokens[m + 1].Kind == TokenKind.Hyphen && tokens.WordAt(m + 2) is "year" or "years" or "month" or "months" or "week" or "weeks" or "day"
        && tokens[m + 3].Kind == TokenKind.Hyphen && tokens.WordAt(m + 4) == "old" ? m + 4 : -1;

    /// <summary>The category of the people some words name (<c>women</c>: civilians; <c>police officers</c>: police).</summary>
    internal static VictimCategory VictimCategoryOf(string? victims) => Scan.Category(victims);

    /// <summary>
    /// The predicate of another outcome joined to the one at token <paramref name="p"/> by <c>or</c> (<c>killed or
    /// wounded</c>, <c>killing or wounding</c>, <c>dead or injured</c>), before or after it; null when there is none.
    /// </summary>
    private static (int At, CasualtyOutcome Outcome)? OrPartner(TokenList tokens, int p, CasualtyOutcome outcome)
    {
        foreach (var (or, other) in (ReadOnlySpan<(int, int)>)[(p + 1, p + 2), (p - 1, p - 2)])
        {
            if (other >= 0 && other < tokens.Count && tokens.WordAt(or) == "or" && tokens[other].Kind == TokenKind.Word && IsPredicate.Of(tokens[other].Lexeme)
                && Predicates.TryGetValue(tokens[other].Word, out var otherOutcome) && otherOutcome != outcome)
            {
                return (other, otherOutcome);
            }
        }

        return null;
    }

    // A figure for two outcomes together: at most its highest of each (none of either when it is none); unknown when it
    // has no upper figure.
    private static Estimate Combined(Estimate count) =>
        count is { IsExact: true, Best: 0 } ? count
        : (count.Qualifier == EstimateQualifier.AtLeast ? null : count.High ?? count.Best ?? count.Low) is { } high
            ? Estimate.AtMost(high) with { Phrase = count.Phrase }
            : Estimate.Unknown with { Phrase = count.Phrase };

    /// <summary>The numbers of a text by start offset: they come in order and never overlap, so a binary search finds one.</summary>
    private sealed class NumbersByStart(ValueArray<NumberMention> numbers)
    {
        internal bool TryGetValue(int start, out NumberMention found)
        {
            var at = SortedSearch.LowerBound<NumberMention, ByStart>(numbers.Items.AsSpan(), start);
            found = at < numbers.Count && numbers[at].Span.Start == start ? numbers[at] : null!;
            return found is not null;
        }

        private readonly struct ByStart : IPositionOf<NumberMention>
        {
            public static int Of(in NumberMention item) => item.Span.Start;
        }

        internal bool ContainsKey(int start) => TryGetValue(start, out _);
    }

    private sealed class Scan(TextDocument document, NumbersByStart numbers)
    {
        private readonly TokenList tokens = document.Tokens;
        private readonly int[] sentenceStart = document.SentenceStart;

        internal bool TryMention(int p, CasualtyOutcome outcome, out CasualtyMention mention)
        {
            mention = null!;
            var predicate = tokens[p];

            // "The insurgent killed was identified as a commander": the participle says which of the people already
            // counted the sentence is about; it counts no one.
            if (Next(p) is "was" or "were" && p > 0 && tokens[p - 1].Kind == TokenKind.Word && IsVictimNoun(tokens[p - 1].Word))
            {
                return false;
            }

            if (HostageVerbs.Contains(predicate.Word))
            {
                return TryHostages(p, out mention);
            }

            if (LossVerbs.Contains(predicate.Word))
            {
                return TryLoss(p, outcome, out mention);
            }

            if (predicate.Word == "toll")
            {
                return TryToll(p, outcome, out mention);
            }

            if (predicate.Word == "bodies")
            {
                return TryBodies(p, outcome, out mention);
            }

            if (outcome == CasualtyOutcome.Displaced)
            {
                return TryDisplaced(p, out mention);
            }

            // "as several wounded died in hospital", "three injured later succumbed": the wounded who died, counted in the
            // toll, are no figure of the wounded.
            if (predicate.Word is "wounded" or "injured" && (Next(p) is "died" or "succumbed" || (Next(p) == "later" && Word(p + 2) is "died" or "succumbed")))
            {
                return false;
            }

            // "put the number of dead at 15", "put the number of those missing at 287", "the number of people killed stood
            // at 40": a toll told as a number, the figure after "at" or "to" (past a verb a toll stands or rises by); with
            // no figure there, none (not the count of whoever put it: "A local official put the number of those missing").
            if (NumberOfAt(p) is { } numberOf)
            {
                var q = p + 1;
                var direct = Word(q) is "reached" or "hit" or "was" or "is" or "stood" or "stands";
                if (Word(q) is { } verb && (TollVerbs.Contains(verb) || verb is "reached" or "hit"))
                {
                    q++;
                }

                if (Word(q) is "at" or "to" ? TryObject(q + 1, out var numberCount, out var numberSpan, out _, out var numberLast)
                    : direct && TryObject(q, out numberCount, out numberSpan, out _, out numberLast))
                {
                    mention = Make(numberOf, numberLast, outcome, numberCount, numberSpan, null);
                    return true;
                }

                return false;
            }

            // "Islamic Jihad said two of the dead were members of its armed wing": some of those counted, said of who they
            // were; no figure of its own, but a part of the figure before it (CasualtyParts) when the people are named.
            if (Word(p - 1) == "the" && Word(p - 2) == "of" && predicate.Word is "dead" or "wounded" or "injured" or "killed" or "missing")
            {
                if (Next(p) is "were" or "was" && CountEndingAt(p - 3) is { } some && PeopleRunEnd(p + 2) is var nounEnd and > 0)
                {
                    mention = Make(document.TokenAt(some.Span.Start), nounEnd, outcome, some.Value, some.Span, tokens.Slice(p + 2, nounEnd));
                    return true;
                }

                return false;
            }

            // "Among the dead were 12 children", "The dead included two medics", "the wounded include a reporter": the
            // people named after the verb, some of those counted.
            if (Word(p - 1) == "the" && predicate.Word is "dead" or "wounded" or "injured" or "killed" or "missing"
                && ((Word(p - 2) == "among" && Next(p) is "were" or "are" or "was" or "is") || Next(p) is "included" or "include" or "includes")
                && TryObject(p + 2, out var amongCount, out var amongSpan, out var amongVictims, out var amongLast))
            {
                mention = Make(Word(p - 2) == "among" ? p - 2 : p - 1, amongLast, outcome, amongCount, amongSpan, amongVictims);
                return true;
            }

            // "a villager who helped bury the dead", "Rescuers recovered the wounded": the people counted before named as
            // the object of another verb; no figure, of its subject or any.
            // Not one before a noun it describes ("treated the wounded militant", "first aid to the injured civilian"):
            // that person, counted.
            if (Word(p - 1) == "the" && predicate.Word is "dead" or "wounded" or "injured" or "missing" && p >= 2 && tokens[p - 2].Kind == TokenKind.Word
                && Word(p - 2) is not ("among" or "of" or "were" or "was" or "are" or "is" or "be" or "been" or "being" or "and" or "or")
                && (p + 1 >= tokens.Count || tokens[p + 1].Kind != TokenKind.Word || Next(p) is "from" or "to" or "in" or "at" or "on" or "and" or "with" or "after" or "before" or "by" or "into"
                    or "as" or "while" or "when" or "who" or "for"
                    // "a resident who helped bury the dead told reporters": a speaker's words after it, no noun it describes.
                    or "told" or "said" or "says" or "tells" or "recalled" or "described" or "added" or "spoke"))
            {
                return false;
            }

            // "the force capture a Taliban financier" (the verb, as releases sometimes write it): its object counts.
            if (predicate.Word is "capture" or "arrest" && Next(p) != "of" && Word(p - 1) is not ("the" or "a" or "his" or "her" or "their" or "its" or "whose" or "to")
                && TryObject(p + 1, out var verbCount, out var verbSpan, out var verbVictims, out var verbLast))
            {
                mention = Make(p, verbLast, outcome, verbCount, verbSpan, verbVictims);
                return true;
            }

            // "in Myanmar mass killing", "the killing shocked the town", "the third such killing this month": the act named
            // as a thing, with no object after it, counts no one.
            if (predicate.Word is "killing" or "kidnapping" && Next(p) != "of" && Word(p - 1) is "mass" or "the" or "a" or "an" or "this" or "that" or "latest" or "brutal"
                or "targeted" or "revenge" or "extrajudicial" or "honour" or "honor" or "such" or "another" or "similar" or "recent" or "apparent" or "first" or "second"
                or "third" or "fourth" or "fifth")
            {
                return false;
            }

            // "at least 183 civilian deaths", "more than 2,000 deaths": a count of deaths before the noun (civilians' when it
            // says so).
            var civilian = Word(p - 1) == "civilian";
            if (predicate.Word == "deaths" && Next(p) != "of" && CountEndingAt(civilian ? p - 2 : p - 1) is { } deaths && ManyPeople(deaths.Value))
            {
                mention = Make(document.TokenAt(deaths.Span.Start), p, outcome, deaths.Value, deaths.Span, civilian ? "civilians" : null);
                return true;
            }

            // "the killing of four men", "the kidnapping of two engineers": a participle used as a noun, with its object
            // after "of".
            if (predicate.Word is "capture" or "arrest" or "detention" or "deaths" or "death" or "killings" or "abduction"
                || (predicate.Word is "killing" or "kidnapping" or "wounding" && Next(p) == "of"))
            {
                if (Next(p) != "of" || !TryObject(p + 2, out var ofCount, out var ofSpan, out var ofVictims, out var ofLast))
                {
                    return false;
                }

                mention = Make(p, ofLast, outcome, ofCount, ofSpan, ofVictims);
                return true;
            }

            // "A policeman shot dead three soldiers": "shot dead" with an object after it kills them, not the subject.
            if (predicate.Word == "dead" && Word(p - 1) == "shot" && Word(p - 2) is not ("was" or "were" or "been" or "being" or "is" or "are" or "got")
                && TryObject(p + 1, out var shotCount, out var shotSpan, out var shotVictims, out var shotLast))
            {
                mention = Make(p - 1, shotLast, outcome, shotCount, shotSpan, shotVictims);
                return true;
            }

            // "were killed", "were also detained", "have been wounded" are passive; "also detained two" is not, nor a
            // perfect ("Militants have killed at least 20 people", "The attacks had killed 12 soldiers").
            var before = p - 1;
            while (before > 0 && Word(before) is "also" or "later" or "reportedly" or "all" or "subsequently" or "then" or "successfully" or "allegedly")
            {
                before--;
            }

            var passive = before >= 0 && before < p - 1
                ? Word(before) is "was" or "were" or "been" or "be" or "is" or "are" or "being" or "got"
                : p > 0 && tokens[p - 1].Kind == TokenKind.Word && Auxiliaries.Contains(tokens[p - 1].Word);
            // "Protesters Killed Across Myanmar", "killed as fighting intensifies": a preposition or a conjunction after
            // the predicate, not its object ("killed as many as 20" counts them).
            var intransitive = predicate.Word is "dead" or "died" or "missing" or "hurt" or "harmed" or "custody" || passive
                || (Next(p) is "by" or "in" or "during" or "on" or "at" or "when" or "while" or "after" or "and" or "." or "," or "across" or "amid" or "amidst" or "since"
                    or "near" or "outside" or "inside" or "following" or "throughout" && !(Next(p) == "at" && Word(p + 2) is "least" or "most"))
                || (Next(p) == "as" && Word(p + 2) is not ("many" or "much" or "few" or "well"));

            // "killing two of the attackers and wounding a third", "killed two gunmen and wounded another": one more of the
            // people counted before in the sentence.
            if (!intransitive && OneMoreAfter(p) is var (oneLast, oneVictims))
            {
                var oneFirst = p + 1;
                var oneSpan = Span(oneFirst, oneLast);
                mention = Make(p, oneLast, outcome, Estimate.Exactly(1).WithPhrase(tokens.Cut(oneSpan.Start, oneSpan.Length)), oneSpan, oneVictims);
                return true;
            }

            // "its forces had "neutralised" 16 Kurdish militants": the object past the quotation mark that closes the verb.
            var objectAt = p + 2 < tokens.Count && tokens[p + 1].Kind == TokenKind.Symbol && tokens[p + 1].Symbol is '"' or '\u201D' && tokens[p + 1].Start == predicate.End ? p + 2 : p + 1;
            if (!intransitive && TryObject(objectAt, out var count, out var countSpan, out var victims, out var last))
            {
                // "killing at least nine soldiers and two civilians": people of different kinds are figures of their own
                // (as "Nine soldiers and two civilians were killed" are), not one sum of the first kind.
                if (OfDifferentKinds(objectItems))
                {
                    var (firstCount, firstStart, firstLast, firstVictims) = objectItems[0];
                    mention = Make(p, firstLast, outcome, firstCount, Span(firstStart, firstLast), firstVictims);
                    rest = [];
                    for (var item = 1; item < objectItems.Count; item++)
                    {
                        var (itemCount, itemStart, itemLast, itemVictims) = objectItems[item];
                        rest.Add(Make(itemStart, itemLast, outcome, itemCount, Span(itemStart, itemLast), itemVictims) with { Predicate = predicate.Word });
                    }

                    return true;
                }

                mention = Make(p, last, outcome, count, countSpan, victims);
                return true;
            }

            // "helping detained Taliban insurgents escape", "killing insurgent fighters": an object of people not counted;
            // the subject before the verb is not its figure either. Not a count right before the participle ("three
            // additional wounded insurgents", "seven wounded police trainees"): that counts them.
            if (!intransitive && BarePluralObject(p + 1) && !(p > 0 && numbers.ContainsKey(tokens[p - 1].Start)) && !(p > 1 && numbers.ContainsKey(tokens[p - 2].Start)))
            {
                return false;
            }

            if (!TrySubject(p, outcome, out mention))
            {
                return false;
            }

            // "A Taliban leader was detained along with two other insurgents": the subject and the people with them.
            if (passive && WithOthers(p, out var others, out var othersLast) && (mention.Count.Low ?? mention.Count.Best) is { } subjectLow && (others.Low ?? others.Best) is { } othersLow)
            {
                var first = tokens.TokenAt(mention.Span.Start);
                var countFirst = tokens.TokenAt(mention.CountSpan.Start);
                var sum = subjectLow > long.MaxValue - othersLow ? long.MaxValue : subjectLow + othersLow;
                var withSpan = new TextSpan(tokens[countFirst].Start, tokens[othersLast].End - tokens[countFirst].Start);
                mention = Make(first, othersLast, outcome, Estimate.AtLeast(sum).WithPhrase(tokens.Slice(countFirst, othersLast)), withSpan, mention.Victims);
            }

            return true;
        }

        /// <summary>
        /// Whether the people a count names stand right after it, in at most two words or after <c>of</c> (<c>17
        /// soldiers</c>, <c>two of its men</c>), not further on past other words (<c>1,000 tons of weapons from Taliban
        /// fighters</c>).
        /// </summary>
        private static bool PeopleRightAfter(string? victims) =>
            victims is not null && (victims.StartsWith("of ", StringComparison.Ordinal) || victims.AsSpan().Count(' ') <= 1);

        /// <summary>
        /// "12 people lost their lives", "a soldier lost his life": the subject's count, dead; "We lost 17 soldiers",
        /// "the army lost two of its men", "losing 300 fighters": people lost in a fight, dead, only when its object is a
        /// count of people ("lost 17 tanks", "lost 5 percent", "lost three seats", "the losing presidential candidate"
        /// count no one).
        /// </summary>
        private bool TryLoss(int p, CasualtyOutcome outcome, out CasualtyMention mention)
        {
            mention = null!;
            if (Next(p) is "their" or "his" or "her" or "its" && Word(p + 2) is "lives" or "life")
            {
                return TrySubject(p, outcome, out mention);
            }

            if (p + 1 >= tokens.Count || !numbers.ContainsKey(tokens[p + 1].Start) || !TryObject(p + 1, out var count, out var countSpan, out var victims, out var last) || !PeopleRightAfter(victims))
            {
                return false;
            }

            mention = Make(p, last, outcome, count, countSpan, victims);
            return true;
        }

        // The last token of a run of up to eight words from token k that names people ("members of the Turkey-backed
        // factions", "fighters of the Syrian Democratic Forces"), up to a comma, "and" or a clause word; -1 when it names none.
        private int PeopleRunEnd(int k)
        {
            var end = -1;
            var people = false;
            for (var m = k; m < tokens.Count && m < k + 8 && sentenceStart[m] == sentenceStart[k]; m++)
            {
                if (tokens[m].Kind == TokenKind.Hyphen)
                {
                    continue;
                }

                if (Word(m) is not { } word || word is "and" or "or" or "but" or "while" or "who" or "which" or "that" or "said" or "according" or "including")
                {
                    break;
                }

                people |= IsVictimNoun(word) || word is "members" or "member";
                end = m;
            }

            return people ? end : -1;
        }

        // The number that ends at token k (its first token within four before it), if one does.
        private NumberMention? CountEndingAt(int k)
        {
            if (k < 0 || k >= tokens.Count || tokens[k].Kind is not (TokenKind.Number or TokenKind.Word))
            {
                return null;
            }

            for (var m = k; m >= 0 && m >= k - 4 && sentenceStart[m] == sentenceStart[k]; m--)
            {
                // Not a day of a date ("KABUL, Jan 28").
                if (numbers.TryGetValue(tokens[m].Start, out var found) && found.Span.End == tokens[k].End)
                {
                    return Word(m - 1) is { } before && Dates.CalendarWords.Months.ContainsKey(before) ? null : found;
                }
            }

            return null;
        }

        // The token of "number" when the predicate at p is what a number is of: "the number of dead", "the number of
        // those killed", "the number of people missing"; null otherwise.
        private int? NumberOfAt(int p)
        {
            var of = Word(p - 1) == "of" ? p - 1 : Word(p - 1) is "those" or "people" or "persons" && Word(p - 2) == "of" ? p - 2 : -1;
            return of > 0 && Word(of - 1) == "number" ? of - 1 : null;
        }

        /// <summary>
        /// "The death toll from Sunday's bombings rose to 290", "raising the death toll to 12", "The toll stood at 40", "a
        /// death toll of 45", "the toll reached 100": the figure a toll is told at, within twelve tokens of its
        /// sentence and before another figure's word; its victims are not named.
        /// </summary>
        private bool TryToll(int p, CasualtyOutcome outcome, out CasualtyMention mention)
        {
            mention = null!;
            var first = Word(p - 1) == "death" ? p - 1 : p;
            if (Next(p) == "of")
            {
                if (!TryObject(p + 2, out var ofCount, out var ofSpan, out _, out var ofLast))
                {
                    return false;
                }

                mention = Make(first, ofLast, outcome, ofCount, ofSpan, null);
                return true;
            }

            var told = Word(first - 1) is "the" or "its" && Word(first - 2) is { } raising && RaisingVerbs.Contains(raising);

            // "put the death toll among troops at seven": the people the toll counts, named after "among".
            var among = Next(p) == "among" ? (Word(p + 2) is "the" or "its" or "their" ? p + 3 : p + 2) : -1;
            var tollOf = among > 0 && Word(among) is { } people && IsVictimNoun(people) ? people : null;
            for (var k = tollOf is null ? p + 1 : among + 1; k < tokens.Count && k <= p + 12 && sentenceStart[k] == sentenceStart[p]; k++)
            {
                var w = Word(k);
                if (w is null)
                {
                    continue;
                }

                if ((w is "to" or "at" && told) || w is "reached" or "reaches" or "hit")
                {
                    if (!TryObject(k + 1, out var count, out var countSpan, out _, out var last))
                    {
                        return false;
                    }

                    mention = Make(first, last, outcome, count, countSpan, tollOf);
                    return true;
                }

                if (Predicates.ContainsKey(w))
                {
                    return false;
                }

                told |= TollVerbs.Contains(w);
            }

            return false;
        }

        /// <summary>
        /// "found the bodies of 410 civilians", "12 bodies were found", "recovered 30 bodies": the dead found; not bodies
        /// of another kind ("two UN bodies said").
        /// </summary>
        private bool TryBodies(int p, CasualtyOutcome outcome, out CasualtyMention mention)
        {
            mention = null!;
            if (Next(p) == "of")
            {
                if (!TryObject(p + 2, out var ofCount, out var ofSpan, out var ofVictims, out var ofLast))
                {
                    return false;
                }

                mention = Make(p, ofLast, outcome, ofCount, ofSpan, ofVictims);
                return true;
            }

            // "Nineteen bodies, some of them burned, were found": past an aside between commas, up to eight tokens.
            var after = p + 1;
            if (document.IsSymbol(after, ','))
            {
                var close = after + 1;
                while (close < tokens.Count && close <= after + 8 && !document.IsSymbol(close, ',') && tokens[close].Kind == TokenKind.Word)
                {
                    close++;
                }

                after = document.IsSymbol(close, ',') ? close + 1 : after;
            }

            after = Word(after) is "were" or "have" or "had" or "was" ? after + 1 : after;
            after = Word(after) is "been" or "also" ? after + 1 : after;
            var foundAfter = Word(after) is { } done && Found.Contains(done);
            var foundBefore = false;
            for (var k = p - 1; k >= sentenceStart[p] && k >= p - 6 && !foundBefore; k--)
            {
                foundBefore = Word(k) is { } verb && Found.Contains(verb);
            }

            return (foundAfter || foundBefore) && TrySubject(p, outcome, out mention);
        }

        /// <summary>
        /// People forced from their homes: the object of <c>displaced</c> (<c>displaced 40,000 people</c>), of
        /// <c>forced</c> or <c>drove</c> with <c>from their homes</c> or <c>to flee</c> after it (<c>forced 40,000 from
        /// their homes</c>), or the subject of <c>fled</c>, <c>were displaced</c>, <c>were left homeless</c> (<c>300,000
        /// people had fled</c>); not people named as displaced (<c>2 million displaced people</c>, a number of them, not
        /// an event's). One person is no displacement (<c>as he fled</c>, <c>a man who fled</c>): a figure of two or
        /// more, or a vague amount.
        /// </summary>
        private bool TryDisplaced(int p, out CasualtyMention mention)
        {
            mention = null!;
            var word = tokens[p].Word;
            if (word is "forced" or "forcing" or "driven" or "drove" or "driving")
            {
                // "forced 40,000 people from their homes", "drove thousands to flee"; "were forced from their homes".
                if (TryObject(p + 1, out var forcedCount, out var forcedSpan, out var forcedVictims, out var forcedLast) && FromHomesEnd(forcedLast + 1) is { } phraseLast)
                {
                    mention = Make(p, phraseLast, CasualtyOutcome.Displaced, forcedCount, forcedSpan, forcedVictims);
                    return ManyPeople(mention.Count);
                }

                return FromHomesEnd(p + 1) is not null && TrySubject(p, CasualtyOutcome.Displaced, out mention) && ManyPeople(mention.Count);
            }

            if (word is "displaced" or "displacing" or "uprooted" && Next(p) is not ("by" or "in" or "from" or "." or ",")
                && TryObject(p + 1, out var count, out var countSpan, out var victims, out var last))
            {
                mention = Make(p, last, CasualtyOutcome.Displaced, count, countSpan, victims);
                return ManyPeople(mention.Count);
            }

            // "killing 11 displaced people": the displaced as the object of another figure's verb are that figure's.
            if (word == "displaced" && Next(p) is { } noun && IsVictimNoun(noun) && p > 0 && numbers.ContainsKey(tokens[p - 1].Start) && PredicateJustBefore(p - 1))
            {
                return false;
            }

            // "a school which housed around 2,000 displaced people", "a camp sheltering 40,000 displaced": people a place
            // houses, displaced before, not by what is told.
            if (word == "displaced" && p > 0 && tokens[p - 1].Kind == TokenKind.Number && HousedBefore(p - 1))
            {
                return false;
            }

            // "a monastery where dozens of families displaced by earlier fighting had been sheltering": people displaced
            // before, by an earlier event named as the cause, are no figure of the event told.
            if (word == "displaced" && Next(p) == "by" && Word(p + 2) is "earlier" or "previous" or "prior" or "past" or "years" or "months" or "decades")
            {
                return false;
            }

            // "women collecting firewood near a camp for displaced people": a word for people after it makes "displaced"
            // their description, no predicate of a subject before it.
            if (word == "displaced" && Next(p) is { } described && IsVictimNoun(described))
            {
                return false;
            }

            return TrySubject(p, CasualtyOutcome.Displaced, out mention) && ManyPeople(mention.Count);
        }

        /// <summary>
        /// Whether a verb of housing people stands right before the count at token <paramref name="count"/>, past a bound
        /// (<c>housed around 2,000</c>, <c>sheltering some 500</c>, <c>home to 40,000</c>, <c>packed with 300</c>).
        /// </summary>
        private bool HousedBefore(int count)
        {
            var k = Word(count - 1) is "around" or "about" or "some" or "nearly" or "almost" or "roughly" or "approximately" or "over" or "more" ? count - 2 : count - 1;
            k = Word(k) == "than" && Word(k - 1) == "more" ? k - 2 : k;
            return Word(k) is "housed" or "housing" or "houses" or "house" or "sheltered" or "sheltering" or "shelters" or "hosted" or "hosting" or "hosts"
                || (Word(k) == "to" && Word(k - 1) == "home") || (Word(k) is "with" or "of" && Word(k - 1) is "packed" or "crowded" or "filled" or "full");
        }

        /// <summary>
        /// The last token of <c>from their homes</c> (or <c>villages</c>, <c>land</c>) or <c>to flee</c> when one starts
        /// at token <paramref name="k"/>; null otherwise.
        /// </summary>
        private int? FromHomesEnd(int k) =>
            Word(k) == "from" && Word(k + 1) is "their" or "his" or "her" && Word(k + 2) is "homes" or "home" or "villages" or "land" or "lands" ? k + 2
            : Word(k) == "to" && Word(k + 1) == "flee" ? k + 1
            : null;

        /// <summary>Whether a count is of more than one person: a figure above one, or a vague amount with no figure.</summary>
        private static bool ManyPeople(Estimate count) => (count.High ?? count.Best ?? count.Low) is not { } most || most > 1;

        /// <summary>"... was detained along with three of his associates", "..., together with two others", "as well as one more": who was with the subject.</summary>
        private bool WithOthers(int p, out Estimate count, out int last)
        {
            count = default;
            last = p;
            var next = p + 1;
            if (next < tokens.Count && tokens[next].Kind == TokenKind.Symbol && tokens[next].Symbol == ',')
            {
                next++;
            }

            var joiner = Word(next) switch
            {
                "along" or "together" when Word(next + 1) == "with" => 2,
                "as" when Word(next + 1) == "well" && Word(next + 2) == "as" => 3,
                _ => 0,
            };

            return joiner > 0 && TryObject(next + joiner, out count, out _, out _, out last);
        }

        /// <summary>"killed seven members of the security forces", "killing several of them", "killed the Taliban leader and one additional insurgent".</summary>
        private bool TryObject(int k, out Estimate count, out TextSpan countSpan, out string? victims, out int last)
        {
            count = default;
            countSpan = default;
            victims = null;
            last = k;
            long low = 0;
            var found = false;
            var first = -1;
            var end = k;
            objectItems.Clear();
            for (var item = 0; item < 4 && end < tokens.Count; item++)
            {
                if (!TryNounPhrase(end, out var itemCount, out var itemEnd, out var itemVictims))
                {
                    break;
                }

                objectItems.Add((itemCount, end, itemEnd - 1, itemVictims));
                found = true;
                first = first < 0 ? end : first;
                var itemLow = itemCount.Low ?? itemCount.Best ?? 0;
                low = low > long.MaxValue - itemLow ? long.MaxValue : low + itemLow;
                count = item == 0 ? itemCount : Estimate.AtLeast(low);
                victims ??= itemVictims;
                last = itemEnd - 1;
                end = itemEnd;

                // "... and one additional insurgent", "..., and several suspected insurgents"
                var next = end;
                if (next < tokens.Count && tokens[next].Kind == TokenKind.Symbol && tokens[next].Symbol == ',')
                {
                    next++;
                }

                // "... along with three of his associates", "... as well as two others"
                var joiner = Word(next) switch
                {
                    "and" => 1,
                    "along" or "together" when Word(next + 1) == "with" => 2,
                    "as" when Word(next + 1) == "well" && Word(next + 2) == "as" => 3,
                    _ => 0,
                };

                // "a Taliban commander, his deputy and several other suspected insurgents": a comma between items of a
                // list that an "and" closes.
                // Not a bare noun after the comma ("wounding 30, police and hospital officials said": the comma ends the
                // figure; "detaining one, a facilitator, and several suspected insurgents" goes on).
                // Nor who was among them ("at least 70 people, including women and children", "30 people, mostly
                // civilians", "many of them children"): some of those counted, not more.
                if (next > end && Word(next) is "including" or "mostly" or "many" or "most" or "some" or "among" or "all" or "half" or "nearly" or "almost" or "mainly")
                {
                    break;
                }

                if (joiner == 0 && next > end && item < 3 && !(Word(next) is { } bare && VictimNouns.ContainsKey(bare)) && ListGoesOn(next))
                {
                    end = next;
                    continue;
                }

                // "... and detained one more": a new predicate takes its own count.
                // So does the subject of a clause of its own ("killed all four attackers, and nine civilians died").
                if (joiner == 0 || (Word(next + joiner) is { } verb && Predicates.ContainsKey(verb))
                    || (joiner == 1 && TryNounPhrase(next + 1, out _, out var subjectEnd, out _) && Word(subjectEnd) is { } finite
                        && (Predicates.ContainsKey(finite) || finite is "were" or "was" or "are" or "is" or "have" or "has" or "had")))
                {
                    break;
                }

                end = next + joiner;
            }

            if (!found)
            {
                return false;
            }

            // Several items joined by "and" are at least their sum, worded as the whole list.
            if (count.Qualifier == EstimateQualifier.AtLeast && count.Phrase is null)
            {
                count = count.WithPhrase(tokens.Slice(first, last));
            }

            countSpan = new TextSpan(tokens[first].Start, tokens[last].End - tokens[first].Start);
            return true;
        }

        /// <summary>
        /// Whether a noun phrase starts at <paramref name="k"/> and an "and" follows it, directly or after one more comma;
        /// not when the phrase after the "and" is the subject of a verb of saying (<c>wounding 28, a police officer and
        /// hospital officials said</c>: who said it, not more people counted).
        /// </summary>
        private bool ListGoesOn(int k)
        {
            if (!TryNounPhrase(k, out _, out var itemEnd, out _))
            {
                return false;
            }

            var next = itemEnd < tokens.Count && tokens[itemEnd].Kind == TokenKind.Symbol && tokens[itemEnd].Symbol == ',' ? itemEnd + 1 : itemEnd;
            if (Word(next) != "and")
            {
                return false;
            }

            for (var m = next + 1; m < tokens.Count && m <= next + 5 && tokens[m].Kind == TokenKind.Word; m++)
            {
                if (Word(m) is "said" or "say" or "says" or "told" or "reported")
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A count with its noun ("seven members", "several of them") or a singular noun phrase ("the Taliban leader", "a facilitator", a name).</summary>
        private bool TryNounPhrase(int k, out Estimate count, out int end, out string? victims)
        {
            count = default;
            end = k;
            victims = null;
            if (k >= tokens.Count)
            {
                return false;
            }

            // "killing all three"
            if (Word(k) == "all" && k + 1 < tokens.Count && numbers.ContainsKey(tokens[k + 1].Start))
            {
                k++;
            }

            if (numbers.TryGetValue(tokens[k].Start, out var number))
            {
                end = tokens.TokenAt(number.Span.End);
                count = number.Value;
                victims = NounAfter(ref end);
                return true;
            }

            // "killed a family of five": the family's people, counted after "of".
            if (Word(k) is "a" or "an" or "one" or "the" or "his" or "her" or "their" && Word(k + 1) == "family" && Word(k + 2) == "of" && k + 3 < tokens.Count
                && numbers.TryGetValue(tokens[k + 3].Start, out var members) && Word(tokens.TokenAt(members.Span.End)) is not ("generations" or "percent" or "children"))
            {
                end = tokens.TokenAt(members.Span.End);
                count = members.Value.WithPhrase(tokens.Slice(k, end - 1));
                victims = Word(end) is "people" or "persons" ? tokens.Slice(k + 1, end++) : tokens.Slice(k + 1, k + 1);
                return true;
            }

            // "killing him": one person.
            if (Word(k) is "him" or "her")
            {
                end = k + 1;
                count = Estimate.Exactly(1).WithPhrase(tokens.Slice(k, k));
                return true;
            }

            // "killing Malawi Sahib": a name is one person.
            if (IsName(k))
            {
                end = k;
                while (end < tokens.Count && end < k + 4 && IsName(end))
                {
                    end++;
                }

                // "killed Kachin civilians", "Kills Kachin Civilians": a people's name before a plural noun of victims
                // (after it, or its last word in a headline's capitals) names no one person; with no figure, no count.
                if (IsPluralVictim(end) || IsPluralVictim(end - 1))
                {
                    end = k;
                    return false;
                }

                if (end >= tokens.Count || Word(end) is not ("province" or "district" or "city" or "village"))
                {
                    victims = tokens.Slice(k, end - 1);
                    count = Estimate.Exactly(1).WithPhrase(victims);
                    return true;
                }

                end = k;
            }

            // "other militants", "other suspected insurgents", "other policemen": more than one, with no figure.
            if (Word(k) == "other" && k + 1 < tokens.Count)
            {
                var stopOther = Math.Min(tokens.Count, k + 4);
                for (var m = k + 1; m < stopOther && tokens[m].Kind == TokenKind.Word; m++)
                {
                    if (VictimNouns.ContainsKey(tokens[m].Word) && IsPluralForm(tokens[m].Word))
                    {
                        end = m + 1;
                        victims = tokens.Slice(k, m);
                        count = Estimate.AtLeast(2).WithPhrase(victims);
                        return true;
                    }
                }
            }

            // Singular: "the Taliban leader", "a facilitator", "an insurgent", or a capitalised name.
            var j = k;
            var article = Word(j) is "the" or "a" or "an" or "one" or "his" or "her" or "their" or "its";
            if (article)
            {
                j++;
            }

            // "a mid-level Taliban leader", "an improvised explosive device cell leader"; not "a large number of Taliban"
            // (an amount, no one person).
            var stop = Math.Min(tokens.Count, j + 7);
            for (var m = j; m < stop && tokens[m].Kind is TokenKind.Word or TokenKind.Hyphen or TokenKind.Number; m++)
            {
                // "a 66-year-old man": the age is a modifier.
                if (tokens[m].Kind == TokenKind.Number)
                {
                    if (AgeEnd(m) is not (var age and >= 0))
                    {
                        break;
                    }

                    (m, stop) = (age, Math.Min(tokens.Count, Math.Max(stop, age + 4)));
                    continue;
                }

                if (tokens[m].Word == "of" && article)
                {
                    return false;
                }

                if (tokens[m].Kind == TokenKind.Word && IsVictimNoun(tokens[m].Word) && !IsPluralForm(tokens[m].Word))
                {
                    // "killing insurgent fighters": a word for them before a plural, no one person.
                    if (!article && IsPluralVictim(m + 1))
                    {
                        return false;
                    }

                    end = m + 1;
                    victims = tokens.Slice(j, m);

                    // "the Taliban commander Fayez Jan", "a Taliban sub-commander": further nouns and the name belong to the phrase.
                    while (end < tokens.Count && tokens[end].Kind == TokenKind.Word)
                    {
                        if (end + 2 < tokens.Count && tokens[end + 1].Kind == TokenKind.Hyphen && tokens[end + 2].Kind == TokenKind.Word
                            && IsVictimNoun(tokens[end + 2].Word) && !IsPluralForm(tokens[end + 2].Word))
                        {
                            victims = tokens.Slice(j, end + 2);
                            end += 3;
                            continue;
                        }

                        if (!tokens[end].Capitalised && !(IsVictimNoun(tokens[end].Word) && !IsPluralForm(tokens[end].Word)))
                        {
                            break;
                        }

                        victims = IsVictimNoun(tokens[end].Word) ? tokens.Slice(j, end) : victims;
                        end++;
                    }

                    count = Estimate.Exactly(1).WithPhrase(tokens.Slice(k, end - 1));
                    return true;
                }
            }

            // "shot dead a Palestinian in the West Bank", "killed an Afghan": a people's name alone after "a" is one of
            // them (not "a Syrian Kurdish militia", whose name runs on).
            if (Word(k) is "a" or "an" && j < tokens.Count && tokens[j].Capitalised && Gazetteer.BuiltIn.TryMatch(document, j, out var people, out var peopleEnd, out var owner)
                && !owner && people.Form == ActorMentionForm.Demonym && people.Actor.Kind == ActorKind.State && peopleEnd == j + 1 && !NameRunsOn(peopleEnd))
            {
                end = j + 1;
                victims = tokens.Slice(j, j);
                count = Estimate.Exactly(1).WithPhrase(tokens.Slice(k, j));
                return true;
            }

            return false;
        }

        /// <summary>Whether a name goes on at token <paramref name="k"/>: a capitalised word, a hyphen or a noun of people (<c>a Syrian Kurdish militia</c>, <c>an Afghan-born</c>, <c>an Afghan soldier</c>).</summary>
        private bool NameRunsOn(int k) =>
            k < tokens.Count && (tokens[k].Kind == TokenKind.Hyphen || (tokens[k].Kind == TokenKind.Word && (tokens[k].Capitalised || IsVictimNoun(tokens[k].Word))));

        /// <summary>Whether a plural noun of people, with up to two words before it and no number, starts at token <paramref name="k"/> (<c>Taliban insurgents</c>, <c>civilians</c>).</summary>
        private bool BarePluralObject(int k)
        {
            for (var m = k; m < tokens.Count && m <= k + 2 && tokens[m].Kind == TokenKind.Word; m++)
            {
                if (IsPluralVictim(m))
                {
                    return true;
                }

                if (Skippable.Contains(tokens[m].Word) || Predicates.ContainsKey(tokens[m].Word) || tokens[m].Word is "and" or "or" or "of")
                {
                    return false;
                }
            }

            return false;
        }

        private bool IsPluralVictim(int k) => k < tokens.Count && tokens[k].Kind == TokenKind.Word && tokens[k].Word is { } word
            && IsPluralForm(word) && VictimNouns.ContainsKey(word);

        /// <summary>
        /// Whether a noun names more than one: a plural in -s, one in -men (<c>fishermen</c>, <c>gunmen</c>,
        /// <c>policemen</c>), or a word for many (<c>people</c>, <c>children</c>, <c>police</c>, <c>personnel</c>).
        /// </summary>
        private static bool IsPluralForm(string word) =>
            word.EndsWith('s') || word.EndsWith("men", StringComparison.Ordinal) || word is "people" or "children" or "police" or "personnel" or "staff" or "crew";

        /// <summary>
        /// People taken hostage: the object of the verb when it is <c>hostages</c> or followed by <c>hostage</c> (<c>seized 12
        /// hostages</c>, <c>took 30 people hostage</c>), or the subject of a passive followed by <c>hostage</c> (<c>Five
        /// foreigners were taken hostage</c>, <c>are being held hostage</c>).
        /// </summary>
        private bool TryHostages(int p, out CasualtyMention mention)
        {
            mention = null!;
            if (Next(p) == "hostage")
            {
                if (!TrySubject(p, CasualtyOutcome.Abducted, out mention))
                {
                    return false;
                }

                var start = mention.Span.Start;
                mention = mention with { Span = new TextSpan(start, tokens[p + 1].End - start) };
                return true;
            }

            if (!TryObject(p + 1, out var count, out var countSpan, out var victims, out var last))
            {
                return false;
            }

            if (Word(last + 1) == "hostage")
            {
                mention = Make(p, last + 1, CasualtyOutcome.Abducted, count, countSpan, victims);
                return true;
            }

            // "took 30 people hostage" read as one noun phrase: the people are the victims.
            // Not a count read from the singular itself ("holding lawmakers hostage" counts no one).
            if (Word(last) == "hostage" && last - 1 > p && IsVictimNoun(tokens[last - 1].Word)
                && count.Phrase is { } phrase && !phrase.EndsWith("hostage", StringComparison.OrdinalIgnoreCase))
            {
                mention = Make(p, last, CasualtyOutcome.Abducted, count, countSpan, tokens[last - 1].Word);
                return true;
            }

            if (victims is "hostages")
            {
                mention = Make(p, last, CasualtyOutcome.Abducted, count, countSpan, victims);
                return true;
            }

            // "Boko Haram militants seized 276 schoolgirls from Chibok": people seized, counted, are taken; not a place or
            // a thing ("seized two villages", "seized 17 tanks"), nor people taken somewhere ("took 30 people to hospital").
            if (tokens[p].Word is "seized" or "seizing" or "seize" or "seizes" && numbers.ContainsKey(tokens[p + 1].Start) && PeopleRightAfter(victims))
            {
                mention = Make(p, last, CasualtyOutcome.Abducted, count, countSpan, victims);
                return true;
            }

            return false;
        }

        /// <summary>The subject counted by a passive predicate at <paramref name="p"/>: "15 of its fighters were killed", "three insurgents have been killed", "No one was hurt", "a leader was killed".</summary>
        private bool TrySubject(int p, CasualtyOutcome outcome, out CasualtyMention mention)
        {
            mention = null!;
            CasualtyMention? apposition = null;
            if (TrySubjectBefore(p, outcome, ref apposition, out mention))
            {
                return true;
            }

            mention = apposition!;
            return apposition is not null;
        }

        /// <summary>Whether a relative pronoun (<c>who</c>, <c>that</c>, <c>which</c>) stands from token <paramref name="from"/> up to <paramref name="to"/>.</summary>
        private bool RelativeBetween(int from, int to)
        {
            for (var m = from; m < to; m++)
            {
                if (Word(m) is "who" or "that" or "which" or "whom")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The counts before the last of a list joined by "and" (and commas) before one predicate, in order, when
        /// <paramref name="second"/> is the figure it was found with (not one another reading of the predicate found
        /// after it); taken once.
        /// </summary>
        internal List<CasualtyMention>? TakePendingFirst(CasualtyMention? second = null)
        {
            var firsts = pendingFirst;
            pendingFirst = null;
            return second is not null && firsts is [var first, ..] && first.Outcome == second.Outcome && second.CountSpan.Start == pendingSecondCount ? firsts : null;
        }

        private List<CasualtyMention>? pendingFirst;

        // The items of the last object list read (their count, first and last tokens and people), in order.
        private readonly List<(Estimate Count, int First, int Last, string? Victims)> objectItems = [];

        // The figures of a list's later items of other kinds than its first, after the first's.
        private List<CasualtyMention>? rest;

        /// <summary>The figures of the later items of the list the last figure was read from, when they are of other kinds than its first; taken once.</summary>
        internal List<CasualtyMention>? TakeRest()
        {
            var taken = rest;
            rest = null;
            return taken;
        }

        /// <summary>
        /// Whether the items of a list name people of more than one kind, each of a kind the parser knows (<c>nine
        /// soldiers and two civilians</c>); not when one is of no known kind (<c>two soldiers and three others</c>) or is
        /// told as more of the others (<c>two other people</c>).
        /// </summary>
        private static bool OfDifferentKinds(List<(Estimate Count, int First, int Last, string? Victims)> items)
        {
            if (items.Count < 2)
            {
                return false;
            }

            var first = Category(items[0].Victims);
            var mixed = false;
            foreach (var item in items)
            {
                // "a senior Hezbollah commander and two other people", "a police commander and other policemen": more of
                // those counted, one figure.
                // "nine members of the SDF and two civilians": members of a body named are a kind of their own.
                var category = Category(item.Victims);
                var membersOf = item.Victims is { } of && (of.StartsWith("members of ", StringComparison.OrdinalIgnoreCase) || of.StartsWith("member of ", StringComparison.OrdinalIgnoreCase));
                if ((category == VictimCategory.Unknown && !membersOf) || item.Victims!.StartsWith("other", StringComparison.OrdinalIgnoreCase) || item.Victims.Contains(" other", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                mixed |= category != first;
            }

            return mixed;
        }

        /// <summary>Whether a figure's predicate stands within three words before token <paramref name="k"/> (<c>killed at least 5</c>), in its sentence.</summary>
        private bool PredicateJustBefore(int k)
        {
            for (var m = k - 1; m >= sentenceStart[k] && m >= k - 3 && tokens[m].Kind == TokenKind.Word; m--)
            {
                if (IsPredicate.Of(tokens[m].Lexeme))
                {
                    return true;
                }
            }

            return false;
        }

        // Where the count the pending first one was found with starts.
        private int pendingSecondCount = -1;

        private bool TrySubjectBefore(int p, CasualtyOutcome outcome, ref CasualtyMention? apposition, out CasualtyMention mention)
        {
            mention = null!;
            var from = Math.Max(sentenceStart[p], p - Window);
            for (var k = p - 1; k >= from; k--)
            {
                var word = Word(k);
                if (word is "no" or "none" or "nobody" && (k == p - 1 || Word(k + 1) is "one" or "civilians" or "people" or "casualties" or "other" or "were" or "was" or "soldiers" or "troops" or "one's"))
                {
                    // "No one was hurt": the count is "No one"; "no civilians were harmed": the victims are civilians.
                    var countEnd = Word(k + 1) == "one" ? k + 1 : k;
                    var named = Word(k + 1) is { } next && next != "one" && VictimNouns.ContainsKey(next) ? next : null;
                    mention = Make(k, p, outcome, Estimate.Exactly(0).WithPhrase(tokens.Slice(k, countEnd)), Span(k, countEnd), named);
                    return true;
                }

                // "A local official said those missing numbered 287": a verb of speech between a count and the predicate
                // tells what the count's people said, not what befell them; not one set off by commas ("Three people,
                // police said, were killed"), nor one of a relative clause ("Two policemen who told reporters they were
                // attacked were wounded").
                if (word is "said" or "says" or "say" or "told" or "added" or "put" or "puts" && k + 1 < p && Word(k + 1) is not null && Word(k - 1) is not ("who" or "that" or "which"))
                {
                    return false;
                }

                if (numbers.TryGetValue(tokens[k].Start, out var number) && number.Span.End <= tokens[p].Start)
                {
                    // The count must name people: "three insurgents were killed", "two were detained", not "44 pounds were seized ... detained".
                    var after = tokens.TokenAt(number.Span.End);
                    var victims = NounAfter(ref after);
                    var bare = after < tokens.Count && (after == p || (Word(after) is { } next && (Auxiliaries.Contains(next) || next is "have" or "has" or "had" or "of")));
                    if (victims is null && !bare)
                    {
                        continue;
                    }

                    // "Two insurgents, one of them the targeted commander, were killed": the apposition picks one of
                    // the people counted before it; that count is the subject's, when there is one.
                    if (k > from && tokens[k - 1].Kind == TokenKind.Symbol && tokens[k - 1].Symbol == ',' && Word(k + 1) == "of" && Word(k + 2) is "them" or "whom")
                    {
                        apposition ??= Make(k, p, outcome, number.Value, number.Span, victims);
                        continue;
                    }

                    // "At least 30 soldiers, including two officers, were killed", "Eleven people, among them two
                    // journalists, were wounded": some of those counted before it; that count is the subject's, when there
                    // is one. Not when the verb is the part's own ("secured 15 people, including two people who had been
                    // wounded").
                    if ((Word(k - 1) == "including" || (Word(k - 1) is "them" or "whom" && Word(k - 2) == "among")) && k - 1 > from && !RelativeBetween(k + 1, p))
                    {
                        apposition ??= Make(k, p, outcome, number.Value, number.Span, victims);
                        continue;
                    }

                    // "Eight police commandos and their civilian driver were killed": one more person after the count's
                    // noun, the list ending right before the predicate's auxiliaries.
                    if (victims is not null && Word(after) == "and" && Word(after + 1) is "their" or "his" or "her" or "its" && after + 1 < p
                        && TryNounPhrase(after + 1, out var oneMore, out var oneMoreEnd, out _) && oneMore.IsExact && oneMore.Best == 1 && oneMoreEnd <= p
                        && OnlyAuxiliaries(oneMoreEnd, p) && (number.Value.Low ?? number.Value.Best) is { } withOneMore && withOneMore < long.MaxValue)
                    {
                        mention = OneMoreThan(withOneMore, k, tokens[oneMoreEnd - 1].End, p, outcome, victims);
                        return true;
                    }

                    // "A senior militant commander of Kunduz Province and two senior advisors were killed", "a HIG leader
                    // along with two suspected insurgents was detained": one more.
                    // "a woman and her two children were wounded": one more, past the possessive.
                    var listed = Word(k - 1) == "and" ? k - 2 : Word(k - 1) == "with" && Word(k - 2) is "along" or "together" ? k - 3
                        : Word(k - 1) is "her" or "his" or "their" && Word(k - 2) == "and" ? k - 3 : -1;
                    // "a man, his wife and their three children were shot dead": each one listed before counts.
                    var (listFirst, ones) = listed >= 0 && Word(listed + 1) == "and" ? SinglesBefore(listed, Math.Max(from, k - 24)) : (-1, 0);
                    if (ones > 1 && (number.Value.Low ?? number.Value.Best) is { } countedWith && countedWith < long.MaxValue - ones)
                    {
                        var listEnd = victims is not null && after > 0 ? tokens[after - 1].End : number.Span.End;
                        var listSpan = new TextSpan(tokens[listFirst].Start, listEnd - tokens[listFirst].Start);
                        mention = Make(listFirst, p, outcome, Estimate.AtLeast(countedWith + ones).WithPhrase(tokens.Cut(listSpan.Start, listSpan.Length)), listSpan, victims);
                        return true;
                    }

                    if (listed >= 0 && OneBefore(listed, Math.Max(from, k - 12)) is { } one && (number.Value.Low ?? number.Value.Best) is { } counted && counted < long.MaxValue)
                    {
                        mention = OneMoreThan(counted, one, number.Span.End, p, outcome, victims);
                        return true;
                    }

                    // "At least 21 hostages and four soldiers were killed", "More than 2,100 Palestinians and 70 people on
                    // the Israeli side were killed", "Two Haqqani facilitators and two other militants were killed": two
                    // counts of people, each a figure of its own (the first one waits to be taken before this one).
                    // Not the object of a verb of harm before it ("killed 5 soldiers and 11 others were wounded": the
                    // soldiers are the dead).
                    // "Three soldiers, two police officers and two civilians were killed": the counts before, each after a comma.
                    var joiner = k - 1;
                    pendingFirst = null;
                    for (var item = 0; item < 5 && (item == 0 ? Word(joiner) == "and" : document.IsSymbol(joiner, ',')); item++)
                    {
                        if (CountBeforeAnd(joiner, from) is not { } earlier || (earlier.Count.IsExact && earlier.Count.Best == 1)
                            || !numbers.TryGetValue(tokens[earlier.First].Start, out var firstNumber) || PredicateJustBefore(earlier.First))
                        {
                            break;
                        }

                        var afterFirst = tokens.TokenAt(firstNumber.Span.End);
                        var firstVictims = NounAfter(ref afterFirst);
                        var firstSpan = Span(earlier.First, afterFirst - 1);
                        (pendingFirst ??= []).Insert(0, Make(earlier.First, p, outcome, firstNumber.Value, firstNumber.Span, firstVictims) with { Span = firstSpan, Text = tokens.Cut(firstSpan.Start, firstSpan.Length) });
                        pendingSecondCount = number.Span.Start;
                        joiner = earlier.First - 1;
                    }

                    mention = Make(k, p, outcome, number.Value, number.Span, victims);
                    return true;
                }

                // "The governor was killed", "Jamal Khashoggi was strangled", "Saudi journalist Jamal Khashoggi was
                // killed": one person, the one the text names or speaks of, right before the passive's "was".
                if (word == "was" && (k + 1 == p || (k + 2 == p && Word(k + 1) is "later" or "also" or "reportedly" or "allegedly" or "fatally" or "then" or "subsequently"))
                    && OnePersonBefore(k) is { } person)
                {
                    mention = Make(person.First, p, outcome, Estimate.Exactly(1).WithPhrase(tokens.Slice(person.First, k - 1)), Span(person.First, k - 1), person.Noun);
                    return true;
                }

                // "He was engaged and killed": one person.
                if (word is "he" or "she" && (k + 1 == p || Word(k + 1) is "was" or "is" or "had" or "has"))
                {
                    mention = Make(k, p, outcome, Estimate.Exactly(1).WithPhrase(tokens.Slice(k, k)), Span(k, k), null);
                    return true;
                }

                // "the facilitator, who was detained": one person, the one the clause is about.
                // Not past a clause of its own ("The official, who was appointed in January, was slightly hurt").
                if (word == "who" && Word(k + 1) == "was" && p - k <= 4 && k >= 2 && tokens[k - 1].Kind == TokenKind.Symbol && tokens[k - 1].Symbol == ','
                    && tokens[k - 2].Kind == TokenKind.Word && VictimNouns.ContainsKey(tokens[k - 2].Word) && !tokens[k - 2].Word.EndsWith('s'))
                {
                    mention = Make(k, p, outcome, Estimate.Exactly(1).WithPhrase(tokens.Slice(k, k)), Span(k, k), tokens.Slice(k - 2, k - 2));
                    return true;
                }

                // Not the unit some were members of ("Two members of a state police commando unit were killed": two).
                // "Another man was seriously wounded": one more person, counted alone.
                if (word is "a" or "an" or "one" or "another" && k + 1 < p && !(Word(k - 1) == "of" && Word(k - 2) is "members" or "personnel")
                    && PersonAfterArticle(k, p) is { } first && !AmountWordBetween(k + 1, first))
                {
                    // "a civilian driver": the phrase runs on to the noun that ends it.
                    var noun = Math.Min(LastNounOfCompound(first), p - 1);
                    // "Two soldiers and a policeman were killed": the count before "and" and this one, at least three.
                    if (Word(k - 1) == "and" && CountBeforeAnd(k - 1, from) is { } listed && (listed.Count.Low ?? listed.Count.Best) is { } before && before < long.MaxValue)
                    {
                        mention = OneMoreThan(before, listed.First, tokens[noun].End, p, outcome, tokens.Slice(k + 1, noun));
                        return true;
                    }

                    mention = Make(k, p, outcome, Estimate.Exactly(1).WithPhrase(tokens.Slice(k, noun)), Span(k, noun), tokens.Slice(k + 1, noun));
                    return true;
                }

                if (word is not null && Predicates.ContainsKey(word))
                {
                    // Another predicate in between: the count before it is its own.
                    return false;
                }
            }

            return false;
        }

        /// <summary>
        /// The one person whose phrase ends right before the <c>was</c> at token <paramref name="was"/>: a singular
        /// noun of a person after <c>the</c> or a possessive (<c>the governor</c>, <c>Hezbollah's commander</c>), or a
        /// name (<c>Jamal Khashoggi</c>, <c>Governor Ahmad Khan</c>) with the noun before it, if any, for the victims.
        /// </summary>
        private (int First, string? Noun)? OnePersonBefore(int was)
        {
            var j = was - 1;
            if (j < 1 || tokens[j].Kind != TokenKind.Word)
            {
                return null;
            }

            // Not one the text introduced before ("a precision strike on a Taliban commander. ... the commander was
            // killed"): that person is counted where the text counts them, if it does.
            if (!tokens[j].Capitalised)
            {
                var noun = tokens[j].Word;
                return IsVictimNoun(noun) && !noun.EndsWith('s') && noun is not ("police" or "taliban" or "personnel" or "service")
                    && (Word(j - 1) is "the" or "his" or "her" or "its" or "their" || (Word(j - 1) is { } owner && owner.EndsWith("'s", StringComparison.Ordinal)))
                    && !NamedBefore(noun, j - 1)
                    ? (j - 1, noun)
                    : null;
            }

            if (!IsName(j))
            {
                return null;
            }

            var first = j;
            while (first - 1 >= sentenceStart[j] && first > j - 4 && tokens[first - 1].Kind == TokenKind.Word && tokens[first - 1].Capitalised
                && !CalendarWords.FullNames.Contains(tokens[first - 1].Word))
            {
                first--;
            }

            return Word(first - 1) is { } title && IsVictimNoun(title) && !title.EndsWith('s') ? (first - 1, title) : (first, null);
        }

        /// <summary>Whether <paramref name="noun"/> stands among the 400 tokens before token <paramref name="before"/>.</summary>
        private bool NamedBefore(string noun, int before)
        {
            for (var k = before - 1; k >= 0 && k >= before - 400; k--)
            {
                if (tokens[k].Kind == TokenKind.Word && tokens[k].Word == noun)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a word of an amount (<c>dozen</c>, <c>hundred</c>, <c>few</c>) stands from <paramref name="from"/> up to <paramref name="to"/>: "a dozen officials" is no one person.</summary>
        private bool AmountWordBetween(int from, int to)
        {
            for (var m = from; m < to; m++)
            {
                if (Word(m) is "dozen" or "dozens" or "hundred" or "hundreds" or "thousand" or "thousands" or "million" or "few" or "couple" or "handful" or "number"
                    or "score" or "scores" or "lot" or "series" or "group")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The count of people whose noun ends right before the <c>and</c> at token <paramref name="and"/>, searched back
        /// no further than <paramref name="from"/> and ten tokens: a number (<c>Two soldiers and</c>) or one person
        /// (<c>a soldier and</c>), with the token it starts at.
        /// </summary>
        private (int First, Estimate Count)? CountBeforeAnd(int and, int from)
        {
            // (Ten tokens: "85 members of the Turkish-backed factions and".)
            for (var j = and - 1; j >= from && j >= and - 10; j--)
            {
                if (numbers.TryGetValue(tokens[j].Start, out var number))
                {
                    var after = tokens.TokenAt(number.Span.End);
                    return NounAfter(ref after) is not null && (after == and || OfPhraseUpTo(after, and)) ? (j, number.Value) : null;
                }

                if (Word(j) is "a" or "an" or "one" && PersonAfterArticle(j, and) is { } one && one == and - 1)
                {
                    return (j, Estimate.Exactly(1));
                }

                // The digits of a count with its bound before them ("at least 21 hostages and") are passed to the bound; so
                // is a hyphen inside a word ("Turkish-backed").
                if ((tokens[j].Kind is not (TokenKind.Word or TokenKind.Number) && !(tokens[j].Kind == TokenKind.Hyphen && tokens[j].Glued && j > 0 && tokens[j - 1].Glued))
                    || Predicates.ContainsKey(tokens[j].Word))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>
        /// Whether the tokens from <paramref name="of"/> to <paramref name="and"/> are <c>of</c> and the words of whose the
        /// people are, nothing else (<c>85 members of the Turkish-backed factions and</c>).
        /// </summary>
        private bool OfPhraseUpTo(int of, int and)
        {
            if (Word(of) != "of" || and - of > 6)
            {
                return false;
            }

            for (var m = of + 1; m < and; m++)
            {
                if (tokens[m].Kind is not (TokenKind.Word or TokenKind.Hyphen) || Predicates.ContainsKey(tokens[m].Word))
                {
                    return false;
                }
            }

            return and > of + 1;
        }

        /// <summary>A capitalised word that is not the start of a sentence, a month, a day or a place word: part of a name.</summary>
        private bool IsName(int k) =>
            k < tokens.Count && tokens[k].Capitalised && sentenceStart[k] != k
            && !CalendarWords.FullNames.Contains(tokens[k].Word) && tokens[k].Word is not ("afghan" or "coalition" or "taliban" or "isaf");

        /// <summary>
        /// The people of a list of one person each that ends at token <paramref name="last"/> (<c>a man, his wife</c>),
        /// joined by commas and <c>and</c>, searched back to <paramref name="first"/>: its first token and how many (none: -1
        /// and 0).
        /// </summary>
        private (int First, int Count) SinglesBefore(int last, int first)
        {
            var (start, count) = (-1, 0);
            var end = last;
            while (end >= first && count < 6)
            {
                var found = -1;
                for (var j = end; j >= first && j >= end - 4 && tokens[j].Kind != TokenKind.Symbol; j--)
                {
                    if (Word(j) is "a" or "an" or "one" or "his" or "her" or "their" && PersonAfterArticle(j, end + 1) == end)
                    {
                        found = j;
                        break;
                    }
                }

                if (found < 0)
                {
                    break;
                }

                (start, count) = (found, count + 1);
                end = found - 1;
                if (Word(end) == "and")
                {
                    end--;
                }

                if (!document.IsSymbol(end, ',') && Word(end + 1) != "and")
                {
                    break;
                }

                end -= document.IsSymbol(end, ',') ? 1 : 0;
            }

            return (start, count);
        }

        /// <summary>The token of "a", "an" or "one" that starts a singular noun phrase naming a person, ending at or before <paramref name="last"/>; searched back to <paramref name="first"/>.</summary>
        private int? OneBefore(int last, int first)
        {
            for (var j = last; j >= first && j >= 0; j--)
            {
                if (Word(j) is "a" or "an" or "one" && PersonAfterArticle(j, Math.Min(last + 1, j + 5)) is not null)
                {
                    return j;
                }

                if (tokens[j].Kind == TokenKind.Symbol || (tokens[j].Kind == TokenKind.Word && Predicates.ContainsKey(tokens[j].Word)))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>The last word of a force's name after "members of the": "Army", "Police", "Forces".</summary>
        private static bool IsForceName(string word) =>
            word.Equals("army", StringComparison.OrdinalIgnoreCase) || word.Equals("police", StringComparison.OrdinalIgnoreCase)
            || word.Equals("forces", StringComparison.OrdinalIgnoreCase) || word.Equals("guard", StringComparison.OrdinalIgnoreCase)
            || word.Equals("gendarmerie", StringComparison.OrdinalIgnoreCase);

        /// <summary>Whether the tokens from <paramref name="from"/> up to <paramref name="to"/> (exclusive) are auxiliaries of a predicate ("were", "have been", "were also").</summary>
        private bool OnlyAuxiliaries(int from, int to)
        {
            for (var m = from; m < to; m++)
            {
                if (Word(m) is not { } word || !(Auxiliaries.Contains(word) || word is "have" or "has" or "had"))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A word naming people, or a compound ending in one ("sub-commander", "co-founder").</summary>
        private static bool IsVictimNoun(string word)
        {
            if (VictimNouns.ContainsKey(word))
            {
                return true;
            }

            var hyphen = word.LastIndexOf('-');
            return hyphen > 0 && hyphen < word.Length - 1 && VictimNouns.ContainsKey(word[(hyphen + 1)..]);
        }

        /// <summary>
        /// The noun of a person after the article at token <paramref name="article"/>, before <paramref name="to"/>, with
        /// only its modifiers between (<c>a senior militant commander</c>): not past a unit of time or a word that opens
        /// another phrase (<c>a day after police fired</c>, <c>a week after protesters stormed</c>).
        /// </summary>
        private int? PersonAfterArticle(int article, int to)
        {
            // "A 45-year-old woman was wounded": the age is a modifier.
            var from = AgeEnd(article + 1) is var age and >= 0 ? age + 1 : article + 1;
            if (VictimNoun(from, to) is not { } noun)
            {
                return null;
            }

            for (var m = from; m < noun; m++)
            {
                if (Word(m) is { } between && (TimeExpressions.TimeWords.Units.ContainsKey(between)
                    || between is "after" or "before" or "since" or "when" or "while" or "as" or "in" or "on" or "at" or "by" or "from" or "with" or "to" or "for" or "of" or "and" or "or"
                        or "that" or "which" or "who" or "its" or "their" or "his" or "her" or "the"))
                {
                    return null;
                }
            }

            return noun;
        }

        private int? VictimNoun(int from, int to)
        {
            for (var m = from; m < to && m < from + 4; m++)
            {
                if (tokens[m].Kind == TokenKind.Word && (IsVictimNoun(tokens[m].Word) || IsForceName(tokens[m].Word)))
                {
                    return m;
                }

                // "nine members of the SDF and two civilians": a second count after "and" is no part of the first's noun.
                if (StartsAnotherCount(m))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>Whether token <paramref name="m"/> is <c>and</c> or <c>or</c> before a number, in digits or words.</summary>
        private bool StartsAnotherCount(int m) =>
            Word(m) is "and" or "or" && m + 1 < tokens.Count
            && (tokens[m + 1].Kind == TokenKind.Number || (Word(m + 1) is { } amount && Numbers.NumberWords.Units.ContainsKey(amount)));

        /// <summary>
        /// The last token of one to four words from token <paramref name="m"/> (a name, <c>the SDF</c>, or a noun, <c>the
        /// armed group</c>) that end before <c>and</c> or <c>or</c> and a number (<c>members of the SDF and two
        /// civilians</c>), or -1.
        /// </summary>
        private int OfBeforeAnotherCount(int m)
        {
            for (var n = m; n < tokens.Count && n < m + 4 && tokens[n].Kind == TokenKind.Word && !Skippable.Contains(tokens[n].Word) && !Predicates.ContainsKey(tokens[n].Word); n++)
            {
                if (StartsAnotherCount(n + 1))
                {
                    return n;
                }
            }

            return -1;
        }

        /// <summary>The victims' words after a count: "members of the security forces", "of them", "suspected insurgents".</summary>
        private string? NounAfter(ref int k)
        {
            // "saying it had killed 15 "apostate soldiers"": the people in quotation marks opened right after the count.
            if (k > 0 && k + 1 < tokens.Count && tokens[k].Kind == TokenKind.Symbol && tokens[k].Symbol is '"' or '\u201C' && tokens[k + 1].Kind == TokenKind.Word
                && tokens[k].End == tokens[k + 1].Start && tokens[k - 1].End < tokens[k].Start)
            {
                var inner = k + 1;
                if (NounAfter(ref inner) is { } quoted)
                {
                    k = inner < tokens.Count && tokens[inner].Kind == TokenKind.Symbol && tokens[inner].Symbol is '"' or '\u201D' ? inner + 1 : inner;
                    return quoted;
                }

                return null;
            }

            var start = k;
            var stop = Math.Min(tokens.Count, k + 6);
            for (var m = k; m < stop && (tokens[m].Kind is TokenKind.Word or TokenKind.Number || IsAbbreviationPoint(m)); m++)
            {
                // "Two U.S. soldiers", "two U.N. peacekeepers": the points of a country's or a body's letters.
                if (tokens[m].Kind == TokenKind.Symbol)
                {
                    stop = Math.Min(tokens.Count, stop + 1);
                    continue;
                }

                // "a 66-year-old man", "an 8-year-old boy": an age is a modifier, not a count.
                if (tokens[m].Kind == TokenKind.Number)
                {
                    if (AgeEnd(m) is var age and >= 0)
                    {
                        stop = Math.Min(tokens.Count, age + 4);
                        m = age;
                        continue;
                    }

                    break;
                }

                if (VictimNouns.ContainsKey(tokens[m].Word) || tokens[m].Word is "them" or "others")
                {
                    // "members of the security forces": run on through "of the" to the last noun.
                    var end = m;
                    while (end + 2 < tokens.Count && Word(end + 1) == "of" && (VictimNouns.ContainsKey(Word(end + 2) ?? string.Empty)
                        || (Word(end + 2) is "the" or "a" or "an" && end + 4 < tokens.Count && VictimNoun(end + 3, Math.Min(end + 7, tokens.Count)) is not null)))
                    {
                        // "members of the Iraqi security forces", "members of the Afghan National Army", "members of a state
                        // police commando unit", "members of the Turkish-backed factions": a modifier or two before the
                        // noun (a hyphenated one too), which may be part of a force's name.
                        end = Word(end + 2) is "the" or "a" or "an" ? VictimNoun(end + 3, Math.Min(end + 7, tokens.Count))!.Value : end + 2;
                    }

                    // "nine members of the SDF and two civilians", "members of the group and two children": the name or
                    // noun the members are of, before another count.
                    if (end + 3 < tokens.Count && Word(end + 1) == "of" && Word(end + 2) == "the" && OfBeforeAnotherCount(end + 3) is var named and >= 0)
                    {
                        end = named;
                    }

                    // "two Taliban vehicle-borne improvised explosive device facilitators": a name used as a modifier;
                    // the phrase runs on over its words to the noun that ends it.
                    end = LastNounOfCompound(end);
                    k = end + 1;
                    return tokens.Slice(start, end);
                }

                if (!Skippable.Contains(tokens[m].Word) && !char.IsLetter(tokens[m].Word[0]))
                {
                    break;
                }

                // "three days after the woman was reported missing": a count of time, or a word that opens a clause,
                // ends the search; the people after it are not counted by the number.
                if (TimeExpressions.TimeWords.Units.ContainsKey(tokens[m].Word) || tokens[m].Word is "after" or "before" or "since" or "when" or "while" or "ago")
                {
                    break;
                }
            }

            return null;
        }

        /// <summary>Whether token <paramref name="m"/> is the point after a capital letter of an abbreviation (<c>U.S.</c>, <c>U.N.</c>), glued to it.</summary>
        private bool IsAbbreviationPoint(int m) =>
            m > 0 && tokens[m].Kind == TokenKind.Symbol && tokens[m].Symbol == '.' && tokens[m - 1].Kind == TokenKind.Word && tokens[m - 1].Length == 1
            && tokens[m - 1].Capitalised && tokens[m - 1].End == tokens[m].Start && m + 1 < tokens.Count && tokens[m + 1].Kind == TokenKind.Word;

        /// <summary>The last token of an age at token <paramref name="m"/> (<c>66-year-old</c>, <c>8-month-old</c>, <c>16-years-old</c>), or -1.</summary>
        private int AgeEnd(int m) => CasualtyScanner.AgeEnd(tokens, m);

        /// <summary>
        /// The last victim noun of a run of modifiers and hyphens that starts after <paramref name="noun"/> and holds no
        /// function word, within seven tokens; <paramref name="noun"/> itself when the run has none.
        /// </summary>
        private int LastNounOfCompound(int noun)
        {
            var last = noun;
            var stop = Math.Min(tokens.Count, noun + 8);
            for (var m = noun + 1; m < stop && tokens[m].Kind is TokenKind.Word or TokenKind.Hyphen; m++)
            {
                if (tokens[m].Kind == TokenKind.Hyphen)
                {
                    continue;
                }

                var word = tokens[m].Word;
                if (Skippable.Contains(word) || Predicates.ContainsKey(word) || HostageVerbs.Contains(word) || word is "and" or "or" or "in" or "on" or "at" or "during" or "with" or "along" or "from" or "by" or "after" or "as" or "who" or "that" or "which" or "of" or "for" or "near" or "to"
                    // "at least 30 civilians including children", "30 people mostly women": some of those counted, not
                    // the noun of the count.
                    or "including" or "excluding" or "mostly" or "mainly" or "among" or "such" or "like" or "plus" or "besides" or "many" or "most"
                    or "some" or "all" or "half" or "nearly" or "almost")
                {
                    break;
                }

                if (IsVictimNoun(word))
                {
                    last = m;
                }
            }

            return last;
        }

        /// <summary>
        /// A list of people that counts at least one more than <paramref name="counted"/> ("Two soldiers and a policeman",
        /// "a woman and her two children", "Eight police commandos and their civilian driver"): the list, from token
        /// <paramref name="first"/> to character <paramref name="end"/>, is the count's phrase and span.
        /// </summary>
        private CasualtyMention OneMoreThan(long counted, int first, int end, int p, CasualtyOutcome outcome, string? victims)
        {
            var listSpan = new TextSpan(tokens[first].Start, end - tokens[first].Start);
            return Make(first, p, outcome, Estimate.AtLeast(counted + 1).WithPhrase(tokens.Cut(listSpan.Start, listSpan.Length)), listSpan, victims);
        }

        /// <summary>
        /// One more person after a verb at token <paramref name="p"/>: <c>a third</c> (<c>second</c> to <c>sixth</c>) or
        /// <c>another</c>, with no word for people after it, when a count of people stands before it in its sentence
        /// (<c>killing two of the attackers and wounding a third</c>): the last token and the people's word; null otherwise.
        /// </summary>
        private (int Last, string Victims)? OneMoreAfter(int p)
        {
            var last = Word(p + 1) == "another" ? p + 1
                : Word(p + 1) == "a" && Word(p + 2) is "second" or "third" or "fourth" or "fifth" or "sixth" ? p + 2
                : -1;
            if (last < 0 || (Word(last + 1) is { } after && (IsVictimNoun(after) || after is "of" or "one")) || (last + 1 < tokens.Count && tokens[last + 1].Kind == TokenKind.Number))
            {
                return null;
            }

            // The people counted before it: a number, then their word within three tokens ("two of the attackers", "two gunmen").
            for (var k = p - 1; k >= sentenceStart[p] && k >= p - 8; k--)
            {
                if (Word(k) is { } noun && IsVictimNoun(noun))
                {
                    for (var n = k - 1; n >= sentenceStart[p] && n >= k - 3; n--)
                    {
                        if (numbers.ContainsKey(tokens[n].Start))
                        {
                            return (last, noun);
                        }
                    }

                    return null;
                }
            }

            return null;
        }

        private CasualtyMention Make(int first, int last, CasualtyOutcome outcome, Estimate count, TextSpan countSpan, string? victims)
        {
            var start = Math.Min(tokens[first].Start, countSpan.Start);
            var end = Math.Max(tokens[last].End, countSpan.End);
            return new CasualtyMention(
                new TextSpan(start, end - start),
                tokens.Cut(start, end - start),
                outcome,
                count,
                countSpan,
                PredicateWords(first, last),
                victims,
                Category(victims));
        }

        private string PredicateWords(int first, int last)
        {
            for (var m = last; m >= first; m--)
            {
                if (tokens[m].Kind == TokenKind.Word && Predicates.ContainsKey(tokens[m].Word))
                {
                    return tokens.Slice(m, m);
                }
            }

            for (var m = first; m <= last && m < tokens.Count; m++)
            {
                if (tokens[m].Kind == TokenKind.Word && (Predicates.ContainsKey(tokens[m].Word) || DisplacementPredicates.Contains(tokens[m].Word) || HostageVerbs.Contains(tokens[m].Word)))
                {
                    return tokens.Slice(m, m);
                }
            }

            return string.Empty;
        }

        internal static VictimCategory Category(string? victims)
        {
            if (victims is null)
            {
                return VictimCategory.Unknown;
            }

            var lower = victims.ToLowerInvariant();
            if (lower.Contains("security forces", StringComparison.Ordinal))
            {
                return VictimCategory.SecurityForces;
            }

            var category = VictimCategory.Unknown;
            string? before = null;
            foreach (var word in lower.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // "aid workers", "humanitarian workers": aid workers; "construction workers", "factory workers": civilians.
                if (word == "workers" && before is not ("aid" or "humanitarian" or "relief" or "charity" or "ngo" or "un" or "u.n." or "health" or "medical" or "rescue" or "vaccination" or "polio"))
                {
                    category = VictimCategory.Civilians;
                }
                else if (VictimNouns.TryGetValue(word, out var c) && c != VictimCategory.Unknown)
                {
                    category = c;
                }
                else if (word is "commando" or "commandos" && category == VictimCategory.Unknown)
                {
                    // "five commandos": soldiers; "police commandos": police, as the word before says.
                    category = VictimCategory.Military;
                }
                else if (word is "members" or "member" && before is "gang" or "cartel" or "militia" or "rebel" or "armed" or "group")
                {
                    // "12 gang members were killed", "militia members": fighters of the group.
                    category = VictimCategory.Combatants;
                }
                else if (word is "army" or "gendarmerie" or "guard")
                {
                    // The end of a force's name: "members of the Afghan National Army".
                    category = word == "army" ? VictimCategory.Military : word == "gendarmerie" ? VictimCategory.Police : VictimCategory.SecurityForces;
                }

                before = word;
            }

            return category;
        }

        private TextSpan Span(int first, int last) => new(tokens[first].Start, tokens[last].End - tokens[first].Start);

        private string? Next(int p) => p + 1 < tokens.Count ? tokens[p + 1].Word : null;

        private string? Word(int i) => tokens.WordAt(i);
    }
}
