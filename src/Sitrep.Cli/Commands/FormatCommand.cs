using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Serialization;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep format FILE [-o OUT]</c>: rewrite canonical JSON or JSON Lines in the canonical layout (property order,
/// indentation, empty lists omitted), so files diff cleanly. Refuses files with read errors rather than guess.
/// </summary>
internal static class FormatCommand
{
    internal static Command Create(TextWriter stdout, TextWriter stderr, Stream stdin)
    {
        var file = new Argument<string>("file") { Description = "A canonical JSON (.json) or JSON Lines (.jsonl, .ndjson) file." }.Refused();
        var output = new Option<string?>("--output", "-o") { Description = "Where to write; standard output when omitted or -. May be the input file." };
        var from = ChoiceOptions.ForMembers("--from", "Input format: auto (from the file name and first line), sitrep (canonical JSON) or jsonl (JSON Lines); format rewrites only these.", InputFormat.Auto, InputFormat.Sitrep, InputFormat.Jsonl);
        var maxDiagnostics = DiagnosticList.MaxOption("How many diagnostics to list on standard error (the rest are counted and summarised by code); 0 lists all. Default 1000.");
        var command = new Command("format", "Rewrite a dataset file in canonical form. Exit 0 when written, 1 when the file has read errors, 2 on usage or I/O errors.")
        {
            file,
            output,
            from,
            maxDiagnostics,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(file)!, parse.GetValue(output) is "-" ? null : parse.GetValue(output), parse.GetValue(from), parse.GetValue(maxDiagnostics), stdout, stderr, stdin, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string path, string? output, InputFormat from, int maxDiagnostics, TextWriter stdout, TextWriter stderr, Stream stdin, CancellationToken cancellationToken)
    {
        InputFile input;
        try
        {
            input = await InputFile.OpenAsync(path, stdin, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"sitrep format: cannot read {PrintableText.Escape(path)}: {InputFile.Unreadable(ex)}.").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        FileReport report;
        InputFormat format;
        await using (input.ConfigureAwait(false))
        {
            format = InputFormats.Resolve(from, path, input.Head);
            if (format is not (InputFormat.Sitrep or InputFormat.Jsonl))
            {
                await stderr.WriteLineAsync($"sitrep format rewrites canonical JSON and JSON Lines; use 'sitrep validate --from {format.ToString().ToLowerInvariant()}' for dataset files.").ConfigureAwait(false);
                return ExitCodes.UsageOrIo;
            }

            report = await DatasetFileValidator.ReadAsync(input, format, cancellationToken, maxDiagnostics: maxDiagnostics).ConfigureAwait(false);
        }

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
            return ExitCodes.UsageOrIo;
        }

        if (report.Dataset is null || report.Errors > 0)
        {
            await stderr.WriteLineAsync($"{PrintableText.Escape(path)}: not formatted: fix the read errors first.").ConfigureAwait(false);
            return ExitCodes.DataErrors;
        }

        try
        {
            if (output is null)
            {
                using var buffer = new MemoryStream();
                await WriteAsync(buffer, format, report.Dataset, cancellationToken).ConfigureAwait(false);
                await stdout.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
            }
            else
            {
                // The input was read whole before this, so rewriting a file in place is safe: the output is written
                // beside it and moved into place when complete.
                await using var file = OutputFile.Create(output);
                await WriteAsync(file.Stream, format, report.Dataset, cancellationToken).ConfigureAwait(false);
                await file.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"sitrep: cannot write {PrintableText.Escape(output)}: {PrintableText.Escape(ex.Message)}").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        return ExitCodes.Clean;
    }

    private static async Task WriteAsync(Stream stream, InputFormat format, Dataset dataset, CancellationToken cancellationToken)
    {
        if (format == InputFormat.Jsonl)
        {
            await SitrepJsonLines.WriteAsync(stream, dataset, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await SitrepJson.WriteAsync(stream, dataset, cancellationToken).ConfigureAwait(false);
        }
    }
}
