using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sitrep.Datasets.Parsing;

/// <summary>Column name to position, built once per column list and shared by every record of a file.</summary>
internal sealed class ColumnIndex
{
    private static readonly ConditionalWeakTable<string[], ColumnIndex> Cache = [];

    private readonly FrozenDictionary<string, int> positions;

    private ColumnIndex(ValueArray<string> columns)
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Count; i++)
        {
            map.TryAdd(columns[i], i);
        }

        positions = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    internal static ColumnIndex For(ValueArray<string> columns)
    {
        var array = ImmutableCollectionsMarshal.AsArray(columns.Items)!;
        return Cache.GetValue(array, _ => new ColumnIndex(columns));
    }

    internal int IndexOf(string column) => positions.TryGetValue(column, out var i) ? i : -1;
}
