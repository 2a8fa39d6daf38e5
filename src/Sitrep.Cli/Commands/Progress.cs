using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace Sitrep.Cli.Commands;

/// <summary>A one-line progress bar on stderr, redrawn at most every 200 ms, only when stderr is a terminal.</summary>
internal sealed class Progress
{
    private readonly TextWriter stderr;
    private readonly long total;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private long lastDrawn = -1000;

    private Progress(TextWriter stderr, long total)
    {
        this.stderr = stderr;
        this.total = total;
    }

    /// <summary>A progress bar when <paramref name="stderr"/> is the console's and not redirected; otherwise null.</summary>
    internal static Progress? ForTerminal(TextWriter stderr, long totalBytes) =>
        ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected ? new Progress(stderr, totalBytes) : null;

    internal void Report(long records, long bytes)
    {
        var now = clock.ElapsedMilliseconds;
        if (now - lastDrawn < 200)
        {
            return;
        }

        lastDrawn = now;
        var fraction = total > 0 ? Math.Clamp((double)bytes / total, 0, 1) : 0;
        var filled = (int)(fraction * 30);
        stderr.Write(string.Create(
            CultureInfo.InvariantCulture,
            $"\r[{new string('#', filled)}{new string('.', 30 - filled)}] {fraction,4:P0} {records:N0} records, {bytes / 1048576.0:F1} of {total / 1048576.0:F1} MiB"));
    }

    internal void Done()
    {
        if (lastDrawn >= 0)
        {
            stderr.Write("\r" + new string(' ', 90) + "\r");
        }
    }
}
