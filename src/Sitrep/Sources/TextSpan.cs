using System.Text.Json.Serialization;

namespace Sitrep.Sources;

/// <summary>
/// A range of characters in a source's text: <see cref="Start"/> is a zero-based UTF-16 offset, <see cref="Length"/>
/// a count of UTF-16 code units, as .NET strings index them.
/// </summary>
/// <param name="Start">The zero-based offset of the first character.</param>
/// <param name="Length">The number of characters.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Gets the offset just after the last character.</summary>
    [JsonIgnore]
    public int End => Start + Length;

    /// <summary>Returns <c>[start, end)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"[{Start}, {End})";
}
