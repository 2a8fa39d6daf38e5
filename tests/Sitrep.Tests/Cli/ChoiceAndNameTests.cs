using System;
using System.IO;
using System.Threading.Tasks;

namespace Sitrep.Tests.Cli;

/// <summary>The tool calls itself <c>sitrep</c>; choice values are lower case and read in any case; <c>-o -</c> is standard output.</summary>
public sealed class ChoiceAndNameTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("extract", "--help")]
    [InlineData("convert", "--help")]
    public async Task Help_and_usage_name_the_command_sitrep(params string[] args)
    {
        var (exit, stdout, _) = await CliTests.Run(args);

        Assert.Equal(0, exit);
        Assert.Contains("Usage:\n  sitrep", stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("Sitrep.Cli", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("testhost", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("convert")]
    [InlineData("stats")]
    [InlineData("format")]
    [InlineData("extract")]
    public async Task Choice_values_in_help_are_lower_case(string command)
    {
        var (_, stdout, _) = await CliTests.Run(command, "--help");

        foreach (var line in stdout.ReplaceLineEndings("\n").Split('\n'))
        {
            var open = line.IndexOf('<', StringComparison.Ordinal);
            var close = line.IndexOf('>', StringComparison.Ordinal);
            if (open >= 0 && close > open && line.AsSpan(open, close - open).Contains('|'))
            {
                Assert.Equal(line[open..close].ToLowerInvariant(), line[open..close]);
            }

            Assert.DoesNotMatch(@"\[default: [A-Z]", line);
        }
    }

    [Theory]
    [InlineData("validate", "--format", "JSON")]
    [InlineData("validate", "--from", "SITREP")]
    [InlineData("stats", "--format", "Json")]
    [InlineData("validate", "--date-order", "DMY")]
    public async Task Choice_values_are_read_in_any_case(string command, string option, string value)
    {
        var (exit, _, stderr) = await CliTests.Run(command, option, value, TestPaths.SeedSample);

        Assert.True(exit is 0 or 1, stderr);
        Assert.DoesNotContain("not a value", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_takes_its_format_in_any_case()
    {
        var report = Path.Combine(Path.GetTempPath(), "sitrep-choice-" + Guid.NewGuid().ToString("N") + ".txt");
        await File.WriteAllTextAsync(report, "Two soldiers were killed in Kabul on Friday.");
        try
        {
            var (exit, stdout, stderr) = await CliTests.Run("extract", "--format", "JSON", "--published", "2026-03-14", report);

            Assert.Equal(0, exit);
            Assert.StartsWith("{", stdout, StringComparison.Ordinal);
            Assert.Equal(string.Empty, stderr);
        }
        finally
        {
            File.Delete(report);
        }
    }

    [Fact]
    public async Task A_value_outside_the_choices_is_an_error_naming_the_option_and_the_values()
    {
        var (exit, _, stderr) = await CliTests.Run("convert", TestPaths.SeedSample, "-o", "out.csv", "--to", "Csv");

        Assert.Equal(2, exit);
        Assert.Contains("'Csv' is not a value of --to: use auto, sitrep, jsonl, acled, ucdp, gdelt, polecat, geojson, geojsonl or parquet.", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("OutputKind", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dash_as_the_output_is_standard_output_not_a_file_named_dash()
    {
        var directory = Directory.CreateTempSubdirectory("sitrep-dash-");
        var dash = Path.GetFullPath("-");
        try
        {
            var report = Path.Combine(directory.FullName, "report.txt");
            await File.WriteAllTextAsync(report, "Two soldiers were killed in Kabul on Friday.");

            var (formatExit, formatted, _) = await CliTests.Run("format", TestPaths.SeedSample, "-o", "-");
            var (extractExit, extracted, _) = await CliTests.Run("extract", report, "--published", "2026-03-14", "-o", "-");
            var (convertExit, converted, convertReport) = await CliTests.Run("convert", TestPaths.SeedSample, "-o", "-", "--to", "jsonl");

            Assert.Equal((0, 0, 0), (formatExit, extractExit, convertExit));
            Assert.Contains("\"sitrep\"", formatted, StringComparison.Ordinal);
            Assert.Contains("\"sitrep\"", extracted, StringComparison.Ordinal);
            Assert.StartsWith("{\"sitrep\":\"1.0\",\"title\":\"US and Iraq", converted, StringComparison.Ordinal);   // the header line keeps the title
            Assert.Equal(1 + 39, converted.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.Contains("39 records written to standard output (jsonl)", convertReport, StringComparison.Ordinal);
            Assert.False(File.Exists(dash));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Extract_help_documents_every_exit_code()
    {
        var (_, stdout, _) = await CliTests.Run("extract", "--help");

        Assert.Contains("Exit 0 when extracted, 1 when", stdout, StringComparison.Ordinal);
        Assert.Contains("2 on usage or I/O errors", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("stats")]
    [InlineData("convert")]
    public async Task Every_command_that_reads_a_dataset_takes_an_encoding(string command)
    {
        var directory = Directory.CreateTempSubdirectory("sitrep-encoding-").FullName;
        try
        {
            var file = Path.Combine(directory, "events.csv");
            await File.WriteAllBytesAsync(file, [.. "event_id_cnty,event_date,year,country,fatalities\nX1,2024-01-05,2024,Caf"u8, 0xE9, .. "land,3\n"u8]);
            string[] output = command == "convert" ? ["-o", Path.Combine(directory, "out.jsonl")] : [];

            var (declaredUtf8, _, _) = await CliTests.Run([command, file, "--from", "acled", "--encoding", "UTF-8", .. output]);
            var (declared1252, stdout, stderr) = await CliTests.Run([command, file, "--from", "acled", "--encoding", "windows-1252", .. output]);

            Assert.Equal(1, declaredUtf8);
            Assert.Equal(0, declared1252);
            Assert.DoesNotContain("SR0201", stdout + stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Format_offers_only_the_inputs_it_rewrites()
    {
        var (_, help, _) = await CliTests.Run("format", "--help");
        var (exit, _, stderr) = await CliTests.Run("format", "--from", "acled", TestPaths.SeedSample);

        Assert.Contains("--from <auto|jsonl|sitrep>", help, StringComparison.Ordinal);
        Assert.Equal(2, exit);
        Assert.Contains("'acled' is not a value of --from: use auto, sitrep or jsonl.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_to_standard_output_writes_nothing_there_when_nothing_converts()
    {
        var file = Path.Combine(Path.GetTempPath(), "sitrep-unreadable-" + Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllTextAsync(file, "this is not any dataset\n");
        try
        {
            var (exit, stdout, stderr) = await CliTests.Run("convert", file, "-o", "-", "--to", "jsonl");

            Assert.Equal(1, exit);
            Assert.Equal(string.Empty, stdout);
            Assert.Contains("standard output was not written", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
