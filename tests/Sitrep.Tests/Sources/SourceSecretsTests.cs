using System;
using System.Collections.Generic;
using System.IO;
using Sitrep.Sources;
using Sitrep.Sources.Acled;
using Sitrep.Sources.Ucdp;

namespace Sitrep.Tests.Sources;

public sealed class SourceSecretsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sitrep-secrets-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static Func<string, string?> Environment(Dictionary<string, string> values) => name => values.GetValueOrDefault(name);

    [Fact]
    public void The_environment_comes_before_the_secrets_file()
    {
        var file = Path.Combine(folder, "secrets.json");
        File.WriteAllText(file, """{ "ACLED_USERNAME": "file@example.org", "ACLED_PASSWORD": "from-file", "UCDP_ACCESS_TOKEN": "zq9-value" }""");
        var secrets = SourceSecrets.Load(file, Environment(new() { ["ACLED_USERNAME"] = "env@example.org" }));

        var acled = AcledCredentials.From(secrets);
        Assert.Equal("env@example.org", acled.Username);
        Assert.Equal("from-file", acled.Password);
        Assert.Equal("ACLED account env@example.org", acled.ToString());
        Assert.DoesNotContain("zq9", UcdpCredentials.From(secrets).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_secrets_file_is_found_through_SITREP_SECRETS()
    {
        var file = Path.Combine(folder, "s.json");
        File.WriteAllText(file, """{ "UCDP_ACCESS_TOKEN": "abc" }""");
        var secrets = SourceSecrets.Load(null, Environment(new() { [SourceSecrets.FileVariable] = file }));

        Assert.Equal(file, secrets.FilePath);
        Assert.Equal("abc", secrets.Get("UCDP_ACCESS_TOKEN"));
    }

    [Fact]
    public void Missing_credentials_are_SR0501_naming_what_to_set()
    {
        var secrets = SourceSecrets.Load(null, Environment([]));

        var acled = Assert.Throws<SourceException>(() => AcledCredentials.From(secrets));
        Assert.Equal(SourceDiagnosticCodes.MissingCredentials, acled.Diagnostic.Code);
        Assert.Contains("ACLED_USERNAME and ACLED_PASSWORD", acled.Message, StringComparison.Ordinal);
        var ucdp = Assert.Throws<SourceException>(() => UcdpCredentials.From(secrets));
        Assert.Contains("UCDP_ACCESS_TOKEN", ucdp.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secrets_file_that_is_not_json_is_reported_without_quoting_it()
    {
        var file = Path.Combine(folder, "bad.json");
        File.WriteAllText(file, "ACLED_PASSWORD=hunter2-secret");
        var error = Assert.Throws<SourceException>(() => SourceSecrets.Load(file, Environment([])));

        Assert.Equal(SourceDiagnosticCodes.MissingCredentials, error.Diagnostic.Code);
        Assert.Equal(file, error.Diagnostic.Path);
        Assert.DoesNotContain("hunter2", error.ToString(), StringComparison.Ordinal);
    }
}
