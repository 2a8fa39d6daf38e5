using System;
using System.Globalization;
using System.Text;
using NodaTime;

namespace Sitrep.Sources.Acled;

/// <summary>
/// What to ask the ACLED API for: filters as the API names them (several values of one filter are alternatives),
/// the page size and the page to start from. Every filter is optional; an empty query asks for everything the
/// account may see.
/// </summary>
public sealed record AcledQuery
{
    /// <summary>The most records ACLED returns on one page.</summary>
    public const int MaxPageSize = 5000;

    /// <summary>Gets the countries, by ACLED's names (<c>Nigeria</c>).</summary>
    public ValueArray<string> Countries { get; init; }

    /// <summary>Gets the regions, by ACLED's region numbers.</summary>
    public ValueArray<int> Regions { get; init; }

    /// <summary>Gets the ISO 3166-1 numeric country codes (<c>566</c>).</summary>
    public ValueArray<int> IsoCodes { get; init; }

    /// <summary>Gets the first event date asked for, or <see langword="null"/> for no lower bound.</summary>
    public LocalDate? From { get; init; }

    /// <summary>Gets the last event date asked for, or <see langword="null"/> for no upper bound.</summary>
    public LocalDate? To { get; init; }

    /// <summary>Gets the event types (<c>Battles</c>, <c>Violence against civilians</c>).</summary>
    public ValueArray<string> EventTypes { get; init; }

    /// <summary>Gets the sub-event types.</summary>
    public ValueArray<string> SubEventTypes { get; init; }

    /// <summary>
    /// Gets the interaction codes: numeric (<c>13</c>, as ACLED coded them to 2025) or text (<c>State forces-Civilians</c>,
    /// as it writes them since); each is sent as written.
    /// </summary>
    public ValueArray<string> Interactions { get; init; }

    /// <summary>
    /// Gets the Unix time (seconds) from which records added or changed are asked for, or <see langword="null"/> for
    /// all: the increment a local copy asks for (ACLED's <c>timestamp</c> field).
    /// </summary>
    public long? UpdatedSince { get; init; }

    /// <summary>Gets the records per page, 1 to <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = MaxPageSize;

    /// <summary>Gets the page to start from (1 is the first), to resume an interrupted download.</summary>
    public int FirstPage { get; init; } = 1;

    /// <summary>Gets a value indicating whether the API is asked for the query's total count (<c>with_total</c>).</summary>
    public bool WithTotal { get; init; }

    /// <summary>Gets the query string of one page (filters in a stable order), without credentials.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The query string, without the leading <c>?</c>.</returns>
    public string ToQueryString(int page)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(PageSize, 1, nameof(PageSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(PageSize, MaxPageSize, nameof(PageSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        if (From is { } first && To is { } last && last < first)
        {
            throw new InvalidOperationException($"The query's last date ({last:uuuu-MM-dd}) is before its first ({first:uuuu-MM-dd}).");
        }

        var query = new StringBuilder("_format=json");
        Add(query, "country", Countries, "|");
        Add(query, "region", Numbers(Regions), "|");
        Add(query, "iso", Numbers(IsoCodes), "|");
        Add(query, "event_type", EventTypes, ":OR:event_type=");
        Add(query, "sub_event_type", SubEventTypes, ":OR:sub_event_type=");
        Add(query, "interaction", Interactions, ":OR:interaction=");
        switch (From, To)
        {
            case ({ } from, { } to):
                Add(query, "event_date", [Iso(from) + "|" + Iso(to)], "|");
                Add(query, "event_date_where", ["BETWEEN"], "|");
                break;
            case ({ } from, null):
                Add(query, "event_date", [Iso(from)], "|");
                Add(query, "event_date_where", [">="], "|");
                break;
            case (null, { } to):
                Add(query, "event_date", [Iso(to)], "|");
                Add(query, "event_date_where", ["<="], "|");
                break;
        }

        if (UpdatedSince is { } since)
        {
            Add(query, "timestamp", [since.ToString(CultureInfo.InvariantCulture)], "|");
            Add(query, "timestamp_where", [">="], "|");
        }

        if (WithTotal)
        {
            query.Append("&with_total=true");
        }

        query.Append(CultureInfo.InvariantCulture, $"&limit={PageSize}&page={page}");
        return query.ToString();
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static ValueArray<string> Numbers(ValueArray<int> values)
    {
        var texts = new string[values.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = values[i].ToString(CultureInfo.InvariantCulture);
        }

        return ValueArray.Create<string>(texts);
    }

    private static void Add(StringBuilder query, string name, ValueArray<string> values, string joiner)
    {
        if (values.Count == 0)
        {
            return;
        }

        query.Append('&').Append(name).Append('=');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                query.Append(joiner);
            }

            query.Append(Uri.EscapeDataString(values[i]));
        }
    }
}
