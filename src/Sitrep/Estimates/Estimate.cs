using System.Globalization;
using System.Text.Json.Serialization;

namespace Sitrep.Estimates;

/// <summary>
/// An uncertain count: low, best and high figures (UCDP style), a qualifier saying what kind of figure it is, and
/// the phrase it came from when it was read from text ("dozens" stays "dozens" beside whatever number a convention
/// gives it).
/// </summary>
/// <remarks>
/// The factory methods build only consistent estimates. The constructor accepts anything, because data read from
/// files must be kept as it was; validation reports negative figures (SR0101), figures out of order (SR0102, a
/// warning: real UCDP releases contain such rows) and figures that do not fit the qualifier (SR0103).
/// <para>
/// Equality compares every member, the phrase included: <c>Exactly(7)</c> and <c>Exactly(7).WithPhrase("seven")</c>
/// are different estimates (one says where it came from). To compare the figures alone, use
/// <see cref="HasSameFigures"/>.
/// </para>
/// </remarks>
/// <param name="Qualifier">What kind of figure this is.</param>
/// <param name="Low">The lowest plausible figure, or <see langword="null"/>.</param>
/// <param name="Best">The best figure, or <see langword="null"/>.</param>
/// <param name="High">The highest plausible figure, or <see langword="null"/>; <see langword="null"/> with <see cref="EstimateQualifier.AtLeast"/> means unbounded.</param>
/// <param name="Phrase">The words the figure came from ("at least 15", "dozens"), or <see langword="null"/>.</param>
public readonly record struct Estimate(EstimateQualifier Qualifier, long? Low = null, long? Best = null, long? High = null, string? Phrase = null)
{
    /// <summary>Gets an unknown estimate: no figure at all, which is not zero.</summary>
    public static Estimate Unknown => new(EstimateQualifier.Unknown);

    /// <summary>Gets a value indicating whether the estimate has no figure.</summary>
    [JsonIgnore]
    public bool IsUnknown => Qualifier == EstimateQualifier.Unknown;

    /// <summary>Gets a value indicating whether the estimate is an exact figure.</summary>
    [JsonIgnore]
    public bool IsExact => Qualifier == EstimateQualifier.Exact;

    /// <summary>
    /// Gets the single figure to use where one is needed (a sum, a chart): <see cref="Best"/>, else <see cref="Low"/>,
    /// else <see cref="High"/>; <see langword="null"/> when unknown.
    /// </summary>
    [JsonIgnore]
    public long? PointValue => Best ?? Low ?? High;

    /// <summary>Creates an exact figure.</summary>
    /// <param name="count">The count, zero or more.</param>
    /// <returns>The estimate.</returns>
    public static Estimate Exactly(long count)
    {
        CheckCount(count, nameof(count));
        return new(EstimateQualifier.Exact, Best: count);
    }

    /// <summary>Creates a lower bound ("at least 15").</summary>
    /// <param name="low">The bound, zero or more.</param>
    /// <param name="best">An optional best figure, not below <paramref name="low"/>.</param>
    /// <returns>The estimate.</returns>
    public static Estimate AtLeast(long low, long? best = null)
    {
        CheckCount(low, nameof(low));
        Preconditions.CheckArgumentRange(best is null || best >= low, nameof(best), "The best figure cannot be below the lower bound.");
        return new(EstimateQualifier.AtLeast, Low: low, Best: best);
    }

    /// <summary>Creates an upper bound ("up to 30").</summary>
    /// <param name="high">The bound, zero or more.</param>
    /// <returns>The estimate.</returns>
    public static Estimate AtMost(long high)
    {
        CheckCount(high, nameof(high));
        return new(EstimateQualifier.AtMost, High: high);
    }

    /// <summary>Creates an approximate figure ("about 40").</summary>
    /// <param name="best">The figure, zero or more.</param>
    /// <returns>The estimate.</returns>
    public static Estimate About(long best)
    {
        CheckCount(best, nameof(best));
        return new(EstimateQualifier.About, Best: best);
    }

    /// <summary>Creates a range ("10 to 15") or a UCDP-style low/best/high triple.</summary>
    /// <param name="low">The low figure, zero or more.</param>
    /// <param name="high">The high figure, not below <paramref name="low"/>.</param>
    /// <param name="best">An optional best figure between them.</param>
    /// <returns>The estimate.</returns>
    public static Estimate Range(long low, long high, long? best = null)
    {
        CheckCount(low, nameof(low));
        Preconditions.CheckArgumentRange(high >= low, nameof(high), "The high figure cannot be below the low figure.");
        Preconditions.CheckArgumentRange(best is null || (best >= low && best <= high), nameof(best), "The best figure must lie between low and high.");
        return new(EstimateQualifier.Range, low, best, high);
    }

    /// <summary>Returns this estimate with the phrase it came from.</summary>
    /// <param name="phrase">The words, as written.</param>
    /// <returns>A new estimate.</returns>
    public Estimate WithPhrase(string? phrase) => this with { Phrase = phrase };

    /// <summary>Whether two estimates give the same figures: qualifier, low, best and high, whatever their phrases.</summary>
    /// <param name="other">The other estimate.</param>
    /// <returns><see langword="true"/> when the figures are the same.</returns>
    public bool HasSameFigures(Estimate other) => Qualifier == other.Qualifier && Low == other.Low && Best == other.Best && High == other.High;

    /// <summary>Returns a short reading of the estimate: <c>7</c>, <c>≥15</c>, <c>≤30</c>, <c>~40</c>, <c>10–15</c>, <c>unknown</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var inv = CultureInfo.InvariantCulture;
        return Qualifier switch
        {
            EstimateQualifier.Exact => string.Format(inv, "{0}", Best),
            EstimateQualifier.AtLeast => string.Format(inv, "≥{0}", Low),
            EstimateQualifier.AtMost => string.Format(inv, "≤{0}", High),
            EstimateQualifier.About => string.Format(inv, "~{0}", Best),
            EstimateQualifier.Range => Best is null
                ? string.Format(inv, "{0}–{1}", Low, High)
                : string.Format(inv, "{0}–{1} (best {2})", Low, High, Best),
            _ => "unknown",
        };
    }

    private static void CheckCount(long value, string name) =>
        Preconditions.CheckArgumentRange(value >= 0, name, "A count cannot be negative.");
}
