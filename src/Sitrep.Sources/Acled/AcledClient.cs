using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Sitrep.Datasets;
using Sitrep.Datasets.Acled;
using Sitrep.Validation;

namespace Sitrep.Sources.Acled;

/// <summary>
/// A client of the ACLED API (<c>https://acleddata.com/api/</c>): OAuth with the account's email and password, the
/// token renewed by its refresh token before it expires and again when the API refuses it, events page by page with
/// the query's filters (<see cref="AcledQuery"/>), and the deletions endpoint. Records are read by
/// <see cref="AcledEventReader"/> as an export's rows are, so the two map alike. Requests are retried and paced
/// (<see cref="SourceClientOptions"/>); credentials never appear in messages.
/// </summary>
public sealed class AcledClient : IDisposable
{
    /// <summary>The API's address.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://acleddata.com/");

    private readonly SourceHttp http;
    private readonly AcledTokens tokens;

    /// <summary>Initializes a client with its own connection and resilience pipeline.</summary>
    /// <param name="credentials">The myACLED account.</param>
    /// <param name="options">Address, retries and limits, or <see langword="null"/> for the defaults.</param>
    /// <param name="handler">The handler under the pipeline (a test server's), or <see langword="null"/> for a socket handler; not disposed with the client.</param>
    public AcledClient(AcledCredentials credentials, SourceClientOptions? options, HttpMessageHandler? handler)
        : this(SourceHttp.Create(options, handler, DefaultBaseAddress, "ACLED", Secrets(credentials)), credentials, TimeProvider.System)
    {
    }

    /// <summary>Initializes a client with its own connection and resilience pipeline, and the default options.</summary>
    /// <param name="credentials">The myACLED account.</param>
    public AcledClient(AcledCredentials credentials)
        : this(credentials, null, null)
    {
    }

    /// <summary>Initializes a client over an <see cref="HttpClient"/> of the caller's (from a factory, with its own resilience handler).</summary>
    /// <param name="httpClient">The client; its base address is used when set. Not disposed with this client.</param>
    /// <param name="credentials">The myACLED account.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults; its retries apply to broken-off bodies only.</param>
    public AcledClient(HttpClient httpClient, AcledCredentials credentials, SourceClientOptions? options)
        : this(SourceHttp.Wrap(httpClient, options, DefaultBaseAddress, "ACLED", Secrets(credentials)), credentials, TimeProvider.System)
    {
    }

    internal AcledClient(SourceHttp http, AcledCredentials credentials, TimeProvider clock)
    {
        this.http = http;
        tokens = new AcledTokens(http, credentials, clock);
    }

    /// <summary>Gets how many tokens this client was granted (the first, then each renewal).</summary>
    public int TokenGrants => tokens.Grants;

    /// <summary>
    /// Reads the query's events page by page, from <see cref="AcledQuery.FirstPage"/> until a page holds fewer than
    /// <see cref="AcledQuery.PageSize"/> records. Each page is read whole before it is returned, so a page that
    /// breaks off is asked for again, never half-kept.
    /// </summary>
    /// <param name="query">The filters, page size and first page.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The pages, in order.</returns>
    /// <exception cref="SourceException">The account was refused, the quota is spent, or a request failed after its retries.</exception>
    public IAsyncEnumerable<SourcePage<AcledEventRecord>> ReadPagesAsync(AcledQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        _ = query.ToQueryString(Math.Max(query.FirstPage, 1));
        ArgumentOutOfRangeException.ThrowIfLessThan(query.FirstPage, 1, nameof(query));
        return Paging.ReadAsync(
            query.FirstPage,
            (page, ct) => GetPageAsync(new Uri(http.BaseAddress, "api/acled/read?" + query.ToQueryString(page)), page, query.PageSize, ReadEvents, ct),
            "ACLED",
            cancellationToken);
    }

    /// <summary>Reads the query's events as rows, across its pages (see <see cref="ReadPagesAsync"/>).</summary>
    /// <param name="query">The filters, page size and first page.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>One row per event, accepted or rejected, in the API's order.</returns>
    /// <exception cref="SourceException">The account was refused, the quota is spent, or a request failed after its retries.</exception>
    public IAsyncEnumerable<DatasetRow<AcledEventRecord>> ReadEventsAsync(AcledQuery query, CancellationToken cancellationToken = default) =>
        PageRows.Of(ReadPagesAsync(query, cancellationToken));

    /// <summary>
    /// Reads the events ACLED deleted at or after a time, page by page: what a local copy must remove (acledR's
    /// <c>acled_deletions_api</c>).
    /// </summary>
    /// <param name="since">The earliest deletion asked for.</param>
    /// <param name="pageSize">Records per page, 1 to 5,000.</param>
    /// <param name="firstPage">The page to start from (1 is the first).</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The pages, in order; a row whose id or time cannot be read is rejected with its value.</returns>
    /// <exception cref="SourceException">The account was refused, the quota is spent, or a request failed after its retries.</exception>
    public IAsyncEnumerable<SourcePage<AcledDeletion>> ReadDeletionsAsync(Instant since, int pageSize = AcledQuery.MaxPageSize, int firstPage = 1, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, AcledQuery.MaxPageSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(firstPage, 1);
        return Paging.ReadAsync(
            firstPage,
            (page, ct) => GetPageAsync(new Uri(http.BaseAddress, string.Create(CultureInfo.InvariantCulture, $"api/deleted/read?_format=json&deleted_timestamp={since.ToUnixTimeSeconds()}&deleted_timestamp_where=%3E%3D&limit={pageSize}&page={page}")), page, pageSize, ReadDeletions, ct),
            "ACLED",
            cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        tokens.Dispose();
        http.Dispose();
    }

    private static string[] Secrets(AcledCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        return [credentials.Password];
    }

    private static ValueArray<DatasetRow<AcledEventRecord>> ReadEvents(JsonElement data, List<Diagnostic> diagnostics) =>
        JsonRecords.Read(data, "/data", stream => AcledEventReader.Open(stream, new DatasetReaderOptions { Encoding = DatasetEncoding.Utf8 }), diagnostics);

    private static ValueArray<DatasetRow<AcledDeletion>> ReadDeletions(JsonElement data, List<Diagnostic> diagnostics)
    {
        var rows = new List<DatasetRow<AcledDeletion>>(data.GetArrayLength());
        var i = 0;
        foreach (var element in data.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"/data/{i}");
            string? id = null;
            long? seconds = null;
            if (element.ValueKind == JsonValueKind.Object)
            {
                id = element.TryGetProperty("event_id_cnty", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString()?.Trim() : null;
                seconds = element.TryGetProperty("deleted_timestamp", out var stamp) ? UnixSeconds(stamp) : null;
            }

            rows.Add(id is { Length: > 0 } && seconds is { } s && s >= 0 && s <= Instant.MaxValue.ToUnixTimeSeconds()
                ? new DatasetRow<AcledDeletion>(i + 1, new AcledDeletion(id, Instant.FromUnixTimeSeconds(s)), default)
                : new DatasetRow<AcledDeletion>(i + 1, null, [new Diagnostic(SourceDiagnosticCodes.UnreadableRecord, DiagnosticSeverity.Error, "A deletion needs event_id_cnty (text) and deleted_timestamp (Unix seconds).") { Path = path, Value = Excerpt(element.GetRawText()) }]));
            i++;
        }

        return ValueArray.From(rows);
    }

    /// <summary>Unix seconds written as a number or as digits in a string (ACLED writes both).</summary>
    internal static long? UnixSeconds(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var n) => n,
        JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    private static string Excerpt(string raw) => raw.Length <= 200 ? raw : string.Concat(raw.AsSpan(0, 197), "...");

    private async Task<SourcePage<T>> GetPageAsync<T>(Uri address, int page, int pageSize, Func<JsonElement, List<Diagnostic>, ValueArray<DatasetRow<T>>> read, CancellationToken cancellationToken)
        where T : class
    {
        return await http.WithBodyRetriesAsync(
            async ct =>
            {
                var (document, serverTime) = await GetJsonAsync(address, ct).ConfigureAwait(false);
                using var disposeDocument = document;
                var root = document.RootElement;
                var diagnostics = new List<Diagnostic>();
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw Unexpected(address, $"the response is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not ACLED's object with status and data.");
                }

                if (root.TryGetProperty("success", out var success) && success.ValueKind == JsonValueKind.False)
                {
                    throw Refused(address, root);
                }

                if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
                {
                    throw Unexpected(address, "the response has no data array.");
                }

                var rows = read(data, diagnostics);
                long? total = root.TryGetProperty("total_count", out var totalValue) ? UnixSeconds(totalValue) : null;
                if (root.TryGetProperty("count", out var countValue) && UnixSeconds(countValue) is { } count && count != rows.Count)
                {
                    diagnostics.Add(new Diagnostic(SourceDiagnosticCodes.UnexpectedResponse, DiagnosticSeverity.Warning, string.Create(CultureInfo.InvariantCulture, $"The page says it holds {count} records but its data has {rows.Count}; every record in the data was read.")) { Path = "/count" });
                }

                return new SourcePage<T>
                {
                    Page = page,
                    Address = address,
                    Rows = rows,
                    Diagnostics = ValueArray.From(diagnostics),
                    TotalCount = total,
                    ServerTime = serverTime,
                    IsLast = rows.Count < pageSize,
                };
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Asks with the current token; a 401 or 403 gets a fresh token and one more try before it is final.</summary>
    private async Task<(JsonDocument Document, Instant? ServerTime)> GetJsonAsync(Uri address, CancellationToken cancellationToken)
    {
        string? refused = null;
        for (var attempt = 0; ; attempt++)
        {
            var token = await tokens.GetAsync(refused, cancellationToken).ConfigureAwait(false);
            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden && attempt == 0)
            {
                refused = token;
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw await http.FailureAsync(response, cancellationToken).ConfigureAwait(false);
            }

            var serverTime = response.Headers.Date is { } date ? Instant.FromDateTimeOffset(date) : (Instant?)null;
            return (await http.ReadJsonAsync(response, cancellationToken).ConfigureAwait(false), serverTime);
        }
    }

    private SourceException Unexpected(Uri address, string why) =>
        new(new Diagnostic(SourceDiagnosticCodes.UnexpectedResponse, DiagnosticSeverity.Error, "ACLED: " + why) { Path = http.Where(address) });

    private SourceException Refused(Uri address, JsonElement root)
    {
        var words = root.TryGetProperty("error", out var error) ? error.ToString() : root.TryGetProperty("messages", out var messages) ? messages.ToString() : string.Empty;
        return new SourceException(new Diagnostic(SourceDiagnosticCodes.RequestFailed, DiagnosticSeverity.Error, "ACLED answered the request with success = false.")
        {
            Path = http.Where(address),
            Value = words.Length == 0 ? null : http.Redact(Excerpt(words)),
        });
    }
}
