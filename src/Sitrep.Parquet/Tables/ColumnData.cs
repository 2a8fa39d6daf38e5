using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;
using Sitrep.Validation;

namespace Sitrep.Parquet.Tables;

/// <summary>
/// Reads one row group's columns by name. A column the file does not have reads as all empty and is reported once
/// per file (SR0403), so a file from another schema version loses what it lacks visibly, never silently.
/// </summary>
internal sealed class ColumnData
{
    private readonly ParquetRowGroupReader group;
    private readonly Dictionary<string, DataField> fields;
    private readonly HashSet<string> reported;
    private readonly ICollection<Diagnostic> diagnostics;
    private readonly string file;
    private readonly CancellationToken cancellationToken;

    public ColumnData(ParquetRowGroupReader group, ParquetSchema schema, IReadOnlyDictionary<string, string> metadata, string file, HashSet<string> reported, ICollection<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        this.group = group;
        Metadata = metadata;
        fields = new(StringComparer.Ordinal);
        foreach (var field in schema.DataFields)
        {
            fields.TryAdd(field.Name, field);
        }

        this.file = file;
        this.reported = reported;
        this.diagnostics = diagnostics;
        this.cancellationToken = cancellationToken;
        Rows = checked((int)group.RowCount);
    }

    /// <summary>Gets the file's key-value metadata.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>Gets the file, relative to the dataset folder.</summary>
    public string File => file;

    /// <summary>Gets the rows in the group.</summary>
    public int Rows { get; }

    /// <summary>Gets a value indicating whether the file has the column.</summary>
    public bool Has(string name) => fields.ContainsKey(name);

    public async Task<string?[]> TextAsync(string name)
    {
        var values = new string?[Rows];
        if (Find(name) is { } field)
        {
            await group.ReadAsync(field, values.AsMemory()!, null, cancellationToken).ConfigureAwait(false);
        }

        return values;
    }

    public async Task<T?[]> ValuesAsync<T>(string name)
        where T : struct
    {
        var values = new T?[Rows];
        if (Find(name) is { } field)
        {
            await group.ReadAsync<T>(field, values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
        }

        return values;
    }

    private DataField? Find(string name)
    {
        if (fields.TryGetValue(name, out var field))
        {
            return field;
        }

        if (reported.Add(name))
        {
            diagnostics.Add(new Diagnostic(ParquetDiagnosticCodes.MissingColumn, DiagnosticSeverity.Error, $"The file has no column '{name}'; its rows read without it.") { Path = file });
        }

        return null;
    }
}
