using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep validate FILE...</c>: read canonical JSON or JSON Lines, check the model's rules, report.</summary>
internal static class ValidateCommand
{
    internal static Command Create(TextWriter stdout, TextWriter stderr, Stream stdin)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Files to validate (- is standard input): canonical JSON (.json), JSON Lines (.jsonl, .ndjson), or a dataset file, its format told by its first line or --from.",
            Arity = ArgumentArity.OneOrMore,
        }.Refused();
        var from = InputFormats.FromOption();
        var format = ChoiceOptions.ForEnum<OutputFormat>("--format", "Output: text (one line per diagnostic) or json (machine-readable).");
        var maxDiagnostics = DiagnosticList.MaxOption("How many diagnostics to list per file (the rest are counted and summarised by code); 0 lists all. Default 1000.");
        var dateOrder = InputFormats.DateOrderOption();
        var encoding = InputFormats.EncodingOption();
        var command = new Command("validate", "Validate dataset files and print one line per diagnostic, then a summary. Exit 0 when clean (warnings allowed), 1 when errors were found, 2 on usage or I/O errors.")
        {
            files,
            from,
            format,
            maxDiagnostics,
            dateOrder,
            encoding,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(files)!, parse.GetValue(from), parse.GetValue(format), parse.GetValue(maxDiagnostics), InputFormats.ReaderOptions(parse.GetValue(dateOrder), parse.GetValue(encoding)), stdout, stderr, stdin, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        string[] paths,
        InputFormat from,
        OutputFormat format,
        int maxDiagnostics,
        Sitrep.Datasets.DatasetReaderOptions readerOptions,
        TextWriter stdout,
        TextWriter stderr,
        Stream stdin,
        CancellationToken cancellationToken)
    {
        var reports = new List<FileReport>(paths.Length);
        foreach (var path in paths)
        {
            reports.Add(await DatasetFileValidator.ValidateAsync(path, from, stdin, maxDiagnostics, cancellationToken, readerOptions, progressTo: stderr).ConfigureAwait(false));
        }

        if (format == OutputFormat.Json)
        {
            await ReportWriter.WriteJsonAsync(stdout, reports).ConfigureAwait(false);
        }
        else
        {
            await ReportWriter.WriteTextAsync(stdout, stderr, reports).ConfigureAwait(false);
        }

        var ioFailed = false;
        var errors = false;
        foreach (var report in reports)
        {
            ioFailed |= report.IoFailed;
            errors |= report.Errors > 0;
        }

        return ioFailed ? ExitCodes.UsageOrIo : errors ? ExitCodes.DataErrors : ExitCodes.Clean;
    }
}
