using System;
using System.IO;
using System.Linq;

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
    internal static System.CommandLine.Option<InputFormat> FromOption() => ChoiceOptions.ForEnum<InputFormat>(
        "--from",
        "Input format: auto (from the file name and first line), sitrep (canonical JSON), jsonl, acled (ACLED CSV), ucdp (UCDP GED CSV), gdelt (GDELT events), polecat (POLECAT files) or plover (PLOVER JSON).");

    /// <summary><c>--date-order auto|dmy|mdy</c>: how numeric dates in dataset files are read.</summary>
    internal static System.CommandLine.Option<string> DateOrderOption()
    {
        return ChoiceOptions.ForNames(
            "--date-order",
            "How numeric dates such as 05/04/2015 are read: auto (from the first date whose day is over 12; day first when none is), dmy (day first) or mdy (month first).",
            "auto",
            "auto",
            "dmy",
            "mdy");
    }

    /// <summary><c>--encoding auto|utf-8|windows-1252</c>: how dataset files are decoded.</summary>
    internal static System.CommandLine.Option<string> EncodingOption() => ChoiceOptions.ForNames(
        "--encoding",
        "How dataset files are decoded: auto (UTF-8, or UTF-16/32 by their byte order mark; a line that is not UTF-8 is read as Windows-1252 and reported), utf-8 (bytes that are not UTF-8 are errors) or windows-1252. Canonical JSON is always UTF-8.",
        "auto",
        "auto",
        "utf-8",
        "windows-1252");

    /// <summary>The reader options <c>--date-order</c> and <c>--encoding</c> values ask for.</summary>
    internal static Sitrep.Datasets.DatasetReaderOptions ReaderOptions(string? dateOrder, string? encoding = null) => new()
    {
        DateOrder = dateOrder switch
        {
            "dmy" => Sitrep.Datasets.DateOrder.DayFirst,
            "mdy" => Sitrep.Datasets.DateOrder.MonthFirst,
            _ => Sitrep.Datasets.DateOrder.Auto,
        },
        Encoding = encoding switch
        {
            "utf-8" => Sitrep.Datasets.DatasetEncoding.Utf8,
            "windows-1252" => Sitrep.Datasets.DatasetEncoding.Windows1252,
            _ => Sitrep.Datasets.DatasetEncoding.Auto,
        },
    };

    // Enough of the head to read a header line: UTF-16 by its mark or its zero bytes, anything else byte by byte.
    private static string Decode(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) && !head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]))
        {
            return System.Text.Encoding.Unicode.GetString(head[2..]);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return System.Text.Encoding.BigEndianUnicode.GetString(head[2..]);
        }

        var sample = head[..Math.Min(head.Length, 512)];
        if (sample.Length >= 8 && sample.Count((byte)0) * 3 >= sample.Length)
        {
            var evenZeros = 0;
            for (var i = 0; i + 1 < sample.Length; i += 2)
            {
                evenZeros += sample[i] == 0 ? 1 : 0;
            }

            return evenZeros * 4 > sample.Length ? System.Text.Encoding.BigEndianUnicode.GetString(head) : System.Text.Encoding.Unicode.GetString(head);
        }

        return System.Text.Encoding.Latin1.GetString(head);
    }

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

    /// <summary>POLECAT files are tab-separated; a <c>.csv</c> one is read comma-separated, as <c>PolecatEventReader.OpenFile</c> does.</summary>
    internal static char PolecatSeparator(string path) => path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ',' : '\t';

    /// <summary>The format to read: the one asked for, or the one the name and first bytes show.</summary>
    internal static InputFormat Resolve(InputFormat requested, string name, ReadOnlySpan<byte> head)
    {
        if (requested != InputFormat.Auto)
        {
            return requested;
        }

        var extension = name == "-" ? string.Empty : Path.GetExtension(name);
        var byLine = FromFirstLine(head);
        if (byLine == InputFormat.Plover)
        {
            return byLine;
        }

        if (extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Jsonl;
        }

        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Sitrep;
        }

        // Without a telling name (a pipe, standard input): canonical JSON when the first line is a whole object and
        // more follows, JSON Lines when the next line is another object.
        return byLine == InputFormat.Sitrep && LooksLikeJsonLines(head) ? InputFormat.Jsonl : byLine;
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

    /// <summary>Infers the format from the first line; canonical JSON when nothing else fits, so its reader reports.</summary>
    internal static InputFormat FromFirstLine(ReadOnlySpan<byte> head)
    {
        var text = Decode(head);
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var line = (end < 0 ? text : text[..end]).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF').ToLowerInvariant();
        var tabs = line.AsSpan().Count('\t');
        var commas = SeparatorsOutsideQuotes(line, ',');
        return line.TrimStart() switch
        {
            // A canonical document or JSON Lines header opens with "sitrep"; a PLOVER file is an array or lines of events.
            var l when l.StartsWith('[') => InputFormat.Plover,
            var l when l.StartsWith('{') && !l.Contains("\"sitrep\"", StringComparison.Ordinal) && l.Contains("\"event", StringComparison.Ordinal) && l.Contains("\"id\"", StringComparison.Ordinal) => InputFormat.Plover,
            var l when l.StartsWith('{') => InputFormat.Sitrep,
            var l when l.Contains("event id", StringComparison.Ordinal) && l.Contains("event type", StringComparison.Ordinal) => InputFormat.Polecat,
            var l when l.Contains("event_id_cnty", StringComparison.Ordinal) => InputFormat.Acled,
            var l when l.Contains("type_of_violence", StringComparison.Ordinal) || l.Contains("relid", StringComparison.Ordinal) => InputFormat.Ucdp,
            var l when IsSubsetHeader(l, AcledSubset, "event_date") => InputFormat.Acled,
            var l when IsSubsetHeader(l, UcdpSubset, "date_start") => InputFormat.Ucdp,
            _ when tabs is >= 56 and <= 60 => InputFormat.Gdelt,
            _ when commas is 48 or 41 => InputFormat.Ucdp,
            _ => InputFormat.Sitrep,
        };
    }
}
