using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using Sitrep.Validation;

namespace Sitrep.Sources;

/// <summary>
/// What the provider clients share: an HTTP client whose requests are retried and paced by a resilience pipeline,
/// response bodies read within a size bound, and failures turned into <see cref="SourceException"/> with the
/// provider's message and never a credential.
/// </summary>
internal sealed class SourceHttp : IDisposable
{
    private readonly bool ownsClient;
    private readonly string[] secrets;
    private readonly SemaphoreSlim pace = new(1, 1);
    private long lastStart;
    private int requests;

    private SourceHttp(HttpClient client, bool ownsClient, SourceClientOptions options, Uri baseAddress, string provider, string[] secrets)
    {
        Client = client;
        this.ownsClient = ownsClient;
        Options = options;
        BaseAddress = baseAddress;
        Provider = provider;
        this.secrets = secrets;
    }

    internal HttpClient Client { get; }

    internal SourceClientOptions Options { get; }

    internal Uri BaseAddress { get; }

    internal string Provider { get; }

    /// <summary>Gets or sets the most requests this client makes, when the options leave it to the provider.</summary>
    internal int? DefaultRequestLimit { get; set; }

    /// <summary>Gets how many requests this client has sent (each try the pipeline makes counts once).</summary>
    internal int Requests => requests;

    /// <summary>Gets or sets how many requests of the quota were spent before this client (earlier runs the same day).</summary>
    internal int SpentBefore { get; set; }

    /// <summary>A client of the library's own making: the resilience pipeline over the given handler (or a socket handler).</summary>
    internal static SourceHttp Create(SourceClientOptions? options, HttpMessageHandler? handler, Uri defaultBase, string provider, params string[] secrets)
    {
        options ??= SourceClientOptions.Default;
        options.Check();
        var inner = handler ?? new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
#pragma warning disable CA2000 // The client owns the handler chain and disposes it.
        var client = new HttpClient(new ResilienceHandler(Pipeline(options)) { InnerHandler = inner }, disposeHandler: handler is null)
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
#pragma warning restore CA2000
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        return new SourceHttp(client, ownsClient: true, options, options.BaseAddress ?? defaultBase, provider, secrets);
    }

    /// <summary>A user's own client (with its own resilience); the base address is the client's, else the provider's.</summary>
    internal static SourceHttp Wrap(HttpClient client, SourceClientOptions? options, Uri defaultBase, string provider, params string[] secrets)
    {
        ArgumentNullException.ThrowIfNull(client);
        options ??= SourceClientOptions.Default;
        options.Check();
        return new SourceHttp(client, ownsClient: false, options, options.BaseAddress ?? client.BaseAddress ?? defaultBase, provider, secrets);
    }

    /// <summary>
    /// The pipeline: transient failures retried (exponential with jitter, a server's <c>Retry-After</c> honoured up
    /// to <see cref="SourceClientOptions.MaxRetryAfter"/>), each try bounded by its own timeout.
    /// </summary>
    internal static ResiliencePipeline<HttpResponseMessage> Pipeline(SourceClientOptions options)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
                MaxDelay = options.MaxRetryAfter > options.RetryDelay ? options.MaxRetryAfter : options.RetryDelay,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome, options.MaxRetryAfter)),
            });
        }

        builder.AddTimeout(options.AttemptTimeout);
        return builder.Build();
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter)
    {
        if (outcome.Exception is { } exception)
        {
            return exception is HttpRequestException or TimeoutRejectedException or IOException;
        }

        var response = outcome.Result!;
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => RetryAfter(response) is not { } wait || wait <= maxRetryAfter,
            HttpStatusCode.RequestTimeout or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => true,
            _ => false,
        };
    }

    /// <summary>The wait a response's <c>Retry-After</c> asks for, as seconds or a date.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - DateTimeOffset.UtcNow is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero : null;
    }

    /// <summary>Sends a request through the pipeline; a transport failure that outlasted the retries becomes a <see cref="SourceException"/>.</summary>
    internal async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await PaceAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            return await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or IOException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new SourceException(
                new Diagnostic(SourceDiagnosticCodes.RequestFailed, DiagnosticSeverity.Error, Redact($"{Provider}: the request failed after {Options.MaxRetries} retries: {e.Message}"))
                {
                    Path = Where(request.RequestUri),
                },
                innerException: e);
        }
    }

    /// <summary>Waits out the interval between requests and refuses the one past the request limit.</summary>
    private async Task PaceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await pace.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if ((Options.RequestLimit ?? DefaultRequestLimit) is { } limit && SpentBefore + requests >= limit)
            {
                throw new SourceException(
                    new Diagnostic(SourceDiagnosticCodes.QuotaReached, DiagnosticSeverity.Error, string.Create(CultureInfo.InvariantCulture, $"{Provider}: {limit} requests were made today (the provider's daily quota, counted from midnight UTC across runs); run again tomorrow: a sync resumes where it stopped."))
                    {
                        Path = Where(request.RequestUri),
                    });
            }

            if (Options.MinRequestInterval > TimeSpan.Zero && requests > 0)
            {
                var wait = Options.MinRequestInterval - System.Diagnostics.Stopwatch.GetElapsedTime(lastStart);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                }
            }

            lastStart = System.Diagnostics.Stopwatch.GetTimestamp();
            requests++;
        }
        finally
        {
            pace.Release();
        }
    }

    /// <summary>The failure a response that is not a success stands for, with the provider's words.</summary>
    internal async Task<SourceException> FailureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string body;
        try
        {
            body = await ReadTextAsync(response, 4096, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or SourceException)
        {
            body = string.Empty;
        }

        var status = (int)response.StatusCode;
        var words = Excerpt(body.Trim());
        if (response.Content.Headers.ContentType?.MediaType is "text/html" || words.StartsWith('<'))
        {
            // A firewall's challenge or a proxy's error page, not the API: its markup says nothing useful.
            return new SourceException(
                new Diagnostic(SourceDiagnosticCodes.RequestFailed, DiagnosticSeverity.Error, string.Create(CultureInfo.InvariantCulture, $"{Provider}: the answer (HTTP {status}) is a web page, not the API's: a firewall, a challenge page or a proxy stands in the way (or the address is not the API's)."))
                {
                    Path = Where(response.RequestMessage?.RequestUri),
                },
                response.StatusCode,
                RetryAfter(response));
        }

        var where = Where(response.RequestMessage?.RequestUri);
        var retryAfter = RetryAfter(response);
        var (code, message) = response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => (SourceDiagnosticCodes.QuotaReached, retryAfter is { } wait
                ? string.Create(CultureInfo.InvariantCulture, $"{Provider}: the quota or rate limit is spent (HTTP 429); the provider asks for a wait of {wait:c}, longer than this client waits ({Options.MaxRetryAfter:c}). Run again later: a sync resumes where it stopped.")
                : $"{Provider}: the quota or rate limit is spent (HTTP 429) and stayed so after {Options.MaxRetries} retries. Run again later: a sync resumes where it stopped."),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => (SourceDiagnosticCodes.Unauthorized, string.Create(CultureInfo.InvariantCulture, $"{Provider}: the credentials or token were refused (HTTP {status}).")),
            _ => (SourceDiagnosticCodes.RequestFailed, string.Create(CultureInfo.InvariantCulture, $"{Provider}: the request failed with HTTP {status} {response.ReasonPhrase}.")),
        };
        return new SourceException(
            new Diagnostic(code, DiagnosticSeverity.Error, Redact(message)) { Path = where, Value = words.Length == 0 ? null : Redact(words) },
            response.StatusCode,
            retryAfter);
    }

    /// <summary>
    /// Reads a JSON body within the size bound. A body that breaks off or is not JSON is a <see cref="BodyException"/>
    /// (the caller asks again); one that is too large is a <see cref="SourceException"/>.
    /// </summary>
    internal async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await ReadBytesAsync(response, Options.MaxResponseBytes, cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new BodyException(new Diagnostic(
                SourceDiagnosticCodes.UnexpectedResponse,
                DiagnosticSeverity.Error,
                string.Create(CultureInfo.InvariantCulture, $"{Provider}: the response is not whole JSON ({bytes.Length} bytes; {e.Message}); truncated or not the documented shape."))
            {
                Path = Where(response.RequestMessage?.RequestUri),
                Line = e.LineNumber + 1,
                Column = e.BytePositionInLine + 1,
            });
        }
    }

    internal async Task<string> ReadTextAsync(HttpResponseMessage response, long maxBytes, CancellationToken cancellationToken)
    {
        var bytes = await ReadBytesAsync(response, maxBytes, cancellationToken, truncate: true).ConfigureAwait(false);
        return Encoding.UTF8.GetString(bytes.Span);
    }

    /// <summary>
    /// Asks again, after the pipeline's first wait, when a body broke off or was not JSON (a proxy cutting a
    /// response, a load balancer's error page); after <see cref="SourceClientOptions.MaxRetries"/> such bodies the
    /// last one's diagnostic is thrown.
    /// </summary>
    internal async Task<T> WithBodyRetriesAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var tried = 0; ; tried++)
        {
            try
            {
                return await attempt(cancellationToken).ConfigureAwait(false);
            }
            catch (BodyException e) when (tried < Options.MaxRetries)
            {
                _ = e;
                await Task.Delay(Options.RetryDelay * (1 << Math.Min(tried, 10)), cancellationToken).ConfigureAwait(false);
            }
            catch (BodyException e)
            {
                throw new SourceException(e.Diagnostic, innerException: e);
            }
        }
    }

    /// <summary>The request's address as it may be shown: without its query's credentials, if any slipped in.</summary>
    internal string? Where(Uri? address) => address is null ? null : Redact(address.ToString());

    /// <summary>Removes every credential the client holds from a text that may be shown or logged.</summary>
    internal string Redact(string text)
    {
        foreach (var secret in secrets)
        {
            if (secret.Length > 0)
            {
                text = text.Replace(secret, "***", StringComparison.Ordinal);
                var escaped = Uri.EscapeDataString(secret);
                if (escaped != secret)
                {
                    text = text.Replace(escaped, "***", StringComparison.Ordinal);
                }
            }
        }

        return text;
    }

    public void Dispose()
    {
        pace.Dispose();
        if (ownsClient)
        {
            Client.Dispose();
        }
    }

    private async Task<ReadOnlyMemory<byte>> ReadBytesAsync(HttpResponseMessage response, long maxBytes, CancellationToken cancellationToken, bool truncate = false)
    {
        if (!truncate && response.Content.Headers.ContentLength is { } length && length > maxBytes)
        {
            throw TooLarge(response, length, maxBytes);
        }

        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                using var buffer = new MemoryStream();
                var chunk = ArrayPool<byte>.Shared.Rent(81920);
                try
                {
                    int read;
                    while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        var room = maxBytes - buffer.Length;
                        if (read > room)
                        {
                            if (truncate)
                            {
                                buffer.Write(chunk, 0, (int)room);
                                break;
                            }

                            throw TooLarge(response, buffer.Length + read, maxBytes);
                        }

                        buffer.Write(chunk, 0, read);
                    }
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(chunk);
                }

                return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
            }
        }
        catch (Exception e) when (e is HttpRequestException or IOException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new BodyException(new Diagnostic(
                SourceDiagnosticCodes.UnexpectedResponse,
                DiagnosticSeverity.Error,
                Redact($"{Provider}: the response broke off before its end ({e.Message})."))
            {
                Path = Where(response.RequestMessage?.RequestUri),
            });
        }
    }

    private SourceException TooLarge(HttpResponseMessage response, long length, long maxBytes) =>
        new(new Diagnostic(
            SourceDiagnosticCodes.ResponseTooLarge,
            DiagnosticSeverity.Error,
            string.Create(CultureInfo.InvariantCulture, $"{Provider}: the response holds more than {maxBytes} bytes ({length} so far); ask for smaller pages or raise SourceClientOptions.MaxResponseBytes."))
        {
            Path = Where(response.RequestMessage?.RequestUri),
        });

    private static string Excerpt(string text) => text.Length <= 200 ? text : string.Concat(text.AsSpan(0, 197), "...");

    /// <summary>A body that broke off or is not JSON: asked for again before it becomes a <see cref="SourceException"/>.</summary>
    internal sealed class BodyException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
    {
        internal Diagnostic Diagnostic { get; } = diagnostic;
    }
}
