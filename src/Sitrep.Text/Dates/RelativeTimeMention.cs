using Sitrep.Sources;
using Sitrep.Temporal;

namespace Sitrep.Text.Dates;

/// <summary>
/// A time given relative to an event the text names ("hours after the announcement on Friday"). It resolves only when
/// the named event has a date; otherwise <see cref="Value"/> is <see langword="null"/> and the offset is kept.
/// </summary>
/// <param name="Span">Where the phrase is.</param>
/// <param name="Text">The text at <paramref name="Span"/>.</param>
/// <param name="Offset">The offset as written ("hours", "minutes", "two days").</param>
/// <param name="IsAfter">Whether the time is after the anchor (otherwise before it).</param>
/// <param name="Anchor">The event the time is relative to, as written ("the announcement").</param>
/// <param name="Value">The resolved time: approximate, and no finer than the anchor allows; <see langword="null"/> when the anchor has no date.</param>
public sealed record RelativeTimeMention(TextSpan Span, string Text, string Offset, bool IsAfter, string Anchor, TemporalValue? Value);
