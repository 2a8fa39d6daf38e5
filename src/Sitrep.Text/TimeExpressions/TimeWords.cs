using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using NodaTime;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.TimeExpressions;

/// <summary>The English words of time expressions the scanner knows, with their TIMEX3 codes.</summary>
internal static class TimeWords
{
    /// <summary>Units of a length of time: the TIMEX3 unit and whether it is a clock unit (written after <c>T</c>).</summary>
    internal static readonly FrozenDictionary<string, (string Unit, bool Clock)> Units = new Dictionary<string, (string, bool)>
    {
        ["year"] = ("Y", false),
        ["years"] = ("Y", false),
        ["yr"] = ("Y", false),
        ["yrs"] = ("Y", false),
        ["month"] = ("M", false),
        ["months"] = ("M", false),
        ["mth"] = ("M", false),
        ["mths"] = ("M", false),
        ["week"] = ("W", false),
        ["weeks"] = ("W", false),
        ["wk"] = ("W", false),
        ["wks"] = ("W", false),
        ["day"] = ("D", false),
        ["days"] = ("D", false),
        ["decade"] = ("DE", false),
        ["decades"] = ("DE", false),
        ["century"] = ("CE", false),
        ["centuries"] = ("CE", false),
        ["fortnight"] = ("2W", false),
        ["hour"] = ("H", true),
        ["hours"] = ("H", true),
        ["hrs"] = ("H", true),
        ["h"] = ("H", true),
        ["minute"] = ("M", true),
        ["minutes"] = ("M", true),
        ["mins"] = ("M", true),
        ["min"] = ("M", true),
        ["seconds"] = ("S", true),
        ["secs"] = ("S", true),
        ["hr"] = ("H", true),
    }.ToFrozenDictionary();

    /// <summary>Whether a word names a unit of time, in the possessive too (<c>year's</c>).</summary>
    internal static bool IsUnit(string word) => Units.ContainsKey(word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word);

    /// <summary>Adverbs and adjectives of recurrence: <c>daily</c> is every day, <c>nightly</c> every night (the part of the day each day, as <c>every night</c> is).</summary>
    internal static readonly FrozenDictionary<string, string> Recurring = new Dictionary<string, string>
    {
        ["daily"] = "P1D",
        ["nightly"] = "XXXX-XX-XXTNI",
        ["weekly"] = "P1W",
        ["biweekly"] = "P2W",
        ["bimonthly"] = "P2M",
        ["fortnightly"] = "P2W",
        ["monthly"] = "P1M",
        ["quarterly"] = "P3M",
        ["annually"] = "P1Y",
        ["annual"] = "P1Y",
        ["yearly"] = "P1Y",
        ["hourly"] = "PT1H",
    }.ToFrozenDictionary();

    /// <summary>Seasons by TIMEX3 code (northern hemisphere, as TimeML has them).</summary>
    internal static readonly FrozenDictionary<string, string> Seasons = new Dictionary<string, string>
    {
        ["spring"] = "SP",
        ["summer"] = "SU",
        ["autumn"] = "FA",
        ["fall"] = "FA",
        ["winter"] = "WI",
    }.ToFrozenDictionary();

    /// <summary>Weekdays, with the plural that makes a set (<c>on Mondays</c>).</summary>
    internal static readonly FrozenDictionary<string, (IsoDayOfWeek Day, bool Plural)> Weekdays = new Dictionary<string, (IsoDayOfWeek, bool)>
    {
        ["monday"] = (IsoDayOfWeek.Monday, false),
        ["tuesday"] = (IsoDayOfWeek.Tuesday, false),
        ["wednesday"] = (IsoDayOfWeek.Wednesday, false),
        ["thursday"] = (IsoDayOfWeek.Thursday, false),
        ["friday"] = (IsoDayOfWeek.Friday, false),
        ["saturday"] = (IsoDayOfWeek.Saturday, false),
        ["sunday"] = (IsoDayOfWeek.Sunday, false),
        ["tues"] = (IsoDayOfWeek.Tuesday, false),
        ["weds"] = (IsoDayOfWeek.Wednesday, false),
        ["thurs"] = (IsoDayOfWeek.Thursday, false),
        ["mondays"] = (IsoDayOfWeek.Monday, true),
        ["tuesdays"] = (IsoDayOfWeek.Tuesday, true),
        ["wednesdays"] = (IsoDayOfWeek.Wednesday, true),
        ["thursdays"] = (IsoDayOfWeek.Thursday, true),
        ["fridays"] = (IsoDayOfWeek.Friday, true),
        ["saturdays"] = (IsoDayOfWeek.Saturday, true),
        ["sundays"] = (IsoDayOfWeek.Sunday, true),
    }.ToFrozenDictionary();

    /// <summary>Units of measure and money a rate counts per unit of time (<c>three inches an hour</c>, <c>500 euros a month</c>).</summary>
    internal static readonly FrozenSet<string> Measures = new HashSet<string>(StringComparer.Ordinal)
    {
        "inch", "inches", "centimetres", "centimeters", "cm", "millimetres", "millimeters", "mm", "metres", "meters", "feet", "foot",
        "miles", "mile", "kilometres", "kilometers", "km", "kph", "mph", "barrels", "tonnes", "tons", "litres", "liters", "gallons",
        "dollars", "euros", "pounds", "yen", "rupees", "percent", "cents", "points",
    }.ToFrozenSet();

    /// <summary>Months, full and abbreviated: the date scanner's table (an abbreviation alone needs its point or a day after it).</summary>
    internal static readonly FrozenDictionary<string, int> Months = Dates.CalendarWords.Months;

    /// <summary>Ordinal words up to what a century or quarter needs.</summary>
    internal static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>
    {
        ["first"] = 1,
        ["second"] = 2,
        ["third"] = 3,
        ["fourth"] = 4,
        ["fifth"] = 5,
        ["sixth"] = 6,
        ["seventh"] = 7,
        ["eighth"] = 8,
        ["ninth"] = 9,
        ["tenth"] = 10,
        ["eleventh"] = 11,
        ["twelfth"] = 12,
        ["thirteenth"] = 13,
        ["fourteenth"] = 14,
        ["fifteenth"] = 15,
        ["sixteenth"] = 16,
        ["seventeenth"] = 17,
        ["eighteenth"] = 18,
        ["nineteenth"] = 19,
        ["twentieth"] = 20,
    }.ToFrozenDictionary();

    /// <summary>
    /// A day of the month in words at token <paramref name="k"/>: <c>first</c>, <c>eleventh</c>, <c>twenty-first</c>,
    /// <c>twenty second</c>, <c>thirtieth</c>, <c>thirty first</c>; the day and where it ends.
    /// </summary>
    internal static (int Day, int End)? OrdinalDay(Scanning.TokenList tokens, int k)
    {
        var w = tokens.WordAt(k);
        if (w is "twenty" or "thirty")
        {
            var at = k + 1 < tokens.Count && tokens[k + 1].Kind == Scanning.TokenKind.Hyphen ? k + 2 : k + 1;
            return tokens.WordAt(at) is { } unitWord && Ordinals.TryGetValue(unitWord, out var ones) && ones <= 9 && (w == "twenty" || ones == 1)
                ? ((w == "twenty" ? 20 : 30) + ones, at + 1)
                : null;
        }

        return w == "thirtieth" ? (30, k + 1) : w is not null && Ordinals.TryGetValue(w, out var ordinal) ? (ordinal, k + 1) : null;
    }

    /// <summary>Decades in words (<c>the nineties</c>), as the decade's digits within the 1900s.</summary>
    internal static readonly FrozenDictionary<string, int> DecadeWords = new Dictionary<string, int>
    {
        ["twenties"] = 192,
        ["thirties"] = 193,
        ["forties"] = 194,
        ["fifties"] = 195,
        ["sixties"] = 196,
        ["seventies"] = 197,
        ["eighties"] = 198,
        ["nineties"] = 199,
    }.ToFrozenDictionary();

    /// <summary>Vague amounts of a unit: <c>several days</c> is TIMEX3 <c>PXD</c>.</summary>
    internal static readonly FrozenSet<string> VagueAmounts = new HashSet<string>
    {
        "several", "few", "many", "some", "numerous", "countless", "multiple",
    }.ToFrozenSet();

    /// <summary>
    /// Whether a word (in lower case) names a North American zone that is written alone after a clock time when
    /// capitalised (<c>at 11 a.m. Eastern</c>), as well as starting names of other things (<c>Eastern Europe</c>).
    /// </summary>
    internal static bool IsZoneName(string word) => word is "eastern" or "central" or "mountain" or "pacific";

    /// <summary>Time zones written after a clock time; the extent keeps them, the value does not.</summary>
    internal static readonly FrozenSet<string> Zones = new HashSet<string>
    {
        "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "ist",
        "msk", "jst", "ast", "pkt", "aft", "zulu", "et", "pt", "ct",
    }.ToFrozenSet();

    /// <summary>Bounds before a length or date and the TIMEX3 modifier each gives.</summary>
    internal static readonly (string[] Words, TimexModifier Modifier)[] Bounds =
    [
        (["more", "than"], TimexModifier.MoreThan),
        (["over"], TimexModifier.MoreThan),
        (["just", "over"], TimexModifier.MoreThan),
        (["upwards", "of"], TimexModifier.MoreThan),
        (["less", "than"], TimexModifier.LessThan),
        (["fewer", "than"], TimexModifier.LessThan),
        (["under"], TimexModifier.LessThan),
        (["just", "under"], TimexModifier.LessThan),
        (["nearly"], TimexModifier.LessThan),
        (["almost"], TimexModifier.LessThan),
        (["at", "least"], TimexModifier.EqualOrMore),
        (["at", "most"], TimexModifier.EqualOrLess),
        (["up", "to"], TimexModifier.EqualOrLess),
        (["no", "more", "than"], TimexModifier.EqualOrLess),
        (["about"], TimexModifier.Approximate),
        (["around"], TimexModifier.Approximate),
        (["roughly"], TimexModifier.Approximate),
        (["approximately"], TimexModifier.Approximate),
        (["some"], TimexModifier.Approximate),
        (["circa"], TimexModifier.Approximate),
    ];

    /// <summary>Nouns <c>future</c> and <c>past</c> qualify as adjectives (<c>the future government</c>), where they are no time.</summary>
    internal static readonly FrozenSet<string> QualifiedNouns = new HashSet<string>
    {
        "president", "presidents", "government", "governments", "leader", "leaders", "leadership", "role", "status",
        "state", "capital", "prime", "king", "queen", "member", "members", "generations", "generation", "tense",
        "participle", "champion", "champions", "chairman", "head", "director", "minister", "ministers", "owner",
        "wife", "husband", "employer", "partner", "partners", "editor", "relations", "plans", "talks", "attacks",
    }.ToFrozenSet();

    /// <summary>Words after <c>the present</c> that leave it a reference, not an adjective.</summary>
    internal static readonly FrozenSet<string> AfterReference = new HashSet<string>
    {
        "of", "and", "or", "to", "in", "on", "at", "for", "is", "was", "are", "were", "has", "have", "had", "will", "would",
        "that", "when", "but", "as", "with", "we", "they", "he", "she", "it", "i", "there",
    }.ToFrozenSet();

    /// <summary>
    /// Whether <c>early</c> or <c>late</c> at token <paramref name="i"/> says how early or late, not a part of the time
    /// after it: after a length (<c>will open two hours late on Monday</c>, <c>arrived a day early</c>, <c>years
    /// late</c>); not after a period named (<c>reported results for the quarter late Tuesday</c>).
    /// </summary>
    internal static bool SaysHowLate(TokenList tokens, int i) =>
        tokens.WordAt(i - 1) is { } unit && Units.ContainsKey(unit)
        && (unit.EndsWith('s') || tokens.WordAt(i - 2) is "a" or "an" or "one" or "half" || (i >= 2 && tokens[i - 2].Kind == TokenKind.Number));
}
