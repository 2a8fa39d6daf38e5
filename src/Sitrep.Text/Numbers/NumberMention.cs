using Sitrep.Estimates;
using Sitrep.Sources;

namespace Sitrep.Text.Numbers;

/// <summary>
/// A count found in text: where it is, the words, and the value as an <see cref="Estimate"/> whose qualifier says
/// whether it is exact, a bound (<c>at least 20</c>), approximate (<c>about 30</c>), a range (<c>10 to 15</c>) or a
/// vague amount (<c>dozens</c>), with the phrase kept.
/// </summary>
/// <param name="Span">Where the mention is in the text, bound words included.</param>
/// <param name="Text">The text at <paramref name="Span"/>.</param>
/// <param name="Value">The value.</param>
/// <param name="Form">How the number itself was written.</param>
public sealed record NumberMention(TextSpan Span, string Text, Estimate Value, NumberForm Form);
