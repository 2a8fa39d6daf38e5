using System;
using System.Diagnostics;
using System.IO;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Sitrep.Text.Dates;
using Sitrep.Text.Numbers;

namespace Sitrep.Benchmarks.Text;

/// <summary>
/// Sitrep's date and number scanners against the Node peers a user would otherwise pick: chrono-node for dates and
/// compromise for numbers, on the same 200,000 characters. One Node process (benchmarks/node-peers/peers.mjs) is
/// started per run and kept warm; each invocation asks it to parse the whole text once, so what is measured is the
/// parse, plus a line of pipe traffic (microseconds). Needs <c>npm ci</c> in benchmarks/node-peers first.
/// </summary>
[MemoryDiagnoser]
public class NodePeerBenchmarks
{
    private static readonly LocalDate Published = new(2012, 6, 14);
    private string text = string.Empty;
    private Process? node;

    [Params("news", "digit run", "repeated bounds", "number words")]
    public string Input { get; set; } = "news";

    [GlobalSetup]
    public void Setup()
    {
        text = TextScanBenchmarks.Make(Input, 200_000);

        var script = FindScript() ?? throw new InvalidOperationException("benchmarks/node-peers/peers.mjs not found.");
        if (!Directory.Exists(Path.Combine(Path.GetDirectoryName(script)!, "node_modules")))
        {
            throw new InvalidOperationException("Run 'npm ci' in benchmarks/node-peers first.");
        }

        var file = Path.Combine(Path.GetTempPath(), $"sitrep-peers-{Environment.ProcessId}.txt");
        File.WriteAllText(file, text);
        node = Process.Start(new ProcessStartInfo("node", [script, file, "2012-06-14T12:00:00Z"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("node did not start.");
        if (node.StandardOutput.ReadLine() != "ready")
        {
            throw new InvalidOperationException("peers.mjs did not start.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (node is not null)
        {
            node.StandardInput.Close();
            node.WaitForExit(5000);
            node.Dispose();
        }
    }

    [Benchmark(Baseline = true, Description = "chrono-node 2.10.3 (dates)")]
    public int Chrono() => Ask("chrono");

    [Benchmark(Description = "Sitrep DateScanner")]
    public int Dates() => DateScanner.Find(text, Published).Count;

    [Benchmark(Description = "compromise 14.17.0 (numbers)")]
    public int Compromise() => Ask("compromise");

    [Benchmark(Description = "Sitrep NumberScanner")]
    public int Numbers() => NumberScanner.Find(text).Count;

    private int Ask(string job)
    {
        node!.StandardInput.WriteLine(job);
        node.StandardInput.Flush();
        var answer = node.StandardOutput.ReadLine() ?? "error no answer";
        return int.TryParse(answer, out var count) ? count : throw new InvalidOperationException(answer);
    }

    private static string? FindScript()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "benchmarks", "node-peers", "peers.mjs");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
