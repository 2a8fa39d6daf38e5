using System;
using System.IO;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Sitrep.Validation;

namespace Sitrep.Datasets.Gdelt;

/// <summary>
/// One GDELT 2.0 bulk file as <c>lastupdate.txt</c> and <c>masterfilelist.txt</c> list it: its size in bytes, its
/// MD5, its URL, and what its name says (the 15-minute slot it covers, events, mentions or GKG, the translated
/// stream or not). Read a list with <see cref="GdeltFileList"/>; check a download with <see cref="CheckAsync"/>.
/// </summary>
/// <param name="Size">The file's size in bytes, as listed.</param>
/// <param name="Md5">The file's MD5, 32 lowercase hexadecimal digits, as listed.</param>
/// <param name="Url">The file's URL.</param>
/// <param name="Timestamp">The start of the 15 minutes the file covers (from its name, UTC); null when the name is not a GDELT 2.0 file name.</param>
/// <param name="Kind">What the file holds (from its name); null when the name is not a GDELT 2.0 file name.</param>
/// <param name="IsTranslation">Whether the file is of the translated (non-English sources) stream.</param>
public sealed record GdeltFile(long Size, string Md5, string Url, Instant? Timestamp, GdeltFileKind? Kind, bool IsTranslation)
{
    /// <summary>Gets the file's name, the last segment of its URL (<c>20191024143000.export.CSV.zip</c>).</summary>
    public string Name => Url[(Url.LastIndexOf('/') + 1)..];

    /// <summary>
    /// Checks downloaded bytes against the list: their count and their MD5. Returns nothing when both agree, else an
    /// error (<c>SR0229</c>) saying which differs, expected and found; the stream is read to its end.
    /// </summary>
    /// <param name="content">The downloaded file (the zip as served, not its contents).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The diagnostics: empty when the file is whole.</returns>
    public async Task<ValueArray<Diagnostic>> CheckAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);

        // MD5 is what GDELT publishes for each file: an integrity check against truncation and corruption, not security.
#pragma warning disable CA5351
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
#pragma warning restore CA5351
        var buffer = new byte[81920];
        long read = 0;
        int count;
        while ((count = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            md5.AppendData(buffer, 0, count);
            read += count;
        }

        var hash = Hex(md5.GetHashAndReset());
        if (read != Size)
        {
            return [Failed($"{Name} is {read} bytes; the list gives {Size} (truncated or not the listed file).", read.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        }

        return hash == Md5 ? default : [Failed($"{Name} has MD5 {hash}; the list gives {Md5} (corrupt, or not the listed file).", hash)];
    }

    private static string Hex(byte[] bytes) => string.Create(bytes.Length * 2, bytes, static (text, hash) =>
    {
        for (var i = 0; i < hash.Length; i++)
        {
            text[2 * i] = "0123456789abcdef"[hash[i] >> 4];
            text[(2 * i) + 1] = "0123456789abcdef"[hash[i] & 15];
        }
    });

    private Diagnostic Failed(string message, string value) =>
        new(DatasetDiagnosticCodes.FileCheckFailed, DiagnosticSeverity.Error, message) { Path = Url, Value = value };
}
