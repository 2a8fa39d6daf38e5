using System;

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

    /// <summary>POLECAT files are tab-separated; a <c>.csv</c> one is read comma-separated, as <c>PolecatEventReader.OpenFile</c> does.</summary>
    internal static char PolecatSeparator(string path) => path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ',' : '\t';

    /// <summary>The library's name for a CLI input format.</summary>
    internal static Sitrep.Datasets.DatasetFormat ToDatasetFormat(InputFormat format) => format switch
    {
        InputFormat.Sitrep => Sitrep.Datasets.DatasetFormat.Sitrep,
        InputFormat.Jsonl => Sitrep.Datasets.DatasetFormat.SitrepJsonLines,
        InputFormat.Acled => Sitrep.Datasets.DatasetFormat.Acled,
        InputFormat.Ucdp => Sitrep.Datasets.DatasetFormat.Ucdp,
        InputFormat.Gdelt => Sitrep.Datasets.DatasetFormat.Gdelt,
        InputFormat.Polecat => Sitrep.Datasets.DatasetFormat.Polecat,
        InputFormat.Plover => Sitrep.Datasets.DatasetFormat.Plover,
        _ => Sitrep.Datasets.DatasetFormat.Unknown,
    };

    /// <summary>
    /// The format to read: the one asked for, or the one <see cref="Sitrep.Datasets.DatasetFormatDetector"/> finds
    /// from the name and first bytes; canonical JSON when nothing fits, so that its reader says what is wrong.
    /// </summary>
    internal static InputFormat Resolve(InputFormat requested, string name, ReadOnlySpan<byte> head)
    {
        if (requested != InputFormat.Auto)
        {
            return requested;
        }

        return Sitrep.Datasets.DatasetFormatDetector.Detect(name == "-" ? null : name, head) switch
        {
            Sitrep.Datasets.DatasetFormat.SitrepJsonLines => InputFormat.Jsonl,
            Sitrep.Datasets.DatasetFormat.Acled => InputFormat.Acled,
            Sitrep.Datasets.DatasetFormat.Ucdp => InputFormat.Ucdp,
            Sitrep.Datasets.DatasetFormat.Gdelt => InputFormat.Gdelt,
            Sitrep.Datasets.DatasetFormat.Polecat => InputFormat.Polecat,
            Sitrep.Datasets.DatasetFormat.Plover => InputFormat.Plover,
            _ => InputFormat.Sitrep,
        };
    }
}
