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

    /// <summary>
    /// What someone said would happen, told in the past (<c>said the devaluation would take effect on Feb. 13</c>): ahead
    /// of the telling, which news reports shortly before it is published, so a day of a month in the past thirty days,
    /// or else the one ahead; a weekday after the day of the telling when the text tells it, else the coming one. Read
    /// only where a day of a month or of the week is resolved; elsewhere it leans ahead (<see cref="TenseCues.Lean"/>).
    /// </summary>
    AheadOfTelling,
}
