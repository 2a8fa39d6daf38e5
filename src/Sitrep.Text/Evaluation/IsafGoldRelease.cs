using System;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Sitrep.Text.Evaluation;

/// <summary>
/// One release of the ISAF press-release gold set (one JSON object a line: <c>id</c>, <c>text</c>, and <c>gold</c> with
/// <c>min_killed</c>, <c>min_captured</c> and <c>start_date</c>): the release's id and text and the annotated figures
/// and date. Other fields of the line are ignored.
/// </summary>
/// <param name="Id">The release's id.</param>
/// <param name="Text">The release's text.</param>
/// <param name="MinKilled">The annotated lower bound of people killed.</param>
/// <param name="MinCaptured">The annotated lower bound of people captured (detained, arrested).</param>
/// <param name="StartDate">The annotated incident date, or <see langword="null"/> when the annotator gave none.</param>
public sealed record IsafGoldRelease(string Id, string Text, int MinKilled, int MinCaptured, LocalDate? StartDate)
{
    /// <summary>Reads one line of the gold set. Never throws for bad content: what is wrong is returned instead.</summary>
    /// <param name="line">The line.</param>
    /// <param name="release">The release read, or <see langword="null"/> when the line is not one.</param>
    /// <returns>What is wrong with the line (not JSON, a field missing or of the wrong type), or <see langword="null"/> when it was read.</returns>
    public static string? Read(string line, out IsafGoldRelease? release)
    {
        ArgumentNullException.ThrowIfNull(line);
        release = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            return "not a JSON object: " + ex.Message;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "not a JSON object.";
            }

            if (StringOf(root, "id") is not { } id || StringOf(root, "text") is not { } text)
            {
                return "\"id\" and \"text\" must be strings.";
            }

            if (!root.TryGetProperty("gold", out var gold) || gold.ValueKind != JsonValueKind.Object)
            {
                return "\"gold\" must be an object.";
            }

            if (Count(gold, "min_killed") is not { } killed || Count(gold, "min_captured") is not { } captured)
            {
                return "\"gold.min_killed\" and \"gold.min_captured\" must be whole numbers of zero or more.";
            }

            LocalDate? start = null;
            if (gold.TryGetProperty("start_date", out var date) && date.ValueKind != JsonValueKind.Null)
            {
                if (date.ValueKind != JsonValueKind.String || Day(date.GetString()!) is not { } day)
                {
                    return "\"gold.start_date\" must be a date (yyyy-MM-dd, a time after it allowed) or null.";
                }

                start = day;
            }

            release = new IsafGoldRelease(id, text, killed, captured, start);
            return null;
        }
    }

    // Strings only: a property with an escaped lone surrogate is not text, and is refused like a wrong type.
    private static string? StringOf(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static int? Count(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= 0 ? n : null;

    private static LocalDate? Day(string text)
    {
        var day = text.Length >= 10 ? text[..10] : text;
        var parsed = LocalDatePattern.Iso.Parse(day);
        return parsed.Success ? parsed.Value : null;
    }
}
