using System.IO;
using System.Text;
using FsCheck.Xunit;
using Sitrep.Datasets;
using Sitrep.Datasets.Text;

namespace Sitrep.Tests.Datasets.Text;

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
