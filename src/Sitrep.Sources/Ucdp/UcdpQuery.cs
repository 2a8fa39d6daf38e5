using System;
using System.Globalization;
using System.Text;
using NodaTime;

namespace Sitrep.Sources.Ucdp;

/// <summary>
/// What to ask the UCDP API's GED events for: the version (a yearly release such as <c>25.1</c>, or a monthly
/// Candidate version such as <c>26.0.8</c>), filters as the API names them, the page size and the first page.
/// </summary>
public sealed record UcdpQuery
{
    /// <summary>The most records the API returns on one page.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Initializes a query of one version.</summary>
    /// <param name="version">The release (<c>25.1</c>) or Candidate version (<c>26.0.8</c>).</param>
    /// <exception cref="ArgumentException">The version is not two or three numbers separated by dots.</exception>
    public UcdpQuery(string version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        version = version.Trim();
        var parts = version.Split('.');
        if (parts.Length is < 2 or > 3 || Array.Exists(parts, p => p.Length is 0 or > 4 || p.AsSpan().IndexOfAnyExceptInRange('0', '9') >= 0))
        {
            throw new ArgumentException($"'{version}' is not a UCDP version: a yearly release is two numbers (25.1), a Candidate version three (26.0.8).", nameof(version));
        }

        Version = version;
    }

    /// <summary>Gets the version asked for.</summary>
    public string Version { get; }

    /// <summary>Gets a value indicating whether the version is a Candidate (monthly, provisional) one: three numbers.</summary>
    public bool IsCandidate => Version.Split('.').Length == 3;

    /// <summary>Gets the countries, by Gleditsch-Ward number (<c>369</c> for Ukraine).</summary>
    public ValueArray<int> Countries { get; init; }

    /// <summary>Gets the types of violence (1 state-based, 2 non-state, 3 one-sided).</summary>
    public ValueArray<int> TypesOfViolence { get; init; }

    /// <summary>Gets the first date asked for, or <see langword="null"/> for no lower bound.</summary>
    public LocalDate? From { get; init; }

    /// <summary>Gets the last date asked for, or <see langword="null"/> for no upper bound.</summary>
    public LocalDate? To { get; init; }

    /// <summary>Gets the records per page, 1 to <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = MaxPageSize;

    /// <summary>Gets the page to start from (0 is the first, as the API counts), to resume an interrupted download.</summary>
    public int FirstPage { get; init; }

    /// <summary>Gets the query string of one page, without the token (which goes in a header).</summary>
    /// <param name="page">The page, from 0.</param>
    /// <returns>The query string, without the leading <c>?</c>.</returns>
    public string ToQueryString(int page)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(PageSize, 1, nameof(PageSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(PageSize, MaxPageSize, nameof(PageSize));
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        if (From is { } first && To is { } last && last < first)
        {
            throw new InvalidOperationException($"The query's last date ({last:uuuu-MM-dd}) is before its first ({first:uuuu-MM-dd}).");
        }

        var query = new StringBuilder();
        query.Append(CultureInfo.InvariantCulture, $"pagesize={PageSize}&page={page}");
        Numbers(query, "Country", Countries);
        Numbers(query, "TypeOfViolence", TypesOfViolence);
        if (From is { } from)
        {
            query.Append("&StartDate=").Append(from.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }

        if (To is { } to)
        {
            query.Append("&EndDate=").Append(to.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }

        return query.ToString();
    }

    private static void Numbers(StringBuilder query, string name, ValueArray<int> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            query.Append(i == 0 ? "&" + name + "=" : ",").Append(values[i].ToString(CultureInfo.InvariantCulture));
        }
    }
}
