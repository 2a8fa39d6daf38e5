using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using Sitrep.Actors;
using Sitrep.Text.Scanning;

namespace Sitrep.Text.Actors;

/// <summary>The actor mentions of a text, in order, and the actors they refer to, with the indexes the other scanners use.</summary>
internal sealed class ActorAnalysis(int tokenCount) : IDisposable
{
    // Sized for a text's likely number of actors (about one per hundred tokens), so they rarely grow.
    private readonly Dictionary<ActorId, ActorDraft> drafts = new(Math.Max(tokenCount / 128, 4));
    private readonly Dictionary<Actor, ActorDraft> byActor = new(Math.Max(tokenCount / 256, 4), ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, ActorDraft> lastByClass = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Class, string Place), ActorDraft> lastByClassAndPlace = [];
    private readonly Dictionary<string, ActorDraft> byIdPrefix = new(StringComparer.Ordinal);
    private ActorRef[]? sorted;
    private RefIndex? byLast;
    private RefIndex? byFirst;
    private RefIndex? anyByFirst;

    internal List<ActorRef> Refs { get; } = new(Math.Max(tokenCount / 16, 4));

    /// <summary>The actors in order of first mention.</summary>
    internal List<ActorDraft> Actors { get; } = new(Math.Max(tokenCount / 128, 4));

    /// <summary>The last state mentioned so far, for "the country".</summary>
    internal ActorDraft? LastState { get; private set; }

    /// <summary>The first token of the last mention of <see cref="LastState"/>.</summary>
    internal int LastStateAt { get; private set; } = -1;

    /// <summary>The mentions ordered by first token, built once scanning is over.</summary>
    internal ActorRef[] Sorted
    {
        get
        {
            if (sorted is null || sorted.Length != Refs.Count)
            {
                sorted = [.. Refs];
                Array.Sort(sorted, static (a, b) => a.First != b.First ? a.First.CompareTo(b.First) : b.Last.CompareTo(a.Last));
            }

            return sorted;
        }
    }

    /// <summary>Gets, for each last token, the longest mention ending there that is not a modifier.</summary>
    internal RefIndex ByLast => byLast ??= Index(byFirst: false, withModifiers: false);

    /// <summary>Gets, for each first token, the longest mention starting there that is not a modifier.</summary>
    internal RefIndex ByFirst => byFirst ??= Index(byFirst: true, withModifiers: false);

    /// <summary>Gets, for each first token, the longest mention starting there, modifiers included.</summary>
    internal RefIndex AnyByFirst => anyByFirst ??= Index(byFirst: true, withModifiers: true);

    /// <summary>Gives the indexes' arrays back to the pool once the parse is over.</summary>
    public void Dispose()
    {
        byLast?.Release();
        byFirst?.Release();
        anyByFirst?.Release();
    }

    /// <summary>The index in <see cref="Sorted"/> of the first mention starting at or after <paramref name="token"/>.</summary>
    internal int IndexAtOrAfter(int token) => SortedSearch.LowerBound<ActorRef, ByFirstToken>(Sorted, token);

    internal void Add(ActorRef r, ActorDraft draft)
    {
        Refs.Add(r);
        if (draft.Class is { } c)
        {
            lastByClass[c] = draft;

            // "Health officials said ... The officials said": officials of a branch are officials, to "the officials".
            if (c.EndsWith("-officials", StringComparison.Ordinal))
            {
                lastByClass["officials"] = draft;
            }
            if (draft.Place is { } place)
            {
                lastByClassAndPlace[(c, place)] = draft;
            }
        }

        if (draft.Kind == ActorKind.State)
        {
            LastState = draft;
            LastStateAt = r.First;
        }
        else if (draft.Kind == ActorKind.NonStateArmedGroup)
        {
            LastArmedGroup = (draft, r.First);
        }
    }

    /// <summary>Gets the armed group named last and the token its mention starts at ("Al Shabaab militants stormed the building. The group claimed ...").</summary>
    internal (ActorDraft Draft, int At)? LastArmedGroup { get; private set; }

    /// <summary>The mentions by start, the longer first where two start together, otherwise in the order found.</summary>
    internal ValueArray<ActorMention> Mentions()
    {
        var ordered = new (ActorMention Mention, int Found)[Refs.Count];
        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i] = (Refs[i].Mention, i);
        }

        Array.Sort(ordered, static (a, b) =>
            a.Mention.Span.Start != b.Mention.Span.Start ? a.Mention.Span.Start.CompareTo(b.Mention.Span.Start)
            : a.Mention.Span.Length != b.Mention.Span.Length ? b.Mention.Span.Length.CompareTo(a.Mention.Span.Length)
            : a.Found.CompareTo(b.Found));
        var mentions = new ActorMention[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            mentions[i] = ordered[i].Mention;
        }

        return new ValueArray<ActorMention>(ImmutableCollectionsMarshal.AsImmutableArray(mentions));
    }

    internal ActorDraft Draft(Actor actor)
    {
        // Gazetteer actors are shared instances: found by reference before their id is hashed.
        if (byActor.TryGetValue(actor, out var known))
        {
            return known;
        }

        if (!drafts.TryGetValue(actor.Id, out var draft))
        {
            draft = new ActorDraft(actor.Id, actor.Name, actor.Kind, actor.Country, actor);
            Register(draft);
        }

        byActor[actor] = draft;
        return draft;
    }

    internal ActorDraft? Draft(ActorId id) => drafts.GetValueOrDefault(id);

    internal ActorDraft Draft(ActorId id, string name, ActorKind kind, string? country)
    {
        if (!drafts.TryGetValue(id, out var draft))
        {
            draft = new ActorDraft(id, name, kind, country, null);
            Register(draft);
        }

        return draft;
    }

    /// <summary>The most recent composite of an agent class, for "the groups" or "these factions"; with a place, it must match.</summary>
    internal ActorDraft? LastOfClass(string agentClass, string? place) =>
        place is null ? lastByClass.GetValueOrDefault(agentClass) : lastByClassAndPlace.GetValueOrDefault((agentClass, place));

    /// <summary>A composite with a place whose id extends <paramref name="prefix"/>: "actor:usa-embassy-baghdad" for "actor:usa-embassy-".</summary>
    internal ActorDraft? WithIdPrefix(string prefix) => byIdPrefix.GetValueOrDefault(prefix);

    private RefIndex Index(bool byFirst, bool withModifiers) => byFirst
        ? new RefIndex(Refs, tokenCount, static r => r.First, withModifiers ? static _ => true : static r => (r.Use & ActorUse.Modifier) == 0, static (r, known) => r.Last > known.Last)
        : new RefIndex(Refs, tokenCount, static r => r.Last, static r => (r.Use & ActorUse.Modifier) == 0, static (r, known) => r.First < known.First);

    /// <summary>
    /// Files a composite with a place ("actor:usa-embassy-baghdad") under each prefix of its id ("actor:usa-",
    /// "actor:usa-embassy-"), so a later mention without the place finds it; the first so filed keeps a prefix.
    /// </summary>
    internal void RegisterPlaced(ActorDraft draft)
    {
        var id = draft.Id.Value;
        for (var i = id.IndexOf('-', StringComparison.Ordinal); i > 0; i = id.IndexOf('-', i + 1))
        {
            byIdPrefix.TryAdd(id[..(i + 1)], draft);
        }
    }

    private void Register(ActorDraft draft)
    {
        drafts[draft.Id] = draft;
        Actors.Add(draft);
    }

    private readonly struct ByFirstToken : IPositionOf<ActorRef>
    {
        public static int Of(in ActorRef item) => item.First;
    }
}
