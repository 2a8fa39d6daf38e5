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

    /// <summary>Gets a file of ../shared/corpus (<c>datasets/ucdp/ged-myanmar-r-export.csv</c>), skipping the test, saying why, when this clone has no corpus beside it.</summary>
    public static string CorpusFileOrSkip(params string[] parts)
    {
        if (SharedCorpus is not { } corpus)
        {
            Assert.Skip("../shared/corpus is absent: this clone has no shared corpus beside it.");
            return string.Empty;
        }

        return Path.Combine([corpus, .. parts]);
    }

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
