using System;
using System.Collections.Generic;
using System.IO;
using Sitrep.Actors;
using Sitrep.Incidents;
using Sitrep.Validation;

namespace Sitrep.Datasets.Writing;

/// <summary>
/// Rows of one dataset format, written as incidents arrive: the first row decides the columns (its own layout: a
/// 42-column GED file, a GDELT 1.0 file, an older ACLED layout; or the format's current one), later rows follow it.
/// </summary>
internal sealed class RecordIncidentWriter<TRecord>(
    Stream target,
    DatasetFormat format,
    Func<Incident, IReadOnlyDictionary<ActorId, Actor>, ICollection<Diagnostic>, ValueArray<string>, string, TRecord> toRecord,
    Action<TextWriter, ValueArray<string>, DatasetFileStyle?> writeHeader,
    Func<TextWriter, TRecord, bool, DatasetFileStyle?, CellChanges> writeRecord,
    bool protectFormulas,
    ICollection<Diagnostic> diagnostics) : CsvIncidentWriter(target, diagnostics)
    where TRecord : DatasetRecord
{
    private ValueArray<string> layout;

    protected override DatasetFormat Format => format;

    protected override void Write(Incident incident, string path)
    {
        var record = toRecord(incident, Actors, Diagnostics, layout, path);
        if (!HeaderWritten)
        {
            layout = record.Columns;
            writeHeader(Writer, layout, SourceStyle);
            HeaderWritten = true;
        }

        Changes += writeRecord(Writer, record, protectFormulas, SourceStyle);
    }
}
