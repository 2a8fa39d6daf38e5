namespace Sitrep.Text.TimeExpressions;

/// <summary>What a TIMEX3 <c>value</c> is, by its form.</summary>
public enum TimexValueKind
{
    /// <summary>A calendar date or period, possibly with unspecified digits: <c>2013-03-22</c>, <c>2013-W11</c>, <c>2013-SU</c>, <c>19</c> (a century), <c>XXXX-WXX-7</c>, <c>FY2013</c> (a fiscal year).</summary>
    Date,

    /// <summary>A date with a time of day: <c>2013-03-22T15:00</c>, <c>2013-03-22TEV</c>.</summary>
    Time,

    /// <summary>An amount of time: <c>P3D</c>, <c>PT1H</c>, <c>P1DE</c>, <c>PXY</c>.</summary>
    Duration,

    /// <summary>The present, the past or the future without a date: <c>PRESENT_REF</c>, <c>PAST_REF</c>, <c>FUTURE_REF</c>.</summary>
    Reference,
}
