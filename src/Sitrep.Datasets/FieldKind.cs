namespace Sitrep.Datasets;

/// <summary>What a dataset column holds, for the reader's checks.</summary>
internal enum FieldKind
{
    /// <summary>Any text; only its presence is checked.</summary>
    Text,

    /// <summary>An integer within the check's bounds.</summary>
    Integer,

    /// <summary>A decimal number within the check's bounds.</summary>
    Decimal,

    /// <summary>TRUE, FALSE, 1 or 0.</summary>
    Boolean,

    /// <summary>An ISO date, <c>YYYY-MM-DD</c> (a time after it is allowed).</summary>
    IsoDate,

    /// <summary>A compact date, <c>YYYYMMDD</c>.</summary>
    CompactDate,

    /// <summary>A compact UTC timestamp, <c>YYYYMMDDHHMMSS</c>, or a compact date.</summary>
    CompactTimestamp,

    /// <summary>A latitude, -90 to 90.</summary>
    Latitude,

    /// <summary>A longitude, -180 to 180.</summary>
    Longitude,

    /// <summary>A code of digits kept as text (CAMEO <c>010</c>).</summary>
    DigitCode,

    /// <summary>A date as exports spell it: <c>2020-02-27</c>, <c>27 February 2020</c>, <c>01-January-2015</c>, <c>9-May-20</c>.</summary>
    SpelledDate,
}
