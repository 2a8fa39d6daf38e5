using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Serialization;
using Sitrep.Validation;

namespace Sitrep.Tests;

/// <summary>Keeps the README's C# example compiling and true: the code between the markers is the README's first C# block.</summary>
public class ReadmeTests
{
    [Fact]
    public void The_readme_example_builds_validates_and_serialises_the_clinic_strike()
    {
        using var console = new StringWriter();
        var original = Console.Out;
        Console.SetOut(console);
        try
        {
            // README:begin
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

            foreach (var diagnostic in DatasetValidator.Validate(dataset))
            {
                Console.WriteLine(diagnostic);   // three SR0108: actor:isf, actor:usa and actor:irq are not in the dataset yet
            }

            string json = SitrepJson.Serialize(dataset);
            var back = SitrepJson.Parse(json);   // ReadResult<Dataset>: Value plus Diagnostics, never an exception for bad input
            // README:end

            Assert.Equal(dataset, back.Value);
            Assert.Equal(3, DatasetValidator.Validate(dataset).Select(d => d.Value).Distinct().Count());
            Assert.All(DatasetValidator.Validate(dataset), d => Assert.Equal(DiagnosticCodes.DanglingReference, d.Code));
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Contains("SR0108", console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_shows_the_code_this_test_runs()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));
        var block = Regex.Match(readme, "```csharp\n(.*?)```", RegexOptions.Singleline, TimeSpan.FromSeconds(1)).Groups[1].Value;
        // Read from the repository, not [CallerFilePath]: CI builds map source paths to /_/ for determinism.
        var source = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "Sitrep.Tests", "ReadmeTests.cs"));
        var start = source.IndexOf("// README:begin", StringComparison.Ordinal);
        var end = source.IndexOf("// README:end", StringComparison.Ordinal);
        var tested = source[start..end].Split('\n').Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0);

        var shown = block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal));

        Assert.Equal(tested, shown);
    }
}
