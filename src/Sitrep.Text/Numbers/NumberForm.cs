namespace Sitrep.Text.Numbers;

/// <summary>How a number was written.</summary>
public enum NumberForm
{
    /// <summary>In digits: <c>7</c>, <c>1,200</c>.</summary>
    Digits,

    /// <summary>In words: <c>seven</c>, <c>one hundred and sixteen</c>, <c>a dozen</c>.</summary>
    Words,

    /// <summary>Digits with a scale word: <c>1.5 million</c>, <c>3 hundred</c>.</summary>
    Mixed,

    /// <summary>A vague amount kept as a range with its words: <c>dozens</c>, <c>several</c>, <c>a few</c>.</summary>
    Vague,
}
