using System.Threading.Tasks;
using Sitrep.Incidents;
using Sitrep.Serialization;
using Sitrep.Sources;

namespace Sitrep.Parquet.Tables;

/// <summary>The <c>attributions</c> table: one row per attribution (claimed, blamed, denied, ...), its actors as JSON lists of ids.</summary>
internal static class AttributionTable
{
    public const string Name = "attributions";

    public static Table<ChildRow<Attribution>> Create() => new(Name, ChildRows.With<Attribution>(
        new TextColumn<ChildRow<Attribution>>("state", r => Cells.Name(r.Item.State), required: true),
        new TextColumn<ChildRow<Attribution>>("perpetrators", r => JsonFragments.Write(r.Item.Perpetrators)),
        new ValueColumn<ChildRow<Attribution>, bool>("is_joint", r => r.Item.IsJoint),
        new TextColumn<ChildRow<Attribution>>("attributed_by", r => JsonFragments.Write(r.Item.AttributedBy)),
        new TextColumn<ChildRow<Attribution>>("statements", r => JsonFragments.Write(r.Item.Statements)),
        new ValueColumn<ChildRow<Attribution>, bool>("is_official", r => r.Item.IsOfficial),
        new TextColumn<ChildRow<Attribution>>("provenance", r => JsonFragments.Write(r.Item.Provenance))));

    public static async Task ReadAsync(ColumnData data, RowDecoder row, long firstRow, ChildRows.Accept<Attribution> accept)
    {
        var (seq, ordinal) = await ChildRows.ReadKeyAsync(data).ConfigureAwait(false);
        var state = await data.TextAsync("state").ConfigureAwait(false);
        var perpetrators = await data.TextAsync("perpetrators").ConfigureAwait(false);
        var joint = await data.ValuesAsync<bool>("is_joint").ConfigureAwait(false);
        var by = await data.TextAsync("attributed_by").ConfigureAwait(false);
        var statements = await data.TextAsync("statements").ConfigureAwait(false);
        var official = await data.ValuesAsync<bool>("is_official").ConfigureAwait(false);
        var provenance = await data.TextAsync("provenance").ConfigureAwait(false);
        for (var i = 0; i < data.Rows; i++)
        {
            row.Next(firstRow + i + 1);
            if (!ChildRows.TryKey(row, seq, ordinal, i, out var sequence, out var position))
            {
                continue;
            }

            var attribution = new Attribution(row.Enum<AttributionState>("state", state[i]))
            {
                Perpetrators = row.List<ActorId>("perpetrators", perpetrators[i]),
                IsJoint = joint[i] ?? false,
                AttributedBy = row.List<ActorId>("attributed_by", by[i]),
                Statements = row.List<StatementId>("statements", statements[i]),
                IsOfficial = official[i] ?? false,
                Provenance = row.List<Provenance>("provenance", provenance[i]),
            };
            if (!row.Failed)
            {
                accept(sequence, position, attribution);
            }
        }
    }
}
