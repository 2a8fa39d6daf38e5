using System;
using System.Threading;
using Sitrep.Datasets.Parsing;
using Sitrep.Validation;

namespace Sitrep.Datasets;

/// <summary>
/// A row of a dataset file exactly as the file has it: the column names and every field as text, so that nothing is
/// lost and codes keep their spelling (<c>004</c>, <c>040</c>). Format records add typed accessors. Two records are
/// equal when they are of the same format and hold the same columns and fields.
/// </summary>
/// <remarks>
/// A record read from a file holds the row's text once, with where each field starts, and makes field strings only
/// when asked: typed accessors parse straight from the text, and <see cref="Values"/> is built on first use.
/// </remarks>
/// <param name="Columns">The column names in file order.</param>
/// <param name="Values">The fields, in the same order; an empty field is an empty string.</param>
public abstract record DatasetRecord(ValueArray<string> Columns, ValueArray<string> Values)
{
    private ValueArray<string> values = Values;
    private RawRow? raw;
    private ColumnIndex? index;

    private protected DatasetRecord(ValueArray<string> columns, ValueArray<string> values, ColumnIndex index)
        : this(columns, values)
    {
        this.index = index;
    }

    private protected DatasetRecord(ValueArray<string> columns, RawRow row, ColumnIndex index)
        : this(columns, default(ValueArray<string>))
    {
        raw = row;
        this.index = index;
    }

    /// <summary>
    /// Gets the line of the file the record starts on (the first line is 1), as its reader read it; 0 for a record
    /// made by hand. Mappers use it for the ids of records that have none. It is not part of the record's equality.
    /// </summary>
    public long SourceLine { get; internal set; }

    /// <summary>Gets the fields, in column order; an empty field is an empty string.</summary>
    public ValueArray<string> Values
    {
        get => raw is { } row ? Materialize(row) : values;
        init
        {
            values = value;
            raw = null;
        }
    }

    /// <summary>Gets the field of a column, or <see langword="null"/> when the file has no such column.</summary>
    /// <param name="column">The column name, case-insensitive.</param>
    public string? this[string column]
    {
        get
        {
            var i = IndexOf(column);
            if (i < 0)
            {
                return null;
            }

            return raw is { } row ? (i < row.Count ? row.Field(i) : null) : (i < values.Count ? values[i] : null);
        }
    }

    /// <inheritdoc />
    public virtual bool Equals(DatasetRecord? other) =>
        other is not null && (ReferenceEquals(this, other) || (EqualityContract == other.EqualityContract && Columns == other.Columns && Values == other.Values));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EqualityContract, Columns, Values);

    /// <summary>The field of a column as text without making a string: quotes around it removed, an escaped quote left doubled. Empty when the column is absent.</summary>
    internal ReadOnlySpan<char> Span(string column) => SpanAt(IndexOf(column));

    internal ReadOnlySpan<char> SpanAt(int i)
    {
        if (i < 0)
        {
            return default;
        }

        if (raw is { } row)
        {
            return i < row.Count ? row.Span(i) : default;
        }

        return i < values.Count ? values[i].AsSpan() : default;
    }

    /// <summary>
    /// A typed field that may be empty: the value, <see langword="null"/> for a missing value (empty, blank, <c>NA</c>),
    /// and a <see cref="DiagnosticException"/> for text that is not of the type. A reader rejects such rows, so only a
    /// record built by hand can hold one; it is never read as a default.
    /// </summary>
    internal T? Optional<T>(string column, ReadOnlySpan<char> text, SpanParser<T> parse, string expected)
        where T : struct =>
        parse(text, out var value) ? value : FieldText.IsMissing(text) ? null : throw InvalidField(column, text, expected);

    /// <summary>A typed field the format requires: the value, or a <see cref="DiagnosticException"/> when it is missing or not of the type.</summary>
    internal T Required<T>(string column, ReadOnlySpan<char> text, SpanParser<T> parse, string expected)
        where T : struct =>
        parse(text, out var value) ? value : throw Unreadable(column, text, expected);

    /// <summary>Why a required field has no value: it is empty (SR0208), or its text is not of the type (SR0205).</summary>
    internal DiagnosticException Unreadable(string column, ReadOnlySpan<char> text, string expected) =>
        FieldText.IsMissing(text)
            ? new([RowDiagnostics.Error(DatasetDiagnosticCodes.MissingValue, SourceLine, column, $"The required field '{column}' is empty.", text.ToString()) with { Line = SourceLine > 0 ? SourceLine : null }])
            : InvalidField(column, text, expected);

    internal long? OptionalLong(string column) => Optional<long>(column, Span(column), FieldText.TryLong, "an integer");

    internal double? OptionalDouble(string column) => Optional<double>(column, Span(column), FieldText.TryDouble, "a number");

    private DiagnosticException InvalidField(string column, ReadOnlySpan<char> text, string expected) =>
        new([RowDiagnostics.Error(DatasetDiagnosticCodes.InvalidField, SourceLine, column, $"The field '{column}' is not {expected}.", RowDiagnostics.Excerpt(text)) with { Line = SourceLine > 0 ? SourceLine : null }]);

    private int IndexOf(string column) => (index ??= ColumnIndex.For(Columns)).IndexOf(column);

    private ValueArray<string> Materialize(RawRow row)
    {
        var fields = new string[row.Count];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = row.Field(i);
        }

        // Values first, then drop the row: a reader on another thread sees either the row or the finished values.
        values = ValueArray.Create<string>(fields);
        Volatile.Write(ref raw, null);
        return values;
    }
}
