using System;
using System.Collections.Generic;
using System.Threading;

namespace Sitrep.Datasets;

/// <summary>
/// What every dataset reader offers, delimited or JSON: rows read once, in order, each accepted or rejected with
/// diagnostics; diagnostics about the whole file; counts that add up; and the layout found, in words.
/// </summary>
/// <typeparam name="TRecord">The format's record type.</typeparam>
public interface IDatasetReader<TRecord> : IDisposable
    where TRecord : class
{
    /// <summary>Gets diagnostics about the whole file (encoding, header, skipped records), as found so far.</summary>
    ValueArray<Validation.Diagnostic> FileDiagnostics { get; }

    /// <summary>Gets how many records were read, accepted and rejected so far.</summary>
    DatasetReadCounts Counts { get; }

    /// <summary>Gets the layout found, in words, or <see langword="null"/> before reading or when the file is not of the format.</summary>
    string? LayoutDescription { get; }

    /// <summary>Reads the records, one result per record; can be enumerated once.</summary>
    /// <returns>The rows, in file order.</returns>
    IEnumerable<DatasetRow<TRecord>> ReadRows();

    /// <summary>Reads the records asynchronously, one result per record; can be enumerated once.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The rows, in file order.</returns>
    IAsyncEnumerable<DatasetRow<TRecord>> ReadRowsAsync(CancellationToken cancellationToken = default);
}
