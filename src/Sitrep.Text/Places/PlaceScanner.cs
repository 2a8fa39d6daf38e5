using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using Sitrep.Actors;
using Sitrep.Places;
using Sitrep.Sources;
using Sitrep.Text.Actors;
using Sitrep.Text.Dates;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.Places;

/// <summary>
/// Reads place phrases after a preposition: "in western Iraq" (a region of a country), "on a medical clinic in western
/// Iraq" (a clinic located only to that region), "near the international airport in Erbil" (near a point), "in Baghdad"
/// (a capital, so its country is known). The name is kept as written; coordinates are never guessed.
/// </summary>
internal static class PlaceScanner
{
    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet<string>(["in", "near", "at", "outside", "on", "inside", "around", "across", "into"], StringComparer.Ordinal);

    private static readonly LexemeFact IsPreposition = new(Prepositions.Contains);

    /// <summary>The tokens a place phrase may start at: the prepositions.</summary>
    internal static readonly StartSet PrepositionTokens = new([IsPreposition]);

    private static readonly FrozenSet<string> Directions = FrozenSet.ToFrozenSet<string>(
        ["northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west",
         "northeast", "northwest", "southeast", "southwest"],
        StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, FeatureKind> Features = new Dictionary<string, FeatureKind>
    {
        ["airport"] = FeatureKind.Airport,
        ["airbase"] = FeatureKind.MilitaryBase,
        ["base"] = FeatureKind.MilitaryBase,
        ["clinic"] = FeatureKind.MedicalFacility,
        ["hospital"] = FeatureKind.MedicalFacility,
        ["embassy"] = FeatureKind.Embassy,
        ["consulate"] = FeatureKind.Consulate,
        ["school"] = FeatureKind.School,
        ["mosque"] = FeatureKind.PlaceOfWorship,
        ["church"] = FeatureKind.PlaceOfWorship,
        ["market"] = FeatureKind.Market,
        ["checkpoint"] = FeatureKind.Checkpoint,
        ["camp"] = FeatureKind.Camp,
        ["village"] = FeatureKind.Village,
        ["town"] = FeatureKind.Town,
        ["city"] = FeatureKind.City,
        ["road"] = FeatureKind.Road,
        ["highway"] = FeatureKind.Road,
        ["crossing"] = FeatureKind.BorderCrossing,
        ["province"] = FeatureKind.AdministrativeArea,
        ["district"] = FeatureKind.AdministrativeArea,
        ["neighbourhood"] = FeatureKind.Neighbourhood,
        ["neighborhood"] = FeatureKind.Neighbourhood,
        ["region"] = FeatureKind.Region,
        ["airfield"] = FeatureKind.Airport,
        ["barracks"] = FeatureKind.MilitaryBase,
        ["synagogue"] = FeatureKind.PlaceOfWorship,
        ["temple"] = FeatureKind.PlaceOfWorship,
        ["shrine"] = FeatureKind.PlaceOfWorship,
        ["cathedral"] = FeatureKind.PlaceOfWorship,
        ["university"] = FeatureKind.School,
        ["college"] = FeatureKind.School,
        ["madrassa"] = FeatureKind.School,
        ["hotel"] = FeatureKind.Other,
        ["restaurant"] = FeatureKind.Other,
        ["nightclub"] = FeatureKind.Other,
        ["bar"] = FeatureKind.Other,
        ["pub"] = FeatureKind.Other,
        ["cafe"] = FeatureKind.Other,
        ["café"] = FeatureKind.Other,
        ["supermarket"] = FeatureKind.Other,
        ["stadium"] = FeatureKind.Other,
        ["prison"] = FeatureKind.Other,
        ["jail"] = FeatureKind.Other,
        ["port"] = FeatureKind.Other,
        ["bridge"] = FeatureKind.Other,
        ["mall"] = FeatureKind.Other,
        ["station"] = FeatureKind.Other,
        ["compound"] = FeatureKind.Other,
        ["headquarters"] = FeatureKind.Other,
        ["areas"] = FeatureKind.Region,
        ["area"] = FeatureKind.Region,
        ["parts"] = FeatureKind.Region,
        ["outskirts"] = FeatureKind.Neighbourhood,
        ["suburbs"] = FeatureKind.Neighbourhood,
        ["suburb"] = FeatureKind.Neighbourhood,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly LexemeFact IsFeature = new(Features.ContainsKey);

    private static readonly LexemeFact IsDirection = new(Directions.Contains);

    /// <summary>Whether a word names a direction or a part of a place (<c>southern</c>, <c>north-east</c>, <c>central</c>).</summary>
    internal static bool IsDirectionWord(string word) => Directions.Contains(word);

    private static readonly FrozenSet<string> NotPlaces = FrozenSet.ToFrozenSet<string>(
        [.. CalendarWords.FullNames, "x", "twitter", "facebook", "telegram", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those"],
        StringComparer.Ordinal);

    /// <summary>Whether a place phrase may start at the token: whether it is a preposition ("in", "near", "on", ...).</summary>
    private static bool MayStartAt(in Token token) => token.Kind == TokenKind.Word && IsPreposition.Of(token.Lexeme);

    /// <summary>Whether a word names one feature of the kind an event strikes (<c>village</c>, <c>market</c>, <c>hospital</c>), not an area.</summary>
    internal static bool IsSiteWord(string word) =>
        Features.TryGetValue(word, out var kind) && kind is not (FeatureKind.AdministrativeArea or FeatureKind.Region or FeatureKind.Road or FeatureKind.Neighbourhood);

    /// <summary>The place phrase whose preposition is token <paramref name="p"/>, if any.</summary>
    internal static PlaceFind? At(TextDocument document, RefIndex refsByFirst, int p, bool[]? timed = null)
    {
        if (p >= document.Count || !MayStartAt(in document.Tokens[p]))
        {
            return null;
        }

        // "opened fire on Donald Trump at a rally": what is fired on is a target; a place only when it names a
        // feature ("opened fire on a checkpoint near Goma").
        var firedOn = document.Tokens[p].Word == "on" && document.Word(p - 1) is "fire" or "fired";
        return Phrase(document, refsByFirst, p, document.Tokens[p].Word, p + 1, featureNamed: firedOn, timed);
    }

    /// <summary>
    /// The place phrase that is the object of a verb of attack at token <paramref name="verb"/>, with no preposition
    /// and a feature named ("shelled the town of Boni", "attacked a checkpoint near Boni"), if any; not a name alone
    /// after an article ("attacked the Russian positions" is no place in Russia). After a verb that strikes a place
    /// (<c>hit</c>, <c>shelled</c>, <c>bombed</c>, <c>pounded</c>, <c>struck</c>, <c>raided</c>, <c>stormed</c>), a
    /// name right after it is the place ("Russian missiles hit Kharkiv", "Troops raided Jenin"), unless it names an
    /// actor other than a state ("attacked Boko Haram").
    /// </summary>
    internal static PlaceFind? ObjectOf(TextDocument document, RefIndex refsByFirst, int verb, bool[]? timed = null)
    {
        // "opened fire on a checkpoint": the fire is no place; what it was opened on is read after its preposition.
        if (verb + 1 >= document.Count || document.Word(verb + 1) == "fire")
        {
            return null;
        }

        if (document.Word(verb + 1) is "the" or "a" or "an")
        {
            return Phrase(document, refsByFirst, verb + 1, null, verb + 1, featureNamed: true, timed);
        }

        if (document.Word(verb) is "hit" or "shelled" or "bombed" or "pounded" or "struck" or "raided" or "stormed" && document.IsCapitalised(verb + 1))
        {
            return Phrase(document, refsByFirst, verb + 1, null, verb + 1, featureNamed: false, timed);
        }

        // "bombed rebel-held areas of Idlib province", "shelled residential districts in Kharkiv": a feature with no
        // article, then where it lies.
        for (var m = verb + 1; m < document.Count && m <= verb + 4 && (document.Word(m) is not null || document.Tokens[m].Kind == TokenKind.Hyphen); m++)
        {
            if (!document.IsCapitalised(m) && IsFeature.Of(document.Tokens[m].Lexeme))
            {
                return document.Word(m + 1) is "of" or "in" or "near" ? Phrase(document, refsByFirst, verb + 1, null, verb + 1, featureNamed: true, timed) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The place phrase from token <paramref name="k"/>, its span from <paramref name="first"/> (the preposition's, if
    /// any); with <paramref name="featureNamed"/>, only one that names a feature before any name; a name among the
    /// tokens <paramref name="timed"/> marks, those of a time expression, is none (<c>on Easter Sunday</c>, <c>on
    /// Christmas Day</c>).
    /// </summary>
    private static PlaceFind? Phrase(TextDocument document, RefIndex refsByFirst, int first, string? prep, int k, bool featureNamed, bool[]? timed)
    {
        var p = first;
        var end = document.SentenceEnd(p);
        var definite = document.Word(k) == "the";
        if (document.Word(k) is "the" or "a" or "an")
        {
            k++;
        }

        // "the southwestern Pakistani city of Quetta", "the northern Nigerian town of Kano", "the town of Boni": the
        // settlement named, of the demonym's country.
        if (SettlementOf(document, refsByFirst, timed, p, k, end) is { } settlement)
        {
            return settlement;
        }

        // "in India's northeastern state of Manipur", "in Pakistan's province of Balochistan": the area or town named, in
        // the country whose possessive comes before it.
        if (SettlementInCountry(document, refsByFirst, timed, p, k, end) is { } settledIn)
        {
            return settledIn;
        }

        if (NamedCapital(document, refsByFirst, timed, p, k, end) is { } capital)
        {
            return capital;
        }

        var nameFirst = k;
        var feature = FeatureKind.Unspecified;
        var precision = PlacePrecision.Unknown;
        string? country = null;
        var last = -1;

        // Up to three describing words, then a feature noun: "a medical clinic", "the international airport".
        for (int m = k, stop = k + 4; m <= end && m < stop; m++)
        {
            if (document.Word(m) is { } w && IsFeature.Of(document.Tokens[m].Lexeme) && !document.IsCapitalised(m) && Features.TryGetValue(w, out var f))
            {
                feature = f;
                last = m;
                k = m + 1;
                break;
            }

            // "rebel-held areas": a hyphen inside a describing word.
            if (document.Tokens[m].Kind == TokenKind.Hyphen && document.Tokens[m].Glued && m > 0 && document.Tokens[m - 1].Glued)
            {
                continue;
            }

            // "a U.S. base", "an Israeli checkpoint": a country's name or demonym describing the feature after it (not
            // a capital's name, which is where it is: "Baghdad airport").
            if (refsByFirst.TryGetValue(m, out var attributive) && attributive.Mention.Kind == ActorKind.State && attributive.Mention.Form != ActorMentionForm.Metonym
                && (document.IsSymbol(attributive.Last + 1, '.') && document.Tokens[attributive.Last].Glued ? attributive.Last + 2 : attributive.Last + 1) is var described
                && described <= end && document.Word(described) is { } featureWord && !document.IsCapitalised(described) && IsFeature.Of(document.Tokens[described].Lexeme)
                && Features.ContainsKey(featureWord))
            {
                (m, stop) = (described - 1, Math.Max(stop, described + 1));
                continue;
            }

            // "went on a rampage in a town", "on a patrol in a village": a describing word ends at a preposition or an
            // article; the feature after it is another phrase's.
            // Not "of" after a part of a building ("on the floor of a school", "the gate of a base"), nor the article after it.
            if (document.Word(m) is null or "in" or "at" or "near" or "on" or "from" or "to" or "for" or "with" or "by" || (document.IsCapitalised(m) && !IsCommunityWord(document.Word(m)))
                || (document.Word(m) == "of" && document.Word(m - 1) is not ("floor" or "roof" or "basement" or "courtyard" or "gate" or "gates" or "entrance" or "grounds" or "yard" or "premises"))
                || (document.Word(m) is "a" or "an" or "the" && document.Word(m - 1) != "of"))
            {
                break;
            }
        }

        if (featureNamed && last < 0)
        {
            return null;
        }

        // "a military police school and an air base in Mali's capital": a second feature joined by "and" is where the first
        // is too; what locates it locates both.
        if (last >= 0 && document.Word(k) == "and" && document.Word(k + 1) is "a" or "an" or "the" && SecondFeatureEnd(document, k + 2, end) is var second and > 0
            && document.Word(second) is "in" or "near" or "outside")
        {
            k = second;
        }

        // "areas", "parts", "the outskirts" are places only of what locates them ("rebel-held areas of Idlib province",
        // "the outskirts of Goma", "the Amhara region" read as a name); "in the area", "in the region", "its outskirts",
        // "in the city", "the province" point back to a place told before.
        var relative = last >= 0 && (document.Word(last) is "areas" or "area" or "parts" or "outskirts" or "suburbs" or "suburb" or "region"
            || (definite && document.Word(last) is "city" or "town" or "province" or "district" or "country" or "capital" or "governorate" or "county"));

        // "in western Iraq", "in Erbil", "on Iran"
        if (last >= 0)
        {
            // "a camp for displaced people near Goma": what the feature is for, a few lower-case words, before where it is.
            if (document.Word(k) == "for")
            {
                for (var m = k + 1; m <= end && m <= k + 5 && document.Word(m) is { } word && !document.IsCapitalised(m); m++)
                {
                    if (word is "in" or "near" or "outside" or "on")
                    {
                        k = m;
                        break;
                    }
                }
            }

            // "a camp on the outskirts of Goma", "a checkpoint outside Kandahar": near the place named.
            // "on the outskirts of Moscow", "in the suburbs of Kyiv": near the place named too.
            var nearBy = document.Word(k) == "outside" || (document.Word(last) is "outskirts" or "suburbs" or "suburb" or "fringes" && document.Word(k) == "of");
            if (document.Word(k) == "on" && document.Word(k + 1) == "the" && document.Word(k + 2) is "outskirts" or "edge" or "fringes" or "edges" && document.Word(k + 3) == "of")
            {
                (k, nearBy) = (k + 3, true);
            }

            // "a mosque in a police compound in the northwestern Pakistani city of Peshawar": what locates the building
            // the feature stands in locates the feature (two buildings deep at most).
            for (var hop = 0; hop < 2 && document.Word(k) == "in" && FeatureAt(document, k + 1, end) is var outer and >= 0 && document.Word(outer + 1) is "in" or "of" or "near"; hop++)
            {
                k = outer + 1;
            }

            if (document.Word(k) is "in" or "of" or "near" && (SettlementOf(document, refsByFirst, timed, k, document.Word(k + 1) == "the" ? k + 2 : k + 1, end)
                ?? SettlementInCountry(document, refsByFirst, timed, k, k + 1, end)) is { } within)
            {
                // "a railway station in the southwestern Pakistani city of Quetta": a feature in a settlement.
                relative = false;
                country = within.Mention.Place.Country;
                precision = within.Mention.Place.Precision;
                last = within.Last;
            }
            else if (document.Word(k) is "in" or "of" or "near" || nearBy)
            {
                var locatedEnd = Located(document, refsByFirst, timed, k + 1, end, out var locatedCountry, out var locatedPrecision);

                // Not an owner in the possessive ("the headquarters of Libya's national congress"): no place.
                if (locatedEnd > k + 1 && !(document.Word(k) == "of" && document.Word(locatedEnd - 1) is { } owner && TextDocument.EndsPossessive(owner)))
                {
                    relative = false;
                    country = locatedCountry;
                    precision = locatedPrecision == PlacePrecision.Country ? PlacePrecision.Country : locatedPrecision;
                    last = locatedEnd - 1;

                    // "a village in central Mali's Mopti region": the kind of area the name is, with it, and how far it
                    // locates; after a direction too ("a village in the northwestern Sagaing region").
                    if (locatedEnd <= end && locatedPrecision is PlacePrecision.Town or PlacePrecision.Region && AreaOf(document.Word(locatedEnd)) is { } areaNamed)
                    {
                        last = locatedEnd;
                        precision = areaNamed.Precision;
                    }
                    else if (locatedPrecision == PlacePrecision.Town && RefugeeCampAt(document, locatedEnd) is var camp and > 0 && camp <= end)
                    {
                        // "a house in the Nuseirat refugee camp": a feature in a named camp.
                        last = camp;
                    }
                }
            }

            // "rebel-held areas of Idlib province", "parts of the north": a region within what locates it.
            if (relative)
            {
                return null;
            }

            precision = precision switch
            {
                _ when feature == FeatureKind.Region && precision is not PlacePrecision.Country => PlacePrecision.Region,

                // "a village in Borno state", "a town in eastern Congo": a settlement the text does not name is known only
                // as far as the area it is in.
                _ when feature is FeatureKind.Village or FeatureKind.Town or FeatureKind.City && precision is PlacePrecision.District or PlacePrecision.Province or PlacePrecision.Country
                    => precision,

                // "a village near Maiduguri", "a camp on the outskirts of Goma": near the place named.
                PlacePrecision.Town when document.Word(k) == "near" || nearBy => PlacePrecision.NearPoint,
                PlacePrecision.Unknown => PlacePrecision.ExactPoint,
                PlacePrecision.Town => PlacePrecision.ExactPoint,
                _ => precision,
            };
        }
        else
        {
            // "the occupied West Bank", "rebel-held Idlib": who holds a place is no part of its name.
            if (HeldBy(document, nameFirst) is var held && held > nameFirst && held <= end && document.IsCapitalised(held))
            {
                nameFirst = held;
            }

            // "the disputed Abyei region", "the restive Balochistan province": how the text describes an area named with
            // its kind is no part of its name.
            // "the semi-autonomous Kurdistan region": hyphenated too.
            if (AfterAreaDescriber(document, nameFirst) is var described && described > nameFirst && AreaNameAfter(document, refsByFirst, described))
            {
                nameFirst = described;
            }

            var locatedEnd = Located(document, refsByFirst, timed, nameFirst, end, out country, out precision);
            if (locatedEnd <= nameFirst)
            {
                return null;
            }

            last = locatedEnd - 1;

            // "outside Afghanistan's Supreme Court": a name within a country, after its possessive, is of no kind
            // the words tell (not its city).
            var within = document.Word(nameFirst) is { } owner && TextDocument.EndsPossessive(owner);
            feature = precision switch
            {
                PlacePrecision.Country => FeatureKind.Country,
                PlacePrecision.Region => FeatureKind.Region,
                _ => country is not null && !within ? FeatureKind.City : FeatureKind.Unspecified,
            };

            // "Kaduna State", "Diyala Governorate", "Kherson Oblast": a capitalised name whose last word says the kind of
            // area it is.
            if (precision == PlacePrecision.Town && last > nameFirst && AreaOf(document.Word(last)) is { } namedArea)
            {
                (feature, precision) = namedArea;
            }

            // "in the Nuseirat refugee camp", "at Zamzam displacement camp": a camp of that name, where its people live.
            if (precision == PlacePrecision.Town && RefugeeCampAt(document, locatedEnd) is var namedCamp and > 0 && namedCamp <= end)
            {
                (feature, last) = (FeatureKind.Camp, namedCamp);
            }

            // "in Kandahar province", "in Nad-e Ali district", "in Boni village", "in Kaduna state": a name and the kind
            // of place it is.
            else if (precision is PlacePrecision.Town or PlacePrecision.Region && locatedEnd <= end && document.Word(locatedEnd) is { } areaWord && !document.IsCapitalised(locatedEnd)
                && AreaOf(areaWord) is { } area)
            {
                (feature, precision) = area;
                last = locatedEnd;
            }
            else if (precision is PlacePrecision.Town or PlacePrecision.Region && locatedEnd <= end && document.Word(locatedEnd) is { } kind && !document.IsCapitalised(locatedEnd)
                && IsFeature.Of(document.Tokens[locatedEnd].Lexeme) && Features.TryGetValue(kind, out var named) && named is not (FeatureKind.Road or FeatureKind.Camp or FeatureKind.Market or FeatureKind.Checkpoint))
            {
                feature = named;
                precision = PlacePrecision.Town;
                last = locatedEnd;

                // "near the Ariana hotel in Kunduz province": a named building, and where it stands.
                if (named is not (FeatureKind.AdministrativeArea or FeatureKind.Region or FeatureKind.Country or FeatureKind.City or FeatureKind.Town or FeatureKind.Village)
                    && document.Word(last + 1) == "in" && Located(document, refsByFirst, timed, last + 2, end, out var inCountry, out _) is var inEnd && inEnd > last + 2)
                {
                    (last, country, precision) = (inEnd - 1, inCountry ?? country, PlacePrecision.ExactPoint);
                    last += inEnd <= end && AreaOf(document.Word(inEnd)) is not null ? 1 : 0;
                }
            }
        }

        if (prep is "near" or "outside" or "around" && precision is PlacePrecision.ExactPoint or PlacePrecision.Town)
        {
            precision = PlacePrecision.NearPoint;
        }

        // "in Kalamba village (Mopti, Mali)": the areas a dataset's note names in brackets after the place, of a country.
        country ??= CountryInBrackets(document, refsByFirst, last + 1);

        // "attacks on Russian territory", "strikes on Ukrainian cities": a country told by its demonym is named by its name.
        // So is one named in the possessive ("at Ukraine's energy grid").
        var name = refsByFirst.TryGetValue(nameFirst, out var told) && told.Last == last && IsCountryDescribing(document, told)
            ? told.Mention.Name
            : document.Slice(nameFirst, last);

        // "outside a busy hotel in the Somali capital": the feature in the capital by its name ("busy hotel in Mogadishu").
        if (last > nameFirst + 2 && document.Word(last) == "capital" && country is not null && Seats.Value.TryGetValue(country, out var seat)
            && CapitalIn(document, nameFirst, last) is var capitalIn and > 0)
        {
            name = document.Slice(nameFirst, capitalIn) + " " + seat;
        }
        var span = new TextSpan(document.Tokens[p].Start, document.Tokens[last].End - document.Tokens[p].Start);
        var place = new Place { Name = name, Country = country, Feature = feature, Precision = precision };
        return new PlaceFind(new PlaceMention(span, document.Cut(span), place), p, last);
    }

    // The token after a feature noun from token k, past up to three describing words in lower case ("an air base", "a
    // police station"); -1 when none is there.
    private static int SecondFeatureEnd(TextDocument document, int k, int end)
    {
        for (var m = k; m <= end && m < k + 4 && document.Word(m) is { } w && !document.IsCapitalised(m); m++)
        {
            if (IsFeature.Of(document.Tokens[m].Lexeme) && Features.ContainsKey(w))
            {
                return m + 1;
            }
        }

        return -1;
    }

    // The "in" before "the Somali capital", "Somalia's capital" that ends a feature's words from nameFirst to last; -1
    // when the capital is not so told.
    private static int CapitalIn(TextDocument document, int nameFirst, int last)
    {
        for (var k = last - 1; k > nameFirst && k >= last - 5; k--)
        {
            if (document.Word(k) == "in")
            {
                return k;
            }
        }

        return -1;
    }

    // Whether a country's mention is its demonym or its name in the possessive: words that describe or own what follows
    // ("the Somali capital", "Ukraine's energy grid", "Russian territory").
    private static bool IsCountryDescribing(TextDocument document, ActorRef country) =>
        country.Mention.Kind == ActorKind.State
        && (country.Mention.Form == ActorMentionForm.Demonym || (document.Word(country.Last) is { } owner && TextDocument.EndsPossessive(owner)));

    // The end of a part of a country named by its direction after the country's possessive, at token k: a word that
    // describes an area, then "north", "northwest", "north-east" and the like; -1 when none.
    private static int DirectionPartEnd(TextDocument document, int k, int end)
    {
        if (k <= end && document.Word(k) is "far" or "mountainous" or "lawless")
        {
            k++;
        }
        else
        {
            k = AfterAreaDescriber(document, k);
        }

        if (k > end || document.Word(k) is not ("north" or "south" or "east" or "west" or "northeast" or "northwest" or "southeast" or "southwest"))
        {
            return -1;
        }

        // "north-east", "south-west"
        return k + 2 <= end && document.Tokens[k + 1].Kind == TokenKind.Hyphen && document.Word(k) is "north" or "south" && document.Word(k + 2) is "east" or "west" ? k + 3 : k + 1;
    }

    // The country named among capitalised names in brackets at token k, closed within ten tokens ("(Douentza, Mopti,
    // Mali)"); null when the brackets hold anything else.
    private static string? CountryInBrackets(TextDocument document, RefIndex refsByFirst, int k)
    {
        if (!document.IsSymbol(k, '('))
        {
            return null;
        }

        string? country = null;
        for (var m = k + 1; m < document.Count && m <= k + 10; m++)
        {
            if (document.IsSymbol(m, ')'))
            {
                return country;
            }

            if (refsByFirst.TryGetValue(m, out var named) && named.Mention.Kind == ActorKind.State && named.Mention.Country is { } code)
            {
                country = code;
                m = named.Last;
                continue;
            }

            if (!document.IsSymbol(m, ',') && !document.IsCapitalised(m) && document.Tokens[m].Kind != TokenKind.Hyphen)
            {
                return null;
            }
        }

        return null;
    }

    // Each country's capital by code: the first seat of government the built-in vocabulary gives it, but for countries
    // whose capital in the news is not their seat (the Netherlands: Amsterdam, not The Hague) or is contested (Israel,
    // Palestine), which keep the words as written.
    private static readonly Lazy<FrozenDictionary<string, string>> Seats = new(() =>
    {
        var seats = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var actor in Gazetteer.BuiltIn.Actors)
        {
            if (actor.Kind == ActorKind.State && actor.Country is { } code && code is not ("NLD" or "ISR" or "PSE") && !seats.ContainsKey(code))
            {
                foreach (var alias in actor.Aliases)
                {
                    if (alias.Kind == AliasKind.Metonym)
                    {
                        seats[code] = alias.Name;
                        break;
                    }
                }
            }
        }

        return seats.ToFrozenDictionary(StringComparer.Ordinal);
    });

    /// <summary>
    /// A capital named after the word (<c>the capital, Mogadishu</c>, <c>the capital Kabul</c>, <c>the Somali capital,
    /// Mogadishu</c>, <c>Ukraine's capital Kyiv</c>): the city, of its country (the one named before it, or the one whose
    /// seat the name is); null when the words from <paramref name="k"/> are not so.
    /// </summary>
    private static PlaceFind? NamedCapital(TextDocument document, RefIndex refsByFirst, bool[]? timed, int p, int k, int end)
    {
        string? country = null;
        var c = k;
        if (refsByFirst.TryGetValue(c, out var owner) && owner.Mention.Country is not null && IsCountryDescribing(document, owner))
        {
            country = owner.Mention.Country;
            c = owner.Last + 1;
        }

        if (c > end || document.Word(c) != "capital" || document.IsCapitalised(c))
        {
            return null;
        }

        var n = c + 1 + (document.IsSymbol(c + 1, ',') ? 1 : 0);
        if (n > end || !document.IsCapitalised(n) || document.Tokens[n].Kind != TokenKind.Word || (timed is not null && timed[n]) || NotPlaces.Contains(document.Word(n)!))
        {
            // "in the Iraqi capital", "in Somalia's capital": the country's seat, by name.
            if (country is not null && Seats.Value.TryGetValue(country, out var seatName))
            {
                var told = new TextSpan(document.Tokens[p].Start, document.Tokens[c].End - document.Tokens[p].Start);
                var capital = new Place { Name = seatName, Country = country, Feature = FeatureKind.City, Precision = PlacePrecision.Town };
                return new PlaceFind(new PlaceMention(told, document.Cut(told), capital), p, c);
            }

            return null;
        }

        var last = n;
        if (refsByFirst.TryGetValue(n, out var seat) && seat.Mention.Kind == ActorKind.State && seat.Mention.Form == ActorMentionForm.Metonym)
        {
            country ??= seat.Mention.Country;
            last = seat.Last;
        }
        else
        {
            while (last + 1 <= end && last + 1 < n + 3 && document.IsCapitalised(last + 1) && document.Tokens[last + 1].Kind == TokenKind.Word && !document.Tokens[last].Glued)
            {
                last++;
            }
        }

        var span = new TextSpan(document.Tokens[p].Start, document.Tokens[last].End - document.Tokens[p].Start);
        var place = new Place { Name = document.Slice(n, last), Country = country, Feature = FeatureKind.City, Precision = PlacePrecision.Town };
        return new PlaceFind(new PlaceMention(span, document.Cut(span), place), p, last);
    }

    /// <summary>
    /// The token after a particle inside a place's name at token <paramref name="m"/> (<c>al</c>, <c>el</c>, <c>de</c>,
    /// <c>del</c>, ...) and the capitalised word after it, over a glued hyphen too (<c>Deir el-Balah</c>, <c>Norte de
    /// Santander</c>): the next word of the name to read; <paramref name="m"/> when there is no particle there.
    /// </summary>
    private static int PastNameParticle(TextDocument document, int m, int end)
    {
        if (m + 1 <= end && document.Word(m) is "al" or "el" or "ad" or "ash" or "del" or "de" or "dos" or "das" or "di" && !document.IsCapitalised(m))
        {
            if (document.IsCapitalised(m + 1))
            {
                return m + 1;
            }

            if (m + 2 <= end && document.Tokens[m + 1].Kind == TokenKind.Hyphen && document.Tokens[m + 1].Glued && document.Tokens[m].Glued && document.IsCapitalised(m + 2))
            {
                return m + 2;
            }
        }

        return m;
    }

    /// <summary>Whether one or two capitalised words from token <paramref name="k"/>, no known actor, are followed by a word of an area's kind (<c>Amhara region</c>, <c>North Kivu province</c>).</summary>
    private static bool AreaNameAfter(TextDocument document, RefIndex refsByFirst, int k)
    {
        for (var m = k; m < document.Count && m < k + 2 && document.IsCapitalised(m) && document.Tokens[m].Kind == TokenKind.Word && !refsByFirst.ContainsKey(m); m++)
        {
            if (!document.IsCapitalised(m + 1) && (AreaOf(document.Word(m + 1)) is not null || RefugeeCampAt(document, m + 1) > 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The kind and precision of an administrative area a word after a name says (<c>province</c>, <c>state</c>,
    /// <c>governorate</c>, <c>oblast</c>: a province's; <c>district</c>, <c>county</c>: a district's; <c>region</c>); null
    /// for any other word.
    /// </summary>
    private static (FeatureKind Feature, PlacePrecision Precision)? AreaOf(string? word) => word switch
    {
        "province" or "state" or "governorate" or "oblast" or "prefecture" => (FeatureKind.AdministrativeArea, PlacePrecision.Province),
        "district" or "county" or "municipality" => (FeatureKind.AdministrativeArea, PlacePrecision.District),
        "region" => (FeatureKind.Region, PlacePrecision.Region),
        _ => null,
    };

    /// <summary>
    /// A settlement or area named after the possessive of its country at token <paramref name="k"/> (<c>India's
    /// northeastern state of Manipur</c>), with that country when the name gives none; null otherwise.
    /// </summary>
    private static PlaceFind? SettlementInCountry(TextDocument document, RefIndex refsByFirst, bool[]? timed, int p, int k, int end)
    {
        if (!refsByFirst.TryGetValue(k, out var owner) || owner.Mention.Kind != ActorKind.State || owner.Mention.Country is not { } country
            || document.Word(owner.Last) is not { } possessive || !TextDocument.EndsPossessive(possessive)
            || SettlementOf(document, refsByFirst, timed, p, owner.Last + 1, end) is not { } settled)
        {
            return null;
        }

        return settled.Mention.Place.Country is null ? settled with { Mention = settled.Mention with { Place = settled.Mention.Place with { Country = country } } } : settled;
    }

    /// <summary>
    /// A settlement or area named after what it is (<c>city</c>, <c>town</c>, <c>village</c>; <c>province</c>,
    /// <c>state</c>, <c>district</c>, <c>region</c>) and <c>of</c>, after at most two directions and a demonym (<c>the
    /// southwestern Pakistani city of Quetta</c>, <c>the southern province of Lanao del Sur</c>): the name, the precision
    /// of what it is, the demonym's country; null when the words from <paramref name="k"/> are not so.
    /// </summary>
    private static PlaceFind? SettlementOf(TextDocument document, RefIndex refsByFirst, bool[]? timed, int p, int k, int end)
    {
        // "the neighboring state of Michoacan", "the restive southern province of Balochistan": how the text places or
        // describes it, then up to two directions.
        var s = k;
        if (s <= end && document.Word(s) is "neighboring" or "neighbouring" or "nearby" or "adjacent" or "restive" or "volatile" or "troubled" or "remote" or "impoverished" or "embattled" or "strategic"
            && !document.IsCapitalised(s))
        {
            s++;
        }

        while (s <= end && s < k + 3 && IsDirectionAt(document, s) && !document.IsCapitalised(s))
        {
            s++;
        }

        // "the besieged city of Mariupol", "the rebel-held town of Kidal".
        s = HeldBy(document, s);

        string? country = null;
        // "the Palestinian city of Jenin", "the Gaza city of Rafah": a demonym, or a country's name used so.
        if (refsByFirst.TryGetValue(s, out var demonym) && demonym.Mention.Kind == ActorKind.State && demonym.Mention.Country is not null
            && demonym.Mention.Form is ActorMentionForm.Demonym or ActorMentionForm.Name or ActorMentionForm.Alias or ActorMentionForm.Metonym)
        {
            country = demonym.Mention.Country;
            s = demonym.Last + 1;

            // "the Russian-occupied city of Donetsk": the demonym tells who holds the city, not its country.
            if (s + 1 <= end && document.Tokens[s].Kind == TokenKind.Hyphen && document.Tokens[s].Glued && document.Tokens[s - 1].Glued
                && IsHeldWord(document.Word(s + 1)))
            {
                country = null;
                s += 2;
            }
        }
        else
        {
            // "the West Bank city of Jenin": a region's name before what the settlement is.
            var region = s;
            while (region <= end && region < s + 3 && document.IsCapitalised(region) && document.Tokens[region].Kind == TokenKind.Word && !refsByFirst.ContainsKey(region))
            {
                region++;
            }

            if (region > s && document.Word(region) is "city" or "town" or "village" or "port")
            {
                s = region;
            }
        }

        // "the southern port city of Kismayo", "the border town of Rafah", "the coastal city of Sirte": what the town is for.
        if (document.Word(s) is "port" or "border" or "coastal" or "market" or "garrison" or "frontier" or "mining" or "oil" or "desert" or "mountain" or "river"
            && document.Word(s + 1) is "city" or "town" && !document.IsCapitalised(s))
        {
            s++;
        }

        // "the southern province of Lanao del Sur", "the northern state of Zamfara": an area, at its precision.
        var kind = document.Word(s);
        // "Israel's port of Eilat", "the Red Sea port of Hodeidah": a port named is its town.
        // "the municipality of Salvatierra", "the governorate of Idlib": areas by what they are, too.
        if (s + 2 > end || kind is not ("city" or "town" or "village" or "province" or "state" or "district" or "region" or "port" or "municipality" or "county" or "governorate" or "prefecture")
            || document.IsCapitalised(s) || document.Word(s + 1) != "of"
            || !document.IsCapitalised(s + 2) || refsByFirst.ContainsKey(s + 2))
        {
            return null;
        }

        var nameEnd = Located(document, refsByFirst, timed, s + 2, end, out _, out var precision);
        if (nameEnd <= s + 2 || precision != PlacePrecision.Town)
        {
            return null;
        }

        var (feature, settled) = AreaOf(kind) ?? (kind == "port" ? FeatureKind.City : Features[kind!], PlacePrecision.Town);

        // "near the port of Latakia", "outside the town of Boni": near the town named.
        if (settled == PlacePrecision.Town && document.Word(p) is "near" or "outside")
        {
            settled = PlacePrecision.NearPoint;
        }

        var place = new Place { Name = document.Slice(s + 2, nameEnd - 1), Country = country, Feature = feature, Precision = settled };
        var span = new TextSpan(document.Tokens[p].Start, document.Tokens[nameEnd - 1].End - document.Tokens[p].Start);
        return new PlaceFind(new PlaceMention(span, document.Cut(span), place), p, nameEnd - 1);
    }

    /// <summary>
    /// Whether a capitalised word names a faith or a people that describes a place (<c>a Shi'ite area of western
    /// Kabul</c>, <c>a Christian village</c>), no name of it.
    /// </summary>
    private static bool IsCommunityWord(string? word) =>
        word is "shi'ite" or "shiite" or "shia" or "sunni" or "hazara" or "christian" or "muslim" or "alawite" or "druze" or "yazidi" or "kurdish" or "catholic"
            or "jewish" or "hindu" or "sikh" or "buddhist" or "ismaili" or "coptic" or "orthodox";

    private static bool IsDirectionAt(TextDocument document, int k) =>
        (uint)k < (uint)document.Count && document.Tokens[k].Kind == TokenKind.Word && IsDirection.Of(document.Tokens[k].Lexeme);

    /// <summary>A locating name: a direction and a country, a country, a capital, or a capitalised name.</summary>
    private static int Located(TextDocument document, RefIndex refsByFirst, bool[]? timed, int k, int end, out string? country, out PlacePrecision precision)
    {
        country = null;
        precision = PlacePrecision.Unknown;
        var direction = false;
        // "the north", "the Somali capital": the article before a direction or a country's name.
        // "the Democratic Republic of Congo", "the United States": the article before a country's name.
        // "the Amhara region", "the Donetsk region": the article before an area's name and what it is.
        if (document.Word(k) is "the" && (IsDirectionAt(document, k + 1) || (refsByFirst.TryGetValue(k + 1, out var named) && named.Mention.Kind == ActorKind.State
            && (document.Word(named.Last + 1) == "capital" || (named.Mention.Form is ActorMentionForm.Name or ActorMentionForm.Alias && named.Mention.Country is not null)))
            || AreaNameAfter(document, refsByFirst, k + 1)))
        {
            k++;
        }

        if (k <= end && IsDirectionAt(document, k) && !document.IsCapitalised(k))
        {
            direction = true;
            k++;
        }

        if (k > end)
        {
            return k - (direction ? 1 : 0) - 1;
        }

        // "on the Abuja-Kaduna highway", "the Kabul-Jalalabad road": a road between two towns locates neither.
        if (RoadBetweenTowns(document, k, end))
        {
            return k - (direction ? 1 : 0) - 1;
        }

        if (refsByFirst.TryGetValue(k, out var r) && r.Mention.Kind == ActorKind.State && r.Mention.Country is not null)
        {
            country = r.Mention.Country;
            precision = direction ? PlacePrecision.Region : r.Mention.Form == ActorMentionForm.Metonym ? PlacePrecision.Town : PlacePrecision.Country;

            // "in Ethiopia's Amhara region", "in central Mali's Mopti region": a name within the country, after its
            // possessive (the kind of place after the name is read by the caller); "in Sudan's central Gezira province",
            // "in Nigeria's northwestern Zamfara state": after a direction too.
            // "in Iraq's semi-autonomous Kurdistan region": past a word that describes the area.
            var within = document.Word(r.Last) is { } describedBy && TextDocument.EndsPossessive(describedBy) && AfterAreaDescriber(document, r.Last + 1) is var pastDescriber
                && document.IsCapitalised(pastDescriber) ? pastDescriber : r.Last + 1;
            if (document.Word(r.Last) is { } possessor && TextDocument.EndsPossessive(possessor) && within < end && IsDirectionAt(document, within) && !document.IsCapitalised(within)
                && document.IsCapitalised(within + 1))
            {
                within++;
            }

            if (document.Word(r.Last) is { } owner && TextDocument.EndsPossessive(owner)
                && within <= end && document.IsCapitalised(within) && !NotPlaces.Contains(document.Word(within)!) && !refsByFirst.ContainsKey(within))
            {
                var m = within;
                for (var words = 0; m <= end && words < 3 && document.IsCapitalised(m) && !NotPlaces.Contains(document.Word(m)!); words++)
                {
                    m++;

                    // "in Colombia's northeastern Norte de Santander province", "Gaza's Deir el-Balah": a particle inside
                    // the name.
                    m = PastNameParticle(document, m, end);
                }

                precision = PlacePrecision.Town;
                return m;
            }

            // "in Indian Kashmir", "in Iraqi Kurdistan": a region's name after the demonym of its country (a region: a
            // town is told as "the Syrian city of Raqqa");
            // "in Indian-administered Kashmir", "Israeli-occupied Golan": after who holds it, of no country the words tell.
            if (r.Mention.Form == ActorMentionForm.Demonym && DemonymNamedArea(document, refsByFirst, r.Last + 1, end) is var (areaEnd, held) && areaEnd > 0)
            {
                // "the Indian Ocean", "the Arabian Sea": waters, of no country.
                country = held || document.Word(areaEnd - 1) is "ocean" or "sea" or "gulf" or "strait" or "channel" or "bay" ? null : country;
                precision = PlacePrecision.Region;
                return areaEnd;
            }

            // "in the Somali capital", "in Ukraine's capital": the country's capital city, a town's precision.
            if (within <= end && document.Word(within) == "capital" && !document.IsCapitalised(within))
            {
                precision = PlacePrecision.Town;
                return within + 1;
            }

            // "in Pakistan's northwest", "in Syria's restive north-east": a part of the country by its direction, a region.
            if (document.Word(r.Last) is { } whose && TextDocument.EndsPossessive(whose) && DirectionPartEnd(document, r.Last + 1, end) is var partEnd and > 0)
            {
                precision = PlacePrecision.Region;
                return partEnd;
            }

            return r.Last + 1;
        }

        if (document.IsCapitalised(k) && !NotPlaces.Contains(document.Word(k)!) && !refsByFirst.ContainsKey(k) && !(timed is not null && timed[k]))
        {
            var m = k;
            for (var words = 0; m <= end && words < 4 && document.IsCapitalised(m) && !NotPlaces.Contains(document.Word(m)!); words++)
            {
                m++;

                // "Khan al-Assal", "Deir el-Balah", "Ras al Ain", "Lanao del Sur": a particle inside the name, before a
                // capitalised word.
                if (PastNameParticle(document, m, end) is var pastParticle && pastParticle > m)
                {
                    m = pastParticle;
                    continue;
                }

                // "Nad-e Ali", "Kafr-e Souseh": a hyphen inside the name, glued on both sides, and the word after it.
                // "Pont-Sonde": a capitalised word after it. "Mazar-i-Sharif": one after another.
                while (m + 1 <= end && document.Tokens[m].Kind == TokenKind.Hyphen && document.Tokens[m - 1].Glued && document.Tokens[m].Glued && document.Word(m + 1) is not null
                    && (m + 2 > end || document.IsCapitalised(m + 1) || document.IsCapitalised(m + 2) || document.Word(m + 2) is null || IsFeature.Of(document.Tokens[m + 2].Lexeme)))
                {
                    m += 2;
                }
            }

            // "the Gulf of Aden", "the Strait of Hormuz", "the Bay of Bengal": a stretch of water of a name.
            if (m - 1 == k && document.Word(m - 1) is "gulf" or "strait" or "straits" or "bay" or "sea" && document.Word(m) == "of" && m + 1 <= end && document.IsCapitalised(m + 1))
            {
                m += 2;
                precision = PlacePrecision.Region;
                return m;
            }

            // "on Independence Day", "on Martyrs' Day", "on New Year's Eve": a day's name, not a place's.
            if (document.Word(m - 1) is "day" or "eve")
            {
                return k - (direction ? 1 : 0) - 1;
            }

            // "the Gaza Strip", "the Swat Valley", "the Sinai Peninsula": a name whose last word says it is a stretch of
            // land is a region's, and so is a stretch of water ("the Red Sea", "the Persian Gulf"); so is a river's bank
            // ("the West Bank", not "Laiki Bank").
            // "in central Gezira province": a direction before a name whose kind of area follows is no region of its
            // own; the kind says how far it locates (read by the caller).
            precision = (direction && !(m <= end && !document.IsCapitalised(m) && AreaOf(document.Word(m)) is { Precision: not PlacePrecision.Region })) || document.Word(m - 1) is "strip" or "valley" or "peninsula" or "delta" or "plateau" or "desert" or "corridor" or "mountains" or "hills" or "basin"
                    or "sea" or "ocean" or "gulf" or "strait" or "straits" or "channel"
                || (document.Word(m - 1) == "bank" && m - 2 == k && document.Word(k) is "west" or "east") ? PlacePrecision.Region : PlacePrecision.Town;
            return m;
        }

        return k - (direction ? 1 : 0) - 1;
    }

    /// <summary>
    /// The token of a feature noun a few words from token <paramref name="k"/>, after an article and up to two describing
    /// words (<c>a police compound</c>, <c>the main market</c>); -1 when the words from <paramref name="k"/> are not so.
    /// </summary>
    private static int FeatureAt(TextDocument document, int k, int end)
    {
        var m = document.Word(k) is "a" or "an" or "the" ? k + 1 : k;
        for (var stop = Math.Min(end, m + 2); m <= stop; m++)
        {
            if (document.Word(m) is not { } word || document.IsCapitalised(m))
            {
                return -1;
            }

            if (IsFeature.Of(document.Tokens[m].Lexeme) && Features.TryGetValue(word, out var feature)
                && feature is not (FeatureKind.Region or FeatureKind.AdministrativeArea or FeatureKind.Village or FeatureKind.Town or FeatureKind.City))
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>Whether the word after a hyphen tells who holds a place (<c>rebel-held</c>, <c>Russian-occupied</c>).</summary>
    // Words that describe an area before its name and kind ("the disputed Abyei region").
    private static readonly FrozenSet<string> AreaDescribers = FrozenSet.ToFrozenSet<string>(
        ["disputed", "contested", "restive", "volatile", "troubled", "remote", "impoverished", "embattled", "breakaway", "semi-autonomous", "autonomous", "neighboring",
            "neighbouring", "oil-rich", "war-torn", "conflict-hit", "gang-ridden", "crime-ridden"],
        StringComparer.Ordinal);

    /// <summary>
    /// The token after a word that describes an area at token <paramref name="k"/> (<c>restive</c>, or hyphenated,
    /// <c>semi-autonomous</c>, <c>war-torn</c>: its parts glued to a hyphen); <paramref name="k"/> when none stands there.
    /// </summary>
    private static int AfterAreaDescriber(TextDocument document, int k)
    {
        if (document.Word(k) is not { } word)
        {
            return k;
        }

        if (AreaDescribers.Contains(word))
        {
            return k + 1;
        }

        // "Cameroon's English-speaking Northwest region", "the Kurdish-majority northeast": who lives there describes it.
        return k + 2 < document.Count && document.Tokens[k + 1].Kind == TokenKind.Hyphen && document.Tokens[k].Glued && document.Tokens[k + 1].Glued
            && document.Word(k + 2) is { } second && (AreaDescribers.Contains(word + "-" + second) || second is "speaking" or "majority" or "dominated" or "populated" or "inhabited")
            ? k + 3 : k;
    }

    /// <summary>
    /// The token of <c>camp</c> when <c>refugee camp</c>, <c>displacement camp</c>, <c>IDP camp</c> or <c>camp</c> in lower
    /// case (after a name: <c>the Nuseirat camp</c>) starts at token <paramref name="k"/>; -1 otherwise.
    /// </summary>
    private static int RefugeeCampAt(TextDocument document, int k) =>
        document.Word(k) is "refugee" or "refugees" or "displacement" or "displaced" or "idp" && document.Word(k + 1) == "camp" ? k + 1
        : document.Word(k) == "camp" && !document.IsCapitalised(k) ? k
        : -1;

    /// <summary>Whether a road between two towns is named from token <paramref name="k"/>: a capitalised word, a glued hyphen, a capitalised word and <c>highway</c>, <c>road</c> or the like.</summary>
    private static bool RoadBetweenTowns(TextDocument document, int k, int end) =>
        k + 3 <= end && document.IsCapitalised(k) && document.Tokens[k + 1].Kind == TokenKind.Hyphen && document.Tokens[k].Glued && document.Tokens[k + 1].Glued
        && document.IsCapitalised(k + 2) && document.Word(k + 3) is "highway" or "road" or "expressway" or "motorway" or "route" or "railway" or "railroad" or "axis" or "corridor";

    /// <summary>
    /// The end (exclusive) of an area's name of one or two capitalised words from token <paramref name="k"/>, right after a
    /// demonym (or after it, a hyphen and a word of holding), standing alone: followed by a symbol, the sentence's end or a
    /// word in lower case that is not what a force or a body is (<c>Indian Kashmir on Sunday</c>, not <c>Afghan National
    /// Army soldiers</c>, <c>Iraqi Army forces</c>); 0 when there is none. Whether the demonym told who held it.
    /// </summary>
    private static (int End, bool Held) DemonymNamedArea(TextDocument document, RefIndex refsByFirst, int k, int end)
    {
        var held = false;
        if (k + 2 <= end && document.Tokens[k].Kind == TokenKind.Hyphen && document.Tokens[k].Glued && document.Tokens[k - 1].Glued
            && document.Word(k + 1) is "administered" or "controlled" or "held" or "occupied" or "annexed")
        {
            (k, held) = (k + 2, true);
        }

        var m = k;
        while (m <= end && m < k + 2 && document.IsCapitalised(m) && document.Tokens[m].Kind == TokenKind.Word && !refsByFirst.ContainsKey(m)
            && !NotPlaces.Contains(document.Word(m)!) && !NotAreaNames.Contains(document.Word(m)!))
        {
            m++;
        }

        if (m == k || (m <= end && (document.IsCapitalised(m) || (document.Word(m) is { } next && NotAreaNames.Contains(next)))))
        {
            return (0, false);
        }

        return (m, held);
    }

    // Words of forces, bodies and faiths: no area's name after a demonym ("Afghan National Army", "Iraqi Army forces",
    // "Russian Orthodox").
    private static readonly FrozenSet<string> NotAreaNames = FrozenSet.ToFrozenSet<string>(
        ["army", "police", "forces", "force", "troops", "soldiers", "navy", "air", "national", "military", "guard", "guards", "special", "security", "border",
            "government", "ministry", "embassy", "orthodox", "church", "muslim", "muslims", "christian", "christians", "jewish", "jews", "red", "islamic", "state",
            "president", "prime", "foreign", "defence", "defense", "interior", "army's", "officials", "authorities", "media", "television", "news", "open", "cup", "games",
            "league", "airlines", "airways", "consulate", "company", "university"],
        StringComparer.Ordinal);

    private static bool IsHeldWord(string? word) => word is "held" or "controlled" or "occupied" or "run" or "besieged";

    /// <summary>
    /// The token after words telling who holds a place, from token <paramref name="k"/> (<c>occupied</c>, <c>besieged</c>,
    /// <c>rebel-held</c>, <c>Israeli-occupied</c>, <c>government-controlled</c>); <paramref name="k"/> when none stand there.
    /// </summary>
    private static int HeldBy(TextDocument document, int k)
    {
        if (document.Word(k) is "occupied" or "besieged" && !document.IsCapitalised(k))
        {
            return k + 1;
        }

        return k + 2 < document.Count && document.Tokens[k].Kind == TokenKind.Word && document.Tokens[k + 1].Kind == TokenKind.Hyphen && document.Tokens[k].Glued
            && document.Tokens[k + 1].Glued && IsHeldWord(document.Word(k + 2))
            ? k + 3
            : k;
    }
}
