using System.Threading.Tasks;
using Sitrep.Incidents;
using Sitrep.Serialization;
using Sitrep.Sources;

namespace Sitrep.Parquet.Tables;

/// <summary>The <c>participants</c> table: one row per actor taking part in an incident, with its role.</summary>
internal static class ParticipantTable
{
    public const string Name = "participants";

    public static Table<ChildRow<Participant>> Create() => new(Name, ChildRows.With<Participant>(
        new TextColumn<ChildRow<Participant>>("actor", r => r.Item.Actor.Value, required: true),
        new TextColumn<ChildRow<Participant>>("role", r => Cells.Name(r.Item.Role), required: true),
        new TextColumn<ChildRow<Participant>>("provenance", r => JsonFragments.Write(r.Item.Provenance))));

    public static async Task ReadAsync(ColumnData data, RowDecoder row, long firstRow, ChildRows.Accept<Participant> accept)
    {
        var (seq, ordinal) = await ChildRows.ReadKeyAsync(data).ConfigureAwait(false);
        var actor = await data.TextAsync("actor").ConfigureAwait(false);
        var role = await data.TextAsync("role").ConfigureAwait(false);
        var provenance = await data.TextAsync("provenance").ConfigureAwait(false);
        for (var i = 0; i < data.Rows; i++)
        {
            row.Next(firstRow + i + 1);
            if (!ChildRows.TryKey(row, seq, ordinal, i, out var sequence, out var position))
            {
                continue;
            }

            var participant = new Participant(row.Id<ActorId>("actor", actor[i]), row.Enum<ParticipantRole>("role", role[i]))
            {
                Provenance = row.List<Provenance>("provenance", provenance[i]),
            };
            if (!row.Failed)
            {
                accept(sequence, position, participant);
            }
        }
    }
}
