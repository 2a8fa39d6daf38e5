using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sitrep.Validation;

namespace Sitrep.Cli.Commands;

/// <summary>
/// The diagnostics of one input, in bounded memory: every one is counted (by severity and by code), the first
/// <see cref="Limit"/> are kept to be printed, and the rest are summarised by code. A file with a million bad rows
/// costs a few counters, not a million diagnostics.
/// </summary>
internal sealed class DiagnosticList : ICollection<Diagnostic>
{
    private readonly Dictionary<string, long> notKeptByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Diagnostic First, long Count)> groups = new(StringComparer.Ordinal);
    private readonly string? groupedCode;

    /// <param name="limit">How many diagnostics to keep; 0 keeps all.</param>
    /// <param name="groupedCode">A code whose diagnostics repeat once per record (<c>SR0212</c>): they are grouped by their path without array positions, with a count and the first, instead of kept one by one.</param>
    internal DiagnosticList(int limit, string? groupedCode = null)
    {
        Limit = limit;
        this.groupedCode = groupedCode;
    }

    /// <summary><c>--max-diagnostics N</c>: how many diagnostics a command lists (0 lists all); the rest are counted and summarised by code.</summary>
    internal static System.CommandLine.Option<int> MaxOption(string description = "How many diagnostics to list (the rest are counted and summarised by code); 0 lists all. Default 1000.")
    {
        var option = new System.CommandLine.Option<int>("--max-diagnostics")
        {
            Description = description,
            DefaultValueFactory = _ => 1000,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--max-diagnostics must be 0 or more.");
            }
        });
        return option;
    }

    /// <summary>Gets the grouped diagnostics: the path without positions, the first, and how many.</summary>
    internal IEnumerable<(string Path, Diagnostic First, long Count)> Groups => groups.Select(g => (g.Key, g.Value.First, g.Value.Count));

    public int Count => (int)Math.Min(int.MaxValue, Kept.Count + NotKept + groups.Values.Sum(g => g.Count));

    public bool IsReadOnly => false;

    /// <summary>Gets how many diagnostics are kept to be printed (0: all).</summary>
    internal int Limit { get; }

    /// <summary>Gets the diagnostics kept, in the order added (file-wide ones first).</summary>
    internal List<Diagnostic> Kept { get; } = [];

    internal long Errors { get; private set; }

    internal long Warnings { get; private set; }

    /// <summary>Gets how many diagnostics were counted but not kept.</summary>
    internal long NotKept { get; private set; }

    /// <summary>Gets the diagnostics not kept, by code, most frequent first.</summary>
    internal IEnumerable<(string Code, long Count)> NotKeptByCode =>
        notKeptByCode.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value));

    public void Add(Diagnostic diagnostic)
    {
        Tally(diagnostic);
        // Only what repeats per record is grouped; a file-wide finding (no record path) is listed as it is.
        if (diagnostic.Code == groupedCode && diagnostic.Path is { } path && path.StartsWith("/incidents/", StringComparison.Ordinal))
        {
            var key = WithoutPositions(diagnostic.Path);
            groups[key] = groups.TryGetValue(key, out var group) ? (group.First, group.Count + 1) : (diagnostic, 1);
        }
        else if (Limit == 0 || Kept.Count < Limit)
        {
            Kept.Add(diagnostic);
        }
        else
        {
            NotKept++;
            notKeptByCode[diagnostic.Code] = notKeptByCode.GetValueOrDefault(diagnostic.Code) + 1;
        }
    }

    internal void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>Diagnostics about the file as a whole: few, always kept, and listed first.</summary>
    internal void AddFileWide(IEnumerable<Diagnostic> diagnostics)
    {
        var fileWide = diagnostics.ToList();
        foreach (var diagnostic in fileWide)
        {
            Tally(diagnostic);
        }

        Kept.InsertRange(0, fileWide);
    }

    /// <summary>The line that says what was not listed, or null when everything was.</summary>
    internal string? Summary(string name) => NotKept == 0
        ? null
        : string.Create(CultureInfo.InvariantCulture, $"{name}: {NotKept} more diagnostic(s) not listed (the first {Limit} are; --max-diagnostics 0 lists all): ")
            + string.Join(", ", NotKeptByCode.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Code} x{c.Count}")));

    public void Clear() => throw new NotSupportedException();

    public bool Contains(Diagnostic item) => Kept.Contains(item);

    public void CopyTo(Diagnostic[] array, int arrayIndex) => Kept.CopyTo(array, arrayIndex);

    public bool Remove(Diagnostic item) => throw new NotSupportedException();

    public IEnumerator<Diagnostic> GetEnumerator() => Kept.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    // "/incidents/3/casualties/1" groups as "/incidents/casualties": array positions left out.
    private static string WithoutPositions(string? path) =>
        path is null ? "/" : string.Join('/', path.Split('/').Where(p => p.Length == 0 || !p.All(char.IsAsciiDigit)));

    private void Tally(Diagnostic diagnostic)
    {
        Errors += diagnostic.Severity == DiagnosticSeverity.Error ? 1 : 0;
        Warnings += diagnostic.Severity == DiagnosticSeverity.Warning ? 1 : 0;
    }
}
