using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Sitrep.Cli.Commands;

/// <summary>
/// An input opened once: a file, a pipe such as <c>/dev/stdin</c>, or <c>-</c> for standard input. Its first 64 KiB
/// are read up front (<see cref="Head"/>) so the format can be told from them, and then handed out again as the start
/// of the stream, so an input that cannot be read twice (a pipe) is never read twice. Counts the bytes read, for
/// progress.
/// </summary>
internal sealed class InputFile : Stream
{
    private const int HeadLength = 64 * 1024;

    private readonly Stream inner;
    private readonly byte[] head;
    private int headPosition;

    private InputFile(string name, Stream inner, byte[] head, long? length)
    {
        Name = name;
        this.inner = inner;
        this.head = head;
        Size = length;
    }

    /// <summary>Gets the name to show: the path as given, or <c>-</c> for standard input.</summary>
    public string Name { get; }

    /// <summary>Gets the input's first bytes (up to 64 KiB).</summary>
    public ReadOnlySpan<byte> Head => head;

    /// <summary>Gets the input's size in bytes when it is known (a file), or <see langword="null"/> (a pipe).</summary>
    public long? Size { get; }

    /// <summary>Gets how many bytes were read through the stream so far.</summary>
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => Size ?? throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    /// <summary>Opens <paramref name="path"/> (<c>-</c> is standard input) and reads its head.</summary>
    /// <exception cref="IOException">The input cannot be opened or read (a missing file, a directory).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static async Task<InputFile> OpenAsync(string path, Stream standardInput, CancellationToken cancellationToken)
    {
        Stream stream;
        long? length = null;
        if (path == "-")
        {
            stream = standardInput;
        }
        else if (StoreInput.TryOpen(path) is { } store)
        {
            stream = store;
        }
        else
        {
            if (Directory.Exists(path))
            {
                throw new DirectoryInput(path);
            }

            var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
            length = file.CanSeek ? file.Length : null;
            stream = file;
        }

        try
        {
            var buffer = new byte[HeadLength];
            var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            return new InputFile(path, stream, buffer[..read], length);
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Why an input could not be opened, in the same words on every command: <c>no such file</c>, <c>it is a
    /// directory</c>, <c>permission denied</c>, or the system's reason for anything else.
    /// </summary>
    public static string Unreadable(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            FileNotFoundException or DirectoryNotFoundException => "no such file",
            UnauthorizedAccessException => "permission denied",
            DirectoryInput => "it is a directory",
            _ => PrintableText.Escape(exception.Message.TrimEnd('.')) ?? string.Empty,
        };
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = FromHead(buffer);
        if (n == 0)
        {
            n = inner.Read(buffer);
        }

        BytesRead += n;
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = FromHead(buffer.Span);
        if (n == 0)
        {
            n = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        BytesRead += n;
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int FromHead(Span<byte> buffer)
    {
        var n = Math.Min(buffer.Length, head.Length - headPosition);
        head.AsSpan(headPosition, n).CopyTo(buffer);
        headPosition += n;
        return n;
    }
}

/// <summary>An input path that names a directory.</summary>
internal sealed class DirectoryInput(string path) : IOException($"{path} is a directory.");
