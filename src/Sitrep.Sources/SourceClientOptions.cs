using System;

namespace Sitrep.Sources;

/// <summary>
/// How a provider client talks to its API: where, how long it waits, how often it retries a transient failure
/// (a dropped connection, a timeout, HTTP 408, 429, 500, 502, 503, 504) and how long a server may ask it to wait.
/// </summary>
public sealed record SourceClientOptions
{
    /// <summary>Gets the defaults: four retries from one second, exponential with jitter, waits asked by the server up to two minutes.</summary>
    public static SourceClientOptions Default { get; } = new();

    /// <summary>Gets the API's base address, or <see langword="null"/> for the provider's own.</summary>
    public Uri? BaseAddress { get; init; }

    /// <summary>Gets how many times a request that failed transiently is tried again.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>Gets the first wait between tries; later waits grow exponentially, with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Gets the longest wait a server's <c>Retry-After</c> may ask for and still be waited out; a longer one (a daily
    /// quota spent) ends the request with <see cref="SourceException.RetryAfter"/> set, so a sync can stop cleanly and
    /// resume later.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Gets how long one try may take before it is abandoned (and retried).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Gets the most bytes one response body may hold; a larger one is refused, so memory stays bounded.</summary>
    public long MaxResponseBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Gets the shortest time between the starts of two requests (pacing for providers that limit rates).</summary>
    public TimeSpan MinRequestInterval { get; init; }

    /// <summary>
    /// Gets the most requests one client makes (a provider's daily quota), or <see langword="null"/> for the
    /// provider's default (UCDP: 5,000 a day; none for the others). The request past it is not sent: it ends with
    /// <c>SR0503</c>, so a sync stops cleanly and resumes later.
    /// </summary>
    public int? RequestLimit { get; init; }

    /// <summary>Gets the product name and version sent as the <c>User-Agent</c> header.</summary>
    public string UserAgent { get; init; } = "Sitrep.Sources/0.1 (+https://github.com/sitrep-dev/sitrep)";

    internal void Check()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetries, nameof(MaxRetries));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxRetries, 20, nameof(MaxRetries));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryDelay, TimeSpan.Zero, nameof(RetryDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRetryAfter, TimeSpan.Zero, nameof(MaxRetryAfter));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(AttemptTimeout, TimeSpan.Zero, nameof(AttemptTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxResponseBytes, 1, nameof(MaxResponseBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinRequestInterval, TimeSpan.Zero, nameof(MinRequestInterval));
        if (RequestLimit is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1, nameof(RequestLimit));
        }
    }
}
