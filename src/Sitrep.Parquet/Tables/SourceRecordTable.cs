using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Sitrep.Serialization;
using Sitrep.Sources;

namespace Sitrep.Parquet.Tables;

/// <summary>
/// The <c>source_records</c> table: each incident's original row, when kept, one Parquet column per source column
/// (named in <see cref="SourceRecordLayout"/>), so the row costs about what the source file costs compressed and
/// the original columns can be queried as they were.
/// </summary>
internal static class SourceRecordTable
{
    public const string Name = "source_records";

    public static Table<IncidentRow> Create(SourceRecordLayout layout)
    {
        var columns = new List<Column<IncidentRow>>
        {
            new ValueColumn<IncidentRow, long>("incident_seq", r => r.Sequence),
            new TextColumn<IncidentRow>("incident_id", r => r.Incident.Id.Value, required: true, key: true),
            new TextColumn<IncidentRow>("format", r => r.Incident.SourceRecord!.Format, required: true),
        };
        if (layout.IsMixed)
        {
            columns.Add(new TextColumn<IncidentRow>("columns", r => JsonFragments.Write(r.Incident.SourceRecord!.Columns) ?? "[]", required: true));
            columns.Add(new TextColumn<IncidentRow>("values", r => JsonFragments.Write(r.Incident.SourceRecord!.Values) ?? "[]", required: true));
        }
        else
        {
            for (var i = 0; i < layout.Width; i++)
            {
                var index = i;
                columns.Add(new TextColumn<IncidentRow>(layout.FieldNames[i], r => r.Incident.SourceRecord!.Values[index]));
            }
        }

        return new Table<IncidentRow>(Name, columns);
    }

    /// <summary>Reads a row group's original rows, each with the place in the input of the incident it belongs to.</summary>
    public static async Task ReadAsync(ColumnData data, RowDecoder row, long firstRow, SourceRecordLayout layout, Action<long, SourceRecord> accept)
    {
        var seq = await data.ValuesAsync<long>("incident_seq").ConfigureAwait(false);
        var format = await data.TextAsync("format").ConfigureAwait(false);
        var fields = new string?[layout.FieldNames.Count][];
        for (var f = 0; f < fields.Length; f++)
        {
            fields[f] = await data.TextAsync(layout.FieldNames[f]).ConfigureAwait(false);
        }

        for (var i = 0; i < data.Rows; i++)
        {
            row.Next(firstRow + i + 1);
            if (seq[i] is not { } sequence)
            {
                row.Fail("incident_seq", null, "is empty; the reader needs it to put the row back in its incident.");
                continue;
            }

            var name = row.Required("format", format[i]);
            SourceRecord record;
            if (layout.IsMixed)
            {
                record = new SourceRecord(name, row.List<string>("columns", row.Required("columns", fields[0][i])), row.List<string>("values", row.Required("values", fields[1][i])));
            }
            else
            {
                if (name != layout.Format)
                {
                    row.Fail("format", name, $"differs from the file's layout ({layout.Format}).");
                }

                var values = new string[layout.Width];
                for (var f = 0; f < values.Length; f++)
                {
                    values[f] = fields[f][i]!;
                }

                record = new SourceRecord(name, layout.Columns, ValueArray.Create<string>(values));
            }

            if (!row.Failed)
            {
                accept(sequence, record);
            }
        }
    }
}
