namespace Sitrep.Text.Actors;

/// <summary>A mention with the tokens it covers and how it is used.</summary>
internal readonly record struct ActorRef(int First, int Last, ActorMention Mention, ActorUse Use);
