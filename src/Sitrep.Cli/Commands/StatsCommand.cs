using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
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
        var statistics = new DatasetStatistics();
        var errors = await IncidentFile.ReadAsync("stats", path, from, readerOptions, maxDiagnostics, keepSourceRecords: false, statistics.Add, statistics.AddActors, stderr, stdin, cancellationToken).ConfigureAwait(false);
        if (errors is null)
        {
            return ExitCodes.UsageOrIo;
        }

        await (format == OutputFormat.Json ? WriteJsonAsync(stdout, path, statistics, top) : WriteTextAsync(stdout, path, statistics, top)).ConfigureAwait(false);
        return errors > 0 ? ExitCodes.DataErrors : ExitCodes.Clean;
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
