using Sitrep.Sources;

namespace Sitrep.Text.Evaluation;

/// <summary>One annotated time expression of a TimeML gold document: where it is in the document's text and its TIMEX3 attributes as written.</summary>
/// <param name="Span">Where the expression is in <see cref="TimeMlDocument.Text"/>.</param>
/// <param name="Text">The expression's text.</param>
/// <param name="Type">The <c>type</c> attribute (<c>DATE</c>, <c>TIME</c>, <c>DURATION</c>, <c>SET</c>).</param>
/// <param name="Value">The <c>value</c> attribute.</param>
public sealed record GoldTimex(TextSpan Span, string Text, string Type, string Value);
