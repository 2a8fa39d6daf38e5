using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Sitrep.Text;
using Sitrep.Text.Actors;
using Sitrep.Text.Casualties;
using Sitrep.Text.Dates;
using Sitrep.Text.Numbers;
using Sitrep.Text.TimeExpressions;

namespace Sitrep.Benchmarks.Text;

/// <summary>
/// Throughput of the text scanners on 200,000 characters of news copy (the ISAF press releases from ../shared/corpus,
/// repeated; a synthetic wire text when the corpus is absent), of wire copy with quotations and attributed statements
/// (the seed story from ../shared/corpus/reports, repeated), and on adversarial inputs of the same size, against a
/// naive backtracking regular expression for counts with bounds, the kind of pattern a user writes first.
/// </summary>
[MemoryDiagnoser]
public class TextScanBenchmarks
{
    // A pattern a user writes first: bounds, digits with separators, a number word, an optional noun. It backtracks.
    private static readonly Regex Naive = new(
        @"((?:at least |more than |about |nearly |up to )*)((?:\d+,?)+|(?:one|two|three|four|five|six|seven|eight|nine|ten|several|dozens)(?:[ -](?:\w+))*?)\s+(?:\w+\s+)*?(?:were |was )?(?:killed|wounded|detained)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    private static readonly LocalDate Published = new(2012, 6, 14);
    private static readonly ReportContext Context = new(Published);
    private string text = string.Empty;
    private string[] reports = [];

    [Params("news", "wire copy", "digit run", "repeated bounds", "number words", "repeated cues", "retold figures", "repeated sets", "clock digits")]
    public string Input { get; set; } = "news";

    [GlobalSetup]
    public void Setup()
    {
        const int Size = 200_000;
        text = Make(Input, Size);
        reports = Input switch
        {
            "news" => NewsReports(Size),
            "wire copy" => WireReports(Size),
            _ => [text],
        };
        Console.WriteLine($"// {Input}: {text.Length} characters, {reports.Length} report(s) of {reports.Sum(r => r.Length)} characters");
    }

    /// <summary>The naive pattern; on adversarial input it backtracks until its one-second match timeout, reported as -1.</summary>
    [Benchmark(Baseline = true, Description = "naive backtracking Regex (counts)")]
    public int NaiveRegex()
    {
        var count = 0;
        try
        {
            for (var m = Naive.Match(text); m.Success; m = m.NextMatch())
            {
                count++;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return -1;
        }

        return count;
    }

    [Benchmark(Description = "Sitrep NumberScanner")]
    public int Numbers() => NumberScanner.Find(text).Count;

    [Benchmark(Description = "Sitrep DateScanner")]
    public int Dates() => DateScanner.Find(text, Published).Count;

    [Benchmark(Description = "Sitrep TimeExpressionScanner")]
    public int TimeExpressions() => TimeExpressionScanner.Find(text, Published).Count;

    [Benchmark(Description = "Sitrep CasualtyScanner")]
    public int Casualties() => CasualtyScanner.Find(text).Count;

    [Benchmark(Description = "Sitrep ActorScanner")]
    public int Actors() => ActorScanner.Find(text).Count;

    /// <summary>Everything: numbers, dates, casualties, actors, statements, events, places and the draft dataset, on the whole input as one text.</summary>
    [Benchmark(Description = "Sitrep ReportParser (all, one text)")]
    public int Report() => ReportParser.Parse(text, Context).Draft.Incidents.Count;

    /// <summary>The same on the news and wire inputs as users run them: each report parsed on its own (other inputs are one text).</summary>
    [Benchmark(Description = "Sitrep ReportParser (all, report by report)")]
    public int Reports()
    {
        var incidents = 0;
        foreach (var report in reports)
        {
            incidents += ReportParser.Parse(report, Context).Draft.Incidents.Count;
        }

        return incidents;
    }

    /// <summary>The input of a given name: news copy or one of the adversarial texts, about <paramref name="size"/> characters.</summary>
    internal static string Make(string input, int size) => input switch
    {
        "digit run" => new string('7', size),
        "repeated bounds" => string.Concat(Enumerable.Repeat("at least ", size / 9)),
        "number words" => string.Concat(Enumerable.Repeat("one hundred and twenty-two thousand ", size / 36)),
        "repeated sets" => string.Concat(Enumerable.Repeat("every 3 days ", size / 13)),
        "clock digits" => string.Concat(Enumerable.Repeat("12:30:", size / 6)),
        "repeated cues" => string.Concat(Enumerable.Repeat("the US embassy said it denied the groups blamed the strike on Iran or ", size / 70)),

        // A lead, then figure after figure marked as more or retelling it: the casualty reading must stay linear.
        "retold figures" => "KABUL, Afghanistan (June 2, 2012) - A force killed several insurgents in Nad-e Ali district yesterday. "
            + string.Concat(Enumerable.Repeat("The force also killed one additional insurgent and several more insurgents, killing the insurgents. ", size / 100)),
        "wire copy" => string.Concat(WireReports(size).Select(r => r + "\n\n"))[..size],
        _ => News(size),
    };

    /// <summary>Wire stories, about <paramref name="size"/> characters in all: the seed story repeated, or a synthetic story when the corpus is absent.</summary>
    internal static string[] WireReports(int size)
    {
        var seed = FindShared(Path.Combine("corpus", "reports", "seed-article.txt"));
        var story = seed is not null ? File.ReadAllText(seed) : SyntheticWire;
        return [.. Enumerable.Repeat(story, (size / (story.Length + 2)) + 1)];
    }

    // Quotations, speakers before and after their words, claims, denials and blame, as wire copy has them.
    private const string SyntheticWire =
        "The ministry said in a statement on Friday that \u201Cthe attacks will not go unanswered,\u201D after a drone strike killed seven members of the security forces.\n"
        + "\u201CWe hold the occupation responsible for this crime,\u201D the group said on Telegram, while the US military denied carrying out the strike.\n"
        + "An armed faction claimed responsibility for a rocket attack on the embassy in Baghdad, which officials blamed on Iran-backed groups.\n"
        + "The embassy and the government released statements late on Thursday, announcing a committee to oversee efforts to tackle attacks.\n";

    /// <summary>Whole releases from the start of the corpus, about <paramref name="size"/> characters in all.</summary>
    internal static string[] NewsReports(int size)
    {
        var corpus = FindShared(Path.Combine("corpus", "isaf", "isaf-dev.jsonl"));
        if (corpus is null)
        {
            return [News(size)];
        }

        var reports = new System.Collections.Generic.List<string>();
        var total = 0;
        foreach (var line in File.ReadLines(corpus))
        {
            var report = JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!;
            reports.Add(report);
            total += report.Length;
            if (total >= size)
            {
                break;
            }
        }

        return [.. reports];
    }

    private static string News(int size)
    {
        var builder = new StringBuilder(size + 4096);
        var corpus = FindShared(Path.Combine("corpus", "isaf", "isaf-dev.jsonl"));
        var texts = corpus is not null
            ? File.ReadLines(corpus).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToArray()
            : ["KABUL, Afghanistan (June 14) - An Afghan-led security force killed the Taliban commander Fayez Jan and one additional insurgent during an operation in Daman district, Kandahar province, today. Several suspected insurgents were detained. No civilians were hurt. Officials said at least 20 people were wounded on Friday, and more than 1,200 fled earlier this week."];
        for (var i = 0; builder.Length < size; i++)
        {
            builder.Append(texts[i % texts.Length]).Append("\n\n");
        }

        return builder.ToString(0, size);
    }

    // ../shared beside the repository, looked for upwards from wherever BenchmarkDotNet built the runner.
    private static string? FindShared(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
