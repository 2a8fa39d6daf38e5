using Sitrep.Validation;

namespace Sitrep.Datasets;

/// <summary>
/// One data row as read: the record when the row was accepted, and the row's diagnostics. Every data row of a file
/// yields one of these, accepted or rejected, so nothing is dropped silently.
/// </summary>
/// <typeparam name="TRecord">The record type of the format.</typeparam>
/// <param name="Line">The one-based line the row starts on.</param>
/// <param name="Record">The record, or <see langword="null"/> when the row was rejected.</param>
/// <param name="Diagnostics">What was found; a rejected row has at least one error.</param>
public sealed record DatasetRow<TRecord>(long Line, TRecord? Record, ValueArray<Diagnostic> Diagnostics)
    where TRecord : class
{
    /// <summary>Gets a value indicating whether the row became a record.</summary>
    public bool IsAccepted => Record is not null;
}
