using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Cli.Commands;

namespace Sitrep.Cli;

/// <summary>The <c>sitrep</c> tool's entry point.</summary>
internal static class Program
{
    internal static async Task<int> Main(string[] args)
    {
        // Ctrl+C (SIGINT) and SIGTERM cancel the command, which removes its partial outputs and says so; a second
        // signal ends the process at once.
        using var interrupted = new CancellationTokenSource();
        void Interrupt(PosixSignalContext context)
        {
            if (!interrupted.IsCancellationRequested)
            {
                context.Cancel = true;
                interrupted.Cancel();
            }
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
        return await RunAsync(args, Console.Out, Console.Error, Console.OpenStandardInput(), interrupted.Token).ConfigureAwait(false);
    }

    /// <summary>Runs the tool with the given output writers, so tests can capture what a user would see.</summary>
    internal static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Stream? stdin = null, CancellationToken cancellationToken = default) =>
        RunAsync(args, stdout, stderr, stdin, null, cancellationToken);

    /// <summary>Runs the tool with the given output writers and the handler provider requests go through (a test server's), or null for the network.</summary>
    internal static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Stream? stdin, System.Net.Http.HttpMessageHandler? network, CancellationToken cancellationToken)
    {
        stdin ??= Stream.Null;
        // Named for the tool, not the process: help and usage say "sitrep" whether run as the installed tool, through
        // "dotnet Sitrep.Cli.dll", published ahead of time or from a test host.
        var root = new Command("sitrep", "Validate, convert and inspect conflict and security-incident datasets, and extract draft incidents from news reports.")
        {
            new HelpOption(),
            new VersionOption(),
            ValidateCommand.Create(stdout, stderr, stdin),
            FormatCommand.Create(stdout, stderr, stdin),
            ConvertCommand.Create(stdout, stderr, stdin, ReferenceEquals(stdout, Console.Out) ? Console.OpenStandardOutput : null),
            StatsCommand.Create(stdout, stderr, stdin),
            DiffCommand.Create(stdout, stderr, stdin),
            EvalCommand.Create(stdout, stderr),
            ExtractCommand.Create(stdout, stderr, stdin),
            SyncCommand.Create(stdout, stderr, network),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync("sitrep: " + error.Message).ConfigureAwait(false);
            }

            await stderr.WriteLineAsync("Run 'sitrep --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        try
        {
            var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("sitrep: interrupted.").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
#pragma warning disable CA1031 // The last line of defence: no stack trace reaches the user, whatever happens.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await stderr.WriteLineAsync($"sitrep: internal error: {ex.GetType().Name}: {ex.Message}. Please report this with the command you ran.").ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
    }
}
