namespace Sitrep.Serialization;

/// <summary>Limits that keep reading untrusted JSON bounded in memory and nesting.</summary>
public sealed record SitrepJsonReaderOptions
{
    /// <summary>Gets the default options: depth 64, 256 MiB per document, 16 MiB per JSON Lines line.</summary>
    public static SitrepJsonReaderOptions Default { get; } = new();

    /// <summary>Gets the deepest nesting of objects and arrays accepted (the canonical format needs about 8).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Gets the largest document accepted, in bytes.</summary>
    public long MaxDocumentBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Gets the longest JSON Lines line accepted, in bytes; longer lines are reported and skipped.</summary>
    public int MaxLineBytes { get; init; } = 16 * 1024 * 1024;
}
