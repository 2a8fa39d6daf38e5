namespace Sitrep.Datasets;

/// <summary>
/// Diagnostic codes for reading dataset files (<c>SR02xx</c>). Estimate order problems reuse the model's codes
/// (<see cref="Validation.DiagnosticCodes.EstimateOutOfOrder"/>, <see cref="Validation.DiagnosticCodes.EstimateRangeInverted"/>).
/// docs/diagnostics.md lists them all.
/// </summary>
public static class DatasetDiagnosticCodes
{
    /// <summary>SR0201: A row holds bytes that are not valid UTF-8; the row is rejected and the byte offset given.</summary>
    public const string InvalidUtf8 = "SR0201";

    /// <summary>SR0202: The file is not UTF-8 and was decoded as Windows-1252 (detected, or declared by the caller).</summary>
    public const string EncodingDetected = "SR0202";

    /// <summary>SR0203: The header does not match a known layout, or required columns are missing; nothing is read.</summary>
    public const string UnrecognisedLayout = "SR0203";

    /// <summary>SR0204: A row has a different number of fields than the header; the row is rejected.</summary>
    public const string ColumnCountMismatch = "SR0204";

    /// <summary>SR0205: A field does not hold a value of its column's type (a number, a date, a code); the row is rejected.</summary>
    public const string InvalidField = "SR0205";

    /// <summary>SR0206: A field is longer than the reader allows; the row is rejected.</summary>
    public const string FieldTooLong = "SR0206";

    /// <summary>SR0207: UCDP <c>best</c> is not the sum of <c>deaths_a</c>, <c>deaths_b</c>, <c>deaths_civilians</c> and <c>deaths_unknown</c>; the row is kept as given.</summary>
    public const string DeathsSumMismatch = "SR0207";

    /// <summary>SR0208: A required field is empty; the row is rejected.</summary>
    public const string MissingValue = "SR0208";

    /// <summary>SR0209: The file has no header; its layout was chosen by column count.</summary>
    public const string HeaderlessFile = "SR0209";

    /// <summary>SR0210: A row ends before its quoted field is closed (a truncated file); the row is rejected.</summary>
    public const string UnterminatedQuote = "SR0210";

    /// <summary>SR0211: An HXL hashtag row under the header (<c>#date</c>, <c>#adm1+name</c>) was recognised and skipped.</summary>
    public const string HxlTagRow = "SR0211";

    /// <summary>SR0212: Converting to another format, part of an incident has no place in the output and is not carried over.</summary>
    public const string NotCarriedOver = "SR0212";

    /// <summary>SR0213: Rows and header disagree in length only by empty trailing fields or missing trailing columns; the row is kept.</summary>
    public const string TrailingFieldsAdjusted = "SR0213";

    /// <summary>SR0214: A JSON record is not valid JSON, not an object, too deeply nested or has a key twice; the record is rejected.</summary>
    public const string InvalidJsonRecord = "SR0214";

    /// <summary>SR0215: A PLOVER documentation record (<c>"event": "DOCUMENT"</c>) describes the file rather than an event; it was recognised and skipped.</summary>
    public const string DocumentationRecord = "SR0215";

    /// <summary>SR0216: A JSON record is longer than the reader allows; it is skipped and counted as rejected.</summary>
    public const string RecordTooLarge = "SR0216";

    /// <summary>SR0217: A record has the id of an earlier record; it is kept, and its incident's id gets a <c>#2</c>-style suffix.</summary>
    public const string DuplicateRecordId = "SR0217";

    /// <summary>SR0218: A row is longer than the reader allows (<c>MaxRecordLength</c>); it is skipped, counted as rejected, and reading resumes after it.</summary>
    public const string RowTooLong = "SR0218";

    /// <summary>SR0219: A quote inside a field (not around it) made the row misread; read as a character, the row has the layout's fields and is kept.</summary>
    public const string StrayQuote = "SR0219";

    /// <summary>SR0220: A quote in a line runs into the following rows and the line cannot be repaired; the line is rejected and reading resumes on the next line.</summary>
    public const string RunawayQuote = "SR0220";

    /// <summary>SR0221: Blank lines were skipped; they hold no data.</summary>
    public const string BlankLinesSkipped = "SR0221";

    /// <summary>SR0222: The file ends inside its last row (fewer fields than the layout and no line break): the file was cut off; the row is rejected.</summary>
    public const string TruncatedRecord = "SR0222";

    /// <summary>SR0223: Two different actor names gave the same id (a hash collision); the second got an id of its own.</summary>
    public const string ActorIdCollision = "SR0223";

    /// <summary>SR0224: The header names a column twice; typed fields read the first, both are kept.</summary>
    public const string DuplicateColumn = "SR0224";

    /// <summary>SR0225: One actor is given different actor-type codes (ACLED <c>inter</c>) in different rows; the first is kept.</summary>
    public const string ConflictingActorCodes = "SR0225";

    /// <summary>SR0226: The order numeric dates (<c>29/12/2015</c>) are read in, as a date in the file showed it (info) or assumed day first when none did (warning).</summary>
    public const string DateOrderChosen = "SR0226";

    /// <summary>SR0227: Records have no id (the column is missing from a subset export, or the field is empty); their incidents get ids made from the file and line, reported once with the count when mapping (warning), and once by the reader when the column is missing (info).</summary>
    public const string MadeRecordId = "SR0227";

    /// <summary>SR0228: A line of a GDELT file list (<c>masterfilelist.txt</c>, <c>lastupdate.txt</c>) is not <c>size md5 url</c>; the line is reported with its text and not used.</summary>
    public const string FileListLineInvalid = "SR0228";

    /// <summary>SR0229: A downloaded file's size or MD5 differs from what its list gives (truncated, corrupt, or another file).</summary>
    public const string FileCheckFailed = "SR0229";

    /// <summary>SR0230: A file list names a file whose name is not a GDELT 2.0 15-minute file (<c>YYYYMMDDHHMMSS.export.CSV.zip</c>, <c>.mentions.CSV.zip</c>, <c>.gkg.csv.zip</c>); it is kept without a time or kind.</summary>
    public const string UnknownFileName = "SR0230";

    /// <summary>SR0231: Record ids with whitespace or control characters (a damaged file, an id typed by hand): their incidents' ids escape them as <c>%XX</c>; reported once per file by the mapper with the count and the first (warning). The rows keep the ids as written.</summary>
    public const string RecordIdEscaped = "SR0231";
}
