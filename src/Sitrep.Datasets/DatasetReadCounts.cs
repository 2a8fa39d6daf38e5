using System.Globalization;

namespace Sitrep.Datasets;

/// <summary>How many data rows a reader has read, accepted and rejected so far. Read always equals accepted plus rejected.</summary>
/// <param name="Read">Data rows read (the header not counted).</param>
/// <param name="Accepted">Rows that became records.</param>
/// <param name="Rejected">Rows that did not, each with an error diagnostic.</param>
public readonly record struct DatasetReadCounts(long Read, long Accepted, long Rejected)
{
    /// <summary>Returns the counts as a sentence: <c>2 rows read, 1 accepted, 1 rejected</c>.</summary>
    /// <returns>The counts.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Read} {(Read == 1 ? "row" : "rows")} read, {Accepted} accepted, {Rejected} rejected");
}
