using System;
using Sitrep.Datasets;
using Sitrep.Validation;

namespace Sitrep.Sources;

/// <summary>
/// One page of records as a provider API returned it: every record in the page's data, accepted or rejected, read by
/// the same reader and checks as a file of that provider (so an API record and an exported row map alike). A row's
/// <see cref="DatasetRow{TRecord}.Line"/> is the record's one-based position in the page, and its diagnostics'
/// <see cref="Diagnostic.Path"/> the JSON pointer of the field in the response (<c>/data/16/event_date</c>).
/// </summary>
/// <typeparam name="TRecord">The provider's record type.</typeparam>
public sealed record SourcePage<TRecord>
    where TRecord : class
{
    /// <summary>Gets the page number as the provider counts pages (ACLED from 1, UCDP from 0).</summary>
    public required int Page { get; init; }

    /// <summary>Gets the request's address (credentials are never part of it).</summary>
    public required Uri Address { get; init; }

    /// <summary>Gets the page's records, one row per element of the response's data, in order.</summary>
    public required ValueArray<DatasetRow<TRecord>> Rows { get; init; }

    /// <summary>Gets what was found about the page as a whole (unknown fields, a page that is not the documented shape).</summary>
    public ValueArray<Diagnostic> Diagnostics { get; init; }

    /// <summary>Gets how many records the whole query holds, when the provider says (UCDP always, ACLED with <c>with_total</c>).</summary>
    public long? TotalCount { get; init; }

    /// <summary>Gets the provider's clock when it answered (its <c>Date</c> header), if it said: what an increment's next start is taken from.</summary>
    public NodaTime.Instant? ServerTime { get; init; }

    /// <summary>Gets a value indicating whether this is the last page of the query.</summary>
    public bool IsLast { get; init; }
}
