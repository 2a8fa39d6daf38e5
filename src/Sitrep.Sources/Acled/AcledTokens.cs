using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Validation;

namespace Sitrep.Sources.Acled;

/// <summary>
/// ACLED's OAuth tokens for one client: a password grant for the first token, the refresh token (valid two weeks)
/// for the next ones, a password grant again when the refresh token is refused. Tokens live in memory only.
/// </summary>
internal sealed class AcledTokens(SourceHttp http, AcledCredentials credentials, TimeProvider clock) : IDisposable
{
    /// <summary>A token this close to its expiry is renewed before use.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim gate = new(1, 1);
    private string? access;
    private string? refresh;
    private DateTimeOffset expires;

    /// <summary>Gets how many tokens were granted (password or refresh); for tests and logs.</summary>
    internal int Grants { get; private set; }

    /// <summary>Gets a token that is not about to expire, renewing it first if need be.</summary>
    internal async Task<string> GetAsync(string? refused, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (access is not null && access != refused && clock.GetUtcNow() + Margin < expires)
            {
                return access;
            }

            if (refresh is not null)
            {
                try
                {
                    return await GrantAsync([new("grant_type", "refresh_token"), new("refresh_token", refresh), new("client_id", "acled")], cancellationToken).ConfigureAwait(false);
                }
                catch (SourceException e) when (e.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                {
                    // The refresh token expired or was revoked: the password grant starts afresh.
                    refresh = null;
                }
            }

            return await GrantAsync(
                [new("username", credentials.Username), new("password", credentials.Password), new("grant_type", "password"), new("client_id", "acled")],
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task<string> GrantAsync(KeyValuePair<string, string>[] form, CancellationToken cancellationToken)
    {
        return await http.WithBodyRetriesAsync(
            async ct =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(http.BaseAddress, "oauth/token"))
                {
                    Content = new FormUrlEncodedContent(form),
                };
                using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    var failure = await http.FailureAsync(response, ct).ConfigureAwait(false);
                    if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                    {
                        throw new SourceException(
                            failure.Diagnostic with
                            {
                                Code = SourceDiagnosticCodes.Unauthorized,
                                Message = string.Create(CultureInfo.InvariantCulture, $"ACLED refused the account {credentials.Username} (HTTP {(int)response.StatusCode} from the token endpoint): check {AcledCredentials.UsernameVariable} and {AcledCredentials.PasswordVariable}, and that the account has API access."),
                            },
                            response.StatusCode);
                    }

                    throw failure;
                }

                using var document = await http.ReadJsonAsync(response, ct).ConfigureAwait(false);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object
                    || !root.TryGetProperty("access_token", out var token) || token.ValueKind != JsonValueKind.String || token.GetString() is not { Length: > 0 } value)
                {
                    throw new SourceException(new Diagnostic(SourceDiagnosticCodes.UnexpectedResponse, DiagnosticSeverity.Error, "ACLED's token endpoint answered without an access_token.") { Path = http.Where(request.RequestUri) });
                }

                access = value;
                if (root.TryGetProperty("refresh_token", out var next) && next.ValueKind == JsonValueKind.String)
                {
                    refresh = next.GetString();
                }

                // ACLED's tokens last a day; a response without expires_in is taken at that.
                var lifetime = root.TryGetProperty("expires_in", out var seconds) && seconds.ValueKind == JsonValueKind.Number && seconds.TryGetInt64(out var s)
                    ? TimeSpan.FromSeconds(Math.Clamp(s, 0, 366L * 24 * 3600))
                    : TimeSpan.FromDays(1);
                expires = clock.GetUtcNow() + lifetime;
                Grants++;
                return value;
            },
            cancellationToken).ConfigureAwait(false);
    }
}
