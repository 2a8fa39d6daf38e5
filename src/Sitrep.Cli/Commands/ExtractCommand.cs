using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.Text;
using Sitrep.Datasets;
using Sitrep.Serialization;
using Sitrep.Text;
using Sitrep.Text.Actors;
using Sitrep.Text.Numbers;
using Sitrep.Validation;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep extract FILE.txt [--published DATE] [--vague-amounts plain|press-release] [--tz ZONE] [--gazetteer G.json] [--format json|mentions|text|timeml]</c>: parses a
/// news report into a draft dataset (canonical JSON) or a readable summary of what was found, each item with the text
/// it came from. The text is read as UTF-8, or as Windows-1252 when it is not valid UTF-8 (reported) or when declared.
/// </summary>
internal static class ExtractCommand
{
    internal static Command Create(TextWriter stdout, TextWriter stderr, Stream stdin)
    {
        var file = new Argument<string>("file") { Description = "(- is standard input) The report text." }.Refused();
        var published = new Option<string?>("--published") { Description = "The publication date, yyyy-MM-dd; relative dates resolve against it. Without it, the date is read from the text's dateline (reported), or relative dates stay unresolved." };
        var vague = ChoiceOptions.ForNames("--vague-amounts", "How vague amounts count: plain (English: several is 3 to 9) or press-release (several and multiple 3, numerous 4, a number of 3, as casualty coders and the ISAF annotators read them).", "plain", "plain", "press-release");
        var zone = new Option<string?>("--tz") { Description = "The report's time zone (a TZDB id such as Asia/Baghdad)." };
        var gazetteer = new Option<string?>("--gazetteer") { Description = "A canonical Sitrep JSON file whose actors (names and aliases) are recognised besides the built-in ones." };
        var format = ChoiceOptions.ForNames("--format", "json (the draft dataset, canonical JSON), mentions (every mention layer with its span: numbers, dates, time expressions, casualties, actors, events, places, statements; schemas/sitrep-mentions-1.0.schema.json), text (a readable summary) or timeml (the text with a TIMEX3 tag on each time expression, the publication date as DCT).", "json", "json", "mentions", "text", "timeml");
        var encoding = ChoiceOptions.ForNames("--encoding", "auto (UTF-8, else Windows-1252, reported), utf-8 or windows-1252.", "auto", "auto", "utf-8", "windows-1252");
        var output = new Option<string?>("--output", "-o") { Description = "Where to write; standard output when omitted or -." };
        var command = new Command("extract", "Extract casualty counts, dates, statements, actors and draft incidents from a news report. Exit 0 when extracted, 1 when the text could not be read as a whole (an error diagnostic: longer than the limit, or bytes not in its encoding), 2 on usage or I/O errors.")
        {
            file,
            published,
            vague,
            zone,
            gazetteer,
            format,
            encoding,
            output,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new Request(parse.GetValue(file)!, parse.GetValue(published), parse.GetValue(vague)!, parse.GetValue(zone), parse.GetValue(gazetteer), parse.GetValue(format)!, parse.GetValue(encoding)!, parse.GetValue(output) is "-" ? null : parse.GetValue(output)),
            stdout,
            stderr,
            stdin,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(Request request, TextWriter stdout, TextWriter stderr, Stream stdin, CancellationToken cancellationToken)
    {
        LocalDate? day = null;
        if (request.Published is { } given)
        {
            var date = LocalDatePattern.Iso.Parse(given);
            if (!date.Success || date.Value.Year is < 2 or > 9997)
            {
                await stderr.WriteLineAsync($"sitrep extract: --published must be a date as yyyy-MM-dd between the years 2 and 9997 (got '{PrintableText.Escape(given)}').").ConfigureAwait(false);
                return ExitCodes.UsageOrIo;
            }

            day = date.Value;
        }

        DateTimeZone? zone = null;
        if (request.Zone is not null && (zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(request.Zone)) is null)
        {
            await stderr.WriteLineAsync($"sitrep extract: unknown time zone '{request.Zone}' (use a TZDB id such as Asia/Baghdad).").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        var builtIn = Gazetteer.BuiltIn;
        if (request.Gazetteer is not null)
        {
            var report = await DatasetFileValidator.ReadAsync(request.Gazetteer, InputFormat.Sitrep, Stream.Null, cancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in report.Diagnostics)
            {
                await stderr.WriteLineAsync(PrintableText.Escape(request.Gazetteer) + ":" + diagnostic).ConfigureAwait(false);
            }

            if (report.IoFailed || report.Dataset is null || report.Diagnostics.Any(d => d.IsError))
            {
                await stderr.WriteLineAsync($"sitrep extract: the gazetteer {request.Gazetteer} could not be read; fix it first.").ConfigureAwait(false);
                return ExitCodes.UsageOrIo;
            }

            builtIn = builtIn.Add(report.Dataset.Actors);
        }

        string text;
        try
        {
            byte[] bytes;
            await using (var input = await InputFile.OpenAsync(request.File, stdin, cancellationToken).ConfigureAwait(false))
            {
                using var buffer = new MemoryStream();
                await input.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                bytes = buffer.ToArray();
            }

            // One decoder for every input: line by line in automatic mode, so one stray byte does not turn the
            // report's accented names into mojibake; declared UTF-8 that is broken is refused, never replaced.
            var decoded = DecodedText.Decode(bytes, request.Encoding switch
            {
                "utf-8" => DatasetEncoding.Utf8,
                "windows-1252" => DatasetEncoding.Windows1252,
                _ => DatasetEncoding.Auto,
            });
            foreach (var diagnostic in decoded.Diagnostics)
            {
                await stderr.WriteLineAsync(PrintableText.Escape(request.File) + ":" + diagnostic).ConfigureAwait(false);
            }

            if (decoded.Diagnostics.Any(d => d.IsError))
            {
                await stderr.WriteLineAsync($"{PrintableText.Escape(request.File)}: not valid {decoded.EncodingName}; nothing was extracted. Declare --encoding windows-1252 if that is what it is.").ConfigureAwait(false);
                return ExitCodes.DataErrors;
            }

            text = decoded.Text;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"sitrep extract: cannot read {PrintableText.Escape(request.File)}: {InputFile.Unreadable(ex)}.").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        var context = new ReportContext(day)
        {
            Zone = zone,
            Gazetteer = builtIn,
            Title = Path.GetFileName(request.File),
            Numbers = request.VagueAmounts == "press-release" ? NumberOptions.PressReleaseConvention : null,
        };
        var result = ReportParser.Parse(text, context);
        foreach (var diagnostic in result.Diagnostics)
        {
            await stderr.WriteLineAsync(PrintableText.Escape(request.File) + ":" + diagnostic).ConfigureAwait(false);
        }

        if (request.Format == "timeml" && Sitrep.Text.TimeExpressions.TimeMl.FindUnwritable(text) is var bad and >= 0)
        {
            await stderr.WriteLineAsync($"{PrintableText.Escape(request.File)}: the text holds U+{(int)text[bad]:X4} at offset {bad}, which XML 1.0 cannot carry; no TimeML was written (--format json can).").ConfigureAwait(false);
            return ExitCodes.DataErrors;
        }

        var rendered = request.Format switch
        {
            "text" => ExtractSummary.Render(text, result),
            "timeml" => Sitrep.Text.TimeExpressions.TimeMl.Write(Path.GetFileName(request.File), text, result),
            "mentions" => ReportMentionsJson.Write(result) + "\n",
            _ => SitrepJson.Serialize(result.Draft) + "\n",
        };
        try
        {
            if (request.Output is null)
            {
                await stdout.WriteAsync(rendered).ConfigureAwait(false);
            }
            else
            {
                await using var file = OutputFile.Create(request.Output);
                var bytes = new UTF8Encoding(false).GetBytes(rendered);
                await file.Stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                await file.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"sitrep extract: cannot write {request.Output}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        return result.Diagnostics.Any(d => d.IsError) ? ExitCodes.DataErrors : ExitCodes.Clean;
    }

    /// <summary>UTF-8 (a byte order mark is dropped), or Windows-1252 when declared or when the bytes are not UTF-8; never a replacement character.</summary>
    private sealed record Request(string File, string? Published, string VagueAmounts, string? Zone, string? Gazetteer, string Format, string Encoding, string? Output);
}
