using System;
using System.IO;
using System.Threading.Tasks;

namespace Sitrep.Tests.Cli;

/// <summary><c>sitrep eval</c> on gold files that are broken: every problem listed with its place, exit 1, never a crash.</summary>
public sealed class EvalGoldTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("sitrep-eval-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task Malformed_isaf_lines_are_listed_and_the_good_ones_scored()
    {
        var good = "{\"id\":\"a\",\"text\":\"KABUL, Afghanistan (Jan. 25, 2013)\\nA coalition force killed two insurgents yesterday.\",\"gold\":{\"min_killed\":2,\"min_captured\":0,\"start_date\":\"2013-01-24\"}}";
        var path = Path.Combine(directory, "gold.jsonl");
        File.WriteAllLines(path,
        [
            good,
            "not json at all",
            "[1,2,3]",
            "{\"id\":7,\"text\":\"x\",\"gold\":{\"min_killed\":1,\"min_captured\":0}}",
            "{\"id\":\"b\",\"text\":\"x\"}",
            "{\"id\":\"c\",\"text\":\"x\",\"gold\":{\"min_killed\":\"two\",\"min_captured\":0}}",
            "{\"id\":\"d\",\"text\":\"x\",\"gold\":{\"min_killed\":1,\"min_captured\":0,\"start_date\":\"last Tuesday\"}}",
            "{\"id\":\"\\ud800\",\"text\":\"x\",\"gold\":{\"min_killed\":1,\"min_captured\":0}}",
        ]);

        var (exit, stdout, stderr) = await CliTests.Run("eval", "isaf", path);

        Assert.Equal(1, exit);
        Assert.Contains("killed: exact 1/1", stdout, StringComparison.Ordinal);
        for (var line = 2; line <= 8; line++)
        {
            Assert.Contains($"{path}:{line}: ", stderr, StringComparison.Ordinal);
        }

        Assert.Contains("7 gold line(s) could not be read", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}", 1)]
    [InlineData("[{\"Input\": 5, \"Results\": []}]", 1)]
    [InlineData("[{\"Input\": \"three\", \"Results\": [{\"Text\": \"three\"}]}]", 1)]
    [InlineData("[{\"Input\": \"three\"}]", 1)]
    [InlineData("this is not json", 2)]
    public async Task Malformed_recognizers_specs_are_reported_not_crashed_on(string numberModel, int expected)
    {
        File.WriteAllText(Path.Combine(directory, "NumberModel.json"), numberModel);
        File.WriteAllText(Path.Combine(directory, "NumberRangeModel.json"), "[]");

        var (exit, _, stderr) = await CliTests.Run("eval", "recognizers", directory);

        Assert.Equal(expected, exit);
        Assert.Contains("NumberModel.json", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
    }
}
