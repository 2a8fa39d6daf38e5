using System;
using System.Collections.Generic;
using Sitrep.Actors;

namespace Sitrep.Text.Actors;

/// <summary>The actor mentions of a text, in order, and the actors they refer to.</summary>
internal sealed class ActorAnalysis
{
    private readonly Dictionary<ActorId, ActorDraft> drafts = [];

    internal List<ActorRef> Refs { get; } = [];

    /// <summary>The actors in order of first mention.</summary>
    internal List<ActorDraft> Actors { get; } = [];

    internal ActorDraft Draft(Actor actor)
    {
        if (!drafts.TryGetValue(actor.Id, out var draft))
        {
            draft = new ActorDraft(actor.Id, actor.Name, actor.Kind, actor.Country, actor);
            drafts[actor.Id] = draft;
            Actors.Add(draft);
        }

        return draft;
    }

    internal ActorDraft? Draft(ActorId id) => drafts.GetValueOrDefault(id);

    internal ActorDraft Draft(ActorId id, string name, ActorKind kind, string? country)
    {
        if (!drafts.TryGetValue(id, out var draft))
        {
            draft = new ActorDraft(id, name, kind, country, null);
            drafts[id] = draft;
            Actors.Add(draft);
        }

        return draft;
    }

    /// <summary>The most recent composite of an agent class, for "the groups" or "these factions"; with a place, it must match.</summary>
    internal ActorDraft? LastOfClass(string agentClass, string? place)
    {
        for (var r = Refs.Count - 1; r >= 0; r--)
        {
            if (drafts.TryGetValue(Refs[r].Mention.Actor, out var draft) && draft.Class == agentClass && (place is null || draft.Place == place))
            {
                return draft;
            }
        }

        return null;
    }

    /// <summary>The most recent state mentioned before token <paramref name="before"/>, for "the country".</summary>
    internal Actor? LastState(int before)
    {
        for (var r = Refs.Count - 1; r >= 0; r--)
        {
            if (Refs[r].First < before && Refs[r].Mention.Kind == ActorKind.State && drafts.TryGetValue(Refs[r].Mention.Actor, out var draft))
            {
                return draft.ToActor(default);
            }
        }

        return null;
    }

    /// <summary>A composite whose id extends <paramref name="prefix"/>: "actor:usa-embassy-baghdad" for "actor:usa-embassy-".</summary>
    internal ActorDraft? WithIdPrefix(string prefix)
    {
        foreach (var draft in Actors)
        {
            if (draft.Id.Value.StartsWith(prefix, StringComparison.Ordinal))
            {
                return draft;
            }
        }

        return null;
    }
}
