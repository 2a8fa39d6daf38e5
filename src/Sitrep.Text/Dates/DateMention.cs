using Sitrep.Sources;
using Sitrep.Temporal;

namespace Sitrep.Text.Dates;

/// <summary>A date or time expression found in text, resolved against the reference (publication) date.</summary>
/// <param name="Span">Where the expression is in the text.</param>
/// <param name="Text">The text at <paramref name="Span"/>.</param>
/// <param name="Value">The resolved value, with its precision and modifier.</param>
/// <param name="IsRelative">Whether it was resolved from the reference date (<c>yesterday</c>, <c>Friday</c>) rather than written out (<c>March 19, 2026</c>).</param>
public sealed record DateMention(TextSpan Span, string Text, TemporalValue Value, bool IsRelative);
