namespace Sitrep.Datasets.Plover;

/// <summary>
/// An actor or recipient of a PLOVER event as coded: the text in the story, the country or top-level code
/// (<c>USA</c>, <c>IGO</c>) and the sector (<c>GOV</c>, <c>MIL</c>, <c>REB</c>). Both the 2016 gold-standard spelling
/// (<c>actorText</c>) and the manual's (<c>entity_text</c>) are read.
/// </summary>
/// <param name="Text">The words in the story, or <see langword="null"/>.</param>
/// <param name="Code">The country or top-level code, or <see langword="null"/>.</param>
/// <param name="Sector">The sector code, or <see langword="null"/>.</param>
public sealed record PloverEntity(string? Text, string? Code, string? Sector);
