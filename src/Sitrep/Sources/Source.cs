using Sitrep.Temporal;

namespace Sitrep.Sources;

/// <summary>
/// Where a claim comes from: a news agency story, the outlet that ran it, an official statement, a post, a witness,
/// an NGO report or a dataset release.
/// </summary>
public sealed record Source
{
    /// <summary>Gets the source's id, unique in its dataset.</summary>
    public required SourceId Id { get; init; }

    /// <summary>Gets what kind of source this is.</summary>
    public required SourceKind Kind { get; init; }

    /// <summary>Gets a short title or name ("AFP story on US-Iraq cooperation", "UCDP GED 25.1").</summary>
    public string? Title { get; init; }

    /// <summary>Gets the actor that published it (the agency, the outlet, the ministry), when modelled.</summary>
    public ActorId? Publisher { get; init; }

    /// <summary>Gets the actor who wrote or said it (a journalist, a witness), when modelled.</summary>
    public ActorId? Author { get; init; }

    /// <summary>Gets the address it can be found at.</summary>
    public string? Url { get; init; }

    /// <summary>Gets when it was published, as precisely as known.</summary>
    public TemporalValue? Published { get; init; }

    /// <summary>Gets its language as a BCP 47 tag (<c>en</c>, <c>ar</c>).</summary>
    public string? Language { get; init; }

    /// <summary>Gets a version, for dataset releases (<c>25.1</c>).</summary>
    public string? Version { get; init; }

    /// <summary>Gets a grade on the Admiralty scale, when someone has graded it.</summary>
    public ReliabilityGrade? Reliability { get; init; }

    /// <summary>Gets the sources this one republishes or is based on (an outlet's copy of an agency story).</summary>
    public ValueArray<SourceId> DerivedFrom { get; init; }

    /// <summary>Gets ids the source has elsewhere.</summary>
    public ValueArray<ExternalId> ExternalIds { get; init; }
}
