using Sitrep.Places;
using Sitrep.Sources;

namespace Sitrep.Text.Places;

/// <summary>A place phrase ("on a medical clinic in western Iraq", "near the international airport in Erbil") and the place it gives.</summary>
/// <param name="Span">Where the phrase is, from its preposition.</param>
/// <param name="Text">The text at <paramref name="Span"/>.</param>
/// <param name="Place">The place, with its name as written, feature kind, country when named and precision.</param>
public sealed record PlaceMention(TextSpan Span, string Text, Place Place);
