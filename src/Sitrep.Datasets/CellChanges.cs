namespace Sitrep.Datasets;

/// <summary>
/// What a writer changed in the cells of a row so that the file stays safe and readable: cells the formula guard
/// prefixed with an apostrophe (Sitrep's readers take it off again), and cells of a format without quoting (GDELT,
/// tab-separated POLECAT) whose tabs or line breaks became spaces, which no reader can restore.
/// </summary>
/// <param name="Guarded">Cells prefixed with the formula guard's apostrophe.</param>
/// <param name="Flattened">Cells whose tabs or line breaks were written as spaces.</param>
public readonly record struct CellChanges(int Guarded, int Flattened)
{
    /// <summary>Adds two counts.</summary>
    /// <param name="left">One count.</param>
    /// <param name="right">The other.</param>
    /// <returns>The sum.</returns>
    public static CellChanges operator +(CellChanges left, CellChanges right) =>
        new(left.Guarded + right.Guarded, left.Flattened + right.Flattened);

    /// <summary>Adds two counts (for languages without operators).</summary>
    /// <param name="left">One count.</param>
    /// <param name="right">The other.</param>
    /// <returns>The sum.</returns>
    public static CellChanges Add(CellChanges left, CellChanges right) => left + right;
}
