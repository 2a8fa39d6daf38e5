using System;
using System.Net;
using Sitrep.Validation;

namespace Sitrep.Sources;

/// <summary>
/// A provider request that could not be completed after its retries: refused credentials, a spent quota, a failure
/// that outlasted the retries, or a response that is not the documented shape. It carries a diagnostic with a stable
/// code and the request's address (credentials never appear in it).
/// </summary>
public sealed class SourceException : Exception
{
    /// <summary>Initializes an exception from a diagnostic.</summary>
    /// <param name="diagnostic">What failed, where, with the provider's message as its value.</param>
    /// <param name="statusCode">The last HTTP status, if a response came.</param>
    /// <param name="retryAfter">The wait the provider asked for, if it asked.</param>
    /// <param name="innerException">The failure underneath, if any.</param>
    public SourceException(Diagnostic diagnostic, HttpStatusCode? statusCode = null, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base((diagnostic ?? throw new ArgumentNullException(nameof(diagnostic))).ToString(), innerException)
    {
        Diagnostic = diagnostic;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    /// <summary>Initializes an exception with a message.</summary>
    public SourceException()
        : this(new Diagnostic(SourceDiagnosticCodes.RequestFailed, DiagnosticSeverity.Error, "A provider request failed."))
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public SourceException(string message)
        : this(new Diagnostic(SourceDiagnosticCodes.RequestFailed, DiagnosticSeverity.Error, message))
    {
    }

    /// <summary>Initializes an exception with a message and the failure underneath.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The failure underneath.</param>
    public SourceException(string message, Exception innerException)
        : this(new Diagnostic(SourceDiagnosticCodes.RequestFailed, DiagnosticSeverity.Error, message), null, null, innerException)
    {
    }

    /// <summary>Gets what failed, with a stable code (<see cref="SourceDiagnosticCodes"/>).</summary>
    public Diagnostic Diagnostic { get; }

    /// <summary>Gets the last HTTP status, if a response came.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Gets the wait the provider asked for before trying again (a spent quota), if it asked.</summary>
    public TimeSpan? RetryAfter { get; }
}
