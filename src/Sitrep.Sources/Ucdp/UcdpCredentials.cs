using System;
using Sitrep.Validation;

namespace Sitrep.Sources.Ucdp;

/// <summary>
/// The access token the UCDP API requires (sent as the <c>x-ucdp-access-token</c> header since early 2026; request
/// one from the API's maintainers). Read it from <c>UCDP_ACCESS_TOKEN</c> with <see cref="From"/>; it is never shown.
/// </summary>
public sealed class UcdpCredentials
{
    /// <summary>The environment variable holding the token.</summary>
    public const string TokenVariable = "UCDP_ACCESS_TOKEN";

    /// <summary>Initializes credentials.</summary>
    /// <param name="accessToken">The token.</param>
    public UcdpCredentials(string accessToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        AccessToken = accessToken.Trim();
    }

    internal string AccessToken { get; }

    /// <summary>Gets the token from the environment or a secrets file.</summary>
    /// <param name="secrets">Where to look.</param>
    /// <returns>The credentials.</returns>
    /// <exception cref="SourceException">The token is missing (<c>SR0501</c>, saying what to set).</exception>
    public static UcdpCredentials From(SourceSecrets secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        return secrets.First(TokenVariable, "UCDP_API_TOKEN") is { } token
            ? new UcdpCredentials(token)
            : throw new SourceException(new Diagnostic(
                SourceDiagnosticCodes.MissingCredentials,
                DiagnosticSeverity.Error,
                "The UCDP API needs an access token (request one from the UCDP API's maintainers): " + secrets.Where(TokenVariable) + "."));
    }

    /// <summary>Returns a text that names the kind of credential; never the token.</summary>
    /// <returns>A text safe to log.</returns>
    public override string ToString() => "UCDP access token (hidden)";
}
