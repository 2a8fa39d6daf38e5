using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NodaTime;
using Sitrep.Datasets.Ucdp;
using Sitrep.Sources;
using Sitrep.Sources.Ucdp;

namespace Sitrep.Tests.Sources;

public sealed class UcdpClientTests
{
    private static async Task<List<SourcePage<UcdpGedRecord>>> All(IAsyncEnumerable<SourcePage<UcdpGedRecord>> pages)
    {
        var list = new List<SourcePage<UcdpGedRecord>>();
        await foreach (var page in pages)
        {
            list.Add(page);
        }

        return list;
    }

    private static async Task<FakeUcdp> WithEvents(string version, int count)
    {
        var fake = await FakeUcdp.StartAsync();
        for (var i = 1; i <= count; i++)
        {
            fake.Put(version, 500_000 + i, "2024-02-" + (1 + (i % 28)).ToString("D2", System.Globalization.CultureInfo.InvariantCulture), i % 5);
        }

        return fake;
    }

    [Fact]
    public async Task Pages_run_from_0_to_the_reported_last_with_the_token_in_its_header_and_records_read_as_a_release_file()
    {
        await using var fake = await WithEvents("25.1", 5);
        using var client = fake.Client();
        var pages = await All(client.ReadPagesAsync(new UcdpQuery("25.1") { PageSize = 2, Countries = [369], From = new LocalDate(2024, 1, 1) }, TestContext.Current.CancellationToken));

        Assert.Equal([0, 1, 2], pages.Select(p => p.Page));
        Assert.Equal(5, pages[0].TotalCount);
        var rows = pages.SelectMany(p => p.Rows).ToList();
        Assert.All(rows, r => Assert.True(r.Success, r.ToString()));
        Assert.Equal(500_001, rows[0].Value.Id);
        Assert.Equal(new LocalDate(2024, 2, 2), rows[0].Value.DateStart);
        Assert.Equal(1, rows[0].Value.Best);
        Assert.Equal(3, client.Requests);
        Assert.Contains(fake.Server.Requests, r => r.EndsWith("pagesize=2&page=1&Country=369&StartDate=2024-01-01", StringComparison.Ordinal));
        Assert.DoesNotContain(fake.Server.Requests, r => r.Contains(FakeUcdp.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_token_is_SR0502_and_the_token_appears_nowhere_in_the_error()
    {
        await using var fake = await WithEvents("25.1", 1);
        using var client = fake.Client(token: "not-the-t0ken");
        var error = await Assert.ThrowsAsync<SourceException>(async () => await All(client.ReadPagesAsync(new UcdpQuery("25.1"), TestContext.Current.CancellationToken)));

        Assert.Equal(SourceDiagnosticCodes.Unauthorized, error.Diagnostic.Code);
        Assert.Contains("x-ucdp-access-token", error.Diagnostic.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-t0ken", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_request_past_the_quota_is_never_sent_and_ends_with_SR0503_after_the_pages_before_it()
    {
        await using var fake = await WithEvents("26.0.8", 5);
        using var client = fake.Client(requestLimit: 2);
        var pages = new List<SourcePage<UcdpGedRecord>>();
        var error = await Assert.ThrowsAsync<SourceException>(async () =>
        {
            await foreach (var page in client.ReadPagesAsync(new UcdpQuery("26.0.8") { PageSize = 2 }, TestContext.Current.CancellationToken))
            {
                pages.Add(page);
            }
        });

        Assert.Equal(SourceDiagnosticCodes.QuotaReached, error.Diagnostic.Code);
        Assert.Equal(2, pages.Count);
        Assert.Equal(2, fake.Server.Requests.Count);
    }

    [Fact]
    public async Task A_page_that_fails_once_or_breaks_off_is_asked_again()
    {
        await using var fake = await WithEvents("25.1", 4);
        fake.Server.Inject("/api/gedevents/25.1", Fault.ServerError, Fault.Truncated, Fault.RateLimited);
        using var client = fake.Client();
        var pages = await All(client.ReadPagesAsync(new UcdpQuery("25.1") { PageSize = 3 }, TestContext.Current.CancellationToken));

        Assert.Equal(4, pages.Sum(p => p.Rows.Count));
        Assert.Equal(2 + 3, fake.Server.Requests.Count);
    }

    [Fact]
    public async Task A_web_page_in_place_of_the_api_is_said_to_be_one()
    {
        await using var server = await FakeServer.StartAsync(_ => Task.FromResult(new Reply(403, System.Text.Encoding.UTF8.GetBytes("<!DOCTYPE html><html><title>Just a moment...</title></html>"), "text/html")));
        using var client = new UcdpClient(new UcdpCredentials(FakeUcdp.Token), FakeUcdp.Options(), server.Handler);
        var error = await Assert.ThrowsAsync<SourceException>(async () => await All(client.ReadPagesAsync(new UcdpQuery("25.1"), TestContext.Current.CancellationToken)));

        Assert.Equal(SourceDiagnosticCodes.RequestFailed, error.Diagnostic.Code);
        Assert.Contains("a web page, not the API's", error.Message, StringComparison.Ordinal);
        Assert.Null(error.Diagnostic.Value);
    }

    [Theory]
    [InlineData("25.1", false)]
    [InlineData("26.0.8", true)]
    [InlineData(" 24.0.12 ", true)]
    public void A_version_of_three_numbers_is_a_candidate_version(string version, bool candidate) =>
        Assert.Equal(candidate, new UcdpQuery(version).IsCandidate);

    [Theory]
    [InlineData("25")]
    [InlineData("v25.1")]
    [InlineData("25.1.2.3")]
    [InlineData("25..1")]
    [InlineData("../admin")]
    public void What_is_not_a_version_is_refused(string version) =>
        Assert.Throws<ArgumentException>(() => new UcdpQuery(version));
}
