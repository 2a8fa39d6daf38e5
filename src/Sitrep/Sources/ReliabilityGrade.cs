using System;
using System.Text.Json.Serialization;
using Sitrep.Serialization;
using Sitrep.Validation;

namespace Sitrep.Sources;

/// <summary>
/// A grade on the NATO Admiralty scale: the reliability of the source (A completely reliable ... E unreliable,
/// F cannot be judged) and the credibility of the information (1 confirmed ... 5 improbable, 6 cannot be judged),
/// written together as <c>B2</c>.
/// </summary>
[JsonConverter(typeof(ReliabilityGradeJsonConverter))]
public readonly record struct ReliabilityGrade
{
    private ReliabilityGrade(char sourceReliability, int informationCredibility)
    {
        SourceReliability = sourceReliability;
        InformationCredibility = informationCredibility;
    }

    /// <summary>Gets the source's reliability, <c>A</c> to <c>F</c>.</summary>
    public char SourceReliability { get; }

    /// <summary>Gets the information's credibility, 1 to 6.</summary>
    public int InformationCredibility { get; }

    /// <summary>Creates a grade.</summary>
    /// <param name="sourceReliability">A letter from A to F.</param>
    /// <param name="informationCredibility">A digit from 1 to 6.</param>
    /// <returns>The grade.</returns>
    public static ReliabilityGrade Create(char sourceReliability, int informationCredibility)
    {
        Preconditions.CheckArgumentRange(sourceReliability is >= 'A' and <= 'F', nameof(sourceReliability), "Source reliability is A to F.");
        Preconditions.CheckArgumentRange(informationCredibility is >= 1 and <= 6, nameof(informationCredibility), "Information credibility is 1 to 6.");
        return new(sourceReliability, informationCredibility);
    }

    /// <summary>Parses a grade such as <c>B2</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The grade or an error.</returns>
    public static ParseResult<ReliabilityGrade> Parse(string? text)
    {
        if (text is null || text.Length != 2)
        {
            return ParseResult.ForError<ReliabilityGrade>(DiagnosticCodes.InvalidValue, "A reliability grade is a letter A-F and a digit 1-6, such as B2.", text, 0);
        }

        if (text[0] is < 'A' or > 'F')
        {
            return ParseResult.ForError<ReliabilityGrade>(DiagnosticCodes.InvalidValue, $"'{text[0]}' is not a source reliability letter (A-F).", text, 0);
        }

        if (text[1] is < '1' or > '6')
        {
            return ParseResult.ForError<ReliabilityGrade>(DiagnosticCodes.InvalidValue, $"'{text[1]}' is not an information credibility digit (1-6).", text, 1);
        }

        return ParseResult.ForValue<ReliabilityGrade>(new(text[0], text[1] - '0'));
    }

    /// <summary>Returns the grade as written, such as <c>B2</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => SourceReliability == default ? string.Empty : string.Concat(SourceReliability.ToString(), ((char)('0' + InformationCredibility)).ToString());
}
