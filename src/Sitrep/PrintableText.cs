using System;
using System.Globalization;
using System.Text;

namespace Sitrep;

/// <summary>
/// Makes text from data safe to print on a terminal or in a log: control characters (an escape sequence that clears
/// the screen, a CR or LF that starts a forged line), line and paragraph separators and the invisible controls that
/// reorder text (bidirectional overrides and isolates) are written as escapes (<c>\n</c>, <c>\u001B</c>); everything
/// else is kept as it is. Used for every human-readable output of diagnostics and data.
/// </summary>
public static class PrintableText
{
    /// <summary>Returns <paramref name="text"/> with the characters that could change what a terminal shows escaped.</summary>
    /// <param name="text">Text from data (a value, a name, a message quoting one), or <see langword="null"/>.</param>
    /// <returns>The text, escaped where needed; the same instance when nothing needs escaping.</returns>
    public static string? Escape(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var first = IndexOfUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsUnsafe(c))
            {
                builder.Append(c);
                continue;
            }

            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }

        return builder.ToString();
    }

    private static int IndexOfUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsUnsafe(char c) =>
        c < ' ' || c is '\u007F' or >= '\u0080' and <= '\u009F' or '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029'
            or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
