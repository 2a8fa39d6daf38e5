using System;
using System.Globalization;
using System.Text;

namespace Sitrep.Actors;

/// <summary>
/// Ids made from actor names, the same in every package: readable, stable across files and releases, and distinct
/// for distinct names. Two names are the same name when they differ only in letter case or in whitespace (leading,
/// trailing, a run of spaces, a no-break space); every other difference (another script, a vowel sign, punctuation,
/// an accent) gives another id.
/// </summary>
/// <remarks>
/// The id text is the name in lower case with spaces as <c>-</c> when the name holds only letters, digits, combining
/// marks and spaces (<c>Popular Mobilization Forces</c> is <c>popular-mobilization-forces</c>; <c>राम सेना</c> is
/// <c>राम-सेना</c>). Any other character (punctuation, symbols, a hyphen of the name's own) cannot be written back
/// from <c>-</c>, so such a name gets a readable part with runs of other characters as one <c>-</c>, then <c>~</c> and
/// ten hexadecimal digits of a 64-bit FNV-1a hash of the whole same-name form
/// (<c>Civilians (Iraq)</c> is <c>civilians-iraq~</c> and the digits). A name with a <c>~</c> cannot be mistaken
/// for one without, and two names with <c>~</c> differ unless their hashes do, which readers that keep ids
/// (<c>DatasetMapper</c>) check and report.
/// </remarks>
public static class ActorNames
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    /// <summary>
    /// The form two spellings of one name share: trimmed of whitespace (the no-break space included), each run of
    /// whitespace one space, in lower case (invariant culture).
    /// </summary>
    /// <param name="name">The name as written.</param>
    /// <returns>The same-name form; empty for a name of whitespace only.</returns>
    public static string SameNameForm(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.AsSpan().Trim();
        var builder = new StringBuilder(trimmed.Length);
        var space = false;
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString().ToLowerInvariant();
    }

    /// <summary>The id text of a name (without a prefix such as <c>actor:</c>), as the remarks describe.</summary>
    /// <param name="name">The name as written.</param>
    /// <returns>The id text; never empty (a name without letters or digits is its hash alone, after <c>~</c>).</returns>
    public static string Slug(string name)
    {
        var same = SameNameForm(name);
        var slug = new StringBuilder(same.Length + 11);
        var lossless = same.Length > 0;
        foreach (var rune in same.EnumerateRunes())
        {
            if (rune.Value == ' ')
            {
                slug.Append('-');
            }
            else if (Rune.IsLetterOrDigit(rune) || IsMark(rune))
            {
                slug.Append(rune.ToString());
            }
            else
            {
                lossless = false;
                if (slug.Length == 0 || slug[^1] != '-')
                {
                    slug.Append('-');
                }
            }
        }

        if (lossless)
        {
            return slug.ToString();
        }

        while (slug.Length > 0 && slug[^1] == '-')
        {
            slug.Length--;
        }

        while (slug.Length > 0 && slug[0] == '-')
        {
            slug.Remove(0, 1);
        }

        var hash = FnvOffset;
        foreach (var c in same)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return slug.Append('~').Append((hash & 0xFF_FFFF_FFFF).ToString("x10", CultureInfo.InvariantCulture)).ToString();
    }

    private static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
