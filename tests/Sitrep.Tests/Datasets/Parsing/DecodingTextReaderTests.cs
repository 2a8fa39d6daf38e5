using System.IO;
using System.Linq;
using System.Text;
using FsCheck.Xunit;
using Sitrep.Datasets;
using Sitrep.Datasets.Parsing;

namespace Sitrep.Tests.Datasets.Parsing;

public class DecodingTextReaderTests
{
    [Property(MaxTest = 300)]
    public void Valid_utf8_decodes_to_the_same_text_whatever_the_buffer_size(string text, byte size)
    {
        text = Sanitise(text ?? string.Empty) + "é😀\n終";
        using var reader = new DecodingTextReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), DatasetEncoding.Utf8);
        var buffer = new char[1 + (size % 7)];
        var result = new StringBuilder();
        int n;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            result.Append(buffer, 0, n);
        }

        Assert.Equal(text, result.ToString());
        Assert.Empty(reader.InvalidSequences);
    }

    [Fact]
    public void Invalid_bytes_are_recorded_with_line_and_offset()
    {
        var bytes = new byte[] { (byte)'a', (byte)'\n', (byte)'b', 0xC3, (byte)'c', (byte)'\n' };
        using var reader = new DecodingTextReader(new MemoryStream(bytes), DatasetEncoding.Utf8);

        var text = reader.ReadToEnd();

        Assert.Equal("a\nb\uFFFDc\n", text);
        Assert.Equal([(2L, 3L)], reader.InvalidSequences);
    }

    [Fact]
    public void In_automatic_mode_each_line_is_decided_alone()
    {
        var bytes = Concat(Encoding.UTF8.GetBytes("café\n"), TestEncodings.Windows1252.GetBytes("crème brûlée\n"), Encoding.UTF8.GetBytes("naïve\n"));
        using var reader = new DecodingTextReader(new MemoryStream(bytes), DatasetEncoding.Auto);

        Assert.Equal("café\ncrème brûlée\nnaïve\n", reader.ReadToEnd());
        Assert.Equal(1, reader.FallbackLines);
        Assert.Equal((2L, 8L), reader.FirstFallback);
        Assert.Equal("UTF-8 with Windows-1252 lines", reader.EncodingName);
        Assert.Empty(reader.InvalidSequences);
    }

    [Property(MaxTest = 200)]
    public void Every_line_reads_in_its_own_encoding_whatever_the_buffer_size(bool[] latin, byte size)
    {
        // Each line holds a character outside ASCII, so Windows-1252 lines are never valid UTF-8.
        var lines = latin.Select((l, i) => (Text: (l ? "ü" : "ü€") + i + new string('x', i * 997 % 3000), Latin: l)).ToArray();
        var bytes = lines.SelectMany(l => (l.Latin ? TestEncodings.Windows1252 : Encoding.UTF8).GetBytes(l.Text + "\n")).ToArray();
        using var reader = new DecodingTextReader(new MemoryStream(bytes), DatasetEncoding.Auto);

        Assert.Equal(string.Concat(lines.Select(l => l.Text + "\n")), ReadAll(reader, 1 + (size % 9)));
        Assert.Equal(lines.Count(l => l.Latin), reader.FallbackLines);
    }

    [Fact]
    public void Windows1252_everywhere_is_named_as_such()
    {
        using var reader = new DecodingTextReader(new MemoryStream(TestEncodings.Windows1252.GetBytes("Bogotá\nMünchen\n")), DatasetEncoding.Auto);

        Assert.Equal("Bogotá\nMünchen\n", reader.ReadToEnd());
        Assert.Equal("Windows-1252", reader.EncodingName);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    [InlineData("utf-32BE")]
    public void A_byte_order_mark_chooses_utf16_or_utf32(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        var text = "a,b\ncafé,😀\n";
        using var reader = new DecodingTextReader(new MemoryStream([.. encoding.GetPreamble(), .. encoding.GetBytes(text)]), DatasetEncoding.Auto);

        Assert.Equal(text, ReadAll(reader, 1));
        Assert.Empty(reader.InvalidSequences);
        Assert.StartsWith("UTF-", reader.EncodingName, System.StringComparison.Ordinal);
        Assert.False(reader.Utf16WithoutMark);
    }

    [Fact]
    public void Utf16_without_a_mark_is_recognised_by_its_zero_bytes()
    {
        var text = "event_id_cnty,event_date\nIRQ1,2024-01-01\n";
        using var reader = new DecodingTextReader(new MemoryStream(Encoding.Unicode.GetBytes(text)), DatasetEncoding.Auto);

        Assert.Equal(text, reader.ReadToEnd());
        Assert.True(reader.Utf16WithoutMark);
        Assert.Equal("UTF-16LE", reader.EncodingName);
    }

    [Fact]
    public void A_lone_surrogate_in_utf16_is_recorded_not_replaced_silently()
    {
        byte[] bytes = [0xFF, 0xFE, (byte)'a', 0, (byte)'\n', 0, 0x00, 0xD8, (byte)'b', 0, (byte)'\n', 0];
        using var reader = new DecodingTextReader(new MemoryStream(bytes), DatasetEncoding.Auto);

        Assert.Equal("a\n\uFFFDb\n", reader.ReadToEnd());
        Assert.Equal([(2L, 6L)], reader.InvalidSequences);
    }

    [Fact]
    public void Lines_are_counted_as_the_tokenizer_counts_them()
    {
        var bytes = new byte[] { (byte)'a', (byte)'\r', (byte)'b', (byte)'\r', (byte)'\n', (byte)'c', 0xC3, (byte)'\n' };
        using var reader = new DecodingTextReader(new MemoryStream(bytes), DatasetEncoding.Utf8);

        ReadAll(reader, 1);

        Assert.Equal([(3L, 6L)], reader.InvalidSequences);
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static string ReadAll(DecodingTextReader reader, int size)
    {
        var buffer = new char[size];
        var result = new StringBuilder();
        int n;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            result.Append(buffer, 0, n);
        }

        return result.ToString();
    }

    private static string Sanitise(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]))
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(text[i]).Append(text[i + 1]);
                    i++;
                }
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}

public class DecodingTextReaderDisposalTests
{
    [Fact]
    public void Disposing_twice_returns_the_buffer_to_the_pool_once()
    {
        var reader = new DecodingTextReader(new MemoryStream([1, 2, 3]), DatasetEncoding.Utf8);
        reader.Dispose();
        reader.Dispose();

        // A buffer returned twice would be handed to two renters at once.
        var first = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024 + 4);
        var second = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024 + 4);
        Assert.NotSame(first, second);
        System.Buffers.ArrayPool<byte>.Shared.Return(first);
        System.Buffers.ArrayPool<byte>.Shared.Return(second);
    }
}

public class DatasetReaderOwnershipTests
{
    [Fact]
    public void Disposing_a_reader_closes_its_stream()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes("a,b\n"));
        var reader = Sitrep.Datasets.Ucdp.UcdpGedReader.Open(stream);

        reader.Dispose();

        Assert.False(stream.CanRead);
    }
}
