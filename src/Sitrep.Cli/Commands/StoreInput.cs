using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Sitrep.Sources;
using Sitrep.Sources.Store;

namespace Sitrep.Cli.Commands;

/// <summary>
/// A store dataset named as an input (<c>DIR</c> when the store holds one dataset, <c>DIR/acled</c>,
/// <c>DIR/ucdp-25.1@3</c> for the store as of sync 3), read as the provider's own file, so every command that reads
/// files reads a store the same way.
/// </summary>
internal static class StoreInput
{
    /// <summary>Finds the store a path names (its folder, the dataset and the sync, when given), or null when it names none.</summary>
    internal static (string Folder, string? Dataset, long? Sync)? Locate(string path)
    {
        if (path == "-" || File.Exists(path))
        {
            return null;
        }

        var target = path;
        long? sync = null;
        var at = path.LastIndexOf('@');
        if (at > 0 && long.TryParse(path.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            target = path[..at];
            sync = number;
        }

        if (Directory.Exists(target) && SourceStore.Exists(target))
        {
            return (target, null, sync);
        }

        return !File.Exists(target) && !Directory.Exists(target) && Path.GetDirectoryName(target.TrimEnd('/')) is { Length: > 0 } parent && SourceStore.Exists(parent)
            ? (parent, Path.GetFileName(target.TrimEnd('/')), sync)
            : null;
    }

    /// <summary>Gets a value indicating whether a file is one of a store's database files (which no output may overwrite).</summary>
    internal static bool IsStoreFile(string folder, string file)
    {
        var database = Path.GetFullPath(Path.Combine(folder, SourceStore.FileName));
        var full = Path.GetFullPath(file);
        return full == database || full == database + "-wal" || full == database + "-shm" || full == database + "-journal";
    }

    /// <summary>Opens the dataset a path names, or returns null when the path does not name one.</summary>
    /// <exception cref="IOException">The path names a store, but not a dataset or sync it holds (the message says what it holds).</exception>
    internal static Stream? TryOpen(string path)
    {
        if (Locate(path) is not var (folder, dataset, sync))
        {
            return null;
        }

        SourceStore store;
        try
        {
            store = SourceStore.Open(folder);
        }
        catch (SourceException e)
        {
            throw new IOException(e.Diagnostic.Message.TrimEnd('.'), e);
        }

        try
        {
            var held = store.ReadDatasets();
            var names = string.Join(", ", held.Select(d => d.Name));
            if (dataset is null)
            {
                dataset = held.Count == 1 ? held[0].Name
                    : throw new IOException(held.Count == 0 ? "the store holds no dataset yet (run 'sitrep sync' first)" : $"the store holds several datasets ({names}): name one, as {Path.Combine(folder, held[0].Name)}");
            }

            if (store.FormatOf(dataset) is null)
            {
                throw new IOException($"the store has no dataset '{dataset}' (it holds: {(names.Length == 0 ? "none" : names)})");
            }

            if (sync is { } id && !store.ReadSyncs(dataset).Any(s => s.SyncId == id))
            {
                throw new IOException($"the store's {dataset} has no finished sync {id} (its syncs: {string.Join(", ", store.ReadSyncs(dataset).Select(s => s.SyncId))})");
            }

            return store.OpenExport(dataset, sync, closeStore: true);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }
}
