using System;
using System.Text;

namespace Sitrep.Datasets;

/// <summary>
/// How a CSV dataset file is spelt, beyond its values: the header as written (its case and spacing), whether there
/// is one, the line end, which columns are quoted, the encoding and its byte order mark. Readers report it (<see cref="DatasetReader{TRecord}.Style"/>)
/// and writers take it, so a file read and written back in its own format keeps its look.
/// </summary>
public sealed record DatasetFileStyle
{
    private readonly string newLine = "\n";
    private readonly string encodingName = "UTF-8";
    private readonly char separator = ',';

    /// <summary>Gets the style writers use when given none: a header in the format's own spelling, <c>\n</c>, UTF-8 without a byte order mark.</summary>
    public static DatasetFileStyle Default { get; } = new();

    /// <summary>
    /// Gets the header fields as the file spells them (<c>EVENT_DATE</c>, <c>Event_Id_Cnty</c>); empty when the
    /// file has none or the style is not a file's. A writer uses these spellings when they name the columns written,
    /// in order, ignoring case and surrounding spaces.
    /// </summary>
    public ValueArray<string> Header { get; init; }

    /// <summary>Gets a value indicating whether the file starts with a header line (GDELT and some UCDP files do not).</summary>
    public bool HasHeader { get; init; } = true;

    /// <summary>Gets the line end: <c>\n</c>, <c>\r\n</c> or <c>\r</c>.</summary>
    /// <exception cref="ArgumentException">Set to anything else.</exception>
    public string NewLine
    {
        get => newLine;
        init => newLine = value is "\n" or "\r\n" or "\r" ? value : throw new ArgumentException("A line end is \\n, \\r\\n or \\r.", nameof(value));
    }

    /// <summary>
    /// Gets the name of the encoding: <c>UTF-8</c>, <c>Windows-1252</c>, <c>UTF-16LE</c>, <c>UTF-16BE</c>,
    /// <c>UTF-32LE</c>, <c>UTF-32BE</c>. A file read as UTF-8 with some Windows-1252 lines is <c>UTF-8</c> here: it is
    /// written back as valid UTF-8.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a name not in the list.</exception>
    public string EncodingName
    {
        get => encodingName;
        init => encodingName = value is "UTF-8" or "Windows-1252" or "UTF-16LE" or "UTF-16BE" or "UTF-32LE" or "UTF-32BE"
            ? value
            : throw new ArgumentException("Not an encoding dataset files are written in: " + value, nameof(value));
    }

    /// <summary>
    /// Gets the field separator: <c>,</c> for ACLED and UCDP, a tab for GDELT and POLECAT's public files (a
    /// comma-separated POLECAT file has <c>,</c>). ACLED and UCDP writers always write commas.
    /// </summary>
    /// <exception cref="ArgumentException">Set to anything but a comma, a tab or a semicolon.</exception>
    public char Separator
    {
        get => separator;
        init => separator = value is ',' or '\t' or ';' ? value : throw new ArgumentException("A separator is a comma, a tab or a semicolon.", nameof(value));
    }

    /// <summary>Gets a value indicating whether every header field is in quotes (R's <c>write.csv</c>, pandas' <c>QUOTE_NONNUMERIC</c>).</summary>
    public bool QuotedHeader { get; init; }

    /// <summary>
    /// Gets, per column, whether its non-empty fields are always quoted, as a file quoting its text columns does
    /// (taken from the first data row of a file whose header is quoted); empty when fields are quoted only where
    /// needed. Used only when it has as many entries as the row written has fields. Empty fields and a bare
    /// <c>NA</c> are never quoted, as R writes missing values.
    /// </summary>
    public ValueArray<bool> QuotedColumns { get; init; }

    /// <summary>Gets a value indicating whether the file starts with a byte order mark.</summary>
    public bool ByteOrderMark { get; init; }

    /// <summary>
    /// Creates the encoding to write with: <see cref="EncodingName"/>, with a byte order mark when
    /// <see cref="ByteOrderMark"/> says so. A character the encoding cannot hold (Windows-1252 has no Arabic) goes to
    /// <paramref name="fallback"/>, by default an exception: nothing is replaced silently.
    /// </summary>
    /// <param name="fallback">What to do with a character the encoding cannot hold.</param>
    /// <returns>The encoding.</returns>
    public Encoding CreateEncoding(EncoderFallback? fallback = null)
    {
        if (encodingName == "Windows-1252")
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252, fallback ?? EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }

        var encoding = encodingName switch
        {
            "UTF-16LE" => new UnicodeEncoding(bigEndian: false, byteOrderMark: ByteOrderMark, throwOnInvalidBytes: true),
            "UTF-16BE" => new UnicodeEncoding(bigEndian: true, byteOrderMark: ByteOrderMark, throwOnInvalidBytes: true),
            "UTF-32LE" => new UTF32Encoding(bigEndian: false, byteOrderMark: ByteOrderMark, throwOnInvalidCharacters: true),
            "UTF-32BE" => new UTF32Encoding(bigEndian: true, byteOrderMark: ByteOrderMark, throwOnInvalidCharacters: true),
            _ => (Encoding)new UTF8Encoding(ByteOrderMark, throwOnInvalidBytes: true),
        };
        if (fallback is null)
        {
            return encoding;
        }

        var custom = (Encoding)encoding.Clone();
        custom.EncoderFallback = fallback;
        return custom;
    }

    /// <summary>The name to write for column <paramref name="index"/>: the file's spelling when it names the same column.</summary>
    internal string HeaderName(ValueArray<string> columns, int index) =>
        Header.Count == columns.Count && Header[index].AsSpan().Trim().Equals(columns[index].AsSpan().Trim(), StringComparison.OrdinalIgnoreCase)
            ? Header[index]
            : columns[index];
}
