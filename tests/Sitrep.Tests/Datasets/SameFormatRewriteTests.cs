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
using Sitrep.Datasets.Acled;
using Sitrep.Datasets.Ucdp;
using Sitrep.Tests.Cli;
using Sitrep.Tests.Datasets.Ucdp;

namespace Sitrep.Tests.Datasets;

/// <summary>
/// A file read and written back in its own format keeps its look: header spelling, line ends, quoting, encoding and
/// byte order mark, and its layout (a 42-column GED file stays 42 columns, a file without a header stays so).
/// </summary>
public sealed class SameFormatRewriteTests : IDisposable
{
    private static readonly string[] Columns = ["event_id_cnty", "event_date", "year", "event_type", "actor1", "country", "location", "fatalities", "notes"];
    private static readonly bool[] TextColumns = [true, false, false, true, true, true, true, false, true];

    private readonly string directory = Directory.CreateTempSubdirectory("sitrep-rewrite-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    /// <summary>A file's look, as the generator varies it.</summary>
    public sealed record Look(int Casing, string NewLine, string Encoding, bool Bom, bool QuoteText);

    [Property(MaxTest = 150)]
    public Property Any_acled_file_is_written_back_byte_for_byte()
    {
        var word = Gen.Elements("Kirkuk", "café", "Al Qaim", "a, b", "say \"no\"", "line\nbreak", "Zürich", "x", "Forces (2014-2021)", "5 mortar", "naïve; über");
        var row = from id in Gen.Choose(1, 99999)
                  from day in Gen.Choose(1, 28)
                  from actor in word
                  from location in word
                  from notes in word
                  from fatalities in Gen.Choose(0, 500)
                  select new[]
                  {
                      "IRQ" + id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                      "2020-02-" + day.ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
                      "2020",
                      "Battles",
                      actor,
                      "Iraq",
                      location,
                      fatalities.ToString(System.Globalization.CultureInfo.InvariantCulture),
                      notes,
                  };
        var look = from casing in Gen.Choose(0, 2)
                   from newLine in Gen.Elements("\n", "\r\n")
                   from encoding in Gen.Elements("UTF-8", "Windows-1252", "UTF-16LE")
                   from bom in Gen.Elements(true, false)
                   from quoteText in Gen.Elements(true, false)
                   select new Look(casing, newLine, encoding, bom || encoding == "UTF-16LE", quoteText && encoding != "UTF-16LE");
        var file = from l in look
                   from rows in Gen.NonEmptyListOf(row)
                   select (l, rows.ToList());

        return Prop.ForAll(file.ToArbitrary(), input =>
        {
            var (style, rows) = input;
            var bytes = Bytes(style, rows);

            using var reader = AcledEventReader.Open(new MemoryStream(bytes));
            var records = reader.ReadRows().Select(r => r.Value).ToList();
            var written = Rewrite(reader.Style, records);

            return (records.Count == rows.Count && written.AsSpan().SequenceEqual(bytes))
                .Label($"{style}: read {records.Count} of {rows.Count}; wrote {Encoding.UTF8.GetString(written)}");
        });
    }

    [Fact]
    public void The_style_says_what_the_reader_found()
    {
        var bytes = Bytes(new Look(1, "\r\n", "Windows-1252", false, true), [["IRQ1", "2020-02-27", "2020", "Battles", "café", "Iraq", "Erbil", "3", "x"]]);

        using var reader = AcledEventReader.Open(new MemoryStream(bytes));
        _ = reader.ReadRows().ToList();
        var style = reader.Style;

        Assert.Equal(("\r\n", "Windows-1252", false, true), (style.NewLine, style.EncodingName, style.ByteOrderMark, style.QuotedHeader));
        Assert.Equal(Columns.Select(c => c.ToUpperInvariant()), style.Header);
        Assert.Equal(TextColumns, style.QuotedColumns);
    }

    [Fact]
    public void Windows_1252_output_refuses_a_character_it_cannot_hold_by_default()
    {
        var encoding = new DatasetFileStyle { EncodingName = "Windows-1252" }.CreateEncoding();

        Assert.Throws<EncoderFallbackException>(() => encoding.GetBytes("الموصل"));
        Assert.Equal([0x63, 0x61, 0x66, 0xE9], encoding.GetBytes("café"));
    }

    [Fact]
    public void A_style_takes_only_line_ends_and_encodings_files_have() =>
        Assert.Throws<ArgumentException>(() => new DatasetFileStyle { NewLine = "\n\n" });

    [Fact]
    public async Task A_ged_42_column_file_converted_to_ucdp_stays_42_columns_with_its_header_spelling()
    {
        var header = string.Join(",", UcdpGedColumns.Ged42.Select(c => c.ToUpperInvariant()));
        var csv = UcdpGedFixtures.Csv([UcdpGedFixtures.Event(1), UcdpGedFixtures.Event(2)], UcdpGedColumns.Ged42, newline: "\r\n");
        var input = Path.Combine(directory, "ged191.csv");
        File.WriteAllText(input, header + csv[csv.IndexOf('\r', StringComparison.Ordinal)..]);
        var direct = Path.Combine(directory, "direct.csv");
        var jsonl = Path.Combine(directory, "ged191.jsonl");
        var viaJson = Path.Combine(directory, "via-json.csv");

        var (exit, _, _) = await CliTests.Run("convert", input, "--to", "ucdp", "-o", direct);
        await CliTests.Run("convert", input, "-o", jsonl);
        var (exit2, _, _) = await CliTests.Run("convert", jsonl, "--to", "ucdp", "-o", viaJson);

        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllBytes(input), File.ReadAllBytes(direct));
        Assert.Equal(0, exit2);
        Assert.Equal(42, File.ReadLines(viaJson).First().Split(',').Length);
    }

    [Fact]
    public async Task A_ucdp_file_without_a_header_is_written_back_without_one()
    {
        var input = Path.Combine(directory, "headerless.csv");
        File.WriteAllText(input, UcdpGedFixtures.Csv([UcdpGedFixtures.Event(1)], header: false));
        var output = Path.Combine(directory, "out.csv");

        var (exit, stdout, _) = await CliTests.Run("convert", input, "--to", "ucdp", "-o", output);

        Assert.True(exit == 0, stdout);
        Assert.Equal(File.ReadAllText(input), File.ReadAllText(output));
    }

    [Fact]
    public async Task Convert_reports_cells_the_formula_guard_changed_and_a_mixed_encoding_written_as_utf8()
    {
        var e = UcdpGedFixtures.Event(1);
        e["where_description"] = "-near the river";
        var second = UcdpGedFixtures.Event(2);
        second["where_coordinates"] = "Hpakant tōwn";
        var bytes = Encoding.UTF8.GetBytes(UcdpGedFixtures.Csv([e, second])).ToList();
        var at = bytes.IndexOf((byte)'P');
        bytes[at + 1] = 0xC9; // 'PDF' in the first row becomes P + a Windows-1252 byte + F
        var input = Path.Combine(directory, "mixed.csv");
        File.WriteAllBytes(input, [.. bytes]);
        var output = Path.Combine(directory, "out.csv");

        var (exit, stdout, _) = await CliTests.Run("convert", input, "--to", "ucdp", "-o", output);

        Assert.Equal(0, exit);
        Assert.Contains("1 cell(s) start with = + - @ ' or a tab", stdout, StringComparison.Ordinal);
        Assert.Contains("written as UTF-8 throughout", stdout, StringComparison.Ordinal);
        Assert.Contains("PÉF", File.ReadAllText(output, Encoding.UTF8), StringComparison.Ordinal);
        Assert.Contains("Hpakant tōwn", File.ReadAllText(output, Encoding.UTF8), StringComparison.Ordinal);
    }

    private static byte[] Rewrite(DatasetFileStyle style, List<AcledEventRecord> records)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, style.CreateEncoding(), 1024, leaveOpen: true))
        {
            DatasetCsvWriter.Write(writer, records, protectFormulas: false, style);
        }

        return stream.ToArray();
    }

    // The file as another tool would have written it: minimal quoting, or R's text columns in quotes.
    private static byte[] Bytes(Look look, IReadOnlyList<string[]> rows)
    {
        var text = new StringBuilder();
        var names = Columns.Select(c => look.Casing switch { 1 => c.ToUpperInvariant(), 2 => char.ToUpperInvariant(c[0]) + c[1..], _ => c });
        text.Append(string.Join(",", names.Select(n => look.QuoteText ? "\"" + n + "\"" : n))).Append(look.NewLine);
        foreach (var row in rows)
        {
            text.Append(string.Join(",", row.Select((v, i) => look.QuoteText && TextColumns[i] ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : UcdpGedFixtures.Quote(v)))).Append(look.NewLine);
        }

        var encoding = look.Encoding switch
        {
            "Windows-1252" => TestEncodings.Windows1252,
            "UTF-16LE" => new UnicodeEncoding(false, true),
            _ => new UTF8Encoding(look.Bom),
        };
        var preamble = look.Bom && look.Encoding != "Windows-1252" ? encoding.GetPreamble() : [];
        return [.. preamble, .. encoding.GetBytes(text.ToString())];
    }
}
