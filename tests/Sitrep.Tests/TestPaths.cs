using System;
using System.IO;

namespace Sitrep.Tests;

/// <summary>Finds the repository and the shared corpus beside it.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SeedSample => Path.Combine(RepositoryRoot, "samples", "seed-story.sitrep.json");

    public static string Schema => Path.Combine(RepositoryRoot, "schemas", "sitrep-1.0.schema.json");

    /// <summary>Gets ../shared/corpus beside the repository, or null when this clone has none.</summary>
    public static string? SharedCorpus
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));
            return Directory.Exists(path) ? path : null;
        }
    }

    public static string? SeedArticle => SharedCorpus is { } corpus && File.Exists(Path.Combine(corpus, "reports", "seed-article.txt"))
        ? Path.Combine(corpus, "reports", "seed-article.txt")
        : null;

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find Domain.sln above " + AppContext.BaseDirectory);
    }
}
