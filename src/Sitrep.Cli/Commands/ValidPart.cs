using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sitrep.Validation;

namespace Sitrep.Cli.Commands;

/// <summary>
/// The part of a canonical dataset that validates, for <c>convert</c>: a record (source, actor, incident or statement)
/// with an error is left out, and so is every record that then refers to a left-out one, until what is left
/// validates. Diagnostics keep the paths of the dataset as read, so they point at the records in the input.
/// </summary>
internal static class ValidPart
{
    private const int MaxRounds = 64;

    /// <summary>Splits <paramref name="dataset"/>; <see langword="null"/> when an error is about the dataset as a whole.</summary>
    /// <param name="dataset">The dataset as read.</param>
    /// <param name="diagnostics">Gets the diagnostics to report: the first validation's, then those that left out more records.</param>
    /// <param name="rejected">Gets how many records were left out.</param>
    internal static Dataset? Of(Dataset dataset, List<Diagnostic> diagnostics, out int rejected)
    {
        rejected = 0;
        var kept = new Dictionary<string, List<int>>(StringComparer.Ordinal)
        {
            ["sources"] = Enumerable.Range(0, dataset.Sources.Count).ToList(),
            ["actors"] = Enumerable.Range(0, dataset.Actors.Count).ToList(),
            ["incidents"] = Enumerable.Range(0, dataset.Incidents.Count).ToList(),
            ["statements"] = Enumerable.Range(0, dataset.Statements.Count).ToList(),
        };
        var current = dataset;
        for (var round = 0; round < MaxRounds; round++)
        {
            var found = DatasetValidator.Validate(current);
            var drop = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
            foreach (var diagnostic in found)
            {
                var place = Place(diagnostic.Path, kept);
                if (round == 0 || diagnostic.IsError)
                {
                    diagnostics.Add(place is { } p ? diagnostic with { Path = Rebase(diagnostic.Path!, p.Kind, p.Original) } : diagnostic);
                }

                if (!diagnostic.IsError)
                {
                    continue;
                }

                if (place is not { } at)
                {
                    return null;
                }

                (drop.TryGetValue(at.Kind, out var set) ? set : drop[at.Kind] = []).Add(at.Index);
            }

            if (drop.Count == 0)
            {
                return current;
            }

            foreach (var (kind, indices) in drop)
            {
                rejected += indices.Count;
                kept[kind] = kept[kind].Where((_, i) => !indices.Contains(i)).ToList();
            }

            current = current with
            {
                Sources = Keep(current.Sources, drop.GetValueOrDefault("sources")),
                Actors = Keep(current.Actors, drop.GetValueOrDefault("actors")),
                Incidents = Keep(current.Incidents, drop.GetValueOrDefault("incidents")),
                Statements = Keep(current.Statements, drop.GetValueOrDefault("statements")),
            };
        }

        return null;
    }

    private static ValueArray<T> Keep<T>(ValueArray<T> items, HashSet<int>? drop) =>
        drop is null ? items : ValueArray.From(items.Where((_, i) => !drop.Contains(i)));

    /// <summary>The record a path is in: its kind, its index in the current dataset and in the dataset as read.</summary>
    private static (string Kind, int Index, int Original)? Place(string? path, Dictionary<string, List<int>> kept)
    {
        if (path is null || path.Length < 2 || path[0] != '/')
        {
            return null;
        }

        var parts = path.Split('/', 4);
        if (parts.Length < 3 || !kept.TryGetValue(parts[1], out var originals)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= originals.Count)
        {
            return null;
        }

        return (parts[1], index, originals[index]);
    }

    private static string Rebase(string path, string kind, int original)
    {
        var parts = path.Split('/', 4);
        return "/" + kind + "/" + original.ToString(CultureInfo.InvariantCulture) + (parts.Length > 3 ? "/" + parts[3] : string.Empty);
    }
}
