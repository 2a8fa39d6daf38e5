namespace Sitrep.Text.TimeExpressions;

/// <summary>The TIMEX3 <c>type</c> of a time expression.</summary>
public enum TimeExpressionType
{
    /// <summary>A calendar date or period at day precision or coarser: <c>March 22</c>, <c>last week</c>, <c>2009</c>, <c>now</c>.</summary>
    Date,

    /// <summary>A time of day, with or without its date: <c>8 p.m.</c>, <c>15:00 GMT Saturday</c>, <c>Friday morning</c>.</summary>
    Time,

    /// <summary>A length of time: <c>three days</c>, <c>the past two years</c>, <c>recent weeks</c>.</summary>
    Duration,

    /// <summary>A recurring time: <c>every day</c>, <c>twice a week</c>, <c>annually</c>, <c>on Mondays</c>.</summary>
    Set,
}
