using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NodaTime;
using Sitrep.Datasets;
using Sitrep.Datasets.Acled;
using Sitrep.Sources;
using Sitrep.Sources.Acled;

namespace Sitrep.Tests.Sources;

public sealed class AcledClientTests
{
    private static async Task<List<SourcePage<T>>> All<T>(IAsyncEnumerable<SourcePage<T>> pages)
        where T : class
    {
        var list = new List<SourcePage<T>>();
        await foreach (var page in pages)
        {
            list.Add(page);
        }

        return list;
    }

    private static async Task<FakeAcled> WithEvents(int count)
    {
        var fake = await FakeAcled.StartAsync();
        for (var i = 1; i <= count; i++)
        {
            fake.Put($"NIG{i:D5}", "2024-03-" + (1 + (i % 28)).ToString("D2", System.Globalization.CultureInfo.InvariantCulture), i % 4);
        }

        return fake;
    }

    [Fact]
    public async Task Pages_are_read_until_a_short_page_each_record_read_as_an_export_row()
    {
        await using var fake = await WithEvents(7);
        using var client = fake.Client();
        var pages = await All(client.ReadPagesAsync(new AcledQuery { Countries = ["Nigeria"], PageSize = 3, WithTotal = true }, TestContext.Current.CancellationToken));

        Assert.Equal([1, 2, 3], pages.Select(p => p.Page));
        Assert.Equal([3, 3, 1], pages.Select(p => p.Rows.Count));
        Assert.True(pages[^1].IsLast);
        Assert.Equal(7, pages[0].TotalCount);
        var rows = pages.SelectMany(p => p.Rows).ToList();
        Assert.All(rows, r => Assert.True(r.Success, r.ToString()));
        Assert.Equal(fake.EventIds, rows.Select(r => r.Value.EventIdCnty));
        Assert.Equal(new LocalDate(2024, 3, 2), rows[0].Value.EventDate);
        Assert.Equal(1, rows[0].Value.Fatalities);
        Assert.Equal(1, client.TokenGrants);
        Assert.Contains(fake.Server.Requests, r => r.Contains("country=Nigeria", StringComparison.Ordinal) && r.Contains("limit=3&page=2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_record_is_mapped_exactly_as_the_same_row_of_an_export_is()
    {
        await using var fake = await WithEvents(1);
        fake.Put("NIG00002", "2024-03-05", 12, notes: "Line one,\r\nline \"two\"\nline three");
        using var client = fake.Client();
        var rows = new List<DatasetRow<AcledEventRecord>>();
        await foreach (var row in client.ReadEventsAsync(new AcledQuery(), TestContext.Current.CancellationToken))
        {
            rows.Add(row);
        }

        var record = rows[1].Value;
        Assert.Equal("Line one,\r\nline \"two\"\nline three", record["notes"]);
        var header = string.Join(",", AcledColumns.Current);
        var csv = header + "\n" + string.Join(",", AcledColumns.Current.Select(c => "\"" + record[c]!.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        using var reader = AcledEventReader.Open(new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)));
        var fromFile = reader.ReadRows().Single().Value;
        Assert.Equal(new AcledEventMapper().Map(fromFile), new AcledEventMapper().Map(record));
    }

    [Fact]
    public async Task A_bad_field_rejects_its_record_with_the_json_pointer_and_value_and_the_page_goes_on()
    {
        await using var fake = await WithEvents(3);
        fake.SetRaw("NIG00002", "fatalities", "many");
        fake.SetRaw("NIG00003", "notes", "a\nb\rc\r\nd");
        fake.SetRaw("NIG00001", "notes", "'-- as reported, \"quoted\"");
        fake.SetRaw("NIG00001", "source", "''Twice");
        using var client = fake.Client();
        var page = (await All(client.ReadPagesAsync(new AcledQuery(), TestContext.Current.CancellationToken))).Single();

        Assert.Equal(3, page.Rows.Count);
        Assert.True(page.Rows[0].Success);
        Assert.Equal("'-- as reported, \"quoted\"", page.Rows[0].Value["notes"]);
        Assert.Equal("''Twice", page.Rows[0].Value["source"]);
        var bad = page.Rows[1];
        Assert.False(bad.Success);
        Assert.Equal(2, bad.Line);
        var error = bad.Diagnostics.First(d => d.IsError);
        Assert.Equal("/data/1/fatalities", error.Path);
        Assert.Equal("many", error.Value);
        Assert.Equal("NIG00003", page.Rows[2].Value.EventIdCnty);
        Assert.Equal("a\nb\rc\r\nd", page.Rows[2].Value["notes"]);
    }

    [Fact]
    public async Task A_token_that_expires_is_renewed_by_its_refresh_token()
    {
        await using var fake = await WithEvents(5);
        fake.ExpiresIn = 0;
        using var client = fake.Client();
        var pages = await All(client.ReadPagesAsync(new AcledQuery { PageSize = 2 }, TestContext.Current.CancellationToken));

        Assert.Equal(5, pages.Sum(p => p.Rows.Count));
        Assert.Equal("password", fake.Grants[0]);
        Assert.Equal(["refresh_token"], fake.Grants.Skip(1).Distinct());
        Assert.Equal(pages.Count, client.TokenGrants);
    }

    [Fact]
    public async Task A_token_the_server_refuses_is_replaced_and_the_request_asked_again()
    {
        await using var fake = await WithEvents(4);
        using var client = fake.Client();
        var seen = 0;
        await foreach (var page in client.ReadPagesAsync(new AcledQuery { PageSize = 2 }, TestContext.Current.CancellationToken))
        {
            seen += page.Rows.Count;
            fake.RevokeTokens();
        }

        Assert.Equal(4, seen);
        Assert.True(client.TokenGrants >= 2);
    }

    [Fact]
    public async Task A_refused_password_is_SR0502_and_no_message_or_request_address_holds_it()
    {
        await using var fake = await WithEvents(1);
        using var client = fake.Client(password: "wrong-Pa55word");
        var error = await Assert.ThrowsAsync<SourceException>(async () => await All(client.ReadPagesAsync(new AcledQuery(), TestContext.Current.CancellationToken)));

        Assert.Equal(SourceDiagnosticCodes.Unauthorized, error.Diagnostic.Code);
        Assert.Contains(FakeAcled.Username, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-Pa55word", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(fake.Server.Requests, r => r.Contains("Pa55word", StringComparison.Ordinal));
        Assert.DoesNotContain(fake.Server.Traffic, r => r.Contains("Pa55word", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Server_errors_rate_limits_and_a_truncated_body_are_retried_and_nothing_is_doubled()
    {
        await using var fake = await WithEvents(6);
        fake.Server.Inject("/api/acled/read", Fault.ServerError, Fault.Truncated, Fault.RateLimited, Fault.Truncated);
        using var client = fake.Client();
        var pages = await All(client.ReadPagesAsync(new AcledQuery { PageSize = 4 }, TestContext.Current.CancellationToken));

        var ids = pages.SelectMany(p => p.Rows).Select(r => r.Value.EventIdCnty).ToList();
        Assert.Equal(fake.EventIds, ids);
        Assert.Equal(pages.Count + 4, fake.Server.Requests.Count(r => r.StartsWith("GET /api/acled/read", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_spent_quota_ends_with_SR0503_and_the_wait_the_provider_asked_for()
    {
        await using var fake = await WithEvents(1);
        fake.Server.Inject("/api/acled/read", Fault.QuotaSpent);
        using var client = fake.Client();
        var error = await Assert.ThrowsAsync<SourceException>(async () => await All(client.ReadPagesAsync(new AcledQuery(), TestContext.Current.CancellationToken)));

        Assert.Equal(SourceDiagnosticCodes.QuotaReached, error.Diagnostic.Code);
        Assert.Equal(TimeSpan.FromDays(1), error.RetryAfter);
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, error.StatusCode);
    }

    [Fact]
    public async Task A_failure_that_outlasts_the_retries_is_SR0504_with_the_status()
    {
        await using var fake = await WithEvents(1);
        fake.Server.Inject("/api/acled/read", Fault.ServerError, Fault.ServerError, Fault.ServerError, Fault.ServerError);
        using var client = fake.Client();
        var error = await Assert.ThrowsAsync<SourceException>(async () => await All(client.ReadPagesAsync(new AcledQuery(), TestContext.Current.CancellationToken)));

        Assert.Equal(SourceDiagnosticCodes.RequestFailed, error.Diagnostic.Code);
        Assert.Contains("503", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deletions_since_a_time_are_read_with_their_ids_and_times()
    {
        await using var fake = await WithEvents(3);
        fake.Now += 100;
        fake.Delete("NIG00002");
        using var client = fake.Client();
        var pages = await All(client.ReadDeletionsAsync(Instant.FromUnixTimeSeconds(fake.Now - 10), cancellationToken: TestContext.Current.CancellationToken));

        var deletion = Assert.Single(pages.SelectMany(p => p.Rows)).Value;
        Assert.Equal(new AcledDeletion("NIG00002", Instant.FromUnixTimeSeconds(fake.Now)), deletion);
        Assert.Contains(fake.Server.Requests, r => r.Contains("deleted_timestamp_where=%3E%3D", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_server_that_ignores_the_page_number_is_stopped_not_followed_for_ever()
    {
        await using var fake = await WithEvents(4);
        fake.IgnoresPage = true;
        using var client = fake.Client();
        var error = await Assert.ThrowsAsync<SourceException>(async () => await All(client.ReadPagesAsync(new AcledQuery { PageSize = 2 }, TestContext.Current.CancellationToken)));

        Assert.Equal(SourceDiagnosticCodes.UnexpectedResponse, error.Diagnostic.Code);
        Assert.Contains("page 2 holds the same records as page 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_query_string_names_filters_as_the_api_does()
    {
        var query = new AcledQuery
        {
            Countries = ["Nigeria", "Niger"],
            Regions = [1, 2],
            From = new LocalDate(2024, 1, 1),
            To = new LocalDate(2024, 1, 31),
            EventTypes = ["Battles", "Riots"],
            Interactions = ["13"],
            UpdatedSince = 1_700_000_000,
            PageSize = 500,
        };

        Assert.Equal(
            "_format=json&country=Nigeria|Niger&region=1|2&event_type=Battles:OR:event_type=Riots&interaction=13"
            + "&event_date=2024-01-01%7C2024-01-31&event_date_where=BETWEEN&timestamp=1700000000&timestamp_where=%3E%3D&limit=500&page=3",
            query.ToQueryString(3));
        Assert.Throws<InvalidOperationException>(() => (query with { To = new LocalDate(2023, 12, 1) }).ToQueryString(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => (query with { PageSize = 5001 }).ToQueryString(1));
    }
}
