using Sitrep.Estimates;
using Sitrep.Sources;

namespace Sitrep.Incidents;

/// <summary>
/// How many people an incident killed, injured, left missing, abducted, detained or displaced, as one source says.
/// Counts from different sources for the same incident are kept side by side; a consolidated figure names its rule;
/// who among the people counted were of some group ("including eight children") are the count's
/// <see cref="Parts"/>, not counts beside it.
/// </summary>
/// <param name="Outcome">What happened to them.</param>
/// <param name="Victims">Who they were.</param>
/// <param name="Estimate">How many, with its uncertainty; <see cref="Estimate.Unknown"/> when no figure was given.</param>
public sealed record CasualtyCount(CasualtyOutcome Outcome, VictimGroup Victims, Estimate Estimate)
{
    /// <summary>Gets the rule that produced a consolidated figure from other counts ("UCDP best", "maximum of sources"), or <see langword="null"/> for a figure as reported.</summary>
    public string? ConsolidationRule { get; init; }

    /// <summary>Gets where the figure is stated.</summary>
    public ValueArray<Provenance> Provenance { get; init; }

    /// <summary>
    /// Gets counts of some of the people this count counts, each with this count's outcome: "killed 30 people,
    /// including 12 women and eight children" is a count of 30 with two parts, 12 women and eight children of them.
    /// A part is no figure beside its whole: it adds nothing to the incident's toll, parts need not add up to the
    /// whole, and the rest are not named. Empty (and not written in canonical JSON) when the source breaks nothing down.
    /// </summary>
    public ValueArray<CasualtyCount> Parts { get; init; }
}
