namespace Sitrep.Sources;

/// <summary>Where a record, or one value in it, comes from: a source and, for text, the span that says it.</summary>
/// <param name="Source">The source.</param>
/// <param name="Span">The characters in the source's text, or <see langword="null"/> when not from text.</param>
/// <param name="Note">A short note for a human (a page, a table row, "paraphrase of paragraph 8").</param>
public sealed record Provenance(SourceId Source, TextSpan? Span = null, string? Note = null);
