using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Serialization;
using Sitrep.Validation;

namespace Sitrep.Cli.Commands;

/// <summary>Reads a file in the canonical format and validates what it holds.</summary>
internal static class DatasetFileValidator
{
    internal static Task<FileReport> ValidateAsync(string path, InputFormat format, Stream standardInput, int maxDiagnostics, CancellationToken cancellationToken, Sitrep.Datasets.DatasetReaderOptions? options = null, TextWriter? progressTo = null) =>
        ReadAsync(path, format, standardInput, cancellationToken, validate: true, maxDiagnostics, options, progressTo);

    /// <summary>Opens and reads a file (<c>-</c> is standard input); with <paramref name="validate"/>, also applies the model's rules.</summary>
    internal static async Task<FileReport> ReadAsync(string path, InputFormat format, Stream standardInput, CancellationToken cancellationToken, bool validate = false, int maxDiagnostics = 0, Sitrep.Datasets.DatasetReaderOptions? options = null, TextWriter? progressTo = null)
    {
        InputFile input;
        try
        {
            input = await InputFile.OpenAsync(path, standardInput, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var report = new FileReport(path, maxDiagnostics) { IoFailed = true };
            report.All.Add(new Diagnostic(DiagnosticCodes.FileNotReadable, DiagnosticSeverity.Error, "Cannot read the file: " + InputFile.Unreadable(ex) + "."));
            return report;
        }

        await using (input.ConfigureAwait(false))
        {
            return await ReadAsync(input, format, cancellationToken, validate, maxDiagnostics, options, progressTo).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads an open input; with <paramref name="validate"/>, also applies the model's rules. With
    /// <paramref name="progressTo"/> (standard error), a dataset file read row by row shows a progress line there when
    /// it is a terminal.
    /// </summary>
    internal static async Task<FileReport> ReadAsync(InputFile input, InputFormat format, CancellationToken cancellationToken, bool validate = false, int maxDiagnostics = 0, Sitrep.Datasets.DatasetReaderOptions? options = null, TextWriter? progressTo = null)
    {
        var report = new FileReport(input.Name, maxDiagnostics);
        var progress = progressTo is not null && input.Size is { } size ? Progress.ForTerminal(progressTo, size) : null;
        var path = input.Name;
        Stream stream = input;
        try
        {
            format = InputFormats.Resolve(format, path, input.Head);
            if (format == InputFormat.Ucdp)
            {
                ReadRows(Sitrep.Datasets.Ucdp.UcdpGedReader.Open(stream, options), report, input, progress, cancellationToken);
            }
            else if (format == InputFormat.Acled)
            {
                ReadRows(Sitrep.Datasets.Acled.AcledEventReader.Open(stream, options), report, input, progress, cancellationToken);
            }
            else if (format == InputFormat.Gdelt)
            {
                ReadRows(Sitrep.Datasets.Gdelt.GdeltEventReader.Open(stream, options), report, input, progress, cancellationToken);
            }
            else if (format == InputFormat.Polecat)
            {
                ReadRows(Sitrep.Datasets.Polecat.PolecatEventReader.Open(stream, options, InputFormats.PolecatSeparator(path)), report, input, progress, cancellationToken);
            }
            else if (format == InputFormat.Plover)
            {
                ReadRows(Sitrep.Datasets.Plover.PloverEventReader.Open(stream, options), report, input, progress, cancellationToken);
            }
            else if (format == InputFormat.Jsonl)
            {
                var result = await SitrepJsonLines.ReadDatasetAsync(stream, null, cancellationToken).ConfigureAwait(false);
                report.All.AddRange(result.Diagnostics);
                report.Dataset = result.Dataset;
                if (validate)
                {
                    foreach (var diagnostic in DatasetValidator.Validate(result.Dataset))
                    {
                        report.All.Add(result.Relocate(diagnostic));
                    }
                }
            }
            else
            {
                var result = await SitrepJson.ReadAsync(stream, null, cancellationToken).ConfigureAwait(false);
                report.All.AddRange(result.Diagnostics);
                if (result.TryGetValue(out var dataset))
                {
                    report.Dataset = dataset;
                    if (validate)
                    {
                        report.All.AddRange(DatasetValidator.Validate(dataset));
                    }
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            report.IoFailed = true;
            report.All.Add(new Diagnostic(DiagnosticCodes.FileNotReadable, DiagnosticSeverity.Error, "Cannot read the file: " + ex.Message));
        }

        return report;
    }

    // Streams: diagnostics are kept, rows are not, so a full release validates in constant memory beyond them.
    private static void ReadRows<TRecord>(Sitrep.Datasets.IDatasetReader<TRecord> reader, FileReport report, InputFile input, Progress? progress, CancellationToken cancellationToken)
        where TRecord : class
    {
        using var owned = reader;
        var rows = 0L;
        foreach (var row in reader.ReadRows())
        {
            cancellationToken.ThrowIfCancellationRequested();
            report.All.AddRange(row.Diagnostics);
            progress?.Report(++rows, input.BytesRead);
        }

        progress?.Done();

        report.All.AddFileWide(reader.FileDiagnostics);
        report.RowCounts = reader.Counts;
        report.Layout = reader.LayoutDescription;
    }
}
