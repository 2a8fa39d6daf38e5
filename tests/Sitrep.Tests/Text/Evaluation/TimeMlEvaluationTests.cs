using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sitrep.Tests.Cli;
using Sitrep.Text;
using Sitrep.Text.Evaluation;
using Sitrep.Text.TimeExpressions;

namespace Sitrep.Tests.Text.Evaluation;

/// <summary>TimeML gold read exactly, scored by the TempEval-3 measures through what <c>ReportParser.Parse</c> gives.</summary>
public sealed class TimeMlEvaluationTests : IDisposable
{
    private static readonly string GoldFolder = Path.Combine(TestPaths.RepositoryRoot, "tests", "Sitrep.Tests", "Text", "Evaluation", "TimeMlGold");

    private readonly string directory = Directory.CreateTempSubdirectory("sitrep-timeml-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void A_document_gives_its_text_without_tags_its_creation_day_and_each_timex_span()
    {
        const string xml = "<?xml version=\"1.0\"?><TimeML><DOCID>d</DOCID><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-02-13T14:32:00\" functionInDocument=\"CREATION_TIME\">February 13</TIMEX3></DCT>"
            + "<TEXT>Talks <EVENT eid=\"e1\">ended</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-02-12\">yesterday</TIMEX3> after <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3D\">three days</TIMEX3>"
            + "<TIMEX3 tid=\"t3\" type=\"DATE\" value=\"1998\" /> &amp; more.</TEXT></TimeML>";

        Assert.Null(TimeMlDocument.Read("d.tml", xml, out var document));

        Assert.Equal("Talks ended yesterday after three days & more.", document!.Text);
        Assert.Equal(new LocalDate(1998, 2, 13), document.Created);
        Assert.Collection(
            document.Gold,
            t => Assert.Equal(("yesterday", "DATE", "1998-02-12", 12), (t.Text, t.Type, t.Value, t.Span.Start)),
            t => Assert.Equal(("three days", "DURATION", "P3D", 28), (t.Text, t.Type, t.Value, t.Span.Start)));
    }

    [Theory]
    [InlineData("<TimeML><TEXT>open", "line 1")]
    [InlineData("<TimeML><DOCID>x</DOCID></TimeML>", "no TEXT element")]
    [InlineData("not xml at all", "not well-formed XML")]
    [InlineData("<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><TimeML><TEXT>&lol2;</TEXT></TimeML>", "not well-formed XML")]
    public void A_broken_document_is_reported_with_where_not_thrown(string xml, string expected)
    {
        var problem = TimeMlDocument.Read("bad.tml", xml, out var document);

        Assert.Null(document);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Scores_count_strict_and_relaxed_matches_and_attributes_over_relaxed_ones()
    {
        // Gold: "last week" (the parser finds it, same span and value), "three days" as a DATE (wrong type), "the
        // long war" (not a time expression to the parser: a miss). The parser also finds "now" (not in gold).
        const string xml = "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-03-22\" functionInDocument=\"CREATION_TIME\"/></DCT><TEXT>"
            + "Fighting <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2013-W11\">last week</TIMEX3> lasted <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"P3D\">three days</TIMEX3>"
            + " in <TIMEX3 tid=\"t3\" type=\"DURATION\" value=\"PXY\">the long war</TIMEX3>, and it is quiet now.</TEXT></TimeML>";
        Assert.Null(TimeMlDocument.Read("s.tml", xml, out var document));

        var score = TimeMlEvaluation.Score([document!]);

        Assert.Equal((1, 3, 3, 2, 2, 1, 2), (score.Documents, score.Gold, score.Found, score.StrictMatches, score.RelaxedMatches, score.TypeCorrect, score.ValueCorrect));
        Assert.Equal(2.0 / 3, score.RelaxedPrecision, 6);
        Assert.Equal(2.0 / 3, score.RelaxedF1, 6);
        Assert.Equal(0.5, score.TypeAccuracy, 6);
        Assert.Equal(2.0 / 6, score.TypeF1, 6);
        Assert.Equal(score.RelaxedF1 * score.ValueAccuracy, score.ValueF1, 6);
        Assert.Contains(score.Misses, m => m.Contains("missed \"the long war\"", StringComparison.Ordinal));
        Assert.Contains(score.Misses, m => m.Contains("not in gold: \"now\"", StringComparison.Ordinal));
    }

    [Fact]
    public void The_parsers_own_timeml_scores_perfectly_against_itself()
    {
        foreach (var file in Directory.GetFiles(GoldFolder, "*.tml"))
        {
            Assert.Null(TimeMlDocument.Read(file, File.ReadAllText(file), out var gold));
            var written = TimeMl.Write("self", gold!.Text, ReportParser.Parse(gold.Text, new ReportContext(gold.Created)));
            Assert.Null(TimeMlDocument.Read("self", written, out var self));

            var score = TimeMlEvaluation.Score([self!]);

            Assert.Equal(gold.Text, self!.Text);
            Assert.Equal((score.Gold, score.Gold, score.Gold), (score.Found, score.StrictMatches, score.ValueCorrect));
        }
    }

    [Property(MaxTest = 200)]
    public void Written_timeml_reads_back_with_the_text_and_spans_exact(NonNull<string> body)
    {
        var text = new string(body.Get.Where(c => c is '\t' or '\n' or (>= ' ' and < '\uD800') or (> '\uDFFF' and < '\uFFFE')).ToArray()) + " on March 3 and for three days, now.";

        var result = ReportParser.Parse(text, new ReportContext(new LocalDate(2013, 3, 22)));
        Assert.Null(TimeMlDocument.Read("p", TimeMl.Write("p", text, result), out var read));

        Assert.Equal(text.Replace("\r", string.Empty, StringComparison.Ordinal), read!.Text.Replace("\r", string.Empty, StringComparison.Ordinal));
        Assert.Equal(result.TimeExpressions.Select(e => (e.Text, e.Value.ToString())), read.Gold.Select(g => (g.Text, g.Value)));
    }

    [Fact]
    public async Task The_cli_prints_the_measures_for_a_gold_folder()
    {
        var (exit, stdout, stderr) = await CliTests.Run("eval", "timeml", GoldFolder, "--misses");

        Assert.Equal((0, string.Empty), (exit, stderr));
        Assert.Contains("documents: 646, gold expressions: 6539", stdout, StringComparison.Ordinal);
        Assert.Contains("extent relaxed: P ", stdout, StringComparison.Ordinal);
        Assert.Contains("value: accuracy ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cli_reports_unreadable_documents_and_scores_the_rest()
    {
        File.Copy(Directory.GetFiles(GoldFolder, "*.tml")[0], Path.Combine(directory, "good.tml"));
        File.WriteAllText(Path.Combine(directory, "broken.tml"), "<TimeML><TEXT>never closed");
        File.WriteAllBytes(Path.Combine(directory, "latin1.tml"), [0x3C, 0x54, 0x69, 0x6D, 0x65, 0x4D, 0x4C, 0x3E, 0xE9, 0x3C, 0x2F, 0x54, 0x69, 0x6D, 0x65, 0x4D, 0x4C, 0x3E]);

        var (exit, stdout, stderr) = await CliTests.Run("eval", "timeml", directory);

        Assert.Equal(1, exit);
        Assert.Contains("documents: 1,", stdout, StringComparison.Ordinal);
        Assert.Contains("broken.tml: not well-formed XML", stderr, StringComparison.Ordinal);
        Assert.Contains("latin1.tml: not valid UTF-8", stderr, StringComparison.Ordinal);
        Assert.Contains("2 document(s) could not be read", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cli_refuses_a_folder_without_gold()
    {
        var (exit, _, stderr) = await CliTests.Run("eval", "timeml", directory);

        Assert.Equal(2, exit);
        Assert.Contains("holds no .tml files", stderr, StringComparison.Ordinal);
    }
}
