using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;

namespace Sitrep.Cli.Commands;

/// <summary>
/// A folder output (a Parquet dataset) written beside its target under a hidden name and moved into place only when
/// complete, like <see cref="OutputFile"/>: a failed or interrupted run leaves the target as it was. An existing
/// target is replaced only when it is empty or an earlier Sitrep Parquet dataset (it has the manifest); any other
/// folder is refused before anything is written, and so is a target that holds the input.
/// </summary>
internal sealed class OutputFolder : IDisposable
{
    private bool committed;

    private OutputFolder(string target, string temporary)
    {
        Target = target;
        Temporary = temporary;
    }

    /// <summary>Gets the folder the output is for.</summary>
    public string Target { get; }

    /// <summary>Gets the folder being written (it does not exist until the writer creates it).</summary>
    public string Temporary { get; }

    /// <summary>Says why <paramref name="target"/> cannot take the output, or null when it can.</summary>
    public static string? Refusal(string target, string input)
    {
        var full = Path.GetFullPath(target);
        if (File.Exists(full))
        {
            return "it is a file; a Parquet dataset is a folder";
        }

        if (input != "-" && Path.GetFullPath(input).StartsWith(full.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
        {
            return "it holds the input; write to another folder (replacing it would destroy the input)";
        }

        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any() && !File.Exists(Path.Combine(full, "_sitrep.json")))
        {
            return "it is a folder that holds other files; give a new or empty folder, or an earlier Sitrep Parquet dataset to replace";
        }

        return null;
    }

    /// <summary>Starts an output for <paramref name="target"/>.</summary>
    public static OutputFolder Create(string target)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(parent);
        var temporary = Path.Combine(parent, "." + Path.GetFileName(full) + "." + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant() + ".partial");
        return new OutputFolder(full, temporary);
    }

    /// <summary>Moves the complete output into place, replacing an empty folder or an earlier dataset.</summary>
    public void Commit()
    {
        if (!Directory.Exists(Target))
        {
            Directory.Move(Temporary, Target);
            committed = true;
            return;
        }

        // The earlier dataset steps aside, and comes back if the new one cannot take its place.
        var old = Temporary + ".old";
        Directory.Move(Target, old);
        try
        {
            Directory.Move(Temporary, Target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Directory.Move(old, Target);
            throw;
        }

        committed = true;
        try
        {
            Directory.Delete(old, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The new output is in place; the earlier one is left under its hidden name rather than fail the run.
        }
    }

    /// <summary>Removes the folder being written unless it was committed.</summary>
    public void Dispose()
    {
        if (!committed && Directory.Exists(Temporary))
        {
            try
            {
                Directory.Delete(Temporary, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Nothing more can be done; the target is untouched either way.
            }
        }
    }
}
