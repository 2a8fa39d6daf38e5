using Sitrep.Estimates;
using Sitrep.Sources;

namespace Sitrep.Incidents;

/// <summary>
/// How many people an incident killed, injured, left missing, abducted, detained or displaced, as one source says.
/// Counts from different sources for the same incident are kept side by side; a consolidated figure names its rule.
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
}
