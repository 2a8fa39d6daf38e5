using NodaTime;
using Sitrep.Text.Actors;
using Sitrep.Text.Casualties;
using Sitrep.Text.Dates;
using Sitrep.Text.Events;
using Sitrep.Text.Numbers;
using Sitrep.Text.Places;
using Sitrep.Text.Statements;
using Sitrep.Text.TimeExpressions;
using Sitrep.Validation;

namespace Sitrep.Text;

/// <summary>What the report parser found: every mention with its span, and the draft dataset assembled from them.</summary>
public sealed record ReportParseResult
{
    /// <summary>Gets the number mentions.</summary>
    public ValueArray<NumberMention> Numbers { get; init; }

    /// <summary>Gets the date mentions, resolved against the publication date.</summary>
    public ValueArray<DateMention> Dates { get; init; }

    /// <summary>Gets every time expression in the text as TimeML's TIMEX3 has it (dates, times, durations, sets), in order.</summary>
    public ValueArray<TimeExpression> TimeExpressions { get; init; }

    /// <summary>Gets the times given relative to a named event.</summary>
    public ValueArray<RelativeTimeMention> RelativeTimes { get; init; }

    /// <summary>Gets the casualty mentions.</summary>
    public ValueArray<CasualtyMention> Casualties { get; init; }

    /// <summary>Gets the actor mentions.</summary>
    public ValueArray<ActorMention> Actors { get; init; }

    /// <summary>Gets the event words.</summary>
    public ValueArray<EventMention> Events { get; init; }

    /// <summary>Gets the place phrases.</summary>
    public ValueArray<PlaceMention> Places { get; init; }

    /// <summary>Gets the statements.</summary>
    public ValueArray<StatementMention> Statements { get; init; }

    /// <summary>Gets the draft dataset: incidents, casualty counts, statements and actors, every value with its span as provenance.</summary>
    public required Dataset Draft { get; init; }

    /// <summary>Gets the publication date used: the context's, or the dateline's when the context gave none; <see langword="null"/> when neither had one.</summary>
    public LocalDate? Published { get; init; }

    /// <summary>Gets the dateline the publication date was read from, when the context gave none.</summary>
    public Dateline? Dateline { get; init; }

    /// <summary>Gets what stopped or limited the parse (text too long, control characters).</summary>
    public ValueArray<Diagnostic> Diagnostics { get; init; }
}
