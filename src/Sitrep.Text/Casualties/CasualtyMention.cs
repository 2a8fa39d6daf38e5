using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Sources;

namespace Sitrep.Text.Casualties;

/// <summary>
/// A casualty figure found in text: the outcome its predicate names, the count attached to that predicate (not the
/// nearest number), the victims as the text words them and as a category, and the spans of all three.
/// </summary>
/// <param name="Span">From the first to the last word of the mention (count, victims and predicate).</param>
/// <param name="Text">The text at <paramref name="Span"/>.</param>
/// <param name="Outcome">What happened to them: killed, injured, detained, abducted, missing.</param>
/// <param name="Count">How many, with the count's own phrase (<c>at least 20</c>, <c>several</c>; <c>a leader</c> is one, <c>no one</c> zero).</param>
/// <param name="CountSpan">Where the count is.</param>
/// <param name="Predicate">The outcome word as written (<c>killed</c>, <c>were detained</c>).</param>
/// <param name="Victims">The words naming the victims, or <see langword="null"/> when the text gives none.</param>
/// <param name="Category">The victims' category from those words.</param>
public sealed record CasualtyMention(
    TextSpan Span,
    string Text,
    CasualtyOutcome Outcome,
    Estimate Count,
    TextSpan CountSpan,
    string Predicate,
    string? Victims,
    VictimCategory Category)
{
    /// <summary>
    /// Gets the span of the figure whose people these are some of (<c>killed 30 people, including eight children</c>,
    /// <c>Twelve children were among the dead</c>): a part of that figure, not a figure of its own; <see langword="null"/>
    /// for a figure of its own.
    /// </summary>
    public TextSpan? Whole { get; init; }
}
