using System;
using Sitrep.Validation;

namespace Sitrep.Sources.Acled;

/// <summary>
/// The myACLED account the ACLED API's OAuth password grant takes: the account's email and password. Read them from
/// <c>ACLED_USERNAME</c> (or <c>ACLED_EMAIL</c>) and <c>ACLED_PASSWORD</c> with <see cref="From"/>; the password is
/// never shown (<see cref="ToString"/> gives the username only).
/// </summary>
public sealed class AcledCredentials
{
    /// <summary>The environment variable holding the account's email.</summary>
    public const string UsernameVariable = "ACLED_USERNAME";

    /// <summary>The environment variable holding the account's password.</summary>
    public const string PasswordVariable = "ACLED_PASSWORD";

    /// <summary>Initializes credentials.</summary>
    /// <param name="username">The myACLED account's email.</param>
    /// <param name="password">The account's password.</param>
    public AcledCredentials(string username, string password)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        ArgumentException.ThrowIfNullOrEmpty(password);
        Username = username.Trim();
        Password = password;
    }

    /// <summary>Gets the account's email.</summary>
    public string Username { get; }

    internal string Password { get; }

    /// <summary>Gets the credentials from the environment or a secrets file.</summary>
    /// <param name="secrets">Where to look.</param>
    /// <returns>The credentials.</returns>
    /// <exception cref="SourceException">Either value is missing (<c>SR0501</c>, saying what to set).</exception>
    public static AcledCredentials From(SourceSecrets secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        var username = secrets.First(UsernameVariable, "ACLED_EMAIL");
        var password = secrets.Get(PasswordVariable);
        if (username is null || password is null)
        {
            throw new SourceException(new Diagnostic(
                SourceDiagnosticCodes.MissingCredentials,
                DiagnosticSeverity.Error,
                "ACLED needs a myACLED account: " + secrets.Where(UsernameVariable, PasswordVariable) + ". (Access keys ended in September 2025; the API takes the account's email and password.)"));
        }

        return new AcledCredentials(username, password);
    }

    /// <summary>Returns the username; never the password.</summary>
    /// <returns>A text safe to log.</returns>
    public override string ToString() => $"ACLED account {Username}";
}
