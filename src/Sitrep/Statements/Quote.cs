using Sitrep.Sources;

namespace Sitrep.Statements;

/// <summary>Words quoted verbatim, with where they appear in the source's text.</summary>
/// <param name="Text">The quoted words, exactly as the source prints them.</param>
/// <param name="Provenance">The source and the span of the quotation in its text, when known.</param>
public sealed record Quote(string Text, Provenance? Provenance = null);
