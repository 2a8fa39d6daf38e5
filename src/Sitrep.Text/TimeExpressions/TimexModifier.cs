namespace Sitrep.Text.TimeExpressions;

/// <summary>The TIMEX3 <c>mod</c> of a time expression: the part of a period it means, or how a length is bounded.</summary>
public enum TimexModifier
{
    /// <summary>No modifier.</summary>
    None,

    /// <summary><c>START</c>: <c>early March</c>, <c>the beginning of the year</c>.</summary>
    Start,

    /// <summary><c>MID</c>: <c>mid-2012</c>, <c>the middle of the month</c>.</summary>
    Mid,

    /// <summary><c>END</c>: <c>late March</c>, <c>the end of the year</c>.</summary>
    End,

    /// <summary><c>APPROX</c>: <c>about three years</c>, <c>around 2005</c>.</summary>
    Approximate,

    /// <summary><c>LESS_THAN</c>: <c>less than a week</c>, <c>nearly two years</c>, <c>under an hour</c>.</summary>
    LessThan,

    /// <summary><c>MORE_THAN</c>: <c>more than a decade</c>, <c>over two weeks</c>.</summary>
    MoreThan,

    /// <summary><c>EQUAL_OR_LESS</c>: <c>up to five years</c>, <c>no more than a month</c>.</summary>
    EqualOrLess,

    /// <summary><c>EQUAL_OR_MORE</c>: <c>at least three days</c>.</summary>
    EqualOrMore,
}
