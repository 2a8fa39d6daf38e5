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
        var replaced = new Dictionary<ActorId, int>();
        foreach (var actor in added)
        {
            ArgumentNullException.ThrowIfNull(actor, nameof(actors));
            var at = all.FindIndex(a => a.Id == actor.Id || (actor.Kind == ActorKind.State && actor.Country is not null && a.Kind == ActorKind.State && a.Country == actor.Country));
            if (at >= 0)
            {
                replaced[all[at].Id] = at;
                all[at] = actor;
            }
            else
            {
                all.Add(actor);
            }
        }

        var index = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        foreach (var (key, list) in phrases)
        {
            var copy = new List<Phrase>(list.Count);
            foreach (var phrase in list)
            {
                // A replaced actor's demonyms and metonyms now name its replacement.
                copy.Add(replaced.TryGetValue(phrase.Actor.Id, out var at) ? phrase with { Actor = all[at] } : phrase);
            }

            index[key] = copy;
        }

        foreach (var actor in added)
        {
            AddPhrase(index, actor.Name, actor, ActorMentionForm.Name);
            foreach (var alias in actor.Aliases)
            {
                AddPhrase(index, alias.Name, actor, alias.Kind == AliasKind.Metonym ? ActorMentionForm.Metonym : ActorMentionForm.Alias);
            }
        }

        return new Gazetteer(all, index);
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

        return found;
    }

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

    private static void AddPhrase(Dictionary<string, List<Phrase>> index, string name, Actor actor, ActorMentionForm form)
    {
        var words = Tokenizer.Words(name);
        if (words.Length == 0)
        {
            return;
        }

        var caseSensitive = name.Any(char.IsLetter) && IsUpper(name) && name.Count(char.IsLetter) <= 6;
        if (!index.TryGetValue(words[0], out var list))
        {
            list = [];
            index[words[0]] = list;
        }

        list.RemoveAll(p => p.Words.AsSpan().SequenceEqual(words) && p.CaseSensitive == caseSensitive);
        list.Add(new Phrase(words, caseSensitive, actor, form));
    }

    private static Gazetteer LoadBuiltIn()
    {
        var index = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
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
                AddPhrase(index, country.Name, actor, ActorMentionForm.Name);
            }

            foreach (var alias in actor.Aliases)
            {
                AddPhrase(index, alias.Name, actor, alias.Kind == AliasKind.Metonym ? ActorMentionForm.Metonym : ActorMentionForm.Alias);
            }

            foreach (var demonym in extra.Demonyms ?? [])
            {
                AddPhrase(index, demonym, actor, ActorMentionForm.Demonym);
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
            AddPhrase(index, actor.Name, actor, ActorMentionForm.Name);
            foreach (var alias in actor.Aliases)
            {
                AddPhrase(index, alias.Name, actor, ActorMentionForm.Alias);
            }
        }

        return new Gazetteer(actors, index, builtIn: true);
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
