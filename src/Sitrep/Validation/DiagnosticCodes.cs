namespace Sitrep.Validation;

/// <summary>
/// The stable diagnostic codes. A code never changes meaning once released; docs/diagnostics.md lists them all with
/// their severity and what to do.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>SR0001: The input is not well-formed JSON.</summary>
    public const string MalformedJson = "SR0001";

    /// <summary>SR0002: The input nests objects or arrays deeper than the reader allows.</summary>
    public const string NestingTooDeep = "SR0002";

    /// <summary>SR0003: The input is larger than the reader allows.</summary>
    public const string InputTooLarge = "SR0003";

    /// <summary>SR0004: An object has the same property twice.</summary>
    public const string DuplicateProperty = "SR0004";

    /// <summary>SR0005: An object has a property the format does not define.</summary>
    public const string UnknownProperty = "SR0005";

    /// <summary>SR0006: An object lacks a required property.</summary>
    public const string MissingProperty = "SR0006";

    /// <summary>SR0007: A value has the wrong JSON type or is not one of the allowed values.</summary>
    public const string InvalidValue = "SR0007";

    /// <summary>SR0008: The format version (the top-level <c>sitrep</c> property) is missing or not one this library reads.</summary>
    public const string UnsupportedFormatVersion = "SR0008";

    /// <summary>SR0009: The input is not valid UTF-8.</summary>
    public const string InvalidEncoding = "SR0009";

    /// <summary>SR0010: A temporal value is not in the compact form, names an impossible date or time, or its interval ends before it starts.</summary>
    public const string InvalidTemporalValue = "SR0010";

    /// <summary>SR0011: A JSON Lines line is longer than the reader allows; the line is skipped.</summary>
    public const string LineTooLong = "SR0011";

    /// <summary>SR0012: A JSON Lines line is not a header or an object with exactly one record (source, actor, incident or statement).</summary>
    public const string InvalidJsonLinesEntry = "SR0012";

    /// <summary>SR0013: A file could not be opened or read.</summary>
    public const string FileNotReadable = "SR0013";

    /// <summary>SR0101: An estimate has a negative figure.</summary>
    public const string NegativeCount = "SR0101";

    /// <summary>SR0102: An estimate's best figure lies outside its low and high figures (a warning: published data break this).</summary>
    public const string EstimateOutOfOrder = "SR0102";

    /// <summary>SR0103: An estimate's figures do not fit its qualifier (an unknown with figures, an exact figure without best, ...).</summary>
    public const string EstimateQualifierMismatch = "SR0103";

    /// <summary>SR0104: A validity or relation period ends before it starts.</summary>
    public const string IntervalReversed = "SR0104";

    /// <summary>SR0105: An incident or statement is dated after the source that reports it was published.</summary>
    public const string DatedAfterSource = "SR0105";

    /// <summary>SR0106: A latitude is outside [-90, 90] or a longitude outside [-180, 180], or one is not a number.</summary>
    public const string CoordinatesOutOfRange = "SR0106";

    /// <summary>SR0107: A country code is not an ISO 3166-1 alpha-3 code.</summary>
    public const string UnknownCountryCode = "SR0107";

    /// <summary>SR0108: An id refers to nothing in the dataset.</summary>
    public const string DanglingReference = "SR0108";

    /// <summary>SR0109: Two records of the same kind share an id.</summary>
    public const string DuplicateId = "SR0109";

    /// <summary>SR0110: An id is empty or contains whitespace or control characters.</summary>
    public const string InvalidId = "SR0110";

    /// <summary>SR0111: A statement names no speaker.</summary>
    public const string StatementWithoutSpeaker = "SR0111";

    /// <summary>SR0112: An attribution (other than unknown) does not say who attributes.</summary>
    public const string AttributionWithoutAttributor = "SR0112";

    /// <summary>SR0113: A claimed, blamed or denied attribution names no perpetrator.</summary>
    public const string AttributionWithoutPerpetrator = "SR0113";

    /// <summary>SR0114: A statement has neither a quote nor a paraphrase.</summary>
    public const string StatementWithoutContent = "SR0114";

    /// <summary>SR0115: A text span has a negative start or length.</summary>
    public const string InvalidTextSpan = "SR0115";

    /// <summary>SR0116: An actor or alias has an empty name.</summary>
    public const string EmptyName = "SR0116";

    /// <summary>SR0117: A record refers to itself: an actor related to itself, an incident related to itself, a statement that refers to itself.</summary>
    public const string SelfRelation = "SR0117";

    /// <summary>SR0118: A value is outside its enumeration (possible only for data built in code).</summary>
    public const string UndefinedEnumValue = "SR0118";

    /// <summary>SR0119: A quote has no text.</summary>
    public const string EmptyQuote = "SR0119";

    /// <summary>SR0120: An estimate's low figure is above its high figure: the range is inverted (a warning: published data have it).</summary>
    public const string EstimateRangeInverted = "SR0120";

    /// <summary>SR0121: An incident's source record does not name its format, or its columns and values do not pair up.</summary>
    public const string SourceRecordMalformed = "SR0121";

    /// <summary>SR0122: Records refer to each other in a circle: an actor part of itself through part-of, integrated-into and member-of relations, or statements that refer back to themselves.</summary>
    public const string ReferenceCycle = "SR0122";

    /// <summary>SR0123: A part of a casualty count tells another outcome than its whole (injured people among the dead).</summary>
    public const string PartOutcomeDiffers = "SR0123";

    /// <summary>SR0124: A casualty count's parts count more people than the count itself, one part alone or all together (a warning: kept as given).</summary>
    public const string PartsExceedWhole = "SR0124";
}
