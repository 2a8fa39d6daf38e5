using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Sitrep.Temporal;

namespace Sitrep.Text.TimeExpressions;

/// <summary>
/// Writes a parsed report as a TimeML document: the publication date as the document creation time (<c>DCT</c>,
/// <c>t0</c>) and the report's text with each date and time mention the parser resolved wrapped in a
/// <c>&lt;TIMEX3 tid type value&gt;</c> tag (<c>mod</c> for about, early, mid and late; <c>temporalFunction</c> and
/// <c>anchorTimeID="t0"</c> for a date resolved against the publication date). The text between the tags is the
/// report exactly (XML-escaped). A mention TIMEX3 cannot give as one value (an interval such as "March 3-5", a time
/// with its zone) and a mention overlapping an earlier one are left untagged.
/// </summary>
public static class TimeMl
{
    /// <summary>Writes the TimeML document.</summary>
    /// <param name="documentId">The document's id (<c>DOCID</c>), such as its file name.</param>
    /// <param name="text">The text that was parsed.</param>
    /// <param name="result">What <see cref="ReportParser.Parse"/> found in it.</param>
    /// <returns>The document, UTF-8 XML text.</returns>
    /// <exception cref="ArgumentException">The text or id holds a character XML 1.0 cannot carry (<see cref="FindUnwritable"/>).</exception>
    public static string Write(string documentId, string text, ReportParseResult result)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(result);
        if (FindUnwritable(text) is var bad and >= 0)
        {
            throw new ArgumentException($"The text holds U+{(int)text[bad]:X4} at offset {bad}, which XML 1.0 cannot carry.", nameof(text));
        }

        if (FindUnwritable(documentId) >= 0)
        {
            throw new ArgumentException("The document id holds a character XML 1.0 cannot carry.", nameof(documentId));
        }

        var xml = new StringBuilder(text.Length + 512);
        Escape(xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n<DOCID>"), documentId).Append("</DOCID>\n");
        var published = result.Published is { } day ? TimexValue.TryFrom(TemporalValue.Day(day), out var dct) ? dct.ToString() : null : null;
        if (published is not null)
        {
            xml.Append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"").Append(published).Append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">").Append(published).Append("</TIMEX3></DCT>\n");
        }

        xml.Append("<TEXT>");
        var at = 0;
        var tid = 0;
        foreach (var mention in result.Dates.OrderBy(d => d.Span.Start).ThenByDescending(d => d.Span.Length))
        {
            if (mention.Span.Start < at || mention.Span.End > text.Length || !TimexValue.TryFrom(mention.Value, out var value))
            {
                continue;
            }

            Escape(xml, text.AsSpan(at, mention.Span.Start - at));
            xml.Append(CultureInfo.InvariantCulture, $"<TIMEX3 tid=\"t{++tid}\" type=\"{(value.Kind == TimexValueKind.Time ? "TIME" : "DATE")}\" value=\"{value}\"");
            if (Mod(mention.Value.Modifier) is { } mod)
            {
                xml.Append(" mod=\"").Append(mod).Append('"');
            }

            xml.Append(mention.IsRelative && published is not null ? " temporalFunction=\"true\" anchorTimeID=\"t0\">" : " temporalFunction=\"false\">");
            Escape(xml, text.AsSpan(mention.Span.Start, mention.Span.Length)).Append("</TIMEX3>");
            at = mention.Span.End;
        }

        Escape(xml, text.AsSpan(at)).Append("</TEXT>\n</TimeML>\n");
        return xml.ToString();
    }

    /// <summary>
    /// Gets the offset of the first character XML 1.0 cannot carry, even escaped (a control character other than
    /// tab, line feed and carriage return; a lone surrogate; U+FFFE or U+FFFF), or -1 when there is none.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The offset, or -1.</returns>
    public static int FindUnwritable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if ((c < 0x20 && c is not ('\t' or '\n' or '\r')) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return i;
            }
        }

        return -1;
    }

    private static string? Mod(TemporalModifier modifier) => modifier switch
    {
        TemporalModifier.Start => "START",
        TemporalModifier.Mid => "MID",
        TemporalModifier.End => "END",
        TemporalModifier.Approximate => "APPROX",
        _ => null,
    };

    // Appends the text escaped for XML character data and attribute values.
    private static StringBuilder Escape(StringBuilder escaped, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),

                // A parser turns a raw carriage return into a line feed; the reference keeps the text exact.
                '\r' => escaped.Append("&#xD;"),
                _ => escaped.Append(c),
            };
        }

        return escaped;
    }
}
