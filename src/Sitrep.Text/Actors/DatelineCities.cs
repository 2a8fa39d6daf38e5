using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.Actors;

/// <summary>
/// Cities a wire report is filed from with no country after them (<c>YANGON (Reuters) -</c>, <c>LAGOS (AFP) -</c>,
/// <c>KARACHI (Reuters) -</c>), each with the alpha-3 code of the country it is in: the dateline's country when the
/// text names none. Seats of government need no entry: the gazetteer knows them as metonyms of their state. Names
/// shared by cities of two countries (St. Petersburg, Alexandria) and cities with their own police and government (Hong
/// Kong) are left out.
/// </summary>
internal static class DatelineCities
{
    // Lower-case city names as the tokenizer folds them, words joined by one space.
    private static readonly FrozenDictionary<string, string> Countries = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["yangon"] = "MMR", ["rangoon"] = "MMR", ["mandalay"] = "MMR",
        ["lagos"] = "NGA", ["kano"] = "NGA", ["maiduguri"] = "NGA", ["kaduna"] = "NGA", ["port harcourt"] = "NGA", ["jos"] = "NGA",
        ["karachi"] = "PAK", ["lahore"] = "PAK", ["peshawar"] = "PAK", ["quetta"] = "PAK",
        ["mumbai"] = "IND", ["kolkata"] = "IND", ["srinagar"] = "IND", ["chennai"] = "IND", ["bengaluru"] = "IND",
        ["istanbul"] = "TUR", ["diyarbakir"] = "TUR",
        ["goma"] = "COD", ["bukavu"] = "COD", ["bunia"] = "COD", ["beni"] = "COD", ["lubumbashi"] = "COD",
        ["johannesburg"] = "ZAF", ["cape town"] = "ZAF", ["durban"] = "ZAF",
        ["mombasa"] = "KEN", ["kisumu"] = "KEN",
        ["benghazi"] = "LBY", ["misrata"] = "LBY",
        ["aleppo"] = "SYR", ["idlib"] = "SYR", ["homs"] = "SYR", ["raqqa"] = "SYR", ["qamishli"] = "SYR",
        ["mosul"] = "IRQ", ["basra"] = "IRQ", ["erbil"] = "IRQ", ["kirkuk"] = "IRQ",
        ["aden"] = "YEM", ["marib"] = "YEM", ["hodeidah"] = "YEM", ["taiz"] = "YEM",
        ["kandahar"] = "AFG", ["herat"] = "AFG", ["jalalabad"] = "AFG", ["kunduz"] = "AFG", ["mazar-i-sharif"] = "AFG",
        ["odesa"] = "UKR", ["odessa"] = "UKR", ["kharkiv"] = "UKR", ["dnipro"] = "UKR", ["lviv"] = "UKR", ["zaporizhzhia"] = "UKR",
        ["el arish"] = "EGY",
        ["port sudan"] = "SDN", ["omdurman"] = "SDN", ["el fasher"] = "SDN",
        ["tel aviv"] = "ISR", ["haifa"] = "ISR",
        ["douala"] = "CMR", ["gao"] = "MLI", ["timbuktu"] = "MLI", ["mopti"] = "MLI",
        ["abidjan"] = "CIV", ["dar es salaam"] = "TZA", ["addis ababa"] = "ETH", ["mekelle"] = "ETH", ["bahir dar"] = "ETH",
        ["kismayo"] = "SOM", ["baidoa"] = "SOM",
        ["cox's bazar"] = "BGD", ["chittagong"] = "BGD",
        ["davao"] = "PHL", ["marawi"] = "PHL", ["cotabato"] = "PHL", ["cebu"] = "PHL",
        ["karbala"] = "IRQ", ["najaf"] = "IRQ", ["fallujah"] = "IRQ", ["ramadi"] = "IRQ",
        ["mashhad"] = "IRN", ["isfahan"] = "IRN", ["zahedan"] = "IRN",
        ["juarez"] = "MEX", ["ciudad juarez"] = "MEX", ["culiacan"] = "MEX", ["tijuana"] = "MEX", ["guadalajara"] = "MEX", ["monterrey"] = "MEX", ["acapulco"] = "MEX",
        ["medellin"] = "COL", ["cali"] = "COL", ["cucuta"] = "COL",
        ["sao paulo"] = "BRA", ["rio de janeiro"] = "BRA",
        ["guayaquil"] = "ECU", ["san pedro sula"] = "HND", ["maracaibo"] = "VEN",
        ["sydney"] = "AUS", ["melbourne"] = "AUS", ["toronto"] = "CAN", ["montreal"] = "CAN", ["vancouver"] = "CAN",
        ["new york"] = "USA", ["los angeles"] = "USA", ["chicago"] = "USA", ["houston"] = "USA", ["miami"] = "USA",
        ["shanghai"] = "CHN", ["guangzhou"] = "CHN", ["urumqi"] = "CHN",
        ["ho chi minh city"] = "VNM", ["surabaya"] = "IDN", ["makassar"] = "IDN", ["jayapura"] = "IDN",
        ["chiang mai"] = "THA", ["pattani"] = "THA", ["yala"] = "THA", ["narathiwat"] = "THA",
        ["geneva"] = "CHE", ["zurich"] = "CHE", ["frankfurt"] = "DEU", ["munich"] = "DEU", ["hamburg"] = "DEU",
        ["marseille"] = "FRA", ["lyon"] = "FRA", ["milan"] = "ITA", ["barcelona"] = "ESP",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // The longest name above, in words.
    private const int MaxWords = 4;

    /// <summary>
    /// The alpha-3 code of the city a text's dateline opens with, when it is written in capitals at the text's first
    /// token and followed by the agency's brackets or the dateline's dash (not by a comma, after which the text names
    /// the country itself); null otherwise.
    /// </summary>
    internal static string? CountryOfOpening(TextDocument document)
    {
        var tokens = document.Tokens;
        Span<char> name = stackalloc char[64];
        var length = 0;
        for (var k = 0; k < tokens.Count && k < MaxWords * 2; k++)
        {
            ref readonly var token = ref tokens[k];
            if ((token.Kind == TokenKind.Symbol && token.Symbol is '(') || (token.Kind is TokenKind.Hyphen or TokenKind.Symbol && !token.Glued && k > 0 && Dates.Dateline.MarksDateline(document.Text, tokens[k - 1].End)))
            {
                return length > 0 && Countries.TryGetValue(name[..length].ToString(), out var code) ? code : null;
            }

            var word = token.Word;
            var glue = length > 0 && !(k > 0 && tokens[k - 1].Glued) ? 1 : 0;
            if ((token.Kind is not (TokenKind.Word or TokenKind.Hyphen) && !(token.Kind == TokenKind.Symbol && token.Symbol is '.' or '\'')) || !AllCapitals(document.Text, token)
                || length + glue + word.Length > name.Length)
            {
                return null;
            }

            if (glue == 1)
            {
                name[length++] = ' ';
            }

            word.AsSpan().CopyTo(name[length..]);
            length += word.Length;
        }

        return null;
    }

    // Whether a token is written with no lower-case letter (a city's name in a dateline: "YANGON", "ST.", "COX'S").
    private static bool AllCapitals(string text, in Token token)
    {
        foreach (var c in text.AsSpan(token.Start, token.Length))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
