using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep stats FILE</c>: incidents by type and by month, casualties by outcome and the top actors, for canonical
/// JSON, JSON Lines or any dataset format (streamed through its mapper). <c>--format json</c> gives the same as JSON.
/// </summary>
internal static class StatsCommand
{
    internal static Command Create(TextWriter stdout, TextWriter stderr, Stream stdin)
    {
        var file = new Argument<string>("file") { Description = "A canonical JSON or JSON Lines file, or a dataset file (acled, ucdp, gdelt, polecat, plover)." }.Refused();
        var from = InputFormats.FromOption();
        var format = ChoiceOptions.ForEnum<OutputFormat>("--format", "Output: text or json.");
        var top = new Option<int>("--top") { Description = "How many actors to list (0 or more).", DefaultValueFactory = _ => 10 };
        top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--top must be 0 or more.");
            }
        });
        var dateOrder = InputFormats.DateOrderOption();
        var encoding = InputFormats.EncodingOption();
        var maxDiagnostics = DiagnosticList.MaxOption("How many diagnostics to list on standard error (the rest are counted and summarised by code); 0 lists all. Default 1000.");
        var command = new Command("stats", "Print incidents by type and by month, casualties by outcome and the top actors. Exit 0 when the file read cleanly, 1 when it had errors, 2 on usage or I/O errors.")
        {
            file,
            from,
            format,
            top,
            dateOrder,
            encoding,
            maxDiagnostics,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(file)!, parse.GetValue(from), parse.GetValue(format), parse.GetValue(top), InputFormats.ReaderOptions(parse.GetValue(dateOrder), parse.GetValue(encoding)), parse.GetValue(maxDiagnostics), stdout, stderr, stdin, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string path, InputFormat from, OutputFormat format, int top, Sitrep.Datasets.DatasetReaderOptions readerOptions, int maxDiagnostics, TextWriter stdout, TextWriter stderr, Stream stdin, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticList(maxDiagnostics);
        var statistics = new DatasetStatistics();
        long errors;
        InputFile input;
        try
        {
            input = await InputFile.OpenAsync(path, stdin, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"sitrep stats: cannot read {PrintableText.Escape(path)}: {InputFile.Unreadable(ex)}.").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        await using (input.ConfigureAwait(false))
        {
            var resolved = InputFormats.Resolve(from, path, input.Head);
            if (MappedDatasets.IsDataset(resolved))
            {
                try
                {
                    var progress = input.Size is { } size ? Progress.ForTerminal(stderr, size) : null;
                    errors = await AddRowsAsync(MappedDatasets.Open(resolved, input, path, keepSourceRecords: false, readerOptions), statistics, diagnostics, () => progress?.Report(statistics.Incidents, input.BytesRead), cancellationToken).ConfigureAwait(false);
                    progress?.Done();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    await stderr.WriteLineAsync("sitrep: " + PrintableText.Escape(ex.Message)).ConfigureAwait(false);
                    return ExitCodes.UsageOrIo;
                }
            }
            else
            {
                var report = await DatasetFileValidator.ReadAsync(input, resolved, cancellationToken, maxDiagnostics: maxDiagnostics).ConfigureAwait(false);
                foreach (var diagnostic in report.Diagnostics)
                {
                    await stderr.WriteLineAsync(PrintableText.Escape(path) + ":" + diagnostic).ConfigureAwait(false);
                }

                if (report.All.Summary(PrintableText.Escape(path)!) is { } notListed)
                {
                    await stderr.WriteLineAsync(notListed).ConfigureAwait(false);
                }

                if (report.IoFailed)
                {
                    return ExitCodes.UsageOrIo;
                }

                if (report.Dataset is { } dataset)
                {
                    statistics.AddActors(dataset.Actors);
                    foreach (var incident in dataset.Incidents)
                    {
                        statistics.Add(incident);
                    }
                }

                errors = report.Errors;
            }
        }

        // A dataset's rejected rows and file-wide findings: listed up to the limit, the rest summarised by code.
        foreach (var diagnostic in diagnostics.Kept)
        {
            await stderr.WriteLineAsync(PrintableText.Escape(path) + ":" + diagnostic).ConfigureAwait(false);
        }

        if (diagnostics.Summary(PrintableText.Escape(path)!) is { } more)
        {
            await stderr.WriteLineAsync(more).ConfigureAwait(false);
        }

        await (format == OutputFormat.Json ? WriteJsonAsync(stdout, path, statistics, top) : WriteTextAsync(stdout, path, statistics, top)).ConfigureAwait(false);
        return errors > 0 ? ExitCodes.DataErrors : ExitCodes.Clean;
    }

    // Streams the file through the mapper; returns the number of rejected rows (and 1 for an unrecognised file).
    private static async Task<int> AddRowsAsync(IMappedDataset dataset, DatasetStatistics statistics, DiagnosticList diagnostics, Action report, CancellationToken cancellationToken)
    {
        using (dataset)
        {
            var rows = 0L;
            await foreach (var row in dataset.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows++;
                report();
                foreach (var diagnostic in row.Diagnostics)
                {
                    diagnostics.Add(diagnostic);
                }

                if (row.Incident is { } incident)
                {
                    statistics.Add(incident);
                }
            }

            statistics.AddActors(dataset.Actors);
            foreach (var diagnostic in dataset.FileDiagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            return (int)Math.Min(int.MaxValue, dataset.Counts.Rejected) + (rows == 0 && dataset.FileDiagnostics.Any(d => d.IsError) ? 1 : 0);
        }
    }

    private static async Task WriteTextAsync(TextWriter stdout, string path, DatasetStatistics statistics, int top)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"{PrintableText.Escape(path)}: {statistics.Incidents} incidents\n");
        text.Append("Incidents by type:\n");
        foreach (var (type, count) in statistics.ByType)
        {
            text.Append(inv, $"  {type,-24} {count,10}\n");
        }

        text.Append("Incidents by month (first..last month when not known to the month):\n");
        foreach (var (month, count) in statistics.ByMonth)
        {
            text.Append(inv, $"  {month,-24} {count,10}\n");
        }

        text.Append("Casualties by outcome (sum over incidents of the largest best figure each reports):\n");
        foreach (var (outcome, count) in statistics.CasualtiesByOutcome)
        {
            var unknown = statistics.UnknownTollsByOutcome.GetValueOrDefault(outcome);
            text.Append(inv, $"  {outcome,-24} {count,10}{(unknown > 0 ? $"  (and {Incidents(unknown)} with an unknown toll)" : string.Empty)}\n");
        }

        foreach (var (outcome, unknown) in statistics.UnknownTollsByOutcome)
        {
            if (!statistics.CasualtiesByOutcome.ContainsKey(outcome))
            {
                text.Append(inv, $"  {outcome,-24} {"unknown",10}  ({Incidents(unknown)} with an unknown toll)\n");
            }
        }

        text.Append(inv, $"Top actors (by incidents):\n");
        foreach (var (_, name, count) in statistics.TopActors(top))
        {
            text.Append(inv, $"  {PrintableText.Escape(name),-48} {count,10}\n");
        }

        await stdout.WriteAsync(text.ToString()).ConfigureAwait(false);
    }

    private static string Incidents(long count) =>
        count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " incident" : " incidents");

    private static async Task WriteJsonAsync(TextWriter stdout, string path, DatasetStatistics statistics, int top)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("file", path);
            json.WriteNumber("incidents", statistics.Incidents);
            WriteCounts(json, "byType", statistics.ByType);
            WriteCounts(json, "byMonth", statistics.ByMonth);
            json.WriteStartObject("casualtiesByOutcome");
            foreach (var (outcome, count) in statistics.CasualtiesByOutcome)
            {
                json.WriteNumber(outcome, count);
            }

            json.WriteEndObject();
            WriteCounts(json, "unknownTollsByOutcome", statistics.UnknownTollsByOutcome);
            json.WriteStartArray("topActors");
            foreach (var (id, name, count) in statistics.TopActors(top))
            {
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteString("name", name);
                json.WriteNumber("incidents", count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        await stdout.WriteLineAsync(Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, long>> counts)
    {
        json.WriteStartObject(name);
        foreach (var (key, count) in counts)
        {
            json.WriteNumber(key, count);
        }

        json.WriteEndObject();
    }
}
