using NodaTime;
using Sitrep.Sources;

namespace Sitrep.Actors;

/// <summary>A dated relation from an actor to another actor: part-of, member-of, backed-by, designated-by, ...</summary>
/// <param name="Kind">The relation.</param>
/// <param name="Target">The other actor.</param>
/// <param name="Since">The first day the relation holds, when known.</param>
/// <param name="Until">The last day it holds, when known; not before <paramref name="Since"/>.</param>
/// <param name="Label">Words that qualify the relation; for designations, the designation ("Foreign Terrorist Organization").</param>
public sealed record ActorRelation(
    ActorRelationKind Kind,
    ActorId Target,
    LocalDate? Since = null,
    LocalDate? Until = null,
    string? Label = null)
{
    /// <summary>Gets where the relation is stated.</summary>
    public ValueArray<Provenance> Provenance { get; init; }
}
