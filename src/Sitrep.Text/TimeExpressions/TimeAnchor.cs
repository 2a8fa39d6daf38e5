namespace Sitrep.Text.TimeExpressions;

/// <summary>What a time expression's value was worked out from.</summary>
public enum TimeAnchor
{
    /// <summary>Nothing: the expression says its value itself (<c>March 22, 2013</c>, <c>2009</c>, <c>three days</c>).</summary>
    None,

    /// <summary>The publication date (<c>yesterday</c>, <c>last week</c>, <c>March 22</c> without a year).</summary>
    Publication,

    /// <summary>
    /// Another time named in the text: the day before it (<c>the next day</c>, <c>two days later</c>, <c>8 p.m.</c>
    /// after <c>on Friday</c>), or, inside quoted speech, the day the words were said (<c>"tomorrow," he said on
    /// Tuesday</c>).
    /// </summary>
    TextTime,
}
