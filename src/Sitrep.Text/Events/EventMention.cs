using Sitrep.Incidents;
using Sitrep.Sources;

namespace Sitrep.Text.Events;

/// <summary>A word that reports a violent event ("strike", "airstrike", "explosion", "drone and rocket attacks").</summary>
/// <param name="Span">Where the event word and its means are in the text.</param>
/// <param name="Text">The text at <paramref name="Span"/>.</param>
/// <param name="Type">The incident type the word names.</param>
/// <param name="Means">The means the words name ("drone and rocket attacks": drone, rocket), in order.</param>
/// <param name="IsPlural">Whether the word is plural ("strikes"): a series rather than one event.</param>
/// <param name="IsReference">Whether the phrase points back to an event already reported ("over the strike").</param>
public sealed record EventMention(TextSpan Span, string Text, IncidentType Type, ValueArray<Means> Means, bool IsPlural, bool IsReference);
