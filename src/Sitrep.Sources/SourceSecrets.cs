using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Sitrep.Validation;

namespace Sitrep.Sources;

/// <summary>
/// Where provider credentials come from: environment variables first, then a secrets file (a JSON object of names to
/// strings, kept outside the project: the path given, else <c>SITREP_SECRETS</c>, else
/// <c>~/.config/sitrep/secrets.json</c> when it exists). Never from command-line arguments, which land in shell
/// history; the values are never shown.
/// </summary>
public sealed class SourceSecrets
{
    /// <summary>The environment variable that names a secrets file.</summary>
    public const string FileVariable = "SITREP_SECRETS";

    private readonly Func<string, string?> environment;
    private readonly Dictionary<string, string> file;

    private SourceSecrets(Func<string, string?> environment, Dictionary<string, string> file, string? filePath)
    {
        this.environment = environment;
        this.file = file;
        FilePath = filePath;
    }

    /// <summary>Gets the secrets file read, or <see langword="null"/> when none was.</summary>
    public string? FilePath { get; }

    /// <summary>Gets secrets from the process's environment and the default secrets file, if there is one.</summary>
    /// <returns>The secrets.</returns>
    /// <exception cref="SourceException">The secrets file exists but is not a JSON object of strings.</exception>
    public static SourceSecrets Load() => Load(null, Environment.GetEnvironmentVariable);

    /// <summary>Gets secrets from the process's environment and a secrets file.</summary>
    /// <param name="secretsFile">The secrets file, or <see langword="null"/> for <c>SITREP_SECRETS</c> or the default.</param>
    /// <returns>The secrets.</returns>
    /// <exception cref="SourceException">The secrets file is missing (when named) or not a JSON object of strings.</exception>
    public static SourceSecrets Load(string? secretsFile) => Load(secretsFile, Environment.GetEnvironmentVariable);

    /// <summary>Gets secrets from a given environment (for hosts with their own configuration, and tests) and a secrets file.</summary>
    /// <param name="secretsFile">The secrets file, or <see langword="null"/> for the environment's <c>SITREP_SECRETS</c> or none.</param>
    /// <param name="environment">Looks a variable up; returns null when it is not set.</param>
    /// <returns>The secrets.</returns>
    /// <exception cref="SourceException">The secrets file is missing (when named) or not a JSON object of strings.</exception>
    public static SourceSecrets Load(string? secretsFile, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var named = secretsFile ?? NonEmpty(environment(FileVariable));
        var path = named ?? DefaultFile();
        if (path is null || (named is null && !File.Exists(path)))
        {
            return new SourceSecrets(environment, [], null);
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 8 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Unreadable(path, "it is not a JSON object");
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 } value)
                {
                    values[property.Name] = value;
                }
            }

            return new SourceSecrets(environment, values, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            // The file's text is never quoted: it holds credentials.
            throw Unreadable(path, e is JsonException ? "it is not valid JSON" : e.Message);
        }
    }

    /// <summary>Gets a secret: the environment variable if set, else the secrets file's entry.</summary>
    /// <param name="name">The variable's name (<c>ACLED_PASSWORD</c>).</param>
    /// <returns>The value, or <see langword="null"/> when neither has it.</returns>
    public string? Get(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return NonEmpty(environment(name)) ?? (file.TryGetValue(name, out var value) ? value : null);
    }

    /// <summary>Gets the first of several names that has a value.</summary>
    internal string? First(params string[] names)
    {
        foreach (var name in names)
        {
            if (Get(name) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Says where credentials were looked for, for a message about missing ones.</summary>
    internal string Where(params string[] names) =>
        "set " + string.Join(" and ", names) + " in the environment" + (FilePath is null ? $" or in a secrets file ({FileVariable} names it; default ~/.config/sitrep/secrets.json)" : $" or in the secrets file {FilePath}");

    private static SourceException Unreadable(string path, string why) =>
        new(new Diagnostic(SourceDiagnosticCodes.MissingCredentials, DiagnosticSeverity.Error, $"The secrets file cannot be read: {why}. It should be a JSON object of names to strings.") { Path = path });

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string? DefaultFile()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".config", "sitrep", "secrets.json");
    }
}
