using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Actors;
using Sitrep.Incidents;

namespace Sitrep.Cli.Commands;

/// <summary>
/// Reads the incidents of any input file, canonical JSON or JSON Lines or a dataset format through its mapper, for
/// the commands that look at incidents one by one (<c>stats</c>, <c>diff</c>): the file's diagnostics go to standard
/// error (up to the limit, the rest summarised by code), a dataset file read from disk shows the progress bar.
/// </summary>
internal static class IncidentFile
{
    /// <summary>
    /// Gives each incident of the file to <paramref name="accept"/> and its actors to <paramref name="actors"/>;
    /// returns how many rows or records had errors (not given), or null when the file cannot be read at all (said on
    /// standard error).
    /// </summary>
    internal static async Task<long?> ReadAsync(string command, string path, InputFormat from, Sitrep.Datasets.DatasetReaderOptions readerOptions, int maxDiagnostics, bool keepSourceRecords, Action<Incident> accept, Action<IEnumerable<Actor>>? actors, TextWriter stderr, Stream stdin, CancellationToken cancellationToken)
    {
        InputFile input;
        try
        {
            input = await InputFile.OpenAsync(path, stdin, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"sitrep {command}: cannot read {PrintableText.Escape(path)}: {InputFile.Unreadable(ex)}.").ConfigureAwait(false);
            return null;
        }

        var diagnostics = new DiagnosticList(maxDiagnostics);
        long errors;
        await using (input.ConfigureAwait(false))
        {
            var resolved = InputFormats.Resolve(from, path, input.Head);
            if (MappedDatasets.IsDataset(resolved))
            {
                try
                {
                    var progress = input.Size is { } size ? Progress.ForTerminal(stderr, size) : null;
                    using var dataset = MappedDatasets.Open(resolved, input, path, keepSourceRecords, readerOptions);
                    long rows = 0, incidents = 0;
                    await foreach (var row in dataset.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        rows++;
                        foreach (var diagnostic in row.Diagnostics)
                        {
                            diagnostics.Add(diagnostic);
                        }

                        if (row.Incident is { } incident)
                        {
                            accept(incident);
                            incidents++;
                        }

                        progress?.Report(incidents, input.BytesRead);
                    }

                    progress?.Done();
                    actors?.Invoke(dataset.Actors);
                    foreach (var diagnostic in dataset.FileDiagnostics)
                    {
                        diagnostics.Add(diagnostic);
                    }

                    errors = dataset.Counts.Rejected + (rows == 0 && dataset.FileDiagnostics.Any(d => d.IsError) ? 1 : 0);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    await stderr.WriteLineAsync($"sitrep {command}: " + PrintableText.Escape(ex.Message)).ConfigureAwait(false);
                    return null;
                }
            }
            else
            {
                var report = await DatasetFileValidator.ReadAsync(input, resolved, cancellationToken, maxDiagnostics: maxDiagnostics).ConfigureAwait(false);
                foreach (var diagnostic in report.Diagnostics)
                {
                    await stderr.WriteLineAsync(PrintableText.Escape(path) + ":" + diagnostic).ConfigureAwait(false);
                }

                if (report.All.Summary(PrintableText.Escape(path)!) is { } notListed)
                {
                    await stderr.WriteLineAsync(notListed).ConfigureAwait(false);
                }

                if (report.IoFailed)
                {
                    return null;
                }

                if (report.Dataset is { } dataset)
                {
                    actors?.Invoke(dataset.Actors);
                    foreach (var incident in dataset.Incidents)
                    {
                        accept(incident);
                    }
                }

                errors = report.Errors;
            }
        }

        // A dataset's rejected rows and file-wide findings: listed up to the limit, the rest summarised by code.
        foreach (var diagnostic in diagnostics.Kept)
        {
            await stderr.WriteLineAsync(PrintableText.Escape(path) + ":" + diagnostic).ConfigureAwait(false);
        }

        if (diagnostics.Summary(PrintableText.Escape(path)!) is { } more)
        {
            await stderr.WriteLineAsync(more).ConfigureAwait(false);
        }

        return errors;
    }
}
