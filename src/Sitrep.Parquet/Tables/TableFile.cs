using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace Sitrep.Parquet.Tables;

/// <summary>One Parquet file of a table, created at its first row group; its metadata is set when it is finished.</summary>
internal sealed class TableFile : IAsyncDisposable
{
    private FileStream? stream;
    private ParquetWriter? writer;

    public TableFile(string path) => Path = path;

    /// <summary>Gets the file's path.</summary>
    public string Path { get; }

    /// <summary>Gets a value indicating whether the file has been created and not finished.</summary>
    public bool IsOpen => writer is not null;

    /// <summary>Gets the rows written to the file.</summary>
    public long Rows { get; private set; }

    /// <summary>Writes the table's buffered rows as a row group, creating the file first if needed (never over an existing file).</summary>
    public async Task WriteAsync<TRow>(Table<TRow> table, ParquetOptions options, CancellationToken cancellationToken)
    {
        if (table.Count == 0)
        {
            return;
        }

        if (writer is null)
        {
            await OpenAsync(table.Schema, ColumnEncodings.For(table.Encodings, options), cancellationToken).ConfigureAwait(false);
        }

        Rows += table.Count;
        await table.WriteRowGroupAsync(writer!, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates the file with no rows, so a table that has none is still there for queries to read.</summary>
    public Task CreateEmptyAsync(ParquetSchema schema, ParquetOptions options, CancellationToken cancellationToken) =>
        OpenAsync(schema, options, cancellationToken);

    /// <summary>Finishes the file (footer with the metadata given) and closes it.</summary>
    public async Task FinishAsync(IReadOnlyDictionary<string, string> metadata)
    {
        if (writer is null)
        {
            return;
        }

        writer.CustomMetadata = metadata;
        await writer.DisposeAsync().ConfigureAwait(false);
        await stream!.DisposeAsync().ConfigureAwait(false);
        writer = null;
        stream = null;
    }

    /// <summary>Closes the file without finishing it (after a failure; the folder is then incomplete).</summary>
    public async ValueTask AbandonAsync()
    {
        if (stream is not null)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }

        writer = null;
        stream = null;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => AbandonAsync();

    private async Task OpenAsync(ParquetSchema schema, ParquetOptions options, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        stream = new FileStream(Path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 14, useAsync: true);
        writer = await ParquetWriter.CreateAsync(schema, stream, options, false, cancellationToken).ConfigureAwait(false);
    }
}
