namespace Sitrep.Cli;

/// <summary>The tool's exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>Everything read and no errors (warnings allowed).</summary>
    internal const int Clean = 0;

    /// <summary>The data has errors.</summary>
    internal const int DataErrors = 1;

    /// <summary>The command line was wrong, or a file could not be opened or read.</summary>
    internal const int UsageOrIo = 2;

    /// <summary>A bug in sitrep itself; the message asks the user to report it.</summary>
    internal const int InternalError = 3;

    /// <summary>Interrupted (Ctrl+C, SIGTERM) before the command finished; outputs were left as they were (128 + SIGINT, as shells report it).</summary>
    internal const int Interrupted = 130;
}
