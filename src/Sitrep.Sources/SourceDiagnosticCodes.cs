namespace Sitrep.Sources;

/// <summary>The stable codes of what the provider clients and the local store report (SR05xx).</summary>
public static class SourceDiagnosticCodes
{
    /// <summary>No credentials: the environment variables or secrets file the provider needs are not set.</summary>
    public const string MissingCredentials = "SR0501";

    /// <summary>The provider refused the credentials or the token (HTTP 400, 401 or 403 after a fresh token).</summary>
    public const string Unauthorized = "SR0502";

    /// <summary>The provider's quota or rate limit is spent and it asked for a wait longer than the client waits.</summary>
    public const string QuotaReached = "SR0503";

    /// <summary>A request failed after its retries (the status and the provider's message are given).</summary>
    public const string RequestFailed = "SR0504";

    /// <summary>A response body is not the documented shape: not JSON, truncated, or a field of the wrong kind.</summary>
    public const string UnexpectedResponse = "SR0505";

    /// <summary>A record in a response could not be read as the provider's record (its fields are given).</summary>
    public const string UnreadableRecord = "SR0506";

    /// <summary>A file the list names is absent from the server (HTTP 404); GDELT's lists name a few such files.</summary>
    public const string FileAbsent = "SR0507";

    /// <summary>The local store cannot be opened or is not a Sitrep store of a version this library reads.</summary>
    public const string StoreUnreadable = "SR0508";

    /// <summary>A response was larger than the client accepts (<see cref="SourceClientOptions.MaxResponseBytes"/>).</summary>
    public const string ResponseTooLarge = "SR0509";
}
