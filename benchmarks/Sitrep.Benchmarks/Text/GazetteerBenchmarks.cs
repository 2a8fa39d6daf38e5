using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Sitrep.Actors;
using Sitrep.Text.Actors;

namespace Sitrep.Benchmarks.Text;

/// <summary>
/// Building a gazetteer of 100,000 actors the way a dataset's actors look (many names sharing their first words:
/// "Military Forces of ...", "Unidentified Armed Group (...)", "Protesters (...)"), each with an alias, against the
/// limit: a plain dictionary from lower-case name to actor, which knows nothing of phrases or replacement.
/// </summary>
[MemoryDiagnoser]
public class GazetteerBenchmarks
{
    private static readonly string[] Stems = ["Military Forces of", "Unidentified Armed Group", "Protesters", "Rioters", "Police Forces of", "Civilians", "Militia"];
    private Actor[] actors = [];

    [Params(100_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup() => actors = Enumerable.Range(0, Count).Select(i => new Actor
    {
        Id = new ActorId("actor:" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Name = $"{Stems[i % Stems.Length]} Place{i / Stems.Length} ({2000 + (i % 25)})",
        Kind = ActorKind.NonStateArmedGroup,
        Aliases = [new ActorAlias($"Group {i}", AliasKind.Name)],
    }).ToArray();

    [Benchmark(Baseline = true, Description = "plain dictionary by name (limit)")]
    public int Dictionary()
    {
        var byName = new Dictionary<string, Actor>(System.StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            byName[actor.Name.ToLowerInvariant()] = actor;
            foreach (var alias in actor.Aliases)
            {
                byName[alias.Name.ToLowerInvariant()] = actor;
            }
        }

        return byName.Count;
    }

    [Benchmark(Description = "Sitrep Gazetteer.FromActors")]
    public int Gazetteer() => Sitrep.Text.Actors.Gazetteer.FromActors(actors).Actors.Count;
}
