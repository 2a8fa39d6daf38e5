namespace Sitrep.Text.Dates;

/// <summary>Which way the words before a date with no year lean: to the one just gone, the one ahead, or whichever is nearer.</summary>
internal enum TenseLean
{
    /// <summary>No cue, or a past one: news narrates the past, so the most recent such date.</summary>
    Past,

    /// <summary>A future cue in the clause ("will begin on April 7"): the soonest such date.</summary>
    Future,

    /// <summary>
    /// A plan told in the past ("a campaign planned for early March was postponed", "a transition that was due to be
    /// completed by April 11"): the plan's date may have passed or may still lie ahead, so the nearer of the two.
    /// </summary>
    Nearest,
}
