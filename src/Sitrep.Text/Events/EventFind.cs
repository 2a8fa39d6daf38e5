namespace Sitrep.Text.Events;

/// <summary>An event mention with its first and trigger tokens, for the assembler.</summary>
internal sealed record EventFind(EventMention Mention, int First, int Trigger);
