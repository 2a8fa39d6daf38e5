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
    // By country: its cities, lower-case as the tokenizer folds them, words joined by one space.
    private static readonly (string Code, string[] Cities)[] ByCountry =
    [
        ("MMR", ["yangon", "rangoon", "mandalay"]),
        ("NGA", ["lagos", "kano", "maiduguri", "kaduna", "port harcourt", "jos"]),
        ("PAK", ["karachi", "lahore", "peshawar", "quetta"]),
        ("IND", ["mumbai", "kolkata", "srinagar", "chennai", "bengaluru"]),
        ("TUR", ["istanbul", "diyarbakir"]),
        ("COD", ["goma", "bukavu", "bunia", "beni", "lubumbashi"]),
        ("ZAF", ["johannesburg", "cape town", "durban"]),
        ("KEN", ["mombasa", "kisumu"]),
        ("LBY", ["benghazi", "misrata"]),
        ("SYR", ["aleppo", "idlib", "homs", "raqqa", "qamishli"]),
        ("IRQ", ["mosul", "basra", "erbil", "kirkuk", "karbala", "najaf", "fallujah", "ramadi"]),
        ("YEM", ["aden", "marib", "hodeidah", "taiz"]),
        ("AFG", ["kandahar", "herat", "jalalabad", "kunduz", "mazar-i-sharif"]),
        ("UKR", ["odesa", "odessa", "kharkiv", "dnipro", "lviv", "zaporizhzhia"]),
        ("EGY", ["el arish"]),
        ("SDN", ["port sudan", "omdurman", "el fasher"]),
        ("ISR", ["tel aviv", "haifa"]),
        ("CMR", ["douala"]),
        ("MLI", ["gao", "timbuktu", "mopti"]),
        ("CIV", ["abidjan"]),
        ("TZA", ["dar es salaam"]),
        ("ETH", ["addis ababa", "mekelle", "bahir dar"]),
        ("SOM", ["kismayo", "baidoa"]),
        ("BGD", ["cox's bazar", "chittagong"]),
        ("PHL", ["davao", "marawi", "cotabato", "cebu"]),
        ("IRN", ["mashhad", "isfahan", "zahedan"]),
        ("MEX", ["juarez", "ciudad juarez", "culiacan", "tijuana", "guadalajara", "monterrey", "acapulco"]),
        ("COL", ["medellin", "cali", "cucuta"]),
        ("BRA", ["sao paulo", "rio de janeiro"]),
        ("ECU", ["guayaquil"]),
        ("HND", ["san pedro sula"]),
        ("VEN", ["maracaibo"]),
        ("AUS", ["sydney", "melbourne"]),
        ("CAN", ["toronto", "montreal", "vancouver"]),
        ("USA", ["new york", "los angeles", "chicago", "houston", "miami"]),
        ("CHN", ["shanghai", "guangzhou", "urumqi"]),
        ("VNM", ["ho chi minh city"]),
        ("IDN", ["surabaya", "makassar", "jayapura"]),
        ("THA", ["chiang mai", "pattani", "yala", "narathiwat"]),
        ("CHE", ["geneva", "zurich"]),
        ("DEU", ["frankfurt", "munich", "hamburg"]),
        ("FRA", ["marseille", "lyon"]),
        ("ITA", ["milan"]),
        ("ESP", ["barcelona"]),
    ];

    // Lower-case city names as the tokenizer folds them, words joined by one space (declared after the table it is made from).
    private static readonly FrozenDictionary<string, string> Countries = Table().ToFrozenDictionary(StringComparer.Ordinal);

    private static Dictionary<string, string> Table()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, cities) in ByCountry)
        {
            foreach (var city in cities)
            {
                table[city] = code;
            }
        }

        return table;
    }

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
