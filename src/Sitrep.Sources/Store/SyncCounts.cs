using System.Collections.Generic;
using Sitrep.Validation;

namespace Sitrep.Sources.Store;

/// <summary>What a sync run did so far; becomes its <see cref="SyncReport"/>.</summary>
internal sealed class SyncCounts
{
    /// <summary>The most diagnostics a report lists; the rest are counted in <see cref="Rejected"/> and kept in the store.</summary>
    internal const int MaxDiagnostics = 1000;

    internal long Added { get; set; }

    internal long Revised { get; set; }

    internal long Deleted { get; set; }

    internal long Restored { get; set; }

    internal long Unchanged { get; set; }

    internal long Rejected { get; set; }

    internal long Pages { get; set; }

    internal List<Diagnostic> Diagnostics { get; } = [];

    internal void Report(Diagnostic diagnostic)
    {
        if (Diagnostics.Count < MaxDiagnostics)
        {
            Diagnostics.Add(diagnostic);
        }
    }

    internal SyncReport ToReport(SyncRun run, bool completed) => new()
    {
        Dataset = run.Dataset,
        SyncId = run.Id,
        Resumed = run.Resumed,
        Completed = completed,
        Added = Added,
        Revised = Revised,
        Deleted = Deleted,
        Restored = Restored,
        Unchanged = Unchanged,
        Rejected = Rejected,
        Pages = Pages,
        Diagnostics = ValueArray.From(Diagnostics),
    };
}
