using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Revisions;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep diff OLD NEW</c>: the incidents two versions of a dataset (two releases, two exports) add, delete and
/// revise, matched by id, and for each revised one the fields that changed with both values, as text or JSON.
/// </summary>
internal static class DiffCommand
{
    internal static Command Create(TextWriter stdout, TextWriter stderr, Stream stdin)
    {
        var before = new Argument<string>("old") { Description = "The older version: canonical JSON or JSON Lines, or a dataset file (acled, ucdp, gdelt, polecat, plover)." }.Refused();
        var after = new Argument<string>("new") { Description = "The newer version, in the same or another format." }.Refused();
        var from = InputFormats.FromOption();
        var format = ChoiceOptions.ForEnum<OutputFormat>("--format", "Output: text or json.");
        var dateOrder = InputFormats.DateOrderOption();
        var encoding = InputFormats.EncodingOption();
        var maxDiagnostics = DiagnosticList.MaxOption("How many diagnostics of each file to list on standard error (the rest are counted and summarised by code); 0 lists all. Default 1000.");
        var command = new Command("diff", "Compare two versions of a dataset: incidents added, deleted and revised (matched by id), and for revised ones the fields that changed (killed, casualties, time, place, participants, ... and each original column). Exit 0 when they hold the same incidents, 1 when they differ or a row could not be read, 2 on usage or I/O errors.")
        {
            before,
            after,
            from,
            format,
            dateOrder,
            encoding,
            maxDiagnostics,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(before)!, parse.GetValue(after)!, parse.GetValue(from), parse.GetValue(format), InputFormats.ReaderOptions(parse.GetValue(dateOrder), parse.GetValue(encoding)), parse.GetValue(maxDiagnostics), stdout, stderr, stdin, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string beforePath, string afterPath, InputFormat from, OutputFormat format, Sitrep.Datasets.DatasetReaderOptions readerOptions, int maxDiagnostics, TextWriter stdout, TextWriter stderr, Stream stdin, CancellationToken cancellationToken)
    {
        if (beforePath == "-" && afterPath == "-")
        {
            await stderr.WriteLineAsync("sitrep diff: only one of the two versions can be read from standard input.").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        // The older version is held, the newer streamed past it.
        var comparer = new DatasetComparer();
        var older = await IncidentFile.ReadAsync("diff", beforePath, from, readerOptions, maxDiagnostics, keepSourceRecords: true, comparer.AddBefore, null, stderr, stdin, cancellationToken).ConfigureAwait(false);
        if (older is not { } olderRejected)
        {
            return ExitCodes.UsageOrIo;
        }

        var newer = await IncidentFile.ReadAsync("diff", afterPath, from, readerOptions, maxDiagnostics, keepSourceRecords: true, incident => comparer.CompareAfter(incident), null, stderr, stdin, cancellationToken).ConfigureAwait(false);
        if (newer is not { } newerRejected)
        {
            return ExitCodes.UsageOrIo;
        }

        var difference = comparer.Finish();
        foreach (var diagnostic in difference.Diagnostics)
        {
            var path = diagnostic.Path == "/before" ? beforePath : afterPath;
            await stderr.WriteLineAsync(PrintableText.Escape(path) + ": " + diagnostic).ConfigureAwait(false);
        }

        var unread = olderRejected + newerRejected;
        await (format == OutputFormat.Json
            ? WriteJsonAsync(stdout, beforePath, afterPath, difference, unread)
            : WriteTextAsync(stdout, beforePath, afterPath, difference, unread)).ConfigureAwait(false);
        return difference.IsEmpty && unread == 0 ? ExitCodes.Clean : ExitCodes.DataErrors;
    }

    private static async Task WriteTextAsync(TextWriter stdout, string beforePath, string afterPath, DatasetDifference difference, long unread)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(inv, $"{PrintableText.Escape(beforePath)} -> {PrintableText.Escape(afterPath)}: {difference.Unchanged} unchanged, {difference.Added} added, {difference.Deleted} deleted, {difference.Revised} revised");
        text.Append(unread > 0 ? string.Create(inv, $"; {unread} row(s) could not be read and are not compared (an incident in such a row shows as deleted or added)\n") : "\n");
        foreach (var revision in difference.Revisions)
        {
            var mark = revision.Kind switch { RevisionKind.Added => '+', RevisionKind.Deleted => '-', _ => '~' };
            text.Append(mark).Append(' ').Append(PrintableText.Escape(revision.Id.Value));
            if (revision.Kind == RevisionKind.Revised)
            {
                text.Append(": ").AppendJoin("; ", revision.Changes.Select(c => $"{c.Field} {Shown(c.Before)} -> {Shown(c.After)}"));
            }

            text.Append('\n');
        }

        await stdout.WriteAsync(text.ToString()).ConfigureAwait(false);
    }

    // One line per incident: a value is shown escaped and cut at 120 characters (the JSON output has it whole),
    // (none) where a version has none.
    private static string Shown(string? value) =>
        value is null ? "(none)" : PrintableText.Escape(value.Length <= 120 ? value : string.Concat(value.AsSpan(0, 117), "..."))!;

    private static async Task WriteJsonAsync(TextWriter stdout, string beforePath, string afterPath, DatasetDifference difference, long unread)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("old", beforePath);
            json.WriteString("new", afterPath);
            json.WriteNumber("unchanged", difference.Unchanged);
            json.WriteNumber("added", difference.Added);
            json.WriteNumber("deleted", difference.Deleted);
            json.WriteNumber("revised", difference.Revised);
            json.WriteNumber("unread", unread);
            json.WriteStartArray("incidents");
            foreach (var revision in difference.Revisions)
            {
                json.WriteStartObject();
                json.WriteString("id", revision.Id.Value);
                json.WriteString("change", revision.Kind switch { RevisionKind.Added => "added", RevisionKind.Deleted => "deleted", _ => "revised" });
                if (revision.Kind == RevisionKind.Revised)
                {
                    json.WriteStartArray("fields");
                    foreach (var change in revision.Changes)
                    {
                        json.WriteStartObject();
                        json.WriteString("field", change.Field);
                        json.WriteString("old", change.Before);
                        json.WriteString("new", change.After);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        await stdout.WriteLineAsync(Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
    }
}
