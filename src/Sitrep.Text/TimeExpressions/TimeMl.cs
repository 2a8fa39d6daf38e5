using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Sitrep.Sources;
using Sitrep.Temporal;

namespace Sitrep.Text.TimeExpressions;

/// <summary>
/// Writes a parsed report as a TimeML document: the publication date as the document creation time (<c>DCT</c>,
/// <c>t0</c>) and the report's text with each time expression the parser found
/// (<see cref="ReportParseResult.TimeExpressions"/>) wrapped in a <c>&lt;TIMEX3&gt;</c> tag with its <c>tid</c>,
/// <c>type</c>, <c>value</c>, <c>mod</c>, <c>quant</c> and <c>freq</c>; a value resolved against the publication date
/// or an earlier expression is a <c>temporalFunction</c> with that one's id as <c>anchorTimeID</c>. The text between
/// the tags is the report exactly (XML-escaped).
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
        var tids = new Dictionary<TextSpan, string>();
        foreach (var expression in result.TimeExpressions)
        {
            if (expression.Span.Start < at || expression.Span.End > text.Length)
            {
                continue;
            }

            var tid = "t" + (tids.Count + 1).ToString(CultureInfo.InvariantCulture);
            tids[expression.Span] = tid;
            Escape(xml, text.AsSpan(at, expression.Span.Start - at));
            xml.Append("<TIMEX3 tid=\"").Append(tid).Append("\" type=\"").Append(TypeName(expression.Type)).Append("\" value=\"").Append(expression.Value.ToString()).Append('"');
            if (ModifierName(expression.Modifier) is { } mod)
            {
                xml.Append(" mod=\"").Append(mod).Append('"');
            }

            if (expression.Quantifier is { } quant)
            {
                Escape(xml.Append(" quant=\""), quant).Append('"');
            }

            if (expression.Frequency is { } freq)
            {
                Escape(xml.Append(" freq=\""), freq).Append('"');
            }

            var anchor = expression.Anchor switch
            {
                TimeAnchor.Publication when published is not null => "t0",
                TimeAnchor.TextTime when expression.AnchorSpan is { } span && tids.TryGetValue(span, out var earlier) => earlier,
                _ => null,
            };
            xml.Append(anchor is null ? " temporalFunction=\"false\">" : $" temporalFunction=\"true\" anchorTimeID=\"{anchor}\">");
            Escape(xml, text.AsSpan(expression.Span.Start, expression.Span.Length)).Append("</TIMEX3>");
            at = expression.Span.End;
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

    /// <summary>The TIMEX3 name of a type: <c>DATE</c>, <c>TIME</c>, <c>DURATION</c>, <c>SET</c>.</summary>
    /// <param name="type">The type.</param>
    /// <returns>Its name.</returns>
    public static string TypeName(TimeExpressionType type) => type switch
    {
        TimeExpressionType.Time => "TIME",
        TimeExpressionType.Duration => "DURATION",
        TimeExpressionType.Set => "SET",
        _ => "DATE",
    };

    /// <summary>The TIMEX3 name of a modifier (<c>START</c>, <c>APPROX</c>, <c>MORE_THAN</c>, ...), or null for none.</summary>
    /// <param name="modifier">The modifier.</param>
    /// <returns>Its name, or null.</returns>
    public static string? ModifierName(TimexModifier modifier) => modifier switch
    {
        TimexModifier.Start => "START",
        TimexModifier.Mid => "MID",
        TimexModifier.End => "END",
        TimexModifier.Approximate => "APPROX",
        TimexModifier.LessThan => "LESS_THAN",
        TimexModifier.MoreThan => "MORE_THAN",
        TimexModifier.EqualOrLess => "EQUAL_OR_LESS",
        TimexModifier.EqualOrMore => "EQUAL_OR_MORE",
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
