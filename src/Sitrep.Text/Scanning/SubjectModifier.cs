using System;
using System.Collections.Frozen;

namespace Sitrep.Text.Scanning;

/// <summary>
/// What stands between a subject and its verb to say how they came or what they bore (<c>Gunmen on motorcycles shot
/// dead</c>, <c>Gang members armed with machetes and rifles killed</c>, <c>militants in military uniforms stormed</c>,
/// <c>men riding motorbikes opened fire</c>): the subject is still the verb's.
/// </summary>
internal static class SubjectModifier
{
    // The longest run of words such a modifier holds, its opening word included.
    private const int Reach = 8;

    // How far back a relative clause set off by commas may open (", which have besieged El Fasher since May,").
    private const int RelativeReach = 16;

    // What people come on or in, or wear.
    private static readonly FrozenSet<string> Conveyances = FrozenSet.ToFrozenSet<string>(
        ["motorcycles", "motorcycle", "motorbikes", "motorbike", "bicycles", "foot", "horseback", "horses", "camels", "boats", "boat", "trucks", "pickups",
         "cars", "vehicles", "uniforms", "uniform", "fatigues"],
        StringComparer.Ordinal);

    // The words that open a modifier of what is borne (then up to six more words).
    private static readonly FrozenSet<string> Bearing = FrozenSet.ToFrozenSet<string>(["armed", "riding", "wearing", "carrying", "brandishing"], StringComparer.Ordinal);

    /// <summary>
    /// The last token of the subject before a modifier that ends at token <paramref name="k"/> (the token before the
    /// verb), or <paramref name="k"/> when none ends there.
    /// </summary>
    internal static int SubjectBefore(TextDocument document, int k)
    {
        // "The Rapid Support Forces, which have besieged El Fasher since May, fired": a relative clause set off by commas
        // between the subject and its verb is the subject's, not the subject.
        if (document.IsSymbol(k, ','))
        {
            for (var j = k - 1; j > 0 && j > k - RelativeReach; j--)
            {
                if (document.IsSymbol(j, ','))
                {
                    if (document.Word(j + 1) is "which" or "who" or "whose" && j + 1 < k)
                    {
                        k = j - 1;
                    }

                    break;
                }

                if (document.Word(j) is null && document.Tokens[j].Kind is not (TokenKind.Number or TokenKind.Hyphen))
                {
                    break;
                }
            }
        }

        // "The Rapid Support Forces (RSF) stormed": a short form in brackets after the name ends no subject; the name
        // before it does.
        if (document.IsSymbol(k, ')') && ShortFormOpening(document, k) is var open and > 0 && document.Word(open - 1) is not null)
        {
            k = open - 1;
        }

        if (document.Word(k) is { } last && Conveyances.Contains(last))
        {
            // "on motorcycles", "in pickup trucks", "in military uniforms".
            if (document.Word(k - 1) is "on" or "in")
            {
                return k - 2;
            }

            if (document.Word(k - 2) is "in" or "on" && document.Word(k - 1) is not null)
            {
                return k - 3;
            }
        }

        for (var j = k; j >= 0 && j > k - Reach; j--)
        {
            if (document.Word(j) is not { } word)
            {
                if (!InModifier(document, j))
                {
                    return k;
                }

                continue;
            }

            if (Bearing.Contains(word) && (word != "armed" || document.Word(j + 1) == "with") && j < k)
            {
                // "Gunmen, armed with rifles, killed": the comma that opens it is not the subject's.
                return document.IsSymbol(j - 1, ',') ? j - 2 : j - 1;
            }
        }

        return k;
    }

    /// <summary>
    /// The opening bracket of a short form of one to three words that closes at token <paramref name="close"/>
    /// (<c>(RSF)</c>, <c>(Isis)</c>; not a number or a sign), or -1.
    /// </summary>
    private static int ShortFormOpening(TextDocument document, int close)
    {
        for (var open = close - 1; open >= 0 && open >= close - 4; open--)
        {
            if (document.IsSymbol(open, '('))
            {
                return open < close - 1 ? open : -1;
            }

            if (document.Word(open) is null)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The first token after a modifier that starts at token <paramref name="k"/> (the token after the subject) and is
    /// followed by a token <paramref name="verbAt"/> accepts, or <paramref name="k"/> when none starts there.
    /// </summary>
    internal static int After(TextDocument document, int k, Func<int, bool> verbAt)
    {
        if (document.Word(k) is "on" or "in")
        {
            if (document.Word(k + 1) is { } conveyance && Conveyances.Contains(conveyance) && verbAt(k + 2))
            {
                return k + 2;
            }

            return document.Word(k + 1) is not null && document.Word(k + 2) is { } conveyed && Conveyances.Contains(conveyed) && verbAt(k + 3) ? k + 3 : k;
        }

        // "Gunmen, armed with rifles, killed": between commas too.
        var m = document.IsSymbol(k, ',') ? k + 1 : k;
        if (document.Word(m) is not { } opening || !Bearing.Contains(opening) || (opening == "armed" && document.Word(m + 1) != "with"))
        {
            return k;
        }

        for (var j = m + 2; j < document.Count && j < m + Reach; j++)
        {
            if (document.Word(j) is null && !InModifier(document, j))
            {
                return k;
            }

            // Not a word joined to the one before it ("rocket-propelled grenades").
            if (verbAt(j) && document.Tokens[j - 1].Kind != TokenKind.Hyphen)
            {
                return j;
            }
        }

        return k;
    }

    // Besides words, a modifier holds commas, hyphens and numbers ("armed with AK-47 rifles, knives and machetes").
    private static bool InModifier(TextDocument document, int j) =>
        document.IsSymbol(j, ',') || document.Tokens[j].Kind is TokenKind.Hyphen or TokenKind.Number;
}
