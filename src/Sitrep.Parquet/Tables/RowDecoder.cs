using System;
using System.Collections.Generic;
using System.Text.Json;
using Sitrep.Serialization;
using Sitrep.Temporal;
using Sitrep.Validation;

namespace Sitrep.Parquet.Tables;

/// <summary>
/// Turns one row's cells back into model values. A cell that does not read is reported (file, row, column, raw
/// value) and marks the row failed; the caller then rejects the row rather than keep a half-read record.
/// </summary>
internal sealed class RowDecoder
{
    private readonly ICollection<Diagnostic> diagnostics;

    public RowDecoder(string file, ICollection<Diagnostic> diagnostics)
    {
        File = file;
        this.diagnostics = diagnostics;
    }

    /// <summary>Gets the file, relative to the dataset folder.</summary>
    public string File { get; }

    /// <summary>Gets or sets the row being read, 1-based within the file.</summary>
    public long Row { get; set; }

    /// <summary>Gets a value indicating whether a cell of the current row failed to read.</summary>
    public bool Failed { get; private set; }

    /// <summary>Starts the next row.</summary>
    public void Next(long row)
    {
        Row = row;
        Failed = false;
    }

    public string Required(string column, string? text)
    {
        if (text is null)
        {
            Fail(column, null, "is empty; it is required.");
        }

        return text ?? string.Empty;
    }

    public TId Id<TId>(string column, string? text)
        where TId : struct, IIdentifier<TId> => TId.FromValue(Required(column, text));

    public static TId? OptionalId<TId>(string? text)
        where TId : struct, IIdentifier<TId> => text is null ? null : TId.FromValue(text);

    public TEnum Enum<TEnum>(string column, string? text)
        where TEnum : struct, Enum
    {
        if (EnumNames<TEnum>.TryParse(text, out var value))
        {
            return value;
        }

        Fail(column, text, text is null ? "is empty; it is required." : $"is not one of: {string.Join(", ", EnumNames<TEnum>.Names)}.");
        return default;
    }

    public TEnum? OptionalEnum<TEnum>(string column, string? text)
        where TEnum : struct, Enum => text is null ? null : Enum<TEnum>(column, text);

    public TemporalValue? Time(string column, string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parsed = TemporalValue.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        Fail(column, text, "is not a temporal value: " + parsed.Error.Message);
        return null;
    }

    public ValueArray<T> List<T>(string column, string? json)
    {
        try
        {
            return JsonFragments.ReadList<T>(json);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            Fail(column, json, "is not the canonical JSON of its part: " + ex.Message);
            return default;
        }
    }

    public T? Object<T>(string column, string? json)
        where T : class
    {
        try
        {
            return JsonFragments.Read<T>(json);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            Fail(column, json, "is not the canonical JSON of its part: " + ex.Message);
            return null;
        }
    }

    public void Fail(string column, string? value, string message)
    {
        Failed = true;
        diagnostics.Add(new Diagnostic(ParquetDiagnosticCodes.InvalidCell, DiagnosticSeverity.Error, $"Column '{column}' {message} The row is rejected.")
        {
            Path = File,
            Line = Row,
            Value = Diagnostic.Shorten(value),
        });
    }
}
