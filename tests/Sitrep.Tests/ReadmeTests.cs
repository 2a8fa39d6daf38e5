using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;
using Sitrep.Datasets.Ucdp;
using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Serialization;
using Sitrep.Temporal;
using Sitrep.Tests.Datasets.Ucdp;
using Sitrep.Text;
using Sitrep.Validation;

namespace Sitrep.Tests;

/// <summary>Runs the tests that write to <see cref="Console"/> one at a time.</summary>
[CollectionDefinition(nameof(ConsoleWriters), DisableParallelization = true)]
public sealed class ConsoleWriters
{
}

/// <summary>
/// Keeps README.md true: each C# block of the README is the code between <c>README:begin N</c> and
/// <c>README:end N</c> here, verbatim but for its using directives, and what it prints is the README's
/// <c>prints:</c> block under it, character for character.
/// </summary>
[Collection(nameof(ConsoleWriters))]
public sealed class ReadmeTests
{
    private static readonly Regex Block = new("```csharp\n(?<code>.*?)```\n\nprints:\n\n```text\n(?<output>.*?)```", RegexOptions.Singleline | RegexOptions.NonBacktracking);

    private static readonly Regex Marker = new("^ *// README:begin ([0-9]+)$", RegexOptions.Multiline | RegexOptions.NonBacktracking);

    private static readonly Regex UsingDirective = new("^using [A-Za-z.]+;$", RegexOptions.NonBacktracking);

    [Fact]
    public void Readme_block_1_builds_validates_and_round_trips_the_clinic_strike() => AssertPrints(1, () =>
    {
        // README:begin 1
        var strike = new Incident
        {
            Id = new("incident:clinic-strike"),
            Type = IncidentType.Strike,
            Participants = [new(new ActorId("actor:isf"), ParticipantRole.Victim)],
            Casualties = [new(CasualtyOutcome.Killed, new VictimGroup(VictimCategory.SecurityForces, new ActorId("actor:isf")),
                              Estimate.Exactly(7).WithPhrase("seven"))],
            Attributions =
            [
                new(AttributionState.Denied) { Perpetrators = [new("actor:usa")], AttributedBy = [new("actor:usa")] },
                new(AttributionState.Unattributed) { Perpetrators = [new("actor:usa")], AttributedBy = [new("actor:irq")], IsOfficial = true },
            ],
        };
        var dataset = new Dataset { Incidents = [strike] };

        // The actors are not in the dataset yet: each reference to them is reported, with its path.
        foreach (var diagnostic in DatasetValidator.Validate(dataset))
        {
            Console.WriteLine(diagnostic);
        }

        string json = SitrepJson.Serialize(dataset);
        var back = SitrepJson.Parse(json);   // ReadResult<Dataset>: Success, Value, Diagnostics; never an exception for bad input
        Console.WriteLine(back.Success && back.Value == dataset);
        // README:end 1
    });

    [Fact]
    public void Readme_block_2_reads_a_ucdp_file_row_by_row_with_its_rejected_row()
    {
        var bad = UcdpGedFixtures.Event(1002);
        bad["best"] = "ten";
        var file = Path.Combine(Environment.CurrentDirectory, "GEDEvent_v25_1.csv");
        File.WriteAllText(file, UcdpGedFixtures.Csv([UcdpGedFixtures.Event(1001), bad]));
        try
        {
            AssertPrints(2, () =>
            {
                // README:begin 2
                using var reader = UcdpGedReader.OpenFile("GEDEvent_v25_1.csv");
                var mapper = new UcdpGedMapper("25.1");
                foreach (var row in reader.ReadRows())
                {
                    if (row.TryGetValue(out var record))
                    {
                        Console.WriteLine($"{record.Id}: {mapper.Map(record).Casualties[0].Estimate} killed");
                    }

                    foreach (var diagnostic in row.Diagnostics)
                    {
                        Console.WriteLine(diagnostic);
                    }
                }
                Console.WriteLine($"{reader.LayoutDescription}: {reader.Counts}");   // read = accepted + rejected, always
                // README:end 2
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Readme_block_3_parses_a_wire_story_into_a_draft_with_spans() => AssertPrints(3, () =>
    {
        // README:begin 3
        var text = """
            QAIM, Iraq, March 28 (Wire) -
            A drone strike on a checkpoint killed at least four members of the Iraqi security forces late on Friday,
            two local officials said. Nobody has claimed the strike.
            """;
        var result = ReportParser.Parse(text, new ReportContext(new LocalDate(2026, 3, 28))
        {
            Zone = DateTimeZoneProviders.Tzdb["Asia/Baghdad"],
        });

        foreach (var incident in result.Draft.Incidents)
        {
            Console.WriteLine($"{incident.Type} on {incident.Time}: {incident.Casualties[0].Outcome} {incident.Casualties[0].Estimate}");
        }

        foreach (var casualty in result.Casualties)
        {
            Console.WriteLine($"\"{casualty.Text}\" at {casualty.Span}: {casualty.Count} {casualty.Category}");
        }
        // README:end 3
    });

    [Fact]
    public void Readme_block_4_shows_temporal_values_with_precision() => AssertPrints(4, () =>
    {
        // README:begin 4
        var late = TemporalValue.Parse("end:2026-03-27@Asia/Baghdad").Value;   // "late on Friday"
        Console.WriteLine(late.Precision);      // the unit the value is known to
        Console.WriteLine(late.Modifier);
        Console.WriteLine(late.ToInterval());   // the instants of that day in Baghdad
        Console.WriteLine(TemporalValue.Week(2026, 12));
        Console.WriteLine(TemporalValue.PartOfDay(new LocalDate(2026, 3, 20), DayPart.Night));
        Console.WriteLine(TemporalValue.Parse("2026-02-30").Error);   // a result with a coded diagnostic, never an exception
        // README:end 4
    });

    [Fact]
    public void Every_csharp_block_in_the_readme_is_one_this_test_runs()
    {
        var tested = Marker.Matches(Source()).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        var blocks = Readme().Split("```csharp").Length - 1;

        Assert.Equal(Enumerable.Range(1, blocks), tested);
        Assert.Equal(blocks, Block.Count(Readme()));
    }

    [Theory]
    [InlineData("Sitrep")]
    [InlineData("Sitrep.Datasets")]
    [InlineData("Sitrep.Text")]
    [InlineData("Sitrep.Cli")]
    [InlineData("Sitrep.Parquet")]
    public void Each_package_readme_shows_tested_examples_and_links_that_work_on_the_package_page(string package)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", package, "README.md")).ReplaceLineEndings("\n");
        var tested = Block.Matches(Readme()).Select(m => m.Value).ToHashSet();

        // A package page has no repository beside it: every link is absolute.
        foreach (Match link in Link.Matches(text))
        {
            Assert.StartsWith("https://", link.Groups[1].Value, StringComparison.Ordinal);
        }

        // Each example, with what it prints, is one of the README's, which the tests above run.
        Assert.Equal(text.Split("```csharp").Length - 1, Block.Count(text));
        Assert.All(Block.Matches(text), m => Assert.Contains(m.Value, tested));
        Assert.Contains(package == "Sitrep.Cli" ? "dotnet tool install -g Sitrep.Cli --prerelease" : $"dotnet add package {package} --prerelease", text, StringComparison.Ordinal);
    }

    private static readonly Regex Link = new(@"\]\(([^)]*)\)", RegexOptions.NonBacktracking);

    private static void AssertPrints(int number, Action run)
    {
        var block = Block.Matches(Readme())[number - 1];
        Assert.Equal(Lines(block.Groups["code"].Value).Where(l => !UsingDirective.IsMatch(l)), Lines(Tested(number)));

        using var console = new StringWriter { NewLine = "\n" };
        var original = Console.Out;
        Console.SetOut(console);
        try
        {
            run();
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal(block.Groups["output"].Value, console.ToString());
    }

    private static string Tested(int number)
    {
        var source = Source();
        var start = source.IndexOf($"// README:begin {number}\n", StringComparison.Ordinal);
        var end = source.IndexOf($"// README:end {number}\n", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README block {number} has no tested code here.");
        return source[(source.IndexOf('\n', start) + 1)..end];
    }

    private static IEnumerable<string> Lines(string code) =>
        code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("// README:", StringComparison.Ordinal));

    private static string Readme() => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md")).ReplaceLineEndings("\n");

    // Read from the repository, not [CallerFilePath]: CI builds map source paths to /_/ for determinism.
    private static string Source() =>
        File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "Sitrep.Tests", "ReadmeTests.cs")).ReplaceLineEndings("\n");
}
