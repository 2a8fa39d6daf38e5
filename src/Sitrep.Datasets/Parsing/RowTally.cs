using System;

namespace Sitrep.Datasets.Parsing;

/// <summary>
/// What every dataset reader keeps the same way: rows are enumerated once, each row read is counted as accepted or
/// rejected (so read = accepted + rejected, always), and fail-fast stops after the first rejected row.
/// </summary>
internal sealed class RowTally(bool failFast)
{
    private bool started;
    private long read;
    private long accepted;

    internal DatasetReadCounts Counts => new(read, accepted, read - accepted);

    internal long Read => read;

    /// <summary>Marks the rows as being enumerated; a second enumeration is a programmer error.</summary>
    internal void Start()
    {
        if (started)
        {
            throw new InvalidOperationException("A reader's rows can be enumerated once.");
        }

        started = true;
    }

    /// <summary>Counts a row as read, and accepted or rejected.</summary>
    internal void Count<TRecord>(DatasetRow<TRecord> row)
        where TRecord : class
    {
        read++;
        if (row.Success)
        {
            accepted++;
        }
    }

    /// <summary>Whether reading stops after this row: it was rejected and the reader fails fast.</summary>
    internal bool StopsAfter<TRecord>(DatasetRow<TRecord> row)
        where TRecord : class => failFast && !row.Success;
}
