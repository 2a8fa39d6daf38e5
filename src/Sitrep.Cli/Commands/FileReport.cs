using System.Collections.Generic;
using Sitrep.Validation;

namespace Sitrep.Cli.Commands;

/// <summary>What validating one file found.</summary>
internal sealed class FileReport
{
    /// <param name="path">The input's name.</param>
    /// <param name="maxDiagnostics">How many diagnostics to keep to be printed (0: all); all are counted.</param>
    internal FileReport(string path, int maxDiagnostics = 0)
    {
        Path = path;
        All = new DiagnosticList(maxDiagnostics);
    }

    internal string Path { get; }

    /// <summary>Gets every diagnostic, counted, and the first ones kept.</summary>
    internal DiagnosticList All { get; }

    /// <summary>Gets the diagnostics kept to be printed.</summary>
    internal List<Diagnostic> Diagnostics => All.Kept;

    /// <summary>Gets or sets a value indicating whether the file could not be opened or read at all.</summary>
    internal bool IoFailed { get; set; }

    internal Dataset? Dataset { get; set; }

    /// <summary>Gets or sets the rows read, accepted and rejected, for dataset files read row by row.</summary>
    internal Sitrep.Datasets.DatasetReadCounts? RowCounts { get; set; }

    /// <summary>Gets or sets the layout a dataset file was read as.</summary>
    internal string? Layout { get; set; }

    internal long Errors => All.Errors;

    internal long Warnings => All.Warnings;

    internal int CasualtyCounts
    {
        get
        {
            var total = 0;
            if (Dataset is not null)
            {
                foreach (var incident in Dataset.Incidents)
                {
                    total += incident.Casualties.Count;
                }
            }

            return total;
        }
    }
}
