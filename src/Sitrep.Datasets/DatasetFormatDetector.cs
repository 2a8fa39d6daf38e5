using System;
using System.IO;
using System.Linq;
using Sitrep.Datasets.Parsing;

namespace Sitrep.Datasets;

/// <summary>
/// Tells which format a file is in from its name and its first bytes, as <c>sitrep</c> does for <c>--from auto</c>:
/// a <c>.jsonl</c> or <c>.ndjson</c> name is JSON Lines and <c>.json</c> canonical JSON (unless the first line is a
/// PLOVER event), and otherwise the first line decides (a JSON object, an ACLED, UCDP or POLECAT header, GDELT's
/// tab-separated fields, a UCDP row without header). Detection reads no more than it is given and never throws.
/// </summary>
public static class DatasetFormatDetector
{
    /// <summary>How many bytes from the start of a file <see cref="Detect(string)"/> reads; enough for any header line.</summary>
    public const int HeadLength = 64 * 1024;

    /// <summary>Detects the format of a file from its name and its first <see cref="HeadLength"/> bytes.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The format, or <see cref="DatasetFormat.Unknown"/>.</returns>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static DatasetFormat Detect(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var head = new byte[HeadLength];
        var length = 0;
        int read;
        while (length < head.Length && (read = stream.Read(head, length, head.Length - length)) > 0)
        {
            length += read;
        }

        return Detect(path, head.AsSpan(0, length));
    }

    /// <summary>Detects a format from a file name (or <see langword="null"/> for a stream without one) and the first bytes of its content.</summary>
    /// <param name="fileName">The file's name or path, or <see langword="null"/>; only its extension is used.</param>
    /// <param name="head">The first bytes of the content; a whole first line is needed to tell headers apart.</param>
    /// <returns>The format, or <see cref="DatasetFormat.Unknown"/>.</returns>
    public static DatasetFormat Detect(string? fileName, ReadOnlySpan<byte> head)
    {
        var extension = fileName is null ? string.Empty : Path.GetExtension(fileName);
        var byLine = FromFirstLine(head);
        if (byLine == DatasetFormat.Plover)
        {
            return byLine;
        }

        if (extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            return DatasetFormat.SitrepJsonLines;
        }

        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return DatasetFormat.Sitrep;
        }

        // Without a telling name (a pipe, standard input): canonical JSON when the first line is a whole object and
        // more follows, JSON Lines when the next line is another object.
        return byLine == DatasetFormat.Sitrep && LooksLikeJsonLines(head) ? DatasetFormat.SitrepJsonLines : byLine;
    }

    // Enough of the head to read a header line: UTF-16 or UTF-32 as the readers recognise them, anything else byte by byte.
    private static string Decode(ReadOnlySpan<byte> head) =>
        DecodingTextReader.SniffUnicode(head) is var (encoding, mark)
            ? encoding.GetString(head[mark..])
            : System.Text.Encoding.Latin1.GetString(head);

    // The header line of JSON Lines is a complete object on its own line, followed by another line that opens one.
    private static bool LooksLikeJsonLines(ReadOnlySpan<byte> head)
    {
        var end = head.IndexOf((byte)'\n');
        if (end < 0)
        {
            return false;
        }

        var first = head[..end].Trim(" \t\r"u8);
        var rest = head[(end + 1)..].TrimStart(" \t\r\n"u8);
        return first.Length > 1 && first[0] == (byte)'{' && first[^1] == (byte)'}' && rest.Length > 0 && rest[0] == (byte)'{';
    }


    // Columns that tell a subset export's header apart, beside the one column each format cannot do without.
    private static readonly string[] AcledSubset = ["actor1", "sub_event_type", "event_type", "disorder_type", "fatalities", "inter1", "interaction", "admin1", "assoc_actor_1"];
    private static readonly string[] UcdpSubset = ["best", "side_a", "side_b", "dyad_name", "conflict_name", "where_prec", "date_prec", "deaths_a"];

    /// <summary>Whether a header line names <paramref name="required"/> and at least two columns of <paramref name="telling"/>, as whole names (quoted or not).</summary>
    private static bool IsSubsetHeader(string line, string[] telling, string required)
    {
        var names = line.Split(line.Contains('\t', StringComparison.Ordinal) ? '\t' : ',');
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = names[i].Trim().Trim('"').Trim();
        }

        return Array.IndexOf(names, required) >= 0 && telling.Count(t => Array.IndexOf(names, t) >= 0) >= 2;
    }

    // Commas that separate fields: not those inside a quoted field ("Outlet,2021-06-01,Headline").
    private static int SeparatorsOutsideQuotes(string line, char separator)
    {
        var count = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == separator && !quoted)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Infers the format from the first line.</summary>
    private static DatasetFormat FromFirstLine(ReadOnlySpan<byte> head)
    {
        var text = Decode(head);
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var line = (end < 0 ? text : text[..end]).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF').ToLowerInvariant();
        var tabs = line.AsSpan().Count('\t');
        var commas = SeparatorsOutsideQuotes(line, ',');
        return line.TrimStart() switch
        {
            // A canonical document or JSON Lines header opens with "sitrep"; a PLOVER file is an array or lines of events.
            var l when l.StartsWith('[') => DatasetFormat.Plover,
            var l when l.StartsWith('{') && !l.Contains("\"sitrep\"", StringComparison.Ordinal) && l.Contains("\"event", StringComparison.Ordinal) && l.Contains("\"id\"", StringComparison.Ordinal) => DatasetFormat.Plover,
            var l when l.StartsWith('{') => DatasetFormat.Sitrep,
            var l when l.Contains("event id", StringComparison.Ordinal) && l.Contains("event type", StringComparison.Ordinal) => DatasetFormat.Polecat,
            var l when l.Contains("event_id_cnty", StringComparison.Ordinal) => DatasetFormat.Acled,
            var l when l.Contains("type_of_violence", StringComparison.Ordinal) || l.Contains("relid", StringComparison.Ordinal) => DatasetFormat.Ucdp,
            var l when IsSubsetHeader(l, AcledSubset, "event_date") => DatasetFormat.Acled,
            var l when IsSubsetHeader(l, UcdpSubset, "date_start") => DatasetFormat.Ucdp,
            _ when tabs is >= 56 and <= 60 => DatasetFormat.Gdelt,
            _ when commas is 48 or 41 => DatasetFormat.Ucdp,
            _ => DatasetFormat.Unknown,
        };
    }
}
