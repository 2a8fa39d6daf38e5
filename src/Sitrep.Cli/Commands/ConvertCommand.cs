using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Actors;
using Sitrep.Datasets;
using Sitrep.Datasets.Acled;
using Sitrep.Datasets.Ucdp;
using Sitrep.Serialization;
using Sitrep.Validation;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep convert IN -o OUT --from ucdp|acled --to sitrep|jsonl</c>: read a dataset file row by row, map each accepted
/// row into the model and write canonical JSON or JSON Lines. JSON Lines output streams: each actor is written when
/// first seen, before the incident that names it. Rejected rows are reported, never dropped silently.
/// </summary>
internal static class ConvertCommand
{
    internal static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("input") { Description = "The dataset file to convert." };
        var output = new Option<string>("--output", "-o") { Description = "The file to write.", Required = true };
        var from = InputFormats.FromOption();
        var to = new Option<OutputKind>("--to") { Description = "Output: sitrep (canonical JSON) or jsonl (JSON Lines). Default: from the output file name.", DefaultValueFactory = _ => OutputKind.Auto };
        var command = new Command("convert", "Convert a dataset file (ucdp, acled) into canonical JSON or JSON Lines. Exit 0 when every row converted, 1 when rows were rejected, 2 on usage or I/O errors.")
        {
            input,
            output,
            from,
            to,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(from), parse.GetValue(to), stdout, stderr, cancellationToken));
        return command;
    }

    internal enum OutputKind
    {
        Auto,
        Sitrep,
        Jsonl,
    }

    private static async Task<int> RunAsync(string input, string output, InputFormat from, OutputKind to, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        from = InputFormats.Resolve(from, input);
        if (from is not (InputFormat.Ucdp or InputFormat.Acled))
        {
            await stderr.WriteLineAsync("sitrep convert reads --from ucdp or --from acled so far; GDELT and PLOVER conversions are still to come.").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        var kind = to != OutputKind.Auto ? to
            : output.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || output.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) ? OutputKind.Jsonl
            : OutputKind.Sitrep;
        var diagnostics = new List<Diagnostic>();
        DatasetReadCounts counts;
        string? layout;
        long written;
        try
        {
            await using var target = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
            if (from == InputFormat.Ucdp)
            {
                using var reader = UcdpGedReader.OpenFile(input);
                written = await ConvertAsync(reader, new UcdpGedMapper(), kind, target, diagnostics, cancellationToken).ConfigureAwait(false);
                counts = reader.Counts;
                layout = reader.LayoutDescription;
            }
            else
            {
                using var reader = AcledEventReader.OpenFile(input);
                written = await ConvertAsync(reader, new AcledEventMapper(), kind, target, diagnostics, cancellationToken).ConfigureAwait(false);
                counts = reader.Counts;
                layout = reader.LayoutDescription;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync("sitrep: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        foreach (var diagnostic in diagnostics)
        {
            await stdout.WriteLineAsync(input + ":" + diagnostic).ConfigureAwait(false);
        }

        await stdout.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{input}: {layout ?? "unrecognised layout"}: {counts.Read} rows read, {written} incidents written to {output}, {counts.Rejected} rejected")).ConfigureAwait(false);
        return counts.Rejected > 0 || layout is null ? ExitCodes.DataErrors : ExitCodes.Clean;
    }

    private static async Task<long> ConvertAsync<TRecord>(
        DatasetReader<TRecord> reader,
        DatasetMapper<TRecord> mapper,
        OutputKind kind,
        Stream target,
        List<Diagnostic> diagnostics,
        CancellationToken cancellationToken)
        where TRecord : DatasetRecord
    {
        long written;
        if (kind == OutputKind.Jsonl)
        {
            // Streams: each actor is written when first seen, before the incident that names it.
            await using var writer = new SitrepJsonLinesWriter(target);
            await writer.WriteSourceAsync(mapper.Source, cancellationToken).ConfigureAwait(false);
            var seen = new HashSet<ActorId>();
            written = 0;
            await foreach (var row in reader.ReadRowsAsync(cancellationToken).ConfigureAwait(false))
            {
                diagnostics.AddRange(row.Diagnostics);
                if (row.Record is not { } record)
                {
                    continue;
                }

                var incident = mapper.Map(record);
                foreach (var actor in mapper.Actors)
                {
                    if (seen.Add(actor.Id))
                    {
                        await writer.WriteActorAsync(actor, cancellationToken).ConfigureAwait(false);
                    }
                }

                await writer.WriteIncidentAsync(incident, cancellationToken).ConfigureAwait(false);
                written++;
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var records = new List<TRecord>();
            await foreach (var row in reader.ReadRowsAsync(cancellationToken).ConfigureAwait(false))
            {
                diagnostics.AddRange(row.Diagnostics);
                if (row.Record is { } record)
                {
                    records.Add(record);
                }
            }

            var dataset = mapper.ToDataset(records);
            await SitrepJson.WriteAsync(target, dataset, cancellationToken).ConfigureAwait(false);
            written = dataset.Incidents.Count;
        }

        diagnostics.InsertRange(0, reader.FileDiagnostics);
        return written;
    }
}
