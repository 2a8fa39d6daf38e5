using System;
using System.IO;

namespace Sitrep.Cli.Commands;

/// <summary>The input formats <c>sitrep validate</c> reads.</summary>
internal enum InputFormat
{
    /// <summary>Decide from the file name: <c>.jsonl</c> and <c>.ndjson</c> are JSON Lines, anything else canonical JSON.</summary>
    Auto,

    /// <summary>Canonical JSON, one document.</summary>
    Sitrep,

    /// <summary>Canonical JSON Lines.</summary>
    Jsonl,

    /// <summary>UCDP GED CSV (49- or 42-column layouts, with or without a header).</summary>
    Ucdp,

    /// <summary>GDELT event files (2.0 with 61 columns, 1.0 with 58 or 57), tab-separated without a header.</summary>
    Gdelt,

    /// <summary>ACLED CSV exports, current or older layouts.</summary>
    Acled,
}

/// <summary>Resolves <see cref="InputFormat.Auto"/>, and defines the <c>--from</c> option every command shares.</summary>
internal static class InputFormats
{
    internal static System.CommandLine.Option<InputFormat> FromOption() => new("--from")
    {
        Description = "Input format: auto (from the file name), sitrep (canonical JSON), jsonl, acled (ACLED CSV), ucdp (UCDP GED CSV) or gdelt (GDELT events).",
        DefaultValueFactory = _ => InputFormat.Auto,
    };

    internal static InputFormat Resolve(InputFormat requested, string path)
    {
        if (requested != InputFormat.Auto)
        {
            return requested;
        }

        var extension = Path.GetExtension(path);
        return extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase)
            ? InputFormat.Jsonl
            : InputFormat.Sitrep;
    }
}
