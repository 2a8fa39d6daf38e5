using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Sitrep.Cli;
using Sitrep.Tests.Sources;

namespace Sitrep.Tests.Cli;

public sealed class SyncCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("sitrep-sync-cli-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static async Task<(int Exit, string Stdout, string Stderr)> Run(HttpMessageHandler? network, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await Program.RunAsync(args, stdout, stderr, null, network, TestContext.Current.CancellationToken);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string Secrets(string json)
    {
        var path = Path.Combine(directory, "secrets.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public async Task Without_credentials_sync_says_what_to_set_and_exits_2()
    {
        Assert.SkipWhen(Environment.GetEnvironmentVariable("ACLED_USERNAME") is not null, "ACLED_USERNAME is set in this environment.");
        var (exit, stdout, stderr) = await Run(null, "sync", "acled", "--store", Path.Combine(directory, "store"), "--secrets", Secrets("{}"));

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains("SR0501", stderr, StringComparison.Ordinal);
        Assert.Contains("ACLED_USERNAME and ACLED_PASSWORD", stderr, StringComparison.Ordinal);
        Assert.StartsWith("sitrep sync acled: error SR0501: ", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(directory, "store")));
    }

    [Fact]
    public async Task A_password_given_as_an_argument_is_refused_as_an_unknown_option()
    {
        var (exit, _, stderr) = await Run(null, "sync", "acled", "--store", directory, "--password", "hunter2");

        Assert.Equal(2, exit);
        Assert.Contains("--password", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_then_convert_and_diff_read_the_store_as_a_file()
    {
        await using var fake = await FakeAcled.StartAsync();
        for (var i = 1; i <= 5; i++)
        {
            fake.Put($"NIG{i:D5}", "2024-03-0" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), i);
        }

        var store = Path.Combine(directory, "store");
        var secrets = Secrets($$"""{ "ACLED_USERNAME": "{{FakeAcled.Username}}", "ACLED_PASSWORD": "{{FakeAcled.Password}}" }""");
        string[] sync = ["sync", "acled", "--store", store, "--country", "Nigeria", "--secrets", secrets, "--endpoint", "https://acled.test/"];
        var first = await Run(fake.Server.Handler, sync);
        Assert.Equal(0, first.Exit);
        Assert.Contains("acled: sync 1 finished: 5 added, 0 revised, 0 deleted", first.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeAcled.Password, first.Stdout + first.Stderr, StringComparison.Ordinal);

        fake.Now += 100;
        fake.Put("NIG00002", "2024-03-02", 50);
        fake.Delete("NIG00005");
        var second = await Run(fake.Server.Handler, sync);
        Assert.Equal(0, second.Exit);
        Assert.Contains("sync 2 finished: 0 added, 1 revised, 1 deleted", second.Stdout, StringComparison.Ordinal);

        var json = Path.Combine(directory, "acled.json");
        var convert = await Run(null, "convert", Path.Combine(store, "acled"), "-o", json);
        Assert.True(convert.Exit == 0, convert.Stderr);
        Assert.Contains("\"acled:NIG00002\"", File.ReadAllText(json), StringComparison.Ordinal);
        Assert.DoesNotContain("\"acled:NIG00005\"", File.ReadAllText(json), StringComparison.Ordinal);

        var diff = await Run(null, "diff", Path.Combine(store, "acled@1"), Path.Combine(store, "acled"));
        Assert.Equal(1, diff.Exit);
        Assert.Contains("acled:NIG00002", diff.Stdout, StringComparison.Ordinal);
        Assert.Contains("acled:NIG00005", diff.Stdout, StringComparison.Ordinal);

        var missing = await Run(null, "convert", Path.Combine(store, "ucdp-25.1"), "-o", json);
        Assert.Equal(2, missing.Exit);
        Assert.Contains("the store has no dataset 'ucdp-25.1' (it holds: acled)", missing.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ucdp", "--version", "v25")]
    [InlineData("gdelt", "--from", "2024-13-01")]
    [InlineData("acled", "--endpoint", "ftp://example.org")]
    public async Task A_bad_option_value_is_a_usage_error(string provider, string option, string value)
    {
        var (exit, _, stderr) = await Run(null, "sync", provider, "--store", directory, option, value);

        Assert.Equal(2, exit);
        Assert.Contains(option == "--version" ? "not a UCDP version" : option, stderr, StringComparison.Ordinal);
    }
}
