using System;
using System.Collections.Frozen;
using Sitrep.Actors;
using Sitrep.Sources;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.Actors;

/// <summary>The news media a report cites, by name or by whose they are.</summary>
public static partial class ActorScanner
{
    // The words that describe an outlet before its noun: whose it is and how it is run ("the state-run", "the
    // semi-official", "the pro-government", "the Arabic-language").
    private static readonly FrozenSet<string> MediaDescribers = FrozenSet.ToFrozenSet<string>(
        ["state", "official", "semi", "public", "private", "independent", "opposition", "government", "pro", "run", "owned", "controlled", "affiliated", "pan",
         "arab", "arabic", "english", "language", "local", "satellite", "national", "online", "leading", "popular", "main"],
        StringComparer.Ordinal);

    // The describing words that make an outlet the state's: its media with no name are the country's state media.
    private static readonly FrozenSet<string> StateDescribers = FrozenSet.ToFrozenSet<string>(["state", "official", "government", "public"], StringComparer.Ordinal);

    // What runs or owns an outlet, after a name and a hyphen ("Hamas-run", "Saudi-owned", "Hezbollah-affiliated").
    private static readonly FrozenSet<string> RunBy = FrozenSet.ToFrozenSet<string>(["run", "owned", "controlled", "backed", "affiliated", "funded", "linked", "aligned"], StringComparer.Ordinal);

    // Words that are capitalised only where a sentence or a heading starts them, never an outlet's name ("To Radio").
    private static readonly FrozenSet<string> NotOutletNames = FrozenSet.ToFrozenSet<string>(
        ["to", "of", "into", "than", "for", "during", "by", "with", "from", "as", "over", "under", "about", "against", "toward", "towards", "through", "via", "per",
         "used", "using", "detained", "seized", "killed", "immediate", "release", "download", "week", "area", "security", "operations", "joint", "command", "coalition"],
        StringComparer.Ordinal);

    // The words an outlet's noun starts with (see MediaNounAt): a chunk with none in reach names no outlet.
    private static readonly LexemeFact IsMediaWord = new(FrozenSet.ToFrozenSet<string>(
        ["news", "press", "wire", "newspaper", "daily", "website", "outlet", "magazine", "weekly", "tv", "television", "radio", "broadcaster", "channel", "media"],
        StringComparer.Ordinal).Contains);

    private enum MediaNoun
    {
        None,

        // An outlet whose name is the name before or after the noun ("the IRNA news agency", "the newspaper Haaretz").
        Agency,

        // A station, named with its noun ("Al-Aqsa radio", "Press TV").
        Broadcast,

        // The media of a country or the state, never named by the noun ("Israeli media", "state media").
        Media,
    }

    private sealed partial class Scan
    {
        /// <summary>
        /// Reads a news outlet from token <paramref name="j"/> (after the determiner <paramref name="det"/> at
        /// <paramref name="start"/>): a name before its noun (<c>the official IRNA news agency</c>, <c>Hamas-run Al-Aqsa
        /// radio</c>, <c>Israel's Channel 12</c>), a name in apposition after it (<c>Syria's state news agency SANA</c>,
        /// <c>public broadcaster Kan</c>), or a country's media with no name (<c>Iranian state TV</c>, <c>Israeli media</c>,
        /// <c>state television</c> in a report filed from a country: that country's state media). Returns where the next
        /// chunk starts, or -1 when no outlet stands there.
        /// </summary>
        private int TryMedia(int start, string? det, int j)
        {
            // Most chunks name no outlet: with no word of an outlet's noun in reach, nothing more is read.
            if (!MediaWordWithin(j))
            {
                return -1;
            }

            var k = j;
            Actor? owner = null;
            int ownerFirst = -1, ownerLast = -1;
            var ownerForm = ActorMentionForm.Name;
            var runBy = false;

            // Whose it is: a country by name, in the possessive or by its demonym, or a body that runs it.
            if (gazetteer.TryMatch(document, k, out var phrase, out var phraseEnd, out var possessive))
            {
                if (phrase.Actor.Kind == ActorKind.Media)
                {
                    // "the Xinhua news agency", "Al Jazeera television": a known outlet and its noun, one mention (by
                    // itself, or before a noun of its own people, "an AFP journalist", it is read as any name is).
                    if (MediaNounAt(phraseEnd, out var nounEnd) == MediaNoun.None)
                    {
                        return -1;
                    }

                    Add(k, nounEnd - 1, analysis.Draft(phrase.Actor), phrase.Form, ActorUse.None);
                    return nounEnd;
                }

                if (IsHyphen(phraseEnd) && Word(phraseEnd + 1) is { } how && RunBy.Contains(how))
                {
                    runBy = true;
                    k = phraseEnd + 2;
                }
                else if (phrase.Actor.Kind == ActorKind.State && phrase.Actor.Country is not null && !InsideLongerName(k))
                {
                    k = phraseEnd;
                }
                else
                {
                    return -1;
                }

                (owner, ownerFirst, ownerLast, ownerForm) = (phrase.Actor, j, phraseEnd - 1, phrase.Form);
            }

            // How it is run, whose tongue it speaks: "state-run", "semi-official", "pro-government", "Arabic-language".
            var stateRun = false;
            var local = false;
            for (var n = 0; n < 8 && k < tokens.Count; n++)
            {
                // (Not a capitalised word inside a name: "the National News Agency".)
                if (Word(k) is { } describer && MediaDescribers.Contains(describer) && (!document.IsCapitalised(k) || document.SentenceStart[k] == k))
                {
                    stateRun |= StateDescribers.Contains(describer);
                    local |= describer == "local";
                    k++;
                }
                else if (IsHyphen(k) && tokens[k].Glued && k > j && Word(k + 1) is not null)
                {
                    k++;
                }
                else
                {
                    break;
                }
            }

            if (k == start && !document.IsCapitalised(k) && MediaNounAt(k, out _) == MediaNoun.None)
            {
                // Nothing but a word that starts no outlet (a word of one stands further on).
                return -1;
            }

            // "Lebanon's state-run National News Agency", "the Saudi-owned Al Arabiya": a known outlet after whose it is.
            if (k > j && gazetteer.TryMatch(document, k, out var knownAfter, out var knownAfterEnd, out _) && knownAfter.Actor.Kind == ActorKind.Media)
            {
                var afterEnd = MediaNounAt(knownAfterEnd, out var afterNoun) == MediaNoun.None ? knownAfterEnd : afterNoun;
                if (AgentNoun.Match(document, afterEnd, out _) is not null)
                {
                    return -1;
                }

                EmitOwner(owner, ownerFirst, ownerLast, ownerForm, runBy, null);
                Add(k, afterEnd - 1, analysis.Draft(knownAfter.Actor), knownAfter.Form, ActorUse.None);
                return afterEnd;
            }

            // A name before the noun: capitalised words (a glued hyphen inside, a number after "Channel").
            var nameFirst = k;
            while (k < tokens.Count && k < nameFirst + 5 && MediaNameWordAt(k, nameFirst))
            {
                k++;
            }

            var noun = MediaNounAt(k, out var end);
            if (noun == MediaNoun.None && k > nameFirst && Word(nameFirst) == "channel" && tokens[k - 1].Kind == TokenKind.Number)
            {
                // "Israel's Channel 12 reported": the channel is its name.
                (noun, end) = (MediaNoun.Broadcast, k);
            }

            if (noun == MediaNoun.None || (noun == MediaNoun.Media && k > nameFirst))
            {
                return -1;
            }

            string? name = null;
            var phraseFirst = det is null ? start : start + 1;
            var first = nameFirst;
            var last = end - 1;
            var ownerBefore = owner is { Kind: ActorKind.State } && !runBy && !possessive && ownerLast + 1 == nameFirst;
            if (document.IsCapitalised(k) && document.SentenceStart[k] != k && (k > nameFirst || ownerBefore) && noun != MediaNoun.Media)
            {
                // "the National News Agency", "the Saudi Press Agency", "Israel Radio": the noun written in capitals is part
                // of the name, with the country's word that stands right before it.
                first = k > nameFirst && !ownerBefore ? nameFirst : ownerFirst;
                name = Clean(document.Slice(first, end - 1));
            }
            else if (k > nameFirst)
            {
                // "the official IRNA news agency" is IRNA; "Al-Aqsa radio", "Press TV" are named with their noun. A name
                // with nothing before it is an outlet only as a source ("Press TV reported", "told Voice of America
                // radio"), not what words describe ("dominated West African radio").
                if ((det is null && owner is null && nameFirst == j && !CueFollows(end) && !AccordingToBefore(start) && Word(start - 1) is not ("told" or "to" or "by"))
                    || (det is null && noun == MediaNoun.Agency && !IsAgencyWord(k)))
                {
                    return -1;
                }

                // "the Myanmar Now news website": a country's name (or its seat's) right before is part of the outlet's.
                if (ownerBefore && ownerForm is ActorMentionForm.Name or ActorMentionForm.Metonym)
                {
                    first = ownerFirst;
                }

                var nameLast = noun == MediaNoun.Broadcast && !IsAcronym(k - 1) && tokens[k - 1].Kind != TokenKind.Number ? end - 1 : k - 1;
                name = Clean(document.Slice(first, nameLast));
            }
            else if (gazetteer.TryMatch(document, end, out var known, out var knownEnd, out _) && known.Actor.Kind == ActorKind.Media)
            {
                // "the state news agency SANA": the outlet the name after the noun names.
                EmitOwner(owner, ownerFirst, ownerLast, ownerForm, runBy, null);
                Add(end, knownEnd - 1, analysis.Draft(known.Actor), known.Form, ActorUse.None);
                return knownEnd;
            }
            else if (noun != MediaNoun.Media && !document.IsCapitalised(k) && !NotOutletNames.Contains(Word(end) ?? string.Empty) && AppositiveName(end) is { } appositiveEnd && !document.IsCapitalised(appositiveEnd))
            {
                // "public broadcaster Kan said", "the newspaper Haaretz reported".
                name = Clean(document.Slice(end, appositiveEnd - 1));
                (first, last) = (end, appositiveEnd - 1);
            }
            else if (det is "a" or "an" || !IsAgencyWord(k))
            {
                // (One of several outlets, or a noun that names an outlet only with its name: "brief the public daily".)
                return -1;
            }
            else if ((owner is { Kind: ActorKind.State } && !runBy) || (stateRun && host is not null))
            {
                // "Iranian state TV", "Israeli media", "state television" in a report filed from Damascus: the country's.
                var (ofName, ofCountry) = owner is { Kind: ActorKind.State } && !runBy ? (owner.Name, owner.Country) : (host!.Name, host.Country);
                if (ofCountry is null)
                {
                    return -1;
                }

                var media = ofName + (stateRun ? " state media" : " media");
                var draft = analysis.Draft(new ActorId("actor:" + IdPart(ofCountry.ToLowerInvariant() + (stateRun ? "-state-media" : "-media"))), media, ActorKind.Media, ofCountry);
                draft.Class ??= "media";
                EmitOwner(owner, ownerFirst, ownerLast, ownerForm, runBy, null);
                Add(phraseFirst, end - 1, draft, ActorMentionForm.Composite, ActorUse.None);
                return end;
            }
            else if (stateRun && owner is null && det is null or "the")
            {
                // "the state news agency said", "state TV reported" in a report filed from nowhere: state media of no country.
                var stateMedia = analysis.Draft(IdOf("state media"), "state media", ActorKind.Media, null);
                stateMedia.Class ??= "media";
                Add(phraseFirst, end - 1, stateMedia, ActorMentionForm.Composite, ActorUse.None);
                return end;
            }
            else if (local && owner is null)
            {
                // "local radio reported": the local media, as "local media said" names them.
                var localMedia = analysis.Draft(IdOf("local media"), "local media", ActorKind.Media, null);
                localMedia.Class ??= "media";
                Add(phraseFirst, end - 1, localMedia, ActorMentionForm.Composite, ActorUse.None);
                return end;
            }
            else
            {
                return -1;
            }

            var country = owner is { Kind: ActorKind.State } && !runBy ? owner.Country : null;
            var outlet = analysis.Draft(IdOf(name)) ?? analysis.Draft(IdOf(name), name, ActorKind.Media, country);
            outlet.Class ??= "media";
            EmitOwner(owner, ownerFirst, ownerLast, ownerForm, runBy, outlet);
            Add(first, last, outlet, ActorMentionForm.Name, ActorUse.None);
            return Math.Max(end, last + 1);
        }

        // The first word an outlet's noun starts with at or after the token last asked about (chunks are read forward, so
        // the whole text is searched once).
        private int nextMediaWord = -1;
        private int mediaAskedAt = -1;

        /// <summary>Whether a word an outlet's noun starts with stands within nine tokens of <paramref name="j"/>, over words, numbers, hyphens, points and apostrophes.</summary>
        private bool MediaWordWithin(int j)
        {
            if (nextMediaWord < j || j < mediaAskedAt)
            {
                var m = j < mediaAskedAt ? j : Math.Max(j, nextMediaWord + 1);
                while (m < tokens.Count && !(tokens[m].Kind == TokenKind.Word && IsMediaWord.Of(tokens[m].Lexeme)))
                {
                    m++;
                }

                nextMediaWord = m;
            }

            mediaAskedAt = j;
            if (nextMediaWord >= j + 9 || nextMediaWord >= tokens.Count)
            {
                return false;
            }

            for (var m = j; m < nextMediaWord; m++)
            {
                ref readonly var token = ref tokens[m];
                if (token.Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Hyphen) && !(token.Kind == TokenKind.Symbol && token.Symbol is '.' or '\'' or '\u2019'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The country or body an outlet is of, a mention of its own inside the outlet's; a body that runs it leads it.</summary>
        private void EmitOwner(Actor? owner, int first, int last, ActorMentionForm form, bool runBy, ActorDraft? outlet)
        {
            if (owner is null)
            {
                return;
            }

            Add(first, last, analysis.Draft(owner), form, ActorUse.Modifier);
            if (runBy && outlet is not null)
            {
                outlet.AddRelation(ActorRelationKind.LedBy, owner.Id, new TextSpan(tokens[first].Start, tokens[last].End - tokens[first].Start));
            }
        }

        /// <summary>Whether token <paramref name="k"/> is a word of an outlet's name that starts at <paramref name="nameFirst"/>.</summary>
        private bool MediaNameWordAt(int k, int nameFirst)
        {
            ref readonly var token = ref tokens[k];
            if (token.Kind == TokenKind.Word)
            {
                return document.IsCapitalised(k) && !IsNotName.Of(token.Lexeme) && !NotOutletNames.Contains(token.Word) && MediaNounAt(k, out _) == MediaNoun.None
                    && (k == nameFirst || !gazetteer.TryMatch(document, k, out _, out _, out _));
            }

            // "Al-Aqsa": a hyphen glued inside the name; "Channel 12": the channel's number.
            return (token.Kind == TokenKind.Hyphen && token.Glued && k > nameFirst && document.IsCapitalised(k + 1))
                || (token.Kind == TokenKind.Number && k == nameFirst + 1 && Word(nameFirst) == "channel");
        }

        /// <summary>Whether the outlet's noun at <paramref name="k"/> is one of a news agency or service, not of a paper or site ("daily", "website"), which name an outlet only after an article or before its name.</summary>
        private bool IsAgencyWord(int k) => Word(k) is not ("daily" or "weekly" or "website" or "outlet" or "magazine");

        /// <summary>The noun of an outlet at token <paramref name="k"/> (<c>news agency</c>, <c>television</c>, <c>media</c>) and where it ends.</summary>
        private MediaNoun MediaNounAt(int k, out int end)
        {
            end = k;
            switch (Word(k))
            {
                case "news" or "press" when Word(k + 1) is "agency" or "service":
                case "wire" when Word(k + 1) == "service":
                case "news" when Word(k + 1) is "website" or "site" or "outlet" or "portal":
                    end = k + 2;
                    return MediaNoun.Agency;
                case "newspaper" or "daily" or "website" or "outlet" or "magazine" or "weekly":
                    end = k + 1;
                    return MediaNoun.Agency;
                case "tv" or "television" or "radio" or "broadcaster" or "channel" when !(Word(k) == "channel" && tokens[k + 1 < tokens.Count ? k + 1 : k].Kind == TokenKind.Number):
                    end = Word(k + 1) is "station" or "channel" or "network" ? k + 2 : k + 1;
                    return MediaNoun.Broadcast;
                case "media":
                    end = k + 1;
                    return MediaNoun.Media;
                default:
                    return MediaNoun.None;
            }
        }
    }
}
