using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Sitrep.Cli;

namespace Sitrep.Tests.Cli;

/// <summary>What the CLI prints cannot drive the terminal or forge lines; inputs can come from a pipe or standard input.</summary>
public sealed class TerminalAndPipeTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("sitrep-io-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task Control_characters_from_the_data_are_escaped_in_every_diagnostic_line()
    {
        var path = Path.Combine(directory, "evil.json");
        var evil = "x\\u001B[2J\\r\\nevil.json: 0 sources; 0 errors, 0 warnings\\n1 file checked: 0 errors, 0 warnings; valid";
        File.WriteAllText(path, "{\"sitrep\":\"1.0\",\"actors\":[{\"id\":\"actor:a\",\"name\":\"A\",\"kind\":\"state\",\"country\":\"" + evil + "\"}]}");

        var (exit, stdout, stderr) = await CliTests.Run("validate", path);

        Assert.Equal(1, exit);
        Assert.DoesNotContain('\u001B', stdout + stderr);
        var lines = stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith(path + ":", lines[0], StringComparison.Ordinal);
        Assert.Contains("\\u001B[2J\\r\\n", lines[0], StringComparison.Ordinal);
        Assert.Equal("1 file checked: 1 error, 0 warnings; invalid", lines[^1]);
    }

    [Fact]
    public async Task Extract_prints_a_report_with_control_characters_escaped()
    {
        var path = Path.Combine(directory, "report.txt");
        File.WriteAllText(path, "Three soldiers were killed in Mosul on Friday. \"We will respond to this \u001B[2J attack,\" the ministry said in a statement.");

        var (exit, stdout, _) = await CliTests.Run("extract", path, "--published", "2026-03-28", "--format", "text");

        Assert.Equal(0, exit);
        Assert.DoesNotContain('\u001B', stdout);
        Assert.Contains("\\u001B[2J", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("jsonl")]
    [InlineData("ucdp")]
    public async Task A_dash_reads_standard_input_and_the_format_is_told_from_its_first_bytes(string kind)
    {
        var bytes = kind switch
        {
            "seed" => File.ReadAllBytes(TestPaths.SeedSample),
            "jsonl" => await JsonLines(),
            _ => Encoding.UTF8.GetBytes(Datasets.Ucdp.UcdpGedFixtures.Csv([Datasets.Ucdp.UcdpGedFixtures.Event(1)])),
        };
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await Program.RunAsync(["validate", "-"], stdout, stderr, new MemoryStream(bytes));

        Assert.Equal(0, exit);
        Assert.Contains("-: ", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("valid", stdout.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("SR0001", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_pipe_is_read_once_without_from()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("mkfifo is POSIX.");
            return;
        }

        var fifo = Path.Combine(directory, "pipe");
        using (var make = Process.Start("mkfifo", [fifo]))
        {
            await make.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var bytes = File.ReadAllBytes(TestPaths.SeedSample);
        var writer = Task.Run(() => File.WriteAllBytes(fifo, bytes), TestContext.Current.CancellationToken);

        var (exit, stdout, _) = await CliTests.Run("validate", fifo);
        await writer;

        Assert.Equal(0, exit);
        Assert.Contains("6 incidents", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_reads_standard_input()
    {
        var output = Path.Combine(directory, "out.jsonl");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var csv = Encoding.UTF8.GetBytes(Datasets.Ucdp.UcdpGedFixtures.Csv([Datasets.Ucdp.UcdpGedFixtures.Event(1), Datasets.Ucdp.UcdpGedFixtures.Event(2)]));

        var exit = await Program.RunAsync(["convert", "-", "-o", output], stdout, stderr, new MemoryStream(csv));

        Assert.Equal(0, exit);
        Assert.Contains("2 records read, 2 incidents written", stdout.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, (await CliTests.Run("validate", output)).Exit);
    }

    [Fact]
    public async Task Extract_decides_the_encoding_line_by_line()
    {
        var path = Path.Combine(directory, "mixed.txt");
        var bytes = Encoding.UTF8.GetBytes("The café owner said on Friday.\n")
            .Concat(TestEncodings.Windows1252.GetBytes("Gunmen killed three soldiers in Mosul, officials said.\u2019\n"))
            .Concat(Encoding.UTF8.GetBytes("A crème brûlée vendor was wounded.\n")).ToArray();
        File.WriteAllBytes(path, bytes);

        var (exit, stdout, stderr) = await CliTests.Run("extract", path, "--published", "2026-03-28");

        Assert.Equal(0, exit);
        Assert.Contains("SR0202", stderr, StringComparison.Ordinal);
        Assert.Contains("1 line(s)", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Ã", stdout, StringComparison.Ordinal);
    }

    private static async Task<byte[]> JsonLines()
    {
        using var lines = new MemoryStream();
        await Sitrep.Serialization.SitrepJsonLines.WriteAsync(lines, Sitrep.Serialization.SitrepJson.Read(File.ReadAllBytes(TestPaths.SeedSample)).Value!);
        return lines.ToArray();
    }
}
