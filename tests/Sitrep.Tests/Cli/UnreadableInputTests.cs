using System;
using System.IO;
using System.Threading.Tasks;

namespace Sitrep.Tests.Cli;

/// <summary>A missing file or a directory given as input gets the same words on every command, never a framework message.</summary>
public sealed class UnreadableInputTests
{
    [Theory]
    [InlineData("format")]
    [InlineData("stats")]
    [InlineData("convert")]
    [InlineData("extract")]
    [InlineData("eval isaf")]
    public async Task A_missing_file_is_no_such_file_on_every_command(string command)
    {
        var missing = Path.Combine(Path.GetTempPath(), "sitrep-missing-" + Guid.NewGuid().ToString("N") + ".json");

        var (exit, _, stderr) = await CliTests.Run([.. command.Split(' '), missing, .. command == "convert" ? new[] { "-o", missing + ".jsonl" } : []]);

        Assert.Equal(2, exit);
        Assert.Contains($"sitrep {command.Split(' ')[0]}: cannot read {missing}: no such file.", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Could not find", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("format")]
    [InlineData("stats")]
    [InlineData("convert")]
    [InlineData("extract")]
    public async Task A_directory_is_said_to_be_one_on_every_command(string command)
    {
        var directory = Directory.CreateTempSubdirectory("sitrep-dir-").FullName;
        try
        {
            var (exit, _, stderr) = await CliTests.Run([command, directory, .. command == "convert" ? new[] { "-o", Path.Combine(directory, "out.jsonl") } : []]);

            Assert.Equal(2, exit);
            Assert.Contains($"sitrep {command}: cannot read {directory}: it is a directory.", stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Validate_reports_a_missing_file_as_a_diagnostic_in_the_same_words()
    {
        var missing = Path.Combine(Path.GetTempPath(), "sitrep-missing-" + Guid.NewGuid().ToString("N") + ".json");

        var (exit, stdout, stderr) = await CliTests.Run("validate", missing);

        Assert.Equal(2, exit);
        Assert.Contains("SR0013: Cannot read the file: no such file.", stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Could not find", stdout + stderr, StringComparison.Ordinal);
    }
}
