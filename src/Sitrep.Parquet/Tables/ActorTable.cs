using System;
using System.Threading.Tasks;
using Sitrep.Actors;
using Sitrep.Serialization;
using Sitrep.Sources;

namespace Sitrep.Parquet.Tables;

/// <summary>The <c>actors</c> table: one row per actor; aliases and relations as canonical JSON lists.</summary>
internal static class ActorTable
{
    public const string Name = "actors";

    public static Table<Actor> Create() => new(Name, [
        new TextColumn<Actor>("id", a => a.Id.Value, required: true, key: true),
        new TextColumn<Actor>("name", a => a.Name, required: true),
        new TextColumn<Actor>("kind", a => Cells.Name(a.Kind), required: true),
        new TextColumn<Actor>("country", a => a.Country),
        new ValueColumn<Actor, int>("gleditsch_ward", a => a.GleditschWard),
        new ValueColumn<Actor, int>("correlates_of_war", a => a.CorrelatesOfWar),
        new TextColumn<Actor>("description", a => a.Description),
        new TextColumn<Actor>("aliases", a => JsonFragments.Write(a.Aliases)),
        new TextColumn<Actor>("relations", a => JsonFragments.Write(a.Relations)),
        new TextColumn<Actor>("external_ids", a => JsonFragments.Write(a.ExternalIds)),
        new TextColumn<Actor>("provenance", a => JsonFragments.Write(a.Provenance)),
    ]);

    public static async Task ReadAsync(ColumnData data, RowDecoder row, long firstRow, Action<Actor> accept)
    {
        var id = await data.TextAsync("id").ConfigureAwait(false);
        var name = await data.TextAsync("name").ConfigureAwait(false);
        var kind = await data.TextAsync("kind").ConfigureAwait(false);
        var country = await data.TextAsync("country").ConfigureAwait(false);
        var gw = await data.ValuesAsync<int>("gleditsch_ward").ConfigureAwait(false);
        var cow = await data.ValuesAsync<int>("correlates_of_war").ConfigureAwait(false);
        var description = await data.TextAsync("description").ConfigureAwait(false);
        var aliases = await data.TextAsync("aliases").ConfigureAwait(false);
        var relations = await data.TextAsync("relations").ConfigureAwait(false);
        var externalIds = await data.TextAsync("external_ids").ConfigureAwait(false);
        var provenance = await data.TextAsync("provenance").ConfigureAwait(false);
        for (var i = 0; i < data.Rows; i++)
        {
            row.Next(firstRow + i + 1);
            var actor = new Actor
            {
                Id = row.Id<ActorId>("id", id[i]),
                Name = row.Required("name", name[i]),
                Kind = row.Enum<ActorKind>("kind", kind[i]),
                Country = country[i],
                GleditschWard = gw[i],
                CorrelatesOfWar = cow[i],
                Description = description[i],
                Aliases = row.List<ActorAlias>("aliases", aliases[i]),
                Relations = row.List<ActorRelation>("relations", relations[i]),
                ExternalIds = row.List<ExternalId>("external_ids", externalIds[i]),
                Provenance = row.List<Provenance>("provenance", provenance[i]),
            };
            if (!row.Failed)
            {
                accept(actor);
            }
        }
    }
}
