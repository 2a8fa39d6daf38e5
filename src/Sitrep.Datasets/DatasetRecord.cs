using System;
using Sitrep.Datasets.Text;

namespace Sitrep.Datasets;

/// <summary>
/// A row of a dataset file exactly as the file has it: the column names and every field as text, so that nothing is
/// lost and codes keep their spelling (<c>004</c>, <c>040</c>). Format records add typed accessors. Two records are
/// equal when they are of the same format and hold the same columns and fields.
/// </summary>
/// <param name="Columns">The column names in file order.</param>
/// <param name="Values">The fields, in the same order; an empty field is an empty string.</param>
public abstract record DatasetRecord(ValueArray<string> Columns, ValueArray<string> Values)
{
    private ColumnIndex? index;

    private protected DatasetRecord(ValueArray<string> columns, ValueArray<string> values, ColumnIndex index)
        : this(columns, values)
    {
        this.index = index;
    }

    /// <summary>Gets the field of a column, or <see langword="null"/> when the file has no such column.</summary>
    /// <param name="column">The column name, case-insensitive.</param>
    public string? this[string column]
    {
        get
        {
            var i = (index ??= ColumnIndex.For(Columns)).IndexOf(column);
            return i >= 0 && i < Values.Count ? Values[i] : null;
        }
    }

    /// <inheritdoc />
    public virtual bool Equals(DatasetRecord? other) =>
        other is not null && (ReferenceEquals(this, other) || (EqualityContract == other.EqualityContract && Columns == other.Columns && Values == other.Values));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EqualityContract, Columns, Values);
}
