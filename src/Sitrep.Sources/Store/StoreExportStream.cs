using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Sitrep.Sources.Store;

/// <summary>
/// A store dataset as the provider's file, made as it is read: a header of every column its records have (ACLED,
/// UCDP; GDELT files have none) and one line per record, so a reader of that format reads the store as it reads a
/// download. Memory stays at one record's text.
/// </summary>
internal sealed class StoreExportStream : Stream
{
    private readonly IEnumerator<StoredRecord> records;
    private readonly IDisposable? owner;
    private readonly char separator;
    private readonly ValueArray<string> header;
    private readonly Dictionary<string, int> positions = new(StringComparer.Ordinal);
    private readonly StringBuilder line = new();
    private byte[] pending = [];
    private int offset;
    private bool started;

    internal StoreExportStream(IEnumerable<StoredRecord> records, ValueArray<string> header, char separator, IDisposable? owner)
    {
        this.records = records.GetEnumerator();
        this.owner = owner;
        this.header = header;
        this.separator = separator;
        for (var i = 0; i < header.Count; i++)
        {
            positions.TryAdd(header[i], i);
        }
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (this.offset == pending.Length)
        {
            if (!Next())
            {
                return 0;
            }
        }

        var n = Math.Min(buffer.Length, pending.Length - this.offset);
        pending.AsSpan(this.offset, n).CopyTo(buffer);
        this.offset += n;
        return n;
    }

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
            records.Dispose();
            owner?.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool Next()
    {
        line.Clear();
        if (!started)
        {
            started = true;
            if (header.Count > 0)
            {
                DelimitedLine.Append(line, header, separator);
                return Take();
            }
        }

        if (!records.MoveNext())
        {
            return false;
        }

        var record = records.Current;
        if (header.Count == 0)
        {
            DelimitedLine.Append(line, record.Values, separator);
        }
        else
        {
            var fields = new string[header.Count];
            Array.Fill(fields, string.Empty);
            for (var i = 0; i < record.Columns.Count && i < record.Values.Count; i++)
            {
                if (positions.TryGetValue(record.Columns[i], out var at))
                {
                    fields[at] = record.Values[i];
                }
            }

            DelimitedLine.Append(line, fields, separator);
        }

        return Take();
    }

    private bool Take()
    {
        pending = Encoding.UTF8.GetBytes(line.ToString());
        offset = 0;
        return true;
    }
}
