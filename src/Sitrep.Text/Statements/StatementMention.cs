using Sitrep.Sources;
using Sitrep.Statements;
using Sitrep.Text.Actors;
using Sitrep.Text.Dates;

namespace Sitrep.Text.Statements;

/// <summary>
/// Something an actor said or did in words, found in a text: the cue that marks it ("denied", "said", "blamed ... on"),
/// who spoke, what it is about, and the verbatim quote when there is one, each with its span.
/// </summary>
/// <param name="Span">The reporting clause, from the first speaker (or the cue) to the end of the clause.</param>
/// <param name="Text">The text at <paramref name="Span"/>.</param>
/// <param name="Kind">The kind of statement, from the cue: deny is a denial, blame or accuse an accusation, and so on.</param>
/// <param name="Cue">The cue word as written ("denied", "announced").</param>
/// <param name="CueSpan">Where the cue is.</param>
public sealed record StatementMention(TextSpan Span, string Text, StatementKind Kind, string Cue, TextSpan CueSpan)
{
    /// <summary>Gets who made the statement; empty when the text does not say.</summary>
    public ValueArray<ActorMention> Speakers { get; init; }

    /// <summary>Gets the actors the statement is about or addressed to ("blamed on the US or Israel": the US and Israel).</summary>
    public ValueArray<ActorMention> Subjects { get; init; }

    /// <summary>Gets a value indicating whether the subjects are alternatives joined by "or" rather than "and".</summary>
    public bool SubjectsAreAlternatives { get; init; }

    /// <summary>Gets the verbatim quote, without its quotation marks, when the statement is quoted.</summary>
    public string? Quote { get; init; }

    /// <summary>Gets where the quote is.</summary>
    public TextSpan? QuoteSpan { get; init; }

    /// <summary>Gets how the statement was made, when the text says ("in a statement", "posted on X").</summary>
    public StatementChannel Channel { get; init; }

    /// <summary>Gets the platform of a social-media statement ("X", "Telegram").</summary>
    public string? Platform { get; init; }

    /// <summary>Gets a value indicating whether the cue is negated ("has not officially blamed"): nothing was said.</summary>
    public bool IsNegated { get; init; }

    /// <summary>Gets a value indicating whether the text calls the act official ("officially blamed").</summary>
    public bool IsOfficial { get; init; }

    /// <summary>Gets the date of the statement, when its sentence gives one.</summary>
    public DateMention? Date { get; init; }
}
