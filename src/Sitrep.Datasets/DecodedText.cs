using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Sitrep.Datasets.Parsing;
using Sitrep.Validation;

namespace Sitrep.Datasets;

/// <summary>
/// Text decoded from bytes the way the dataset readers decode a file, for texts read whole (a news report, a
/// gazetteer): a byte order mark decides UTF-8, UTF-16 or UTF-32; automatic mode reads each line as UTF-8 when it is
/// valid UTF-8 and as Windows-1252 when it is not (reported as <c>SR0202</c>), so one stray byte neither fails the
/// text nor turns its accented words into mojibake; declared UTF-8 reports every invalid sequence
/// (<c>SR0009</c>) instead of replacing it silently.
/// </summary>
/// <param name="Text">The text. Where <see cref="Diagnostics"/> has an error, an undecodable sequence stands as U+FFFD.</param>
/// <param name="EncodingName">What the text was decoded as (<c>UTF-8</c>, <c>UTF-8 with Windows-1252 lines</c>, <c>UTF-16LE</c>).</param>
/// <param name="Diagnostics">What decoding found: <c>SR0202</c> for lines read as Windows-1252 or a marked encoding, <c>SR0009</c> for each invalid sequence.</param>
public sealed record DecodedText(string Text, string EncodingName, ValueArray<Diagnostic> Diagnostics)
{
    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="encoding">Automatic, or the encoding the caller knows.</param>
    /// <returns>The text and what decoding found.</returns>
    public static DecodedText Decode(byte[] bytes, DatasetEncoding encoding = DatasetEncoding.Auto)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var reader = new DecodingTextReader(new MemoryStream(bytes, writable: false), encoding);
        var text = reader.ReadToEnd();
        var diagnostics = new List<Diagnostic>();
        if (reader.FallbackLines > 0)
        {
            var (line, offset) = reader.FirstFallback;
            diagnostics.Add(new Diagnostic(
                DatasetDiagnosticCodes.EncodingDetected,
                DiagnosticSeverity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"{reader.FallbackLines} line(s) are not valid UTF-8 and were decoded as Windows-1252 (the first is line {line}, byte offset {offset}). Declare the encoding if that is wrong."))
            {
                Line = line,
            });
        }
        else if (reader.EncodingName.StartsWith("UTF-16", StringComparison.Ordinal) || reader.EncodingName.StartsWith("UTF-32", StringComparison.Ordinal))
        {
            diagnostics.Add(new Diagnostic(DatasetDiagnosticCodes.EncodingDetected, reader.Utf16WithoutMark ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info, $"Decoded as {reader.EncodingName}{(reader.Utf16WithoutMark ? ", recognised by its zero bytes (no byte order mark)" : ", as its byte order mark says")}."));
        }

        foreach (var (line, offset) in reader.InvalidSequences)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidEncoding, DiagnosticSeverity.Error, string.Create(CultureInfo.InvariantCulture, $"Invalid {reader.EncodingName} at byte offset {offset} (value 0x{bytes[Math.Min(offset, bytes.Length - 1)]:X2})."))
            {
                Line = line,
                Value = "0x" + bytes[Math.Min(offset, bytes.Length - 1)].ToString("X2", CultureInfo.InvariantCulture),
            });
        }

        return new DecodedText(text, reader.EncodingName, ValueArray.From(diagnostics));
    }
}
