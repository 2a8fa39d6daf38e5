using System;
using System.IO;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace Sitrep.Cli.Commands;

/// <summary>
/// A file written beside its target and moved into place only when the command says the output is complete
/// (<see cref="CommitAsync"/>). An error, an exception, Ctrl+C or SIGTERM leaves the target as it was (absent, or
/// the previous file) and removes the temporary file, so no reader ever sees a half-written output. The temporary
/// file is hidden (<c>.NAME.XXXXXXXX.partial</c>) in the target's folder, so the final move is a rename within one
/// file system.
/// </summary>
internal sealed class OutputFile : IAsyncDisposable
{
    private readonly FileStream stream;
    private bool committed;

    private OutputFile(string target, string temporary, FileStream stream)
    {
        Target = target;
        Temporary = temporary;
        this.stream = stream;
    }

    /// <summary>Gets the file the output is for.</summary>
    public string Target { get; }

    /// <summary>Gets the file being written.</summary>
    public string Temporary { get; }

    /// <summary>Gets the stream to write the output to.</summary>
    public Stream Stream => stream;

    /// <summary>Starts an output for <paramref name="target"/>.</summary>
    /// <exception cref="IOException">The target is a directory, or the temporary file cannot be created.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public static OutputFile Create(string target)
    {
        var full = Path.GetFullPath(target);
        if (Directory.Exists(full))
        {
            throw new IOException($"{target} is a directory; give a file name to write.");
        }

        var folder = Path.GetDirectoryName(full) ?? ".";
        var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant() + ".partial");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        return new OutputFile(target, temporary, stream);
    }

    /// <summary>
    /// Starts an output for standard output: written to a temporary file in the system's temporary folder and copied
    /// out with <see cref="CopyToAsync"/> only when complete, so a failed run writes nothing there either.
    /// </summary>
    /// <exception cref="IOException">The temporary file cannot be created.</exception>
    public static OutputFile CreateForStandardOutput()
    {
        var temporary = Path.Combine(Path.GetTempPath(), ".sitrep-stdout." + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant() + ".partial");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        return new OutputFile("-", temporary, stream);
    }

    /// <summary>Flushes the complete output and copies it to <paramref name="destination"/>; the temporary file is removed on dispose.</summary>
    public async Task CopyToAsync(Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        await stream.DisposeAsync().ConfigureAwait(false);
        await using var written = new FileStream(Temporary, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        await written.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
        await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether two paths name the same file: the same full path once symbolic links are followed. Used to refuse
    /// writing over the input before anything is opened for writing.
    /// </summary>
    public static bool IsSameFile(string first, string second)
    {
        var a = Resolve(first);
        var b = Resolve(second);
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Equals(a, b, comparison);
    }

    /// <summary>Flushes the output and moves it into place, replacing the target.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        await stream.DisposeAsync().ConfigureAwait(false);
        File.Move(Temporary, Target, overwrite: true);
        committed = true;
    }

    /// <summary>Removes the temporary file unless the output was committed.</summary>
    public async ValueTask DisposeAsync()
    {
        await stream.DisposeAsync().ConfigureAwait(false);
        if (!committed)
        {
            try
            {
                File.Delete(Temporary);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Nothing more can be done; the target is untouched either way.
            }
        }
    }

    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return full;
        }
    }
}
