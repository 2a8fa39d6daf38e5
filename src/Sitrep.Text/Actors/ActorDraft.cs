using System.Collections.Generic;
using System.Linq;
using Sitrep.Actors;
using Sitrep.Sources;

namespace Sitrep.Text.Actors;

/// <summary>An actor as the text builds it up: a gazetteer actor as given, or a composite with the names and relations seen.</summary>
internal sealed class ActorDraft(ActorId id, string name, ActorKind kind, string? country, Actor? given)
{
    // Made on first use: most drafts never get an alias or a relation.
    private List<string>? aliases;
    private List<(ActorRelationKind Kind, ActorId Target, TextSpan Span)>? relations;

    internal ActorId Id { get; } = id;

    /// <summary>Whether the draft is a gazetteer actor, given as it is.</summary>
    internal bool IsGiven => given is not null;

    internal string Name { get; } = name;

    internal ActorKind Kind { get; } = kind;

    internal string? Country { get; } = country;

    /// <summary>The generic agent class of a composite ("embassy", "group"), for anaphors.</summary>
    internal string? Class { get; set; }

    /// <summary>The place a composite names ("Baghdad" for an embassy in Baghdad).</summary>
    internal string? Place { get; set; }

    /// <summary>What the text calls a person by office ("Kenyan President" for William Ruto), as the actor's description.</summary>
    internal string? Description { get; set; }

    internal void AddAlias(string? alias)
    {
        if (alias is not null && alias != Name && !(aliases?.Contains(alias) ?? false))
        {
            (aliases ??= []).Add(alias);
        }
    }

    internal void AddRelation(ActorRelationKind relation, ActorId target, TextSpan span)
    {
        if (target != Id && !(relations?.Any(r => r.Kind == relation && r.Target == target) ?? false))
        {
            (relations ??= []).Add((relation, target, span));
        }
    }

    /// <summary>The actor for the draft dataset, its provenance pointing into the report.</summary>
    internal Actor ToActor(SourceId source)
    {
        if (given is not null)
        {
            return given;
        }

        return new Actor
        {
            Id = Id,
            Name = Name,
            Kind = Kind,
            Country = Country,
            Description = Description,
            Aliases = aliases is null ? default : ValueArray.From(aliases.Select(a => new ActorAlias(a))),
            Relations = relations is null ? default : ValueArray.From(relations.Select(r => new ActorRelation(r.Kind, r.Target) { Provenance = [new Provenance(source, r.Span)] })),
        };
    }
}
