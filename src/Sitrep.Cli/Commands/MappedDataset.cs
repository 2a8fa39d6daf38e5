using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Sitrep.Actors;
using Sitrep.Datasets;
using Sitrep.Datasets.Acled;
using Sitrep.Datasets.Gdelt;
using Sitrep.Datasets.Plover;
using Sitrep.Datasets.Polecat;
using Sitrep.Datasets.Ucdp;
using Sitrep.Incidents;
using Sitrep.Sources;
using Sitrep.Validation;

namespace Sitrep.Cli.Commands;

/// <summary>One row of a dataset file, mapped: the incident when the row was accepted, and the row's diagnostics.</summary>
internal readonly record struct MappedRow(long Line, Incident? Incident, ValueArray<Diagnostic> Diagnostics);

/// <summary>A dataset file read row by row and mapped into the model, whatever its format.</summary>
internal interface IMappedDataset : IDisposable
{
    Source Source { get; }

    IReadOnlyCollection<Actor> Actors { get; }

    DatasetReadCounts Counts { get; }

    string? LayoutDescription { get; }

    /// <summary>Gets how a CSV-family file is spelt (header, line ends, encoding); null for PLOVER JSON.</summary>
    DatasetFileStyle? Style { get; }

    /// <summary>Gets the name of the encoding the file was decoded with; null for PLOVER JSON.</summary>
    string? EncodingName { get; }

    ValueArray<Diagnostic> FileDiagnostics { get; }

    ValueArray<Actor> TakeNewActors();

    IAsyncEnumerable<MappedRow> ReadAsync(CancellationToken cancellationToken);
}

/// <summary>Opens the reader and mapper of a dataset format over a stream.</summary>
internal static class MappedDatasets
{
    internal static bool IsDataset(InputFormat format) => format is InputFormat.Ucdp or InputFormat.Acled or InputFormat.Gdelt or InputFormat.Polecat or InputFormat.Plover;

    internal static IMappedDataset Open(InputFormat format, Stream stream, string path, bool keepSourceRecords = true, DatasetReaderOptions? options = null) => format switch
    {
        InputFormat.Ucdp => new Mapped<UcdpGedRecord>(UcdpGedReader.Open(stream, options), new UcdpGedMapper { KeepSourceRecords = keepSourceRecords, FileName = FileNameOf(path) }),
        InputFormat.Acled => new Mapped<AcledEventRecord>(AcledEventReader.Open(stream, options), new AcledEventMapper { KeepSourceRecords = keepSourceRecords, FileName = FileNameOf(path) }),
        InputFormat.Gdelt => new Mapped<GdeltEventRecord>(GdeltEventReader.Open(stream, options), new GdeltEventMapper { KeepSourceRecords = keepSourceRecords, FileName = FileNameOf(path) }),
        InputFormat.Polecat => new Mapped<PolecatEventRecord>(
            PolecatEventReader.Open(stream, options, InputFormats.PolecatSeparator(path)),
            new PolecatEventMapper { KeepSourceRecords = keepSourceRecords, FileName = FileNameOf(path) }),
        InputFormat.Plover => new Mapped<PloverEventRecord>(PloverEventReader.Open(stream, options), new PloverEventMapper { KeepSourceRecords = keepSourceRecords, FileName = FileNameOf(path) }),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a dataset format."),
    };

    // The name ids made for records without one start from: the file's name, not where it lies.
    private static string? FileNameOf(string path) => path == "-" ? null : Path.GetFileName(path);

    private sealed class Mapped<TRecord>(IDatasetReader<TRecord> reader, DatasetMapper<TRecord> mapper) : IMappedDataset
        where TRecord : DatasetRecord
    {
        public Source Source => mapper.Source;

        public IReadOnlyCollection<Actor> Actors => mapper.Actors;

        public DatasetReadCounts Counts => reader.Counts;

        public string? LayoutDescription => reader.LayoutDescription;

        public DatasetFileStyle? Style => (reader as DatasetReader<TRecord>)?.Style;

        public string? EncodingName => (reader as DatasetReader<TRecord>)?.EncodingName;

        public ValueArray<Diagnostic> FileDiagnostics => ValueArray.From(reader.FileDiagnostics.Concat(mapper.Diagnostics));

        public ValueArray<Actor> TakeNewActors() => mapper.TakeNewActors();

        public async IAsyncEnumerable<MappedRow> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var row in reader.ReadRowsAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return new MappedRow(row.Line, row.TryGetValue(out var record) ? mapper.Map(record) : null, row.Diagnostics);
            }
        }

        public void Dispose() => reader.Dispose();
    }
}
