using Sitrep.Actors;
using Sitrep.Sources;

namespace Sitrep.Text.Actors;

/// <summary>A mention of an actor in a text, resolved to an actor id.</summary>
/// <param name="Span">Where the mention is in the text.</param>
/// <param name="Text">The text at <paramref name="Span"/>.</param>
/// <param name="Actor">The actor the mention refers to: a gazetteer id, or an id made from the mention's words.</param>
/// <param name="Name">The actor's name (the gazetteer name, or the words that made a composite).</param>
/// <param name="Kind">The actor's kind.</param>
/// <param name="Country">The actor's country as ISO 3166-1 alpha-3, when known.</param>
/// <param name="Form">How the text names the actor.</param>
public sealed record ActorMention(TextSpan Span, string Text, ActorId Actor, string Name, ActorKind Kind, string? Country, ActorMentionForm Form);
