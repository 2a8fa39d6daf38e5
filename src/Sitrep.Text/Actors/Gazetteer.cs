using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Sitrep.Actors;
using Sitrep.Geography;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.Actors;

/// <summary>
/// The names, aliases and kinds by which the actor scanner recognises actors. <see cref="BuiltIn"/> holds every
/// country (its names, demonyms and seats of government: "Iraq", "Iraqi", "Baghdad") and a few widely reported
/// organisations; <see cref="Add"/> lays a user's own actors over it, and a user's name wins over a built-in one.
/// A name in capitals ("US", "PMF") matches only in capitals, so "us" is never the United States. Immutable.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> BuiltInValue = new(LoadBuiltIn);

    /// <summary>Whether a name of the built-in gazetteer may start at a word.</summary>
    internal static readonly LexemeFact BuiltInStarts = new(word => BuiltIn.MayStart(word));

    /// <summary>Whether this is <see cref="BuiltIn"/>, whose first words are lexeme facts.</summary>
    internal bool IsBuiltIn => builtIn;

    private readonly Dictionary<string, List<Phrase>> phrases;

    // The built-in gazetteer keeps "may a name start here?" on the lexemes; others look their phrases up.
    private readonly bool builtIn;

    private Gazetteer(IReadOnlyList<Actor> actors, Dictionary<string, List<Phrase>> phrases, bool builtIn = false)
    {
        Actors = ValueArray.From(actors);
        this.phrases = phrases;
        this.builtIn = builtIn;
    }

    /// <summary>Gets a gazetteer with no entries.</summary>
    public static Gazetteer Empty { get; } = new([], new Dictionary<string, List<Phrase>>(StringComparer.Ordinal));

    /// <summary>Gets the built-in gazetteer: every country with its names, demonyms and seats of government, and widely reported organisations.</summary>
    public static Gazetteer BuiltIn => BuiltInValue.Value;

    /// <summary>Gets the actors this gazetteer recognises.</summary>
    public ValueArray<Actor> Actors { get; }

    /// <summary>Makes a gazetteer of the given actors only: each is found by its name and its aliases.</summary>
    /// <param name="actors">The actors.</param>
    /// <returns>The gazetteer.</returns>
    public static Gazetteer FromActors(IEnumerable<Actor> actors) => Empty.Add(actors);

    /// <summary>
    /// Makes a gazetteer with further actors. Where a name or alias is already taken, the added actor wins; an added
    /// state with a <see cref="Actor.Country"/> also takes over that country's demonyms and seats of government, so a
    /// user's own id for Iraq is what "Iraqi" and "Baghdad" resolve to.
    /// </summary>
    /// <param name="actors">The actors to add.</param>
    /// <returns>The new gazetteer; this one is unchanged.</returns>
    public Gazetteer Add(IEnumerable<Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var added = actors.ToList();
        var all = new List<Actor>(Actors);

        // Where each actor stands, by id and (for states) by country, so adding n actors costs n look-ups.
        var byId = new Dictionary<ActorId, int>();
        var byCountry = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < all.Count; i++)
        {
            byId.TryAdd(all[i].Id, i);
            if (all[i] is { Kind: ActorKind.State, Country: { } country })
            {
                byCountry.TryAdd(country, i);
            }
        }

        var replaced = new Dictionary<ActorId, int>();
        foreach (var actor in added)
        {
            ArgumentNullException.ThrowIfNull(actor, nameof(actors));
            var stateCountry = actor is { Kind: ActorKind.State, Country: { } c } ? c : null;
            if (byId.TryGetValue(actor.Id, out var at) || (stateCountry is not null && byCountry.TryGetValue(stateCountry, out at)))
            {
                replaced[all[at].Id] = at;
                byId.Remove(all[at].Id);
                all[at] = actor;
            }
            else
            {
                at = all.Count;
                all.Add(actor);
            }

            byId[actor.Id] = at;
            if (stateCountry is not null)
            {
                byCountry[stateCountry] = at;
            }
        }

        var index = new PhraseIndex();
        foreach (var (_, list) in phrases)
        {
            foreach (var phrase in list)
            {
                // A replaced actor's demonyms and metonyms now name its replacement.
                index.Add(replaced.TryGetValue(phrase.Actor.Id, out var at) ? phrase with { Actor = all[at] } : phrase);
            }
        }

        foreach (var actor in added)
        {
            index.Add(actor.Name, actor, ActorMentionForm.Name);
            foreach (var alias in actor.Aliases)
            {
                index.Add(alias.Name, actor, alias.Kind == AliasKind.Metonym ? ActorMentionForm.Metonym : ActorMentionForm.Alias);
            }
        }

        return new Gazetteer(all, index.Build());
    }

    /// <summary>The longest entry starting at token <paramref name="i"/>, if any.</summary>
    internal bool TryMatch(TextDocument document, int i, out Phrase match, out int end, out bool possessive)
    {
        match = default;
        end = i;
        possessive = false;
        var tokens = document.Tokens;

        // Callers look ahead ("pro-" at the end of a text asks about the token after the hyphen): past the end, no match.
        if ((uint)i >= (uint)tokens.Count || !MayStart(tokens[i].Lexeme))
        {
            return false;
        }

        var key = tokens[i].Word;
        if (!phrases.TryGetValue(key, out var candidates) && !(key.EndsWith("'s", StringComparison.Ordinal) && phrases.TryGetValue(key[..^2], out candidates)))
        {
            return false;
        }

        var found = false;
        foreach (var phrase in candidates)
        {
            var n = phrase.Words.Length;
            if (i + n > tokens.Count || (found && n <= end - i))
            {
                continue;
            }

            var ok = true;
            var isPossessive = false;
            for (var k = 0; k < n && ok; k++)
            {
                var token = tokens[i + k];
                var word = token.Word;
                if (word != phrase.Words[k])
                {
                    // "Washington's embassy": the last word may carry a possessive.
                    ok = k == n - 1 && token.Kind == TokenKind.Word && IsPossessive(word, phrase.Words[k]);
                    isPossessive = ok;
                }

                // Words glued inside a longer word ("US-led" is fine, "USAID" is not) are not a match.
                ok = ok && !(k == n - 1 && token.Glued && i + n < tokens.Count && tokens[i + n].Kind == TokenKind.Word && tokens[i + n].Start == token.End);
                ok = ok && (!phrase.CaseSensitive || token.Kind != TokenKind.Word || IsUpper(document.Text.AsSpan(token.Start, token.Length)));
            }

            if (ok)
            {
                found = true;
                match = phrase;
                end = i + n;
                possessive = isPossessive;
            }
        }

        // "The Houthis' military spokesman": a name ending in "s" takes the possessive's apostrophe alone, a token of its own.
        if (found && !possessive && end < tokens.Count && tokens[end].Kind == TokenKind.Symbol && tokens[end].Symbol is '\'' or '\u2019'
            && tokens[end].Start == tokens[end - 1].End && tokens[end - 1].Word.EndsWith('s') && end + 1 < tokens.Count && tokens[end + 1].Kind == TokenKind.Word)
        {
            possessive = true;
            end++;
        }

        return found;
    }

    /// <summary>Whether a single lower-case word is one of the entries' demonyms (<c>palestinian</c>, <c>nigerien</c>).</summary>
    internal bool IsDemonym(string word) =>
        phrases.TryGetValue(word, out var candidates) && candidates.Exists(p => p.Words.Length == 1 && p.Form == ActorMentionForm.Demonym);

    /// <summary>Whether an entry starts with this word (or its possessive): for the built-in gazetteer a bit test after the word's first token.</summary>
    internal bool MayStart(Lexeme lexeme) => builtIn ? BuiltInStarts.Of(lexeme) : MayStart(lexeme.Text);

    private bool MayStart(string key) =>
        phrases.ContainsKey(key) || (key.EndsWith("'s", StringComparison.Ordinal) && phrases.ContainsKey(key[..^2]));

    /// <summary>"washington's" or "forces'" for the stem "washington" or "forces", compared without making strings.</summary>
    internal static bool IsPossessive(string word, string stem) =>
        word.StartsWith(stem, StringComparison.Ordinal)
        && (word.AsSpan(stem.Length) is "'s" || word.AsSpan(stem.Length) is "'");

    private static bool IsUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Phrases gathered in order, a later phrase with the same words (and case rule) replacing an earlier one as if
    /// the earlier were removed and the later appended; then grouped by first word. Linear in the phrases, however
    /// many share a first word (thousands of "Military Forces of ..." in a dataset's actors).
    /// </summary>
    private sealed class PhraseIndex
    {
        private readonly List<Phrase> ordered = [];
        private readonly Dictionary<(string Words, bool CaseSensitive), int> last = [];

        internal void Add(string name, Actor actor, ActorMentionForm form)
        {
            var words = Tokenizer.Words(name);
            if (words.Length > 0)
            {
                var caseSensitive = name.Any(char.IsLetter) && IsUpper(name) && name.Count(char.IsLetter) <= 6;
                Add(new Phrase(words, caseSensitive, actor, form));
            }
        }

        internal void Add(Phrase phrase)
        {
            ordered.Add(phrase);
            last[(string.Join('\u0001', phrase.Words), phrase.CaseSensitive)] = ordered.Count - 1;
        }

        internal Dictionary<string, List<Phrase>> Build()
        {
            var index = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
            for (var i = 0; i < ordered.Count; i++)
            {
                var phrase = ordered[i];
                if (last[(string.Join('\u0001', phrase.Words), phrase.CaseSensitive)] != i)
                {
                    continue;
                }

                if (!index.TryGetValue(phrase.Words[0], out var list))
                {
                    index[phrase.Words[0]] = list = [];
                }

                list.Add(phrase);
            }

            return index;
        }
    }

    private static Gazetteer LoadBuiltIn()
    {
        var index = new PhraseIndex();
        var actors = new List<Actor>();
        var byCountry = new Dictionary<string, (string[] Names, string[] Demonyms, string[] Metonyms)>(StringComparer.Ordinal);
        foreach (var fields in ReadTable("Sitrep.Text.Actors.countries-en.tsv"))
        {
            byCountry[fields[0]] = (Split(fields, 1), Split(fields, 2), Split(fields, 3));
        }

        foreach (var country in CountryCodes.All)
        {
            byCountry.TryGetValue(country.Alpha3, out var extra);
            var names = extra.Names ?? [];
            var aliases = names.Where(n => n != country.Name).Select(n => new ActorAlias(n, IsUpper(n) ? AliasKind.Abbreviation : AliasKind.Name))
                .Concat((extra.Metonyms ?? []).Select(m => new ActorAlias(m, AliasKind.Metonym)));
            var actor = new Actor
            {
                Id = new ActorId("actor:" + country.Alpha3.ToLowerInvariant()),
                Name = names.Length > 0 && country.Name.Contains(',', StringComparison.Ordinal) ? names[0] : country.Name,
                Kind = ActorKind.State,
                Country = country.Alpha3,
                GleditschWard = country.GleditschWard,
                CorrelatesOfWar = country.CorrelatesOfWar,
                Aliases = ValueArray.From(aliases),
            };
            actors.Add(actor);
            if (!country.Name.Contains(',', StringComparison.Ordinal))
            {
                index.Add(country.Name, actor, ActorMentionForm.Name);
            }
        }

        // The names news uses, after the official ones, so that one the table gives a country wins over another's
        // official name ("Congo" in the news is the Democratic Republic's; the ISO short name is the Republic's).
        foreach (var actor in actors)
        {
            foreach (var alias in actor.Aliases)
            {
                index.Add(alias.Name, actor, alias.Kind == AliasKind.Metonym ? ActorMentionForm.Metonym : ActorMentionForm.Alias);
            }

            byCountry.TryGetValue(actor.Country!, out var extra);
            foreach (var demonym in extra.Demonyms ?? [])
            {
                index.Add(demonym, actor, ActorMentionForm.Demonym);
            }
        }

        foreach (var fields in ReadTable("Sitrep.Text.Actors.organisations-en.tsv"))
        {
            var names = Split(fields, 3);
            var actor = new Actor
            {
                Id = new ActorId(fields[0]),
                Name = names[0],
                Kind = Enum.Parse<ActorKind>(fields[1], ignoreCase: true),
                Country = fields[2].Length == 0 ? null : fields[2],
                Aliases = ValueArray.From(names.Skip(1).Select(n => new ActorAlias(n, IsUpper(n) ? AliasKind.Abbreviation : AliasKind.Name))),
            };
            actors.Add(actor);
            index.Add(actor.Name, actor, ActorMentionForm.Name);
            foreach (var alias in actor.Aliases)
            {
                index.Add(alias.Name, actor, ActorMentionForm.Alias);
            }
        }

        return new Gazetteer(actors, index.Build(), builtIn: true);
    }

    private static string[] Split(string[] fields, int at) =>
        at < fields.Length && fields[at].Length > 0 ? fields[at].Split('|') : [];

    private static List<string[]> ReadTable(string resource)
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded table {resource} is missing.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                rows.Add(line.Split('\t'));
            }
        }

        return rows;
    }

    /// <summary>One way of writing an actor's name, as lower-case token words.</summary>
    internal readonly record struct Phrase(string[] Words, bool CaseSensitive, Actor Actor, ActorMentionForm Form);
}
