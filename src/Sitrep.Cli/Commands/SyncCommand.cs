using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.Text;
using Sitrep.Sources;
using Sitrep.Sources.Acled;
using Sitrep.Sources.Gdelt;
using Sitrep.Sources.Store;
using Sitrep.Sources.Ucdp;
using Sitrep.Validation;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep sync acled|ucdp|gdelt --store DIR</c>: keeps a local store current with a provider: the first run
/// downloads, later runs fetch only what changed and apply deletions; an interrupted run is taken up by the next.
/// Credentials come from the environment or a secrets file, never from the command line.
/// </summary>
internal static class SyncCommand
{
    internal static Command Create(TextWriter stdout, TextWriter stderr, HttpMessageHandler? handler)
    {
        var command = new Command("sync", "Keep a local store (an SQLite database in a folder) current with ACLED, UCDP or GDELT: the first run downloads, later runs fetch only what changed and apply revisions and deletions; a run that stops (quota, Ctrl+C) is resumed by the next. Read the store with 'sitrep convert DIR/DATASET' or 'sitrep diff DIR/DATASET@SYNC DIR/DATASET'. Credentials come from environment variables or a secrets file (SITREP_SECRETS), never from arguments. Exit 0 when the sync finished and every record read, 1 when records were rejected or the provider stopped the sync (run again to resume), 2 on usage, credentials or I/O errors.")
        {
            Acled(stdout, stderr, handler),
            Ucdp(stdout, stderr, handler),
            Gdelt(stdout, stderr, handler),
        };
        return command;
    }

    private static Option<string> StoreOption() => new("--store")
    {
        Description = "The store's folder (made when it does not exist).",
        Required = true,
    };

    private static Option<string?> SecretsOption() => new("--secrets")
    {
        Description = "A secrets file (a JSON object of variable names to values) read after the environment; default: the file SITREP_SECRETS names, else ~/.config/sitrep/secrets.json.",
    };

    private static Option<string?> EndpointOption(Uri provider) => new("--endpoint")
    {
        Description = $"The API's base address, for a mirror or a proxy (default {provider}).",
    };

    private static Option<string?> DateOption(string name, string description) => new(name) { Description = description + " (YYYY-MM-DD)." };

    private static Command Acled(TextWriter stdout, TextWriter stderr, HttpMessageHandler? handler)
    {
        var store = StoreOption();
        var secrets = SecretsOption();
        var endpoint = EndpointOption(AcledClient.DefaultBaseAddress);
        var country = new Option<string[]>("--country") { Description = "A country by ACLED's name (repeat for several).", AllowMultipleArgumentsPerToken = false };
        var region = new Option<int[]>("--region") { Description = "A region by ACLED's number (repeat for several)." };
        var eventType = new Option<string[]>("--event-type") { Description = "An event type, such as 'Battles' (repeat for several)." };
        var from = DateOption("--from", "The first event date");
        var to = DateOption("--to", "The last event date");
        var command = new Command("acled", "Sync ACLED events (account in ACLED_USERNAME and ACLED_PASSWORD) into the store's 'acled' dataset; increments are kept per set of filters.")
        {
            store, secrets, endpoint, country, region, eventType, from, to,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!TryDate(parse.GetValue(from), "--from", stderr, out var first) || !TryDate(parse.GetValue(to), "--to", stderr, out var last)
                || !TryEndpoint(parse.GetValue(endpoint), stderr, out var address))
            {
                return ExitCodes.UsageOrIo;
            }

            var filters = new AcledQuery
            {
                Countries = ValueArray.From(parse.GetValue(country) ?? []),
                Regions = ValueArray.From(parse.GetValue(region) ?? []),
                EventTypes = ValueArray.From(parse.GetValue(eventType) ?? []),
                From = first,
                To = last,
            };
            return await RunAsync("acled", parse.GetValue(store)!, parse.GetValue(secrets), stdout, stderr, keys =>
            {
                var credentials = AcledCredentials.From(keys);
                return async (folder, ct) =>
                {
                    using var client = new AcledClient(credentials, new SourceClientOptions { BaseAddress = address }, handler);
                    return await AcledSync.RunAsync(folder, client, filters, Progress(stderr), ct).ConfigureAwait(false);
                };
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static Command Ucdp(TextWriter stdout, TextWriter stderr, HttpMessageHandler? handler)
    {
        var store = StoreOption();
        var secrets = SecretsOption();
        var endpoint = EndpointOption(UcdpClient.DefaultBaseAddress);
        var version = new Option<string>("--version") { Description = "The GED version: a yearly release (25.1) or a Candidate version (26.0.8).", Required = true };
        var country = new Option<int[]>("--country") { Description = "A country by Gleditsch-Ward number, such as 369 (repeat for several)." };
        var from = DateOption("--from", "The first date");
        var to = DateOption("--to", "The last date");
        var command = new Command("ucdp", "Sync a UCDP GED version (token in UCDP_ACCESS_TOKEN) into the store's 'ucdp-VERSION' dataset: each run pulls the version whole, records what changed and marks deleted what it no longer has; a run stopped by the daily quota resumes at its next page.")
        {
            store, secrets, endpoint, version, country, from, to,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!TryDate(parse.GetValue(from), "--from", stderr, out var first) || !TryDate(parse.GetValue(to), "--to", stderr, out var last)
                || !TryEndpoint(parse.GetValue(endpoint), stderr, out var address))
            {
                return ExitCodes.UsageOrIo;
            }

            UcdpQuery query;
            try
            {
                query = new UcdpQuery(parse.GetValue(version)!) { Countries = ValueArray.From(parse.GetValue(country) ?? []), From = first, To = last };
            }
            catch (ArgumentException e)
            {
                await stderr.WriteLineAsync("sitrep sync ucdp: " + PrintableText.Escape(e.Message.Split(" (Parameter", 2)[0])).ConfigureAwait(false);
                return ExitCodes.UsageOrIo;
            }

            return await RunAsync("ucdp", parse.GetValue(store)!, parse.GetValue(secrets), stdout, stderr, keys =>
            {
                var credentials = UcdpCredentials.From(keys);
                return async (folder, ct) =>
                {
                    using var client = new UcdpClient(credentials, new SourceClientOptions { BaseAddress = address }, handler);
                    return await UcdpSync.RunAsync(folder, client, query, Progress(stderr), ct).ConfigureAwait(false);
                };
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static Command Gdelt(TextWriter stdout, TextWriter stderr, HttpMessageHandler? handler)
    {
        var store = StoreOption();
        var endpoint = EndpointOption(GdeltBulkClient.DefaultBaseAddress);
        var from = DateOption("--from", "The first day of event files to take (UTC); without --from and --to, the latest file");
        var to = DateOption("--to", "The last day of event files to take (UTC)");
        var command = new Command("gdelt", "Sync GDELT 2.0 event files into the store's 'gdelt-events' dataset: the latest 15-minute file, or every file of the days given; each file is checked against the list's size and MD5 and taken once. No credentials needed.")
        {
            store, endpoint, from, to,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!TryDate(parse.GetValue(from), "--from", stderr, out var first) || !TryDate(parse.GetValue(to), "--to", stderr, out var last)
                || !TryEndpoint(parse.GetValue(endpoint), stderr, out var address))
            {
                return ExitCodes.UsageOrIo;
            }

            var start = first?.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
            var end = last?.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
            return await RunAsync("gdelt", parse.GetValue(store)!, null, stdout, stderr, _ => async (folder, ct) =>
            {
                using var client = new GdeltBulkClient(new SourceClientOptions { BaseAddress = address }, handler);
                return await GdeltSync.RunAsync(folder, client, start, end, Progress(stderr), ct).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Reads the credentials first (a missing one touches no store), then opens the store and syncs it.</summary>
    private static async Task<int> RunAsync(string provider, string folder, string? secretsFile, TextWriter stdout, TextWriter stderr, Func<SourceSecrets, Func<SourceStore, CancellationToken, Task<SyncReport>>> prepare, CancellationToken cancellationToken)
    {
        var name = "sitrep sync " + provider;
        try
        {
            var sync = prepare(SourceSecrets.Load(secretsFile));
            using var store = SourceStore.Open(folder);
            var report = await sync(store, cancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in report.Diagnostics)
            {
                await stderr.WriteLineAsync(name + ": " + Shown(diagnostic)).ConfigureAwait(false);
            }

            var total = store.ReadDatasets().FirstOrDefault(d => d.Name == report.Dataset);
            await stdout.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{report.Dataset}: sync {report.SyncId}{(report.Resumed ? " (resumed)" : string.Empty)} {(report.Completed ? "finished" : "stopped; run again to resume")}: {report.Added} added, {report.Revised} revised, {report.Deleted} deleted, {report.Restored} restored, {report.Unchanged} unchanged, {report.Rejected} rejected, {report.Pages} pages; the store holds {total?.Records ?? 0} records ({total?.Deleted ?? 0} deleted).")).ConfigureAwait(false);
            return report.Completed && report.Rejected == 0 ? ExitCodes.Clean : ExitCodes.DataErrors;
        }
        catch (SourceException e)
        {
            await stderr.WriteLineAsync(name + ": " + Shown(e.Diagnostic)).ConfigureAwait(false);
            return e.Diagnostic.Code is SourceDiagnosticCodes.MissingCredentials or SourceDiagnosticCodes.StoreUnreadable or SourceDiagnosticCodes.Unauthorized
                ? ExitCodes.UsageOrIo
                : ExitCodes.DataErrors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"{name}: cannot use the store {PrintableText.Escape(folder)}: {PrintableText.Escape(e.Message)}").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }
    }

    private static LineProgress Progress(TextWriter stderr) => new(stderr);

    /// <summary>A diagnostic as one line: its place (a request's address and pointer, a file) when it has one.</summary>
    private static string Shown(Diagnostic diagnostic) => PrintableText.Escape(diagnostic.Path is null && diagnostic.Line is null
        ? $"{diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Code}: {diagnostic.Message}" + (diagnostic.Value is { } value ? $" (value: {value})" : string.Empty)
        : diagnostic.ToString())!;

    private static bool TryDate(string? text, string option, TextWriter stderr, out LocalDate? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        var result = LocalDatePattern.Iso.Parse(text.Trim());
        if (result.Success)
        {
            date = result.Value;
            return true;
        }

        stderr.WriteLine($"sitrep sync: {option} takes a date as YYYY-MM-DD, not '{PrintableText.Escape(text)}'.");
        return false;
    }

    private static bool TryEndpoint(string? text, TextWriter stderr, out Uri? address)
    {
        address = null;
        if (text is null)
        {
            return true;
        }

        if (Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
        {
            address = uri;
            return true;
        }

        stderr.WriteLine($"sitrep sync: --endpoint takes an http or https address, not '{PrintableText.Escape(text)}'.");
        return false;
    }

    /// <summary>A line on standard error per page when it is a terminal; nothing when it is redirected.</summary>
    private sealed class LineProgress(TextWriter stderr) : IProgress<SyncReport>
    {
        public void Report(SyncReport value)
        {
            if (ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected)
            {
                stderr.Write(string.Create(CultureInfo.InvariantCulture, $"\r{value.Dataset}: {value.Pages} pages, {value.Added} added, {value.Revised} revised, {value.Deleted} deleted   "));
            }
        }
    }
}
