using System;
using System.Collections.Generic;
using System.Globalization;

namespace Sitrep.Text.Evaluation;

/// <summary>
/// The TempEval-3 measures of time-expression recognition and normalisation over a set of documents. A found
/// expression and a gold one match <em>relaxed</em> when their spans overlap and <em>strict</em> when the spans are
/// the same; each gold expression is matched at most once, in text order. Type and value accuracy are over the
/// relaxed matches; type and value F1 count an expression right only when it matches and its attribute is the
/// gold's (the TempEval-3 "attribute F1": relaxed F1 times the attribute's accuracy).
/// </summary>
public sealed class TimexScore
{
    private readonly List<string> misses = [];

    /// <summary>Gets the number of documents scored.</summary>
    public int Documents { get; private set; }

    /// <summary>Gets the number of gold expressions.</summary>
    public int Gold { get; private set; }

    /// <summary>Gets the number of expressions the parser found.</summary>
    public int Found { get; private set; }

    /// <summary>Gets the number of found expressions whose span is a gold one's exactly.</summary>
    public int StrictMatches { get; private set; }

    /// <summary>Gets the number of found expressions that overlap a gold one.</summary>
    public int RelaxedMatches { get; private set; }

    /// <summary>Gets the number of relaxed matches whose type is the gold's.</summary>
    public int TypeCorrect { get; private set; }

    /// <summary>Gets the number of relaxed matches whose value is the gold's.</summary>
    public int ValueCorrect { get; private set; }

    /// <summary>Gets one line for each gold expression missed, each found expression not in the gold, and each wrong type or value.</summary>
    public IReadOnlyList<string> Misses => misses;

    /// <summary>Gets strict precision: strict matches over found expressions.</summary>
    public double StrictPrecision => Ratio(StrictMatches, Found);

    /// <summary>Gets strict recall: strict matches over gold expressions.</summary>
    public double StrictRecall => Ratio(StrictMatches, Gold);

    /// <summary>Gets strict F1.</summary>
    public double StrictF1 => F1(StrictMatches);

    /// <summary>Gets relaxed precision: relaxed matches over found expressions.</summary>
    public double RelaxedPrecision => Ratio(RelaxedMatches, Found);

    /// <summary>Gets relaxed recall: relaxed matches over gold expressions.</summary>
    public double RelaxedRecall => Ratio(RelaxedMatches, Gold);

    /// <summary>Gets relaxed F1.</summary>
    public double RelaxedF1 => F1(RelaxedMatches);

    /// <summary>Gets type accuracy: right types over relaxed matches.</summary>
    public double TypeAccuracy => Ratio(TypeCorrect, RelaxedMatches);

    /// <summary>Gets value accuracy: right values over relaxed matches.</summary>
    public double ValueAccuracy => Ratio(ValueCorrect, RelaxedMatches);

    /// <summary>Gets type F1: relaxed F1 times type accuracy.</summary>
    public double TypeF1 => F1(TypeCorrect);

    /// <summary>Gets value F1: relaxed F1 times value accuracy, the headline normalisation measure.</summary>
    public double ValueF1 => F1(ValueCorrect);

    /// <summary>The measures in one block of text, as <c>sitrep eval timeml</c> prints them.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var inv = CultureInfo.InvariantCulture;
        return string.Create(inv, $"documents: {Documents}, gold expressions: {Gold}, found: {Found}\n")
            + string.Create(inv, $"extent strict:  P {Percent(StrictPrecision)}  R {Percent(StrictRecall)}  F1 {Percent(StrictF1)}  ({StrictMatches} matches)\n")
            + string.Create(inv, $"extent relaxed: P {Percent(RelaxedPrecision)}  R {Percent(RelaxedRecall)}  F1 {Percent(RelaxedF1)}  ({RelaxedMatches} matches)\n")
            + string.Create(inv, $"type:  accuracy {Percent(TypeAccuracy)}  F1 {Percent(TypeF1)}\n")
            + string.Create(inv, $"value: accuracy {Percent(ValueAccuracy)}  F1 {Percent(ValueF1)}");
    }

    internal void AddDocument(int gold, int found)
    {
        Documents++;
        Gold += gold;
        Found += found;
    }

    internal void AddMatch(bool strict, bool typeRight, bool valueRight)
    {
        RelaxedMatches++;
        StrictMatches += strict ? 1 : 0;
        TypeCorrect += typeRight ? 1 : 0;
        ValueCorrect += valueRight ? 1 : 0;
    }

    internal void AddMiss(string line) => misses.Add(line);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static string Percent(double ratio) => (100 * ratio).ToString("F1", CultureInfo.InvariantCulture);

    // 2PR/(P+R) with P = right/found and R = right/gold is 2 right/(found + gold).
    private double F1(int right) => Found + Gold == 0 ? 0 : 2.0 * right / (Found + Gold);
}
