using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Datasets;
using Sitrep.Datasets.Gdelt;
using Sitrep.Validation;

namespace Sitrep.Sources.Gdelt;

/// <summary>
/// Fetches GDELT 2.0's bulk files, what heavy users take instead of the DOC API (which sheds load with HTTP 429):
/// the file lists (<c>lastupdate.txt</c>, every 15 minutes; <c>masterfilelist.txt</c>, every file since 2015) and the
/// files themselves, each checked against the list's size and MD5 before it is kept. Files the lists name but the
/// server lacks are reported as absent, not as failures.
/// </summary>
public sealed class GdeltBulkClient : IDisposable
{
    /// <summary>Where GDELT 2.0's files and lists are served.</summary>
    public static readonly Uri DefaultBaseAddress = new("http://data.gdeltproject.org/gdeltv2/");

    private readonly SourceHttp http;

    /// <summary>Initializes a client with its own connection, resilience pipeline and the default options.</summary>
    public GdeltBulkClient()
        : this((SourceClientOptions?)null, null)
    {
    }

    /// <summary>Initializes a client with its own connection and resilience pipeline.</summary>
    /// <param name="options">Address, retries and limits, or <see langword="null"/> for the defaults.</param>
    /// <param name="handler">The handler under the pipeline (a test server's), or <see langword="null"/> for a socket handler; not disposed with the client.</param>
    public GdeltBulkClient(SourceClientOptions? options, HttpMessageHandler? handler)
    {
        http = SourceHttp.Create(options, handler, DefaultBaseAddress, "GDELT");
    }

    /// <summary>Initializes a client over an <see cref="HttpClient"/> of the caller's.</summary>
    /// <param name="httpClient">The client; its base address is used when set. Not disposed with this client.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults.</param>
    public GdeltBulkClient(HttpClient httpClient, SourceClientOptions? options)
    {
        http = SourceHttp.Wrap(httpClient, options, DefaultBaseAddress, "GDELT");
    }

    /// <summary>Reads <c>lastupdate.txt</c>: the latest 15-minute files (events, mentions, GKG).</summary>
    /// <param name="translation">Whether to read the translated stream's list (<c>lastupdate-translation.txt</c>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A row per line: the file, or why the line is not one.</returns>
    /// <exception cref="SourceException">The request failed after its retries.</exception>
    public async Task<ValueArray<DatasetRow<GdeltFile>>> ReadLastUpdateAsync(bool translation = false, CancellationToken cancellationToken = default)
    {
        var address = new Uri(http.BaseAddress, translation ? "lastupdate-translation.txt" : "lastupdate.txt");
        var text = await http.WithBodyRetriesAsync(
            async ct =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, address);
                using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    throw await http.FailureAsync(response, ct).ConfigureAwait(false);
                }

                return await http.ReadTextAsync(response, 1024 * 1024, ct).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
        return GdeltFileList.Parse(text);
    }

    /// <summary>
    /// Reads <c>masterfilelist.txt</c>, every file since February 2015 (hundreds of megabytes): it is downloaded to a
    /// temporary file and read line by line from there, so memory stays flat.
    /// </summary>
    /// <param name="translation">Whether to read the translated stream's list.</param>
    /// <param name="cancellationToken">Cancels the download and the reading.</param>
    /// <returns>A row per line: the file, or why the line is not one.</returns>
    /// <exception cref="SourceException">The request failed after its retries.</exception>
    public async IAsyncEnumerable<DatasetRow<GdeltFile>> ReadMasterListAsync(bool translation = false, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var address = new Uri(http.BaseAddress, translation ? "masterfilelist-translation.txt" : "masterfilelist.txt");
        var temporary = Path.Combine(Path.GetTempPath(), "sitrep-gdelt-" + Guid.NewGuid().ToString("N") + ".txt");
        try
        {
            await http.WithBodyRetriesAsync(
                async ct =>
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, address);
                    using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
                    if (!response.IsSuccessStatusCode)
                    {
                        throw await http.FailureAsync(response, ct).ConfigureAwait(false);
                    }

                    await SaveAsync(response, temporary, http.Options.MaxResponseBytes, ct).ConfigureAwait(false);
                    return true;
                },
                cancellationToken).ConfigureAwait(false);

            using var reader = new StreamReader(temporary, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
            foreach (var row in GdeltFileList.Read(reader))
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return row;
            }
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Downloads one file to a path, checks its size and MD5 against the list, and keeps it only when both agree (it
    /// is written beside the path first and moved into place, so a path never holds a partial file). A file that
    /// fails the check is fetched again up to <see cref="SourceClientOptions.MaxRetries"/> times.
    /// </summary>
    /// <param name="file">The file, as a list gives it.</param>
    /// <param name="path">Where to keep it.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>Verified, absent or corrupt, with the reasons.</returns>
    /// <exception cref="SourceException">A request failed after its retries (other than a 404).</exception>
    public async Task<GdeltDownload> DownloadAsync(GdeltFile file, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var address = AddressOf(file);
        var partial = path + ".part";
        ValueArray<Diagnostic> problems = default;
        for (var tried = 0; tried <= http.Options.MaxRetries; tried++)
        {
            var absent = await http.WithBodyRetriesAsync(
                async ct =>
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, address);
                    using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
                    if (response.StatusCode == HttpStatusCode.NotFound)
                    {
                        return true;
                    }

                    if (!response.IsSuccessStatusCode)
                    {
                        throw await http.FailureAsync(response, ct).ConfigureAwait(false);
                    }

                    // A body longer than the list says is cut one byte past it: enough for the check to fail.
                    await SaveAsync(response, partial, file.Size + 1, ct, cut: true).ConfigureAwait(false);
                    return false;
                },
                cancellationToken).ConfigureAwait(false);
            if (absent)
            {
                return new GdeltDownload(file, GdeltDownloadStatus.Absent, null, [new Diagnostic(SourceDiagnosticCodes.FileAbsent, DiagnosticSeverity.Warning, $"{file.Name} is in the list but not on the server (HTTP 404); GDELT's lists name a few files never published.") { Path = file.Url }]);
            }

            var stream = File.OpenRead(partial);
            await using (stream.ConfigureAwait(false))
            {
                problems = await file.CheckAsync(stream, cancellationToken).ConfigureAwait(false);
            }

            if (problems.Count == 0)
            {
                File.Move(partial, path, overwrite: true);
                return new GdeltDownload(file, GdeltDownloadStatus.Verified, path, default);
            }

            File.Delete(partial);
        }

        return new GdeltDownload(file, GdeltDownloadStatus.Corrupt, null, problems);
    }

    /// <inheritdoc />
    public void Dispose() => http.Dispose();

    /// <summary>A listed file's address: the list's URL, moved under the client's base address when that is not GDELT's own.</summary>
    private Uri AddressOf(GdeltFile file)
    {
        var listed = new Uri(file.Url, UriKind.Absolute);
        return http.BaseAddress != DefaultBaseAddress && listed.AbsoluteUri.StartsWith(DefaultBaseAddress.AbsoluteUri, StringComparison.OrdinalIgnoreCase)
            ? new Uri(http.BaseAddress, listed.AbsoluteUri[DefaultBaseAddress.AbsoluteUri.Length..])
            : listed;
    }

    private async Task SaveAsync(HttpResponseMessage response, string path, long maxBytes, CancellationToken cancellationToken, bool cut = false)
    {
        try
        {
            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                var output = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true);
                await using (output.ConfigureAwait(false))
                {
                    var chunk = ArrayPool<byte>.Shared.Rent(81920);
                    try
                    {
                        long written = 0;
                        int read;
                        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                        {
                            if (written + read > maxBytes)
                            {
                                if (!cut)
                                {
                                    throw new SourceException(new Diagnostic(SourceDiagnosticCodes.ResponseTooLarge, DiagnosticSeverity.Error, $"GDELT: the response holds more than {maxBytes} bytes.") { Path = http.Where(response.RequestMessage?.RequestUri) });
                                }

                                await output.WriteAsync(chunk.AsMemory(0, (int)(maxBytes - written)), cancellationToken).ConfigureAwait(false);
                                break;
                            }

                            await output.WriteAsync(chunk.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                            written += read;
                        }
                    }
                    finally
                    {
                        ArrayPool<byte>.Shared.Return(chunk);
                    }
                }
            }
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw new SourceHttp.BodyException(new Diagnostic(SourceDiagnosticCodes.UnexpectedResponse, DiagnosticSeverity.Error, $"GDELT: the download broke off before its end ({e.Message}).") { Path = http.Where(response.RequestMessage?.RequestUri) });
        }
    }
}
