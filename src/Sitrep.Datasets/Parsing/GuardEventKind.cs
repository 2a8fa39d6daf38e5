namespace Sitrep.Datasets.Parsing;

/// <summary>What <see cref="RecordGuard"/> did to a record.</summary>
internal enum GuardEventKind
{
    /// <summary>The record was longer than the limit; an empty line stands in for it and reading resumed after it.</summary>
    TooLong,

    /// <summary>A stray quote ran into the following records; reading it as a literal character repaired the line.</summary>
    QuoteRepaired,

    /// <summary>A stray quote ran into the following records and the line could not be repaired; an empty line stands in for it.</summary>
    QuoteRejected,
}
