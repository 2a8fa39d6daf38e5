using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using FsCheck.Xunit;
using NodaTime;
using Sitrep.Tests.Cli;
using Sitrep.Text;
using Sitrep.Text.TimeExpressions;

namespace Sitrep.Tests.Text.TimeExpressions;

/// <summary>A parsed report written as TimeML: well-formed, the text exact between the tags, each resolved date a TIMEX3.</summary>
public sealed class TimeMlTests
{
    private static XDocument Written(string text, LocalDate? published)
    {
        var result = ReportParser.Parse(text, new ReportContext(published));
        return XDocument.Parse(TimeMl.Write("doc.txt", text, result), LoadOptions.PreserveWhitespace);
    }

    [Fact]
    public void The_seed_story_has_its_publication_date_as_DCT_and_late_on_Friday_as_the_end_of_the_day_before()
    {
        var article = TestPaths.SeedArticle;
        if (article is null)
        {
            Assert.Skip("../shared/corpus is absent: this clone has no seed article beside it.");
        }

        var text = File.ReadAllText(article);
        var document = Written(text, new LocalDate(2026, 3, 28));
        var dct = document.Root!.Element("DCT")!.Element("TIMEX3")!;
        Assert.Equal(("t0", "2026-03-28", "CREATION_TIME"), (dct.Attribute("tid")!.Value, dct.Attribute("value")!.Value, dct.Attribute("functionInDocument")!.Value));

        var body = document.Root.Element("TEXT")!;
        Assert.Equal(text, body.Value);
        var friday = body.Elements("TIMEX3").Single(t => t.Value == "late on Friday");
        Assert.Equal(("DATE", "2026-03-27", "END", "t0"), (friday.Attribute("type")!.Value, friday.Attribute("value")!.Value, friday.Attribute("mod")!.Value, friday.Attribute("anchorTimeID")!.Value));
        Assert.All(body.Elements("TIMEX3"), t => Assert.True(TimexValue.Parse(t.Attribute("value")!.Value).Success));
        Assert.Equal(body.Elements("TIMEX3").Count(), body.Elements("TIMEX3").Select(t => t.Attribute("tid")!.Value).Distinct().Count());
    }

    [Property(MaxTest = 200)]
    public void Any_text_XML_can_carry_reads_back_exactly_between_the_tags(string text)
    {
        text ??= string.Empty;
        if (TimeMl.FindUnwritable(text) >= 0)
        {
            return;
        }

        var body = Written(text + " on 3 March 2024, <b>&amp;</b>\r\n", new LocalDate(2024, 3, 10)).Root!.Element("TEXT")!;
        Assert.Equal(text + " on 3 March 2024, <b>&amp;</b>\r\n", body.Value);
    }

    [Fact]
    public void Each_type_is_written_with_its_attributes_and_a_day_counted_from_another_points_at_its_tid()
    {
        var body = Written("Fighting began on March 3. The next day aid came, as it does twice a week, for three days.", new LocalDate(2024, 3, 10)).Root!.Element("TEXT")!;

        var timexes = body.Elements("TIMEX3").ToDictionary(t => t.Value);
        Assert.Equal(("DATE", "2024-03-03", "t0"), (timexes["March 3"].Attribute("type")!.Value, timexes["March 3"].Attribute("value")!.Value, timexes["March 3"].Attribute("anchorTimeID")!.Value));
        Assert.Equal(("DATE", "2024-03-04", timexes["March 3"].Attribute("tid")!.Value), (timexes["The next day"].Attribute("type")!.Value, timexes["The next day"].Attribute("value")!.Value, timexes["The next day"].Attribute("anchorTimeID")!.Value));
        Assert.Equal(("SET", "P1W", "2X"), (timexes["twice a week"].Attribute("type")!.Value, timexes["twice a week"].Attribute("value")!.Value, timexes["twice a week"].Attribute("freq")!.Value));
        Assert.Equal(("DURATION", "P3D", "false"), (timexes["three days"].Attribute("type")!.Value, timexes["three days"].Attribute("value")!.Value, timexes["three days"].Attribute("temporalFunction")!.Value));
    }

    [Fact]
    public void Without_a_publication_date_the_date_read_from_the_text_is_the_DCT_and_with_none_there_is_none()
    {
        var dated = Written("Fighting resumed on 3 March 2024 in the north.", null);
        Assert.Equal("2024-03-03", dated.Root!.Element("DCT")!.Element("TIMEX3")!.Attribute("value")!.Value);

        var undated = Written("Fighting resumed in the north.", null);
        Assert.Null(undated.Root!.Element("DCT"));
        Assert.Empty(undated.Root.Element("TEXT")!.Elements("TIMEX3"));
    }

    [Fact]
    public async Task Extract_refuses_TimeML_for_a_text_XML_cannot_carry_and_says_where()
    {
        var path = Path.Combine(Path.GetTempPath(), "sitrep-timeml-" + Guid.NewGuid().ToString("N") + ".txt");
        await File.WriteAllTextAsync(path, "Shelling on 3 March 2024.\u0001", TestContext.Current.CancellationToken);
        try
        {
            var (exit, stdout, stderr) = await CliTests.Run("extract", path, "--published", "2024-03-10", "--format", "timeml");
            Assert.Equal(1, exit);
            Assert.Empty(stdout);
            Assert.Contains("U+0001 at offset 25", stderr, StringComparison.Ordinal);
            Assert.Equal(25, TimeMl.FindUnwritable("Shelling on 3 March 2024.\u0001"));
            Assert.Equal(-1, TimeMl.FindUnwritable("😀 tab\tline\r\n"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
