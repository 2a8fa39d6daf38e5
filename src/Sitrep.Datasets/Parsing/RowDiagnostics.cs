using System;
using Sitrep.Validation;

namespace Sitrep.Datasets.Parsing;

/// <summary>How the dataset readers word a bad row: an error with its line, column and raw value, the value cut to 200 characters.</summary>
internal static class RowDiagnostics
{
    internal static Diagnostic Error(string code, long line, string? column, string message, string? value) =>
        new(code, DiagnosticSeverity.Error, message) { Line = line, Path = column is null ? null : "/" + column, Value = Shorten(value) };

    /// <summary>The first 200 characters of a span, made a string without copying the rest.</summary>
    internal static string Excerpt(ReadOnlySpan<char> text) =>
        text.Length <= 200 ? new string(text) : string.Concat(text[..197], "...");

    internal static string? Shorten(string? value) =>
        value is null || value.Length <= 200 ? value : string.Concat(value.AsSpan(0, 197), "...");
}
