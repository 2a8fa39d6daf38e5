using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Sitrep.Tests.Datasets.Ucdp;

namespace Sitrep.Tests.Cli;

/// <summary>
/// <c>sitrep convert</c> never destroys a file: not the input, not an existing output when the run is refused, fails,
/// or is interrupted; and a file read in part converts the part that can be read. Each test checks the bytes on disk.
/// </summary>
public sealed class ConvertSafetyTests : IDisposable
{
    private static readonly byte[] Existing = Encoding.UTF8.GetBytes("precious earlier output\n");
    private readonly string directory = Directory.CreateTempSubdirectory("sitrep-convert-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task Converting_a_file_onto_itself_is_refused_and_the_file_is_untouched()
    {
        var input = Path.Combine(directory, "x.json");
        File.Copy(TestPaths.SeedSample, input);
        var before = File.ReadAllBytes(input);

        var (exit, _, stderr) = await CliTests.Run("convert", input, "-o", input);

        Assert.Equal(2, exit);
        Assert.Contains("is the input", stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(input));
        AssertNoPartialFiles();
    }

    [Fact]
    public async Task A_symbolic_link_to_the_input_is_the_input()
    {
        var input = Path.Combine(directory, "x.json");
        File.Copy(TestPaths.SeedSample, input);
        var link = Path.Combine(directory, "link.json");
        File.CreateSymbolicLink(link, input);
        var before = File.ReadAllBytes(input);

        var (exit, _, _) = await CliTests.Run("convert", input, "-o", link);

        Assert.Equal(2, exit);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Fact]
    public async Task A_missing_input_leaves_an_existing_output_as_it_was()
    {
        var output = WriteExisting("out.json");

        var (exit, _, stderr) = await CliTests.Run("convert", Path.Combine(directory, "missing.json"), "-o", output);

        Assert.Equal(2, exit);
        Assert.Contains("no such file", stderr, StringComparison.Ordinal);
        Assert.Equal(Existing, File.ReadAllBytes(output));
        AssertNoPartialFiles();
    }

    [Theory]
    [InlineData("acled")]
    [InlineData("gdelt")]
    [InlineData("plover")]
    public async Task A_wrong_from_leaves_an_existing_output_as_it_was(string from)
    {
        var input = Path.Combine(directory, "ged.csv");
        File.WriteAllText(input, UcdpGedFixtures.Csv([UcdpGedFixtures.Event(1)]));
        var output = WriteExisting("out.jsonl");

        var (exit, _, _) = await CliTests.Run("convert", "--from", from, input, "-o", output);

        Assert.NotEqual(0, exit);
        Assert.Equal(Existing, File.ReadAllBytes(output));
        AssertNoPartialFiles();
    }

    [Fact]
    public async Task Unparseable_json_leaves_an_existing_output_as_it_was()
    {
        var input = Path.Combine(directory, "broken.json");
        File.WriteAllText(input, "{\"sitrep\":\"1.0\",");
        var output = WriteExisting("out.jsonl");

        var (exit, stdout, _) = await CliTests.Run("convert", input, "-o", output);

        Assert.Equal(1, exit);
        Assert.Contains("was not written", stdout, StringComparison.Ordinal);
        Assert.Equal(Existing, File.ReadAllBytes(output));
    }

    [Fact]
    public async Task A_successful_run_replaces_an_existing_output_whole()
    {
        var input = Path.Combine(directory, "ged.csv");
        File.WriteAllText(input, UcdpGedFixtures.Csv([UcdpGedFixtures.Event(1), UcdpGedFixtures.Event(2)]));
        var output = WriteExisting("out.jsonl");

        var (exit, _, _) = await CliTests.Run("convert", input, "-o", output);
        var (validate, _, _) = await CliTests.Run("validate", output);

        Assert.Equal(0, exit);
        Assert.Equal(0, validate);
        Assert.DoesNotContain("precious", File.ReadAllText(output), StringComparison.Ordinal);
        AssertNoPartialFiles();
    }

    [Fact]
    public async Task A_json_lines_file_with_one_bad_line_converts_every_good_record_and_counts_the_bad_line()
    {
        var lines = new MemoryStream();
        var seed = Seed();
        await Sitrep.Serialization.SitrepJsonLines.WriteAsync(lines, seed);
        var text = Encoding.UTF8.GetString(lines.ToArray()).TrimEnd('\n').Split('\n').ToList();
        var records = text.Count - 1;
        text.Insert(3, "{\"actor\": this is not json");
        var input = Path.Combine(directory, "seed.jsonl");
        File.WriteAllText(input, string.Join('\n', text) + "\n");
        var output = Path.Combine(directory, "out.jsonl");

        var (exit, stdout, _) = await CliTests.Run("convert", input, "-o", output);
        var (validate, validateOut, _) = await CliTests.Run("validate", output);

        Assert.Equal(1, exit);
        Assert.Contains($"{records + 1} records read, {records} records written", stdout, StringComparison.Ordinal);
        Assert.Contains(", 1 rejected", stdout, StringComparison.Ordinal);
        Assert.Equal(0, validate);
        Assert.Contains("18 actors, 6 incidents", validateOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_with_an_error_is_left_out_with_the_records_that_refer_to_it_and_the_rest_converts()
    {
        var seed = Seed();
        var broken = seed with { Actors = ValueArray.From(seed.Actors.Select((a, i) => i == 0 ? a with { Country = "ZZZ" } : a)) };
        var input = Path.Combine(directory, "broken.json");
        await File.WriteAllBytesAsync(input, Sitrep.Serialization.SitrepJson.SerializeToUtf8Bytes(broken));
        var output = Path.Combine(directory, "out.json");

        var (exit, stdout, _) = await CliTests.Run("convert", input, "-o", output);
        var (validate, validateOut, _) = await CliTests.Run("validate", output);

        Assert.Equal(1, exit);
        Assert.Contains("/actors/0/country: error SR0107", stdout, StringComparison.Ordinal);
        Assert.Matches(@"\d+ records read, \d+ records written to .*, [1-9]\d* rejected", stdout);
        Assert.Equal(0, validate);
        var written = Sitrep.Serialization.SitrepJson.Read(File.ReadAllBytes(output)).Value!;
        Assert.DoesNotContain(written.Actors, a => a.Id == seed.Actors[0].Id);
        Assert.NotEmpty(written.Actors);
        Assert.Contains("0 errors", validateOut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task An_interrupted_run_leaves_the_existing_output_as_it_was_and_no_partial_file(string signal)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Signals are POSIX; Windows has no kill -INT.");
            return;
        }

        if (signal == "INT" && SigIntIgnored())
        {
            // A job started in the background by a non-interactive shell ignores SIGINT, and a child inherits that
            // (the runtime leaves an ignored SIGINT ignored), so the tool cannot be interrupted this way here.
            Assert.Skip("This test process ignores SIGINT (started as a background job), and the tool it starts inherits that.");
            return;
        }

        var input = Path.Combine(directory, "big.csv");
        await using (var writer = new StreamWriter(input))
        {
            await writer.WriteAsync(UcdpGedFixtures.Csv([UcdpGedFixtures.Event(1)]));
            var row = UcdpGedFixtures.Csv([UcdpGedFixtures.Event(2)], header: false);
            Assert.StartsWith("2,", row, StringComparison.Ordinal);
            for (var i = 0; i < 40_000; i++)
            {
                await writer.WriteAsync((i + 2).ToString(System.Globalization.CultureInfo.InvariantCulture) + row[1..]);
            }
        }

        var output = WriteExisting("out.jsonl");
        var cli = Path.Combine(AppContext.BaseDirectory, "Sitrep.Cli.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [cli, "convert", input, "-o", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (PartialFiles().Length == 0 && !process.HasExited && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        Assert.False(process.HasExited, "the conversion ended before it could be interrupted");
        using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(130, process.ExitCode);
        Assert.Contains("left as it was", await stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(" error ", await stdout, StringComparison.Ordinal);
        Assert.Equal(Existing, File.ReadAllBytes(output));
        AssertNoPartialFiles();
    }

    // Linux: bit 2 (SIGINT) of the SigIgn mask in /proc/self/status.
    private static bool SigIntIgnored()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return false;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null
            && ulong.TryParse(line["SigIgn:".Length..].Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var mask)
            && (mask & 0x2) != 0;
    }

    private static Dataset Seed() => Sitrep.Serialization.SitrepJson.Read(File.ReadAllBytes(TestPaths.SeedSample)).Value!;

    private string WriteExisting(string name)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, Existing);
        return path;
    }

    private string[] PartialFiles() => Directory.GetFiles(directory, "*.partial");

    private void AssertNoPartialFiles() => Assert.Empty(PartialFiles());
}
