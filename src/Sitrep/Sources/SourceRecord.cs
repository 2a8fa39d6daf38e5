namespace Sitrep.Sources;

/// <summary>
/// A row of another dataset exactly as its file had it, kept with what was made from it so that nothing is lost: the
/// format's name, the column names and every field as text. A writer for that format puts the row back unchanged.
/// </summary>
/// <param name="Format">The format's name: <c>ucdp-ged</c>, <c>acled</c>, <c>gdelt-events</c>, <c>polecat</c>, <c>plover</c>.</param>
/// <param name="Columns">The column (or field) names, in the file's order.</param>
/// <param name="Values">The fields, in the same order; an empty field is an empty string.</param>
public sealed record SourceRecord(string Format, ValueArray<string> Columns = default, ValueArray<string> Values = default)
{
    /// <summary>Gets the field of a column, or <see langword="null"/> when the record has no such column.</summary>
    /// <param name="column">The column name, compared ordinally.</param>
    public string? this[string column]
    {
        get
        {
            for (var i = 0; i < Columns.Count && i < Values.Count; i++)
            {
                if (Columns[i] == column)
                {
                    return Values[i];
                }
            }

            return null;
        }
    }
}
