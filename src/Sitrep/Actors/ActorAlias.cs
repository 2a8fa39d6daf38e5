using NodaTime;

namespace Sitrep.Actors;

/// <summary>Another name an actor goes by, optionally only for a period.</summary>
/// <param name="Name">The alias as written.</param>
/// <param name="Kind">How the alias relates to the name.</param>
/// <param name="ValidFrom">The first day the alias applies, when known.</param>
/// <param name="ValidUntil">The last day the alias applies, when known; not before <paramref name="ValidFrom"/>.</param>
/// <param name="Language">The alias's language as a BCP 47 tag, when not the dataset's.</param>
public sealed record ActorAlias(
    string Name,
    AliasKind Kind = AliasKind.Name,
    LocalDate? ValidFrom = null,
    LocalDate? ValidUntil = null,
    string? Language = null);
