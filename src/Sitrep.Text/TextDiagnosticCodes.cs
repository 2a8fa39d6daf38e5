namespace Sitrep.Text;

/// <summary>The diagnostic codes of the report parser; docs/diagnostics.md lists them with what to do.</summary>
public static class TextDiagnosticCodes
{
    /// <summary>SR0301: The text is longer than <see cref="ReportContext.MaxLength"/>; nothing was parsed.</summary>
    public const string TextTooLong = "SR0301";

    /// <summary>SR0302: The text holds control characters other than tab and line breaks; they separate words and are otherwise ignored.</summary>
    public const string ControlCharacters = "SR0302";

    /// <summary>SR0303: The text holds a lone UTF-16 surrogate (broken encoding upstream); it separates words and is otherwise ignored.</summary>
    public const string LoneSurrogate = "SR0303";

    /// <summary>SR0304: A figure is larger than any count can be; it is kept as an unknown count with its words.</summary>
    public const string CountOutOfRange = "SR0304";

    /// <summary>SR0305: The statements found would add up to far more text than the text has (cue after cue); scanning stopped, the first ones are kept.</summary>
    public const string StatementsCapped = "SR0305";

    /// <summary>SR0306: No publication date was given: the one read from the dateline is used (info), or none was found and relative dates are left unresolved (warning).</summary>
    public const string PublicationDateFromText = "SR0306";

    /// <summary>SR0307: Text given as a TIMEX3 value (TimeML) does not have its form: a month 13, a day its month lacks, a duration unit twice.</summary>
    public const string InvalidTimexValue = "SR0307";
}
