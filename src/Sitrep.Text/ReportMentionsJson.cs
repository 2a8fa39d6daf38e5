using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Sitrep.Serialization;
using Sitrep.Sources;
using Sitrep.Text.Actors;
using Sitrep.Text.Dates;
using Sitrep.Text.TimeExpressions;

namespace Sitrep.Text;

/// <summary>
/// Writes every mention layer of a parsed report as one JSON document, the shape <c>schemas/sitrep-mentions-1.0.schema.json</c>
/// publishes (<c>sitrep extract --format mentions</c>): numbers, dates, time expressions (TIMEX3), casualty mentions,
/// actors, events, places and statements, each with its span (UTF-16 offset and length in the text parsed) and its
/// text, and the parse's diagnostics. Values of the model (estimates, temporal values, places, enums) are written as
/// the canonical format writes them; the draft dataset itself is the canonical JSON <c>--format json</c> gives.
/// </summary>
public static class ReportMentionsJson
{
    /// <summary>The format's version, written as <c>version</c>.</summary>
    public const string Version = "1.0";

    /// <summary>Writes the mentions as indented UTF-8 JSON.</summary>
    /// <param name="result">What <see cref="ReportParser.Parse"/> found.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(ReportParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            Write(writer, result);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the mentions to a JSON writer, as one object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="result">What <see cref="ReportParser.Parse"/> found.</param>
    public static void Write(Utf8JsonWriter writer, ReportParseResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        var options = SitrepJsonOptions.Compact;
        writer.WriteStartObject();
        writer.WriteString("format", "sitrep-mentions");
        writer.WriteString("version", Version);
        if (result.Published is { } published)
        {
            writer.WritePropertyName("published");
            JsonSerializer.Serialize(writer, published, SitrepJsonOptions.TypeInfo<NodaTime.LocalDate>(options));
        }

        writer.WriteStartArray("numbers");
        foreach (var number in result.Numbers)
        {
            Start(writer, number.Span, number.Text);
            writer.WritePropertyName("value");
            JsonSerializer.Serialize(writer, number.Value, SitrepJsonOptions.TypeInfo<Estimates.Estimate>(options));
            writer.WriteString("form", Name(number.Form.ToString()));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("dates");
        foreach (var date in result.Dates)
        {
            WriteDate(writer, date);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("timeExpressions");
        foreach (var time in result.TimeExpressions)
        {
            Start(writer, time.Span, time.Text);
            writer.WriteString("type", TimeMl.TypeName(time.Type));
            writer.WriteString("value", time.Value.ToString());
            if (TimeMl.ModifierName(time.Modifier) is { } mod)
            {
                writer.WriteString("mod", mod);
            }

            if (time.Anchor != TimeAnchor.None)
            {
                writer.WriteString("anchor", Name(time.Anchor.ToString()));
            }

            if (time.AnchorSpan is { } anchorSpan)
            {
                WriteSpan(writer, "anchorSpan", anchorSpan);
            }

            WriteOptional(writer, "quant", time.Quantifier);
            WriteOptional(writer, "freq", time.Frequency);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("casualties");
        foreach (var casualty in result.Casualties)
        {
            Start(writer, casualty.Span, casualty.Text);
            writer.WritePropertyName("outcome");
            JsonSerializer.Serialize(writer, casualty.Outcome, SitrepJsonOptions.TypeInfo<Incidents.CasualtyOutcome>(options));
            writer.WritePropertyName("count");
            JsonSerializer.Serialize(writer, casualty.Count, SitrepJsonOptions.TypeInfo<Estimates.Estimate>(options));
            WriteSpan(writer, "countSpan", casualty.CountSpan);
            writer.WriteString("predicate", casualty.Predicate);
            WriteOptional(writer, "victims", casualty.Victims);
            writer.WritePropertyName("category");
            JsonSerializer.Serialize(writer, casualty.Category, SitrepJsonOptions.TypeInfo<Incidents.VictimCategory>(options));
            if (casualty.Whole is { } whole)
            {
                WriteSpan(writer, "whole", whole);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteActors(writer, "actors", result.Actors);
        writer.WriteStartArray("events");
        foreach (var mention in result.Events)
        {
            Start(writer, mention.Span, mention.Text);
            writer.WritePropertyName("type");
            JsonSerializer.Serialize(writer, mention.Type, SitrepJsonOptions.TypeInfo<Incidents.IncidentType>(options));
            writer.WritePropertyName("means");
            JsonSerializer.Serialize(writer, mention.Means, SitrepJsonOptions.TypeInfo<ValueArray<Incidents.Means>>(options));
            writer.WriteBoolean("plural", mention.IsPlural);
            writer.WriteBoolean("reference", mention.IsReference);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("places");
        foreach (var place in result.Places)
        {
            Start(writer, place.Span, place.Text);
            writer.WritePropertyName("place");
            JsonSerializer.Serialize(writer, place.Place, SitrepJsonOptions.TypeInfo<Sitrep.Places.Place>(options));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("statements");
        foreach (var statement in result.Statements)
        {
            Start(writer, statement.Span, statement.Text);
            writer.WritePropertyName("kind");
            JsonSerializer.Serialize(writer, statement.Kind, SitrepJsonOptions.TypeInfo<Sitrep.Statements.StatementKind>(options));
            writer.WriteString("cue", statement.Cue);
            WriteSpan(writer, "cueSpan", statement.CueSpan);
            WriteActors(writer, "speakers", statement.Speakers);
            WriteActors(writer, "subjects", statement.Subjects);
            writer.WriteBoolean("subjectsAreAlternatives", statement.SubjectsAreAlternatives);
            WriteOptional(writer, "quote", statement.Quote);
            if (statement.QuoteSpan is { } quoteSpan)
            {
                WriteSpan(writer, "quoteSpan", quoteSpan);
            }

            writer.WritePropertyName("channel");
            JsonSerializer.Serialize(writer, statement.Channel, SitrepJsonOptions.TypeInfo<Sitrep.Statements.StatementChannel>(options));
            WriteOptional(writer, "platform", statement.Platform);
            writer.WriteBoolean("negated", statement.IsNegated);
            writer.WriteBoolean("official", statement.IsOfficial);
            if (statement.Date is { } date)
            {
                writer.WritePropertyName("date");
                WriteDate(writer, date);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WritePropertyName("diagnostics");
        JsonSerializer.Serialize(writer, result.Diagnostics, SitrepJsonOptions.TypeInfo<ValueArray<Validation.Diagnostic>>(options));
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteDate(Utf8JsonWriter writer, DateMention date)
    {
        Start(writer, date.Span, date.Text);
        writer.WritePropertyName("value");
        JsonSerializer.Serialize(writer, date.Value, SitrepJsonOptions.TypeInfo<Temporal.TemporalValue>(SitrepJsonOptions.Compact));
        writer.WriteBoolean("relative", date.IsRelative);
        writer.WriteEndObject();
    }

    private static void WriteActors(Utf8JsonWriter writer, string name, ValueArray<ActorMention> actors)
    {
        writer.WriteStartArray(name);
        foreach (var actor in actors)
        {
            WriteActor(writer, actor);
        }

        writer.WriteEndArray();
    }

    private static void WriteActor(Utf8JsonWriter writer, ActorMention actor)
    {
        Start(writer, actor.Span, actor.Text);
        writer.WriteString("actor", actor.Actor.ToString());
        writer.WriteString("name", actor.Name);
        writer.WritePropertyName("kind");
        JsonSerializer.Serialize(writer, actor.Kind, SitrepJsonOptions.TypeInfo<Sitrep.Actors.ActorKind>(SitrepJsonOptions.Compact));
        WriteOptional(writer, "country", actor.Country);
        writer.WriteString("form", Name(actor.Form.ToString()));
        writer.WriteEndObject();
    }

    private static void Start(Utf8JsonWriter writer, TextSpan span, string text)
    {
        writer.WriteStartObject();
        WriteSpan(writer, "span", span);
        writer.WriteString("text", text);
    }

    private static void WriteSpan(Utf8JsonWriter writer, string name, TextSpan span)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("length", span.Length);
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    // Sitrep.Text's own enums in the canonical format's casing: "digits", "textTime".
    private static string Name(string member) => JsonNamingPolicy.CamelCase.ConvertName(member);
}
