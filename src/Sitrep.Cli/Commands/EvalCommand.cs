using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Datasets;
using Sitrep.Estimates;
using Sitrep.Text.Evaluation;
using Sitrep.Text.Numbers;
using Sitrep.Validation;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval recognizers DIR</c>, <c>sitrep eval isaf FILE</c>, <c>sitrep eval timeml DIR</c>. Recognizers runs the text parser over a peer's conformance suite (Microsoft
/// Recognizers-Text English number specs) and prints the pass rate on the cases in scope (counts as news copy writes
/// them), with the cases out of scope counted by reason and every failure listed.
/// </summary>
internal static class EvalCommand
{
    internal static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var directory = new Argument<string>("directory") { Description = "The folder holding NumberModel.json and NumberRangeModel.json." }.Refused();
        var failures = new Option<bool>("--failures") { Description = "List every date-time case in scope that failed, with what was expected and found." };
        var recognizers = new Command("recognizers", "Pass rate of the text parser on the Recognizers-Text English number and date-time specs, in scope, with the rest listed by reason.")
        {
            directory,
            failures,
        };
        recognizers.SetAction((parse, cancellationToken) => RunRecognizersAsync(parse.GetValue(directory)!, parse.GetValue(failures), stdout, stderr, cancellationToken));
        var file = new Argument<string>("file") { Description = "The ISAF gold set, one JSON object a line (isaf-dev.jsonl)." }.Refused();
        var verbose = new Option<bool>("--misses") { Description = "List every miss with the gold value and the parser's." };
        var isaf = new Command("isaf", "Exact and within-tolerance accuracy for killed, captured and start_date on the ISAF press releases.")
        {
            file,
            verbose,
        };
        isaf.SetAction((parse, cancellationToken) => RunIsafAsync(parse.GetValue(file)!, parse.GetValue(verbose), stdout, stderr, cancellationToken));
        var goldDirectory = new Argument<string>("directory") { Description = "The folder of TimeML gold documents (*.tml)." }.Refused();
        var timexMisses = new Option<bool>("--misses") { Description = "List every missed, extra or wrongly typed or valued expression." };
        var timeml = new Command("timeml", "TempEval-3 measures of the time expressions the parser finds against TimeML gold: extent strict and relaxed P/R/F1, type and value accuracy and F1.")
        {
            goldDirectory,
            timexMisses,
        };
        timeml.SetAction((parse, cancellationToken) => RunTimeMlAsync(parse.GetValue(goldDirectory)!, parse.GetValue(timexMisses), stdout, stderr, cancellationToken));
        return new Command("eval", "Measure the text parser against gold data.") { recognizers, isaf, timeml };
    }

    /// <summary>
    /// <c>sitrep eval isaf FILE</c>: reads the gold lines (a malformed line is reported and left out) and prints
    /// <see cref="IsafEvaluation.Score"/>'s scores, with the misses of the convention's scores when asked.
    /// </summary>
    private static async Task<int> RunIsafAsync(string path, bool misses, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        string[] lines;
        try
        {
            lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"sitrep eval: cannot read {PrintableText.Escape(path)}: {InputFile.Unreadable(ex)}.").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        var releases = new List<IsafGoldRelease>();
        var malformed = 0;
        for (var n = 0; n < lines.Length; n++)
        {
            if (lines[n].Trim().Length == 0)
            {
                continue;
            }

            if (IsafGoldRelease.Read(lines[n], out var release) is { } problem)
            {
                malformed++;
                await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{PrintableText.Escape(path)}:{n + 1}: {PrintableText.Escape(problem)}")).ConfigureAwait(false);
                continue;
            }

            releases.Add(release!);
        }

        foreach (var score in IsafEvaluation.Score(releases))
        {
            await stdout.WriteLineAsync(score.ToString()).ConfigureAwait(false);
            if (misses && !score.Name.Contains("plain", StringComparison.Ordinal))
            {
                foreach (var miss in score.Misses)
                {
                    await stdout.WriteLineAsync("  " + PrintableText.Escape(miss)).ConfigureAwait(false);
                }
            }
        }

        if (malformed > 0)
        {
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{PrintableText.Escape(path)}: {malformed} gold line(s) could not be read and were left out of the scores.")).ConfigureAwait(false);
            return ExitCodes.DataErrors;
        }

        return ExitCodes.Clean;
    }

    /// <summary>
    /// <c>sitrep eval timeml DIR</c>: reads every <c>*.tml</c> file of the folder (UTF-8; a file that is not, or is
    /// not TimeML, is reported and left out) and prints <see cref="TimeMlEvaluation.Score"/>'s measures.
    /// </summary>
    private static async Task<int> RunTimeMlAsync(string directory, bool misses, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        string[] files;
        try
        {
            files = Directory.GetFiles(directory, "*.tml", SearchOption.TopDirectoryOnly);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            await stderr.WriteLineAsync($"sitrep eval: cannot read the folder {PrintableText.Escape(directory)}: {InputFile.Unreadable(ex)}.").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        if (files.Length == 0)
        {
            await stderr.WriteLineAsync($"sitrep eval: {PrintableText.Escape(directory)} holds no .tml files.").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        Array.Sort(files, StringComparer.Ordinal);
        var documents = new List<TimeMlDocument>();
        var unread = 0;
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            string? problem;
            TimeMlDocument? document = null;
            try
            {
                var info = new FileInfo(file);
                if (info.Length > TimeMlDocument.MaxCharacters * 3L)
                {
                    problem = "larger than a gold document may be.";
                }
                else
                {
                    // XML is UTF-8 unless a byte order mark says otherwise; a bad byte is reported where it is, never replaced.
                    var decoded = DecodedText.Decode(await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false), DatasetEncoding.Utf8);
                    problem = decoded.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } bad
                        ? $"not valid {decoded.EncodingName}: {bad.Message}"
                        : TimeMlDocument.Read(name, decoded.Text.TrimStart('\uFEFF'), out document);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problem = "cannot be read: " + InputFile.Unreadable(ex) + ".";
            }

            if (problem is not null)
            {
                unread++;
                await stderr.WriteLineAsync($"{PrintableText.Escape(file)}: {PrintableText.Escape(problem)}").ConfigureAwait(false);
                continue;
            }

            documents.Add(document!);
        }

        var score = TimeMlEvaluation.Score(documents);
        await stdout.WriteLineAsync(score.ToString()).ConfigureAwait(false);
        if (misses)
        {
            foreach (var miss in score.Misses)
            {
                await stdout.WriteLineAsync("  " + PrintableText.Escape(miss)).ConfigureAwait(false);
            }
        }

        if (unread > 0)
        {
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{PrintableText.Escape(directory)}: {unread} document(s) could not be read and were left out of the scores.")).ConfigureAwait(false);
            return ExitCodes.DataErrors;
        }

        return ExitCodes.Clean;
    }

    private static async Task<int> RunRecognizersAsync(string directory, bool failures, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var results = new List<SuiteResult>();
        var malformed = new List<string>();
        foreach (var (file, evaluate) in new (string, Func<JsonElement, CaseResult>)[] { ("NumberModel.json", NumberCase), ("NumberRangeModel.json", RangeCase) })
        {
            var path = Path.Combine(directory, file);
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), new JsonDocumentOptions { MaxDepth = 64 });
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
            {
                await stderr.WriteLineAsync($"sitrep eval: cannot read {PrintableText.Escape(path)}: {(ex is JsonException ? "not JSON: " + PrintableText.Escape(ex.Message) : InputFile.Unreadable(ex))}.").ConfigureAwait(false);
                return ExitCodes.UsageOrIo;
            }

            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Array)
                {
                    await stderr.WriteLineAsync($"sitrep: {path}: expected a JSON array of test cases, found {document.RootElement.ValueKind.ToString().ToLowerInvariant()}.").ConfigureAwait(false);
                    return ExitCodes.DataErrors;
                }

                var suite = new SuiteResult(file);
                var index = 0;
                foreach (var element in document.RootElement.EnumerateArray())
                {
                    // A case of the wrong shape (a missing "Input", a number where text belongs) is gold that cannot be
                    // read: it is listed and left out, and the run ends with exit 1.
                    try
                    {
                        suite.Add(element.GetProperty("Input").GetString() ?? string.Empty, evaluate(element));
                    }
                    catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or FormatException or OverflowException or ArgumentException)
                    {
                        malformed.Add(string.Create(CultureInfo.InvariantCulture, $"{PrintableText.Escape(path)}: case {index}: cannot be read ({PrintableText.Escape(ex.Message)})"));
                    }

                    index++;
                }

                results.Add(suite);
            }
        }

        foreach (var problem in malformed)
        {
            await stderr.WriteLineAsync(problem).ConfigureAwait(false);
        }

        foreach (var suite in results)
        {
            await stdout.WriteLineAsync(suite.Report()).ConfigureAwait(false);
        }

        var inScope = results.Sum(r => r.InScope);
        var passed = results.Sum(r => r.Passed);
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"numbers in scope: {passed}/{inScope} passed ({Percent(passed, inScope)})")).ConfigureAwait(false);
        var dateTimes = await RunDateTimeSpecsAsync(directory, failures, stdout, stderr, cancellationToken).ConfigureAwait(false);
        return malformed.Count > 0 || !dateTimes ? ExitCodes.DataErrors : ExitCodes.Clean;
    }

    /// <summary>
    /// The date-time spec files the folder holds, through <see cref="RecognizersDateTimeSpecs.Score"/>: a line per file,
    /// the reasons cases are out of scope, and the pass rate in scope. False when a file present could not be read.
    /// </summary>
    private static async Task<bool> RunDateTimeSpecsAsync(string directory, bool failures, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        string[] files = ["DateTimeModel.json", "DateExtractor.json", "DateParser.json", "DatePeriodParser.json", "DurationParser.json", "SetParser.json", "TimeParser.json", "DateTimeParser.json"];
        var scores = new List<ConformanceScore>();
        var read = true;
        foreach (var file in files)
        {
            var path = Path.Combine(directory, file);
            if (!File.Exists(path))
            {
                continue;
            }

            string json;
            try
            {
                json = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"sitrep eval: cannot read {PrintableText.Escape(path)}: {InputFile.Unreadable(ex)}.").ConfigureAwait(false);
                read = false;
                continue;
            }

            var score = RecognizersDateTimeSpecs.Score(file, json);
            if (score.Problem is { } problem)
            {
                await stderr.WriteLineAsync($"sitrep eval: {PrintableText.Escape(path)}: {PrintableText.Escape(problem)}").ConfigureAwait(false);
                read = false;
                continue;
            }

            scores.Add(score);
            await stdout.WriteLineAsync(score.ToString()).ConfigureAwait(false);
            if (failures)
            {
                foreach (var failure in score.Failures)
                {
                    await stdout.WriteLineAsync("  " + PrintableText.Escape(failure)).ConfigureAwait(false);
                }
            }
        }

        if (scores.Count == 0)
        {
            return read;
        }

        foreach (var reason in scores.SelectMany(s => s.OutOfScope).GroupBy(p => p.Key, StringComparer.Ordinal).OrderByDescending(g => g.Sum(p => p.Value)))
        {
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  out of scope: {reason.Sum(p => p.Value)} {reason.Key}")).ConfigureAwait(false);
        }

        var passed = scores.Sum(s => s.Passed);
        var inScope = scores.Sum(s => s.Passed + s.Failed);
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"date-times in scope: {passed}/{inScope} passed ({Percent(passed, inScope)})")).ConfigureAwait(false);
        return read;
    }

    internal static string Percent(int part, int whole) => whole == 0 ? "n/a" : (100.0 * part / whole).ToString("F1", CultureInfo.InvariantCulture) + "%";

    /// <summary>A NumberModel case: every expected integer found at its place with its value, and nothing else.</summary>
    private static CaseResult NumberCase(JsonElement element)
    {
        if (OutOfScopeForDotnet(element) is { } notSupported)
        {
            return CaseResult.Out(notSupported);
        }

        var input = element.GetProperty("Input").GetString() ?? string.Empty;
        if (NotNewsCopy(input) is { } notNews)
        {
            return CaseResult.Out(notNews);
        }

        var expected = new List<(int Start, int End, decimal Value, string Text)>();
        foreach (var result in element.GetProperty("Results").EnumerateArray())
        {
            var resolution = result.GetProperty("Resolution");
            var subtype = resolution.TryGetProperty("subtype", out var s) ? s.GetString() : null;
            var text = result.GetProperty("Text").GetString() ?? string.Empty;
            var value = decimal.Parse(resolution.GetProperty("value").GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (subtype is "fraction" or "power")
            {
                return CaseResult.Out(subtype + "s are not counts");
            }

            if (value < 0)
            {
                return CaseResult.Out("negative numbers are not counts");
            }

            if (decimal.Truncate(value) != value)
            {
                return CaseResult.Out("decimals are not counts");
            }

            if ((text.Any(char.IsAsciiDigit) && text.Any(char.IsAsciiLetter) && !text.Contains(' ', StringComparison.Ordinal))
                || UnitAbbreviations.Contains(text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]))
            {
                return CaseResult.Out("unit suffixes and abbreviations (10k, 2.33 k, 10 bln, 3 dzs)");
            }

            if (DecimalComma.IsMatch(text))
            {
                return CaseResult.Out("decimal commas (5,00)");
            }

            expected.Add((result.GetProperty("Start").GetInt32(), result.GetProperty("End").GetInt32() + 1, value, text));
        }

        var mentions = NumberScanner.Find(input).ToList();
        var unmatched = mentions.ToList();
        foreach (var (start, end, value, text) in expected)
        {
            var match = unmatched.FirstOrDefault(m => m.Span.Start <= start && m.Span.End >= end && PointOf(m.Value) == value);
            if (match is null)
            {
                return CaseResult.Fail($"expected '{text}' = {value} at {start}; got {Describe(mentions)}");
            }

            unmatched.Remove(match);
        }

        return unmatched.Count == 0 ? CaseResult.Pass() : CaseResult.Fail($"unexpected {Describe(unmatched)}");
    }

    /// <summary>A NumberRangeModel case: the bound or closed range over counts, with the same words.</summary>
    private static CaseResult RangeCase(JsonElement element)
    {
        if (OutOfScopeForDotnet(element) is { } notSupported)
        {
            return CaseResult.Out(notSupported);
        }

        var input = element.GetProperty("Input").GetString() ?? string.Empty;
        if (NotNewsCopy(input) is { } notNews)
        {
            return CaseResult.Out(notNews);
        }

        var results = element.GetProperty("Results").EnumerateArray().ToList();
        var mentions = NumberScanner.Find(input).Where(m => m.Value.Qualifier is not EstimateQualifier.Exact || m.Form != NumberForm.Digits || m.Text.Any(char.IsAsciiLetter)).ToList();
        if (results.Count == 0)
        {
            if (input.IndexOfAny(['<', '>', '=']) >= 0)
            {
                return CaseResult.Out("mathematical comparisons ('or equal to', '200 or greater than', '>= 30')");
            }

            return mentions.Count == 0 ? CaseResult.Pass() : CaseResult.Fail($"unexpected {Describe(mentions)}");
        }

        if (results.Count > 1)
        {
            return CaseResult.Out("several ranges in one sentence");
        }

        var text = results[0].GetProperty("Text").GetString() ?? string.Empty;
        var interval = results[0].GetProperty("Resolution").GetProperty("value").GetString() ?? string.Empty;
        if (!TryInterval(interval, out var low, out var high, out var reason))
        {
            return CaseResult.Out(reason);
        }

        if (text.Contains("equal", StringComparison.OrdinalIgnoreCase) || text.EndsWith(" than", StringComparison.Ordinal) || text.EndsWith(" to", StringComparison.Ordinal)
            || text.IndexOfAny(['<', '>', '=']) >= 0 || input.IndexOfAny(['<', '>', '=']) >= 0)
        {
            return CaseResult.Out("mathematical comparisons ('or equal to', '200 or greater than', '>= 30')");
        }

        if (text.Contains(" and ", StringComparison.Ordinal) && !text.StartsWith("between", StringComparison.Ordinal) && !text.StartsWith("from", StringComparison.Ordinal))
        {
            return CaseResult.Out("two bounds joined into one range ('more than 100 and less than 300')");
        }

        var match = mentions.FirstOrDefault(m => string.Equals(m.Text, text, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            return CaseResult.Fail($"expected '{text}' = {interval}; got {Describe(mentions)}");
        }

        var (gotLow, gotHigh) = match.Value.IsExact ? (match.Value.Best, match.Value.Best) : (match.Value.Low, match.Value.High);
        return gotLow == low && gotHigh == high ? CaseResult.Pass() : CaseResult.Fail($"'{text}': expected {interval}, got {match.Value}");
    }

    /// <summary>Recognizers intervals as closed integer bounds: <c>(30,)</c> is at least 31, <c>(,100]</c> at most 100.</summary>
    private static bool TryInterval(string interval, out long? low, out long? high, out string reason)
    {
        low = null;
        high = null;
        reason = string.Empty;
        if (interval.Length < 3 || interval[0] is not ('(' or '[') || interval[^1] is not (')' or ']'))
        {
            reason = "not an interval";
            return false;
        }

        var parts = interval[1..^1].Split(',');
        if (parts.Length != 2)
        {
            reason = "not an interval";
            return false;
        }

        foreach (var part in parts)
        {
            if (part.Length > 0 && (!decimal.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || decimal.Truncate(v) != v || v < 0))
            {
                reason = "bounds that are fractions, decimals or negative are not counts";
                return false;
            }
        }

        if (parts[0].Length > 0 && parts[1].Length > 0 && interval[^1] == ')')
        {
            reason = "half-open two-sided range (Recognizers reads 'between 20 and 30' as excluding 30; counts are read inclusively)";
            return false;
        }

        if (parts[0].Length > 0)
        {
            var v = long.Parse(parts[0], CultureInfo.InvariantCulture);
            low = interval[0] == '(' ? v + 1 : v;
        }

        if (parts[1].Length > 0)
        {
            var v = long.Parse(parts[1], CultureInfo.InvariantCulture);
            high = interval[^1] == ')' ? v - 1 : v;
        }

        return true;
    }

    private static readonly HashSet<string> UnitAbbreviations = new(StringComparer.OrdinalIgnoreCase) { "k", "m", "g", "b", "t", "bln", "tln", "dzs", "dozs" };

    private static readonly Regex DecimalComma = new(@"^\d+,\d{1,2}$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex DigitDate = new(@"\d{1,4}/\d{1,2}/\d{1,4}", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex IpAddress = new(@"\d+\.\d+\.\d+\.\d+", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex Telephone = new(@"\+\d|phone", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    /// <summary>Inputs outside news copy's counts: Indian numbering, money, dates and codes in digits.</summary>
    private static string? NotNewsCopy(string input) =>
        input.Contains("lakh", StringComparison.OrdinalIgnoreCase) || input.Contains("crore", StringComparison.OrdinalIgnoreCase) ? "Indian numbering (lakh, crore)"
        : input.IndexOfAny(['$', '£', '€']) >= 0 ? "money amounts (not counts of people)"
        : DigitDate.IsMatch(input) ? "dates written in digits"
        : IpAddress.IsMatch(input) ? "IP addresses"
        : Telephone.IsMatch(input) ? "telephone numbers"
        : null;

    private static string? OutOfScopeForDotnet(JsonElement element)
    {
        foreach (var key in new[] { "NotSupported", "NotSupportedByDesign" })
        {
            if (element.TryGetProperty(key, out var value) && (value.GetString() ?? string.Empty).Contains("dotnet", StringComparison.OrdinalIgnoreCase))
            {
                return "marked not supported for .NET by the suite";
            }
        }

        return null;
    }

    private static decimal? PointOf(Estimate value) => value.Best ?? value.Low ?? value.High;

    private static string Describe(IEnumerable<NumberMention> mentions)
    {
        var list = mentions.Select(m => $"'{m.Text}' = {m.Value}").ToList();
        return list.Count == 0 ? "nothing" : string.Join(", ", list);
    }

    private sealed record CaseResult(bool? Passed, string? Detail)
    {
        internal static CaseResult Pass() => new(true, null);

        internal static CaseResult Fail(string detail) => new(false, detail);

        internal static CaseResult Out(string reason) => new(null, reason);
    }

    private sealed class SuiteResult(string name)
    {
        private readonly List<(string Input, string Detail)> failures = [];
        private readonly Dictionary<string, int> outOfScope = new(StringComparer.Ordinal);

        internal int InScope { get; private set; }

        internal int Passed { get; private set; }

        internal void Add(string input, CaseResult result)
        {
            if (result.Passed is null)
            {
                outOfScope[result.Detail!] = outOfScope.GetValueOrDefault(result.Detail!) + 1;
                return;
            }

            InScope++;
            if (result.Passed == true)
            {
                Passed++;
            }
            else
            {
                failures.Add((input, result.Detail!));
            }
        }

        internal string Report()
        {
            var lines = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{name}: {Passed}/{InScope} in scope passed ({Percent(Passed, InScope)}); {outOfScope.Values.Sum()} out of scope") };
            lines.AddRange(outOfScope.OrderByDescending(o => o.Value).Select(o => string.Create(CultureInfo.InvariantCulture, $"  out of scope, {o.Value}: {o.Key}")));
            lines.AddRange(failures.Select(f => $"  FAIL \"{PrintableText.Escape(f.Input)}\": {PrintableText.Escape(f.Detail)}"));
            return string.Join('\n', lines);
        }
    }
}
