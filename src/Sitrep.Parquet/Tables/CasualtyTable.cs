using System.Threading.Tasks;
using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Serialization;
using Sitrep.Sources;

namespace Sitrep.Parquet.Tables;

/// <summary>The <c>casualties</c> table: one row per casualty count, its estimate as low/best/high and qualifier.</summary>
internal static class CasualtyTable
{
    public const string Name = "casualties";

    public static Table<ChildRow<CasualtyCount>> Create() => new(Name, ChildRows.With<CasualtyCount>(
        new TextColumn<ChildRow<CasualtyCount>>("outcome", r => Cells.Name(r.Item.Outcome), required: true),
        new TextColumn<ChildRow<CasualtyCount>>("victim_category", r => Cells.Name(r.Item.Victims.Category), required: true),
        new TextColumn<ChildRow<CasualtyCount>>("victim_actor", r => r.Item.Victims.Actor?.Value),
        new TextColumn<ChildRow<CasualtyCount>>("victim_description", r => r.Item.Victims.Description),
        new TextColumn<ChildRow<CasualtyCount>>("qualifier", r => Cells.Name(r.Item.Estimate.Qualifier), required: true),
        new ValueColumn<ChildRow<CasualtyCount>, long>("low", r => r.Item.Estimate.Low),
        new ValueColumn<ChildRow<CasualtyCount>, long>("best", r => r.Item.Estimate.Best),
        new ValueColumn<ChildRow<CasualtyCount>, long>("high", r => r.Item.Estimate.High),
        new TextColumn<ChildRow<CasualtyCount>>("phrase", r => r.Item.Estimate.Phrase),
        new TextColumn<ChildRow<CasualtyCount>>("consolidation_rule", r => r.Item.ConsolidationRule),
        new TextColumn<ChildRow<CasualtyCount>>("provenance", r => JsonFragments.Write(r.Item.Provenance)),
        new TextColumn<ChildRow<CasualtyCount>>("parts", r => JsonFragments.Write(r.Item.Parts))));

    public static async Task ReadAsync(ColumnData data, RowDecoder row, long firstRow, ChildRows.Accept<CasualtyCount> accept)
    {
        var (seq, ordinal) = await ChildRows.ReadKeyAsync(data).ConfigureAwait(false);
        var outcome = await data.TextAsync("outcome").ConfigureAwait(false);
        var category = await data.TextAsync("victim_category").ConfigureAwait(false);
        var actor = await data.TextAsync("victim_actor").ConfigureAwait(false);
        var victims = await data.TextAsync("victim_description").ConfigureAwait(false);
        var qualifier = await data.TextAsync("qualifier").ConfigureAwait(false);
        var low = await data.ValuesAsync<long>("low").ConfigureAwait(false);
        var best = await data.ValuesAsync<long>("best").ConfigureAwait(false);
        var high = await data.ValuesAsync<long>("high").ConfigureAwait(false);
        var phrase = await data.TextAsync("phrase").ConfigureAwait(false);
        var rule = await data.TextAsync("consolidation_rule").ConfigureAwait(false);
        var provenance = await data.TextAsync("provenance").ConfigureAwait(false);

        // Written since counts have parts; a file from before has none to lose.
        var parts = data.Has("parts") ? await data.TextAsync("parts").ConfigureAwait(false) : new string?[data.Rows];
        for (var i = 0; i < data.Rows; i++)
        {
            row.Next(firstRow + i + 1);
            if (!ChildRows.TryKey(row, seq, ordinal, i, out var sequence, out var position))
            {
                continue;
            }

            var count = new CasualtyCount(
                row.Enum<CasualtyOutcome>("outcome", outcome[i]),
                new VictimGroup(row.Enum<VictimCategory>("victim_category", category[i]), RowDecoder.OptionalId<ActorId>(actor[i]), victims[i]),
                new Estimate(row.Enum<EstimateQualifier>("qualifier", qualifier[i]), low[i], best[i], high[i], phrase[i]))
            {
                ConsolidationRule = rule[i],
                Provenance = row.List<Provenance>("provenance", provenance[i]),
                Parts = row.List<CasualtyCount>("parts", parts[i]),
            };
            if (!row.Failed)
            {
                accept(sequence, position, count);
            }
        }
    }
}
