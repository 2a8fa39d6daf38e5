using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Datasets;
using Sitrep.Datasets.Ucdp;
using Sitrep.Validation;

namespace Sitrep.Sources.Ucdp;

/// <summary>
/// A client of the UCDP API (<c>https://ucdpapi.pcr.uu.se/api/</c>): GED events of a yearly release or a Candidate
/// version, page by page, with the access token in the <c>x-ucdp-access-token</c> header. It paces itself within the
/// API's daily quota (5,000 requests unless <see cref="SourceClientOptions.RequestLimit"/> says otherwise) and stops
/// with <c>SR0503</c> when the quota is spent. Records are read by <see cref="UcdpGedReader"/> as a release file's
/// rows are.
/// </summary>
public sealed class UcdpClient : IDisposable
{
    /// <summary>The API's address.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://ucdpapi.pcr.uu.se/api/");

    /// <summary>The API's documented daily request quota.</summary>
    public const int DailyRequestQuota = 5000;

    private readonly SourceHttp http;
    private readonly UcdpCredentials credentials;

    /// <summary>Initializes a client with its own connection and resilience pipeline, and the default options.</summary>
    /// <param name="credentials">The access token.</param>
    public UcdpClient(UcdpCredentials credentials)
        : this(credentials, null, null)
    {
    }

    /// <summary>Initializes a client with its own connection and resilience pipeline.</summary>
    /// <param name="credentials">The access token.</param>
    /// <param name="options">Address, retries, pacing and limits, or <see langword="null"/> for the defaults.</param>
    /// <param name="handler">The handler under the pipeline (a test server's), or <see langword="null"/> for a socket handler; not disposed with the client.</param>
    public UcdpClient(UcdpCredentials credentials, SourceClientOptions? options, HttpMessageHandler? handler)
        : this(SourceHttp.Create(options, handler, DefaultBaseAddress, "UCDP", Secrets(credentials)), credentials)
    {
    }

    /// <summary>Initializes a client over an <see cref="HttpClient"/> of the caller's (from a factory, with its own resilience handler).</summary>
    /// <param name="httpClient">The client; its base address is used when set. Not disposed with this client.</param>
    /// <param name="credentials">The access token.</param>
    /// <param name="options">Pacing and limits, or <see langword="null"/> for the defaults.</param>
    public UcdpClient(HttpClient httpClient, UcdpCredentials credentials, SourceClientOptions? options)
        : this(SourceHttp.Wrap(httpClient, options, DefaultBaseAddress, "UCDP", Secrets(credentials)), credentials)
    {
    }

    private UcdpClient(SourceHttp http, UcdpCredentials credentials)
    {
        this.http = http;
        this.credentials = credentials;
        http.DefaultRequestLimit = DailyRequestQuota;
    }

    /// <summary>Gets how many requests this client has made, against its quota.</summary>
    public int Requests => http.Requests;

    /// <summary>Gets or sets how many requests of today's quota were spent before this client was made (a store keeps the count across runs).</summary>
    internal int SpentBefore
    {
        get => http.SpentBefore;
        set => http.SpentBefore = value;
    }

    /// <summary>
    /// Reads the query's events page by page from <see cref="UcdpQuery.FirstPage"/> to the last page the API
    /// reports. Each page is read whole before it is returned; one that breaks off is asked for again.
    /// </summary>
    /// <param name="query">The version, filters, page size and first page.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The pages, in order, each with the query's total count.</returns>
    /// <exception cref="SourceException">The token was refused, the quota is spent, or a request failed after its retries.</exception>
    public IAsyncEnumerable<SourcePage<UcdpGedRecord>> ReadPagesAsync(UcdpQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.FirstPage, nameof(query));
        _ = query.ToQueryString(query.FirstPage);
        return Paging.ReadAsync(
            query.FirstPage,
            (page, ct) =>
            {
                var address = new Uri(http.BaseAddress, "gedevents/" + Uri.EscapeDataString(query.Version) + "?" + query.ToQueryString(page));
                return http.WithBodyRetriesAsync(c => GetPageAsync(address, page, query.PageSize, c), ct);
            },
            "UCDP",
            cancellationToken);
    }

    /// <summary>Reads the query's events as rows, across its pages (see <see cref="ReadPagesAsync"/>).</summary>
    /// <param name="query">The version, filters, page size and first page.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>One row per event, accepted or rejected, in the API's order.</returns>
    /// <exception cref="SourceException">The token was refused, the quota is spent, or a request failed after its retries.</exception>
    public IAsyncEnumerable<DatasetRow<UcdpGedRecord>> ReadEventsAsync(UcdpQuery query, CancellationToken cancellationToken = default) =>
        PageRows.Of(ReadPagesAsync(query, cancellationToken));

    /// <inheritdoc />
    public void Dispose() => http.Dispose();

    private static string[] Secrets(UcdpCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        return [credentials.AccessToken];
    }

    private async Task<SourcePage<UcdpGedRecord>> GetPageAsync(Uri address, int page, int pageSize, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.Add("x-ucdp-access-token", credentials.AccessToken);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await http.FailureAsync(response, cancellationToken).ConfigureAwait(false);
        }

        using var document = await http.ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Result", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            throw new SourceException(new Diagnostic(SourceDiagnosticCodes.UnexpectedResponse, DiagnosticSeverity.Error, "UCDP: the response is not the API's object with a Result array.") { Path = http.Where(address) });
        }

        var diagnostics = new List<Diagnostic>();
        var rows = JsonRecords.Read(data, "/Result", stream => UcdpGedReader.Open(stream, new DatasetReaderOptions { Encoding = DatasetEncoding.Utf8 }), diagnostics);
        long? total = root.TryGetProperty("TotalCount", out var count) && count.ValueKind == JsonValueKind.Number && count.TryGetInt64(out var t) ? t : null;
        int? pages = root.TryGetProperty("TotalPages", out var pageCount) && pageCount.ValueKind == JsonValueKind.Number && pageCount.TryGetInt32(out var p) ? p : null;
        var next = root.TryGetProperty("NextPageUrl", out var nextUrl) && nextUrl.ValueKind == JsonValueKind.String && nextUrl.GetString() is { Length: > 0 };
        return new SourcePage<UcdpGedRecord>
        {
            Page = page,
            Address = address,
            Rows = rows,
            Diagnostics = ValueArray.From(diagnostics),
            TotalCount = total,
            IsLast = pages is { } last ? page + 1 >= last : !next || rows.Count < pageSize,
        };
    }
}
