using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Actors;
using Sitrep.Datasets;
using Sitrep.Datasets.Acled;
using Sitrep.Datasets.Gdelt;
using Sitrep.Datasets.Polecat;
using Sitrep.Datasets.Ucdp;
using Sitrep.Incidents;
using Sitrep.Parquet;
using Sitrep.Serialization;
using Sitrep.Sources;
using Sitrep.Statements;
using Sitrep.Validation;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep convert IN -o OUT --from acled|ucdp|gdelt|polecat|plover|sitrep|jsonl --to sitrep|jsonl|acled|ucdp</c>:
/// reads a file record by record, maps it through the model and writes the target format. JSON Lines, ACLED and UCDP
/// output stream (each actor is written when first seen); canonical JSON is one document, so it is written at the
/// end. Rejected rows are reported, never dropped silently; what the target format cannot hold is reported as
/// SR0212. A progress line goes to stderr when stderr is a terminal.
/// </summary>
internal static class ConvertCommand
{
    /// <param name="stdout">Where reports go, and the data when no <paramref name="standardOutput"/> is given (as UTF-8 text).</param>
    /// <param name="stderr">Where errors go, and reports when the data goes to standard output.</param>
    /// <param name="stdin">Standard input, for <c>-</c> as the input.</param>
    /// <param name="standardOutput">Opens standard output as bytes, for <c>-o -</c>.</param>
    internal static Command Create(TextWriter stdout, TextWriter stderr, Stream stdin, Func<Stream>? standardOutput = null)
    {
        var input = new Argument<string>("input") { Description = "The file to convert." }.Refused();
        var output = new Option<string>("--output", "-o") { Description = "The file to write, or - for standard output (written only when complete; reports then go to standard error).", Required = true };
        var from = InputFormats.FromOption();
        var to = ChoiceOptions.ForEnum<OutputKind>("--to", "Output: auto (from the output file name: .json, .jsonl, .geojson, .geojsonl), sitrep (canonical JSON), jsonl (JSON Lines), acled or ucdp (CSV), gdelt (GDELT 2.0 events, tab-separated), polecat (tab-separated), geojson (a GeoJSON FeatureCollection of incidents as points), geojsonl (one GeoJSON Feature per line) or parquet (a folder of Parquet tables, GeoParquet; also from an output named .parquet).");
        var partitionBy = new Option<string>("--partition-by") { Description = "Parquet only: split the incident tables into Hive-style folders by year, country or year,country (year=2024/country=UKR/), which Spark and DuckDB prune on. Default: none." };
        var compression = ChoiceOptions.ForEnum<ParquetCompression>("--compression", "Parquet only: page compression, zstd, snappy (for older Spark and Hive setups), gzip or none.");
        var compressionLevel = ChoiceOptions.ForEnum<ParquetCompressionLevel>("--compression-level", "Parquet only: balanced, smallest (files a fifth to a third smaller, written five to seventeen times slower: for archives) or fastest; zstd and gzip only.");
        var noSourceRecords = new Option<bool>("--no-source-records") { Description = "Do not keep each row's original columns with its incident (smaller output; converting back to the same format is then no longer lossless)." };
        var maxDiagnostics = DiagnosticList.MaxOption("How many diagnostics to list (the rest are counted and summarised by code; lost fields are grouped); 0 lists all. Default 1000.");
        var maxDocumentBytes = new Option<long>("--max-document-bytes")
        {
            Description = "The largest canonical JSON document to write, in bytes (default 268435456, what readers take by default); larger output is refused in favour of JSON Lines.",
            DefaultValueFactory = _ => SitrepJsonReaderOptions.Default.MaxDocumentBytes,
        };
        var noFormulaGuard = new Option<bool>("--no-formula-guard") { Description = "Write CSV text cells exactly, without the ' prefix that stops spreadsheets running cells starting with = + - @." };
        var dateOrder = InputFormats.DateOrderOption();
        var encoding = InputFormats.EncodingOption();
        var command = new Command("convert", "Convert between dataset formats and canonical JSON. Exit 0 when every record converted, 1 when records were rejected, 2 on usage or I/O errors.")
        {
            input,
            output,
            from,
            to,
            partitionBy,
            compression,
            compressionLevel,
            noSourceRecords,
            noFormulaGuard,
            maxDiagnostics,
            maxDocumentBytes,
            dateOrder,
            encoding,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new Request(parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(from), parse.GetValue(to), parse.GetValue(partitionBy), ParquetOptionsGiven(parse, compression, compressionLevel), parse.GetValue(compression), parse.GetValue(compressionLevel), !parse.GetValue(noSourceRecords), !parse.GetValue(noFormulaGuard), parse.GetValue(maxDiagnostics), parse.GetValue(maxDocumentBytes), InputFormats.ReaderOptions(parse.GetValue(dateOrder), parse.GetValue(encoding))),
            stdout,
            stderr,
            stdin,
            standardOutput,
            cancellationToken));
        return command;
    }

    internal enum OutputKind
    {
        Auto,
        Sitrep,
        Jsonl,
        Acled,
        Ucdp,
        Gdelt,
        Polecat,
        Geojson,
        Geojsonl,
        Parquet,
    }

    private static async Task<int> RunAsync(Request request, TextWriter stdout, TextWriter stderr, Stream stdin, Func<Stream>? standardOutput, CancellationToken cancellationToken)
    {
        // Everything that can refuse the command is checked before anything is opened for writing, so a refused or
        // failed run never touches an existing output.
        var store = StoreInput.Locate(request.Input);
        if (store is { } named && request.Output != "-" && StoreInput.IsStoreFile(named.Folder, request.Output))
        {
            await stderr.WriteLineAsync($"sitrep convert: the output {PrintableText.Escape(request.Output)} is the store's database; write to another file.").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        if (request.Input != "-" && store is null && (Directory.Exists(request.Input) || !File.Exists(request.Input)))
        {
            await stderr.WriteLineAsync($"sitrep convert: cannot read {PrintableText.Escape(request.Input)}: {(Directory.Exists(request.Input) ? "it is a directory" : "no such file")}.").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        if (request.Input != "-" && request.Output != "-" && OutputFile.IsSameFile(request.Input, request.Output))
        {
            await stderr.WriteLineAsync($"sitrep convert: the output {PrintableText.Escape(request.Output)} is the input; write to another file (converting in place would destroy the input).").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        var kind = OutputKindOf(request);
        var partitioned = TryPartitioning(request.PartitionBy, out var partitioning);
        var refusal = !partitioned ? $"--partition-by takes year, country or year,country, not '{PrintableText.Escape(request.PartitionBy)}'."
            : request.PartitionBy is not null && kind != OutputKind.Parquet ? "--partition-by is for Parquet output (--to parquet)."
            : request.CompressionGiven is { } given && kind != OutputKind.Parquet ? $"{given} is for Parquet output (--to parquet)."
            : request.CompressionLevel != ParquetCompressionLevel.Balanced && request.Compression is ParquetCompression.Snappy or ParquetCompression.None
                ? $"--compression {request.Compression.ToString().ToLowerInvariant()} has no levels; --compression-level is for zstd and gzip."
            : kind != OutputKind.Parquet ? null
            : request.Output == "-" ? "Parquet output is a folder; it cannot go to standard output (give -o DIR)."
            : OutputFolder.Refusal(request.Output, request.Input) is { } why ? $"cannot write {PrintableText.Escape(request.Output)}: {why}."
            : null;
        if (refusal is not null)
        {
            await stderr.WriteLineAsync("sitrep convert: " + refusal).ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        InputFile input;
        try
        {
            input = await InputFile.OpenAsync(request.Input, stdin, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"sitrep convert: cannot read {PrintableText.Escape(request.Input)}: {InputFile.Unreadable(ex)}.").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        await using (input.ConfigureAwait(false))
        {
            // With the data on standard output, reports go to standard error.
            var toStandardOutput = request.Output == "-";
            var data = toStandardOutput ? standardOutput ?? (() => new TextWriterStream(stdout)) : null;
            return await ConvertAsync(request with { Kind = kind, Partitioning = partitioning }, input, toStandardOutput ? stderr : stdout, stderr, data, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<int> ConvertAsync(Request request, InputFile input, TextWriter stdout, TextWriter stderr, Func<Stream>? standardOutput, CancellationToken cancellationToken)
    {
        var target = standardOutput is null ? PrintableText.Escape(request.Output) : "standard output";
        var from = InputFormats.Resolve(request.From, request.Input, input.Head);
        var kind = request.Kind;
        if (kind == OutputKind.Auto)
        {
            await stderr.WriteLineAsync(request.Output == "-"
                ? "sitrep: say which format to write to standard output with --to sitrep|jsonl|acled|ucdp|gdelt|polecat|geojson|geojsonl."
                : $"sitrep: say which format to write with --to sitrep|jsonl|acled|ucdp|gdelt|polecat|geojson|geojsonl|parquet; '{PrintableText.Escape(Path.GetExtension(request.Output))}' does not tell.").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        var diagnostics = new DiagnosticList(request.MaxDiagnostics, groupedCode: DatasetDiagnosticCodes.NotCarriedOver);
        var summary = new Summary();
        try
        {
            // A Parquet dataset is a folder, written beside its target and moved into place when complete.
            using var folder = kind == OutputKind.Parquet ? OutputFolder.Create(request.Output) : null;
            await using var output = folder is not null ? null : standardOutput is null ? OutputFile.Create(request.Output) : OutputFile.CreateForStandardOutput();
            await using (var sink = folder is not null
                ? new ParquetDatasetWriter(folder.Temporary, diagnostics, new ParquetWriteOptions { PartitionBy = request.Partitioning, Compression = request.Compression, CompressionLevel = request.CompressionLevel })
                : IncidentWriter.Create(ToFormat(kind), output!.Stream, diagnostics, request.ProtectFormulas))
            {
                if (MappedDatasets.IsDataset(from))
                {
                    await ConvertDatasetAsync(request, input, from, sink, diagnostics, summary, stderr, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await ConvertCanonicalAsync(input, from, sink, diagnostics, summary, cancellationToken).ConfigureAwait(false);
                }

                await sink.CompleteAsync(cancellationToken).ConfigureAwait(false);

                // Rows of a dataset file count as incidents; canonical records count one by one, whatever their kind.
                summary.Written = MappedDatasets.IsDataset(from) ? sink.IncidentsWritten : sink.Written;
            }

            // A file whose format was not recognised, or none of whose records could be read (a wrong --from), gives
            // no output: an existing file of that name is left as it was. An empty file gives an empty output. A
            // canonical document larger than readers take by default would be written only to be refused: it is not.
            summary.Complete = summary.Layout is not null && (summary.Read == 0 || summary.Rejected < summary.Read);
            if (summary.Complete && kind == OutputKind.Sitrep && output!.Stream.Length > request.MaxDocumentBytes)
            {
                summary.Complete = false;
                summary.TooLarge = output.Stream.Length;
            }

            if (summary.Complete && folder is not null)
            {
                folder.Commit();
            }
            else if (summary.Complete && standardOutput is not null)
            {
                await using var destination = standardOutput();
                await output!.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
            }
            else if (summary.Complete)
            {
                await output!.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync($"sitrep convert: interrupted; {target} was left as it was.").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"sitrep convert: {PrintableText.Escape(ex.Message)} {target} was left as it was.").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        await WriteDiagnosticsAsync(request.Input, diagnostics, stdout).ConfigureAwait(false);
        if (summary.TooLarge is { } size)
        {
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"sitrep convert: the canonical JSON document would be {size:N0} bytes, more than the {request.MaxDocumentBytes:N0} allowed ({DiagnosticCodes.InputTooLarge}; readers take 256 MiB by default); write JSON Lines instead (--to jsonl, or an output named .jsonl), which streams at any size, or raise --max-document-bytes (and SitrepJsonReaderOptions.MaxDocumentBytes where it is read). {target} was left as it was.")).ConfigureAwait(false);
            return ExitCodes.DataErrors;
        }

        if (!summary.Complete)
        {
            var what = summary.Layout is null ? "unrecognised or unreadable" : string.Create(CultureInfo.InvariantCulture, $"{summary.Layout}: {summary.Read} records read, all rejected");
            await stdout.WriteLineAsync($"{PrintableText.Escape(request.Input)}: {what}: nothing converted; {target} was not written.").ConfigureAwait(false);
            return ExitCodes.DataErrors;
        }

        var unit = kind is OutputKind.Acled or OutputKind.Ucdp or OutputKind.Gdelt or OutputKind.Polecat ? "rows" : kind is OutputKind.Geojson or OutputKind.Geojsonl ? "features" : MappedDatasets.IsDataset(from) ? "incidents" : "records";
        if (kind == OutputKind.Parquet && request.Partitioning != ParquetPartitioning.None)
        {
            unit += ", partitioned by " + (request.Partitioning == (ParquetPartitioning.Year | ParquetPartitioning.Country) ? "year and country" : request.Partitioning.ToString().ToLowerInvariant()) + ",";
        }

        await stdout.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{PrintableText.Escape(request.Input)}: {summary.Layout}: {summary.Read} records read, {summary.Written} {unit} written to {target} ({kind.ToString().ToLowerInvariant()}), {summary.Rejected} rejected")).ConfigureAwait(false);
        return summary.Rejected > 0 || diagnostics.Errors > 0 ? ExitCodes.DataErrors : ExitCodes.Clean;
    }

    private static async Task ConvertDatasetAsync(Request request, InputFile input, InputFormat from, IncidentWriter sink, DiagnosticList diagnostics, Summary summary, TextWriter stderr, CancellationToken cancellationToken)
    {
        var progress = input.Size is { } size ? Progress.ForTerminal(stderr, size) : null;
        using var dataset = MappedDatasets.Open(from, input, request.Input, request.KeepSourceRecords, request.ReaderOptions);
        await sink.WriteSourcesAsync([dataset.Source], cancellationToken).ConfigureAwait(false);
        await foreach (var row in dataset.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            diagnostics.AddRange(row.Diagnostics);
            if (row.Incident is { } incident)
            {
                if (sink.IncidentsWritten == 0)
                {
                    sink.UseStyleOf(InputFormats.ToDatasetFormat(from), dataset.Style, dataset.EncodingName);
                }

                if (sink.NeedsActorsFirst)
                {
                    await sink.WriteActorsAsync(dataset.TakeNewActors(), cancellationToken).ConfigureAwait(false);
                }

                await sink.WriteIncidentAsync(incident, cancellationToken).ConfigureAwait(false);
            }

            progress?.Report(dataset.Counts.Read, input.BytesRead);
        }

        // Canonical output takes the actors once every row is read, so what later rows say of them (an ACLED actor's
        // type, first seen without one as an associated actor) is in the actor written.
        if (!sink.NeedsActorsFirst)
        {
            await sink.WriteActorsAsync(dataset.Actors, cancellationToken).ConfigureAwait(false);
        }

        progress?.Done();
        diagnostics.AddFileWide(dataset.FileDiagnostics);
        summary.Read = dataset.Counts.Read;
        summary.Rejected = dataset.Counts.Rejected;
        summary.Layout = dataset.LayoutDescription;
    }

    /// <summary>
    /// Canonical JSON or JSON Lines: every record that validates is converted; a line that cannot be read, a record
    /// with an error and a record that refers to a rejected one are reported and counted as rejected.
    /// </summary>
    private static async Task ConvertCanonicalAsync(InputFile stream, InputFormat from, IncidentWriter sink, DiagnosticList diagnostics, Summary summary, CancellationToken cancellationToken)
    {
        Dataset? dataset;
        long unreadable = 0;
        Func<Diagnostic, Diagnostic> place = d => d;
        if (from == InputFormat.Jsonl)
        {
            var result = await SitrepJsonLines.ReadDatasetAsync(stream, null, cancellationToken).ConfigureAwait(false);
            diagnostics.AddRange(result.Diagnostics);
            unreadable = result.Diagnostics.Where(d => d.IsError).Select(d => d.Line).Distinct().LongCount();
            dataset = result.Dataset;
            place = result.Relocate;
            summary.Layout = "Sitrep JSON Lines 1.0";
        }
        else
        {
            var result = await SitrepJson.ReadAsync(stream, null, cancellationToken).ConfigureAwait(false);
            diagnostics.AddRange(result.Diagnostics);
            dataset = result.ValueOrNull;
            summary.Layout = dataset is null ? null : "Sitrep canonical JSON 1.0";
        }

        if (dataset is null)
        {
            return;
        }

        var total = dataset.Sources.Count + dataset.Actors.Count + dataset.Incidents.Count + (long)dataset.Statements.Count;
        summary.Read = total + unreadable;
        var found = new List<Diagnostic>();
        var valid = ValidPart.Of(dataset, found, out var rejected);
        diagnostics.AddRange(found.Select(place));
        summary.Rejected = unreadable + (valid is null ? total : rejected);
        if (valid is null)
        {
            return;
        }

        sink.Describe(valid.Title, valid.Description);
        await sink.WriteSourcesAsync(valid.Sources, cancellationToken).ConfigureAwait(false);
        await sink.WriteActorsAsync(valid.Actors, cancellationToken).ConfigureAwait(false);
        foreach (var incident in valid.Incidents)
        {
            await sink.WriteIncidentAsync(incident, cancellationToken).ConfigureAwait(false);
        }

        await sink.WriteStatementsAsync(valid.Statements, cancellationToken).ConfigureAwait(false);
    }

    // Not-carried-over warnings repeat for every incident; they are grouped by what was lost, with a count.
    private static async Task WriteDiagnosticsAsync(string input, DiagnosticList diagnostics, TextWriter stdout)
    {
        var name = PrintableText.Escape(input)!;
        foreach (var diagnostic in diagnostics.Kept)
        {
            await stdout.WriteLineAsync(name + ":" + diagnostic).ConfigureAwait(false);
        }

        if (diagnostics.Summary(name) is { } notListed)
        {
            await stdout.WriteLineAsync(notListed).ConfigureAwait(false);
        }

        foreach (var (path, first, count) in diagnostics.Groups)
        {
            await stdout.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: {(first.Severity == DiagnosticSeverity.Warning ? "warning" : first.Severity == DiagnosticSeverity.Error ? "error" : "info")} {first.Code}: {count} incident(s), {PrintableText.Escape(path)}: {PrintableText.Escape(first.Message)} (first: {PrintableText.Escape(first.Path)})")).ConfigureAwait(false);
        }
    }

    private static OutputKind OutputKindOf(Request request) =>
        request.To != OutputKind.Auto ? request.To
        : request.Output.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || request.Output.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) ? OutputKind.Jsonl
        : request.Output.EndsWith(".geojson", StringComparison.OrdinalIgnoreCase) ? OutputKind.Geojson
        : request.Output.EndsWith(".geojsonl", StringComparison.OrdinalIgnoreCase) ? OutputKind.Geojsonl
        : request.Output.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? OutputKind.Sitrep
        : request.Output.TrimEnd('/', Path.DirectorySeparatorChar).EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? OutputKind.Parquet
        : OutputKind.Auto;

    // "year", "country", "year,country" (either order); "none" or nothing is no partitions.
    private static bool TryPartitioning(string? text, out ParquetPartitioning partitioning)
    {
        partitioning = ParquetPartitioning.None;
        if (text is null || text.Trim() == "none")
        {
            return true;
        }

        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var next = part switch
            {
                "year" => ParquetPartitioning.Year,
                "country" => ParquetPartitioning.Country,
                _ => (ParquetPartitioning?)null,
            };
            if (next is not { } value || (partitioning & value) != 0)
            {
                return false;
            }

            partitioning |= value;
        }

        return true;
    }

    private static DatasetFormat ToFormat(OutputKind kind) => kind switch
    {
        OutputKind.Sitrep => DatasetFormat.Sitrep,
        OutputKind.Jsonl => DatasetFormat.SitrepJsonLines,
        OutputKind.Ucdp => DatasetFormat.Ucdp,
        OutputKind.Gdelt => DatasetFormat.Gdelt,
        OutputKind.Polecat => DatasetFormat.Polecat,
        OutputKind.Geojson => DatasetFormat.GeoJson,
        OutputKind.Geojsonl => DatasetFormat.GeoJsonLines,
        _ => DatasetFormat.Acled,
    };

    // The first of the Parquet compression options given on the command line, or null.
    private static string? ParquetOptionsGiven(System.CommandLine.ParseResult parse, params System.CommandLine.Option[] options) =>
        options.FirstOrDefault(o => parse.GetResult(o) is { Implicit: false })?.Name;

    private sealed record Request(string Input, string Output, InputFormat From, OutputKind To, string? PartitionBy, string? CompressionGiven, ParquetCompression Compression, ParquetCompressionLevel CompressionLevel, bool KeepSourceRecords, bool ProtectFormulas, int MaxDiagnostics, long MaxDocumentBytes, Sitrep.Datasets.DatasetReaderOptions ReaderOptions)
    {
        /// <summary>Gets the output kind, resolved from <see cref="To"/> and the output's name.</summary>
        public OutputKind Kind { get; init; }

        public ParquetPartitioning Partitioning { get; init; }
    }

    private sealed class Summary
    {
        public long Read { get; set; }

        public long Written { get; set; }

        public long Rejected { get; set; }

        public string? Layout { get; set; }

        public bool Complete { get; set; }

        public long? TooLarge { get; set; }
    }

}
