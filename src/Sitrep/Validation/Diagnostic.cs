using System;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace Sitrep.Validation;

/// <summary>
/// One finding about user data: a stable code (documented in docs/diagnostics.md), a severity, where it is (a JSON
/// Pointer into the canonical form, or a line and column), a message a user can act on, and the offending value.
/// </summary>
/// <param name="Code">The stable code, such as <c>SR0102</c>; see <see cref="DiagnosticCodes"/>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What is wrong and, where possible, what to do about it.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message)
{
    /// <summary>Gets a JSON Pointer (RFC 6901) to the offending value, such as <c>/incidents/3/casualties/0/estimate</c>, or <see langword="null"/>.</summary>
    public string? Path { get; init; }

    /// <summary>Gets the one-based line number in the input, when known.</summary>
    public long? Line { get; init; }

    /// <summary>Gets the one-based column (in bytes for JSON input), when known.</summary>
    public long? Column { get; init; }

    /// <summary>Gets the offending value as text, shortened when long, or <see langword="null"/>.</summary>
    public string? Value { get; init; }

    /// <summary>Gets a value indicating whether this is an error.</summary>
    [JsonIgnore]
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>
    /// Returns <c>location: severity CODE: message</c>, the form the CLI prints after the file name. Path, message and
    /// value come from data, so characters that could change what a terminal shows are escaped
    /// (<see cref="PrintableText.Escape"/>): the text is always one line.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append(PrintableText.Escape(Location)).Append(": ");
        builder.Append(Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        });
        builder.Append(' ').Append(PrintableText.Escape(Code)).Append(": ").Append(PrintableText.Escape(Message));
        if (Value is not null)
        {
            builder.Append(" (value: ").Append(PrintableText.Escape(Value)).Append(')');
        }

        return builder.ToString();
    }

    /// <summary>Gets where the diagnostic points: the line (and column), then the path; <c>/</c> stands for the whole document.</summary>
    [JsonIgnore]
    public string Location
    {
        get
        {
            var builder = new StringBuilder();
            if (Line is { } line)
            {
                builder.Append(line.ToString(CultureInfo.InvariantCulture));
                if (Column is { } column)
                {
                    builder.Append(':').Append(column.ToString(CultureInfo.InvariantCulture));
                }
            }

            if (Path is not null || builder.Length == 0)
            {
                if (builder.Length > 0)
                {
                    builder.Append(':');
                }

                builder.Append(string.IsNullOrEmpty(Path) ? "/" : Path);
            }

            return builder.ToString();
        }
    }

    internal static string? Shorten(string? value) =>
        value is null || value.Length <= 200 ? value : string.Concat(value.AsSpan(0, 197), "...");
}
