using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sitrep.Datasets;
using Sitrep.Datasets.Gdelt;
using Sitrep.Datasets.Polecat;
using Sitrep.Serialization;
using Sitrep.Tests.Cli;
using Sitrep.Tests.Datasets.Gdelt;
using Sitrep.Tests.Datasets.Polecat;
using Sitrep.Tests.Datasets.Ucdp;
using Sitrep.Validation;

namespace Sitrep.Tests.Datasets;

/// <summary>GDELT and POLECAT writers: formats without quoting, so every format Sitrep reads it also writes.</summary>
public sealed class TabSeparatedWriterTests : IDisposable
{
    private static readonly Gen<string> Text =
        from start in Gen.Elements(string.Empty, "=", "+", "-", "@", "'", "''", "'=", "-5", "\"")
        from body in Gen.Elements("IRAQ", "Kirkūk", "a b", "x\ty", "line\nbreak", "cr\rlf", "O'Brien", string.Empty)
        select start + body;

    private readonly string directory = Directory.CreateTempSubdirectory("sitrep-tsv-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Property(MaxTest = 150)]
    public Property Gdelt_rows_come_back_equal_except_tabs_and_line_breaks_which_are_counted()
    {
        var rows = Gen.NonEmptyListOf(Gen.Three(Text)).Select(l => l.ToList());
        return Prop.ForAll(rows.ToArbitrary(), names =>
        {
            var records = names.Select((n, i) =>
            {
                var e = GdeltEventReaderTests.Event(i + 1);
                (e["Actor1Name"], e["Actor2Name"], e["ActionGeo_FullName"]) = n;
                return new GdeltEventRecord(GdeltEventColumns.Gdelt2, ValueArray.From(GdeltEventColumns.Gdelt2.Select(c => e[c])));
            }).ToList();
            using var writer = new StringWriter();
            var changes = records.Select(r => GdeltEventWriter.WriteRecord(writer, r)).Aggregate(default(CellChanges), (a, b) => a + b);

            using var reader = GdeltEventReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(writer.ToString())));
            var back = reader.ReadRows().Select(r => r.Value).ToList();

            var flat = names.Sum(n => new[] { n.Item1, n.Item2, n.Item3 }.Count(v => v.AsSpan().IndexOfAny('\t', '\r', '\n') >= 0));
            var expected = records.Select(r => r with { Values = ValueArray.From(r.Values.Select(v => v.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' '))) });
            return (back.SequenceEqual(expected) && changes.Flattened == flat).Label($"flattened {changes.Flattened} of {flat}");
        });
    }

    [Property(MaxTest = 100)]
    public Property Polecat_rows_come_back_equal_with_the_formula_guard_on()
    {
        var rows = Gen.NonEmptyListOf(Gen.Two(Text)).Select(l => l.Where(n => !HasBreak(n.Item1) && !HasBreak(n.Item2)).ToList());
        return Prop.ForAll(rows.ToArbitrary(), names =>
        {
            using var source = PolecatEventReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(PolecatEventReaderTests.Header + "\n" + string.Join("\n", names.Select((_, i) => PolecatEventReaderTests.Row("e" + i))) + "\n")));
            var records = source.ReadRows().Select(r => r.Value).Zip(names, (r, n) => WithNames(r, n.Item1, n.Item2)).ToList();
            using var writer = new StringWriter();
            PolecatEventWriter.Write(writer, records);

            using var reader = PolecatEventReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(writer.ToString())));
            var back = reader.ReadRows().Select(r => r.Value).ToList();

            return back.SequenceEqual(records).Label(writer.ToString());
        });
    }

    [Fact]
    public async Task The_gdelt_export_in_the_corpus_is_written_back_byte_for_byte()
    {
        var corpus = TestPaths.SharedCorpus;
        if (corpus is null)
        {
            Assert.Skip("../shared/corpus is absent: this clone has no shared corpus beside it.");
        }

        var input = Path.Combine(corpus, "datasets", "gdelt", "20191024143000-first1000.export.CSV");
        var output = Path.Combine(directory, "gdelt.tsv");

        var (exit, _, _) = await CliTests.Run("convert", input, "--to", "gdelt", "-o", output);

        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllBytes(input), File.ReadAllBytes(output));
    }

    [Theory]
    [InlineData("gdelt")]
    [InlineData("polecat")]
    public async Task Ucdp_converted_to_a_tab_separated_format_reads_back_whole_and_says_what_was_lost(string format)
    {
        var input = Path.Combine(directory, "ged.csv");
        File.WriteAllText(input, UcdpGedFixtures.Csv([UcdpGedFixtures.Event(1), UcdpGedFixtures.Event(2)]));
        var output = Path.Combine(directory, "out." + format);
        var back = Path.Combine(directory, "back.jsonl");

        var (exit, stdout, _) = await CliTests.Run("convert", input, "--to", format, "-o", output);
        var (validate, validateOut, _) = await CliTests.Run("validate", output, "--from", format);
        var (toJson, _, _) = await CliTests.Run("convert", output, "--from", format, "-o", back);
        var dataset = (await SitrepJsonLines.ReadDatasetAsync(File.OpenRead(back))).Dataset!;

        Assert.Equal(0, exit);
        Assert.Contains("no casualty figures", stdout, StringComparison.Ordinal);
        Assert.Contains("derived from the incident's type and means", stdout, StringComparison.Ordinal);
        Assert.Equal(0, validate);
        Assert.Contains("2 accepted, 0 rejected", validateOut, StringComparison.Ordinal);
        Assert.Equal(0, toJson);
        Assert.Equal(2, dataset.Incidents.Count);
        // PLOVER has no clash category: ASSAULT reads back as an attack, and convert said so.
        var type = format == "gdelt" ? Sitrep.Incidents.IncidentType.ArmedClash : Sitrep.Incidents.IncidentType.Attack;
        Assert.All(dataset.Incidents, i => Assert.Equal(type, i.Type));
        Assert.Equal(format == "polecat", stdout.Contains("reads back as an attack", StringComparison.Ordinal));
        Assert.All(dataset.Incidents, i => Assert.Equal(new NodaTime.LocalDate(2021, 6, 1), i.Time!.Value.StartDate));
        Assert.Contains(dataset.Actors, a => a.Name.Equals("PDF", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(DatasetValidator.Validate(dataset), d => d.IsError);
    }

    [Fact]
    public void A_polecat_style_from_a_comma_separated_file_writes_quoted_csv()
    {
        var text = PolecatEventReaderTests.Header.Replace('\t', ',') + "\n" + PolecatEventReaderTests.Row().Replace("\"", "\"\"", StringComparison.Ordinal).Split('\t').Select(f => f.Contains(',', StringComparison.Ordinal) || f.Contains('"', StringComparison.Ordinal) ? "\"" + f + "\"" : f).Aggregate((a, b) => a + "," + b) + "\n";
        using var reader = PolecatEventReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), null, ',');
        var records = reader.ReadRows().Select(r => r.Value).ToList();
        using var writer = new StringWriter();

        PolecatEventWriter.Write(writer, records, style: reader.Style);

        Assert.Equal(',', reader.Style.Separator);
        Assert.Equal(text, writer.ToString());
    }

    private static bool HasBreak(string value) => value.AsSpan().IndexOfAny('\t', '\r', '\n') >= 0;

    private static PolecatEventRecord WithNames(PolecatEventRecord record, string actor, string recipient) =>
        record with
        {
            Values = ValueArray.From(record.Columns.Select((c, i) => c switch
            {
                "Actor Name" => actor,
                "Recipient Name" => recipient,
                _ => record.Values[i],
            })),
        };
}
