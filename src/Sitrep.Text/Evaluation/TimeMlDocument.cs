using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;
using NodaTime;
using NodaTime.Text;
using Sitrep.Sources;

namespace Sitrep.Text.Evaluation;

/// <summary>
/// A TimeML document read as gold: the raw text of its <c>TEXT</c> element (the tags taken out, the characters kept),
/// the document creation time from the <c>TIMEX3</c> whose <c>functionInDocument</c> is <c>CREATION_TIME</c>, and the
/// <c>TIMEX3</c> tags inside <c>TEXT</c> with their spans. Other tags (<c>EVENT</c>, <c>SIGNAL</c>, links) are read
/// past; a <c>TIMEX3</c> with no text (a non-consuming one) has no extent and is left out.
/// </summary>
/// <param name="Id">The document's name (its file name).</param>
/// <param name="Text">The text of the <c>TEXT</c> element.</param>
/// <param name="Created">The document creation time's day, or <see langword="null"/> when the document gives none.</param>
/// <param name="Gold">The annotated time expressions, in order.</param>
public sealed record TimeMlDocument(string Id, string Text, LocalDate? Created, ValueArray<GoldTimex> Gold)
{
    /// <summary>The most characters a document may hold: gold files are articles, not archives.</summary>
    public const int MaxCharacters = 4 * 1024 * 1024;

    /// <summary>Reads a TimeML document. Never throws for bad content: what is wrong is returned instead.</summary>
    /// <param name="id">The document's name, for messages.</param>
    /// <param name="xml">The document's XML text.</param>
    /// <param name="document">The document read, or <see langword="null"/> when it is not one.</param>
    /// <returns>What is wrong (not XML, with line and position; no <c>TEXT</c>; too large), or <see langword="null"/> when it was read.</returns>
    public static string? Read(string id, string xml, out TimeMlDocument? document)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(xml);
        document = null;
        if (xml.Length > MaxCharacters)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the document has {xml.Length} characters, more than the {MaxCharacters} a gold document may hold.");
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreWhitespace = false,
        };
        var text = new StringBuilder();
        var gold = new List<GoldTimex>();
        LocalDate? created = null;
        var sawText = false;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            var inText = 0;
            var timexStart = -1;
            (string Type, string Value) timex = (string.Empty, string.Empty);
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when reader.LocalName == "TEXT":
                        sawText = true;
                        inText += reader.IsEmptyElement ? 0 : 1;
                        break;
                    case XmlNodeType.Element when reader.LocalName == "TIMEX3":
                        if (reader.GetAttribute("functionInDocument") == "CREATION_TIME")
                        {
                            created ??= DayOf(reader.GetAttribute("value"));
                        }

                        if (inText > 0 && !reader.IsEmptyElement)
                        {
                            timexStart = text.Length;
                            timex = (reader.GetAttribute("type") ?? string.Empty, reader.GetAttribute("value") ?? string.Empty);
                        }

                        break;
                    case XmlNodeType.EndElement when reader.LocalName == "TIMEX3":
                        if (inText > 0 && timexStart >= 0 && text.Length > timexStart)
                        {
                            gold.Add(new GoldTimex(new TextSpan(timexStart, text.Length - timexStart), text.ToString(timexStart, text.Length - timexStart), timex.Type, timex.Value));
                        }

                        timexStart = -1;
                        break;
                    case XmlNodeType.EndElement when reader.LocalName == "TEXT":
                        inText--;
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when inText > 0:
                        text.Append(reader.Value);
                        break;
                }
            }
        }
        catch (XmlException ex)
        {
            return string.Create(CultureInfo.InvariantCulture, $"not well-formed XML at line {ex.LineNumber}, position {ex.LinePosition}: {ex.Message}");
        }

        if (!sawText)
        {
            return "no TEXT element.";
        }

        document = new TimeMlDocument(id, text.ToString(), created, ValueArray.From(gold));
        return null;
    }

    // "1998-02-13", "1998-02-13T14:32:00": the day; other forms give none.
    private static LocalDate? DayOf(string? value) =>
        value is { Length: >= 10 } && LocalDatePattern.Iso.Parse(value[..10]) is { Success: true } day && day.Value.Year is >= 2 and <= 9997 ? day.Value : null;
}
