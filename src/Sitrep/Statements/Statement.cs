using Sitrep.Sources;
using Sitrep.Temporal;

namespace Sitrep.Statements;

/// <summary>
/// Something an actor said or did in words: an announcement, a denial, an accusation, a claim of responsibility, a
/// commitment, an authorisation, a diplomatic act. It may quote the speaker verbatim or paraphrase them, and may
/// refer to incidents and to earlier statements.
/// </summary>
public sealed record Statement
{
    /// <summary>Gets the statement's id, unique in its dataset.</summary>
    public required StatementId Id { get; init; }

    /// <summary>Gets what the statement does.</summary>
    public required StatementKind Kind { get; init; }

    /// <summary>Gets who made it; several speakers for a joint statement. Validation requires at least one.</summary>
    public ValueArray<ActorId> Speakers { get; init; }

    /// <summary>Gets who it is addressed to or about (the envoy summoned, the group accused).</summary>
    public ValueArray<ActorId> Subjects { get; init; }

    /// <summary>Gets when it was made.</summary>
    public TemporalValue? Time { get; init; }

    /// <summary>Gets how it was made public.</summary>
    public StatementChannel Channel { get; init; }

    /// <summary>Gets the platform or outlet for the channel ("X", "Telegram"), when known.</summary>
    public string? Platform { get; init; }

    /// <summary>Gets the verbatim words, when the source quotes them.</summary>
    public Quote? Quote { get; init; }

    /// <summary>Gets what was said in the modeller's own words, when not quoted (or beside a partial quote).</summary>
    public string? Paraphrase { get; init; }

    /// <summary>Gets the incidents the statement is about (the strike it denies, the attacks it claims).</summary>
    public ValueArray<IncidentId> Incidents { get; init; }

    /// <summary>Gets earlier statements it refers to (the pause it extends, the accusation it answers).</summary>
    public ValueArray<StatementId> RefersTo { get; init; }

    /// <summary>Gets where the statement is reported.</summary>
    public ValueArray<Provenance> Provenance { get; init; }
}
