using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Tasks;
using Sitrep.Validation;

namespace Sitrep.Cli.Commands;

/// <summary>Prints validation reports as text or JSON.</summary>
internal static class ReportWriter
{
    internal static async Task WriteTextAsync(TextWriter stdout, TextWriter stderr, IReadOnlyList<FileReport> reports)
    {
        long errors = 0, warnings = 0;
        foreach (var report in reports)
        {
            foreach (var diagnostic in report.Diagnostics)
            {
                var target = report.IoFailed ? stderr : stdout;
                await target.WriteLineAsync(PrintableText.Escape(report.Path) + ":" + diagnostic).ConfigureAwait(false);
            }

            if (report.All.Summary(PrintableText.Escape(report.Path)!) is { } notListed)
            {
                await stdout.WriteLineAsync(notListed).ConfigureAwait(false);
            }

            errors += report.Errors;
            warnings += report.Warnings;
            if (report.RowCounts is { } counts)
            {
                await stdout.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{PrintableText.Escape(report.Path)}: {report.Layout ?? "unrecognised layout"}: {counts.Read} rows read, {counts.Accepted} accepted, {counts.Rejected} rejected; {Plural(report.Errors, "error")}, {Plural(report.Warnings, "warning")}")).ConfigureAwait(false);
            }
            else if (report.Dataset is { } dataset)
            {
                await stdout.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{PrintableText.Escape(report.Path)}: {dataset.Sources.Count} sources, {dataset.Actors.Count} actors, {dataset.Incidents.Count} incidents, {report.CasualtyCounts} casualty counts, {dataset.Statements.Count} statements; {Plural(report.Errors, "error")}, {Plural(report.Warnings, "warning")}")).ConfigureAwait(false);
            }
        }

        var verdict = errors > 0 ? "invalid" : "valid";
        await stdout.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{Plural(reports.Count, "file")} checked: {Plural(errors, "error")}, {Plural(warnings, "warning")}; {verdict}")).ConfigureAwait(false);
    }

    internal static async Task WriteJsonAsync(TextWriter stdout, IReadOnlyList<FileReport> reports)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            long errors = 0, warnings = 0;
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var report in reports)
            {
                errors += report.Errors;
                warnings += report.Warnings;
                json.WriteStartObject();
                json.WriteString("file", report.Path);
                json.WriteNumber("errors", report.Errors);
                json.WriteNumber("warnings", report.Warnings);
                if (report.RowCounts is { } counts)
                {
                    json.WriteString("layout", report.Layout);
                    json.WriteStartObject("rows");
                    json.WriteNumber("read", counts.Read);
                    json.WriteNumber("accepted", counts.Accepted);
                    json.WriteNumber("rejected", counts.Rejected);
                    json.WriteEndObject();
                }

                if (report.Dataset is { } dataset)
                {
                    json.WriteStartObject("summary");
                    json.WriteNumber("sources", dataset.Sources.Count);
                    json.WriteNumber("actors", dataset.Actors.Count);
                    json.WriteNumber("incidents", dataset.Incidents.Count);
                    json.WriteNumber("casualtyCounts", report.CasualtyCounts);
                    json.WriteNumber("statements", dataset.Statements.Count);
                    json.WriteEndObject();
                }

                json.WriteStartArray("diagnostics");
                foreach (var diagnostic in report.Diagnostics)
                {
                    WriteDiagnostic(json, diagnostic);
                }

                json.WriteEndArray();
                if (report.All.NotKept > 0)
                {
                    // The diagnostics past --max-diagnostics, counted by code.
                    json.WriteNumber("diagnosticsNotListed", report.All.NotKept);
                    json.WriteStartObject("notListedByCode");
                    foreach (var (code, count) in report.All.NotKeptByCode)
                    {
                        json.WriteNumber(code, count);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("errors", errors);
            json.WriteNumber("warnings", warnings);
            json.WriteBoolean("valid", errors == 0);
            json.WriteEndObject();
        }

        await stdout.WriteLineAsync(Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("code", diagnostic.Code);
        json.WriteString("severity", diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        });
        if (diagnostic.Path is not null)
        {
            json.WriteString("path", diagnostic.Path);
        }

        if (diagnostic.Line is { } line)
        {
            json.WriteNumber("line", line);
        }

        if (diagnostic.Column is { } column)
        {
            json.WriteNumber("column", column);
        }

        json.WriteString("message", diagnostic.Message);
        if (diagnostic.Value is not null)
        {
            json.WriteString("value", diagnostic.Value);
        }

        json.WriteEndObject();
    }

    private static string Plural(long count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
