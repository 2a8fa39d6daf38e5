namespace Sitrep.Datasets;

/// <summary>How numeric dates such as <c>05/04/2015</c> are read: which part is the day.</summary>
public enum DateOrder
{
    /// <summary>
    /// Decided per file from evidence: the first date whose first part is over 12 (<c>29/12/2015</c>) makes the file
    /// day first, one whose second part is (<c>12/29/2015</c>) month first. Rows are held until a date decides, so
    /// no row is read in an order the file later contradicts; a file that never decides is read day first (the
    /// codebook's order) and reported.
    /// </summary>
    Auto,

    /// <summary>Day, month, year: <c>29/12/2015</c>.</summary>
    DayFirst,

    /// <summary>Month, day, year: <c>12/29/2015</c>.</summary>
    MonthFirst,
}
