using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using Sitrep.Sources;
using Sitrep.Text.Evaluation;

namespace Sitrep.Tests.Text.Evaluation;

/// <summary>
/// Time expressions in real press releases the team did not write: seventy-two ISAF releases from the shared corpus,
/// annotated by hand (stand-off, in <c>IsafTimex/isaf-timex.json</c>) and scored through <c>ReportParser.Parse</c>.
/// </summary>
public sealed class IsafTimeMlTests
{
    private static readonly string AnnotationFile = Path.Combine(TestPaths.RepositoryRoot, "tests", "Sitrep.Tests", "Text", "Evaluation", "IsafTimex", "isaf-timex.json");

    [Fact]
    public void The_hand_annotated_releases_read_with_value_F1_of_at_least_98()
    {
        if (TestPaths.SharedCorpus is not { } corpus)
        {
            Assert.Skip("../shared/corpus is absent: this clone has no shared corpus beside it.");
            return;
        }

        var documents = Documents(corpus);
        var score = TimeMlEvaluation.Score(documents);

        Assert.Equal((175, 471), (score.Documents, score.Gold));
        Assert.True(score.ValueF1 >= 0.98, score.ToString() + Environment.NewLine + string.Join(Environment.NewLine, score.Misses));
    }

    // Each release's text from the corpus, with the annotated expressions found by their words, in order.
    private static List<TimeMlDocument> Documents(string corpus)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(corpus, "isaf", "isaf-dev.jsonl")))
        {
            using var record = JsonDocument.Parse(line);
            texts[record.RootElement.GetProperty("id").GetString()!] = record.RootElement.GetProperty("text").GetString()!;
        }

        using var annotations = JsonDocument.Parse(File.ReadAllText(AnnotationFile));
        var documents = new List<TimeMlDocument>();
        foreach (var release in annotations.RootElement.EnumerateObject())
        {
            var text = texts[release.Name];
            var gold = new List<GoldTimex>();
            var from = 0;
            foreach (var timex in release.Value.GetProperty("timex").EnumerateArray())
            {
                var words = timex[0].GetString()!;
                var found = Regex.Match(text[from..], @"(?<![A-Za-z0-9])" + Regex.Escape(words) + "(?![A-Za-z0-9])", RegexOptions.None, TimeSpan.FromSeconds(1));
                Assert.True(found.Success, $"{release.Name}: \"{words}\" is not in the release after character {from}");
                gold.Add(new GoldTimex(new TextSpan(from + found.Index, found.Length), words, timex[1].GetString()!, timex[2].GetString()!));
                from += found.Index + found.Length;
            }

            var created = LocalDatePattern.Iso.Parse(release.Value.GetProperty("dct").GetString()!).Value;
            documents.Add(new TimeMlDocument(release.Name, text, created, [.. gold]));
        }

        return documents;
    }
}
