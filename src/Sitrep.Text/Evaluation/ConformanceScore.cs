using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Sitrep.Text.Evaluation;

/// <summary>
/// How a peer's conformance suite went: cases passed and failed among those in scope, the cases out of scope counted
/// by reason, and a line for each failure.
/// </summary>
public sealed class ConformanceScore
{
    private readonly SortedDictionary<string, int> outOfScope = new(System.StringComparer.Ordinal);
    private readonly List<string> failures = [];

    internal ConformanceScore(string name) => Name = name;

    /// <summary>Gets the suite's name (its file name).</summary>
    public string Name { get; }

    /// <summary>Gets the number of cases in scope that passed.</summary>
    public int Passed { get; private set; }

    /// <summary>Gets the number of cases in scope that failed.</summary>
    public int Failed { get; private set; }

    /// <summary>Gets the cases out of scope, counted by reason.</summary>
    public IReadOnlyDictionary<string, int> OutOfScope => outOfScope;

    /// <summary>Gets one line for each failed case: the input, what was expected and what the parser found.</summary>
    public IReadOnlyList<string> Failures => failures;

    /// <summary>Gets what made the suite unreadable, or null when it was read.</summary>
    public string? Problem { get; internal set; }

    /// <summary>Gets the pass rate in scope, from 0 to 1 (0 when no case is in scope).</summary>
    public double PassRate => Passed + Failed == 0 ? 0 : (double)Passed / (Passed + Failed);

    /// <summary>One line: the suite, passed of in scope with the rate, and the number out of scope.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name}: {Passed}/{Passed + Failed} in scope passed ({100 * PassRate:F1}%), {outOfScope.Values.Sum()} out of scope");

    internal void Pass() => Passed++;

    internal void Fail(string line)
    {
        Failed++;
        failures.Add(line);
    }

    internal void Out(string reason) => outOfScope[reason] = outOfScope.TryGetValue(reason, out var n) ? n + 1 : 1;
}
