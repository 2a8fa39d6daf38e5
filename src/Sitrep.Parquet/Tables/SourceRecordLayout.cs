using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Sitrep.Sources;

namespace Sitrep.Parquet.Tables;

/// <summary>
/// The shape of the original rows one <c>source_records</c> file holds: the format, its exact column names and how
/// many fields each row has. Rows of one layout are stored one Parquet column per source column, so a repeated
/// country or event type is dictionary-encoded and numbers sit beside numbers; the exact names go in the file's
/// metadata and the Parquet field names are derived from them (<see cref="FieldNames"/>). The
/// <see cref="Mixed"/> layout holds rows of any shape, columns and values as JSON lists, for inputs that mix more
/// shapes than a partition keeps files for.
/// </summary>
internal sealed class SourceRecordLayout : IEquatable<SourceRecordLayout>
{
    /// <summary>The file metadata key that holds the layout.</summary>
    public const string MetadataKey = "sitrep.source_layout";

    /// <summary>A row wider than this goes to the mixed layout: a Parquet file of thousands of columns helps no one.</summary>
    public const int MaxWidth = 1024;

    // The table's own columns, and the partition keys: Spark refuses a file column that is also a partition column.
    private static readonly string[] Reserved = ["incident_seq", "incident_id", "format", "year", "country"];

    private SourceRecordLayout(string? format, ValueArray<string> columns, int width)
    {
        Format = format;
        Columns = columns;
        Width = width;
        FieldNames = format is null ? ["columns", "values"] : Fields(columns, width);
    }

    /// <summary>Gets the layout of rows of any shape, held as JSON lists.</summary>
    public static SourceRecordLayout Mixed { get; } = new(null, default, 0);

    /// <summary>Gets the format every row of the layout has, or null for the mixed layout.</summary>
    public string? Format { get; }

    /// <summary>Gets the exact column names.</summary>
    public ValueArray<string> Columns { get; }

    /// <summary>Gets how many fields every row has (the column count, unless the record is malformed).</summary>
    public int Width { get; }

    /// <summary>Gets whether this is the layout of rows of any shape.</summary>
    public bool IsMixed => Format is null;

    /// <summary>Gets the Parquet field names of the values (after <c>incident_seq</c>, <c>incident_id</c>, <c>format</c>).</summary>
    public IReadOnlyList<string> FieldNames { get; }

    /// <summary>Gets whether a record has this (non-mixed) layout.</summary>
    public bool Matches(SourceRecord record) =>
        !IsMixed && record.Values.Count == Width && string.Equals(record.Format, Format, StringComparison.Ordinal) && record.Columns.Equals(Columns);

    /// <summary>Gets the layout of a record, or the mixed layout when it is too wide to be a file of its own.</summary>
    public static SourceRecordLayout Of(SourceRecord record) =>
        record.Values.Count > MaxWidth || record.Columns.Count > MaxWidth ? Mixed : new(record.Format, record.Columns, record.Values.Count);

    /// <summary>Writes the layout for the file's metadata.</summary>
    public string ToMetadata()
    {
        if (IsMixed)
        {
            return "{\"mixed\":true}";
        }

        using var buffer = new System.IO.MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteStartArray("columns");
            foreach (var column in Columns)
            {
                json.WriteStringValue(column);
            }

            json.WriteEndArray();
            json.WriteNumber("width", Width);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a file's layout from its metadata; false, with the reason, when it is missing or malformed.</summary>
    public static bool TryParse(string? metadata, out SourceRecordLayout layout, out string error)
    {
        layout = Mixed;
        error = string.Empty;
        if (metadata is null)
        {
            error = $"The file has no '{MetadataKey}' metadata: its columns cannot be named.";
            return false;
        }

        try
        {
            using var json = JsonDocument.Parse(metadata, new JsonDocumentOptions { MaxDepth = 4 });
            var top = json.RootElement;
            if (top.ValueKind != JsonValueKind.Object)
            {
                error = $"The '{MetadataKey}' metadata is not a JSON object.";
                return false;
            }

            if (top.TryGetProperty("mixed", out var mixed) && mixed.ValueKind == JsonValueKind.True)
            {
                return true;
            }

            if (!top.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String ||
                !top.TryGetProperty("columns", out var columns) || columns.ValueKind != JsonValueKind.Array ||
                !top.TryGetProperty("width", out var width) || !width.TryGetInt32(out var count) || count is < 0 or > MaxWidth ||
                columns.GetArrayLength() > MaxWidth || columns.EnumerateArray().Any(c => c.ValueKind != JsonValueKind.String))
            {
                error = $"The '{MetadataKey}' metadata does not give a format, a list of column names and a width of 0 to {MaxWidth}.";
                return false;
            }

            layout = new SourceRecordLayout(format.GetString()!, ValueArray.From(columns.EnumerateArray().Select(c => c.GetString()!)), count);
            return true;
        }
        catch (JsonException ex)
        {
            error = $"The '{MetadataKey}' metadata is not JSON: {ex.Message}";
            return false;
        }
    }

    /// <inheritdoc />
    public bool Equals(SourceRecordLayout? other) =>
        other is not null && Format == other.Format && Width == other.Width && Columns.Equals(other.Columns);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SourceRecordLayout);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Format, Width, Columns);

    // A Parquet name per value: the column's own name where engines take it as it is (letters, digits, '_'), others
    // with '_' for what they would not; a name already taken (Spark compares without case) gets _2, _3, ...
    private static string[] Fields(ValueArray<string> columns, int width)
    {
        var taken = new HashSet<string>(Reserved, StringComparer.OrdinalIgnoreCase);
        var names = new string[width];
        for (var i = 0; i < width; i++)
        {
            var name = i < columns.Count ? Clean(columns[i]) : string.Empty;
            if (name.Length == 0)
            {
                name = "column_" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (char.IsDigit(name[0]))
            {
                name = "_" + name;
            }

            var unique = name;
            for (var n = 2; !taken.Add(unique); n++)
            {
                unique = name + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            names[i] = unique;
        }

        return names;
    }

    private static string Clean(string? column)
    {
        if (string.IsNullOrEmpty(column))
        {
            return string.Empty;
        }

        var text = new StringBuilder(Math.Min(column.Length, 128));
        foreach (var c in column.AsSpan(0, Math.Min(column.Length, 128)))
        {
            text.Append(char.IsAsciiLetterOrDigit(c) || c == '_' || (c > 127 && char.IsLetterOrDigit(c)) ? c : '_');
        }

        return text.ToString();
    }
}
