namespace Sitrep.Text.Places;

/// <summary>A place mention with its first and last tokens, for the assembler.</summary>
internal sealed record PlaceFind(PlaceMention Mention, int First, int Last);
