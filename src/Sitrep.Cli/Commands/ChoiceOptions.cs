using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;

namespace Sitrep.Cli.Commands;

/// <summary>
/// Options that take one of a few named values: the names are lower case in help and errors, and read in any case
/// (<c>--format JSON</c> is <c>--format json</c>), on every command alike. A value outside the list is an error that
/// names the option and the values it takes.
/// </summary>
internal static class ChoiceOptions
{
    /// <summary>An option whose values are an enum's members in lower case; absent, it is the member numbered 0, which the help names as the default.</summary>
    internal static Option<T> ForEnum<T>(string name, string description)
        where T : struct, Enum
    {
        var members = Enum.GetValues<T>();
        var zero = Array.IndexOf(members, default(T));
        return ForMembers(name, description, [members[zero], .. members.Where((_, i) => i != zero)]);
    }

    /// <summary>An option that takes only some members of an enum, in lower case; absent, it is the first of them, which must be the member numbered 0.</summary>
    internal static Option<T> ForMembers<T>(string name, string description, params T[] members)
        where T : struct, Enum
    {
        if (members.Length == 0 || !members[0].Equals(default(T)))
        {
            throw new ArgumentException("The first member is the default: the enum's member numbered 0.", nameof(members));
        }

        var names = members.Select(m => m.ToString().ToLowerInvariant()).ToArray();
        var option = new Option<T>(name)
        {
            Description = $"{description} [default: {names[0]}]",
            CustomParser = result => Match(result, name, names) is { } index ? members[index] : members[0],
        };
        option.CompletionSources.Clear();
        option.CompletionSources.Add(names);
        return option;
    }

    /// <summary>An option whose value is one of <paramref name="names"/>, given back in the case written there.</summary>
    internal static Option<string> ForNames(string name, string description, string defaultName, params string[] names)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultName,
            CustomParser = result => Match(result, name, names) is { } index ? names[index] : defaultName,
        };
        option.CompletionSources.Clear();
        option.CompletionSources.Add(names);
        return option;
    }

    private static int? Match(ArgumentResult result, string option, string[] names)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        var given = result.Tokens[^1].Value;
        var index = Array.FindIndex(names, n => string.Equals(n, given, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"'{PrintableText.Escape(given)}' is not a value of {option}: use {string.Join(", ", names.SkipLast(1))} or {names[^1]}."));
            return null;
        }

        return index;
    }
}
