namespace Sitrep.Incidents;

/// <summary>
/// One figure per outcome for an incident, where one is needed (a summary, a map's size or colour): the counts as
/// reported win, and a dataset's own consolidated figure (ACLED's) counts only when it is all there is; of those, the
/// largest single figure (<see cref="Estimates.Estimate.PointValue"/>), since a total and its breakdown by party
/// (UCDP's <c>best</c> and deaths by side) count the same dead. <c>sitrep stats</c> and the GeoJSON output use it.
/// </summary>
public static class CasualtyTolls
{
    /// <summary>Gets the figure for an outcome.</summary>
    /// <param name="counts">The incident's casualty counts.</param>
    /// <param name="outcome">The outcome, such as <see cref="CasualtyOutcome.Killed"/>.</param>
    /// <param name="figure">The largest known figure, or <see langword="null"/> when every count of the outcome is unknown.</param>
    /// <returns>Whether the incident has any count of the outcome.</returns>
    public static bool TryGetFigure(ValueArray<CasualtyCount> counts, CasualtyOutcome outcome, out long? figure)
    {
        figure = null;
        var any = false;
        var reportedOnly = false;
        foreach (var count in counts)
        {
            any |= count.Outcome == outcome;
            reportedOnly |= count.Outcome == outcome && count.ConsolidationRule is null;
        }

        foreach (var count in counts)
        {
            if (count.Outcome == outcome && (!reportedOnly || count.ConsolidationRule is null)
                && count.Estimate.PointValue is { } value && (figure is null || value > figure))
            {
                figure = value;
            }
        }

        return any;
    }
}
