using System;
using System.Collections.Generic;
using System.Globalization;

namespace Sitrep.Text.Evaluation;

/// <summary>
/// Exact and within-tolerance accuracy of one measure over a gold set (killed, captured, a date), with every miss.
/// Built by <see cref="IsafEvaluation"/>; read-only to its users.
/// </summary>
public sealed class AccuracyScore
{
    private readonly List<string> misses = [];

    internal AccuracyScore(string name, string tolerance)
    {
        Name = name;
        Tolerance = tolerance;
    }

    /// <summary>Gets the measure's name, as <c>sitrep eval</c> prints it.</summary>
    public string Name { get; }

    /// <summary>Gets what "within tolerance" allows: <c>one</c> (person) or <c>one day</c>.</summary>
    public string Tolerance { get; }

    /// <summary>Gets how many items were scored.</summary>
    public int Total { get; private set; }

    /// <summary>Gets how many items the parser got exactly.</summary>
    public int Exact { get; private set; }

    /// <summary>Gets how many items the parser got within the tolerance.</summary>
    public int WithinTolerance { get; private set; }

    /// <summary>Gets the misses, in gold order: <c>ID: gold G, parser P</c>.</summary>
    public IReadOnlyList<string> Misses => misses;

    /// <summary>Gets the exact share in percent, or <see langword="null"/> when nothing was scored.</summary>
    public double? ExactPercent => Total == 0 ? null : 100.0 * Exact / Total;

    /// <summary>The score as one line: <c>killed: exact 271/290 (93.4%), within one 279/290 (96.2%)</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name}: exact {Exact}/{Total} ({Percent(Exact)}), within {Tolerance} {WithinTolerance}/{Total} ({Percent(WithinTolerance)})");

    internal void Add(string id, long gold, long got)
    {
        Total++;
        Exact += gold == got ? 1 : 0;
        WithinTolerance += Math.Abs(gold - got) <= 1 ? 1 : 0;
        if (gold != got)
        {
            misses.Add(string.Create(CultureInfo.InvariantCulture, $"{id}: gold {gold}, parser {got}"));
        }
    }

    internal void AddDate(string id, NodaTime.LocalDate? gold, NodaTime.LocalDate? got)
    {
        Total++;
        var same = gold == got;
        Exact += same ? 1 : 0;
        WithinTolerance += gold is { } g && got is { } p && Math.Abs(NodaTime.Period.Between(g, p, NodaTime.PeriodUnits.Days).Days) <= 1 ? 1 : 0;
        if (!same)
        {
            misses.Add($"{id}: gold {gold?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none"}, parser {got?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none"}");
        }
    }

    private string Percent(int n) => Total == 0 ? "n/a" : (100.0 * n / Total).ToString("F1", CultureInfo.InvariantCulture) + "%";
}
