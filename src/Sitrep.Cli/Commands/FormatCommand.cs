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
    internal static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "A canonical JSON (.json) or JSON Lines (.jsonl, .ndjson) file." };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write; standard output when omitted. May be the input file." };
        var from = InputFormats.FromOption();
        var command = new Command("format", "Rewrite a dataset file in canonical form. Exit 0 when written, 1 when the file has read errors, 2 on usage or I/O errors.")
        {
            file,
            output,
            from,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(file)!, parse.GetValue(output), parse.GetValue(from), stdout, stderr, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string path, string? output, InputFormat from, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var format = InputFormats.Resolve(from, path);
        if (format is InputFormat.Ucdp or InputFormat.Gdelt or InputFormat.Acled)
        {
            await stderr.WriteLineAsync($"sitrep format rewrites canonical JSON and JSON Lines; use 'sitrep validate --from {format.ToString().ToLowerInvariant()}' for dataset files.").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        var report = await DatasetFileValidator.ReadAsync(path, format, cancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in report.Diagnostics)
        {
            await stderr.WriteLineAsync(path + ":" + diagnostic).ConfigureAwait(false);
        }

        if (report.IoFailed)
        {
            return ExitCodes.UsageOrIo;
        }

        if (report.Dataset is null || report.Errors > 0)
        {
            await stderr.WriteLineAsync($"{path}: not formatted: fix the read errors first.").ConfigureAwait(false);
            return ExitCodes.DataErrors;
        }

        using var buffer = new MemoryStream();
        if (format == InputFormat.Jsonl)
        {
            await SitrepJsonLines.WriteAsync(buffer, report.Dataset, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            SitrepJson.Write(buffer, report.Dataset);
        }

        try
        {
            if (output is null)
            {
                await stdout.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
            }
            else
            {
                await File.WriteAllBytesAsync(output, buffer.ToArray(), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"sitrep: cannot write {output}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        return ExitCodes.Clean;
    }
}
