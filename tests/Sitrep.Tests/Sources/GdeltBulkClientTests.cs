using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Sitrep.Sources;
using Sitrep.Sources.Gdelt;

namespace Sitrep.Tests.Sources;

public sealed class GdeltBulkClientTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sitrep-gdelt-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static readonly byte[] Export = Encoding.UTF8.GetBytes("zip bytes of 20240101000000.export.CSV.zip");
    private static readonly byte[] Mentions = Encoding.UTF8.GetBytes("zip bytes of the mentions");

#pragma warning disable CA5351 // GDELT publishes MD5s; the fake lists them as GDELT does.
    private static string Md5(byte[] bytes) => Convert.ToHexStringLower(MD5.HashData(bytes));
#pragma warning restore CA5351

    private static string Line(byte[] bytes, string name) =>
        $"{bytes.Length} {Md5(bytes)} http://data.gdeltproject.org/gdeltv2/{name}";

    private static async Task<FakeServer> StartAsync(Dictionary<string, byte[]> files, string lastUpdate, string masterList)
    {
        return await FakeServer.StartAsync(context =>
        {
            var name = context.Request.Path.Value!["/gdeltv2/".Length..];
            return Task.FromResult(name switch
            {
                "lastupdate.txt" => Reply.Text(lastUpdate),
                "masterfilelist.txt" => Reply.Text(masterList),
                _ when files.TryGetValue(name, out var bytes) => new Reply(200, bytes, "application/zip"),
                _ => Reply.Text("Not Found", 404),
            });
        });
    }

    private static GdeltBulkClient Client(FakeServer server) =>
        new(new SourceClientOptions { BaseAddress = new Uri("http://gdelt.test/gdeltv2/"), RetryDelay = TimeSpan.FromMilliseconds(5), MaxRetries = 2 }, server.Handler);

    [Fact]
    public async Task The_latest_files_are_listed_and_a_file_is_kept_only_once_its_size_and_md5_agree()
    {
        var last = Line(Export, "20240101000000.export.CSV.zip") + "\n" + Line(Mentions, "20240101000000.mentions.CSV.zip") + "\n";
        await using var server = await StartAsync(new() { ["20240101000000.export.CSV.zip"] = Export, ["20240101000000.mentions.CSV.zip"] = Mentions }, last, last);
        using var client = Client(server);
        var files = await client.ReadLastUpdateAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, files.Count);
        var path = Path.Combine(folder, "export.zip");
        var download = await client.DownloadAsync(files[0].Value, path, TestContext.Current.CancellationToken);

        Assert.Equal(GdeltDownloadStatus.Verified, download.Status);
        Assert.Equal(Export, await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));
        Assert.Contains("GET /gdeltv2/20240101000000.export.CSV.zip", server.Requests);
    }

    [Fact]
    public async Task A_file_whose_md5_differs_is_fetched_again_then_reported_corrupt_and_nothing_is_kept()
    {
        var listed = Line(Export, "20240101000000.export.CSV.zip");
        var tampered = Encoding.UTF8.GetBytes("zip bytes of 20240101000000.export.CSV.ziq");
        await using var server = await StartAsync(new() { ["20240101000000.export.CSV.zip"] = tampered }, listed, listed);
        using var client = Client(server);
        var file = (await client.ReadLastUpdateAsync(cancellationToken: TestContext.Current.CancellationToken))[0].Value;
        var path = Path.Combine(folder, "export.zip");
        var download = await client.DownloadAsync(file, path, TestContext.Current.CancellationToken);

        Assert.Equal(GdeltDownloadStatus.Corrupt, download.Status);
        Assert.Equal("SR0229", Assert.Single(download.Diagnostics).Code);
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(path + ".part"));
        Assert.Equal(3, server.Requests.Count(r => r.EndsWith(".zip", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_listed_file_the_server_lacks_is_absent_with_a_warning_not_a_failure()
    {
        var listed = Line(Export, "20150218230000.export.CSV.zip");
        await using var server = await StartAsync([], listed, listed);
        using var client = Client(server);
        var file = (await client.ReadLastUpdateAsync(cancellationToken: TestContext.Current.CancellationToken))[0].Value;
        var download = await client.DownloadAsync(file, Path.Combine(folder, "x.zip"), TestContext.Current.CancellationToken);

        Assert.Equal(GdeltDownloadStatus.Absent, download.Status);
        Assert.Equal(SourceDiagnosticCodes.FileAbsent, Assert.Single(download.Diagnostics).Code);
    }

    [Fact]
    public async Task The_master_list_is_read_line_by_line_with_bad_lines_reported_not_dropped()
    {
        var master = Line(Export, "20150218230000.export.CSV.zip") + "\nnot a line\n" + Line(Mentions, "20150218230000.mentions.CSV.zip") + "\n";
        await using var server = await StartAsync([], string.Empty, master);
        using var client = Client(server);
        var rows = new List<Sitrep.Datasets.DatasetRow<Sitrep.Datasets.Gdelt.GdeltFile>>();
        await foreach (var row in client.ReadMasterListAsync(cancellationToken: TestContext.Current.CancellationToken))
        {
            rows.Add(row);
        }

        Assert.Equal([true, false, true], rows.Select(r => r.Success));
        Assert.Equal(2, rows[1].Line);
    }
}
