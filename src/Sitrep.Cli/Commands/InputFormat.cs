using System;
using System.IO;

namespace Sitrep.Cli.Commands;

/// <summary>The input formats <c>sitrep validate</c> reads.</summary>
internal enum InputFormat
{
    /// <summary>
    /// Decide from the file: <c>.json</c> is canonical JSON, <c>.jsonl</c> and <c>.ndjson</c> JSON Lines; anything else
    /// by its first line (a JSON object, an ACLED or UCDP header, GDELT's tab-separated fields).
    /// </summary>
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

    /// <summary>POLECAT weekly or yearly files, tab-separated with a header (comma-separated when named <c>.csv</c>).</summary>
    Polecat,

    /// <summary>PLOVER JSON events: a JSON array of event objects, or one object per line.</summary>
    Plover,
}

/// <summary>Resolves <see cref="InputFormat.Auto"/>, and defines the <c>--from</c> option every command shares.</summary>
internal static class InputFormats
{
    internal static System.CommandLine.Option<InputFormat> FromOption() => new("--from")
    {
        Description = "Input format: auto (from the file name and first line), sitrep (canonical JSON), jsonl, acled (ACLED CSV), ucdp (UCDP GED CSV), gdelt (GDELT events), polecat (POLECAT files) or plover (PLOVER JSON).",
        DefaultValueFactory = _ => InputFormat.Auto,
    };

    /// <summary>POLECAT files are tab-separated; a <c>.csv</c> one is read comma-separated, as <c>PolecatEventReader.OpenFile</c> does.</summary>
    internal static char PolecatSeparator(string path) => path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ',' : '\t';

    internal static InputFormat Resolve(InputFormat requested, string path)
    {
        if (requested != InputFormat.Auto)
        {
            return requested;
        }

        var extension = Path.GetExtension(path);
        var byLine = FromFirstLine(path);
        if (byLine == InputFormat.Plover)
        {
            return byLine;
        }

        if (extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Jsonl;
        }

        return extension.Equals(".json", StringComparison.OrdinalIgnoreCase) ? InputFormat.Sitrep : byLine;
    }

    /// <summary>Infers the format from the first line; canonical JSON when nothing else fits, so its reader reports.</summary>
    internal static InputFormat FromFirstLine(string path)
    {
        string line;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var buffer = new byte[64 * 1024];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var text = System.Text.Encoding.Latin1.GetString(buffer, 0, read);
            var end = text.IndexOf('\n', StringComparison.Ordinal);
            line = (end < 0 ? text : text[..end]).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF').ToLowerInvariant();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return InputFormat.Sitrep;
        }

        var tabs = line.AsSpan().Count('\t');
        var commas = line.AsSpan().Count(',');
        return line.TrimStart() switch
        {
            // A canonical document or JSON Lines header opens with "sitrep"; a PLOVER file is an array or lines of events.
            var l when l.StartsWith('[') => InputFormat.Plover,
            var l when l.StartsWith('{') && !l.Contains("\"sitrep\"", StringComparison.Ordinal) && l.Contains("\"event", StringComparison.Ordinal) && l.Contains("\"id\"", StringComparison.Ordinal) => InputFormat.Plover,
            var l when l.StartsWith('{') => InputFormat.Sitrep,
            var l when l.Contains("event id", StringComparison.Ordinal) && l.Contains("event type", StringComparison.Ordinal) => InputFormat.Polecat,
            var l when l.Contains("event_id_cnty", StringComparison.Ordinal) => InputFormat.Acled,
            var l when l.Contains("type_of_violence", StringComparison.Ordinal) || l.Contains("relid", StringComparison.Ordinal) => InputFormat.Ucdp,
            _ when tabs is >= 56 and <= 60 => InputFormat.Gdelt,
            _ when commas is 48 or 41 => InputFormat.Ucdp,
            _ => InputFormat.Sitrep,
        };
    }
}
