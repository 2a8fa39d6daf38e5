using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using NodaTime;
using NodaTime.Text;
using Sitrep.Validation;

namespace Sitrep.Datasets.Gdelt;

/// <summary>
/// Reads GDELT 2.0's file lists, <c>lastupdate.txt</c> (the latest 15-minute files) and <c>masterfilelist.txt</c>
/// (every file since 2015), one <c>size md5 url</c> line per file. Each line gives a row: the file, or why the line
/// is not one (<c>SR0228</c>, with its line number and text; never dropped, never an exception). A file whose name
/// is not a GDELT 2.0 15-minute name is kept with a warning (<c>SR0230</c>). Lines are read at most 4,096 characters
/// long (the rest of a longer line is skipped and the line reported), so memory is bounded whatever the input.
/// </summary>
public static class GdeltFileList
{
    /// <summary>The longest line read; GDELT's are about 110 characters.</summary>
    public const int MaxLineLength = 4096;

    private static readonly LocalDateTimePattern Stamp = LocalDateTimePattern.CreateWithInvariantCulture("yyyyMMddHHmmss");

    /// <summary>Reads a file list line by line; blank lines are skipped.</summary>
    /// <param name="reader">The list's text.</param>
    /// <returns>A row per line that is not blank: the file, or the diagnostics that say why not.</returns>
    public static IEnumerable<DatasetRow<GdeltFile>> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadLines(reader);
    }

    /// <summary>Reads a file list held as a string.</summary>
    /// <param name="text">The list's text.</param>
    /// <returns>A row per line that is not blank.</returns>
    public static ValueArray<DatasetRow<GdeltFile>> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return ValueArray.From(ReadLines(reader));
    }

    private static IEnumerable<DatasetRow<GdeltFile>> ReadLines(TextReader reader)
    {
        var buffer = new char[MaxLineLength];
        long number = 0;
        while (true)
        {
            var (length, overlong, end) = ReadLine(reader, buffer);
            if (end && length == 0 && !overlong)
            {
                yield break;
            }

            number++;
            var line = buffer.AsSpan(0, length).TrimEnd('\r');
            if (overlong)
            {
                yield return Invalid(number, line.ToString(), $"is longer than {MaxLineLength} characters; a file list line is 'size md5 url'.");
            }
            else if (!line.IsWhiteSpace())
            {
                yield return Line(number, line.ToString());
            }

            if (end)
            {
                yield break;
            }
        }
    }

    // Reads up to the next '\n' into the buffer; a longer line is read to its end and only its start kept.
    private static (int Length, bool Overlong, bool End) ReadLine(TextReader reader, char[] buffer)
    {
        var length = 0;
        var overlong = false;
        while (true)
        {
            var next = reader.Read();
            if (next < 0)
            {
                return (length, overlong, true);
            }

            if (next == '\n')
            {
                return (length, overlong, false);
            }

            if (length < buffer.Length)
            {
                buffer[length++] = (char)next;
            }
            else
            {
                overlong = true;
            }
        }
    }

    private static DatasetRow<GdeltFile> Line(long number, string text)
    {
        var fields = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 3)
        {
            return Invalid(number, text, $"has {fields.Length} field(s); a file list line is 'size md5 url'.");
        }

        if (!long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            return Invalid(number, text, $"has the size '{fields[0]}', which is not a whole number of bytes.");
        }

        var md5 = fields[1];
        if (md5.Length != 32 || !IsHex(md5))
        {
            return Invalid(number, text, $"has the MD5 '{md5}', which is not 32 hexadecimal digits.");
        }

        if (!Uri.TryCreate(fields[2], UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return Invalid(number, text, $"has the URL '{fields[2]}', which is not an absolute http or https URL.");
        }

        var file = new GdeltFile(size, Lower(md5), fields[2], null, null, false);
        return Name(file) is { } named
            ? new DatasetRow<GdeltFile>(number, named, default)
            : new DatasetRow<GdeltFile>(number, file, [new Diagnostic(DatasetDiagnosticCodes.UnknownFileName, DiagnosticSeverity.Warning, $"'{file.Name}' is not a GDELT 2.0 15-minute file name; it is kept without a time or kind.") { Line = number, Value = file.Name }]);
    }

    // YYYYMMDDHHMMSS[.translation].export.CSV.zip, .mentions.CSV.zip or .gkg.csv.zip, the time a real one.
    private static GdeltFile? Name(GdeltFile file)
    {
        var name = file.Name;
        if (name.Length < 15 || name[14] != '.' || Stamp.Parse(name[..14]) is not { Success: true } stamp)
        {
            return null;
        }

        var rest = name[15..];
        var translation = rest.StartsWith("translation.", StringComparison.Ordinal);
        if (translation)
        {
            rest = rest["translation.".Length..];
        }

        GdeltFileKind? kind = rest switch
        {
            "export.CSV.zip" => GdeltFileKind.Export,
            "mentions.CSV.zip" => GdeltFileKind.Mentions,
            "gkg.csv.zip" => GdeltFileKind.Gkg,
            _ => null,
        };
        return kind is null ? null : file with { Timestamp = stamp.Value.InUtc().ToInstant(), Kind = kind, IsTranslation = translation };
    }

    private static DatasetRow<GdeltFile> Invalid(long number, string text, string why) =>
        new(number, null, [new Diagnostic(DatasetDiagnosticCodes.FileListLineInvalid, DiagnosticSeverity.Error, $"Line {number} {why}") { Line = number, Value = Parsing.RowDiagnostics.Shorten(text) }]);

    private static bool IsHex(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Lower(string hex) => string.Create(hex.Length, hex, static (text, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            text[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] + 32) : source[i];
        }
    });
}
