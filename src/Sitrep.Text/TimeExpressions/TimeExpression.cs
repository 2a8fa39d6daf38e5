using Sitrep.Sources;

namespace Sitrep.Text.TimeExpressions;

/// <summary>
/// A time expression found in a text, as TimeML's TIMEX3 describes one: where it is, its type, its normalised value,
/// its modifier and, for sets, how often. Relative expressions say what they were resolved against.
/// </summary>
/// <param name="Span">Where the expression is in the text.</param>
/// <param name="Text">The expression's text.</param>
/// <param name="Type">Date, time, duration or set.</param>
/// <param name="Value">The TIMEX3 value (<c>2013-03-22</c>, <c>P3D</c>, <c>PRESENT_REF</c>, <c>XXXX-WXX-1</c>).</param>
public sealed record TimeExpression(TextSpan Span, string Text, TimeExpressionType Type, TimexValue Value)
{
    /// <summary>Gets the TIMEX3 <c>mod</c>: the part of a period meant, or a bound on a length.</summary>
    public TimexModifier Modifier { get; init; }

    /// <summary>Gets what the value was resolved against: nothing, the publication date, or an earlier time in the text.</summary>
    public TimeAnchor Anchor { get; init; }

    /// <summary>Gets the span of the time expression in the text the value was resolved against, when <see cref="Anchor"/> is <see cref="TimeAnchor.TextTime"/>.</summary>
    public TextSpan? AnchorSpan { get; init; }

    /// <summary>Gets a set's TIMEX3 <c>quant</c> (<c>EVERY</c>, <c>EACH</c>), or null.</summary>
    public string? Quantifier { get; init; }

    /// <summary>Gets a set's TIMEX3 <c>freq</c> (<c>2X</c> for "twice a week"), or null.</summary>
    public string? Frequency { get; init; }
}
