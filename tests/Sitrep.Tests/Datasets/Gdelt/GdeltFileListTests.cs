using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sitrep.Datasets;
using Sitrep.Datasets.Gdelt;

namespace Sitrep.Tests.Datasets.Gdelt;

/// <summary>GDELT 2.0 file lists read line by line, every bad line reported; downloads checked against them.</summary>
public sealed class GdeltFileListTests
{
    private const string Base = "http://data.gdeltproject.org/gdeltv2/";

    [Fact]
    public void A_lastupdate_list_gives_the_three_files_of_a_slot_with_time_and_kind()
    {
        var rows = GdeltFileList.Parse(
            $"150383 297a16b493de7cf6ca809a7cc31d0b93 {Base}20191024143000.export.CSV.zip\r\n" +
            $"318084 bb27f78ba45f69a17ea6ed7755e9f8ff {Base}20191024143000.mentions.CSV.zip\r\n" +
            $"10768507 ea8dde0beb0ba98810a92db068c0ce99 {Base}20191024143000.gkg.csv.zip\r\n");

        Assert.All(rows, r => Assert.True(r.Success && r.Diagnostics.IsEmpty));
        Assert.Equal([GdeltFileKind.Export, GdeltFileKind.Mentions, GdeltFileKind.Gkg], rows.Select(r => r.Value.Kind!.Value));
        Assert.All(rows, r => Assert.Equal(Instant.FromUtc(2019, 10, 24, 14, 30), r.Value.Timestamp));
        Assert.Equal(10768507, rows[2].Value.Size);
        Assert.Equal("20191024143000.gkg.csv.zip", rows[2].Value.Name);
    }

    [Fact]
    public void Every_line_that_is_not_size_md5_url_is_reported_with_its_number_and_the_good_lines_still_read()
    {
        var rows = GdeltFileList.Parse(string.Join('\n',
            $"150383 297a16b493de7cf6ca809a7cc31d0b93 {Base}20191024143000.export.CSV.zip",
            $"150383 297a16b493de7cf6ca809a7cc31d0b93",
            $"15O383 297a16b493de7cf6ca809a7cc31d0b93 {Base}20191024143000.export.CSV.zip",
            $"150383 297a16b493de7cf6ca809a7cc31d0b9 {Base}20191024143000.export.CSV.zip",
            $"150383 297a16b493de7cf6ca809a7cc31d0b93 ftp://data.gdeltproject.org/x.zip",
            string.Empty,
            $"-1 297a16b493de7cf6ca809a7cc31d0b93 {Base}20191024144500.export.CSV.zip",
            $"150383 297A16B493DE7CF6CA809A7CC31D0B93 {Base}20191024144500.translation.export.CSV.zip"));

        Assert.Equal([1L, 2, 3, 4, 5, 7, 8], rows.Select(r => r.Line));
        Assert.Equal([true, false, false, false, false, false, true], rows.Select(r => r.Success));
        Assert.All(rows.Where(r => !r.Success), r => Assert.Equal(DatasetDiagnosticCodes.FileListLineInvalid, Assert.Single(r.Diagnostics).Code));
        Assert.Contains("15O383", rows[2].Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("32 hexadecimal digits", rows[3].Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("http or https", rows[4].Diagnostics[0].Message, StringComparison.Ordinal);

        var translated = rows[^1].Value;
        Assert.True(translated.IsTranslation);
        Assert.Equal("297a16b493de7cf6ca809a7cc31d0b93", translated.Md5);
    }

    [Theory]
    [InlineData("events-2019.zip")]
    [InlineData("20191332143000.export.CSV.zip")]
    [InlineData("20191024143000.events.CSV.zip")]
    public void A_file_with_another_name_is_kept_without_time_or_kind_and_a_warning(string name)
    {
        var row = Assert.Single(GdeltFileList.Parse($"12 297a16b493de7cf6ca809a7cc31d0b93 {Base}{name}"));
        Assert.True(row.Success);
        Assert.Null(row.Value.Kind);
        Assert.Null(row.Value.Timestamp);
        Assert.Equal(DatasetDiagnosticCodes.UnknownFileName, Assert.Single(row.Diagnostics).Code);
    }

    [Fact]
    public void A_line_longer_than_the_limit_is_reported_cut_and_the_next_line_still_read()
    {
        var rows = GdeltFileList.Parse(new string('7', 100_000) + $"\n12 297a16b493de7cf6ca809a7cc31d0b93 {Base}20191024143000.export.CSV.zip\n").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("longer than 4096", rows[0].Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.True(rows[0].Diagnostics[0].Value!.Length <= 200);
        Assert.True(rows[1].Success);
    }

    [Property(MaxTest = 100)]
    public Property Listed_files_read_back_as_written()
    {
        var file =
            from size in Gen.Choose(0, int.MaxValue)
            from hash in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), 16)
            from minutes in Gen.Choose(0, 6 * 365 * 96)
            from kind in Gen.Elements(GdeltFileKind.Export, GdeltFileKind.Mentions, GdeltFileKind.Gkg)
            from translation in Gen.Elements(false, true)
            let time = Instant.FromUtc(2015, 2, 18, 0, 0) + Duration.FromMinutes(15L * minutes)
            let suffix = kind switch { GdeltFileKind.Export => "export.CSV.zip", GdeltFileKind.Mentions => "mentions.CSV.zip", _ => "gkg.csv.zip" }
            let name = time.InUtc().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + (translation ? ".translation." : ".") + suffix
            select new GdeltFile(size, Convert.ToHexString(hash).ToLowerInvariant(), Base + name, time, kind, translation);
        return Prop.ForAll(file.ListOf().ToArbitrary(), files =>
        {
            var text = string.Concat(files.Select(f => $"{f.Size} {f.Md5} {f.Url}\n"));
            var rows = GdeltFileList.Parse(text);
            Assert.Equal(files, rows.Select(r => r.Value));
            Assert.All(rows, r => Assert.Empty(r.Diagnostics));
        });
    }

    [Fact]
    public async Task A_download_is_checked_against_its_size_and_MD5()
    {
        var bytes = "PK\u0003\u0004 not really a zip, but bytes"u8.ToArray();
#pragma warning disable CA5351 // GDELT publishes MD5; the test computes what the list would say.
        var md5 = Convert.ToHexString(MD5.HashData(bytes)).ToLowerInvariant();
#pragma warning restore CA5351
        var file = Assert.Single(GdeltFileList.Parse($"{bytes.Length} {md5} {Base}20191024143000.export.CSV.zip")).Value;

        Assert.Empty(await file.CheckAsync(new MemoryStream(bytes), TestContext.Current.CancellationToken));

        var truncated = Assert.Single(await file.CheckAsync(new MemoryStream(bytes[..^3]), TestContext.Current.CancellationToken));
        Assert.Equal(DatasetDiagnosticCodes.FileCheckFailed, truncated.Code);
        Assert.Contains($"{bytes.Length - 3} bytes; the list gives {bytes.Length}", truncated.Message, StringComparison.Ordinal);

        var corrupt = (byte[])bytes.Clone();
        corrupt[5] ^= 0xFF;
        var wrong = Assert.Single(await file.CheckAsync(new MemoryStream(corrupt), TestContext.Current.CancellationToken));
        Assert.Contains("has MD5", wrong.Message, StringComparison.Ordinal);
        Assert.Equal(file.Url, wrong.Path);
    }
}
