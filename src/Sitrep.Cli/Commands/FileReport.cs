using System.Collections.Generic;
using Sitrep.Validation;

namespace Sitrep.Cli.Commands;

/// <summary>What validating one file found.</summary>
internal sealed class FileReport
{
    internal FileReport(string path) => Path = path;

    internal string Path { get; }

    internal List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Gets or sets a value indicating whether the file could not be opened or read at all.</summary>
    internal bool IoFailed { get; set; }

    internal Dataset? Dataset { get; set; }

    /// <summary>Gets or sets the rows read, accepted and rejected, for dataset files read row by row.</summary>
    internal Sitrep.Datasets.DatasetReadCounts? RowCounts { get; set; }

    /// <summary>Gets or sets the layout a dataset file was read as.</summary>
    internal string? Layout { get; set; }

    internal int Errors => Count(DiagnosticSeverity.Error);

    internal int Warnings => Count(DiagnosticSeverity.Warning);

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

    private int Count(DiagnosticSeverity severity)
    {
        var count = 0;
        foreach (var diagnostic in Diagnostics)
        {
            if (diagnostic.Severity == severity)
            {
                count++;
            }
        }

        return count;
    }
}
