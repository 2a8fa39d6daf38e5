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
        var to = ChoiceOptions.ForEnum<OutputKind>("--to", "Output: auto (from the output file name: .json, .jsonl), sitrep (canonical JSON), jsonl (JSON Lines), acled or ucdp (CSV), gdelt (GDELT 2.0 events, tab-separated), polecat (tab-separated).");
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
            noSourceRecords,
            noFormulaGuard,
            maxDiagnostics,
            maxDocumentBytes,
            dateOrder,
            encoding,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new Request(parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(from), parse.GetValue(to), !parse.GetValue(noSourceRecords), !parse.GetValue(noFormulaGuard), parse.GetValue(maxDiagnostics), parse.GetValue(maxDocumentBytes), InputFormats.ReaderOptions(parse.GetValue(dateOrder), parse.GetValue(encoding))),
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
    }

    private static async Task<int> RunAsync(Request request, TextWriter stdout, TextWriter stderr, Stream stdin, Func<Stream>? standardOutput, CancellationToken cancellationToken)
    {
        // Everything that can refuse the command is checked before anything is opened for writing, so a refused or
        // failed run never touches an existing output.
        if (request.Input != "-" && (Directory.Exists(request.Input) || !File.Exists(request.Input)))
        {
            await stderr.WriteLineAsync($"sitrep convert: cannot read {PrintableText.Escape(request.Input)}: {(Directory.Exists(request.Input) ? "it is a directory" : "no such file")}.").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        if (request.Input != "-" && request.Output != "-" && OutputFile.IsSameFile(request.Input, request.Output))
        {
            await stderr.WriteLineAsync($"sitrep convert: the output {PrintableText.Escape(request.Output)} is the input; write to another file (converting in place would destroy the input).").ConfigureAwait(false);
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
            return await ConvertAsync(request, input, toStandardOutput ? stderr : stdout, stderr, data, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<int> ConvertAsync(Request request, InputFile input, TextWriter stdout, TextWriter stderr, Func<Stream>? standardOutput, CancellationToken cancellationToken)
    {
        var target = standardOutput is null ? PrintableText.Escape(request.Output) : "standard output";
        var from = InputFormats.Resolve(request.From, request.Input, input.Head);
        var kind = request.To != OutputKind.Auto ? request.To
            : request.Output.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || request.Output.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) ? OutputKind.Jsonl
            : request.Output.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? OutputKind.Sitrep
            : OutputKind.Auto;
        if (kind == OutputKind.Auto)
        {
            await stderr.WriteLineAsync(request.Output == "-"
                ? "sitrep: say which format to write to standard output with --to sitrep|jsonl|acled|ucdp|gdelt|polecat."
                : $"sitrep: say which format to write with --to sitrep|jsonl|acled|ucdp|gdelt|polecat; '{PrintableText.Escape(Path.GetExtension(request.Output))}' does not tell.").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        var diagnostics = new DiagnosticList(request.MaxDiagnostics, groupedCode: DatasetDiagnosticCodes.NotCarriedOver);
        var summary = new Summary();
        try
        {
            await using var output = standardOutput is null ? OutputFile.Create(request.Output) : OutputFile.CreateForStandardOutput();
            await using (var sink = Sink.Create(kind, output.Stream, request.ProtectFormulas, diagnostics))
            {
                if (MappedDatasets.IsDataset(from))
                {
                    await ConvertDatasetAsync(request, input, from, sink, diagnostics, summary, stderr, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await ConvertCanonicalAsync(input, from, sink, diagnostics, summary, cancellationToken).ConfigureAwait(false);
                }

                await sink.FinishAsync(cancellationToken).ConfigureAwait(false);

                // Rows of a dataset file count as incidents; canonical records count one by one, whatever their kind.
                summary.Written = MappedDatasets.IsDataset(from) ? sink.IncidentsWritten : sink.Written;
            }

            // A file whose format was not recognised, or none of whose records could be read (a wrong --from), gives
            // no output: an existing file of that name is left as it was. An empty file gives an empty output. A
            // canonical document larger than readers take by default would be written only to be refused: it is not.
            summary.Complete = summary.Layout is not null && (summary.Read == 0 || summary.Rejected < summary.Read);
            if (summary.Complete && kind == OutputKind.Sitrep && output.Stream.Length > request.MaxDocumentBytes)
            {
                summary.Complete = false;
                summary.TooLarge = output.Stream.Length;
            }

            if (summary.Complete && standardOutput is not null)
            {
                await using var destination = standardOutput();
                await output.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
            }
            else if (summary.Complete)
            {
                await output.CommitAsync(cancellationToken).ConfigureAwait(false);
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

        var unit = kind is OutputKind.Acled or OutputKind.Ucdp or OutputKind.Gdelt or OutputKind.Polecat ? "rows" : MappedDatasets.IsDataset(from) ? "incidents" : "records";
        await stdout.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{PrintableText.Escape(request.Input)}: {summary.Layout}: {summary.Read} records read, {summary.Written} {unit} written to {target} ({kind.ToString().ToLowerInvariant()}), {summary.Rejected} rejected")).ConfigureAwait(false);
        return summary.Rejected > 0 || diagnostics.Errors > 0 ? ExitCodes.DataErrors : ExitCodes.Clean;
    }

    private static async Task ConvertDatasetAsync(Request request, InputFile input, InputFormat from, Sink sink, DiagnosticList diagnostics, Summary summary, TextWriter stderr, CancellationToken cancellationToken)
    {
        var progress = input.Size is { } size ? Progress.ForTerminal(stderr, size) : null;
        using var dataset = MappedDatasets.Open(from, input, request.Input, request.KeepSourceRecords, request.ReaderOptions);
        await sink.StartAsync([dataset.Source], cancellationToken).ConfigureAwait(false);
        await foreach (var row in dataset.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            diagnostics.AddRange(row.Diagnostics);
            if (row.Incident is { } incident)
            {
                if (sink.IncidentsWritten == 0)
                {
                    sink.UseStyleOf(from, dataset.Style, dataset.EncodingName);
                }

                if (sink.NeedsActorsFirst)
                {
                    await sink.AddActorsAsync(dataset.TakeNewActors(), cancellationToken).ConfigureAwait(false);
                }

                await sink.WriteIncidentAsync(incident, cancellationToken).ConfigureAwait(false);
            }

            progress?.Report(dataset.Counts.Read, input.BytesRead);
        }

        // Canonical output takes the actors once every row is read, so what later rows say of them (an ACLED actor's
        // type, first seen without one as an associated actor) is in the actor written.
        if (!sink.NeedsActorsFirst)
        {
            await sink.AddActorsAsync(dataset.Actors, cancellationToken).ConfigureAwait(false);
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
    private static async Task ConvertCanonicalAsync(InputFile stream, InputFormat from, Sink sink, DiagnosticList diagnostics, Summary summary, CancellationToken cancellationToken)
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

        await sink.StartAsync(valid.Sources, cancellationToken).ConfigureAwait(false);
        await sink.AddActorsAsync(valid.Actors, cancellationToken).ConfigureAwait(false);
        foreach (var incident in valid.Incidents)
        {
            await sink.WriteIncidentAsync(incident, cancellationToken).ConfigureAwait(false);
        }

        await sink.AddStatementsAsync(valid.Statements, cancellationToken).ConfigureAwait(false);
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
                $"{name}: warning {first.Code}: {count} incident(s), {PrintableText.Escape(path)}: {PrintableText.Escape(first.Message)} (first: {PrintableText.Escape(first.Path)})")).ConfigureAwait(false);
        }
    }

    private sealed record Request(string Input, string Output, InputFormat From, OutputKind To, bool KeepSourceRecords, bool ProtectFormulas, int MaxDiagnostics, long MaxDocumentBytes, Sitrep.Datasets.DatasetReaderOptions ReaderOptions);

    private sealed class Summary
    {
        public long Read { get; set; }

        public long Written { get; set; }

        public long Rejected { get; set; }

        public string? Layout { get; set; }

        public bool Complete { get; set; }

        public long? TooLarge { get; set; }
    }

    /// <summary>Where converted incidents go: canonical JSON (at the end), JSON Lines, or a dataset CSV (streamed).</summary>
    private abstract class Sink : IAsyncDisposable
    {
        protected Sink(DiagnosticList diagnostics) => Diagnostics = diagnostics;

        /// <summary>Gets the records written, of every kind (rows, for a dataset CSV).</summary>
        public long Written { get; protected set; }

        /// <summary>Gets the incidents written.</summary>
        public long IncidentsWritten { get; protected set; }

        protected DiagnosticList Diagnostics { get; }

        public static Sink Create(OutputKind kind, Stream target, bool protectFormulas, DiagnosticList diagnostics) => kind switch
        {
            OutputKind.Sitrep => new DocumentSink(target, diagnostics),
            OutputKind.Jsonl => new LinesSink(target, diagnostics),
            OutputKind.Ucdp => new RowSink<UcdpGedRecord>(target, InputFormat.Ucdp, new UcdpGedMapper().ToRecord, DatasetCsvWriter.WriteHeader, DatasetCsvWriter.WriteRecord, protectFormulas, diagnostics),
            OutputKind.Gdelt => new RowSink<GdeltEventRecord>(target, InputFormat.Gdelt, new GdeltEventMapper().ToRecord, GdeltEventWriter.WriteHeader, GdeltEventWriter.WriteRecord, protectFormulas, diagnostics),
            OutputKind.Polecat => new RowSink<PolecatEventRecord>(target, InputFormat.Polecat, new PolecatEventMapper().ToRecord, PolecatEventWriter.WriteHeader, PolecatEventWriter.WriteRecord, protectFormulas, diagnostics),
            _ => new RowSink<AcledEventRecord>(target, InputFormat.Acled, new AcledEventMapper().ToRecord, DatasetCsvWriter.WriteHeader, DatasetCsvWriter.WriteRecord, protectFormulas, diagnostics),
        };

        /// <summary>Lets a dataset sink write a file in its own format back the way it came; other sinks ignore it.</summary>
        public virtual void UseStyleOf(InputFormat from, DatasetFileStyle? source, string? sourceEncoding)
        {
        }

        /// <summary>Gets a value indicating whether the sink needs each incident's actors before it (to name the sides of a row).</summary>
        public virtual bool NeedsActorsFirst => false;

        public virtual Task StartAsync(ValueArray<Source> sources, CancellationToken cancellationToken) => Task.CompletedTask;

        public abstract Task AddActorsAsync(IEnumerable<Actor> actors, CancellationToken cancellationToken);

        public abstract Task WriteIncidentAsync(Incident incident, CancellationToken cancellationToken);

        public virtual Task AddStatementsAsync(ValueArray<Statement> statements, CancellationToken cancellationToken)
        {
            if (statements.Count > 0)
            {
                Diagnostics.Add(IncidentNotCarried("/statements", $"Dataset formats have no place for statements; {statements.Count} statement(s) are not carried over."));
            }

            return Task.CompletedTask;
        }

        public abstract Task FinishAsync(CancellationToken cancellationToken);

        public abstract ValueTask DisposeAsync();

        protected static Diagnostic IncidentNotCarried(string path, string message) =>
            new(DatasetDiagnosticCodes.NotCarriedOver, DiagnosticSeverity.Warning, message) { Path = path };
    }

    private sealed class DocumentSink(Stream target, DiagnosticList diagnostics) : Sink(diagnostics)
    {
        private readonly List<Source> sources = [];
        private readonly List<Actor> actors = [];
        private readonly List<Incident> incidents = [];
        private readonly List<Statement> statements = [];

        public override Task StartAsync(ValueArray<Source> sources, CancellationToken cancellationToken)
        {
            this.sources.AddRange(sources);
            return Task.CompletedTask;
        }

        public override Task AddActorsAsync(IEnumerable<Actor> actors, CancellationToken cancellationToken)
        {
            this.actors.AddRange(actors);
            return Task.CompletedTask;
        }

        public override Task WriteIncidentAsync(Incident incident, CancellationToken cancellationToken)
        {
            incidents.Add(incident);
            return Task.CompletedTask;
        }

        public override Task AddStatementsAsync(ValueArray<Statement> statements, CancellationToken cancellationToken)
        {
            this.statements.AddRange(statements);
            return Task.CompletedTask;
        }

        public override async Task FinishAsync(CancellationToken cancellationToken)
        {
            var dataset = new Dataset
            {
                Sources = ValueArray.From(sources),
                Actors = ValueArray.From(actors),
                Incidents = ValueArray.From(incidents),
                Statements = ValueArray.From(statements),
            };
            await SitrepJson.WriteAsync(target, dataset, cancellationToken).ConfigureAwait(false);
            Written = sources.Count + actors.Count + incidents.Count + statements.Count;
            IncidentsWritten = incidents.Count;
        }

        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class LinesSink(Stream target, DiagnosticList diagnostics) : Sink(diagnostics)
    {
        private readonly SitrepJsonLinesWriter writer = new(target);

        public override async Task StartAsync(ValueArray<Source> sources, CancellationToken cancellationToken)
        {
            foreach (var source in sources)
            {
                await writer.WriteSourceAsync(source, cancellationToken).ConfigureAwait(false);
                Written++;
            }
        }

        public override async Task AddActorsAsync(IEnumerable<Actor> actors, CancellationToken cancellationToken)
        {
            foreach (var actor in actors)
            {
                await writer.WriteActorAsync(actor, cancellationToken).ConfigureAwait(false);
                Written++;
            }
        }

        public override async Task WriteIncidentAsync(Incident incident, CancellationToken cancellationToken)
        {
            await writer.WriteIncidentAsync(incident, cancellationToken).ConfigureAwait(false);
            Written++;
            IncidentsWritten++;
        }

        public override async Task AddStatementsAsync(ValueArray<Statement> statements, CancellationToken cancellationToken)
        {
            foreach (var statement in statements)
            {
                await writer.WriteStatementAsync(statement, cancellationToken).ConfigureAwait(false);
                Written++;
            }
        }

        public override Task FinishAsync(CancellationToken cancellationToken) => writer.FlushAsync(cancellationToken).AsTask();

        public override ValueTask DisposeAsync() => writer.DisposeAsync();
    }

    /// <summary>
    /// A dataset CSV: rows written as incidents arrive; actors kept by id to name the sides. A file converted to its
    /// own format keeps its header spelling, line ends and encoding (<see cref="DatasetFileStyle"/>); any other
    /// output is UTF-8 with <c>\n</c>. A character the encoding cannot hold is counted and reported, not replaced
    /// silently.
    /// </summary>
    private abstract class CsvSink(Stream target, DiagnosticList diagnostics) : Sink(diagnostics)
    {
        private readonly CountingEncoderFallback fallback = new();
        private StreamWriter? writer;

        protected Dictionary<ActorId, Actor> Actors { get; } = [];

        public override bool NeedsActorsFirst => true;

        protected TextWriter Writer => writer ??= new StreamWriter(target, OutputStyle.CreateEncoding(fallback.For(OutputStyle.EncodingName)), 64 * 1024, leaveOpen: true);

        /// <summary>Gets the input's style when this sink took it (same format), else null: the writer's own default.</summary>
        protected DatasetFileStyle? SourceStyle { get; private set; }

        // The encoding is the input's when its style was taken, else UTF-8.
        private DatasetFileStyle OutputStyle => SourceStyle ?? DatasetFileStyle.Default;

        /// <summary>Gets or sets what the writer changed in cells (formula guard, flattened line breaks), reported once.</summary>
        protected CellChanges Changes { get; set; }

        protected abstract InputFormat Format { get; }

        /// <summary>Takes the input file's style when the input is in this sink's format; called before the first row.</summary>
        public override void UseStyleOf(InputFormat from, DatasetFileStyle? source, string? sourceEncoding)
        {
            if (writer is not null || from != Format || source is null)
            {
                return;
            }

            SourceStyle = source;
            if (sourceEncoding is { } name && name.StartsWith("UTF-8 with", StringComparison.Ordinal))
            {
                Diagnostics.Add(new Diagnostic(DatasetDiagnosticCodes.NotCarriedOver, DiagnosticSeverity.Info, $"The input was read as {name}; the output is written as UTF-8 throughout."));
            }
        }

        protected bool HeaderWritten { get; set; }

        public override Task AddActorsAsync(IEnumerable<Actor> actors, CancellationToken cancellationToken)
        {
            foreach (var actor in actors)
            {
                Actors.TryAdd(actor.Id, actor);
            }

            return Task.CompletedTask;
        }

        public override async Task WriteIncidentAsync(Incident incident, CancellationToken cancellationToken)
        {
            Write(incident, "/incidents/" + Written.ToString(CultureInfo.InvariantCulture));
            Written++;
            IncidentsWritten++;
            if (Written % 4096 == 0)
            {
                await Writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        public override async Task FinishAsync(CancellationToken cancellationToken)
        {
            await Writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (Changes.Guarded > 0)
            {
                Diagnostics.Add(new Diagnostic(
                    DatasetDiagnosticCodes.NotCarriedOver,
                    DiagnosticSeverity.Info,
                    string.Create(CultureInfo.InvariantCulture, $"{Changes.Guarded} cell(s) start with = + - @ ' or a tab and were written with the formula guard's apostrophe (Sitrep reads it off; --no-formula-guard writes them as they are)."))
                {
                    Path = string.Empty,
                });
            }

            if (Changes.Flattened > 0)
            {
                Diagnostics.Add(new Diagnostic(
                    DatasetDiagnosticCodes.NotCarriedOver,
                    DiagnosticSeverity.Warning,
                    string.Create(CultureInfo.InvariantCulture, $"{Changes.Flattened} cell(s) held a tab or line break, which this format cannot quote; they were written as spaces.")));
            }

            if (fallback.Count > 0)
            {
                Diagnostics.Add(new Diagnostic(
                    DatasetDiagnosticCodes.NotCarriedOver,
                    DiagnosticSeverity.Warning,
                    string.Create(CultureInfo.InvariantCulture, $"{fallback.Count} character(s) have no {OutputStyle.EncodingName} form and were written as '{fallback.Replacement}' (the first: U+{fallback.First:X4}); write UTF-8 to keep them."))
                {
                    Value = char.ConvertFromUtf32(fallback.First),
                });
            }
        }

        public override ValueTask DisposeAsync() => writer?.DisposeAsync() ?? ValueTask.CompletedTask;

        protected abstract void Write(Incident incident, string path);
    }

    /// <summary>
    /// Rows of one dataset format, written as incidents arrive: the first row decides the columns (its own layout: a
    /// 42-column GED file, a GDELT 1.0 file, an older ACLED layout; or the format's current one), later rows follow it.
    /// </summary>
    private sealed class RowSink<TRecord>(
        Stream target,
        InputFormat format,
        Func<Incident, IReadOnlyDictionary<ActorId, Actor>, ICollection<Diagnostic>, ValueArray<string>, string, TRecord> toRecord,
        Action<TextWriter, ValueArray<string>, DatasetFileStyle?> writeHeader,
        Func<TextWriter, TRecord, bool, DatasetFileStyle?, CellChanges> writeRecord,
        bool protectFormulas,
        DiagnosticList diagnostics) : CsvSink(target, diagnostics)
        where TRecord : DatasetRecord
    {
        private ValueArray<string> layout;

        protected override InputFormat Format => format;

        protected override void Write(Incident incident, string path)
        {
            var record = toRecord(incident, Actors, Diagnostics, layout, path);
            if (!HeaderWritten)
            {
                layout = record.Columns;
                writeHeader(Writer, layout, SourceStyle);
                HeaderWritten = true;
            }

            Changes += writeRecord(Writer, record, protectFormulas, SourceStyle);
        }
    }
}
