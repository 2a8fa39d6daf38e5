using System.Threading.Tasks;

namespace Sitrep.Parquet.Tables;

/// <summary>What every part table (casualties, participants, attributions) begins with: the incident and the part's place in its list.</summary>
internal static class ChildRows
{
    public static Column<ChildRow<T>>[] Key<T>() => [
        new ValueColumn<ChildRow<T>, long>("incident_seq", r => r.Owner.Sequence),
        new TextColumn<ChildRow<T>>("incident_id", r => r.Owner.Incident.Id.Value, required: true, key: true),
        new ValueColumn<ChildRow<T>, int>("ordinal", r => r.Ordinal),
    ];

    /// <summary>Reads the key columns of a row group.</summary>
    public static async Task<(long?[] Seq, int?[] Ordinal)> ReadKeyAsync(ColumnData data)
    {
        var seq = await data.ValuesAsync<long>("incident_seq").ConfigureAwait(false);
        var ordinal = await data.ValuesAsync<int>("ordinal").ConfigureAwait(false);
        return (seq, ordinal);
    }

    /// <summary>Checks a row's key; a row without one cannot be put back in its incident and is rejected.</summary>
    public static bool TryKey(RowDecoder row, long?[] seq, int?[] ordinal, int i, out long sequence, out int position)
    {
        sequence = seq[i] ?? -1;
        position = ordinal[i] ?? -1;
        if (seq[i] is null || ordinal[i] is null)
        {
            row.Fail(seq[i] is null ? "incident_seq" : "ordinal", null, "is empty; the reader needs it to put the row back in its incident.");
            return false;
        }

        return true;
    }

    /// <summary>Builds a part table's columns: the key, then the part's own.</summary>
    public static Column<ChildRow<T>>[] With<T>(params Column<ChildRow<T>>[] own) => [.. Key<T>(), .. own];

    /// <summary>A helper for the readers: the same action for each accepted part.</summary>
    public delegate void Accept<in T>(long sequence, int ordinal, T item);
}
