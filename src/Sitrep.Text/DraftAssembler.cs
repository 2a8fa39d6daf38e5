using System;
using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using NodaTime;
using Sitrep.Actors;
using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Sources;
using Sitrep.Statements;
using Sitrep.Temporal;
using Sitrep.Text.Actors;
using Sitrep.Text.Casualties;
using Sitrep.Text.Dates;
using Sitrep.Text.Events;
using Sitrep.Text.Numbers;
using Sitrep.Text.Places;
using Sitrep.Text.Scanning;
using Sitrep.Text.Statements;

namespace Sitrep.Text;

/// <summary>Groups the mentions of a report into draft incidents and statements (see <see cref="ReportParser"/>).</summary>
internal sealed class DraftAssembler(
    TextDocument document,
    ReportContext context,
    Source source,
    ActorAnalysis actors,
    ValueArray<DateMention> dates,
    int[] dateTokens,
    List<CasualtyMention> casualties,
    List<StatementFind> statements,
    List<EventFind> events,
    bool[]? timedTokens = null,
    int leadStart = 0,
    LocalDate? published = null,
    List<CasualtyMention>? parts = null)
{
    private static readonly FrozenSet<string> PerpetrationVerbs = FrozenSet.ToFrozenSet<string>(
        ["carried", "launched", "conducted", "staged", "mounted", "fired", "claimed", "detonated", "planted", "exploded"], StringComparer.Ordinal);

    // The words an incident is measured against an earlier one by ("the deadliest attack since March 2011").
    private static readonly FrozenSet<string> Superlatives = FrozenSet.ToFrozenSet<string>(
        ["deadliest", "bloodiest", "worst", "biggest", "largest", "heaviest", "fiercest", "first", "most", "highest", "lowest",
            "strongest", "longest", "greatest", "latest", "last", "costliest", "severest", "gravest", "boldest", "widest"], StringComparer.Ordinal);

    // The words that tell how long before a clause of time's "after" or "before" ("a day after", "just hours after").
    private static readonly FrozenSet<string> HowLongWords = FrozenSet.ToFrozenSet<string>(
        ["a", "an", "one", "two", "three", "day", "days", "hour", "hours", "week", "weeks", "month", "months", "minutes", "moments", "just", "only", "shortly", "soon",
            "barely", "nearly", "almost"],
        StringComparer.Ordinal);

    // The words that open a clause of time: an event told in one is not the main clause's.
    private static readonly FrozenSet<string> ClauseOfTimeWords = FrozenSet.ToFrozenSet<string>(
        ["after", "before", "since", "until", "when", "while", "as", "once"], StringComparer.Ordinal);

    // The words that tell an act done in answer to another ("fired rockets in retaliation"): a new event, not the one told on.
    private static readonly FrozenSet<string> ResponseWords = FrozenSet.ToFrozenSet<string>(
        ["retaliation", "retaliated", "retaliate", "retaliating", "retaliatory", "reprisal", "reprisals", "response", "responded", "revenge"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> TargetedVerb = FrozenSet.ToFrozenSet<string>(["targeted"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> PerceptionVerbs = FrozenSet.ToFrozenSet<string>(["heard", "saw", "witnessed", "reported", "filmed"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> OffsetUnits = FrozenSet.ToFrozenSet<string>(["hours", "minutes", "moments", "hour", "minute", "shortly"], StringComparer.Ordinal);

    private static readonly LexemeFact IsOffsetUnit = new(OffsetUnits.Contains);

    private static readonly StartSet OffsetUnitTokens = new([IsOffsetUnit]);

    // The words a tally is told with ("since", "so far", "to date"): a report without them has no tally to look for.
    private static readonly StartSet TallyTokens = new([new LexemeFact(w => w is "since" or "far" or "date" or "this")]);

    private static readonly FrozenSet<string> StatementNouns = FrozenSet.ToFrozenSet<string>(["announcement", "statement", "declaration", "decision", "speech", "remarks"], StringComparer.Ordinal);

    private const int Window = TextDocument.Window;

    private readonly TokenList tokens = document.Tokens;
    private readonly RefIndex refsByLast = actors.ByLast;
    // The event words' tokens, ascending, and the incident each belongs to.
    private readonly List<int> triggerTokens = [];
    private readonly List<IncidentDraft> triggerIncidents = [];
    private readonly Dictionary<int, TemporalValue?> relativeBySentence = [];
    private readonly SourceId sourceId = source.Id;
    private readonly List<IncidentDraft> incidents = [];
    private readonly RefIndex refsByFirst = actors.ByFirst;
    private static readonly Actor UnknownSpeaker = new() { Id = new ActorId("actor:unknown"), Name = "Unknown (the text does not say)", Kind = ActorKind.Unknown };

    private readonly HashSet<ActorId> used = [];

    // The place phrases FindPlaces read, in order of their prepositions' tokens, for the incidents' places.
    private readonly List<PlaceFind> placesRead = [];

    // The last description made, by its window's first and last tokens: the incidents of one sentence share it.
    private (int First, int Last, string Text) lastDescription = (-1, -1, string.Empty);
    private bool unknownSpeaker;

    internal List<RelativeTimeMention> RelativeTimes { get; } = [];

    internal List<PlaceMention> Places { get; } = [];

    internal List<StatementMention> Statements { get; } = [];

    internal Dataset Assemble()
    {
        FindPlaces();

        // Incidents from event words, in order; "the strike" refers to the last one.
        foreach (var e in events)
        {
            var undated = IsUndatedVerb(e);

            // "Hundreds of students protested in Imphal on Monday ... Police fired tear gas to disperse them": force used on
            // the crowd of the protest told just before is part of that protest, not of an attack told before it.
            if (CrowdDispersed(e) is { } dispersed)
            {
                triggerTokens.Add(e.Trigger);
                triggerIncidents.Add(dispersed);
                continue;
            }

            // "The president condemned the bombing", after a series named since the bombing told ("have carried out a string
            // of bombings in recent months"): one event referred to is the latest single incident, not the series.
            var single = e.Mention.IsReference && !e.Mention.IsPlural;
            if ((e.Mention.IsReference || (undated && IsFollowOn(e)) ? (single ? LastViolent(e.Mention.Type, single: true) : null) ?? LastViolent(e.Mention.Type) : PluralReferenceOf(e)) is { } referred
                && !(!e.Mention.IsReference && IsResponseTo(e, referred)))
            {
                // "A car bomb exploded outside a hotel ... Al Shabaab militants then stormed the building": who did what
                // the event told on tells is who did the event.
                // Not one in a clause of time ("The strike came hours after Houthi fighters shelled a market"); a clause set
                // off after the subject is passed over ("The Rapid Support Forces, which have besieged El Fasher since May,
                // fired artillery").
                var subjectEnd = e.First == e.Trigger ? SubjectModifier.SubjectBefore(document, e.First - 1) + 1 : e.First;
                if (undated && !e.Mention.IsReference && IsFollowOn(e) && !document.AnyWordIn(Math.Max(document.SentenceStart[e.First], subjectEnd - 8), subjectEnd, ClauseOfTimeWords))
                {
                    AddParticipantsAround(referred, e);
                }

                triggerTokens.Add(e.Trigger);
                triggerIncidents.Add(referred);
                continue;
            }

            // "Militants attacked a base using a car bomb", "the attackers used a car bomb to breach the gate": a weapon
            // the event was done with is its means, not an event of its own.
            if (InstrumentOf(e) is { } usedIn)
            {
                JoinTo(usedIn, e);
                continue;
            }

            // "Militants stormed a police station, killing 10 officers in a gunbattle that lasted hours": an event told as
            // the manner of the one before it in the sentence is that incident, not one of its own.
            if (MannerOf(e) is { } mannerOf)
            {
                // "Boko Haram insurgents killed 37 farmers and abducted several women in an attack": the attack, of which
                // the abduction is part.
                // Not an abduction that harmed no one else in its sentence ("Gunmen abducted 87 people in a raid on a village").
                if (SaysMoreThan(e.Mention.Type, mannerOf.Type) || (mannerOf.Type == IncidentType.Abduction && e.Mention.Type is not (IncidentType.Protest or IncidentType.Riot or IncidentType.Arrest)
                    && KilledOrInjuredIn(e.Trigger)))
                {
                    mannerOf.Type = e.Mention.Type;
                }

                JoinTo(mannerOf, e);
                continue;
            }

            // "Five soldiers and two rebels were killed in a clash ..., blaming the rebels for what it called an ambush", "The
            // rebels denied that they had set an ambush": the event told before, as a side calls it or denies doing it.
            if (CalledOrDeniedSo(e) is { } calledOf)
            {
                JoinTo(calledOf, e);
                continue;
            }

            // "Fighters attacked a village on Sunday, ... the latest in a string of assaults", "Gunmen killed 12 villagers,
            // the latest in a series of attacks": the series names the event told, one of it, not the series; it types the
            // incident of its sentence (or of the one before), or one of its own that is no series.
            var oneOfSeries = e.Mention.IsPlural && IsOneOfSeries(e.First);
            if (oneOfSeries && incidents.Count > 0 && incidents[^1] is { Plural: false } seriesOf && document.Sentence[e.Trigger] - seriesOf.Sentence <= 1)
            {
                if (seriesOf.Type is IncidentType.Unknown)
                {
                    seriesOf.Type = e.Mention.Type;
                }

                JoinTo(seriesOf, e);
                continue;
            }

            // "Kenyan police fired tear gas and live rounds at protesters on Tuesday ..., and a rights group said at least
            // five people were shot dead": a passive verb of attack with no date of its own after it, in the sentence of
            // the attack told before it (past a protest), tells that attack's harm.
            if (IsPassiveAt(e.First) && LastViolent(e.Mention.Type) is { Plural: false } struck && struck.Sentence == document.Sentence[e.Trigger]
                && struck.Anchor < e.First && (struck.Type == e.Mention.Type || e.Mention.Type == IncidentType.Attack)
                && !(DateIn(e.Trigger) is { } own && document.TokenAt(own.Span.Start) > e.First && document.Sentence[document.TokenAt(own.Span.Start)] == struck.Sentence))
            {
                JoinTo(struck, e);
                continue;
            }

            // "RSF fighters stormed the village, shelling homes for three hours": a participle after a comma that tells how
            // the attack told just before it was done is that incident, typed by it when it says more.
            if (ParticipleOf(e) is { } participleOf)
            {
                if (SaysMoreThan(e.Mention.Type, participleOf.Type))
                {
                    participleOf.Type = e.Mention.Type;
                }

                JoinTo(participleOf, e);
                continue;
            }

            // "Separatist militants stormed a bus, forced travellers off and shot dead 23 of them": a verb of attack joined by
            // "and" to the one before it in its sentence, with no subject of its own, is more of that incident.
            if (CoordinateOf(e) is { } coordinateOf)
            {
                if (SaysMoreThan(e.Mention.Type, coordinateOf.Type))
                {
                    coordinateOf.Type = e.Mention.Type;
                }

                JoinTo(coordinateOf, e);
                continue;
            }

            // "Militants attacked a base on Tuesday ... Tuesday's attack was the deadliest this year": an event named by its
            // day in a later sentence is the incident told before it, when that one has no day of its own or one next to
            // the named day (a strike overnight is Thursday's strike); the day dates it when nothing else does.
            if (!e.Mention.IsPlural && PossessiveDayAt(e.Mention.Span.Start) is { } named && LastViolent(e.Mention.Type) is { } earlier
                && earlier.Sentence < document.Sentence[e.Trigger] && !earlier.Plural
                && (DateIn(earlier.Anchor) is not { } earlierDay || !Apart(earlierDay.Value, named, 1)))
            {
                earlier.NamedDay ??= named;
                triggerTokens.Add(e.Trigger);
                triggerIncidents.Add(earlier);
                continue;
            }

            // "Police fired tear gas to disperse thousands of garment workers ... The protesters blocked a highway and threw
            // stones at police": the crowd of the protest told just before, named again, rioting is that protest; the
            // riot types it.
            // So does it setting fire to things or smashing them ("The protesters set fire to the headquarters of the state
            // broadcaster"): a riot.
            if (e.Mention.Type is IncidentType.Protest or IncidentType.Riot or IncidentType.PropertyDestruction && !e.Mention.IsPlural && incidents.Count > 0
                && incidents[^1] is { Plural: false, Type: IncidentType.Protest or IncidentType.Riot } protest
                && document.Sentence[e.Trigger] - protest.Sentence is >= 0 and <= 2 && EventScanner.CrowdNamedAgain(document, e.Trigger)
                && !(DateIn(e.Trigger) is { } crowdDay && document.Sentence[document.TokenAt(crowdDay.Span.Start)] == document.Sentence[e.Trigger]
                    && DateIn(protest.Anchor) is { } protestDay && Apart(crowdDay.Value, protestDay.Value, 0)))
            {
                if (e.Mention.Type is IncidentType.Riot or IncidentType.PropertyDestruction)
                {
                    protest.Type = IncidentType.Riot;
                }

                JoinTo(protest, e);
                continue;
            }

            // "Five soldiers were killed at a checkpoint on Sunday. Al Shabaab claimed the attack hours later.": the
            // first event word, a reference, refers to the main event, whose toll the report told first with no event
            // word of its own; the incident is that event's, told at its toll, and the toll's figures join it.
            // So does a verb of attack told without a date of its own after the toll ("A Taliban leader was killed ... on
            // Thursday. During the operation, the leader opened fire on the security force"): the same event, told on.
            // What something was called ("It was the fifth attack on the line this year", "It was a suicide attack") with
            // no event before it to name types a toll of harm told before it, and no other ("Police detained two
            // suspects. ... It was a deliberate attack" is no arrest): with none, it tells an event of its own.
            var calledSo = e.Mention.IsReference && EventScanner.NamesTheEventTold(document, e.First);
            var namesNoToll = calledSo && LastViolent(e.Mention.Type) is null
                && !(FirstCasualtyBefore(e.Trigger) is not null && casualties[0].Outcome is CasualtyOutcome.Killed or CasualtyOutcome.Injured);
            if (!namesNoToll && (e.Mention.IsReference || undated || PluralRetoldOpening(e)) && LastViolent(e.Mention.Type) is null && FirstCasualtyBefore(e.Trigger) is { } toldAt)
            {
                var told = NewIncident(e.Mention.Type, toldAt, new Provenance(sourceId, e.Mention.Span));
                told.Means.AddRange(e.Mention.Means);
                told.Plural = e.Mention.IsPlural;
                told.Description = SentenceText(toldAt);
                AddParticipantsAround(told, e);
                triggerTokens.Add(toldAt);
                triggerIncidents.Add(told);
                triggerTokens.Add(e.Trigger);
                triggerIncidents.Add(told);
                continue;
            }

            // After other event words (a background's "attacks"), a verb told on about the main event without a date
            // ("During the operation, the insurgent leader opened fire on the security force, ... killing the leader")
            // is left for the incident of the report's first toll, made below.
            // Not one told at another place ("In Kharkiv, a guided bomb hit a residential building ... In the city of Sumy, a
            // drone struck a bus station, killing one person").
            if (undated && FirstCasualtyBefore(e.Trigger) is not null && !IsResponseTo(e, LastViolent(e.Mention.Type))
                && !(LastViolent(e.Mention.Type) is { } toldBefore && SentencePlacedElsewhere(e.Trigger, toldBefore)))
            {
                (toldOn ??= []).Add(e);
                continue;
            }

            // "Al Shabaab gunmen stormed a hotel ... after a suicide car bomber rammed its gate": the blast that opened the
            // assault told in a clause of "after" in its sentence is the assault's.
            if (PreludeOf(e) is { } assault)
            {
                JoinTo(assault, e);
                continue;
            }

            // "Security forces ended the siege on Saturday morning after a 14-hour battle": a fight told in a sentence that
            // tells the incident before it again ("the siege"), on its day or the next, is that incident's end.
            if (FightOfRetelling(e) is { } foughtOut)
            {
                JoinTo(foughtOut, e);
                continue;
            }

            // "The attack began late Thursday in Pont-Sondé, when members of the Gran Grif gang opened fire on residents": an
            // event told in a clause of "when" after an event word of its sentence is that event, told in detail.
            if (WhenClauseOf(e) is { } whenOf)
            {
                TellOn(whenOf, e);
                continue;
            }

            // "An Israeli strike on a school killed 22 people ... The Israeli military said it had carried out a "precise
            // strike" on Hamas militants": the speaker's account of its own strike told before, one or two sentences on (up
            // to five when no incident was told since), at no other place or day.
            if (!e.Mention.IsPlural && OwnAccountAt(e.First) && LastViolent(e.Mention.Type) is { Plural: false } accounted
                && (accounted.Type == e.Mention.Type || (accounted.Type is IncidentType.Attack or IncidentType.Strike && e.Mention.Type is IncidentType.Attack or IncidentType.Strike))
                && (document.Sentence[e.Trigger] - accounted.Sentence is 1 or 2 || (ReferenceEquals(accounted, incidents[^1]) && document.Sentence[e.Trigger] - accounted.Sentence is > 0 and <= 5))
                && !SentencePlacedElsewhere(e.Trigger, accounted, namedOnly: true)
                && !(DateIn(e.Trigger) is { } accountDay && document.Sentence[document.TokenAt(accountDay.Span.Start)] == document.Sentence[e.Trigger]))
            {
                TellOn(accounted, e);
                continue;
            }

            // "A car bomb exploded outside a hotel ... A second blast followed 20 minutes later": one more blast of the bombing
            // or explosion told up to two sentences before, at no other place or day, is that incident's.
            if (e.Mention.Type is IncidentType.Explosion or IncidentType.Bombing && !e.Mention.IsPlural && IsFurtherBlast(e.First)
                && LastViolent(e.Mention.Type) is { Plural: false, Type: IncidentType.Explosion or IncidentType.Bombing } blasted
                && document.Sentence[e.Trigger] - blasted.Sentence is >= 0 and <= 2 && !SentencePlacedElsewhere(e.Trigger, blasted)
                && !(DateIn(e.Trigger) is { } blastDay && document.Sentence[document.TokenAt(blastDay.Span.Start)] == document.Sentence[e.Trigger]
                    && !(DateIn(blasted.Anchor) is { } firstDay && !Apart(blastDay.Value, firstDay.Value, 0))))
            {
                JoinTo(blasted, e);
                continue;
            }

            // "Rebels attacked a military base ... Soldiers repelled the attackers after a two-hour firefight": the fight with
            // the doers of the attack told just before, named again, is that attack, told on.
            if (AgainstDoersToldBefore(e) is { } foughtIn)
            {
                TellOn(foughtIn, e);
                continue;
            }

            // "Suspected jihadists ... attacked a bus carrying passengers ... The bus was traveling ... on Friday afternoon
            // when gunmen opened fire on it": an event that tells again of what the incident before it struck ("the bus")
            // is that incident told in detail; the day it gives dates it.
            if (RetoldTarget(e) is { } retoldOf)
            {
                TellOn(retoldOf, e);
                (retoldTargets ??= []).Add(e.Trigger);
                continue;
            }

            var series = incidents.Count > 0 ? incidents[^1] : null;
            var incident = NewIncident(e.Mention.Type, e.Trigger, new Provenance(sourceId, e.Mention.Span));
            incident.Means.AddRange(e.Mention.Means);
            incident.Plural = e.Mention.IsPlural && !oneOfSeries && !OnOneSiteOnOneDay(e);
            incident.Description = SentenceText(e.Trigger);
            AddParticipantsAround(incident, e);
            OneOfTheSeries(incident, series, e);
            triggerTokens.Add(e.Trigger);
            triggerIncidents.Add(incident);
        }

        // Relative times need statement dates, so statements are dated first.
        FindRelativeTimes();

        // Casualty counts join the event of their sentence, or start an incident of their own.
        // "killing two and wounding five" with no event word: one incident for the sentence's figures.
        (int At, IncidentDraft Incident)? lastWithoutEvent = null;
        (VictimGroup Group, TextSpan Whole)? amongCounted = null;
        var placed = new List<(CasualtyMention Mention, IncidentDraft Incident, CasualtyCount Count)>(casualties.Count);
        var anyCumulative = false;
        var casualtyIndex = -1;
        foreach (var casualty in casualties)
        {
            casualtyIndex++;
            var at = document.TokenAt(casualty.Span.Start);

            // "a wave of violence that has killed more than 50 Palestinians since January", "Jihadist attacks have
            // killed thousands": a toll run up over time is a series of its own, not the figure of the event beside it.
            var cumulative = IsCumulative(casualty, at);

            // "The floods have killed at least 17 people and forced 40,000 from their homes": a figure of the next verb
            // of the same perfect is of the same run-up toll.
            IncidentDraft? runUp = null;
            // So is one after "and left" ("have killed 14 people this week and left thousands homeless").
            if (!cumulative && placed.Count > 0 && cumulativeTolls?.Contains(placed[^1].Mention) == true
                && ((document.Word(at - 1) == "and" && document.Word(at) == casualty.Predicate) || (document.Word(at - 1) is "left" or "forced" && document.Word(at - 2) == "and"))
                && document.Sentence[document.TokenAt(placed[^1].Mention.Span.Start)] == document.Sentence[at])
            {
                (cumulative, runUp) = (true, placed[^1].Incident);
                cumulativeTolls.Add(casualty);
            }

            // "where sectarian clashes have killed dozens of people in recent months": a run-up toll whose subject is an
            // event told in the plural is that series' toll.
            // (Past a phrase after the event word: "Revenge attacks between the communities have killed hundreds".)
            if (cumulative && runUp is null && document.Word(at) == casualty.Predicate && SubjectEnd(at) is var subjectEnd && subjectEnd >= 0
                && document.Nearest(CollectionsMarshal.AsSpan(triggerTokens), subjectEnd) is var told && told >= 0
                && (triggerTokens[told] == subjectEnd || (triggerTokens[told] < subjectEnd && subjectEnd - triggerTokens[told] <= 6 && triggerTokens[told] >= document.SentenceStart[at]
                    && document.Word(triggerTokens[told] + 1) is "between" or "in" or "on" or "against" or "across" or "by"))
                && triggerIncidents[told] is { Plural: true } series)
            {
                runUp = series;
                (cumulativeIncidents ??= new(ReferenceEqualityComparer.Instance)).Add(series);
                (cumulativeTolls ??= new(ReferenceEqualityComparer.Instance)).Add(casualty);
            }

            anyCumulative |= cumulative;
            var incident = cumulative ? runUp : NearestIncident(at, casualty);
            var fled = false;

            // "The death toll climbed to 85 on Sunday, bringing the number of people killed in attacks this month to ...":
            // a toll that rose is of the event whose figure it raises, not of a series named after it in its sentence (as
            // "The death toll from Thursday's bombings rose to 40" is of the bombings).
            if (incident is { Plural: true } namedSeries && !cumulative && CasualtyTotals.IsRisenToll(casualty) && placed.Count > 0
                && !EventWordOfBetween(namedSeries, document.SentenceStart[at], document.TokenAt(casualty.CountSpan.End))
                && LastPlaced(placed, casualty.Outcome, document.Sentence[at] - 3) is { Incident: { Plural: false } raised })
            {
                incident = raised;
            }

            // "A missile killed 11 people on Monday. Rescue workers pulled two bodies from the rubble overnight, bringing the
            // toll to 13": the dead found, and the toll they raise, are of the incident whose toll it is (the last figure of
            // that outcome, up to three sentences back), whatever day they were found on.
            if (incident is null && !cumulative && placed.Count > 0 && (CasualtyTotals.IsRaisedToll(casualty) || RaisesTollAfter(casualtyIndex))
                && LastPlaced(placed, casualty.Outcome, document.Sentence[at] - 3) is { Incident: var tollOf } && OneTimesEvent(tollOf))
            {
                incident = tollOf;
                lastWithoutEvent = (at, incident);
            }

            if (incident is null && !cumulative && lastWithoutEvent is { } previous && document.Sentence[previous.At] == document.Sentence[at] && at - previous.At <= Window)
            {
                incident = previous.Incident;
            }

            // "The BLA claimed responsibility for the attacks ... It said it had killed more than 100 soldiers": the figure a
            // claimant gives, with no event word of its sentence, is its count of the attack told last before its claim
            // (up to two sentences back).
            if (incident is null && !cumulative && !EventInSentence(at) && ToldInClaim(casualty.Span) && LastViolent(IncidentType.Attack, single: true) is { Type: not IncidentType.Unknown } claimedOf
                && document.Sentence[at] - claimedOf.Sentence is >= 0 and <= 2)
            {
                incident = claimedOf;
            }

            // "Gunmen stormed the mall on Saturday. At least 67 people were killed.": the toll told in the sentence after an
            // event told without one joins it, when it is of harm and has no date of its own, or the event's day ("Later
            // on Thursday, the governor said 187 pupils were still missing").
            // Not one told hours later by armed men of its own ("Hours later, security forces killed 21 militants").
            if (incident is null && !cumulative && casualty.Outcome is CasualtyOutcome.Killed or CasualtyOutcome.Injured or CasualtyOutcome.Missing && TollOfEventBefore(at, casualty.Outcome, casualty.Category, OtherSourcesFigure(casualty, at) ? casualty.Count.Low ?? casualty.Count.Best ?? 0 : null, stated: casualty.Count.IsUnknown || casualty.Count.Best == 0) is { } waiting
                && !ToldLaterByOwnDoers(casualty, at)
                && (OwnDateIn(at) is not { } ownDay || (DateIn(waiting.Anchor) is { } waitingDay && waitingDay.Value.StartDate == ownDay.Value.StartDate)))
            {
                incident = waiting;
                lastWithoutEvent = (at, incident);
            }

            // "Cattle raiders killed at least 32 people in an attack on a village ... The attackers, believed to be from a
            // rival community, also stole hundreds of cows and abducted 12 children": what the attackers told back did, in
            // a sentence they open, one or two sentences on and on no day of its own, is of their attack.
            if (incident is null && !cumulative && casualty.Outcome is CasualtyOutcome.Abducted or CasualtyOutcome.Injured or CasualtyOutcome.Killed
                && OpenedByAttackersToldBack(at) && LastViolent(IncidentType.Attack, single: true) is { } attackedBy && document.Sentence[at] - attackedBy.Sentence is 1 or 2
                && OwnDateIn(at) is null && !EventInSentence(at))
            {
                incident = attackedBy;
                lastWithoutEvent = (at, incident);
            }

            // "... killed 21 soldiers in an ambush. Another 14 soldiers were wounded and four are missing.": figures told
            // as more of the same people join the incident of the figure before them.
            // Not more of them told at another place ("Another eight people were killed in Sake"): another incident.
            if (incident is null && !cumulative && placed.Count > 0 && IsMoreOfTheSame(casualty, document.Sentence[at] - document.Sentence[document.TokenAt(placed[^1].Mention.Span.Start)])
                && !PlacedElsewhere(at, placed[^1].Incident))
            {
                incident = placed[^1].Incident;
                lastWithoutEvent = (at, incident);
            }

            // "... killing at least 15 people. Twelve children were among the dead.": some of the people counted before,
            // in the incident of the last figure of that outcome, up to three sentences back.
            if (incident is null && !cumulative && placed.Count > 0 && IsBreakdown(casualty) && LastPlaced(placed, casualty.Outcome, document.Sentence[at] - 3) is { } counted)
            {
                incident = counted.Incident;
                lastWithoutEvent = (at, incident);
            }

            // "... killing several of the insurgents. ... the Taliban leader Nek Mohammad was killed during the mission on
            // Sunday": one person the text names, told with no event of its own after a larger figure of the same
            // outcome up to three sentences back, on no other day, is one of those counted.
            // "Gang members killed at least 70 people in an attack on the town on Thursday. More than 6,000 people fled the
            // town.": people who fled, told with no event or other day of their own ("since Saturday", the day of the
            // figure, is none) up to three sentences after a figure, with no other incident's event word between, fled
            // that figure's incident; not one of years back.
            if (incident is null && !cumulative && casualty.Outcome == CasualtyOutcome.Displaced && placed.Count > 0
                && document.Sentence[at] - document.Sentence[document.TokenAt(placed[^1].Mention.Span.Start)] <= 3
                && !OtherIncidentBetween(document.TokenAt(placed[^1].Mention.Span.Start), at, placed[^1].Incident)
                && !(DateIn(document.TokenAt(placed[^1].Mention.Span.Start)) is { } countedOn && YearsBack(countedOn.Value))
                && SameDayOrNone(at, document.TokenAt(placed[^1].Mention.Span.Start)))
            {
                incident = placed[^1].Incident;
                lastWithoutEvent = (at, incident);
                fled = true;
            }

            if (incident is null && !cumulative && placed.Count > 0 && IsOneNamedPerson(casualty) && LastPlaced(placed, casualty.Outcome, document.Sentence[at] - 3) is { } larger
                && (larger.Mention.Count.Low ?? larger.Mention.Count.Best ?? 0) > 1 && SameDayOrNone(at, document.TokenAt(larger.Mention.Span.Start)))
            {
                incident = larger.Incident;
                lastWithoutEvent = (at, incident);
                amongCounted = (larger.Count.Victims, larger.Mention.Span);
            }

            if (incident is null)
            {
                incident = NewIncident(IncidentType.Unknown, at, new Provenance(sourceId, casualty.Span));

                // "after one on Thursday killed seven people", "before another on Monday", "the deadliest shooting since
                // July 2012, when 12 people were killed": one more event of the kind named before the clause.
                if (!cumulative && document.Nearest(CollectionsMarshal.AsSpan(triggerTokens), at) is var n && n >= 0 && triggerTokens[n] < at
                    && OtherDayBetween(triggerTokens[n], at) is var clause && clause >= 0 && (document.Word(clause + 1) is "one" or "another" || document.Word(clause) == "since"))
                {
                    incident.Type = triggerIncidents[n].Type;
                }

                lastWithoutEvent = cumulative ? null : (at, incident);
                if (cumulative)
                {
                    (cumulativeTolls ??= new(ReferenceEqualityComparer.Instance)).Add(casualty);
                    (cumulativeIncidents ??= new(ReferenceEqualityComparer.Instance)).Add(incident);
                }
            }

            var count = CountOf(casualty, at, incident);
            if (fled)
            {
                (fledAfter ??= new(ReferenceEqualityComparer.Instance)).Add(count);
            }

            // "killed 11 civilians ... bringing the toll to 13": a raised toll with no word for its people counts those of the
            // figure it raises, the last of its incident and outcome whose people are told.
            if (CasualtyTotals.IsRaisedToll(casualty) && count.Victims.Category == VictimCategory.Unknown
                && LastPlaced(placed, casualty.Outcome, document.Sentence[at] - 3, of: incident, peopleTold: true) is { } raisedFrom)
            {
                count = count with { Victims = raisedFrom.Count.Victims with { Description = count.Victims.Description } };
            }

            // One of those counted is of their group, when nothing in the words says otherwise: the figure does not add.
            if (amongCounted is var (group, whole) && (count.Victims.Category == VictimCategory.Unknown || count.Victims.Category == group.Category))
            {
                count = count with { Victims = group with { Description = count.Victims.Description } };
                (amongOthers ??= new(ReferenceEqualityComparer.Instance)).Add(count);
                (amongWholes ??= [])[casualty.Span] = whole;
            }

            amongCounted = null;
            incident.Casualties.Add(count);
            placed.Add((casualty, incident, count));

            // "Gunmen killed 11 people in a village", "Eleven people were killed by suspected militants": a toll told
            // with no event word, by armed men the subject of an active verb of harm or its agent, is an attack.
            if (incident.Type == IncidentType.Unknown && casualty.Outcome is CasualtyOutcome.Killed or CasualtyOutcome.Injured && ByAttackers(casualty, at) && !ClaimantRetells(casualty, at, incident))
            {
                incident.Type = IncidentType.Attack;
            }

            // "Gang members set fire to dozens of homes and shot at residents fleeing, killing at least 15 people": the
            // destruction of property that killed or wounded people in its own sentence is an attack, by its means.
            if (incident.Type == IncidentType.PropertyDestruction && casualty.Outcome is CasualtyOutcome.Killed or CasualtyOutcome.Injured && document.Sentence[at] == incident.Sentence)
            {
                incident.Type = IncidentType.Attack;
            }

            // "Five soldiers were killed by militants", "were wounded by suspected Boko Haram gunmen": the armed agent of
            // the passive, one word on at most, is the perpetrator.
            if (casualty.Outcome is CasualtyOutcome.Killed or CasualtyOutcome.Injured or CasualtyOutcome.Abducted && document.TokenAt(casualty.Span.End) - 1 is var passiveEnd
                && document.Word(passiveEnd) == casualty.Predicate && document.Word(passiveEnd + 1) == "by"
                && (refsByFirst.TryGetValue(passiveEnd + 2, out var agent) || (!document.IsCapitalised(passiveEnd + 2) && refsByFirst.TryGetValue(passiveEnd + 3, out agent)))
                && agent.Mention.Kind is ActorKind.State or ActorKind.StateForces or ActorKind.NonStateArmedGroup or ActorKind.Coalition && (agent.Use & (ActorUse.Place | ActorUse.Modifier)) == 0)
            {
                incident.AddParticipant(agent.Mention.Actor, ParticipantRole.Perpetrator, agent.Mention.Span, sourceId);
            }

            // "Israeli troops killed three militants", "Gunmen abducted 50 passengers": the armed subject of an active
            // verb of harm is the perpetrator; of a clash's toll, a party ("Clashes between militants and soldiers
            // killed 9 people": who killed whom untold).
            if (casualty.Outcome is CasualtyOutcome.Killed or CasualtyOutcome.Injured or CasualtyOutcome.Abducted
                && ActiveSubjectOf(casualty, at) is { Mention.Kind: ActorKind.State or ActorKind.StateForces or ActorKind.NonStateArmedGroup or ActorKind.Coalition } subject
                // Not who killed the attackers of an event told before ("A suicide car bomber struck a restaurant ...
                // Security forces killed three attackers after a siege"): they ended the attack, they did not make it.
                && !(casualty.Victims is { } killedMen && document.Sentence[incident.Anchor] < document.Sentence[at] && IsAttackersToldBack(LastWord(killedMen))))
            {
                var doer = OwnerOf(subject);
                incident.AddParticipant(doer.Mention.Actor, incident.Type == IncidentType.ArmedClash ? ParticipantRole.Party : ParticipantRole.Perpetrator, doer.Mention.Span, sourceId);
            }

            // "Israel's offensive has killed more than 38,000 Palestinians", "Russia's invasion has killed": the armed
            // owner of a campaign that is the subject of a verb of harm. Not of a war or an insurgency, whose owner is
            // where it is fought ("Sudan's war has killed").
            if (casualty.Outcome is CasualtyOutcome.Killed or CasualtyOutcome.Injured or CasualtyOutcome.Displaced && IsVerbOf(casualty, at)
                && SubjectModifier.SubjectBefore(document, SubjectEnd(at)) is var campaign && document.Word(campaign) is "offensive" or "campaign" or "invasion" or "bombardment" or "siege" or "assault" or "attacks" or "strikes" or "airstrikes"
                && document.Word(campaign - 1) is { } owner && TextDocument.EndsPossessive(owner)
                && refsByLast.TryGetValue(campaign - 1, out var waging) && waging.Mention.Kind is ActorKind.State or ActorKind.StateForces or ActorKind.NonStateArmedGroup or ActorKind.Coalition
                && (waging.Use & ActorUse.Place) == 0)
            {
                incident.AddParticipant(waging.Mention.Actor, ParticipantRole.Perpetrator, waging.Mention.Span, sourceId);
            }
        }

        // "At least 32,000 Palestinians have been killed in Gaza since Oct. 7": an incident told only by figures that each
        // count since a time is a series, not one event.
        if ((HasTallyWords || anyCumulative) && placed.Exists(p => p.Incident.Type == IncidentType.Unknown && IsTallyOrCumulative(p.Mention)))
        {
            foreach (var told in placed.GroupBy(p => p.Incident))
            {
                if (told.Key.Type == IncidentType.Unknown && told.All(p => IsTallyOrCumulative(p.Mention)))
                {
                    told.Key.Plural = true;
                    (tallies ??= new(ReferenceEqualityComparer.Instance)).Add(told.Key);
                }
            }
        }

        // The verbs told on about the main event type its incident when nothing else did.
        if (toldOn is not null && placed.Count > 0 && placed[0].Incident is { } main)
        {
            foreach (var e in toldOn)
            {
                if (main.Type == IncidentType.Unknown)
                {
                    main.Type = e.Mention.Type;
                }

                foreach (var means in e.Mention.Means)
                {
                    if (!main.Means.Contains(means))
                    {
                        main.Means.Add(means);
                    }
                }

                main.Provenance.Add(new Provenance(sourceId, e.Mention.Span));
            }
        }

        MergeRetellings(placed);
        AttachParts();

        var leadDate = LeadDate();
        IncidentDraft? leadIncident = null;
        foreach (var incident in incidents)
        {
            if (tokens[incident.Anchor].Start >= leadStart && (leadIncident is null || incident.Anchor < leadIncident.Anchor) && cumulativeIncidents?.Contains(incident) != true)
            {
                leadIncident = incident;
            }
        }

        for (var index = 0; index < incidents.Count; index++)
        {
            var incident = incidents[index];

            // A toll run up over time runs from the time after "since" in its sentence to the report's ("a conflict that
            // has killed more than 40,000 people since 1984": 1984 to the report's year), or over the period the
            // sentence names ("have killed 19 people over the past 24 hours"); not the day of the event beside it.
            if (cumulativeIncidents?.Contains(incident) == true)
            {
                // "... killed in militant violence in Pakistan last year": the year it was run up over.
                incident.Time = RunningSince(incident.Anchor) ?? RelativeIn(incident.Sentence)
                    ?? (DateIn(incident.Anchor) is { Value: { Precision: TemporalPrecision.Year, IsInterval: false } year } yearDate && document.Sentence[document.TokenAt(yearDate.Span.Start)] == incident.Sentence ? year : null);
                incident.Plural = true;
                TypeByFigures(incident);
                continue;
            }

            var clauseOfTime = TimeClauseOf(index, out var stepped);
            incident.Time = OwnPossessiveDate(incident)
                ?? (clauseOfTime ? stepped : null)
                ?? (clauseOfTime ? null : incident == leadIncident && leadDate is { } lead ? lead : RelativeIn(incident.Sentence) ?? (DateIn(incident.Anchor) is { } on ? RangeSpanned(on) ?? on.Value : null))
                ?? incident.NamedDay
                ?? DayToldNext(incident)
                ?? RetoldDay(incident);

            // "..., the army said in a statement on Thursday. The attack on Wednesday ...": a day that is only the saying's
            // gives way to the earlier day the retelling tells.
            if (incident.Time is { } toldOnDay && RetoldBeforeSaying(incident, toldOnDay) is { } earlier)
            {
                incident.Time = earlier;
            }

            // "killed at least 40 villagers in an overnight raid, residents said on Thursday. The attackers arrived ...
            // shortly after 11 p.m. on Tuesday": a night read from "overnight" alone (the one before the report) gives way
            // to the earlier day the next sentence tells the attackers came on, within two days of it.
            if (incident.Time is { Precision: TemporalPrecision.PartOfDay, IsInterval: false } night && DateIn(incident.Anchor) is { } nightMention
                && document.Text.AsSpan(nightMention.Span.Start, nightMention.Span.Length).Equals("overnight", StringComparison.OrdinalIgnoreCase)
                && DayToldNext(incident) is { } toldNext && toldNext.StartDate < night.StartDate && Period.DaysBetween(toldNext.StartDate, night.StartDate) <= 2)
            {
                incident.Time = toldNext;
            }

            // "Drone strikes killed more than 50 civilians in the Amhara region last week ... The strikes hit a market in the
            // town of Bure on Friday": the day the event told again is told on, inside the week or month it was dated by.
            if (incident.Time is { Precision: TemporalPrecision.Week or TemporalPrecision.Month, Modifier: TemporalModifier.None, IsInterval: false } coarse
                && DayRetoldWithin(incident, coarse) is { } retoldDay)
            {
                incident.Time = retoldDay;
            }

            // "in the central Mexican state of Guanajuato ... The attack in the city of Irapuato": a finer place where it is
            // told again.
            if ((incident.Place is not { Precision: Sitrep.Places.PlacePrecision.ExactPoint or Sitrep.Places.PlacePrecision.NearPoint or Sitrep.Places.PlacePrecision.Town } || !IsNamed(incident.Place)
                    || SettlementNoun(incident.Place) is not null)
                && (RetoldPlace(incident) ?? SiteNamedAgain(incident)) is { } finer)
            {
                incident.Place = finer with { Country = finer.Country ?? incident.Place?.Country };
            }

            // A tally since a day runs from that day to the report's ("32,000 killed since Oct. 7").
            if (tallies is not null && tallies.Contains(incident) && incident.Time is { Precision: TemporalPrecision.Day, Modifier: TemporalModifier.None } since && published is { } reported
                && reported > since.EndDate && (since.ZoneId is null || since.ZoneId == context.Zone?.Id))
            {
                incident.Time = TemporalValue.Between(since, TemporalValue.Day(reported).InZone(since.ZoneId is null ? null : context.Zone));
            }
            else if ((incident.Plural || tallies?.Contains(incident) == true)
                && (incident.Time is null || incident.Time is { Precision: TemporalPrecision.Month or TemporalPrecision.Year, Modifier: TemporalModifier.None, ZoneId: null })
                && !InWhenClause(incident.Anchor) && RunningSince(incident.Anchor) is { IsInterval: true } running && (incident.Time is null || running.First == incident.Time))
            {
                // "with at least 40 soldiers killed since January", "400 killed in attacks since 2019": a series or a tally
                // since a month or a year runs from it to the report's.
                incident.Time = running;
            }
            TypeByFigures(incident);

            // A protest told with no figure gets no unknown toll: people gathered, nothing says anyone was hurt; nor does
            // property destroyed ("Militants torched a school"), a ceasefire, an agreement or a development. People who
            // fled an event are no figure of its harm ("Fighting ... forced thousands to flee": the toll is unknown).
            if (!incident.Plural && !incident.Casualties.Exists(c => c.Outcome != CasualtyOutcome.Displaced)
                && incident.Type is not (IncidentType.Unknown or IncidentType.Protest or IncidentType.PropertyDestruction or IncidentType.Ceasefire or IncidentType.Agreement
                    or IncidentType.StrategicDevelopment))
            {
                // No figure is not zero: the toll is unknown.
                incident.Casualties.Add(new CasualtyCount(CasualtyOutcome.Killed, new VictimGroup(VictimCategory.Unknown), Estimate.Unknown)
                {
                    Provenance = [new Provenance(sourceId, incident.Provenance[0].Span, "The text gives no casualty figure.")],
                });
            }
        }

        // "The attack came five days after a U.S. drone strike", "A week before the attack, a bomb killed two soldiers":
        // an incident with no date of its own, told by its distance in days from the one dated before it.
        // The retelling ("the attack", "it") is of the story's event: the first incident the text dates to a day.
        IncidentDraft? storyEvent = null;
        foreach (var incident in incidents)
        {
            if (incident.Time is { Precision: TemporalPrecision.Day, ZoneId: null } day && day.StartDate == day.EndDate && (storyEvent is null || incident.Sentence < storyEvent.Sentence))
            {
                storyEvent = incident;
            }
        }

        List<(IncidentDraft Incident, TemporalValue Time)>? steps = null;
        for (var index = 0; index < incidents.Count; index++)
        {
            var incident = incidents[index];
            if (storyEvent is not null && incident.Time is null && cumulativeIncidents?.Contains(incident) != true && StepFromDated(incident, storyEvent) is { } time)
            {
                (steps ??= []).Add((incident, time));
            }
            else if (incident.Time is null && !incident.Plural && HoursLater(index) is { } later)
            {
                (steps ??= []).Add((incident, later));
            }
            else if (incident.Time is null && !incident.Plural && cumulativeIncidents?.Contains(incident) != true && OfDatedSeries(index) is { } seriesDay)
            {
                (steps ??= []).Add((incident, seriesDay));
            }
        }

        foreach (var (incident, time) in steps ?? [])
        {
            incident.Time = time;
        }

        // "Clashes between rival armed groups ... killed at least 27 people and wounded more than 100": people killed or
        // wounded in fighting between armed sides are of no category the text tells; not all, nor surely any, civilians
        // (those displaced are).
        foreach (var incident in incidents)
        {
            if (incident.Type == IncidentType.ArmedClash)
            {
                for (var c = 0; c < incident.Casualties.Count; c++)
                {
                    if (incident.Casualties[c] is { Outcome: CasualtyOutcome.Killed or CasualtyOutcome.Injured, Victims: { Category: VictimCategory.Civilians, Description: null or "people" or "persons" } victims } count)
                    {
                        incident.Casualties[c] = count with { Victims = victims with { Category = VictimCategory.Unknown } };
                    }
                }
            }
        }

        MarkBackground(placed);

        var statementRecords = new List<Statement>();
        foreach (var find in statements)
        {
            var mention = find.Mention;
            var sentence = document.Sentence[find.Cue];
            var relative = RelativeIn(sentence);
            if (relative is not null)
            {
                mention = mention with { Date = null };
            }
            else if (mention.Date is { } near && DayToldFrom(Math.Max(find.Cue, document.TokenAt(near.Span.Start) + 1)) is { } day && near.Value.StartDate > day)
            {
                // "Rain is forecast for the weekend, but farmers say they need weeks of rain": a date after the day the
                // report is told from (the publication's, or a later release's dateline up to the cue or the date) is
                // not when anything in it was said.
                mention = mention with { Date = null };
            }

            Statements.Add(mention);

            // "denied being deep inside Syria", "denied that its fighters were in the area": what is denied is not
            // the act, so the denial says nothing of who carried out the incident.
            // "accused the army of using the camp as a military base", "accuses Rwanda of backing M23": an accusation of
            // another act says nothing of who carried out the incident either.
            // "He urged the authorities to investigate allegations that soldiers had killed civilians. The army has rejected
            // the allegations": the allegations denied are those the statement before told, of no incident, when it told
            // no incident.
            var allegation = AllegationNounIn(mention);
            var incident = (mention.Kind == StatementKind.Denial && (!DeniesTheAct(find.Cue) || (allegation is not null && allegationsOfNoIncident?.Contains(allegation) == true)))
                || (mention.Kind == StatementKind.Accusation && AccusesOfAnotherAct(find.Cue))
                ? null
                : IncidentFor(find);
            if (incident is null && allegation is not null && mention.Kind != StatementKind.Denial)
            {
                (allegationsOfNoIncident ??= new(StringComparer.Ordinal)).Add(allegation);
            }
            var id = new StatementId($"statement:{(statementRecords.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            var provenance = new Provenance(sourceId, mention.Span);
            var speakers = DistinctActors(mention.Speakers, allowIndividuals: true);
            if (speakers.Count == 0)
            {
                // The text does not say who spoke: the statement keeps an explicit unknown speaker.
                speakers.Add(UnknownSpeaker.Id);
                unknownSpeaker = true;
            }

            var allSubjects = DistinctActors(mention.Subjects, allowIndividuals: true);

            // Individuals are subjects of an attribution only for a diplomatic act ("summoned the chargé d'affaires").
            var subjects = mention.Kind == StatementKind.DiplomaticAct ? allSubjects : DistinctActors(mention.Subjects, allowIndividuals: false);
            Use(speakers);
            Use(allSubjects);
            if (incident is not null)
            {
                AddAttribution(incident, mention, speakers, subjects, mention.IsNegated ? null : id, provenance);
                if (mention.Kind is StatementKind.Report or StatementKind.Announcement && !mention.IsNegated)
                {
                    // "Hezbollah said it had fired rockets at an Israeli army base", "The army said its jets struck the
                    // camp": an armed actor telling its own act of an incident no one is told to have done did it.
                    var ownAct = !incident.Participants.Exists(p => p.Role == ParticipantRole.Perpetrator) && TellsOwnAct(find.Cue, incident);
                    foreach (var speaker in mention.Speakers)
                    {
                        var doer = ownAct && speaker.Kind is ActorKind.NonStateArmedGroup or ActorKind.StateForces or ActorKind.State or ActorKind.Coalition;
                        if (doer || mention.Kind == StatementKind.Report)
                        {
                            incident.AddParticipant(speaker.Actor, doer ? ParticipantRole.Perpetrator : ParticipantRole.Witness, speaker.Span, sourceId);
                        }
                    }
                }
            }

            if (mention.IsNegated)
            {
                // "has not officially blamed": nothing was said, so there is no statement, only the attribution state.
                continue;
            }

            statementRecords.Add(new Statement
            {
                Id = id,
                Kind = mention.Kind,
                Speakers = ValueArray.From(speakers),
                Subjects = ValueArray.From(allSubjects),
                Time = relative ?? mention.Date?.Value,
                Channel = mention.Channel,
                Platform = mention.Platform,
                Quote = mention.Quote is null ? null : new Quote(mention.Quote, new Provenance(sourceId, mention.QuoteSpan)),
                Paraphrase = mention.Text,
                Incidents = incident is null ? default : [incident.Id],
                Provenance = [provenance],
            });
        }

        foreach (var incident in incidents)
        {
            // A count may have moved to another incident (told again, competing, a part of a larger figure) since its
            // victims were made participants of the one it was first read for: they are victims where it stands now.
            foreach (var count in incident.Casualties)
            {
                VictimsTakePart(incident, count);
            }

            foreach (var participant in incident.Participants)
            {
                used.Add(participant.Actor);
            }
        }

        // Every actor the draft refers to, with the actors its relations name.
        var actorList = new List<Actor>();
        foreach (var draft in actors.Actors)
        {
            if (used.Contains(draft.Id))
            {
                actorList.Add(draft.ToActor(sourceId));
            }
        }

        if (unknownSpeaker)
        {
            actorList.Add(UnknownSpeaker);
        }

        var listed = actorList.Select(a => a.Id).ToHashSet();
        for (var i = 0; i < actorList.Count; i++)
        {
            foreach (var relation in actorList[i].Relations)
            {
                if (listed.Add(relation.Target) && actors.Draft(relation.Target) is { } target)
                {
                    actorList.Add(target.ToActor(sourceId));
                }
            }
        }

        return new Dataset
        {
            Title = context.Title,
            Sources = [source],
            Actors = ValueArray.From(actorList),
            Incidents = ValueArray.From(incidents.Select(i => i.ToIncident())),
            Statements = ValueArray.From(statementRecords),
        };
    }

    // The group a count and its parts name, a victim of the incident that holds the count. Parts nest as deep as the
    // draft made them (a list in a list), so the walk is bounded by the text.
    private void VictimsTakePart(IncidentDraft incident, CasualtyCount count)
    {
        if (count.Victims.Actor is { } actor && count.Provenance.Count > 0 && count.Provenance[0].Span is { } span)
        {
            incident.AddParticipant(actor, ParticipantRole.Victim, span, sourceId);
        }

        foreach (var part in count.Parts)
        {
            VictimsTakePart(incident, part);
        }
    }

    /// <summary>
    /// Who among the people of a figure were of a group (<c>including 12 women and eight children</c>, <c>Twelve children
    /// were among the dead</c>) and the one person a text names among more (<c>killed a senior Hezbollah commander and two
    /// other people ... The Israeli military said it had killed Mohammed Nasser</c>): each joins, as a part, the count that
    /// now stands for its figure (the figure's own, or the one it was merged into as told again; a count as reported
    /// before a sum), never the incident's counts. A part whose figure has no count left (none is expected) stands as a
    /// figure of its own beside the count told last before it, so that nothing is lost.
    /// </summary>
    private void AttachParts()
    {
        if (parts is not { Count: > 0 } && amongWholes is null)
        {
            return;
        }

        // The figures looked for: the wholes of the parts, and the one person named among more with the more.
        var wanted = new HashSet<TextSpan>();
        foreach (var part in parts ?? [])
        {
            wanted.Add(part.Whole!.Value);
        }

        foreach (var (partSpan, wholeSpan) in amongWholes ?? [])
        {
            wanted.Add(partSpan);
            wanted.Add(wholeSpan);
        }

        // Where each figure's words are counted now, and where each figure placed stands as first told.
        var countAt = new Dictionary<TextSpan, (IncidentDraft Incident, int Index)>();
        var ownCountAt = new Dictionary<TextSpan, (IncidentDraft Incident, int Index)>();
        foreach (var incident in incidents)
        {
            for (var c = 0; c < incident.Casualties.Count; c++)
            {
                var count = incident.Casualties[c];
                foreach (var provenance in count.Provenance)
                {
                    if (provenance.Span is { } span && wanted.Contains(span)
                        && (!countAt.TryGetValue(span, out var had) || (had.Incident.Casualties[had.Index].ConsolidationRule is not null && count.ConsolidationRule is null)))
                    {
                        countAt[span] = (incident, c);
                    }
                }

                if (count.ConsolidationRule is null && count.Provenance.Count > 0 && count.Provenance[0].Span is { } own && wanted.Contains(own))
                {
                    ownCountAt.TryAdd(own, (incident, c));
                }
            }
        }

        // First the parts told as such, then the one person named among more (whose own count may have parts by then).
        var partsOf = new Dictionary<(IncidentDraft Incident, int Index), List<CasualtyCount>>();
        List<CasualtyMention>? orphans = null;
        foreach (var part in parts ?? [])
        {
            if (countAt.TryGetValue(part.Whole!.Value, out var whole))
            {
                AddPart(partsOf, whole, CountOf(part, document.TokenAt(part.Span.Start), whole.Incident));
            }
            else
            {
                (orphans ??= []).Add(part);
            }
        }

        ApplyParts(partsOf);

        HashSet<(IncidentDraft Incident, int Index)>? moved = null;
        var among = new Dictionary<(IncidentDraft Incident, int Index), List<CasualtyCount>>();
        foreach (var (partSpan, wholeSpan) in amongWholes ?? [])
        {
            if (ownCountAt.TryGetValue(partSpan, out var at) && countAt.TryGetValue(wholeSpan, out var whole) && at != whole && (moved ??= []).Add(at))
            {
                AddPart(among, whole, at.Incident.Casualties[at.Index]);
            }
        }

        ApplyParts(among);
        if (moved is not null)
        {
            foreach (var incident in incidents)
            {
                var kept = new List<CasualtyCount>(incident.Casualties.Count);
                for (var c = 0; c < incident.Casualties.Count; c++)
                {
                    if (!moved.Contains((incident, c)))
                    {
                        kept.Add(incident.Casualties[c]);
                    }
                }

                incident.Casualties.Clear();
                incident.Casualties.AddRange(kept);
            }

            incidents.RemoveAll(i => i.Type == IncidentType.Unknown && i.Casualties.Count == 0);
        }

        // A part whose figure has no count left: beside the count told last before it (found once for all, in order).
        if (orphans is not null)
        {
            var told = new List<(int Start, IncidentDraft Incident)>();
            foreach (var incident in incidents)
            {
                foreach (var count in incident.Casualties)
                {
                    if (count.Provenance.Count > 0 && count.Provenance[0].Span is { } span)
                    {
                        told.Add((span.Start, incident));
                    }
                }
            }

            told.Sort((a, b) => a.Start.CompareTo(b.Start));
            var starts = told.ConvertAll(t => t.Start);
            foreach (var orphan in orphans)
            {
                var at = starts.BinarySearch(orphan.Span.Start + 1);
                at = (at < 0 ? ~at : at) - 1;
                var beside = at >= 0 ? told[at].Incident : told.Count > 0 ? told[0].Incident : null;
                beside?.Casualties.Add(CountOf(orphan, document.TokenAt(orphan.Span.Start), beside));
            }
        }
    }

    private static void AddPart(Dictionary<(IncidentDraft Incident, int Index), List<CasualtyCount>> partsOf, (IncidentDraft Incident, int Index) whole, CasualtyCount part)
    {
        if (!partsOf.TryGetValue(whole, out var list))
        {
            partsOf[whole] = list = [];
        }

        list.Add(part);
    }

    private static void ApplyParts(Dictionary<(IncidentDraft Incident, int Index), List<CasualtyCount>> partsOf)
    {
        foreach (var ((incident, index), list) in partsOf)
        {
            var count = incident.Casualties[index];

            // "killing at least 26 people, including 14 soldiers": people some of whom were armed are not all civilians.
            var victims = count.Victims.Category == VictimCategory.Civilians && count.Victims.Description is "people" or "persons"
                && list.Exists(p => p.Victims.Category is VictimCategory.Military or VictimCategory.Police or VictimCategory.SecurityForces or VictimCategory.Combatants)
                ? count.Victims with { Category = VictimCategory.Unknown }
                : count.Victims;
            incident.Casualties[index] = count with { Victims = victims, Parts = ValueArray.From(count.Parts.Concat(list)) };
        }
    }

    /// <summary>
    /// One figure per group of people: a figure that retells the lead's ("killing the leader and one other insurgent"
    /// after "killed a Taliban leader and one other insurgent"), repeats one seen before, or is refined by a later
    /// exact one ("several insurgents", then "two ... were detained") is not a count of its own; its words are kept as
    /// provenance of the figure that stands for it (<see cref="CasualtyTotals"/> decides which). Figures for different
    /// people of one group in one incident ("a leader and one other insurgent") get a count of their sum beside them.
    /// An incident made only for figures that all turned out to be retellings is dropped.
    /// </summary>
    private void MergeRetellings(List<(CasualtyMention Mention, IncidentDraft Incident, CasualtyCount Count)> placed)
    {
        if (placed.Count == 0)
        {
            return;
        }

        // Linear whatever the text: counts are dropped and given provenance through side tables, lists rebuilt once.
        var countOf = new Dictionary<CasualtyMention, CasualtyCount>(placed.Count, ReferenceEqualityComparer.Instance);
        foreach (var (mention, _, count) in placed)
        {
            countOf[mention] = count;
        }

        var incidentOf = new Dictionary<CasualtyCount, IncidentDraft>(placed.Count, ReferenceEqualityComparer.Instance);
        var sentenceOf = new Dictionary<CasualtyCount, int>(placed.Count, ReferenceEqualityComparer.Instance);
        var mentionOf = new Dictionary<CasualtyCount, CasualtyMention>(placed.Count, ReferenceEqualityComparer.Instance);
        foreach (var (mention, incident, count) in placed)
        {
            incidentOf[count] = incident;
            sentenceOf[count] = document.Sentence[document.TokenAt(mention.Span.Start)];
            mentionOf[count] = mention;
        }

        // The statement of each sentence that reports something: figures in two of them are two sources' figures.
        StatementFind? ReportOf(CasualtyMention m) => StatementsOfSentence(document.Sentence[document.TokenAt(m.Span.Start)]) is [var first, ..] ? first : null;

        var dropped = new HashSet<CasualtyCount>(ReferenceEqualityComparer.Instance);
        var arriving = new Dictionary<IncidentDraft, List<CasualtyCount>>(ReferenceEqualityComparer.Instance);
        var movedIn = new HashSet<CasualtyCount>(ReferenceEqualityComparer.Instance);
        var retold = new Dictionary<CasualtyCount, List<Provenance>>(ReferenceEqualityComparer.Instance);
        var competing = new Dictionary<CasualtyCount, (IncidentDraft Into, string Note)>(ReferenceEqualityComparer.Instance);
        var counted = new HashSet<CasualtyCount>(ReferenceEqualityComparer.Instance);

        // The figures told again that leave their incident, and where they go.
        var leaving = new List<(CasualtyMention Mention, CasualtyCount Count, IncidentDraft Into)>();
        foreach (var outcome in placed.Select(p => p.Mention.Outcome).Distinct())
        {
            foreach (var (mention, standsFor) in CasualtyTotals.Assess(document.Text, casualties, outcome, leadStart))
            {
                var count = countOf[mention];
                if (standsFor is null || !countOf.TryGetValue(standsFor, out var kept) || ReferenceEquals(kept, count) || OwnEventsOnOtherDays(mention, standsFor, incidentOf[count], incidentOf[kept])
                    || RunUpApart(mention, standsFor, incidentOf[count], incidentOf[kept]) || TwoEvents(mention, standsFor, incidentOf[count], incidentOf[kept])
                    || DifferentDoers(mention, standsFor, incidentOf[count], incidentOf[kept]) || ToldApart(mention, standsFor, incidentOf[count], incidentOf[kept])
                    || YearsApart(incidentOf[count], incidentOf[kept]))
                {
                    counted.Add(count);
                    continue;
                }

                // "17 killed, the ministry said ... a monitoring group said 20 were killed": another source's figure
                // for the same people is kept, in the same incident, with where it was said; the highest counts once.
                // One more than ten times the other ("at least three people", then "The opposition said 120 people were
                // killed across the country") counts other people: it stays where it was told.
                // A toll that rose since ("The death toll rose to 50 on Friday, a local official said") is no other source's
                // figure: it takes the place of the first, whoever told either.
                // So is a higher figure a source gives after one the report tells in its own words ("A bomb killed eight
                // people ... A monitor said 10 people were killed"); a lower one is often some of them, told again (a
                // release's update confirming the leader among those killed), and one in a release appended later is that
                // release's telling.
                var firstReport = ReportOf(standsFor);
                if (ReportOf(mention) is { } report && !ReferenceEquals(report, firstReport) && !CasualtyTotals.IsRisenToll(standsFor)
                    && (mention.Count.Low ?? mention.Count.Best) is { } said && (standsFor.Count.Low ?? standsFor.Count.Best) is { } firstSaid && said != firstSaid
                    && (firstReport is not null || (standsFor.Span.Start < mention.Span.Start && said > firstSaid && !CasualtyTotals.IsRisenToll(mention)
                        && DayToldFrom(document.TokenAt(mention.Span.Start)) == DayToldFrom(document.TokenAt(standsFor.Span.Start)))))
                {
                    // "killed a senior Hezbollah commander and two other people ... The Israeli military said it had killed
                    // Mohammed Nasser": one person named among more, whoever tells it, is one of them, no other figure.
                    if (IsOneNamedPerson(mention) && firstSaid > 1)
                    {
                        (amongOthers ??= new(ReferenceEqualityComparer.Instance)).Add(count);
                        (amongWholes ??= [])[mention.Span] = standsFor.Span;
                        counted.Add(count);
                        continue;
                    }

                    if (CasualtyTotals.MoreThanTenTimes(said, firstSaid) || CasualtyTotals.MoreThanTenTimes(firstSaid, said))
                    {
                        counted.Add(count);
                        continue;
                    }

                    // Both stand in the incident of the figure kept; in the other's when the kept one's tells no event
                    // ("Al Shabaab militants detonated a car bomb ..., killing at least 13 soldiers ... Al Shabaab said
                    // ... it had killed 27 soldiers": the bombing's figures, not an incident of the claim's own).
                    var into = incidentOf[kept].Type == IncidentType.Unknown && incidentOf[count].Type != IncidentType.Unknown ? incidentOf[count] : incidentOf[kept];
                    competing[count] = (into, "A competing figure, reported in \"" + report.Mention.Text + "\".");
                    competing.TryAdd(kept, (into, firstReport is { } first ? "Reported in \"" + first.Mention.Text + "\"." : "Told in the report's own words."));
                    continue;
                }

                dropped.Add(count);
                leaving.Add((mention, count, incidentOf[kept]));

                if (!retold.TryGetValue(kept, out var spans))
                {
                    retold[kept] = spans = [];
                }

                spans.Add(new Provenance(sourceId, mention.Span, "The same people, told again or told more exactly."));

                // "Gunmen attacked a village, killing at least 20 people. Officials said 23 people died.": the figure
                // told more exactly after the event's own, kept, stood in an incident of its own with no event; it is
                // the figure of the one event told in the first figure's sentence, on no other day (save the day a toll
                // rose: "The death toll rose to 101 on Wednesday"), and moves to that event's incident (the incident of
                // no event left empty goes).
                if (mention.Span.Start < standsFor.Span.Start && incidentOf[kept] is { Type: IncidentType.Unknown } alone && incidentOf[count] is { Type: not IncidentType.Unknown, Plural: false, Background: false } eventful
                    && eventful.Sentence == document.Sentence[document.TokenAt(mention.Span.Start)] && !ReferenceEquals(alone, eventful)
                    && alone.Casualties.Count(c => c.Outcome == kept.Outcome) == 1
                    && (SameDayOrNone(document.TokenAt(standsFor.Span.Start), eventful.Anchor) || CasualtyTotals.IsRisenToll(standsFor)) && movedIn.Add(kept))
                {
                    dropped.Add(kept);
                    if (!arriving.TryGetValue(eventful, out var toEvent))
                    {
                        arriving[eventful] = toEvent = [];
                    }

                    toEvent.Add(kept);
                }
            }
        }

        // Competing figures move to the incident of the figure they compete with. The figures told in one sentence with
        // a figure that leaves an incident made for figures alone, told again or competing, go with it ("'We lost 17
        // soldiers and 11 others were wounded,' he said": the wounded are of the attack the dead are).
        var movedWith = new List<(CasualtyCount Count, IncidentDraft Into)>();
        foreach (var (count, (into, _)) in competing)
        {
            if (!ReferenceEquals(incidentOf[count], into))
            {
                movedWith.Add((count, into));
                leaving.Add((mentionOf[count], count, into));
            }
        }

        // Each incident's figures of a sentence are looked through once, so that this stays linear in the figures.
        var lookedThrough = new HashSet<(IncidentDraft, int)>();
        foreach (var (mention, count, into) in leaving)
        {
            // Only figures told in someone's words on no day of their own ("'We lost 17 soldiers ...,' he said").
            var told = sentenceOf[count];
            if (incidentOf[count] is { Type: IncidentType.Unknown } figuresAlone && !ReferenceEquals(figuresAlone, into) && ReportOf(mention) is not null
                && !(DateIn(document.TokenAt(mention.Span.Start)) is { } toldOn && document.Sentence[document.TokenAt(toldOn.Span.Start)] == told)
                && lookedThrough.Add((figuresAlone, told)))
            {
                // So do people who fled told after them and placed with them ("12 gang members were killed in a
                // counterattack. About 5,000 residents fled the town").
                foreach (var other in figuresAlone.Casualties)
                {
                    if (!ReferenceEquals(other, count) && !competing.ContainsKey(other) && !dropped.Contains(other) && sentenceOf.TryGetValue(other, out var otherTold)
                        && (otherTold == told || (otherTold > told && fledAfter?.Contains(other) == true)))
                    {
                        movedWith.Add((other, into));
                    }
                }
            }
        }

        foreach (var (count, into) in movedWith)
        {
            if (dropped.Add(count))
            {
                movedIn.Add(count);
                if (!arriving.TryGetValue(into, out var list))
                {
                    arriving[into] = list = [];
                }

                list.Add(count);
            }
        }

        foreach (var incident in incidents)
        {
            var kept = new List<CasualtyCount>(incident.Casualties.Count);
            var hasArrivals = arriving.TryGetValue(incident, out var moved);
            var all = hasArrivals ? incident.Casualties.Concat(moved!).ToList() : incident.Casualties;
            var firstArrival = incident.Casualties.Count;
            for (var c = 0; c < all.Count; c++)
            {
                var original = all[c];
                var count = original;

                // A figure that left this incident is skipped here and kept where it arrives.
                if (dropped.Contains(count) && !(c >= firstArrival && movedIn.Contains(count)))
                {
                    continue;
                }

                if (competing.TryGetValue(count, out var said))
                {
                    count = count with { Provenance = ValueArray.From(count.Provenance.Select((p, i) => i == 0 ? p with { Note = said.Note } : p)) };
                    if (counted.Remove(original))
                    {
                        counted.Add(count);
                    }
                }

                if (retold.TryGetValue(original, out var spans))
                {
                    var merged = count with { Provenance = ValueArray.From(count.Provenance.Concat(spans)) };
                    if (counted.Remove(count))
                    {
                        counted.Add(merged);
                    }

                    kept.Add(merged);
                }
                else
                {
                    kept.Add(count);
                }
            }

            incident.Casualties.Clear();
            incident.Casualties.AddRange(kept);

            // Different people of one group in one incident: their sum, beside the figures.
            if (kept.Count < 2)
            {
                continue;
            }

            // Not a claimant's count ("saying its fighters had killed 40 soldiers"): its own telling of the people others count.
            foreach (var group in kept.Where(c => counted.Contains(c) && amongOthers?.Contains(c) != true && !(c.Provenance.Count > 0 && c.Provenance[0].Span is { } told && ToldInClaim(told)))
                .GroupBy(c => (c.Outcome, c.Victims.Category, c.Victims.Actor)).Where(g => g.Skip(1).Any()))
            {
                var parts = group.ToList();
                long sum = 0;
                foreach (var part in parts)
                {
                    var low = part.Estimate.Low ?? part.Estimate.Best ?? 0;
                    sum = sum > long.MaxValue - low ? long.MaxValue : sum + low;
                }

                var exact = parts.All(c => c.Estimate.Qualifier == EstimateQualifier.Exact);
                incident.Casualties.Add(new CasualtyCount(group.Key.Outcome, new VictimGroup(group.Key.Category, group.Key.Actor), exact ? Estimate.Exactly(sum) : Estimate.AtLeast(sum))
                {
                    ConsolidationRule = "The figures for different people of this group in this incident, added up.",
                    Provenance = ValueArray.From(parts.SelectMany(c => c.Provenance)),
                });
            }
        }

        incidents.RemoveAll(i => i.Type == IncidentType.Unknown && i.Casualties.Count == 0);
    }

    /// <summary>The actors of some mentions, each once, in order; individuals only when allowed.</summary>
    private static List<ActorId> DistinctActors(ValueArray<ActorMention> mentions, bool allowIndividuals)
    {
        var ids = new List<ActorId>(mentions.Count);
        foreach (var m in mentions)
        {
            if ((allowIndividuals || m.Kind != ActorKind.Individual) && !ids.Contains(m.Actor))
            {
                ids.Add(m.Actor);
            }
        }

        return ids;
    }

    private void Use(List<ActorId> ids)
    {
        foreach (var id in ids)
        {
            used.Add(id);
        }
    }

    /// <summary>
    /// The incident of the last event word before token <paramref name="at"/>, when it stands in the sentence before
    /// (or the one before that, or up to six before in the lead's sentence), names one event (not "attacks", often a
    /// background's) and its incident has no figure of that outcome yet ("Gunmen abducted 50 passengers ... The
    /// attackers opened fire, killing eight"); null otherwise. In the sentences it reaches, soldiers or police count
    /// people of another side than those it counts (<c>Israeli forces killed 12 Palestinians during a raid ... One
    /// Israeli soldier was killed</c>): the incident takes them too; so does another source's figure for the same people
    /// (<paramref name="reported"/>, <see cref="OtherSourcesFigure"/>), told at no other place. A toll stated without a
    /// number (<paramref name="stated"/>: <c>No casualties were reported</c>) joins a series told on its day too.
    /// </summary>
    private IncidentDraft? TollOfEventBefore(int at, CasualtyOutcome outcome, VictimCategory victims, decimal? reported, bool stated = false)
    {
        var triggers = CollectionsMarshal.AsSpan(triggerTokens);
        var i = triggers.BinarySearch(at);
        i = (i < 0 ? ~i : i) - 1;

        // Past a protest told in between ("Soldiers opened fire on protesters ... The protests began on Oct 8 ... 30
        // people had been injured"), up to three event words back.
        for (var back = 0; back < 3 && i > 0 && triggerIncidents[i].Type is IncidentType.Protest or IncidentType.Riot; back++)
        {
            i--;
        }

        // Past a series of no figure told in between, to the one event before it ("Jihadist fighters attacked a school in
        // Bamako early on Tuesday. Gunfire and explosions were heard near the school. ... A security source said at least 70
        // people were killed"), up to three event words back.
        for (var back = 0; back < 3 && i > 0 && triggerIncidents[i].Plural && triggerIncidents[i].Casualties.Count == 0 && !triggerIncidents[i - 1].Plural
            && !ReferenceEquals(triggerIncidents[i], triggerIncidents[i - 1]); back++)
        {
            i--;
        }

        // Past a series told as the cause or the background of the one event before it in its sentence ("struck more
        // than 60 targets in Yemen, in retaliation for Houthi attacks on shipping since November. The Houthis said five
        // of their fighters were killed").
        if (i > 0 && triggerIncidents[i].Plural && !triggerIncidents[i - 1].Plural && !ReferenceEquals(triggerIncidents[i], triggerIncidents[i - 1])
            && document.Sentence[triggers[i - 1]] == document.Sentence[triggers[i]])
        {
            i--;
        }

        // Past an event told in a clause of time after the one before it in its sentence ("Israeli warplanes struck the
        // port of Hodeidah on Saturday, a day after a Houthi drone attack killed one person in Tel Aviv. Houthi-run media
        // said at least three people were killed"): a toll told on is the main event's.
        if (i > 0 && !ReferenceEquals(triggerIncidents[i], triggerIncidents[i - 1]) && !triggerIncidents[i - 1].Plural
            && document.Sentence[triggers[i - 1]] == document.Sentence[triggers[i]] && TimeClauseBetween(triggers[i - 1], triggers[i]))
        {
            i--;
        }

        // A series is often a background's ("attacks"); not one told on its day with a figure of its own ("Israeli
        // airstrikes on southern Lebanon on Monday killed 274 people. More than 1,000 people were wounded"), or with a
        // toll stated without a number after it ("Drone strikes hit a fuel depot on Sunday. No casualties were reported").
        if (i < 0 || (triggerIncidents[i].Plural && !((stated || triggerIncidents[i].Casualties.Count > 0) && DateIn(triggerIncidents[i].Anchor) is { } day
            && day.Value.Precision == TemporalPrecision.Day && document.Sentence[document.TokenAt(day.Span.Start)] == triggerIncidents[i].Sentence)))
        {
            return null;
        }

        var gap = document.Sentence[at] - document.Sentence[triggers[i]];
        // Up to two sentences on; from the lead's own sentence, up to six ("Insurgents attacked a patrol ... yesterday.
        // ... The engagement resulted in 14 insurgents killed").
        // The lead's event told again in a later sentence ("Members of the gang ... stormed the town") keeps the lead's reach.
        var leadSentence = leadStart < document.Text.Length ? document.Sentence[document.TokenAt(leadStart)] : -1;
        var inLead = document.Sentence[triggers[i]] == leadSentence || (triggerIncidents[i].Sentence == leadSentence && document.Sentence[at] - leadSentence <= 6);
        // "killing seven people. Police said two attackers were shot dead at the scene": the other side's dead, the attackers
        // too, are more of the event's, told in the two sentences after it ("... killing at least nine soldiers. The
        // Balochistan Liberation Army claimed responsibility. The military said five attackers were killed"); further on
        // in the lead's reach, when a source reports them with no doer of their own (not "a combined force killed five
        // insurgents", an operation of its own).
        var otherSide = gap >= 1 && (gap <= 2 || (inLead && ReportedWithNoDoer(at))) && victims is VictimCategory.Military or VictimCategory.Police or VictimCategory.SecurityForces or VictimCategory.Combatants;
        // "... killing dozens of soldiers, security sources said. ..., a security source told AFP, adding that around 40
        // soldiers had been killed. The army said 12 soldiers were killed": another source's figure for the same people,
        // reported in its own sentence, is the event's too (a competing figure); not one more than ten times the event's,
        // which counts other people ("... killed about 1,200 people on Oct. 7. The Gaza health ministry says more than
        // 14,000 people have been killed since then").
        var sameAs = reported is { } figure && !PlacedElsewhere(at, triggerIncidents[i]) && !SentencePlacedElsewhere(at, triggerIncidents[i]) ? figure : -1;
        foreach (var told in triggerIncidents[i].Casualties)
        {
            if (told.Outcome == outcome && !(sameAs >= 0 && told.Victims.Category == victims && sameAs <= 10 * (told.Estimate.Low ?? told.Estimate.Best ?? 0)) && !(otherSide && told.Victims.Category != victims
                && (victims == VictimCategory.Combatants || told.Victims.Category is not (VictimCategory.Military or VictimCategory.Police or VictimCategory.SecurityForces))))
            {
                return null;
            }
        }

        return gap >= 1 && (gap <= 2 || (inLead && gap <= 6)) ? triggerIncidents[i] : null;
    }

    /// <summary>
    /// Whether the figure at token <paramref name="at"/> is told in a sentence a source reports (<c>The military said</c>)
    /// and not as the object of an active verb (<c>five attackers were killed</c>, not <c>troops killed five attackers</c>).
    /// </summary>
    private bool ReportedWithNoDoer(int at)
    {
        if (document.Word(at) is { } word && CasualtyScanner.IsPredicateWord(word))
        {
            return false;
        }

        foreach (var find in StatementsOfSentence(document.Sentence[at]))
        {
            if (find.Mention.Kind == StatementKind.Report)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether words are told in a claim of responsibility, after its cue, in the claim's sentence.</summary>
    private bool ToldInClaim(TextSpan told)
    {
        var at = document.TokenAt(told.Start);
        if (at >= document.Count)
        {
            return false;
        }

        var sentence = document.Sentence[at];
        foreach (var find in StatementsOfSentence(sentence))
        {
            if (find.Cue < at && find.Mention.Span.Start <= told.Start && told.End <= find.Mention.Span.End
                && (find.Mention.Kind == StatementKind.ClaimOfResponsibility || ClaimantGoesOn(find, sentence)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a statement goes on with what the claimant of the sentence before said: its sentence opens with the
    /// claimant told again by a pronoun or as the group (<c>The BLA claimed responsibility for the attacks ... It said it
    /// had killed more than 100 soldiers</c>) and its cue follows.
    /// </summary>
    private bool ClaimantGoesOn(StatementFind find, int sentence)
    {
        if (sentence == 0)
        {
            return false;
        }

        var opening = document.SentenceFirst(sentence);
        var cue = document.Word(opening) is "it" or "they" ? opening + 1 : document.Word(opening) == "the" && document.Word(opening + 1) is "group" or "militants" or "rebels" ? opening + 2 : -1;
        if (cue < 0 || find.Cue != cue)
        {
            return false;
        }

        foreach (var before in StatementsOfSentence(sentence - 1))
        {
            if (before.Mention.Kind == StatementKind.ClaimOfResponsibility)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The statements whose cue stands in sentence <paramref name="sentence"/>, in text order; read once per text.</summary>
    private List<StatementFind> StatementsOfSentence(int sentence)
    {
        if (statementsBySentence is null)
        {
            statementsBySentence = [];
            foreach (var find in statements)
            {
                var cueSentence = document.Sentence[find.Cue];
                if (!statementsBySentence.TryGetValue(cueSentence, out var told))
                {
                    statementsBySentence[cueSentence] = told = [];
                }

                told.Add(find);
            }
        }

        return statementsBySentence.GetValueOrDefault(sentence) ?? NoStatements;
    }

    private Dictionary<int, List<StatementFind>>? statementsBySentence;

    // The statements of a sentence that has none: one shared list, never added to.
    private static readonly List<StatementFind> NoStatements = [];

    /// <summary>
    /// Whether a clause of time opens between the event words at tokens <paramref name="main"/> and <paramref
    /// name="later"/>: a comma, up to three words of how long (<c>a day</c>, <c>hours</c>, <c>just two weeks</c>), and
    /// <c>after</c>, <c>before</c> or <c>following</c> (<c>struck the port on Saturday, a day after a drone attack</c>).
    /// </summary>
    private bool TimeClauseBetween(int main, int later)
    {
        if (later - main > Window)
        {
            return false;
        }

        for (var k = main + 1; k < later; k++)
        {
            if (!document.IsSymbol(k, ','))
            {
                continue;
            }

            for (var w = k + 1; w < later && w <= k + 4; w++)
            {
                if (document.Word(w) is "after" or "before" or "following")
                {
                    return true;
                }

                if (document.Word(w) is not { } howLong || !HowLongWords.Contains(howLong))
                {
                    break;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a casualty figure counts some of the people counted before: <c>Twelve children were among the dead</c>,
    /// <c>Among the dead were two medics</c>, <c>The wounded included a reporter</c>.
    /// </summary>
    private bool IsBreakdown(CasualtyMention casualty) => CasualtyParts.IsAmongThoseCounted(document, casualty);

    // The figures of one person the text names, placed among a larger figure of their group: no part of a sum.
    private HashSet<CasualtyCount>? amongOthers;

    // The span of each such figure, and of the larger figure it is one of: it is made a part of that figure's count.
    private Dictionary<TextSpan, TextSpan>? amongWholes;

    // The figures of people who fled placed with the figure told before them: they go where it goes.
    private HashSet<CasualtyCount>? fledAfter;

    /// <summary>Whether an event word of <paramref name="incident"/> stands at or after token <paramref name="from"/> and before <paramref name="to"/>.</summary>
    private bool EventWordOfBetween(IncidentDraft incident, int from, int to)
    {
        var i = triggerTokens.BinarySearch(from);
        for (i = i < 0 ? ~i : i; i < triggerTokens.Count && triggerTokens[i] < to; i++)
        {
            if (ReferenceEquals(triggerIncidents[i], incident))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an event word of an incident other than <paramref name="incident"/> stands after token <paramref name="from"/> and before <paramref name="to"/>.</summary>
    private bool OtherIncidentBetween(int from, int to, IncidentDraft incident)
    {
        var i = triggerTokens.BinarySearch(from + 1);
        for (i = i < 0 ? ~i : i; i < triggerTokens.Count && triggerTokens[i] < to; i++)
        {
            if (!ReferenceEquals(triggerIncidents[i], incident))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a figure counts one person the text names or speaks of as known (<c>the Taliban leader Nek Mohammad was
    /// killed</c>, <c>the commander was killed</c>, <c>Governor Ahmad Khan was killed</c>); not one introduced (<c>a
    /// soldier was killed</c>).
    /// </summary>
    private bool IsOneNamedPerson(CasualtyMention casualty)
    {
        if (casualty.Count.Best != 1 || casualty.Count.Qualifier != EstimateQualifier.Exact)
        {
            return false;
        }

        var first = document.TokenAt(casualty.CountSpan.Start);
        if (document.Word(first) is not { } word || word is "a" or "an" or "one")
        {
            return false;
        }

        // "he was killed": one person told before.
        if (word is "the" or "his" or "her" or "its" or "their" or "he" or "she" or "him" || TextDocument.EndsPossessive(word))
        {
            return true;
        }

        // "leader Nek Mohammad": a name in the phrase.
        var end = document.TokenAt(casualty.CountSpan.End);
        for (var k = first; k < end && k < first + 6; k++)
        {
            if (document.IsCapitalised(k) && document.SentenceStart[k] != k)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The date <see cref="DateIn"/> finds for token <paramref name="at"/> when it stands in that token's own sentence, or null.</summary>
    private DateMention? OwnDateIn(int at) =>
        DateIn(at) is { } date && document.Sentence[document.TokenAt(date.Span.Start)] == document.Sentence[at] ? date : null;

    /// <summary>
    /// Whether the sentences of tokens <paramref name="at"/> and <paramref name="other"/> name the same day, or either names
    /// none; not when the first names, before the token, a month or a year that ended before the report's day and the
    /// other names no day (<c>Floods have killed at least 17 people and forced 40,000 from their homes ... In 2012, floods
    /// displaced more than a million people</c>: that year's, not the toll run up to now; not <c>since January</c>).
    /// </summary>
    private bool SameDayOrNone(int at, int other)
    {
        if (OwnDateIn(at) is not { } own)
        {
            return true;
        }

        if (DateIn(other) is not { } theirs)
        {
            return !(own.Value.Precision is TemporalPrecision.Month or TemporalPrecision.Year && published is { } reported && own.Value.EndDate < reported
                && document.TokenAt(own.Span.Start) is var first && first < at && document.Word(first - 1) != "since");
        }

        return theirs.Value.StartDate == own.Value.StartDate;
    }

    /// <summary>
    /// The last figure placed of an outcome, with its incident, in sentence <paramref name="fromSentence"/> or after (among
    /// the last 64), or null; with <paramref name="of"/>, of that incident only, and with <paramref name="peopleTold"/>,
    /// one whose people's category is told.
    /// </summary>
    private (CasualtyMention Mention, IncidentDraft Incident, CasualtyCount Count)? LastPlaced(
        List<(CasualtyMention Mention, IncidentDraft Incident, CasualtyCount Count)> placed, CasualtyOutcome outcome, int fromSentence,
        IncidentDraft? of = null, bool peopleTold = false)
    {
        // Up to 64 figures back: bounded whatever the text.
        for (var i = placed.Count - 1; i >= 0 && i >= placed.Count - 64 && document.Sentence[document.TokenAt(placed[i].Mention.Span.Start)] >= fromSentence; i--)
        {
            if (placed[i].Mention.Outcome == outcome && (of is null || ReferenceEquals(placed[i].Incident, of))
                && !(peopleTold && placed[i].Count.Victims.Category == VictimCategory.Unknown))
            {
                return placed[i];
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a casualty figure is told as more of the people counted before (<c>Another 14 soldiers</c>, <c>A further
    /// two</c>, <c>an additional three</c>, <c>a fourth man, a 16-year-old boy, was also killed</c>; <c>Three police
    /// officers were also hurt</c> up to two sentences after the figure before, <paramref name="sentencesAfter"/>).
    /// </summary>
    private bool IsMoreOfTheSame(CasualtyMention casualty, int sentencesAfter)
    {
        var count = document.TokenAt(casualty.CountSpan.Start);
        var end = document.TokenAt(casualty.Span.End);
        return document.Word(count - 1) is "another" or "further" or "additional" || document.Word(count) is "another"
            || (document.Word(end - 2) == "also" && document.Word(count) == "a" && document.Word(count + 1) is "second" or "third" or "fourth" or "fifth" or "sixth")
            || (CasualtyTotals.ToldWithAlso(casualty) && sentencesAfter <= 2);
    }

    /// <summary>
    /// Whether the figure at token <paramref name="at"/> is told at a place of its own, other than the place of the
    /// incident before it (<c>... killing five people. Another eight people were killed in Sake</c>): the first place
    /// that locates after it in its sentence, within reach and no word of saying between, named neither as that place
    /// nor inside its name.
    /// </summary>
    private bool PlacedElsewhere(int at, IncidentDraft before)
    {
        if (before.Place is not { } there)
        {
            return false;
        }

        var sentence = document.Sentence[at];
        for (var i = SortedSearch.LowerBound<PlaceFind, ByPreposition>(CollectionsMarshal.AsSpan(placesRead), at + 1); i < placesRead.Count; i++)
        {
            var later = placesRead[i];
            if (document.Sentence[later.First] != sentence || later.First - at > PlaceReach || SaidBetween(at, later.First))
            {
                return false;
            }

            if (Locates(later))
            {
                return there.Name is { } name && later.Mention.Place.Name is { } other && !name.Contains(other, StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an incident is one event: not told in the plural, or told in the plural on one day or night in its own
    /// sentence (<c>Russian glide bombs struck the city of Zaporizhzhia overnight, killing four people</c>: one attack of
    /// many bombs, whose toll a later sentence may raise).
    /// </summary>
    private bool OneTimesEvent(IncidentDraft incident) =>
        !incident.Plural
        || (DateIn(incident.Anchor) is { } day && day.Value.Precision is TemporalPrecision.Day or TemporalPrecision.PartOfDay or TemporalPrecision.Hour or TemporalPrecision.Minute
            && document.Sentence[document.TokenAt(day.Span.Start)] == incident.Sentence);

    /// <summary>Whether the sentence of figure <paramref name="i"/> goes on, right after it, to a toll it raises (<c>pulled two bodies from the rubble, bringing the toll to 13</c>).</summary>
    private bool RaisesTollAfter(int i) =>
        i >= 0 && i + 1 < casualties.Count && CasualtyTotals.RaisesToll(document.Text, casualties[i], casualties[i + 1]);

    /// <summary>
    /// Whether the event words from token <paramref name="first"/> are what a speaker said it had carried out, conducted
    /// or launched (<c>said it had carried out a "precise strike"</c>, <c>said its jets conducted a strike</c>).
    /// </summary>
    private bool OwnAccountAt(int first)
    {
        var k = first - 1;
        // Past the article, a quotation mark and up to two words that describe it ("a \"precise strike\"", "a targeted air strike").
        for (var skipped = 0; skipped < 4 && k > 0 && (document.IsQuoteMark(k) || (document.Word(k) is { } word && !document.IsCapitalised(k)
            && word is not ("out" or "conducted" or "launched" or "it" or "they" or "had" or "has" or "have"))); skipped++)
        {
            k--;
        }

        var verb = document.Word(k) == "out" && document.Word(k - 1) == "carried" ? k - 1 : document.Word(k) is "conducted" or "launched" ? k : -1;
        if (verb < 0)
        {
            return false;
        }

        for (var cue = verb - 2; cue >= verb - 5 && cue >= 0; cue--)
        {
            if (document.Word(cue) is { } said && StatementCue.All.ContainsKey(said))
            {
                return StatementScanner.OwnActVerb(document, cue, IsOwnArms) == verb;
            }
        }

        return false;
    }

    /// <summary>
    /// The armed group named from token <paramref name="k"/>, past <c>the</c> and who backs or leads it (<c>the
    /// U.S.-backed Syrian Democratic Forces</c>, <c>Hezbollah</c>), within eight tokens; null when none is.
    /// </summary>
    private ActorRef? GroupNamedFrom(int k)
    {
        var sorted = actors.Sorted;
        for (var g = actors.IndexAtOrAfter(k); g < sorted.Length && sorted[g].First <= k + 8; g++)
        {
            var named = sorted[g];
            for (var between = k; between < named.First; between++)
            {
                if (!(document.Word(between) is "the" or "backed" or "led" or "allied" or "aligned" or "linked" || document.Tokens[between].Kind == TokenKind.Hyphen || document.IsCapitalised(between)
                    || (document.Tokens[between].Kind == TokenKind.Symbol && document.IsSymbol(between, '.'))))
                {
                    return null;
                }
            }

            if ((named.Use & ActorUse.Modifier) == 0)
            {
                return named.Mention.Kind == ActorKind.NonStateArmedGroup ? named : null;
            }
        }

        return null;
    }

    /// <summary>Whether the event word at token <paramref name="first"/> tells one more of the same: <c>a second blast</c>, <c>another explosion</c>, <c>a further blast</c>.</summary>
    private bool IsFurtherBlast(int first) =>
        document.Word(first - 1) == "another" || (document.Word(first - 1) is "second" or "third" or "fourth" or "further" or "subsequent" && document.Word(first - 2) == "a");

    /// <summary>
    /// Whether the sentence of the event word at <paramref name="trigger"/> tells it at a place other than the place of
    /// the incident before it: the first place that locates in the sentence (before the event word, or after it within
    /// reach), named neither as that place nor inside its name (<c>In the city of Sumy, a drone struck</c> after an
    /// incident in Kharkiv), when that one is a town's or finer; with <paramref name="namedOnly"/>, a place the text names.
    /// </summary>
    private bool SentencePlacedElsewhere(int trigger, IncidentDraft before, bool namedOnly = false)
    {
        // Not a place inside a country, region or province the incident was told across ("struck energy facilities across
        // Ukraine ... In Lviv, two people were killed when a missile hit a building").
        if (before.Place is not { Name: { } name } there
            || there.Precision is not (Sitrep.Places.PlacePrecision.Town or Sitrep.Places.PlacePrecision.ExactPoint or Sitrep.Places.PlacePrecision.NearPoint or Sitrep.Places.PlacePrecision.District))
        {
            return false;
        }

        // Bounded: from the sentence's start, or the window before the event word in a run-on one.
        var sentence = document.Sentence[trigger];
        var from = Math.Max(document.SentenceStart[trigger], trigger - Window);
        for (var i = SortedSearch.LowerBound<PlaceFind, ByPreposition>(CollectionsMarshal.AsSpan(placesRead), from); i < placesRead.Count; i++)
        {
            var place = placesRead[i];
            if (document.Sentence[place.First] != sentence || place.First - trigger > PlaceReach)
            {
                return false;
            }

            // With namedOnly, a site the text does not name ("the compound") is no other place.
            if (Locates(place) && !(namedOnly && place.Mention.Place.Name is { Length: > 0 } site && !char.IsUpper(site[0])))
            {
                return place.Mention.Place.Name is { } other && !name.Contains(other, StringComparison.OrdinalIgnoreCase) && !other.Contains(name, StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an event told after <paramref name="referred"/> answers it rather than telling it on: its sentence says it
    /// was in retaliation or response (within the window around its event word; not a response vowed), its doer is the one the incident struck
    /// ("An Israeli strike killed a Hezbollah commander ... Hours later, the group fired more than 100 rockets at northern
    /// Israel"), or an armed side other than the incident's doers says it did it ("Hezbollah said it fired rockets").
    /// </summary>
    private bool IsResponseTo(EventFind e, IncidentDraft? referred)
    {
        if (referred is null)
        {
            return false;
        }

        // "strikes in retaliation for", "a revenge attack": not a response only vowed ("blamed Israel for the blasts and
        // vowed to retaliate", "threatened revenge").
        for (var w = document.WindowStart(e.Trigger, Window); w <= document.WindowEnd(e.Trigger, Window); w++)
        {
            if (document.Word(w) is { } word && ResponseWords.Contains(word)
                && document.Word(w - 1) is not ("to" or "will" or "would" or "vowed" or "vows" or "vowing" or "pledged" or "promised" or "threatened" or "threatens" or "swore"))
            {
                return true;
            }
        }

        var k = e.First == e.Trigger ? SubjectModifier.SubjectBefore(document, e.First - 1) : e.First - 1;

        // "Hezbollah later fired a barrage of rockets": past an adverb or an auxiliary to the subject.
        k = BackOverAdverbs(k, auxiliaries: true);

        // "Israeli airstrikes on southern Lebanon ... Hezbollah said it fired rockets at military sites in northern Israel":
        // a speaker's own act ("X said it", "X said they"), when the speaker is an armed side other than the incident's
        // doers (not one of their country: "The Israeli military said it struck 1,300 targets" tells the strikes on).
        if (document.Word(k) is "it" or "they" && document.Word(k - 1) is "said" or "says" && refsByLast.TryGetValue(k - 2, out var speaker)
            && speaker.Mention.Kind is ActorKind.NonStateArmedGroup or ActorKind.State or ActorKind.StateForces or ActorKind.Coalition
            && referred.Participants.Exists(p => p.Role == ParticipantRole.Perpetrator)
            && !referred.Participants.Exists(p => p.Role == ParticipantRole.Perpetrator
                && (p.Actor == speaker.Mention.Actor || (speaker.Mention.Country is { } country && actors.Draft(p.Actor)?.Country == country))))
        {
            return true;
        }

        return refsByLast.TryGetValue(k, out var doer) && referred.Participants.Exists(p => p.Actor == doer.Mention.Actor && p.Role is ParticipantRole.Victim or ParticipantRole.Target);
    }

    /// <summary>
    /// The single attack told just before a bombing or blast in its sentence, within the window, when the blast is told in
    /// a clause of <c>after</c> that no length of time comes before (<c>stormed a hotel ... after a suicide car bomber
    /// rammed its gate</c>; not <c>hours after a bomb exploded</c>): the blast that opened the attack; null otherwise.
    /// </summary>
    private IncidentDraft? PreludeOf(EventFind e)
    {
        if (e.Mention.IsPlural || e.Mention.Type is not (IncidentType.Bombing or IncidentType.Explosion) || triggerTokens.Count == 0
            || triggerIncidents[^1] is not { Plural: false, Type: IncidentType.Attack } assault)
        {
            return null;
        }

        var before = triggerTokens[^1];
        if (before >= e.First || document.Sentence[before] != document.Sentence[e.Trigger] || e.First - before > Window)
        {
            return null;
        }

        for (var k = before + 1; k < e.First; k++)
        {
            if (document.Word(k) == "after")
            {
                return document.Word(k - 1) is "hours" or "days" or "minutes" or "weeks" or "months" or "years" or "shortly" or "moments" or "day" or "hour" or "week" or "soon" or "just"
                    || document.AnyWordIn(k + 1, e.First, SeparateWords) || (DateIn(e.Trigger) is { } own && document.TokenAt(own.Span.Start) > k && document.TokenAt(own.Span.Start) < e.First)
                    ? null
                    : assault;
            }
        }

        return null;
    }

    /// <summary>
    /// The clash told one or two sentences before an attack a side says it repelled, with no day of its own and at no other
    /// place (<c>Clashes between Kurdish-led fighters and Turkey-backed factions killed at least 22 people ... The SDF said
    /// its fighters had repelled an attack by the factions</c>): the fight as one side tells it; null otherwise.
    /// </summary>
    private IncidentDraft? RepelledAttackOf(EventFind e)
    {
        var article = document.Word(e.First - 1) is "a" or "an" or "the" ? e.First - 1 : e.First;
        return !e.Mention.IsPlural && e.Mention.Type == IncidentType.Attack && document.Word(article - 1) is "repelled" or "repulsed" or "thwarted" or "foiled"
            && incidents.Count > 0 && incidents[^1] is { Type: IncidentType.ArmedClash } fight && document.Sentence[e.Trigger] - fight.Sentence is 1 or 2
            && !SentencePlacedElsewhere(e.Trigger, fight) && OwnDateIn(e.Trigger) is null
            ? fight
            : null;
    }

    /// <summary>
    /// The single incident told in an earlier sentence that an event word after <c>the</c> tells again in the sentence of a
    /// fight, or the attack told last that <c>the siege</c> or <c>the standoff</c> names there (<c>ended the siege on
    /// Saturday morning after a 14-hour battle</c>), when the fight's own day, if any, is the incident's or the next; null
    /// otherwise.
    /// </summary>
    private IncidentDraft? FightOfRetelling(EventFind e)
    {
        if (e.Mention.IsPlural || e.Mention.Type != IncidentType.ArmedClash || triggerTokens.Count == 0)
        {
            return null;
        }

        var sentence = document.Sentence[e.Trigger];
        for (var t = triggerTokens.Count - 1; t >= 0 && triggerTokens.Count - t <= 8 && document.Sentence[triggerTokens[t]] == sentence && triggerTokens[t] < e.First; t--)
        {
            if (document.Word(triggerTokens[t] - 1) == "the" && triggerIncidents[t] is { Plural: false } retold && retold.Sentence < sentence
                && retold.Type is IncidentType.Attack or IncidentType.Bombing or IncidentType.ArmedClash && OnItsDayOrNext(e.Trigger, retold))
            {
                return retold;
            }
        }

        // "ended the siege", "the standoff": the attack told last, one or two sentences before, named so.
        if (incidents.Count > 0 && incidents[^1] is { Plural: false, Type: IncidentType.Attack } besieged && sentence - besieged.Sentence is 1 or 2
            && OnItsDayOrNext(e.Trigger, besieged))
        {
            for (var k = Math.Max(document.SentenceFirst(sentence), e.First - 12); k < e.First; k++)
            {
                if (document.Word(k) is "siege" or "standoff" && document.Word(k - 1) == "the")
                {
                    return besieged;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the sentence of token <paramref name="at"/> names no day of its own, or the day of <paramref name="incident"/>
    /// or the next (a siege that ended the morning after it began).
    /// </summary>
    private bool OnItsDayOrNext(int at, IncidentDraft incident) =>
        OwnDateIn(at) is not { } own || (DayOf(incident) is { } day && own.Value.StartDate >= day.StartDate && !Apart(day, own.Value, 1));

    /// <summary>
    /// The incident of the event word told last before a verb of attack in its sentence, when a <c>when</c> stands between
    /// them (<c>The attack began late Thursday ..., when gang members opened fire</c>, <c>The blast hit the market when it
    /// was crowded</c>) and nothing marks the verb's event as another; null otherwise.
    /// </summary>
    private IncidentDraft? WhenClauseOf(EventFind e)
    {
        if (e.Mention.IsReference || triggerTokens.Count == 0 || document.Word(e.Trigger) is not { } verb || !EventScanner.IsVerbTriggerWord(verb))
        {
            return null;
        }

        var before = triggerTokens[^1];
        var sentence = document.Sentence[e.Trigger];
        if (before >= e.First || document.Sentence[before] != sentence || e.First - before > Window || triggerIncidents[^1].Plural
            || triggerIncidents[^1].Type is IncidentType.Protest or IncidentType.Riot or IncidentType.Arrest)
        {
            return null;
        }

        for (var k = before + 1; k < e.First; k++)
        {
            if (document.Word(k) == "when")
            {
                return document.AnyWordIn(k + 1, e.First, SeparateWords) ? null : triggerIncidents[^1];
            }
        }

        return null;
    }

    /// <summary>
    /// The day of a series told on one day just before an incident with no day of its own ("Israeli strikes killed at
    /// least 40 Palestinians across the Gaza Strip on Saturday ... In Jabalia, an airstrike on a house killed 12 members
    /// of one family"): one of the series (one with a figure of its own), of its type or told by its figures alone, in
    /// the three sentences after it, with only undated incidents between; not one told as background (<c>earlier</c>,
    /// <c>last</c>, <c>since</c>, <c>ago</c> in the window around it). Null otherwise.
    /// </summary>
    private TemporalValue? OfDatedSeries(int index)
    {
        var incident = incidents[index];
        for (var i = index - 1; i >= 0 && i >= index - 6; i--)
        {
            var before = incidents[i];
            if (incident.Sentence - before.Sentence > 3)
            {
                return null;
            }

            if (!before.Plural)
            {
                if (before.Time is not null)
                {
                    return null;
                }

                continue;
            }

            // A series with a figure of its own ("killed at least 40"), not one named as what someone is behind ("responsible
            // for attacks against Afghan and coalition forces").
            if (before.Time is not { Precision: TemporalPrecision.Day } day || day.StartDate != day.EndDate || incident.Sentence == before.Sentence
                || !before.Casualties.Exists(c => c.Estimate.Qualifier != EstimateQualifier.Unknown)
                || (incident.Type != before.Type && incident.Type != IncidentType.Unknown) || cumulativeIncidents?.Contains(before) == true || tallies?.Contains(before) == true)
            {
                return null;
            }

            return document.AnyWordIn(document.WindowStart(incident.Anchor, Window), document.WindowEnd(incident.Anchor, Window) + 1, BackgroundWords) ? null : day;
        }

        return null;
    }

    private static readonly FrozenSet<string> BackgroundWords = FrozenSet.ToFrozenSet<string>(["earlier", "last", "since", "ago", "previous", "previously", "separately", "elsewhere", "recent", "recently"], StringComparer.Ordinal);

    // The event words that tell again of what the incident before them struck (RetoldTarget), for RetoldDay.
    private HashSet<int>? retoldTargets;

    private static readonly FrozenSet<string> AfterTargetNoun = FrozenSet.ToFrozenSet<string>(
        ["was", "were", "is", "had", "has", "which", "that", "in", "on", "at", "from", "to", "near", "and", "when", "as", "with", "of", "after", "before", "while", "where", "itself",
            "came", "went", "took", "caught", "hit", "burst", "blew", "fell", "struck", "shook", "ran", "held", "lay", "stood", "became",
            // "fired artillery into the Abu Shouk camp early in the morning": a time after the noun.
            "early", "late", "overnight", "during", "around", "shortly", "just", "yesterday", "today", "tonight", "last", "this",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
        StringComparer.Ordinal);

    /// <summary>
    /// The incident told just before whose target an event told in the next two sentences names again: the last
    /// incident's verb acted on <c>a</c> or <c>an</c> and a noun (<c>attacked a bus carrying passengers</c>, <c>struck a
    /// crowded market in</c>), and the event's sentence says <c>the</c> and that noun, as a noun of its own (<c>The bus
    /// was traveling ... when gunmen opened fire on it</c>; not <c>the bus station</c>), the site's name between them or
    /// not (<c>the Abu Shouk camp</c>). Not a plural or reference event,
    /// one told as separate or another, or one on a day apart from the incident's own; null when there is none.
    /// </summary>
    private IncidentDraft? RetoldTarget(EventFind e)
    {
        if (e.Mention.IsReference || e.Mention.IsPlural || incidents.Count == 0 || document.Word(e.Trigger) is not { } verb || !EventScanner.IsVerbTriggerWord(verb)
            || e.Mention.Type is IncidentType.Protest or IncidentType.Riot or IncidentType.Arrest)
        {
            return null;
        }

        var last = incidents[^1];
        var sentence = document.Sentence[e.Trigger];
        if (last.Plural || sentence - last.Sentence is not (1 or 2) || last.Type is IncidentType.Protest or IncidentType.Riot or IncidentType.Arrest or IncidentType.Unknown
            || document.Word(last.Anchor) is not { } lastWord || TargetNoun(last.Anchor, EventScanner.IsVerbTriggerWord(lastWord)) is not { } noun)
        {
            return null;
        }

        var named = false;
        var end = document.WindowEnd(e.Trigger, Window);
        for (var k = document.SentenceStart[e.Trigger]; k + 1 <= end && !named; k++)
        {
            // "the Abu Shouk camp" after "shelled a displacement camp": the noun with the site's name before it, up to
            // three words.
            var at = k + 1;
            while (document.Word(k) == "the" && at < k + 4 && document.IsCapitalised(at) && document.Word(at) != noun)
            {
                at++;
            }

            named = document.Word(k) == "the" && document.Word(at) == noun && !document.IsCapitalised(at)
                && (document.Word(at + 1) is not { } after || AfterTargetNoun.Contains(after) || after.EndsWith("ed", StringComparison.Ordinal) || after.EndsWith("ing", StringComparison.Ordinal));
        }

        // "killed at least 85 people in an attack on a village in Al Jazira state ... RSF fighters had stormed Wad al-Noura on
        // Wednesday": the settlement struck, unnamed before, named right after the verb that tells the event again.
        named |= noun is "village" or "town" or "hamlet" or "settlement" && SettlementNamedAfter(e.Trigger);

        if (!named || document.AnyWordIn(document.WindowStart(e.Trigger, Window), e.Trigger, SeparateWords))
        {
            return null;
        }

        // "an overnight attack" told on a Friday, "stormed the village late Wednesday": a night or a day's end told is
        // within a day of the other.
        return DateIn(e.Trigger) is { } own && document.Sentence[document.TokenAt(own.Span.Start)] == sentence
            && DateIn(last.Anchor) is { } lastDay && document.Sentence[document.TokenAt(lastDay.Span.Start)] == last.Sentence
            && Apart(own.Value, lastDay.Value, IsNightOrDayEnd(own.Value) || IsNightOrDayEnd(lastDay.Value) ? 1 : 0)
            ? null
            : last;
    }

    /// <summary>
    /// Whether a settlement is named right after the verb at token <paramref name="trigger"/>, as what it struck
    /// (<c>stormed Wad al-Noura</c>, <c>attacked the village of Kuchi</c>): a town's place, capitalised.
    /// </summary>
    private bool SettlementNamedAfter(int trigger) =>
        PlaceScanner.ObjectOf(document, refsByFirst, trigger, timedTokens) is { } target && Locates(target)
        && target.Mention.Place.Precision is Sitrep.Places.PlacePrecision.Town or Sitrep.Places.PlacePrecision.ExactPoint;

    private static readonly FrozenSet<string> SeparateWords = FrozenSet.ToFrozenSet<string>(["separate", "separately", "elsewhere", "another", "meanwhile", "also", "earlier", "later"], StringComparer.Ordinal);

    // The noun an event word at token trigger acted on: after a verb, "a" or "an"; after a noun, "on", "against" or "at"
    // and "a" or "an" ("an attack on a village"); then up to three lower-case words, the last before a word that cannot
    // be in the noun (a preposition, a participle, a punctuation mark) the noun.
    private string? TargetNoun(int trigger, bool isVerb)
    {
        var article = isVerb ? trigger + 1 : trigger + 2;
        if (!isVerb && document.Word(trigger + 1) is not ("on" or "against" or "at"))
        {
            return null;
        }

        if (document.Word(article) is not ("a" or "an"))
        {
            return null;
        }

        string? noun = null;
        for (var k = article + 1; k <= article + 3; k++)
        {
            if (document.Word(k) is not { } word || document.IsCapitalised(k) || AfterTargetNoun.Contains(word) || word.EndsWith("ing", StringComparison.Ordinal) || word is "by" or "for" or "into" or "across" or "inside" or "outside")
            {
                break;
            }

            noun = word;
        }

        return noun is { Length: >= 3 } ? noun : null;
    }

    /// <summary>
    /// Whether a figure of people killed or injured is told in the sentence of token <paramref name="token"/>, within the
    /// window around it (so a text with no full stops cannot make the look quadratic).
    /// </summary>
    private bool KilledOrInjuredIn(int token)
    {
        casualtyTokens ??= casualties.Select(c => document.TokenAt(c.Span.Start)).ToArray();
        var end = document.WindowEnd(token, Window);
        var at = Array.BinarySearch(casualtyTokens, document.WindowStart(token, Window));
        for (at = at < 0 ? ~at : at; at < casualtyTokens.Length && casualtyTokens[at] <= end; at++)
        {
            if (casualties[at].Outcome is CasualtyOutcome.Killed or CasualtyOutcome.Injured)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an event told by a verb with no date of its own (<see cref="IsUndatedVerb"/>) goes on with the last
    /// incident rather than telling one of its own: "Gunmen then stormed the hotel and fought security forces" after the
    /// bombing, with no toll in its sentence either.
    /// </summary>
    private bool IsFollowOn(EventFind e)
    {
        if (ToldAsHabit(e.Trigger))
        {
            return false;
        }

        var sentence = document.Sentence[e.Trigger];
        casualtyTokens ??= casualties.Select(c => document.TokenAt(c.Span.Start)).ToArray();
        var at = Array.BinarySearch(casualtyTokens, document.SentenceStart[e.Trigger]);
        at = at < 0 ? ~at : at;
        return !(at < casualtyTokens.Length && document.Sentence[casualtyTokens[at]] == sentence);
    }

    /// <summary>
    /// Whether the verb at token <paramref name="trigger"/> tells what its doers have done before, not the event told:
    /// in the perfect with a word of habit or of the past in its clause (<c>Pakistani Taliban militants have attacked
    /// polio teams in the past</c>, <c>have repeatedly targeted</c>, <c>has often struck</c>).
    /// </summary>
    private bool ToldAsHabit(int trigger)
    {
        var k = trigger - 1;
        var habit = false;
        for (; k >= 0 && k >= trigger - 3 && document.Word(k) is { } adverb && HabitAdverbs.Contains(adverb); k--)
        {
            habit |= adverb != "also";
        }

        if (document.Word(k) is not ("has" or "have" or "had"))
        {
            return false;
        }

        // The word of habit ends its clause: "in the past." (not "in the past 24 hours", "in the past week", a span up to
        // now), "before, saying" (not "before 2010", "before dawn").
        var end = Math.Min(document.SentenceEnd(trigger), trigger + 10);
        for (var m = trigger + 1; m <= end && !habit && !document.IsSymbol(m, ','); m++)
        {
            habit = (document.Word(m) is "before" or "previously" or "repeatedly" or "often" or "frequently" or "regularly" or "routinely" && EndsClause(m + 1))
                || (document.Word(m) == "in" && document.Word(m + 1) == "the" && document.Word(m + 2) == "past" && EndsClause(m + 3));
        }

        return habit;
    }

    // Whether a clause ends before token k: the text's or a sentence's end, a mark, or "and" or "but".
    private bool EndsClause(int k) =>
        k >= document.Count || document.Sentence[k] != document.Sentence[k - 1] || tokens[k].Kind == TokenKind.Symbol || document.Word(k) is "and" or "but";

    private static readonly FrozenSet<string> HabitAdverbs = FrozenSet.ToFrozenSet<string>(
        ["also", "repeatedly", "often", "frequently", "regularly", "routinely", "previously", "long"], StringComparer.Ordinal);

    /// <summary>
    /// The last incident a reference of type <paramref name="type"/> may point back to: the last one, passing over
    /// protests, riots and arrests unless the reference is of their kind ("Protests began on Oct 8 ... the attack" is
    /// not the protests'); with <paramref name="single"/>, passing over series too (null when only series remain).
    /// </summary>
    private IncidentDraft? LastViolent(IncidentType type, bool single = false)
    {
        for (var i = incidents.Count - 1; i >= 0 && i >= incidents.Count - 4; i--)
        {
            if ((incidents[i].Type == type || incidents[i].Type is not (IncidentType.Protest or IncidentType.Riot or IncidentType.Arrest)) && !(single && incidents[i].Plural))
            {
                return incidents[i];
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a plural event word of violence opens its sentence after <c>The</c> and a verb of their happening follows
    /// (<c>The attacks took place in the districts of Macomia and Muidumbe between Monday and Wednesday</c>) in the sentence
    /// after the text's first figure, of people killed or hurt: the events that figure counted, told again.
    /// </summary>
    private bool PluralRetoldOpening(EventFind e) =>
        e.Mention.IsPlural && e.Mention.Type is IncidentType.Attack or IncidentType.Strike or IncidentType.Bombing or IncidentType.ArmedClash
        && e.First == e.Trigger && document.Word(e.First - 1) == "the" && document.SentenceStart[e.First - 1] == e.First - 1
        && (document.Word(e.Trigger + 1) is "happened" or "occurred" || (document.Word(e.Trigger + 1) == "took" && document.Word(e.Trigger + 2) == "place"))
        && casualties.Count > 0 && casualties[0].Outcome is CasualtyOutcome.Killed or CasualtyOutcome.Injured && document.TokenAt(casualties[0].Span.Start) is var told
        && told < e.First && document.Sentence[e.Trigger] - document.Sentence[told] == 1;

    /// <summary>
    /// The protest or riot told last, in the event word's sentence or the one before, when the event word's clause tells
    /// force used to break up a crowd (<c>tear gas</c>, <c>to disperse</c>, <c>water cannon</c>, <c>rubber bullets</c>)
    /// and gives no other day; null otherwise.
    /// </summary>
    private IncidentDraft? CrowdDispersed(EventFind e)
    {
        if (e.Mention.IsPlural || e.Mention.Type is not (IncidentType.Attack or IncidentType.Protest or IncidentType.Unknown) || incidents.Count == 0
            || incidents[^1] is not { Type: IncidentType.Protest or IncidentType.Riot, Plural: false } crowd || document.Sentence[e.Trigger] - crowd.Sentence is not (0 or 1)
            || (OwnDateIn(e.Trigger) is { } own && !ReferenceEquals(own, DateIn(crowd.Anchor))))
        {
            return null;
        }

        // The force told by the event word's own clause: "fired tear gas to disperse them", not a killing told after it.
        var sentence = document.Sentence[e.Trigger];
        for (var k = Math.Max(document.SentenceFirst(sentence), e.First - 3); k < document.Count && document.Sentence[k] == sentence && k <= e.Trigger + 10; k++)
        {
            if (document.Word(k) is "disperse" or "dispersed" or "teargas" or "batons" || (document.Word(k) == "gas" && document.Word(k - 1) == "tear")
                || (document.Word(k) is "cannon" or "cannons" && document.Word(k - 1) == "water") || (document.Word(k) == "bullets" && document.Word(k - 1) == "rubber"))
            {
                return crowd;
            }
        }

        return null;
    }

    /// <summary>
    /// The incident told last, in the event word's sentence or up to three before, when the event word names it as a side
    /// calls it (<c>for what it called an ambush</c>, <c>in what police described as a terrorist attack</c>) or in what a
    /// side denies (<c>denied that they had set an ambush</c>), with no day of its own; null otherwise.
    /// </summary>
    private IncidentDraft? CalledOrDeniedSo(EventFind e)
    {
        if (e.Mention.IsPlural || incidents.Count == 0 || incidents[^1] is not { Plural: false } last || last.Anchor >= e.First
            || document.Sentence[e.Trigger] - last.Sentence is < 0 or > 3
            || (OwnDateIn(e.Trigger) is { } own && !ReferenceEquals(own, DateIn(last.Anchor))))
        {
            return null;
        }

        var article = document.Word(e.First - 1) is "a" or "an" ? e.First - 1 : e.First;
        var called = document.Word(article - 1) is "called" or "termed" or "dubbed" ? article - 1
            : document.Word(article - 1) == "as" && document.Word(article - 2) is "described" or "characterised" or "characterized" ? article - 2
            : -1;
        if (called > 0 && document.Sentence[e.Trigger] - last.Sentence <= 1)
        {
            // "what it called", "what police described as": "what" and at most three words for who calls it.
            for (var k = called - 1; k >= 0 && k >= called - 4 && document.Sentence[k] == document.Sentence[e.Trigger]; k--)
            {
                if (document.Word(k) == "what")
                {
                    return last;
                }
            }
        }

        // "denied that they had set an ambush", "denying it had carried out the attack": within eight words of the denial.
        for (var k = e.First - 1; k >= 0 && k >= e.First - 8 && document.Sentence[k] == document.Sentence[e.Trigger]; k--)
        {
            if (document.Word(k) is "denied" or "denying" or "denies")
            {
                return last;
            }

            if (document.IsSymbol(k, ',') || document.IsSymbol(k, ';'))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// The incident whose doers a fight (<c>firefight</c>, <c>clash</c>, <c>gunbattle</c>) is told against, named again
    /// in its sentence (<c>the attackers</c>, <c>the gunmen</c>), one or two sentences after it, with no day of its own
    /// and at no other place; or the fight told one or two sentences before an attack a side says it repelled; null
    /// otherwise.
    /// </summary>
    private IncidentDraft? AgainstDoersToldBefore(EventFind e)
    {
        if (RepelledAttackOf(e) is { } fight)
        {
            return fight;
        }

        if (e.Mention.IsPlural || e.Mention.Type != IncidentType.ArmedClash || incidents.Count == 0 || incidents[^1] is not { Plural: false } last
            || document.Sentence[e.Trigger] - last.Sentence is not (1 or 2) || !last.Participants.Exists(p => p.Role == ParticipantRole.Perpetrator)
            || SentencePlacedElsewhere(e.Trigger, last) || OwnDateIn(e.Trigger) is not null)
        {
            return null;
        }

        var sentence = document.Sentence[e.Trigger];
        for (var k = Math.Max(document.SentenceFirst(sentence), e.Trigger - 10); k < document.Count && k <= e.Trigger + 10 && document.Sentence[k] == sentence; k++)
        {
            if (document.Word(k) == "the" && document.Word(k + 1) is { } doers && doers.EndsWith('s') && EventScanner.IsAttackerWord(doers))
            {
                return last;
            }
        }

        return null;
    }

    /// <summary>
    /// Types an incident told by its figures alone by the kind the figures say: all detained, an arrest; all abducted, an
    /// abduction ("Security forces arrested 25 protesters", "bandits have kidnapped hundreds of people").
    /// </summary>
    private static void TypeByFigures(IncidentDraft incident)
    {
        if (incident.Type == IncidentType.Unknown && incident.Casualties.Count > 0
            && (incident.Casualties.TrueForAll(c => c.Outcome == CasualtyOutcome.Detained) || incident.Casualties.TrueForAll(c => c.Outcome == CasualtyOutcome.Abducted)))
        {
            incident.Type = incident.Casualties[0].Outcome == CasualtyOutcome.Detained ? IncidentType.Arrest : IncidentType.Abduction;
        }
    }

    /// <summary>
    /// The incident an event phrase names the weapon of: after <c>using</c> or <c>used</c> (<c>the attackers used a car
    /// bomb</c>, up to two sentences after the last incident), <c>caused by</c> (<c>The blast was caused by a car
    /// bomb</c>, the same) or <c>with</c> (<c>attacked the base with a car bomb</c>, in the incident's sentence); null
    /// when the phrase tells an event.
    /// </summary>
    private IncidentDraft? InstrumentOf(EventFind e)
    {
        if (e.Mention.IsPlural || e.Mention.Means.Count == 0 || incidents.Count == 0)
        {
            return null;
        }

        var k = e.First - 1;
        if (document.Word(k) is "a" or "an" or "the" or "two" or "three")
        {
            k--;
        }

        // "attacked a military base with explosives-laden drones and a truck bomb": the last of a list of what it was done
        // with, back to its "with" or "using" within eight words.
        if (document.Word(k) is "and" or "or")
        {
            for (var m = k - 1; m >= 0 && m >= k - 8 && document.Sentence[m] == document.Sentence[k]; m--)
            {
                if (document.Word(m) is "with" or "using")
                {
                    k = m;
                    break;
                }

                if (document.Word(m) is "in" or "on" or "at" or "near" or "and" or "or" or "when" or "after" or "as" or "said")
                {
                    break;
                }
            }
        }

        var last = incidents[^1];
        var sentence = document.Sentence[e.Trigger];
        return document.Word(k) switch
        {
            "using" or "used" or "use" or "uses" => sentence - last.Sentence <= 2 && !last.Plural ? last : null,
            "with" => sentence == last.Sentence && !last.Plural ? last : null,

            // "The blast was caused by a car bomb parked near the market's entrance": what caused the event told before.
            "by" when document.Word(k - 1) is "caused" or "triggered" or "set" or "sparked" => sentence - last.Sentence <= 2 && !last.Plural ? last : null,

            // "Al Shabaab militants attacked a military base on Thursday ... The militants first detonated a car bomb at
            // the gate before storming it": the weapon the attackers named again set off, in the next two sentences and
            // with no date of its own, is how the attack was done.
            "detonated" or "detonating" or "exploded" => sentence - last.Sentence is >= 1 and <= 2 && !last.Plural && SubjectRefersBack(k) && SiteReferredBack(e.Trigger)
                && (DateIn(e.Trigger) is not { } date || document.Sentence[document.TokenAt(date.Span.Start)] != sentence) ? last : null,
            _ => null,
        };
    }

    /// <summary>
    /// Whether the place after the event word at token <paramref name="trigger"/>, within twelve words of its sentence,
    /// is a site told before (<c>at the gate of the base</c>) or none is named; not a place of its own (<c>at a
    /// checkpoint in Mogadishu</c>).
    /// </summary>
    private bool SiteReferredBack(int trigger)
    {
        var sentence = document.Sentence[trigger];
        for (var k = trigger + 1; k < document.Count && k <= trigger + 12 && document.Sentence[k] == sentence; k++)
        {
            if (document.Word(k) == "the" && document.Word(k + 1) is { } site && PlaceScanner.IsSiteWord(site))
            {
                return true;
            }

            if (document.Word(k) is "in" or "at" or "near" or "outside" && document.IsCapitalised(k + 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Israeli strikes across the Gaza Strip killed at least 45 people ... One strike hit a tent camp": one of the events
    /// of a series told just before (<c>one</c>, <c>one of the</c>), in the next two sentences, of its type and with no
    /// doer of its own, was done by the series' doers.
    /// </summary>
    private void OneOfTheSeries(IncidentDraft incident, IncidentDraft? series, EventFind e)
    {
        var oneOf = document.Word(e.First - 1) == "one" || (document.Word(e.First - 1) == "the" && document.Word(e.First - 2) == "of" && document.Word(e.First - 3) == "one");
        if (!oneOf || series is not { Plural: true } || series.Type != incident.Type || document.Sentence[e.Trigger] - series.Sentence is not (1 or 2)
            || incident.Participants.Exists(p => p.Role == ParticipantRole.Perpetrator))
        {
            return;
        }

        foreach (var doer in series.Participants)
        {
            if (doer.Role == ParticipantRole.Perpetrator)
            {
                incident.Participants.Add(doer);
            }
        }
    }

    // Whether the sentence of token at opens with "The" and a plural noun of attackers told back ("The attackers,
    // believed to be from a rival community, also stole ..."); not "They", who may be either side.
    private bool OpenedByAttackersToldBack(int at)
    {
        var first = document.SentenceStart[at];
        return document.Word(first) == "the" && document.Word(first + 1) is { } men && IsAttackersToldBack(men);
    }

    /// <summary>
    /// Whether the subject of the verb at token <paramref name="verb"/> points back to attackers already told: <c>they</c>
    /// or <c>the</c> and a plural noun of them (<c>The militants first detonated</c>, <c>the attackers then set off</c>).
    /// </summary>
    private bool SubjectRefersBack(int verb)
    {
        var subject = verb - 1;
        while (document.Word(subject) is "first" or "then" or "initially" or "reportedly" or "allegedly" or "later")
        {
            subject--;
        }

        return document.Word(subject) == "they" || (document.Word(subject - 1) == "the" && document.Word(subject) is { } men && IsAttackersToldBack(men));
    }

    /// <summary>Whether a plural noun after <c>the</c> points back to attackers already told (<c>the militants</c>, <c>the gunmen</c>).</summary>
    // The last word of a phrase ("three attackers": "attackers").
    private static string LastWord(string phrase) => phrase[(phrase.LastIndexOf(' ') + 1)..].ToLowerInvariant();

    private static bool IsAttackersToldBack(string men) =>
        men is "militants" or "attackers" or "assailants" or "gunmen" or "insurgents" or "fighters" or "rebels" or "jihadists" or "bombers" or "raiders" or "bandits";

    /// <summary>Whether the verb at token <paramref name="k"/> is passive: <c>was</c>, <c>were</c> or <c>been</c> right before it, an adverb in -ly between.</summary>
    private bool IsPassiveAt(int k)
    {
        var before = document.Word(k - 1) is { Length: > 4 } adverb && adverb.EndsWith("ly", StringComparison.Ordinal) ? k - 2 : k - 1;
        return document.Word(before) is "was" or "were" or "been";
    }

    // An event that tells an incident in detail joins it; its doers are the incident's when it had none, or only doers
    // described, not named ("Paramilitary fighters shelled a displacement camp ... The Rapid Support Forces ... fired
    // artillery into the Abu Shouk camp": the RSF too).
    private void TellOn(IncidentDraft incident, EventFind e)
    {
        if (!incident.Participants.Exists(p => p.Role == ParticipantRole.Perpetrator && !DescribedOnly(p)))
        {
            AddParticipantsAround(incident, e);
        }

        JoinTo(incident, e);
    }

    // Whether a participant was told by a description of its kind alone ("paramilitary fighters", "gunmen"), no name.
    private bool DescribedOnly(Participant participant) =>
        participant.Provenance is [{ Span: { } span }, ..] && refsByFirst.TryGetValue(document.TokenAt(span.Start), out var told) && told.Mention.Form == ActorMentionForm.Composite;

    /// <summary>An event phrase that tells part of an incident already made: its means join the incident's, its trigger points to it.</summary>
    private void JoinTo(IncidentDraft incident, EventFind e)
    {
        foreach (var means in e.Mention.Means)
        {
            if (!incident.Means.Contains(means))
            {
                incident.Means.Add(means);
            }
        }

        triggerTokens.Add(e.Trigger);
        triggerIncidents.Add(incident);
    }

    /// <summary>
    /// The incident an event phrase tells the manner of: <c>in</c> or <c>during</c> and an article right before the event
    /// words, in the sentence of the last incident's event word and after it, within the window, with no word opening a
    /// clause between ("Militants stormed a police station ..., killing 10 officers and wounding six others in a gunbattle
    /// that lasted hours", "Gunmen attacked a convoy, killing two soldiers in an ambush"), or right after <c>after</c> a
    /// fight the event began with ("attacked a prison, freeing 200 inmates after a gunbattle with guards"); null when the phrase tells an
    /// event of its own ("in a separate attack", "hours after one in a market"), or across a line (a headline run into
    /// its lead).
    /// </summary>
    private IncidentDraft? MannerOf(EventFind e)
    {
        // "attacked a prison ..., freeing more than 200 inmates after a gunbattle with guards": a fight the attack began
        // with, right after "after" (not "hours after", "a day after": another time).
        var afterFight = document.Word(e.First - 2) is "after" or "following" && e.Mention.Type == IncidentType.ArmedClash
            && document.Word(e.First - 3) is not ("hours" or "hour" or "days" or "day" or "minutes" or "minute" or "weeks" or "week" or "months" or "shortly" or "soon" or "moments" or "just" or "long");
        if (e.Mention.IsPlural || e.Mention.IsReference || triggerTokens.Count == 0 || document.Word(e.First - 1) is not ("a" or "an")
            || (document.Word(e.First - 2) is not ("in" or "during") && !afterFight))
        {
            return null;
        }

        var before = triggerTokens[^1];
        var last = triggerIncidents[^1];
        return before < e.First && e.First - before <= Window && document.Sentence[before] == document.Sentence[e.Trigger] && !last.Plural
            && !ClauseWordBetween(before, afterFight ? e.First - 2 : e.First) && OtherDayBetween(before, e.First) < 0
            && document.Text.AsSpan(document.Tokens[before].End, document.Tokens[e.First].Start - document.Tokens[before].End).IndexOfAny('\n', '\u2028', '\u2029') < 0
            ? last
            : null;
    }

    /// <summary>
    /// Whether the kind of an event told as the manner of an incident says more than the incident's own: any kind says
    /// more than none, a bombing, strike or shelling more than an attack, and any violence against people more than the
    /// destruction of property ("Gang members set fire to dozens of homes and shot at residents fleeing": an attack).
    /// </summary>
    private static bool SaysMoreThan(IncidentType told, IncidentType incident) =>
        incident is IncidentType.Unknown || (incident == IncidentType.Attack && told is IncidentType.Bombing or IncidentType.Strike or IncidentType.Shelling)
        || (incident == IncidentType.PropertyDestruction && told is IncidentType.Attack or IncidentType.Bombing or IncidentType.Strike or IncidentType.Shelling);

    /// <summary>
    /// Whether plural event words strike one site on one day (<c>carried out airstrikes on a village on Tuesday</c>,
    /// <c>shelled ... : the strikes on the town's market on Sunday</c>): <c>on</c>, an article and at most two words
    /// before a singular site (not an area, not a second site after <c>and</c>), with a day named in the sentence; one
    /// event, as datasets code a day and a place.
    /// </summary>
    private bool OnOneSiteOnOneDay(EventFind e)
    {
        var on = e.Trigger + 1;
        if (document.Word(on) != "on" || document.Word(on + 1) is not ("a" or "an" or "the"))
        {
            return false;
        }

        for (var k = on + 2; k <= on + 4; k++)
        {
            if (document.Word(k) is { } site && Sitrep.Text.Places.PlaceScanner.IsSiteWord(site))
            {
                return document.Word(k + 1) is not ("and" or "or") && !(document.IsSymbol(k + 1, ',') && document.Word(k + 2) is "a" or "an" or "the")
                    && DateIn(e.Trigger) is { } day && day.Value.Precision >= TemporalPrecision.Day
                    && document.Sentence[document.TokenAt(day.Span.Start)] == document.Sentence[e.Trigger];
            }

            if (document.Word(k) is null)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the plural event words starting at token <paramref name="first"/> name a series the event told is one of:
    /// <c>the latest in a series of attacks</c>, <c>the third of a string of assaults</c>, <c>part of a wave of
    /// bombings</c>, <c>the latest in a spate of deadly raids</c>, <c>the latest round of strikes</c> (up to two words
    /// between <c>of</c> and them).
    /// </summary>
    private bool IsOneOfSeries(int first)
    {
        for (var of = first - 1; of >= 0 && of >= first - 3; of--)
        {
            if (document.Word(of) == "of")
            {
                // "the latest round of strikes", "a new wave of attacks": a rank right before the run's word.
                return (document.Word(of - 1) is "series" or "string" or "spate" or "wave" or "run" or "chain" or "succession" or "slew" or "flurry"
                    && document.Word(of - 2) is "a" or "an" && document.Word(of - 3) is "in" or "of" && document.Word(of - 4) is { } rank
                    && (rank is "latest" or "newest" or "recent" or "part" || Numbers.NumberWords.Ordinals.Contains(rank)))
                    || (document.Word(of - 1) is "round" or "wave" or "series" or "spate" or "salvo" && document.Word(of - 2) is { } before
                        && (before is "latest" or "newest" or "new" or "fresh" || Numbers.NumberWords.Ordinals.Contains(before)) && document.Word(of - 3) is "the" or "a" or "its" or "their");
            }

            if (document.Word(of) is null)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The incident an event told by a participle tells the manner of: the participle right after a comma (<c>stormed
    /// the village shortly before dawn, shelling homes</c>), or after <c>and</c> joined to one after a comma (<c>setting
    /// homes on fire and shooting residents</c>), with a verb of attack the last event word before it, in its
    /// sentence and within the window, no word opening a clause and no other day between; null otherwise.
    /// </summary>
    private IncidentDraft? ParticipleOf(EventFind e)
    {
        if (e.Mention.IsPlural || e.Mention.IsReference || triggerTokens.Count == 0 || e.First != e.Trigger
            || !(document.IsSymbol(e.First - 1, ',') || document.Word(e.First - 1) == "and")
            || document.Word(e.Trigger) is not { } participle || !participle.EndsWith("ing", StringComparison.Ordinal))
        {
            return null;
        }

        var before = triggerTokens[^1];
        var last = triggerIncidents[^1];

        // "stormed the village ..., setting homes on fire and shooting residents": after "and", a participle joined to one
        // right after a comma since the verb.
        if (!document.IsSymbol(e.First - 1, ','))
        {
            var joined = false;
            for (var k = e.First - 2; k > before && k > e.First - Window && !joined; k--)
            {
                joined = document.IsSymbol(k - 1, ',') && document.Word(k) is { } first && first.EndsWith("ing", StringComparison.Ordinal);
            }

            if (!joined)
            {
                return null;
            }
        }

        return before < e.First && e.First - before <= Window && document.Sentence[before] == document.Sentence[e.Trigger] && !last.Plural
            && document.Word(before) is { } verb && EventScanner.IsVerbTriggerWord(verb) && !ClauseWordBetween(before, e.First) && OtherDayBetween(before, e.First) < 0
            ? last
            : null;
    }

    /// <summary>
    /// The incident an event told by a verb joined to the one before it shares: the verb right after <c>and</c> (or
    /// <c>and then</c>), with no subject of its own (<c>stormed a passenger bus, forced travellers off and shot dead 23
    /// of them</c>), a verb of attack the last event word before it, in its sentence and within the window, no word
    /// opening a clause and no other day between; null otherwise.
    /// </summary>
    private IncidentDraft? CoordinateOf(EventFind e)
    {
        if (e.Mention.IsPlural || e.Mention.IsReference || triggerTokens.Count == 0 || e.First != e.Trigger || document.Word(e.Trigger) is not { } verb
            || !EventScanner.IsVerbTriggerWord(verb))
        {
            return null;
        }

        var and = document.Word(e.First - 1) == "then" ? e.First - 2 : e.First - 1;
        var before = triggerTokens[^1];
        var last = triggerIncidents[^1];
        return document.Word(and) == "and" && before < and && e.First - before <= Window && document.Sentence[before] == document.Sentence[e.Trigger] && !last.Plural
            && document.Word(before) is { } verbBefore && EventScanner.IsVerbTriggerWord(verbBefore) && !ClauseWordBetween(before, e.First) && OtherDayBetween(before, e.First) < 0
            ? last
            : null;
    }

    /// <summary>Whether a time of day follows token <paramref name="k"/> (<c>before dawn</c>, <c>after midnight</c>, <c>before daybreak on Tuesday</c>).</summary>
    private bool IsTimeOfDayAfter(int k) =>
        document.Word(k + 1) is "dawn" or "daybreak" or "sunrise" or "noon" or "midday" or "dusk" or "sunset" or "nightfall" or "midnight";

    /// <summary>
    /// The incident plural event words point back to: the last incident, of their own kind, two sentences on at most
    /// (four when it, too, is told in the plural): "Coalition jets pounded the capital on Sunday night. The strikes began
    /// at around 9 p.m.", "Suspected jihadists killed 40 civilians in attacks on two villages ... No group has claimed
    /// the attacks". With an article, of the last four incidents the latest of a kind they name: the blasts of bombs,
    /// strikes or shells ("Pagers exploded across Lebanon ... Hezbollah blamed Israel for the blasts"), the attacks of
    /// any of those ("A bomb ripped through a market ... No group claimed the attacks"), past an incident of another
    /// kind told since ("Israeli warplanes struck the port ..., a day after a Houthi drone attack ... The military said
    /// the strikes hit fuel depots"): of those, the latest told in the plural, when in reach (never the rockets of a week
    /// before in "Israeli air strikes hit targets near Damascus ... A monitoring group said the raids began"), then
    /// the latest told in the singular, then a series told in passing ("The United States has carried out dozens of drone
    /// strikes in Yemen since 2011. Yemen's president ... has backed the strikes"). Null when they point back to none.
    /// </summary>
    private IncidentDraft? PluralReferenceOf(EventFind e)
    {
        if (!e.Mention.IsPlural || e.First != e.Trigger || incidents.Count == 0)
        {
            return null;
        }

        var sentence = document.Sentence[e.Trigger];
        if (document.Word(e.First - 1) is "the" or "these" or "those")
        {
            // Of the last four incidents of a kind they name: the latest told in the plural, else the latest told in the
            // singular in reach, else a series told in passing in reach.
            IncidentDraft? plural = null, singular = null, passing = null;
            for (var i = incidents.Count - 1; i >= 0 && i >= incidents.Count - 4; i--)
            {
                var told = incidents[i];
                if (told.Type != e.Mention.Type && !NamesKindOf(e.Mention.Type, told.Type))
                {
                    continue;
                }

                if (IsSeriesInPassing(told, told.Anchor))
                {
                    passing ??= told;
                }
                else if (told.Plural)
                {
                    plural ??= told;
                }
                else
                {
                    singular ??= told;
                }
            }

            if (plural is not null)
            {
                return PointsBackTo(e, plural) ? plural : null;
            }

            return singular is not null && PointsBackTo(e, singular) ? singular : passing is not null && PointsBackTo(e, passing) ? passing : null;
        }

        var last = incidents[^1];

        // "A military airstrike on a village killed at least 17 civilians ... Two fighter jets dropped bombs on the village
        // at about 9:30 p.m. on Monday": the bombs dropped, told in the sentence after a strike, are that strike's.
        if (document.Word(e.First - 1) is "dropped" or "dropping" && last.Type == IncidentType.Strike && NamesKindOf(e.Mention.Type, last.Type) && sentence - last.Sentence == 1)
        {
            return last;
        }

        return last.Type == e.Mention.Type && DayOfSuperlative(e.First) && last.Plural && sentence - last.Sentence <= 1 ? last : null;
    }

    // Whether plural words at a sentence's event word may point back to an incident: two sentences on at most, four when
    // it is told in the plural too or is the report's first; not when they open a sentence dated to another day ("Police captured the second
    // suspect in the Boston Marathon bombings on Friday ... The bombs killed three people near the finish line on
    // Monday": that day's).
    private bool PointsBackTo(EventFind e, IncidentDraft told)
    {
        var opening = document.SentenceStart[e.First] == e.First - 1;
        // (Four for the lead's event too: "U.S. and British warplanes struck Houthi targets ... The U.S. Central Command
        // said the strikes hit 13 locations", three sentences on.)
        // Not events named by their day ("the attacks of September 11"): those of that day.
        // (Eight for the lead's event claimed, condemned or blamed: "No group has claimed the attacks", told last.)
        var claimed = document.Word(e.First - 2) is "claimed" or "claim" or "claims" or "claiming" or "condemned" or "condemning"
            || (document.Word(e.First - 2) == "for" && document.Word(e.First - 3) is "responsibility" or "blamed" or "blaming" or "blame");
        return document.Sentence[e.Trigger] - told.Sentence <= (claimed && ReferenceEquals(told, incidents[0]) ? 8 : told.Plural || ReferenceEquals(told, incidents[0]) ? 4 : 2)
            && !(document.Word(e.Trigger + 1) == "of" && DateIn(e.Trigger + 2) is { } named && document.TokenAt(named.Span.Start) == e.Trigger + 2)
            && !(opening && OwnDateIn(e.Trigger) is { } own && DateIn(told.Anchor) is { } toldOn && Apart(own.Value, toldOn.Value, 0));
    }

    // Whether plural words of a kind of event name events of another kind: blasts, those of bombs, strikes and shells;
    // bombs, those of strikes (bombs dropped from the air: "Russian glide bombs struck the city ... The bombs hit an
    // apartment block"); attacks, those and blasts.
    private static bool NamesKindOf(IncidentType words, IncidentType told) =>
        (words == IncidentType.Explosion && told is IncidentType.Bombing or IncidentType.Strike or IncidentType.Shelling)
        || (words == IncidentType.Bombing && told == IncidentType.Strike)
        || (words == IncidentType.Attack && told is IncidentType.Bombing or IncidentType.Strike or IncidentType.Shelling or IncidentType.Explosion);

    // "the deadliest day of strikes since the 2006 war", "the worst night of shelling": the events told before, measured
    // by a stretch of time they filled.
    private bool DayOfSuperlative(int first) =>
        document.Word(first - 1) == "of" && document.Word(first - 2) is "day" or "night" or "week" or "month" or "weekend" or "days" or "nights" or "weeks"
        && document.Word(first - 3) is { } measure && Superlatives.Contains(measure);

    /// <summary>
    /// Whether an event is told by a verb of attack with no date in its sentence, and not marked as another event
    /// ("In a separate incident", "Separately", "Elsewhere").
    /// </summary>
    private bool IsUndatedVerb(EventFind e)
    {
        if (document.Word(e.Trigger) is not { } verb || !EventScanner.IsVerbTriggerWord(verb))
        {
            return false;
        }

        var sentence = document.Sentence[e.Trigger];
        for (var k = document.WindowStart(e.Trigger, Window); k < e.Trigger; k++)
        {
            if (document.Word(k) is "separate" or "separately" or "elsewhere" or "another" or "meanwhile")
            {
                return false;
            }
        }

        return DateIn(e.Trigger) is not { } date || document.Sentence[document.TokenAt(date.Span.Start)] != sentence;
    }

    // The incidents told only by tallies since a time (a series from that time on).
    private HashSet<IncidentDraft>? tallies;

    // The events told by a verb about the main event, for the incident of the report's first toll.
    private List<EventFind>? toldOn;

    // The first token of each casualty figure, in order (for IsFollowOn).
    private int[]? casualtyTokens;

    /// <summary>
    /// The token of the report's first casualty figure, the toll of its main event, when it stands in a sentence before
    /// token <paramref name="trigger"/>'s and at most six sentences before it; null otherwise.
    /// </summary>
    private int? FirstCasualtyBefore(int trigger)
    {
        if (casualties.Count == 0 || document.TokenAt(casualties[0].Span.Start) is var at && (at >= trigger || document.Sentence[at] >= document.Sentence[trigger]
            || document.Sentence[trigger] - document.Sentence[at] > 6))
        {
            return null;
        }

        return at;
    }

    private IncidentDraft NewIncident(IncidentType type, int anchor, Provenance provenance)
    {
        var incident = new IncidentDraft(new IncidentId($"incident:{(incidents.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}"), type, document.Sentence[anchor], anchor);
        incident.Provenance.Add(provenance);
        incident.Place = PlaceAfter(anchor);
        incidents.Add(incident);
        return incident;
    }

    private string SentenceText(int token)
    {
        var first = document.WindowStart(token, Window);
        var last = document.WindowEnd(token, Window);
        if (lastDescription.First != first || lastDescription.Last != last)
        {
            var tokensEnd = tokens[last].End;
            var start = tokens[first].Start;
            lastDescription = (first, last, document.Tokens.Cut(start, Math.Min(tokensEnd - start, 400)));
        }

        return lastDescription.Text;
    }

    /// <summary>"US-Israeli strikes on Iran", "groups have carried out ... attacks against US targets", "targeted by strikes", "heard an explosion".</summary>
    private void AddParticipantsAround(IncidentDraft incident, EventFind e)
    {
        var sentenceStart = document.WindowStart(e.Trigger, Window);
        var sentenceEnd = document.WindowEnd(e.Trigger, Window);

        // Actors written right before the event word are its perpetrators ("US-Israeli strikes"), kept in text order;
        // so is one that ends at the first word of a verb's event, its subject ("Boko Haram gunmen attacked").
        var k = e.First - 1;
        // "Gunmen on motorcycles shot dead", "Militants in military uniforms stormed": what the subject came on or bore is
        // passed over.
        if (e.First == e.Trigger && document.Word(e.Trigger) is { } verb && EventScanner.IsVerbTriggerWord(verb))
        {
            k = SubjectModifier.SubjectBefore(document, k);

            // "Hezbollah later fired a barrage of rockets": past an adverb to the subject.
            k = BackOverAdverbs(k, auxiliaries: false);
        }

        List<ActorRef>? perpetrators = null;
        // "Syrian government forces bombed": the armed noun after an actor that is not part of its name.
        if (e.First < e.Trigger && (refsByLast.TryGetValue(e.First, out var own) || (document.Word(e.First) is "forces" or "troops" or "soldiers" && refsByLast.TryGetValue(e.First - 1, out own)))
            && own.Mention.Kind is ActorKind.State or ActorKind.NonStateArmedGroup or ActorKind.StateForces or ActorKind.Coalition or ActorKind.Government)
        {
            perpetrators = [own];
            k = own.First - 1;

            // "Syrian government forces and their Russian allies bombed": the allies named between the subject and
            // its verb are perpetrators too.
            for (var m = e.First + 1; m < e.Trigger; m++)
            {
                if (refsByLast.TryGetValue(m, out var ally) && ally.First > e.First && ally.Mention.Kind is ActorKind.State or ActorKind.NonStateArmedGroup or ActorKind.StateForces or ActorKind.Coalition)
                {
                    perpetrators.Add(ally);
                }
            }
        }

        // "Hezbollah said it fired rockets": the armed side that says it did the act did it, by its own account.
        if (perpetrators is null && e.First == e.Trigger && document.Word(k) is "it" or "they" && document.Word(k - 1) is "said" or "says" && k - 2 >= sentenceStart
            && refsByLast.TryGetValue(k - 2, out var sayer) && sayer.Mention.Kind is ActorKind.State or ActorKind.NonStateArmedGroup or ActorKind.StateForces or ActorKind.Coalition)
        {
            perpetrators = [sayer];
        }

        while (k >= sentenceStart)
        {
            if (refsByLast.TryGetValue(k, out var match) && match.Mention.Kind is ActorKind.State or ActorKind.NonStateArmedGroup or ActorKind.StateForces or ActorKind.Coalition)
            {
                // "A Palestinian gunman opened fire", "a Pakistani suicide bomber": where one armed man is from, not his state.
                if (match.Mention is { Kind: ActorKind.State, Form: ActorMentionForm.Demonym } && match.Last == e.First - 1
                    && document.Word(e.First) is "gunman" or "militant" or "attacker" or "assailant" or "bomber" or "suicide" or "insurgent" or "jihadist" or "extremist")
                {
                    break;
                }

                (perpetrators ??= []).Insert(0, match);
                k = match.First - 1;
                continue;
            }

            // "US-Israeli": a hyphen inside a word; not a dateline's dash ("KHARTOUM, Sudan - Paramilitary forces shelled").
            // "U.S. and British warships and aircraft struck": the craft named with the one that struck.
            // "U.S. fighter jets struck": what kind of craft, between the country and its craft.
            if ((tokens[k].Kind == TokenKind.Hyphen && tokens[k].Glued && k > 0 && tokens[k - 1].Glued) || document.Word(k) is "and"
                || (k == e.First - 1 && document.Word(k) is "fighter" or "combat" or "attack" or "unmanned" or "military" or "navy" or "naval" && !document.IsCapitalised(k))
                || (document.Word(k) is "warships" or "ships" or "aircraft" or "jets" or "warplanes" or "planes" or "drones" or "helicopters" or "gunboats" or "submarines"
                    && document.Word(k + 1) == "and"))
            {
                k--;
                continue;
            }

            break;
        }

        // "Troops clashed with Islamic State-linked militants": the sides of a clash are its parties, who attacked whom
        // untold; so is the armed actor after "with".
        var doerRole = e.Mention.Type == IncidentType.ArmedClash || document.Word(e.Trigger) == "clashed" ? ParticipantRole.Party : ParticipantRole.Perpetrator;
        foreach (var perpetrator in perpetrators ?? [])
        {
            var doer = OwnerOf(perpetrator);
            incident.AddParticipant(doer.Mention.Actor, doerRole, doer.Mention.Span, sourceId);
        }

        if (doerRole == ParticipantRole.Party && document.Word(e.Trigger + 1) == "with")
        {
            var sideAt = refsByFirst.ContainsKey(e.Trigger + 2) || document.IsCapitalised(e.Trigger + 2) ? e.Trigger + 2 : e.Trigger + 3;
            if (refsByFirst.TryGetValue(sideAt, out var side) && side.Mention.Kind is ActorKind.State or ActorKind.StateForces or ActorKind.NonStateArmedGroup or ActorKind.Coalition
                && (side.Use & (ActorUse.Place | ActorUse.Modifier)) == 0)
            {
                incident.AddParticipant(side.Mention.Actor, ParticipantRole.Party, side.Mention.Span, sourceId);
            }
        }

        // "Fighting between M23 rebels and Congolese troops", "clashes between the army and Al-Shabaab": both sides.
        if (doerRole == ParticipantRole.Party && document.Word(e.Trigger + 1) == "between" && ArmedAgentAfter(e.Trigger + 2) is { } one
            && (one.Use & (ActorUse.Place | ActorUse.Modifier)) == 0 && document.Word(one.Last + 1) == "and" && ArmedAgentAfter(one.Last + 2) is { } other
            && (other.Use & (ActorUse.Place | ActorUse.Modifier)) == 0)
        {
            foreach (var party in (ReadOnlySpan<ActorRef>)[OwnerOf(one), OwnerOf(other)])
            {
                incident.AddParticipant(party.Mention.Actor, ParticipantRole.Party, party.Mention.Span, sourceId);
            }
        }

        var subject = SentenceSubject(sentenceStart, e.First);
        var before = document.Word(e.First - 1);
        if (subject is { } s)
        {
            // The verb is looked for among the six words before the event word, past quotation marks and hyphens
            // (`carried out a "high-precision strike"`).
            var verbFirst = e.First;
            for (var words = 0; words < 6 && verbFirst > sentenceStart && verbFirst > e.First - 10; verbFirst--)
            {
                words += tokens[verbFirst - 1].Kind == TokenKind.Hyphen || document.IsQuoteMark(verbFirst - 1) ? 0 : 1;
            }

            if (document.AnyWordIn(verbFirst, e.First, PerpetrationVerbs))
            {
                // "U.S. warplanes struck Houthi targets, a day after the group claimed an attack on a ship": the subject of
                // the verb when one stands right before it, not the sentence's.
                var doer = OwnerOf(SubjectOfVerbIn(verbFirst, e.First) ?? s);
                incident.AddParticipant(doer.Mention.Actor, ParticipantRole.Perpetrator, doer.Mention.Span, sourceId);
            }
            else if (before == "by" && document.AnyWordIn(verbFirst, e.First, TargetedVerb))
            {
                incident.AddParticipant(s.Mention.Actor, ParticipantRole.Target, s.Mention.Span, sourceId);
            }
            else if (document.AnyWordIn(verbFirst, e.First, PerceptionVerbs) && s.Mention.Kind == ActorKind.Individual)
            {
                incident.AddParticipant(s.Mention.Actor, ParticipantRole.Witness, s.Mention.Span, sourceId);
            }
        }

        // "A bus was ambushed by gunmen", "The convoy was attacked by suspected militants": the armed agent of a verb of
        // attack in the passive, one describing word on at most.
        if (e.Trigger == e.First && document.Word(e.Trigger - 1) is "was" or "were" or "been" or "being" && EventScanner.IsVerbTriggerWord(document.Word(e.Trigger)!)
            && document.Word(e.Trigger + 1) == "by")
        {
            if (ArmedAgentAfter(e.Trigger + 2) is { } agent)
            {
                incident.AddParticipant(agent.Mention.Actor, ParticipantRole.Perpetrator, agent.Mention.Span, sourceId);
            }
        }
        else if (perpetrators is null && document.Word(e.Trigger + 1) == "by" && !EventScanner.IsVerbTriggerWord(document.Word(e.Trigger)!)
            && ArmedAgentAfter(e.Trigger + 2) is { } byAgent)
        {
            // "An airstrike by Myanmar's military on a village", "shelling by Russian forces": the armed agent of an
            // event told as a noun.
            var doer = OwnerOf(byAgent);
            incident.AddParticipant(doer.Mention.Actor, doerRole, doer.Mention.Span, sourceId);
        }

        // "attacks against multiple US targets including the embassy in Baghdad", "strikes on Iran"; not who an attack
        // is blamed on ("Officials blamed the attack on militants").
        if (document.Word(e.Trigger + 1) is "against" or "on" or "targeting"
            && !(document.Word(e.Trigger + 1) == "on" && document.Word(e.First - 1) is "the" or "a" or "an" or "this" or "that" && StatementCue.Blames(document.Word(e.First - 2))))
        {
            for (var m = e.Trigger + 2; m <= sentenceEnd; m++)
            {
                if (document.IsSymbol(m, '.') || document.IsSymbol(m, ',') || document.Word(m) is "that" or "which" or "who" or "after" or "when")
                {
                    break;
                }

                // Not a country that says where ("in Iraq", "the Solino neighborhood of Haiti's capital", "the central
                // Haitian town of Pont-Sondé").
                if (refsByFirst.TryGetValue(m, out var target) && (target.Use & (ActorUse.Aside | ActorUse.Place)) == 0
                    && !(target.Mention.Kind == ActorKind.State && (document.Word(m - 1) is "in" or "near" or "of" || NamesAPlaceOfIt(target)
                        || (target.Mention.Form == ActorMentionForm.Demonym && document.Word(target.Last + 1) is "town" or "city" or "village" or "capital" or "province" or "region"
                            or "district" or "port" or "island" or "county" or "state" or "territory" or "enclave" or "towns" or "cities" or "villages"))))
                {
                    incident.AddParticipant(target.Mention.Actor, ParticipantRole.Target, target.Mention.Span, sourceId);
                    m = target.Last;
                }
            }
        }
    }

    /// <summary>Whether a country's name in the possessive names a place of it (<c>Haiti's capital</c>, <c>Syria's north</c>, <c>Mali's Mopti region</c>).</summary>
    private bool NamesAPlaceOfIt(ActorRef country) =>
        document.Word(country.Last) is { } owner && TextDocument.EndsPossessive(owner)
        && (document.Word(country.Last + 1) is "capital" or "city" or "north" or "south" or "east" or "west" or "northeast" or "northwest" or "southeast" or "southwest"
            or "border" or "coast" or "interior" || (document.IsCapitalised(country.Last + 1) && !refsByFirst.ContainsKey(country.Last + 1)));

    /// <summary>
    /// The armed actor of an agent phrase after <c>by</c> or <c>between</c> that starts at token <paramref name="at"/>, one
    /// describing word on at most, or past who backs or leads it; null when there is none.
    /// </summary>
    private ActorRef? ArmedAgentAfter(int at)
    {
        if (!refsByFirst.ContainsKey(at) && document.Word(at) is not null && !document.IsCapitalised(at))
        {
            at++;
        }

        // "Turkish-backed Syrian factions", "the U.S.-allied Syrian Democratic Forces": who backs or leads them is a
        // modifier; the force is the phrase that ends past it, up to ten tokens on.
        if (!refsByFirst.ContainsKey(at) && at < document.Count && document.IsCapitalised(at))
        {
            for (var k = at + 1; k <= at + 10 && k < document.Count; k++)
            {
                if (refsByLast.TryGetValue(k, out var described) && described.First > at)
                {
                    return (described.Use & (ActorUse.Place | ActorUse.Modifier)) == 0
                        && described.Mention.Kind is ActorKind.State or ActorKind.NonStateArmedGroup or ActorKind.StateForces or ActorKind.Coalition ? described : null;
                }

                if ((document.Word(k) is null && document.Tokens[k].Kind != TokenKind.Hyphen && !document.IsSymbol(k, '.')) || document.Word(k) is "and" or "or")
                {
                    break;
                }
            }
        }

        return refsByFirst.TryGetValue(at, out var agent) && agent.Mention.Kind is ActorKind.State or ActorKind.NonStateArmedGroup or ActorKind.StateForces or ActorKind.Coalition ? agent : null;
    }

    /// <summary>
    /// Token <paramref name="k"/>, or the one before up to two adverbs of time or report ending there (<c>later</c>,
    /// <c>then</c>, <c>also</c>, <c>reportedly</c>), and with <paramref name="auxiliaries"/> the perfect's
    /// (<c>has</c>, <c>have</c>, <c>had</c>): where a verb's subject ends.
    /// </summary>
    private int BackOverAdverbs(int k, bool auxiliaries)
    {
        for (var n = 0; n < 2 && (document.Word(k) is "later" or "then" or "also" or "subsequently" or "again" or "reportedly" || (auxiliaries && document.Word(k) is "has" or "have" or "had")); n++)
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// The actor right before the last verb of perpetration from token <paramref name="first"/> to <paramref name="end"/>
    /// (exclusive), over an auxiliary or an adverb (<c>the group claimed</c>, <c>Hamas has claimed</c>), not a modifier or
    /// a place; null when none stands there.
    /// </summary>
    private ActorRef? SubjectOfVerbIn(int first, int end)
    {
        for (var v = end - 1; v >= first; v--)
        {
            if (document.Word(v) is { } w && PerpetrationVerbs.Contains(w))
            {
                var last = document.Word(v - 1) is "has" or "have" or "had" or "also" or "reportedly" or "later" ? v - 2 : v - 1;
                return refsByLast.TryGetValue(last, out var subject) && (subject.Use & (ActorUse.Modifier | ActorUse.Place)) == 0 ? subject : null;
            }
        }

        return null;
    }

    /// <summary>The first actor of the sentence that is not a modifier, a place, an aside or the dateline's country, written before <paramref name="before"/>.</summary>
    private ActorRef? SentenceSubject(int sentenceStart, int before)
    {
        var sorted = actors.Sorted;
        for (var i = actors.IndexAtOrAfter(sentenceStart); i < sorted.Length && sorted[i].First < before; i++)
        {
            var r = sorted[i];
            if (r.Last < before && (r.Use & (ActorUse.Modifier | ActorUse.Place | ActorUse.Aside | ActorUse.Quoted | ActorUse.Dateline)) == 0)
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>
    /// The incident of the event word nearest token <paramref name="at"/> in its sentence and window; not one that only
    /// dates the clause by an earlier event (<c>A Ukrainian airliner crashed hours after the strikes, killing all 176
    /// people</c>: the strikes are not what killed them), unless the figure is that event's toll told again (<c>the
    /// death toll</c>).
    /// </summary>
    private IncidentDraft? NearestIncident(int at, CasualtyMention? casualty = null)
    {
        var i = document.Nearest(CollectionsMarshal.AsSpan(triggerTokens), at);
        if (i < 0)
        {
            return null;
        }

        var t = triggerTokens[i];
        var offset = document.Word(t - 1) is "the" or "a" ? t - 2 : t - 1;
        if (casualty is not null && t > at && AnotherAfterBut(at, t))
        {
            // "One strike hit a car near Nabatieh, killing two men, while another targeted a house": the figure is the
            // event's told before it in its sentence, if one is.
            return i > 0 && triggerTokens[i - 1] < at && document.Sentence[triggerTokens[i - 1]] == document.Sentence[at] && OtherDayBetween(triggerTokens[i - 1], at) < 0
                ? triggerIncidents[i - 1]
                : null;
        }

        // "The blast came hours after a shooting, killing two" is the blast's; "hours after a gunfight ... left four
        // soldiers dead", a finite verb of the clause's own, is the gunfight's.
        // Nor is a figure before such a clause its event's ("found the bodies of six men on Sunday, hours after a gunfight").
        var clauseOfTime = document.Word(offset) is "after" or "before" && document.Word(offset - 1) is "hours" or "days" or "minutes" or "weeks" or "shortly" or "moments" or "day" or "hour";
        return casualty is not null && ((clauseOfTime && casualty.Predicate != "toll" && t < at && !(document.Word(at) is "killed" or "wounded" or "injured" || document.Word(at - 1) == "left"))
            || (clauseOfTime && t > at && document.Sentence[t] == document.Sentence[at])
            || (t < at && OtherDayBetween(t, at) >= 0))
            ? null
            : triggerIncidents[i];
    }

    /// <summary>
    /// Whether the event word at token <paramref name="trigger"/>, after a figure at <paramref name="at"/> in its
    /// sentence, is told as another event past <c>, but</c> or <c>, while</c> (<c>No casualties were reported at the
    /// depot, but a second strike hit a hotel</c>): the figure is not of it.
    /// </summary>
    private bool AnotherAfterBut(int at, int trigger)
    {
        // "..., killing two men, while another targeted a house": "another" standing for the event itself.
        var itself = document.Word(trigger) == "another";
        if ((!itself && document.Word(trigger - 1) is not ("second" or "another" or "separate" or "third" or "later")) || trigger - at > Window || document.Sentence[trigger] != document.Sentence[at])
        {
            return false;
        }

        for (var k = at + 1; k < (itself ? trigger : trigger - 1); k++)
        {
            if (document.Word(k) is "but" or "while" or "whereas" && document.IsSymbol(k - 1, ','))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Saturday's strike was the second on Rafah in two days, after one on Thursday killed seven people", "It was the
    /// deadliest shooting since July 2012, when 12 people were killed": the token of an <c>after</c> or <c>before</c>
    /// with a day or with <c>another</c> (<c>a day after another on a tent camp killed 12</c>), or a <c>since</c> with a
    /// time, between an event word at <paramref name="trigger"/> and a figure at
    /// <paramref name="at"/> in its sentence, other than the event's own: the figure is of the event of that time, not
    /// the one named before it. -1 when there is none.
    /// </summary>
    private int OtherDayBetween(int trigger, int at)
    {
        if (at - trigger > Window || document.Sentence[trigger] != document.Sentence[at])
        {
            return -1;
        }

        for (var k = trigger + 1; k < at; k++)
        {
            if (document.Word(k) is not ("after" or "before" or "since") || IsTimeOfDayAfter(k))
            {
                continue;
            }

            // "The strike came a day after another on a tent camp in Mawasi killed 12 people": one more event of the kind,
            // its word left out, at another time, day told or not.
            if (document.Word(k) is "after" or "before" && (document.Word(k + 1) == "another" || (document.Word(k + 1) == "one" && document.Word(k + 2) is "on" or "in" or "at" or "near" or "that" or "which")))
            {
                return k;
            }

            for (var d = k + 1; d < at && d <= k + 4; d++)
            {
                if (DateAt(d) is { } day && (day.Value.Precision >= TemporalPrecision.Day || document.Word(k) == "since")
                    && !(DateIn(trigger) is { } own && document.TokenAt(own.Span.Start) < k && own.Value.StartDate == day.Value.StartDate))
                {
                    return k;
                }
            }
        }

        return -1;
    }

    // at: the casualty mention's first token.
    private CasualtyCount CountOf(CasualtyMention casualty, int at, IncidentDraft incident)
    {
        ActorId? victim = null;
        var category = casualty.Category;
        if (casualty.Victims is not null)
        {
            var spanEnd = casualty.Span.End;
            var sorted = actors.Sorted;
            for (var i = actors.IndexAtOrAfter(at); i < sorted.Length && sorted[i].Mention.Span.Start < spanEnd; i++)
            {
                // Not a country's demonym describing people other than its forces ("kidnapped an Austrian woman": no victim
                // of the state; "three U.S. Marines", "a French soldier": its forces, the state's).
                if (sorted[i].Mention.Span.End <= spanEnd && (sorted[i].Use & ActorUse.Modifier) == 0
                    && !(sorted[i].Mention.Form == ActorMentionForm.Demonym && sorted[i].Mention.Kind == ActorKind.State
                        && casualty.Category is not (VictimCategory.Military or VictimCategory.Police or VictimCategory.SecurityForces)))
                {
                    // "killed Ambassador Christopher Stevens and three other Americans": a person named among more is one
                    // of the victims, not who the group of them is.
                    if (sorted[i].Mention.Kind == ActorKind.Individual && !(casualty.Count.Qualifier == EstimateQualifier.Exact && casualty.Count.Best == 1))
                    {
                        incident.AddParticipant(sorted[i].Mention.Actor, ParticipantRole.Victim, casualty.Span, sourceId);
                        break;
                    }

                    victim = sorted[i].Mention.Actor;
                    break;
                }
            }

            // "15 of its fighters": the group named last before the count.
            if (victim is null && (casualty.Victims.Contains("its ", StringComparison.OrdinalIgnoreCase) || casualty.Victims.Contains("their ", StringComparison.OrdinalIgnoreCase)))
            {
                victim = Possessor(document.TokenAt(casualty.CountSpan.Start))?.Mention.Actor;
            }

            // "killed two members of Hezbollah", "three members of the Islamic State group": members of an armed group named
            // right after them are its fighters.
            var membersAt = document.TokenAt(casualty.Span.End) - 1;
            // Past who backs or leads the group ("nine members of the U.S.-backed Syrian Democratic Forces").
            if (victim is null && casualty.Category == VictimCategory.Unknown && document.Word(membersAt) is "members" or "member" && document.Word(membersAt + 1) == "of"
                && GroupNamedFrom(membersAt + 2) is { } group)
            {
                victim = group.Mention.Actor;
                category = VictimCategory.Combatants;
            }
        }

        var estimate = casualty.Count.Phrase is null ? casualty.Count.WithPhrase(document.Cut(casualty.CountSpan)) : casualty.Count;
        if (victim is { } v)
        {
            incident.AddParticipant(v, ParticipantRole.Victim, casualty.Span, sourceId);
        }

        return new CasualtyCount(casualty.Outcome, new VictimGroup(category, victim, DescriptionOf(casualty.Victims)), estimate)
        {
            Provenance = [new Provenance(sourceId, casualty.Span)],
        };
    }

    /// <summary>
    /// Who a count's people are, without the <c>of</c> that joined them to a vague or partial count (<c>hundreds of
    /// people</c>: people; <c>about 30 of the attackers</c>: attackers; <c>15 of its fighters</c>: its fighters).
    /// </summary>
    private static string? DescriptionOf(string? victims)
    {
        if (victims is null || !victims.StartsWith("of ", StringComparison.OrdinalIgnoreCase))
        {
            return victims;
        }

        var rest = victims[3..];
        rest = rest.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? rest[4..] : rest;
        return rest.Length > 0 ? rest : victims;
    }

    /// <summary>
    /// The armed actor whose fighters a generic mention after <c>its</c> or <c>their</c> names (<c>the group said its
    /// fighters had killed 41 soldiers</c>: the group's), the nearest one before it in its window; the mention itself
    /// otherwise, or when it has a name of its own.
    /// </summary>
    private ActorRef OwnerOf(ActorRef mention)
    {
        if (document.IsCapitalised(mention.First) || document.Word(mention.First - 1) is not ("its" or "their")
            || Possessor(mention.First - 1) is not { } owner || owner.Mention.Kind is not (ActorKind.NonStateArmedGroup or ActorKind.StateForces or ActorKind.State or ActorKind.Coalition)
            || owner.Mention.Actor == mention.Mention.Actor)
        {
            return mention;
        }

        return owner;
    }

    private ActorRef? Possessor(int before)
    {
        var sentenceStart = document.WindowStart(Math.Min(before, tokens.Count - 1), Window);
        var sorted = actors.Sorted;
        for (var r = actors.IndexAtOrAfter(before) - 1; r >= 0 && sorted[r].First >= sentenceStart; r--)
        {
            var candidate = sorted[r];
            if ((candidate.Use & (ActorUse.Modifier | ActorUse.Place | ActorUse.Aside)) == 0
                && candidate.Mention.Kind is not ActorKind.Individual)
            {
                return candidate;
            }
        }

        return null;
    }

    // How many sentences back a denial or an accusation reaches for its event when only speech stands between.
    private const int FarStatementReach = 5;

    /// <summary>
    /// Whether a figure may be another source's for people counted before: of a known category, not done by a subject of
    /// its own (<c>tank fire killed three people</c>), not more people (<c>Another eight people</c>), in a sentence that
    /// reports it (<c>The army said 12 soldiers were killed</c>).
    /// </summary>
    private bool OtherSourcesFigure(CasualtyMention casualty, int at) =>
        casualty.Category != VictimCategory.Unknown && !IsVerbOf(casualty, at) && document.Word(at) is not ("another" or "more" or "other" or "further")
        && ReportedIn(document.Sentence[at]);

    /// <summary>
    /// Whether sentence <paramref name="sentence"/> holds the cue of a report or an announcement among its first 16 cues
    /// (bounded, whatever a text with no full stops holds).
    /// </summary>
    private bool ReportedIn(int sentence)
    {
        statementCues ??= statements.ConvertAll(s => s.Cue).ToArray();
        var at = Array.BinarySearch(statementCues, document.SentenceFirst(sentence));
        at = at < 0 ? ~at : at;
        for (var n = 0; n < 16 && at < statementCues.Length && document.Sentence[statementCues[at]] == sentence; n++, at++)
        {
            if (statements[at].Mention.Kind is StatementKind.Report or StatementKind.Announcement)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether every sentence strictly between sentences <paramref name="from"/> and <paramref name="to"/> holds a
    /// statement's cue: what others said of the event, no new narrative.
    /// </summary>
    private bool OnlySpeechBetween(int from, int to)
    {
        // A binary search per sentence between: linear in nothing but the (at most four) sentences.
        statementCues ??= statements.ConvertAll(s => s.Cue).ToArray();
        for (var sentence = from + 1; sentence < to; sentence++)
        {
            var at = Array.BinarySearch(statementCues, document.SentenceFirst(sentence));
            at = at < 0 ? ~at : at;
            if (at >= statementCues.Length || document.Sentence[statementCues[at]] != sentence)
            {
                return false;
            }
        }

        return true;
    }

    // Whose strike a speaker tells as its own ("its forces struck", "its jets hit"), and whose act of any kind ("its
    // fighters attacked", "its drones hit").
    private static bool IsOwnStrikers(string arms) => arms is "forces" or "troops" or "aircraft" or "jets";

    private static bool IsOwnArms(string arms) => IsOwnStrikers(arms) || arms is "fighters" or "militants" or "drones";

    /// <summary>
    /// Whether the words after the cue at token <paramref name="cue"/> tell the speaker's own strike, with no event word:
    /// <c>it</c>, <c>they</c> or <c>its forces</c>, then <c>struck</c>, <c>hit</c>, <c>targeted</c> or <c>attacked</c>,
    /// in the perfect too (<c>The Israeli military said it struck Hamas militants operating from a command center</c>):
    /// an account of the strike told before.
    /// </summary>
    private bool ToldOwnStrike(int cue) =>
        StatementScanner.OwnActVerb(document, cue, IsOwnStrikers) is var verb and >= 0
        && document.Word(verb) is "struck" or "hit" or "targeted" or "attacked" or "bombed" or "shelled";

    /// <summary>
    /// Whether the words after the cue at token <paramref name="cue"/> tell the speaker's own act (<c>said it had fired
    /// rockets</c>, <c>said its jets struck</c>) and that act is <paramref name="incident"/>'s: the verb is one of its
    /// event words, or a strike told with no event word of its own.
    /// </summary>
    private bool TellsOwnAct(int cue, IncidentDraft incident)
    {
        var verb = StatementScanner.OwnActVerb(document, cue, IsOwnArms);
        if (verb < 0)
        {
            return false;
        }

        // A binary search, as elsewhere over the event words: no walk of them per statement.
        var at = triggerTokens.BinarySearch(verb);
        return (at >= 0 && ReferenceEquals(triggerIncidents[at], incident)) || ToldOwnStrike(cue);
    }

    // The words for what was alleged ("allegations") that statements told of no incident used, for the denial of them.
    private HashSet<string>? allegationsOfNoIncident;

    /// <summary>
    /// The word for what was alleged a statement's words use, singular or plural, as its singular (<c>allegation</c>,
    /// <c>accusation</c>, <c>claim</c>, <c>charge</c>), or null when they use none.
    /// </summary>
    private static string? AllegationNounIn(StatementMention mention)
    {
        foreach (var noun in (ReadOnlySpan<string>)["allegation", "accusation", "claim", "charge"])
        {
            // A noun, not a verb ("claimed"): the word alone or its plural.
            var at = mention.Text.IndexOf(noun, StringComparison.Ordinal);
            var after = at + noun.Length;
            if (at > 0 && mention.Text[at - 1] == ' ' && (after == mention.Text.Length || !char.IsLetter(mention.Text[after])
                || (mention.Text[after] == 's' && (after + 1 == mention.Text.Length || !char.IsLetter(mention.Text[after + 1])))))
            {
                return noun;
            }
        }

        return null;
    }

    // The statements' cue tokens, ascending (for OnlySpeechBetween and ReportedIn).
    private int[]? statementCues;

    // The incident each sentence's first figure was counted in, made when first asked (for FigureIncident).
    private Dictionary<int, IncidentDraft>? figureIncidents;

    /// <summary>The incident the first casualty figure told in sentence <paramref name="sentence"/> is counted in, or null.</summary>
    private IncidentDraft? FigureIncident(int sentence)
    {
        if (figureIncidents is null)
        {
            figureIncidents = [];
            foreach (var incident in incidents)
            {
                foreach (var count in incident.Casualties)
                {
                    foreach (var told in count.Provenance)
                    {
                        if (told.Span is { } span && document.TokenAt(span.Start) is var first && first < document.Count)
                        {
                            figureIncidents.TryAdd(document.Sentence[first], incident);
                        }
                    }
                }
            }
        }

        return figureIncidents.GetValueOrDefault(sentence);
    }

    /// <summary>The last incident told in or before sentence <paramref name="sentence"/>, within the far reach of a statement, that counts dead; null when there is none.</summary>
    private IncidentDraft? LastWithDead(int sentence)
    {
        for (var i = incidents.Count - 1; i >= 0 && incidents[i].Sentence >= sentence - FarStatementReach; i--)
        {
            if (incidents[i].Sentence <= sentence && incidents[i].Casualties.Exists(c => c.Outcome == CasualtyOutcome.Killed && c.Estimate.Qualifier != EstimateQualifier.Unknown))
            {
                return incidents[i];
            }
        }

        return null;
    }

    private IncidentDraft? IncidentFor(StatementFind find)
    {
        var sentence = document.Sentence[find.Cue];
        var same = NearestIncident(find.Cue);

        // "The strike came a day after another on a school ... killed 18 people, according to the health ministry": a report
        // whose sentence tells the figure of an incident of its own, beside an incident told before and referred to again,
        // is about the figure's.
        if (same is not null && same.Sentence < sentence && find.Mention.Kind == StatementKind.Report && FigureIncident(sentence) is { } figured
            && figured.Sentence == sentence && !ReferenceEquals(figured, same))
        {
            return figured;
        }

        if (same is not null || incidents.Count == 0)
        {
            return same;
        }

        // "'We lost 17 soldiers and 11 others were wounded,' he said": a report that tells an incident's figure, with
        // no event word of its own, is about that incident.
        if (find.Mention.Kind == StatementKind.Report && FigureIncident(sentence) is { } counted)
        {
            return counted;
        }

        // "Amnesty International condemned the killings": a statement of the deaths told is about the last incident that
        // counted dead, not the last event told ("The protests, the third in a month, were called by ...").
        if (document.Word(find.Cue + 1) is "the" or "these" or "those" && document.Word(find.Cue + 2) is "killings" or "killing" or "deaths" or "death" or "shootings"
            && LastWithDead(sentence) is { } withDead)
        {
            return withDead;
        }

        // A denial or an accusation with no event word of its own is about the last event reported, close before it:
        // two sentences back, or up to five when only what others said stands between ("..., residents said. Witnesses
        // said the shells came from the east. Activists said the toll could rise. The army blamed the RSF.").
        // An event told is claimed, denied or blamed before a figure told with no event ("Gunmen stormed a train ... 33
        // militants had been killed. The Baloch Liberation Army claimed responsibility."): the last incident of a known
        // type in reach, else the last in reach.
        if (find.Mention.Kind is StatementKind.Denial or StatementKind.Accusation or StatementKind.ClaimOfResponsibility or StatementKind.DiplomaticAct or StatementKind.Condemnation
            || (find.Mention.Kind == StatementKind.Report && ToldOwnStrike(find.Cue)))
        {
            // The event told last in the two sentences before, by its word or a word that refers to it ("A suicide bomber
            // blew himself up inside a mosque ... The attack in the city of Peshawar was the deadliest since 2018. A local
            // affiliate of the Islamic State group claimed responsibility").
            // Bounded: no more than 32 event words back, however many a run-on sentence holds.
            var told = triggerTokens.BinarySearch(find.Cue);
            told = told < 0 ? ~told : told;

            // "... several attackers had been arrested. ... JNIM claimed responsibility": no one claims an arrest; the
            // attack it followed is claimed.
            var claim = find.Mention.Kind == StatementKind.ClaimOfResponsibility;
            for (var t = told - 1; t >= 0 && t >= told - 32 && document.Sentence[triggerTokens[t]] >= sentence - 2; t--)
            {
                if (document.Sentence[triggerTokens[t]] < sentence && triggerIncidents[t].Type != IncidentType.Unknown && !IsSeriesInPassing(triggerIncidents[t], triggerTokens[t])
                    && !(claim && triggerIncidents[t].Type == IncidentType.Arrest))
                {
                    return triggerIncidents[t];
                }
            }

            IncidentDraft? lastInReach = null;
            for (var i = incidents.Count - 1; i >= 0 && incidents[i].Sentence >= sentence - FarStatementReach; i--)
            {
                // So is one told by its figure before the cue in the cue's own sentence ("At least 1,200 civilians were
                // killed ..., the U.N. human rights office said Friday, blaming most of the deaths on the RSF").
                if ((incidents[i].Sentence < sentence && (incidents[i].Sentence >= sentence - 2 || OnlySpeechBetween(incidents[i].Sentence, sentence)))
                    || (incidents[i].Sentence == sentence && incidents[i].Anchor < find.Cue && find.Mention.Kind is StatementKind.Accusation or StatementKind.Denial))
                {
                    if (claim && incidents[i].Type == IncidentType.Arrest)
                    {
                        continue;
                    }

                    if (incidents[i].Type != IncidentType.Unknown && !IsSeriesInPassing(incidents[i], incidents[i].Anchor))
                    {
                        return incidents[i];
                    }

                    lastInReach ??= incidents[i];
                }
            }

            // A claim with nothing claimable in reach is of the report's first attack told (its lead).
            if (claim && lastInReach is null)
            {
                IncidentDraft? lead = null;
                foreach (var incident in incidents)
                {
                    if (incident.Type is not (IncidentType.Unknown or IncidentType.Arrest or IncidentType.Protest) && !incident.Plural && incident.Sentence < sentence
                        && (lead is null || incident.Anchor < lead.Anchor))
                    {
                        lead = incident;
                    }
                }

                return lead;
            }

            return lastInReach;
        }

        return null;
    }

    /// <summary>
    /// Whether an incident is a series told in passing, as a habit over a time (<c>the Pakistani Taliban, who have
    /// stepped up attacks in recent months</c>, <c>attacks since November</c>): no denial, claim or blame with no event
    /// word of its own is about it when the act told before it is in reach. Its event word at <paramref name="at"/> is
    /// followed, within four words, by <c>in recent</c>, <c>since</c> or <c>over/in the past</c>.
    /// </summary>
    private bool IsSeriesInPassing(IncidentDraft incident, int at)
    {
        if (!incident.Plural || incident.Casualties.Exists(c => c.Estimate.Best is > 0 || c.Estimate.Low is > 0))
        {
            return false;
        }

        for (var k = at + 1; k <= at + 4 && k < tokens.Count && document.Sentence[k] == document.Sentence[at]; k++)
        {
            if (document.Word(k) is "since" || (document.Word(k) is "in" && document.Word(k + 1) is "recent")
                || (document.Word(k) is "over" or "in" && document.Word(k + 1) == "the" && document.Word(k + 2) is "past" or "last"))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddAttribution(IncidentDraft incident, StatementMention mention, List<ActorId> speakers, List<ActorId> subjects, StatementId? statement, Provenance provenance)
    {
        (AttributionState State, List<ActorId> Perpetrators)? found = mention.Kind switch
        {
            StatementKind.Accusation when subjects.Count > 0 => (mention.IsNegated ? AttributionState.Unattributed : AttributionState.Blamed, subjects),
            // A denial or a claim by no one the text names ("A spokesman for the bandits denied involvement") says who
            // denied only when the text says it.
            StatementKind.Denial when !mention.IsNegated && speakers.Exists(s => s != UnknownSpeaker.Id) => (AttributionState.Denied, speakers),
            StatementKind.ClaimOfResponsibility when !mention.IsNegated && speakers.Exists(s => s != UnknownSpeaker.Id) => (AttributionState.Claimed, speakers),
            _ => null,
        };

        if (found is { } attribution)
        {
            incident.Attributions.Add(new Attribution(attribution.State)
            {
                Perpetrators = ValueArray.From(attribution.Perpetrators),
                IsJoint = mention.Kind == StatementKind.Accusation && subjects.Count > 1 && !mention.SubjectsAreAlternatives,
                AttributedBy = ValueArray.From(speakers),
                Statements = statement is { } s ? [s] : default,
                IsOfficial = mention.IsOfficial,
                Provenance = [provenance],
            });
        }
    }

    private void FindPlaces()
    {
        var last = -1;
        foreach (var p in tokens.Starts(PlaceScanner.PrepositionTokens))
        {
            if (p <= last)
            {
                continue;
            }

            if (PlaceScanner.At(document, refsByFirst, p, timedTokens) is { } place)
            {
                placesRead.Add(place);
                if (document.Word(p) != "on" || place.Mention.Place.Feature is not (Sitrep.Places.FeatureKind.Unspecified or Sitrep.Places.FeatureKind.Country))
                {
                    Places.Add(place.Mention);
                    last = place.Last;
                }
            }
        }
    }

    /// <summary>
    /// The place of an event word: the place phrase right after it ("a strike on a medical clinic in western Iraq", "an
    /// explosion near the airport"), or else the first one further on in its sentence, before anything said about it
    /// ("A car bomb killed 11 people in Kabul", "rammed a car into a hotel gate in Mogadishu on Sunday"; not "..., the
    /// governor said in Lashkar Gah").
    /// </summary>
    private Sitrep.Places.Place? PlaceAfter(int anchor)
    {
        // "killing at least 133 people in the deadliest attack in Russia in years": what follows a measure of the event is
        // where it is measured, not where it was; where it was is told before.
        var measured = document.Word(anchor - 1) is { } measure && Superlatives.Contains(measure) && measure is not ("first" or "last" or "latest");

        // The phrase FindPlaces read at that token, if it read one there; the same phrase read again otherwise.
        var p = anchor + 1;
        var place = measured ? null : PlaceRead(p) ?? PlaceScanner.At(document, refsByFirst, p, timedTokens);
        if (Locates(place))
        {
            return InPlacePointedBack(place!);
        }

        // "Troops shelled the town of Boni", "attacked a checkpoint near Boni": the object of a verb of attack.
        if (document.Word(anchor) is { } verb && EventScanner.IsVerbTriggerWord(verb) && PlaceScanner.ObjectOf(document, refsByFirst, anchor, timedTokens) is { } target && Locates(target))
        {
            return InPlacePointedBack(target);
        }

        // "Russian glide bombs struck the city of Zaporizhzhia": the object of a verb of striking right after the event word,
        // when it names the place (not "hit a market", where the sentence may tell the town further on).
        if (document.Word(anchor + 1) is "struck" or "hit" or "targeted" or "pounded" or "shelled" or "bombed"
            && PlaceScanner.ObjectOf(document, refsByFirst, anchor + 1, timedTokens) is { } struck && IsNamedSite(struck))
        {
            return InPlacePointedBack(struck);
        }

        var sentence = document.Sentence[anchor];
        var after = SortedSearch.LowerBound<PlaceFind, ByPreposition>(CollectionsMarshal.AsSpan(placesRead), anchor + 2);
        for (var at = after; at < placesRead.Count && !measured; at++)
        {
            var later = placesRead[at];
            if (document.Sentence[later.First] != sentence || later.First - anchor > PlaceReach || SaidBetween(anchor, later.First))
            {
                break;
            }

            if (Locates(later))
            {
                return InPlacePointedBack(later);
            }
        }

        // "Police fired tear gas at protesters in Nairobi on Tuesday, killing at least five people": an incident told at
        // its toll takes the place phrase before it in its sentence.
        for (var at = after - 1; at >= 0; at--)
        {
            var earlier = placesRead[at];
            if (document.Sentence[earlier.First] != sentence || anchor - earlier.First > PlaceReach)
            {
                break;
            }

            // A phrase around the anchor is not before it.
            if (earlier.Last >= anchor)
            {
                continue;
            }

            // ("killed 12 people at a bar in Guanajuato, state prosecutors said, in the latest massacre in a region ...": the
            // event measured or told as the latest of its kind is the one told before what was said.)
            if (SaidBetween(earlier.Last, anchor) && !(measured || document.Word(anchor - 1) == "latest"))
            {
                break;
            }

            if (Locates(earlier))
            {
                return InPlacePointedBack(earlier);
            }
        }

        return PlacePointedBack(anchor);
    }

    /// <summary>
    /// The place a phrase tells, and for a site in a city it names only by its kind (<c>stormed a hotel in the capital</c>,
    /// <c>a mosque in the city</c>), the site in the city that points back to (<c>hotel in Mogadishu</c>, of its country).
    /// </summary>
    private Sitrep.Places.Place InPlacePointedBack(PlaceFind find)
    {
        var place = find.Mention.Place;
        if (place.Country is null && place.Feature is not (Sitrep.Places.FeatureKind.Unspecified or Sitrep.Places.FeatureKind.City or Sitrep.Places.FeatureKind.Town
                or Sitrep.Places.FeatureKind.Village or Sitrep.Places.FeatureKind.Neighbourhood or Sitrep.Places.FeatureKind.AdministrativeArea
                or Sitrep.Places.FeatureKind.Country or Sitrep.Places.FeatureKind.Region)
            && document.Word(find.Last + 1) == "in" && document.Word(find.Last + 2) == "the" && document.Word(find.Last + 3) is "city" or "capital"
            && PlacePointedBack(find.Last) is { Precision: Sitrep.Places.PlacePrecision.Town } city)
        {
            return place with { Name = place.Name + " in " + city.Name, Country = city.Country, Precision = Sitrep.Places.PlacePrecision.ExactPoint };
        }

        return place;
    }

    /// <summary>
    /// The place a phrase after the event word at <paramref name="anchor"/> points back to (<c>struck the city</c>,
    /// <c>attacks in the province</c>, within eight words in its sentence): the latest place of that kind named before
    /// the event word, within six sentences; null when there is none.
    /// </summary>
    private Sitrep.Places.Place? PlacePointedBack(int anchor)
    {
        var sentence = document.Sentence[anchor];
        for (var k = anchor + 1; k < document.Count && k <= anchor + 8 && document.Sentence[k] == sentence; k++)
        {
            if (document.Word(k) != "the" || document.Word(k + 1) is not { } kind || PrecisionOfKind(kind) is not { } precision)
            {
                continue;
            }

            // Bounded: the places read before the event word, back six sentences and 32 phrases at most.
            var before = SortedSearch.LowerBound<PlaceFind, ByPreposition>(CollectionsMarshal.AsSpan(placesRead), anchor);
            for (var at = before - 1; at >= 0 && at >= before - 32 && document.Sentence[placesRead[at].First] >= sentence - 6; at--)
            {
                if (placesRead[at].Mention.Place is { } told && told.Precision == precision && Locates(placesRead[at]))
                {
                    return told;
                }
            }

            // Or the place of an incident told before ("Russian forces shelled Kharkiv on Monday. On Tuesday, missiles
            // struck the city").
            for (var i = incidents.Count - 1; i >= 0 && i >= incidents.Count - 32 && incidents[i].Sentence >= sentence - 6; i--)
            {
                if (incidents[i].Sentence < sentence && incidents[i].Place is { } struck && struck.Precision == precision)
                {
                    return struck;
                }
            }

            // Or the city the report is filed from ("KHARKIV, May 14 - Russian strikes on the city overnight"); not "the
            // town", in wire copy as often another ("DAMASCUS - ... Air strikes had hit the town").
            return kind is "city" or "capital" ? DatelineCity() : null;
        }

        return null;
    }

    /// <summary>The precision of the places a word for a kind of area points back to (<c>the city</c>: a town's); null for any other word.</summary>
    private static Sitrep.Places.PlacePrecision? PrecisionOfKind(string kind) => kind switch
    {
        "city" or "town" or "capital" => Sitrep.Places.PlacePrecision.Town,
        "district" => Sitrep.Places.PlacePrecision.District,
        "province" or "governorate" => Sitrep.Places.PlacePrecision.Province,
        "country" => Sitrep.Places.PlacePrecision.Country,
        _ => null,
    };

    // The city the report is filed from, read when first asked (for DatelineCity).
    private (bool Read, Sitrep.Places.Place? City) datelineCity;

    /// <summary>
    /// The city a wire report is filed from: the words in capitals that open the text before a comma, a bracket or a dash
    /// that leads to the dateline's dash within twelve tokens (<c>KHARKIV, May 14 -</c>, <c>MAIDUGURI, Nigeria (AP) —</c>),
    /// of the country named after the comma; null when the text opens otherwise.
    /// </summary>
    private Sitrep.Places.Place? DatelineCity()
    {
        if (!datelineCity.Read)
        {
            datelineCity = (true, ReadDatelineCity());
        }

        return datelineCity.City;
    }

    private Sitrep.Places.Place? ReadDatelineCity()
    {
        var end = 0;
        while (end < document.Count && end < 6 && ((document.Word(end) is not null && IsCapitals(document.Text.AsSpan(tokens[end].Start, tokens[end].Length)))
            || (end > 0 && tokens[end].Kind == TokenKind.Hyphen && tokens[end].Glued && end + 1 < document.Count && tokens[end + 1].Glued)))
        {
            end++;
        }

        // Not a body in capitals ("NATO -", "UN (AP) -").
        if (end == 0 || end >= document.Count || !(document.IsSymbol(end, ',') || document.IsSymbol(end, '(') || tokens[end].Kind == TokenKind.Hyphen)
            || (refsByFirst.TryGetValue(0, out var opener) && opener.Mention.Kind != ActorKind.State))
        {
            return null;
        }

        // The dateline's dash, within twelve tokens.
        var dash = -1;
        for (var k = end; k < document.Count && k <= end + 12; k++)
        {
            if (tokens[k].Kind == TokenKind.Hyphen && !tokens[k].Glued && Dateline.MarksDateline(document.Text, tokens[k - 1].End))
            {
                dash = k;
                break;
            }
        }

        if (dash < 0)
        {
            return null;
        }

        string? country = null;
        if (document.IsSymbol(end, ',') && refsByFirst.TryGetValue(end + 1, out var named) && named.Mention.Kind == ActorKind.State)
        {
            country = named.Mention.Country;
        }

        var name = document.Text[tokens[0].Start..tokens[end - 1].End];
        return new Sitrep.Places.Place
        {
            Name = System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant()),
            Country = country,
            Feature = Sitrep.Places.FeatureKind.City,
            Precision = Sitrep.Places.PlacePrecision.Town,
        };

        static bool IsCapitals(ReadOnlySpan<char> word) => word.Length > 1 && !word.ContainsAnyInRange('a', 'z') && word.ContainsAnyInRange('A', 'Z');
    }

    // How far after its event word a place phrase of the same sentence may stand, in tokens.
    private const int PlaceReach = 30;

    /// <summary>
    /// Whether a place phrase locates something: a feature named, a country known, or a town's name standing alone, or
    /// one a place is near (<c>in Kandahar</c>, <c>in Boni on Sunday</c>, <c>near Jowhar</c>; not the first word of a
    /// noun phrase, <c>in Geneva talks</c>, nor a name in a place named after it, <c>near the Interior Ministry in
    /// Kabul</c>).
    /// </summary>
    private bool Locates(PlaceFind? place) =>
        place is not null && (place.Mention.Place.Feature != Sitrep.Places.FeatureKind.Unspecified || place.Mention.Place.Country is not null
            || (place.Mention.Place.Precision == Sitrep.Places.PlacePrecision.Town && NameStandsAlone(place.Last + 1))
            || (place.Mention.Place.Precision == Sitrep.Places.PlacePrecision.NearPoint && document.Word(place.First) is "near" or "outside" && document.Word(place.Last + 1) is not ("in" or "of")
                && NameStandsAlone(place.Last + 1)));

    /// <summary>Whether the token after a name (<paramref name="k"/>) leaves it standing alone: punctuation, the text's end, a capitalised word or a joining word.</summary>
    private bool NameStandsAlone(int k) =>
        k >= document.Count || document.Tokens[k].Kind == TokenKind.Symbol || document.IsCapitalised(k)
        || document.Word(k) is "on" or "in" or "at" or "near" or "of" or "after" or "before" or "when" or "while" or "as" or "and" or "last" or "this"
            or "yesterday" or "today" or "early" or "late" or "overnight" or "where" or "killing" or "wounding" or "during" or "since" or "twice" or "again"
            or "repeatedly" or "heavily" or "was" or "were" or "has" or "had" or "have" or "left" or "for" or "with" or "from" or "by"
            or "began" or "started" or "happened" or "occurred" or "took" or "erupted" or "came"
        // "An air strike on a house in Rafah killed 14 people": a verb of harm after the name.
        || (document.Word(k) is { } next && next.EndsWith("ed", StringComparison.Ordinal) && Casualties.CasualtyScanner.IsPredicateWord(next));

    /// <summary>Whether a word of saying stands between tokens <paramref name="from"/> and <paramref name="to"/> (exclusive).</summary>
    private bool SaidBetween(int from, int to)
    {
        saidTokens ??= [.. tokens.Starts(SayingTokens)];
        var at = Array.BinarySearch(saidTokens, from + 1);
        at = at < 0 ? ~at : at;
        return at < saidTokens.Length && saidTokens[at] < to;
    }

    // The tokens of the words of saying, in order (for SaidBetween).
    private int[]? saidTokens;

    private static readonly StartSet SayingTokens = new([new LexemeFact(w => w is "said" or "says" or "told" or "according" or "added" or "reported" or "announced" or "claimed"
        or "denied" or "blamed" or "accused")]);

    /// <summary>The place phrase FindPlaces read at preposition token <paramref name="p"/>, if it read one there.</summary>
    private PlaceFind? PlaceRead(int p)
    {
        var at = SortedSearch.LowerBound<PlaceFind, ByPreposition>(CollectionsMarshal.AsSpan(placesRead), p);
        return at < placesRead.Count && placesRead[at].First == p ? placesRead[at] : null;
    }

    /// <summary>"Hours after the announcement on Friday": the anchor's date when the text gives one.</summary>
    private void FindRelativeTimes()
    {
        foreach (var k in tokens.Starts(OffsetUnitTokens))
        {
            if (k + 1 >= tokens.Count || tokens[k].Kind != TokenKind.Word || !IsOffsetUnit.Of(tokens[k].Lexeme) || document.Word(k + 1) is not ("after" or "before"))
            {
                continue;
            }

            var after = document.Word(k + 1) == "after";
            var n = k + 2 + (document.Word(k + 2) is "the" or "a" or "an" or "its" or "their" ? 1 : 0);
            if (document.Word(n) is not { } noun)
            {
                continue;
            }

            var last = n;
            var anchorDate = DateAt(n + 1) ?? DateAt(n + 2);
            if (anchorDate is not null)
            {
                last = document.TokenAt(anchorDate.Span.End) - 1;
            }

            TemporalValue? anchor = null;
            if (StatementNouns.Contains(noun))
            {
                // The last dated announcement before the phrase.
                for (var s = statements.Count - 1; s >= 0 && s >= statements.Count - 50; s--)
                {
                    var m = statements[s].Mention;
                    if (statements[s].Cue < k && m.Date is { } d && m.Kind is StatementKind.Announcement or StatementKind.JointStatement
                        && (anchorDate is null || d.Value.StartDate == anchorDate.Value.StartDate))
                    {
                        anchor = d.Value;
                        break;
                    }
                }
            }

            anchor ??= anchorDate?.Value;
            TemporalValue? value = null;
            if (anchor is { } a && !a.IsInterval && a.Precision <= TemporalPrecision.Day)
            {
                value = (a.Modifier == TemporalModifier.End && after
                    ? TemporalValue.PartOfDay(a.StartDate, DayPart.Night)
                    : TemporalValue.Day(a.StartDate)).InZone(a.GetZone()).WithModifier(TemporalModifier.Approximate);
            }

            var start = tokens[k].Start;
            var span = new TextSpan(start, tokens[last].End - start);
            var mention = new RelativeTimeMention(span, document.Cut(span), document.Slice(k, k), after, document.Slice(k + 2, n), value);
            RelativeTimes.Add(mention);
            relativeBySentence.TryAdd(document.Sentence[k], value);
        }
    }

    private TemporalValue? RelativeIn(int sentence) => relativeBySentence.GetValueOrDefault(sentence);

    /// <summary>
    /// The days a range spans when the date is one of its ends: <c>from June 3 to June 5</c>, <c>between 1 October and 7
    /// October</c>, <c>1-7 October</c>, <c>between 1 and 7 October</c>, <c>from 1 to 7 October</c>, <c>between October 1
    /// and 7</c>; or the months (<c>between January and March</c>, <c>from October to December</c>); null when it is a day
    /// or a month alone.
    /// </summary>
    private TemporalValue? RangeSpanned(DateMention date)
    {
        var first = document.TokenAt(date.Span.Start);
        var end = document.TokenAt(date.Span.End);
        if (date.Value is { Precision: TemporalPrecision.Month, IsInterval: false, ZoneId: null, Modifier: TemporalModifier.None } month)
        {
            return MonthsSpanned(month, first, end);
        }

        if (date.Value is not { Precision: TemporalPrecision.Day, IsInterval: false, ZoneId: null, Modifier: TemporalModifier.None } day)
        {
            return null;
        }

        // The range's end: a joiner before it, and a day before that.
        var joiner = first - 1;
        if (RangeJoiner(joiner) is { } opener)
        {
            var before = joiner - 1;
            if (before >= 0 && tokens[before] is { Kind: TokenKind.Number, HasSeparators: false, Value: >= 1 and <= 31 } start && start.Value < day.StartDate.Day
                && (opener.Length == 0 || document.Word(before - 1) == opener))
            {
                return TemporalValue.Between(TemporalValue.Day(new LocalDate(day.StartDate.Year, day.StartDate.Month, (int)start.Value)), day);
            }

            for (var i = Array.BinarySearch(dateTokens, first) is var at && at < 0 ? ~at - 1 : at - 1; i >= 0 && dateTokens[i] >= first - 8; i--)
            {
                if (document.TokenAt(dates[i].Span.End) == joiner && dates[i].Value is { Precision: TemporalPrecision.Day, IsInterval: false, ZoneId: null } from && from.StartDate < day.StartDate
                    && (opener.Length == 0 || document.Word(dateTokens[i] - 1) == opener))
                {
                    return TemporalValue.Between(from, day);
                }
            }
        }

        // The range's start: a joiner after it, and a day after that.
        if (RangeJoiner(end) is { } after && (after.Length == 0 || document.Word(first - 1) == after))
        {
            if (DateAt(end + 1) is { Value: { Precision: TemporalPrecision.Day, IsInterval: false, ZoneId: null } to } && to.StartDate > day.StartDate)
            {
                return TemporalValue.Between(day, to);
            }

            if (end + 1 < document.Count && tokens[end + 1] is { Kind: TokenKind.Number, HasSeparators: false, Value: >= 1 and <= 31 } last && last.Value > day.StartDate.Day
                && last.Value <= CalendarSystem.Iso.GetDaysInMonth(day.StartDate.Year, day.StartDate.Month) && !(end + 2 < document.Count && document.Word(end + 2) is { } unit && Sitrep.Text.TimeExpressions.TimeWords.Units.ContainsKey(unit)))
            {
                return TemporalValue.Between(day, TemporalValue.Day(new LocalDate(day.StartDate.Year, day.StartDate.Month, (int)last.Value)));
            }
        }

        return null;
    }

    /// <summary>
    /// The months a range spans when <paramref name="month"/>, told from token <paramref name="first"/> to before token
    /// <paramref name="end"/>, is one of its ends: <c>between</c> or <c>from</c> before the first month, <c>and</c> or
    /// <c>to</c> between them, the second month later than the first; null otherwise.
    /// </summary>
    private TemporalValue? MonthsSpanned(TemporalValue month, int first, int end)
    {
        if (RangeJoiner(end) is { Length: > 0 } opener && document.Word(first - 1) == opener
            && DateAt(end + 1) is { Value: { Precision: TemporalPrecision.Month, IsInterval: false, ZoneId: null } to } && to.StartDate > month.StartDate)
        {
            return TemporalValue.Between(month, to);
        }

        var joiner = first - 1;
        if (RangeJoiner(joiner) is { Length: > 0 } before)
        {
            for (var i = Array.BinarySearch(dateTokens, first) is var at && at < 0 ? ~at - 1 : at - 1; i >= 0 && dateTokens[i] >= first - 4; i--)
            {
                if (document.TokenAt(dates[i].Span.End) == joiner && dates[i].Value is { Precision: TemporalPrecision.Month, IsInterval: false, ZoneId: null } from
                    && from.StartDate < month.StartDate && document.Word(dateTokens[i] - 1) == before)
                {
                    return TemporalValue.Between(from, month);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The word that must open a range whose joiner is token <paramref name="k"/>: <c>between</c> for <c>and</c>,
    /// <c>from</c> for <c>to</c>, <c>until</c> or <c>through</c>, none (empty) for a hyphen; null when it joins no range.
    /// </summary>
    private string? RangeJoiner(int k) =>
        k < 0 || k >= document.Count ? null
        : tokens[k].Kind == TokenKind.Hyphen ? string.Empty
        : document.Word(k) switch { "and" => "between", "to" or "until" or "through" => "from", _ => null };

    /// <summary>The date mention starting at token <paramref name="token"/>, if any.</summary>
    private DateMention? DateAt(int token)
    {
        var i = Array.BinarySearch(dateTokens, token);
        return i >= 0 ? dates[i] : null;
    }

    /// <summary>
    /// Whether two figures are told of incidents on days of their own more than a week apart ("Shells fell on a camp on
    /// Wednesday, killing at least six people ... A strike on May 3 killed 35 people", "the death toll rose to 304 ... A
    /// fire at another factory killed 112 people in November"), or on other days when both are events of a kind told
    /// ("A suicide bomber rammed a car ... on Monday, killing at least 10 people ... On Sunday evening, gunmen killed a
    /// lawmaker"): the figure of one neither retells nor refines the other's. Not a figure told in passing ("an IED
    /// attack that killed two soldiers ... June 16"), which stays the background a release's reader reads it as, nor
    /// one of a time that takes in the other's or lies near it ("In late April, an assault force ... killed" after
    /// "this morning", April 26; an update's "Jan. 5" after "yesterday"): a release retells its operation within days.
    /// </summary>
    private bool OwnEventsOnOtherDays(CasualtyMention mention, CasualtyMention other, IncidentDraft one, IncidentDraft two) =>
        !ReferenceEquals(one, two) && !CasualtyTotals.ToldInPassing(document.Text, mention) && !CasualtyTotals.ToldInPassing(document.Text, other)
        && (DayOf(one) is { } oneDay
            ? DayOf(two) is { } twoDay
                ? Apart(oneDay, twoDay, BackgroundGapDays) || (one.Type != IncidentType.Unknown && two.Type != IncidentType.Unknown && Apart(oneDay, twoDay, 0))
                    || (LaterTypedEarlierNot(mention, other, one, two) && Apart(oneDay, twoDay, 0))
                : YearsBack(oneDay)
            : DayOf(two) is { } otherDay && YearsBack(otherDay));

    /// <summary>
    /// Whether one of two incidents is dated by its own sentence more than a year before the report and the other is
    /// not (<c>a bombing at a school that killed more than 80 girls in May 2021</c>, told in passing beside the day's
    /// bombing): figures of the two count different people, however told.
    /// </summary>
    private bool YearsApart(IncidentDraft one, IncidentDraft two) =>
        !ReferenceEquals(one, two) && DayOf(one) is { } oneDay && DayOf(two) is { } twoDay && YearsBack(oneDay) != YearsBack(twoDay) && Apart(oneDay, twoDay, BackgroundGapDays);

    // The day an incident's own sentence gives it, or that its event word's possessive names ("Thursday's bombings").
    private TemporalValue? DayOf(IncidentDraft incident) => DateIn(incident.Anchor)?.Value ?? OwnPossessiveDate(incident);

    /// <summary>
    /// Whether two different figures are told of two events the text tells apart, each typed by an event word of its
    /// own ("Russian drones struck an apartment building in Kyiv, killing three people. A missile attack on Odesa killed
    /// five people"): the second neither retells nor refines the first; nor does one of a series and a smaller one of an
    /// event in it told after it, by an event word or not ("killed at least 37 farmers in two separate attacks ... In the
    /// first attack on Saturday, gunmen opened fire on farmers, killing 20. On Sunday, 17 fishermen were killed"). Not a
    /// figure told in passing, which stays the background a release's reader reads it as, nor the same figure told again.
    /// </summary>
    private bool TwoEvents(CasualtyMention mention, CasualtyMention other, IncidentDraft one, IncidentDraft two) =>
        !ReferenceEquals(one, two) && (mention.Count.Low ?? mention.Count.Best) is { } figure && (other.Count.Low ?? other.Count.Best) is { } otherFigure && figure != otherFigure
        && ((one.Type != IncidentType.Unknown && two.Type != IncidentType.Unknown && !one.Plural && !two.Plural)
            || (LaterTypedEarlierNot(mention, other, one, two) && !one.Plural && !two.Plural)
            || (two.Plural && two.Type != IncidentType.Unknown && !one.Plural && otherFigure > figure && other.Span.Start < mention.Span.Start)
            || (one.Plural && one.Type != IncidentType.Unknown && !two.Plural && figure > otherFigure && mention.Span.Start < other.Span.Start))
        && !CasualtyTotals.ToldInPassing(document.Text, mention) && !CasualtyTotals.ToldInPassing(document.Text, other);

    /// <summary>
    /// Whether the later of two figures is told in a sentence that opens by setting its event apart (<c>Later on
    /// Thursday, Russian shelling of a village ... killed a 68-year-old woman</c> after a drone strike that killed a man;
    /// <c>Elsewhere</c>, <c>In a separate attack</c>) and whose own event word, of a kind told, made an incident other than
    /// the earlier figure's: the same count of other people, not the first figure told again.
    /// </summary>
    private bool ToldApart(CasualtyMention mention, CasualtyMention other, IncidentDraft one, IncidentDraft two)
    {
        if (ReferenceEquals(one, two) || one.Type == IncidentType.Unknown || two.Type == IncidentType.Unknown)
        {
            return false;
        }

        var (later, laterIncident) = mention.Span.Start > other.Span.Start ? (mention, one) : (other, two);
        var sentence = document.Sentence[document.TokenAt(later.Span.Start)];
        if (document.Sentence[laterIncident.Anchor] != sentence)
        {
            return false;
        }

        var first = document.SentenceFirst(sentence);
        for (var k = first; k < first + 3 && k < document.Count; k++)
        {
            if (document.Word(k) is "later" or "separately" or "elsewhere" or "meanwhile"
                || (document.Word(first) == "in" && document.Word(k) is "separate" or "another"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether two figures are each the object of an active verb whose doers are different actors (<c>Separatist
    /// militants stormed a bus ... and shot dead 23 of them ... Hours later, security forces killed 21 militants</c>):
    /// what different doers did to different people, never one toll told twice. A figure's doer is its verb's subject,
    /// or, when that is no actor, the perpetrator of the incident it was placed in.
    /// </summary>
    private bool DifferentDoers(CasualtyMention mention, CasualtyMention other, IncidentDraft one, IncidentDraft two) =>
        DoerOf(mention, one) is { } doer && DoerOf(other, two) is { } otherDoer && doer != otherDoer;

    private ActorId? DoerOf(CasualtyMention casualty, IncidentDraft incident)
    {
        var at = document.TokenAt(casualty.Span.Start);
        if (!IsVerbOf(casualty, at))
        {
            return null;
        }

        if (ActiveSubjectOf(casualty, at) is { } subject)
        {
            return OwnerOf(subject).Mention.Actor;
        }

        foreach (var participant in incident.Participants)
        {
            if (participant.Role == ParticipantRole.Perpetrator)
            {
                return participant.Actor;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether of two different exact figures the one told later is of an event its own words type and the earlier of
    /// none ("Soldiers killed 9 people in the village. An airstrike on a market killed 40 people"): a new event, not the
    /// first figure told again. Not the other way round: a figure told after an event's, with no event word of its own,
    /// is a toll that rose or another source's figure for it ("The death toll rose to 14", "A monitoring group said 20
    /// people were killed").
    /// </summary>
    private static bool LaterTypedEarlierNot(CasualtyMention mention, CasualtyMention other, IncidentDraft one, IncidentDraft two)
    {
        var (later, earlier) = mention.Span.Start > other.Span.Start ? (one, two) : (two, one);
        return later.Type != IncidentType.Unknown && earlier.Type == IncidentType.Unknown && mention.Count.IsExact && other.Count.IsExact
            && mention.Count.Best != other.Count.Best;
    }

    /// <summary>
    /// Whether a time ended more than a year before the report's day: an event of another year, which a figure told
    /// with no date of its own ("Police said they had arrested two men ... A similar plot was foiled in 2006, when 18
    /// men were arrested") does not retell.
    /// </summary>
    private bool YearsBack(TemporalValue time) => published is { } reported && time.EndDate.PlusYears(1) < reported;

    /// <summary>
    /// Whether two different figures belong to incidents one of which is a toll run up over time (<see
    /// cref="IsCumulative"/>), or a series whose figure is a tally (<see cref="IsTally"/>) and the other not: a war's toll
    /// since 1984, a wave's since January, attacks' this year and the raid of the day count different people, whichever
    /// is larger; the same figure told again is a retelling still.
    /// </summary>
    private bool RunUpApart(CasualtyMention mention, CasualtyMention other, IncidentDraft one, IncidentDraft two) =>
        !ReferenceEquals(one, two)
        && ((cumulativeIncidents is not null && (cumulativeIncidents.Contains(one) || cumulativeIncidents.Contains(two)))
            || (one.Plural && !two.Plural && IsTally(mention)) || (two.Plural && !one.Plural && IsTally(other)))
        && (mention.Count.Low ?? mention.Count.Best) != (other.Count.Low ?? other.Count.Best);

    /// <summary>Whether a time is a night (<c>overnight</c>, <c>on Tuesday night</c>) or a day's end (<c>late Wednesday</c>), which runs into the next day.</summary>
    private static bool IsNightOrDayEnd(TemporalValue time) =>
        time.Modifier == TemporalModifier.End || (time.Precision == TemporalPrecision.PartOfDay && time.LastDayPart is DayPart.Evening or DayPart.Night);

    /// <summary>Whether two times lie more than <paramref name="days"/> days apart, neither taking in the other.</summary>
    private static bool Apart(TemporalValue one, TemporalValue two, int days) =>
        one.EndDate.PlusDays(days) < two.StartDate || two.EndDate.PlusDays(days) < one.StartDate;

    /// <summary>
    /// The date nearest to token <paramref name="anchor"/> in its sentence and window that can date an incident: not
    /// the dateline, not a date that names another event ("the July 2 attack", "Saturday's election"), not the day of
    /// a statement ("today confirmed"), not after publication.
    /// </summary>
    private DateMention? DateIn(int anchor)
    {
        incidentDates ??= IncidentDates();
        var (positions, list, since, clauses) = incidentDates.Value;
        if (document.Nearest(positions, anchor) is not (var i and >= 0) || anchor < since[i])
        {
            return null;
        }

        // "The Rapid Support Forces, which have been at war with Sudan's military since April 2023, denied ... and said its
        // fighters had attacked army positions": a date in a relative clause between commas dates only what that clause
        // tells.
        if (clauses[i] is var (open, close) && open >= 0 && (anchor < open || anchor > close))
        {
            return null;
        }

        // "Rescuers dug through the rubble today after bombs exploded ... yesterday": a date before a clause word that
        // opens the event's own clause is the other clause's; the date after the event word in its clause is its own.
        if (positions[i] < anchor && i + 1 < positions.Length && positions[i + 1] > anchor && positions[i + 1] - anchor <= TextDocument.Window
            && document.Sentence[positions[i + 1]] == document.Sentence[anchor] && !(anchor < since[i + 1]) && ClauseWordBetween(document.TokenAt(list[i].Span.End) - 1, anchor))
        {
            return list[i + 1];
        }

        // "a tsunami in 2004 killed 226,000 people ... on Dec. 26", "In 2012, Typhoon Bopha killed ... in December": a
        // year alone gives way to a finer date of that year next to it in the sentence.
        if (list[i].Value.Precision == TemporalPrecision.Year)
        {
            foreach (var j in (ReadOnlySpan<int>)[i + 1, i - 1])
            {
                if (j >= 0 && j < list.Count && document.Sentence[positions[j]] == document.Sentence[anchor] && list[j].Value.Precision > TemporalPrecision.Year
                    && list[j].Value.StartDate.Year == list[i].Value.StartDate.Year && list[j].Value.EndDate.Year == list[i].Value.StartDate.Year && !(anchor < since[j]))
                {
                    return list[j];
                }
            }
        }

        return list[i];
    }

    /// <summary>
    /// The commas around a relative clause that holds token <paramref name="k"/>: one before it, followed by
    /// <c>which</c>, <c>who</c> or <c>whose</c>, and the next after it, in its sentence and 24 tokens either way; null
    /// when the token stands in none.
    /// </summary>
    private (int Open, int Close)? RelativeClauseAround(int k)
    {
        var open = -1;
        for (var m = k - 1; m >= document.SentenceStart[k] && m >= k - 24; m--)
        {
            if (document.IsSymbol(m, ','))
            {
                open = document.Word(m + 1) is "which" or "who" or "whose" ? m : -1;
                break;
            }
        }

        if (open < 0)
        {
            return null;
        }

        for (var m = k + 1; m < document.Count && m <= k + 24 && document.Sentence[m] == document.Sentence[k]; m++)
        {
            if (document.IsSymbol(m, ','))
            {
                return (open, m);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a word that opens a clause of its own (<c>after</c>, <c>when</c>, <c>as</c>) stands between tokens
    /// <paramref name="from"/> and <paramref name="to"/>; not one before a time of day (<c>before dawn</c>, <c>after
    /// midnight</c>: a time, no clause).
    /// </summary>
    private bool ClauseWordBetween(int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (document.Word(k) is "after" or "before" or "when" or "while" or "as" or "since" or "until" or "because" && !IsTimeOfDayAfter(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The day told in the sentence after an incident's that opens with its event word again (<c>The strikes hit a market
    /// ... on Friday</c>), when it falls inside <paramref name="coarse"/>, the week or month the incident was dated by;
    /// null otherwise.
    /// </summary>
    private TemporalValue? DayRetoldWithin(IncidentDraft incident, TemporalValue coarse)
    {
        var next = incident.Sentence + 1;
        if (document.Word(incident.Anchor) is not { } word || !EventScanner.IsTriggerWord(word))
        {
            return null;
        }

        incidentDates ??= IncidentDates();
        var (positions, list, _, _) = incidentDates.Value;
        var i = Array.BinarySearch(positions, incident.Anchor);
        for (i = i < 0 ? ~i : i; i < positions.Length && positions[i] < tokens.Count && document.Sentence[positions[i]] <= next; i++)
        {
            var first = document.SentenceStart[positions[i]];
            if (document.Sentence[positions[i]] == next && document.Word(first) == "the" && document.Word(first + 1) == word
                && list[i].Value is { Precision: TemporalPrecision.Day, IsInterval: false } day && day.ZoneId == coarse.ZoneId
                && day.StartDate >= coarse.StartDate && day.StartDate < (coarse.Precision == TemporalPrecision.Week ? coarse.StartDate.PlusWeeks(1) : coarse.StartDate.PlusMonths(1)))
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>
    /// The day of an incident its own sentence does not date, told by the next sentence when that goes on to tell it:
    /// its subject the attackers told (<c>The gunmen arrived at around 10 p.m. on Saturday and opened fire</c>,
    /// <c>They stormed the village on Friday</c>) or the violence whose start it tells (<c>The violence erupted late on
    /// Tuesday</c>), no incident of its own, and its first date one that may date an incident, to the day; null otherwise.
    /// </summary>
    private TemporalValue? DayToldNext(IncidentDraft incident)
    {
        incidentDates ??= IncidentDates();
        var (positions, list, since, _) = incidentDates.Value;
        var next = incident.Sentence + 1;
        var at = Array.BinarySearch(positions, incident.Anchor);
        for (var i = at < 0 ? ~at : at; i < positions.Length && positions[i] < tokens.Count && document.Sentence[positions[i]] <= next; i++)
        {
            if (document.Sentence[positions[i]] != next)
            {
                continue;
            }

            var first = document.SentenceStart[positions[i]];
            var goesOn = (document.Word(first) == "they" && document.Word(first + 1) is not ("said" or "say" or "says" or "told" or "claimed" or "added" or "denied" or "warned" or "reported" or "believe" or "believed"))
                || (document.Word(first) == "the" && document.Word(first + 1) is { } men && IsAttackersToldBack(men))
                || (document.Word(first) == "the" && VictimsToldAgain(incident, first))
                || AircraftOfStrikeOpen(incident, first)
                // "The violence erupted late on Tuesday in Khamenlok village": the violence told, its start told.
                || (document.Word(first) == "the" && document.Word(first + 1) is "violence" or "fighting" or "unrest" or "clashes"
                    && document.Word(first + 2) is "erupted" or "began" or "started" or "broke" or "flared");
            if (!goesOn || list[i].Value.Precision < TemporalPrecision.Day || incident.Anchor < since[i] || document.Word(positions[i] - 1) is "since" or "until" or "till")
            {
                return null;
            }

            if (incidentSentences is null)
            {
                incidentSentences = [];
                foreach (var told in incidents)
                {
                    incidentSentences.Add(told.Sentence);
                }
            }

            return incidentSentences.Contains(next) ? null : list[i].Value;
        }

        return null;
    }

    /// <summary>
    /// Whether the sentence opening at token <paramref name="first"/> opens with the aircraft of a strike from the air
    /// told before (<c>Two fighter jets dropped four bombs on the village on Thursday</c> after <c>Military airstrikes on a
    /// village killed 30 people</c>): a count or an article and up to two describing words before them, a verb of striking
    /// after them.
    /// </summary>
    private bool AircraftOfStrikeOpen(IncidentDraft incident, int first)
    {
        if (incident.Type != IncidentType.Strike || !incident.Means.Exists(m => m is Means.Airstrike or Means.Drone))
        {
            return false;
        }

        for (var k = first; k <= first + 3 && k < tokens.Count; k++)
        {
            // Striking: "dropped", "fired", "struck", "bombed", "hit", "targeted" right after them (not "The jets returned").
            if (document.Word(k) is { } craft && (EventScanner.IsAirSubject(craft) || craft is "drones" or "gunships"))
            {
                return document.Word(k + 1) is "dropped" or "fired" or "struck" or "bombed" or "hit" or "targeted" or "pounded" or "shelled" or "launched";
            }

            if (document.Word(k) is null && tokens[k].Kind != TokenKind.Number)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence opening at token <paramref name="first"/> tells again, as the subject of a passive, the people
    /// the incident's figures count: <c>The farmers were attacked on Saturday</c> after <c>killed at least 37
    /// farmers</c> (the noun, after at most one describing word, in the words of one of its figures).
    /// </summary>
    private bool VictimsToldAgain(IncidentDraft incident, int first)
    {
        for (var n = first + 1; n <= first + 2; n++)
        {
            if (document.Word(n + 1) is not ("was" or "were"))
            {
                continue;
            }

            if (document.Word(n) is not { Length: > 2 } noun)
            {
                return false;
            }

            foreach (var count in incident.Casualties)
            {
                foreach (var told in count.Provenance)
                {
                    if (told.Span is { } span && HasWord(document.Text.AsSpan(span.Start, span.Length), noun))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        return false;
    }

    // Whether a word stands whole in a text, in any case.
    private static bool HasWord(ReadOnlySpan<char> text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = Next(text, word, at))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;

        static int Next(ReadOnlySpan<char> text, string word, int at) =>
            text[(at + 1)..].IndexOf(word, StringComparison.OrdinalIgnoreCase) is var next and >= 0 ? at + 1 + next : -1;
    }

    // Whether a place has a name of its own ("Irapuato", "a school in Khan Younis"), not only a kind ("village", "a bar").
    private static bool IsNamed(Sitrep.Places.Place place) => place.Name is { } name && name.Any(char.IsUpper);

    /// <summary>
    /// The site an incident placed at a settlement or camp of no name (<c>in a village north of Baghdad</c>) is named at
    /// later (<c>broke into the house in the village of Tarmiyah</c>): the first place told as <c>the village of</c> and
    /// a name in the three sentences after the incident's, with no other incident's event word between; null when none.
    /// </summary>
    private Sitrep.Places.Place? SiteNamedAgain(IncidentDraft incident)
    {
        if (incident.Place is not { } unnamed || SettlementNoun(unnamed) is not { } noun)
        {
            return null;
        }

        // The places are in text order: the first after the incident's sentence is found by halving.
        var (low, high) = (0, placesRead.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = document.Sentence[placesRead[middle].First] <= incident.Sentence ? (middle + 1, high) : (low, middle);
        }

        for (var i = low; i < placesRead.Count; i++)
        {
            var find = placesRead[i];

            if (document.Sentence[find.First] > incident.Sentence + 3 || OtherIncidentBetween(incident.Anchor, find.First, incident))
            {
                return null;
            }

            for (var k = find.First; k < find.Last; k++)
            {
                if (document.Word(k) == "the" && document.Word(k + 1) == noun && document.Word(k + 2) == "of" && document.IsCapitalised(k + 3) && IsNamedSite(find))
                {
                    return InPlacePointedBack(find);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The noun of a settlement or camp a place is told as without a name (<c>village</c>, <c>a Palestinian village</c>,
    /// <c>a remote town</c>: lower-case words or a demonym before it); null when the place has a name.
    /// </summary>
    private static string? SettlementNoun(Sitrep.Places.Place place)
    {
        if (place.Name is not { } name)
        {
            return null;
        }

        var space = name.LastIndexOf(' ');
        var noun = space < 0 ? name : name[(space + 1)..];
        if (noun is not ("village" or "town" or "camp" or "hamlet" or "settlement" or "city"))
        {
            return null;
        }

        foreach (var word in name.Split(' ')[..^1])
        {
            if (word.Length > 0 && char.IsUpper(word[0]) && !Actors.Gazetteer.BuiltIn.IsDemonym(word.ToLowerInvariant()))
            {
                return null;
            }
        }

        return noun;
    }

    // A place phrase that locates an incident at a town or a point and names it (a retelling's finer place).
    private bool IsNamedSite(PlaceFind find) =>
        Locates(find) && find.Mention.Place is { Precision: Sitrep.Places.PlacePrecision.ExactPoint or Sitrep.Places.PlacePrecision.NearPoint or Sitrep.Places.PlacePrecision.Town } place && IsNamed(place);

    /// <summary>
    /// The event words that tell an incident again in a later sentence, within four sentences and 64 event words of its
    /// own, in order.
    /// </summary>
    private IEnumerable<int> RetellingsOf(IncidentDraft incident)
    {
        var first = triggerTokens.BinarySearch(incident.Anchor);
        first = first < 0 ? ~first : first + 1;
        for (var t = first; t < triggerTokens.Count && t < first + 64 && document.Sentence[triggerTokens[t]] <= incident.Sentence + 4; t++)
        {
            if (triggerIncidents[t] == incident && document.Sentence[triggerTokens[t]] != incident.Sentence)
            {
                yield return triggerTokens[t];
            }
        }
    }

    /// <summary>
    /// The place a later sentence gives an incident when it opens by telling it again (<c>The attack in the city of
    /// Irapuato was the latest ...</c>, <c>The strike on a school in Khan Younis</c>), within four sentences and 64 event
    /// words: a town or a point, finer than the place the incident had (a district, finer than a country, a region or a
    /// province); null when it gives none.
    /// </summary>
    private Sitrep.Places.Place? RetoldPlace(IncidentDraft incident)
    {
        // "in Pakistan's northwest ... The attack took place in the Kurram district": a district is finer than a country,
        // a region or a province.
        var coarse = incident.Place is null or { Precision: Sitrep.Places.PlacePrecision.Country or Sitrep.Places.PlacePrecision.Region or Sitrep.Places.PlacePrecision.Province };
        bool Finer(PlaceFind find) => IsNamedSite(find) || (coarse && Locates(find) && find.Mention.Place is { Precision: Sitrep.Places.PlacePrecision.District } district && IsNamed(district));
        foreach (var told in RetellingsOf(incident))
        {
            // "an attack on a village in Sudan's central Gezira province ... The Rapid Support Forces stormed the village of
            // Wad al-Noura on Wednesday": the named place a verb that tells the target again acted on.
            if (retoldTargets?.Contains(told) == true && PlaceScanner.ObjectOf(document, refsByFirst, told, timedTokens) is { } target && IsNamedSite(target))
            {
                return InPlacePointedBack(target);
            }

            // Opening its sentence, or as what harmed ("More than 60 others were wounded in the blast at the main station in
            // Quetta").
            if (document.Word(told - 1) != "the" || (document.SentenceStart[told - 1] != told - 1 && document.Word(told - 2) is not ("in" or "by")))
            {
                continue;
            }

            if (document.Word(told + 1) is "in" or "on" or "at" && (PlaceRead(told + 1) ?? PlaceScanner.At(document, refsByFirst, told + 1, timedTokens)) is { } place && Finer(place))
            {
                return InPlacePointedBack(place);
            }

            // "The attack targeted the base in Puerto Jordan": what the retelling says it struck.
            if (document.Word(told + 1) is "targeted" or "hit" or "struck" && PlaceScanner.ObjectOf(document, refsByFirst, told + 1, timedTokens) is { } struck && Finer(struck))
            {
                return InPlacePointedBack(struck);
            }

            // "The attack began late Thursday in Pont-Sondé": where the retelling says it began, took place or happened,
            // past its day; also past the phrase that tells its day and doers ("The attack on Wednesday by more than 100
            // fighters on motorbikes happened near the village of Tamou").
            if (RetellingVerb(told) is var verb and >= 0)
            {
                for (var v = verb + 1; v < tokens.Count && v <= verb + 8 && document.Sentence[v] == document.Sentence[told]; v++)
                {
                    if (document.Word(v) is "in" or "at" or "near" && (PlaceRead(v) ?? PlaceScanner.At(document, refsByFirst, v, timedTokens)) is { } where && Finer(where))
                    {
                        return InPlacePointedBack(where);
                    }

                    if (document.Word(v) is "when" or "after" or "as" or "while" or "said" or "and")
                    {
                        break;
                    }
                }
            }
        }

        // "Gunmen opened fire in a bar in Guanajuato state ... The attackers arrived on motorcycles in the town of
        // Irapuato": the sentence after, opening with its doers told again, tells where they did it.
        return PerpetratorsRetoldPlace(incident, Finer);
    }

    /// <summary>
    /// The token of the verb that says a retelling at <paramref name="told"/> began, took place or happened: the word
    /// after it, or the first such verb within sixteen words of its sentence past a phrase of its own (no word of saying,
    /// no clause word and no other event word before it); -1 when there is none.
    /// </summary>
    private int RetellingVerb(int told)
    {
        for (var v = told + 1; v < tokens.Count && v <= told + 16 && document.Sentence[v] == document.Sentence[told]; v++)
        {
            switch (document.Word(v))
            {
                case "began" or "started" or "erupted" or "happened" or "occurred" or "unfolded" or "took":
                    return v;
                case "said" or "says" or "told" or "when" or "which" or "who" or "that" or "after" or "while" or "killed" or "was" or "were" or "is" or "had" or "has":
                    return -1;
            }

            if (v > told + 1 && document.Tokens[v].Kind == TokenKind.Symbol && document.Tokens[v].Symbol is ',' or ';' or ':')
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The first named place that <paramref name="finer"/> accepts in one of the two sentences after an incident's own
    /// that opens with its doers told again (<c>The attackers</c>, <c>The gunmen</c>) and tells no other event; null
    /// otherwise.
    /// </summary>
    private Sitrep.Places.Place? PerpetratorsRetoldPlace(IncidentDraft incident, Func<PlaceFind, bool> finer)
    {
        if (!incident.Participants.Exists(p => p.Role == ParticipantRole.Perpetrator))
        {
            return null;
        }

        for (var sentence = incident.Sentence + 1; sentence <= incident.Sentence + 2 && sentence < document.SentenceCount; sentence++)
        {
            var opening = document.SentenceFirst(sentence);
            if (document.Word(opening) != "the" || document.Word(opening + 1) is not { } doers || !EventScanner.IsAttackerWord(doers) || !doers.EndsWith('s')
                || TriggerOfAnotherIn(incident, sentence))
            {
                continue;
            }

            for (var i = SortedSearch.LowerBound<PlaceFind, ByPreposition>(CollectionsMarshal.AsSpan(placesRead), opening); i < placesRead.Count && document.Sentence[placesRead[i].First] == sentence; i++)
            {
                if (finer(placesRead[i]))
                {
                    return InPlacePointedBack(placesRead[i]);
                }
            }
        }

        return null;
    }

    /// <summary>Whether an event word of an incident other than <paramref name="incident"/> is told in sentence <paramref name="sentence"/>.</summary>
    private bool TriggerOfAnotherIn(IncidentDraft incident, int sentence)
    {
        var t = triggerTokens.BinarySearch(document.SentenceFirst(sentence));
        for (t = t < 0 ? ~t : t; t < triggerTokens.Count && document.Sentence[triggerTokens[t]] == sentence; t++)
        {
            if (!ReferenceEquals(triggerIncidents[t], incident))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The day of an incident its own sentence does not date, told where a later sentence tells it again by its event word
    /// and the day after it, opening the sentence (<c>The attack on Saturday targeted the base at Mansila</c>), or before
    /// it (<c>Saturday's attack</c>), within four sentences and 64 event words; null otherwise.
    /// </summary>
    private TemporalValue? RetoldDay(IncidentDraft incident)
    {
        foreach (var told in RetellingsOf(incident))
        {
            if (PossessiveDayAt(tokens[told].Start) is { } possessive)
            {
                return possessive;
            }

            // "The bus was traveling ... on Friday afternoon when gunmen opened fire on it": the day of the sentence that
            // tells what the incident struck again.
            if (retoldTargets?.Contains(told) == true && DateIn(told) is { } retoldOn && document.Sentence[document.TokenAt(retoldOn.Span.Start)] == document.Sentence[told])
            {
                return RangeSpanned(retoldOn) ?? retoldOn.Value;
            }

            // Opening its sentence: not "warned of the attacks on April 4", where the day is the warning's.
            if (document.Word(told - 1) == "the" && document.SentenceStart[told - 1] == told - 1 && document.Word(told + 1) == "on" && DateIn(told + 2) is { } on && document.TokenAt(on.Span.Start) == told + 2
                && IsOneDayOrNight(on.Value))
            {
                return on.Value;
            }

            // "five soldiers were wounded in the attack on the base in Malam-Fatori late Monday": the day that closes the
            // retelling's phrase, past where it struck.
            if (document.Word(told - 1) == "the" && document.Word(told - 2) is "in" or "during" && DayClosingPhrase(told) is { } closing)
            {
                return closing;
            }

            // "The attack on Pazigyi village in Sagaing region's Kanbalu township took place Tuesday morning": the day the
            // sentence that opens by telling it again says it took place.
            if (document.Word(told - 1) == "the" && document.SentenceStart[told - 1] == told - 1 && TookPlaceOn(told) is { } took)
            {
                return took;
            }
        }

        return null;
    }

    /// <summary>
    /// The earlier day a later sentence gives an incident whose own sentence dates it only by the day of its saying
    /// (<c>Twenty-three soldiers were killed when their patrol was ambushed ..., the army said in a statement read on state
    /// television on Thursday. The attack on Wednesday ... happened near the village of Tamou</c>): the day told again,
    /// within six days before <paramref name="toldOn"/>; null otherwise.
    /// </summary>
    private TemporalValue? RetoldBeforeSaying(IncidentDraft incident, TemporalValue toldOn)
    {
        if (toldOn is not { Precision: TemporalPrecision.Day, IsInterval: false })
        {
            return null;
        }

        // The dates after the event word in its sentence, found by halving (the dates are in text order).
        var (low, high) = (0, dates.Count);
        var from = tokens[incident.Anchor].End;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = dates[middle].Span.Start < from ? (middle + 1, high) : (low, middle);
        }

        // Bounded: the first eight dates after it, however many a run-on sentence holds.
        var said = false;
        for (var i = low; i < dates.Count && i < low + 8 && !said && document.Sentence[document.TokenAt(dates[i].Span.Start)] == incident.Sentence; i++)
        {
            said = dates[i].Value == toldOn && SaidBetween(incident.Anchor, document.TokenAt(dates[i].Span.Start));
        }

        return said && RetoldDay(incident) is { Precision: TemporalPrecision.Day, IsInterval: false } retold && retold.StartDate < toldOn.StartDate
            && Period.DaysBetween(retold.StartDate, toldOn.StartDate) <= 6 ? retold : null;
    }

    /// <summary>
    /// The day that closes the phrase of event word <paramref name="told"/>, up to ten words on past where it struck
    /// (prepositions, articles, names and the nouns of places): <c>the attack on the base in Malam-Fatori late Monday</c>;
    /// null when another word, a comma or no day comes first.
    /// </summary>
    private TemporalValue? DayClosingPhrase(int told)
    {
        for (var d = told + 1; d < tokens.Count && d <= told + 10 && document.Sentence[d] == document.Sentence[told]; d++)
        {
            if (DateIn(d) is { } on && document.TokenAt(on.Span.Start) == d)
            {
                return IsOneDayOrNight(on.Value) ? on.Value : null;
            }

            if (tokens[d].Kind == TokenKind.Hyphen)
            {
                continue;
            }

            if (document.Word(d) is not { } word || !(document.IsCapitalised(d) || word is "on" or "in" or "at" or "near" or "of" or "the" or "a" or "an" || PlaceScanner.IsSiteWord(word)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The day that starts at token <paramref name="after"/> or past "on", "early on", "late on", "at", "before dawn on",
    /// "shortly after midnight on" (<c>happened overnight Saturday into Sunday</c>, <c>were attacked on Saturday</c>, <c>began
    /// before dawn on Thursday</c>); null when another word comes first, or the date is longer than a day or a night.
    /// </summary>
    private TemporalValue? DayRightAfter(int after)
    {
        for (var d = after; d <= after + 4 && d < tokens.Count; d++)
        {
            if (DateIn(d) is { } on && document.TokenAt(on.Span.Start) == d)
            {
                return IsOneDayOrNight(on.Value) ? on.Value : null;
            }

            // "began before dawn on Thursday", "happened shortly after midnight on Sunday".
            if (document.Word(d) is not ("on" or "early" or "late" or "at" or "before" or "after" or "dawn" or "daybreak" or "midnight" or "noon" or "shortly" or "just"))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>Whether a date is one day, or one part of a day (a night runs past midnight into the next).</summary>
    private static bool IsOneDayOrNight(TemporalValue value) =>
        value.Precision >= TemporalPrecision.Day && (value.StartDate == value.EndDate || (value.Precision == TemporalPrecision.PartOfDay && !value.IsInterval));

    /// <summary>
    /// The day a retelling from event word <paramref name="told"/> says the event took place on (<c>took place Tuesday
    /// morning</c>, <c>happened on Sunday</c>, <c>occurred late on Friday</c>, <c>began late Thursday</c>), the verb
    /// within sixteen words in its sentence; null when it says none.
    /// </summary>
    private TemporalValue? TookPlaceOn(int told)
    {
        var sentence = document.Sentence[told];
        for (var v = told + 1; v < tokens.Count && v <= told + 16 && document.Sentence[v] == sentence; v++)
        {
            var after = document.Word(v) is "took" && document.Word(v + 1) == "place" ? v + 2
                : document.Word(v) is "broke" or "kicked" && document.Word(v + 1) is "out" or "off" ? v + 2
                : document.Word(v) is "happened" or "occurred" or "unfolded" or "began" or "started" or "erupted" ? v + 1
                : -1;
            if (after < 0)
            {
                continue;
            }

            return DayRightAfter(after);
        }

        return null;
    }

    // The dates that may date an incident, with their tokens, the token each is counted since (-1: none) and the commas of
    // the relative clause each stands in ((-1, -1): none), read once.
    private (int[] Tokens, List<DateMention> Dates, int[] Since, (int Open, int Close)[] Clauses)? incidentDates;

    // The sentences incidents are told in, made when first asked (for DayToldNext, once every incident is made).
    private HashSet<int>? incidentSentences;

    private List<(int Token, LocalDate Day)>? datelinesToldFrom;

    private (int[] Tokens, List<DateMention> Dates, int[] Since, (int Open, int Close)[] Clauses) IncidentDates()
    {
        var kept = new List<int>();
        var list = new List<DateMention>();
        var since = new List<int>();
        var clauses = new List<(int, int)>();
        for (var i = 0; i < dates.Count; i++)
        {
            if (CanDateAnIncident(dates[i]))
            {
                kept.Add(dateTokens[i]);
                list.Add(dates[i]);
                since.Add(dateTokens[i] < tokens.Count ? ComparedSince(dateTokens[i]) : -1);
                clauses.Add(dateTokens[i] < tokens.Count && RelativeClauseAround(dateTokens[i]) is { } clause ? clause : (-1, -1));
            }
        }

        return (kept.ToArray(), list, since.ToArray(), clauses.ToArray());
    }

    /// <summary>
    /// The day the text at token <paramref name="token"/> is told from: the publication day, or the dateline of a
    /// release appended after it (<c>KABUL, Afghanistan (May 17) -</c> after a report of May 15), the latest before
    /// the token. Null when the report has no publication day.
    /// </summary>
    private LocalDate? DayToldFrom(int token)
    {
        if (published is not { } day)
        {
            return null;
        }

        datelinesToldFrom ??= LaterDatelines(day);
        var (lo, hi) = (0, datelinesToldFrom.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (datelinesToldFrom[mid].Token < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo == 0 ? day : datelinesToldFrom[lo - 1].Day;
    }

    /// <summary>The datelines after the publication day's, each with the latest day told from so far, in text order.</summary>
    private List<(int Token, LocalDate Day)> LaterDatelines(LocalDate publishedDay)
    {
        var later = new List<(int, LocalDate)>();
        var latest = publishedDay;
        for (var i = 0; i < dates.Count; i++)
        {
            var m = dates[i];
            if (!m.IsRelative && m.Value is { IsInterval: false, Precision: TemporalPrecision.Day } && m.Value.StartDate > latest
                && Dateline.IsDatelineDate(tokens, dateTokens[i], document.TokenAt(m.Span.End)))
            {
                latest = m.Value.StartDate;
                later.Add((dateTokens[i], latest));
            }
        }

        return later;
    }

    private bool CanDateAnIncident(DateMention m) =>
        m.Span.Start >= leadStart && !ModifiesANoun(m) && !DatesTheReport(m) && (published is not { } day || m.Value.StartDate <= day) && !IsCountCutoff(m);

    /// <summary>
    /// Whether a date is the time up to which a toll is counted, not when anything happened: <c>2,012 people had been
    /// killed and 2,059 injured by Saturday evening</c>, <c>at least 40 people had been killed as of Monday</c>; after <c>by</c> or
    /// <c>as of</c>, with a figure's predicate in the eight words before it.
    /// </summary>
    private bool IsCountCutoff(DateMention m)
    {
        var at = document.TokenAt(m.Span.Start);
        var before = document.Word(at - 1) == "by" ? at - 1 : document.Word(at - 1) == "of" && document.Word(at - 2) == "as" ? at - 2 : -1;
        if (before < 0)
        {
            return false;
        }

        for (var k = before - 1; k >= 0 && k >= before - 8 && document.Sentence[k] == document.Sentence[at]; k--)
        {
            if (document.Word(k) is { } word && (CasualtyScanner.IsPredicateWord(word) || word == "toll"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "It was the deadliest attack in the capital since March 2011", "the worst violence since the fighters withdrew 20
    /// months ago": the token of a <c>since</c> (within twelve words before the date at <paramref name="at"/>) following
    /// a superlative or <c>first</c> (within thirty words, in the sentence), whose time an incident told before it is
    /// measured against; -1 when there is none. When the sentence tells casualties after the <c>since</c> ("since July
    /// 2012, when 12 people were killed", "since a truck bomb killed more than 500 people in October 2017"), the
    /// earlier incident is told too, and the time is its own: -1.
    /// </summary>
    private int ComparedSince(int at)
    {
        var sentence = document.Sentence[at];
        for (var k = at - 1; k >= 0 && k >= at - 12 && document.Sentence[k] == sentence; k--)
        {
            if (tokens.WordAt(k) != "since")
            {
                continue;
            }

            for (var j = k - 1; j >= 0 && j >= k - 30 && document.Sentence[j] == sentence; j--)
            {
                if (tokens.WordAt(j) is { } word && Superlatives.Contains(word))
                {
                    return CasualtyAfter(tokens[k].Start) is { } told && document.Sentence[document.TokenAt(told.Span.Start)] == sentence ? -1 : k;
                }
            }

            return -1;
        }

        return -1;
    }

    /// <summary>The first casualty mention starting at or after character <paramref name="offset"/>, by binary search (the mentions are in text order).</summary>
    private CasualtyMention? CasualtyAfter(int offset)
    {
        var (lo, hi) = (0, casualties.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (casualties[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < casualties.Count ? casualties[lo] : null;
    }

    /// <summary>
    /// The lead's date, for the first incident after a dateline: the earliest date known to the day in the first
    /// sentence that has one that can date an incident, in the month before publication, and not the publication
    /// day itself unless relative ("confirmed today the arrest ... Friday" is Friday). Null when there is none.
    /// </summary>
    private TemporalValue? LeadDate()
    {
        // Wire copy and press releases: a dateline, then a lead that tells the main event. Other text dates each
        // incident by its own sentence.
        if (published is not { } day || leadStart == 0)
        {
            return null;
        }

        DateMention? first = null;
        var best = default(TemporalValue?);
        foreach (var m in dates)
        {
            if (m.Value.Precision < TemporalPrecision.Day || !CanDateAnIncident(m) || m.Value.StartDate < day.PlusDays(-31) || (!m.IsRelative && m.Value.StartDate == day))
            {
                continue;
            }

            if (first is null)
            {
                first = m;
            }
            else if (document.Sentence[document.TokenAt(m.Span.Start)] != document.Sentence[document.TokenAt(first.Span.Start)])
            {
                break;
            }

            if (best is null || m.Value.StartDate < best.Value.StartDate)
            {
                best = m.Value;
            }
        }

        return best;
    }

    /// <summary>
    /// Incidents the report names in passing: dated, by a written date, more than a week before its main event (the first
    /// incident in text order dated to the day), as "He was also involved in a suicide attack that killed four soldiers
    /// in Kabul Dec. 19" in a release about an arrest on Jan. 22; and tallies over a period, every figure of which
    /// counts since a time ("one of more than 50 Taliban insurgents killed since the beginning of the year").
    /// </summary>
    private void MarkBackground(List<(CasualtyMention Mention, IncidentDraft Incident, CasualtyCount Count)> placed)
    {
        IncidentDraft? main = null;
        foreach (var incident in incidents)
        {
            if (incident.Time is { Precision: >= TemporalPrecision.Day } && (main is null || incident.Anchor < main.Anchor))
            {
                main = incident;
            }
        }

        // "beheaded at least 11 villagers ... this week": with no incident dated to a day, the first dated to a week.
        foreach (var incident in incidents)
        {
            if (main is null && incident.Time is { Precision: TemporalPrecision.Week })
            {
                main = incident;
            }
        }

        if (main?.Time is not { } mainTime)
        {
            return;
        }

        // Figures that are each a tally ("killed since the beginning of the year") or told with an earlier year of their
        // own ("the killing of several ISAF soldiers in 2010") are of older events.
        var older = new Dictionary<IncidentDraft, bool>(ReferenceEqualityComparer.Instance);
        foreach (var (mention, incident, _) in placed)
        {
            older[incident] = older.GetValueOrDefault(incident, true) && (IsTallyOrCumulative(mention) || EarlierYearAfter(mention, mainTime.StartDate.Year));
        }

        var before = mainTime.StartDate.PlusDays(-BackgroundGapDays);
        foreach (var incident in incidents)
        {
            if (incident != main && ((incident.Time is { } time && time.EndDate < before && DateIn(incident.Anchor) is { IsRelative: false } written && written.Value == time)
                || older.GetValueOrDefault(incident)))
            {
                incident.Background = true;
            }
        }
    }

    // Whether "in" or "during" and a year before the main event's stand just after a casualty mention.
    private bool EarlierYearAfter(CasualtyMention mention, int mainYear)
    {
        var k = document.TokenAt(mention.Span.End);
        for (var j = k; j < document.Count - 1 && j <= k + 2; j++)
        {
            if (document.Word(j) is "in" or "during" && tokens[j + 1] is { Kind: TokenKind.Number, Length: 4, HasSeparators: false } year
                && year.Value == decimal.Truncate(year.Value) && year.Value >= 1900 && year.Value < mainYear)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a denial's object is the act or the responsibility for it: "denied carrying out the strike", "denies
    /// targeting Iraqi forces", "denied any involvement", "denied the attack", "denied it", "denied the accusation";
    /// not "denied being deep inside Syria" or "denied that its fighters were in the area", nor, told as a habit, any
    /// but the act named ("has previously denied targeting civilians").
    /// </summary>
    private bool DeniesTheAct(int cue)
    {
        if (document.Word(cue + 1) == "it")
        {
            return true;
        }

        var end = Math.Min(document.SentenceEnd(cue), cue + 12);
        var triggers = CollectionsMarshal.AsSpan(triggerTokens);

        // "Ethiopia's military has previously denied targeting civilians": a denial told as a habit is of this act only
        // when it names it ("has repeatedly denied involvement in the attack").
        if (document.Word(cue - 1) is "previously" or "repeatedly" or "consistently" or "long" or "always")
        {
            for (var k = cue + 2; k <= end && k < document.Count; k++)
            {
                if (document.Word(k - 1) is "the" or "this" or "that" or "these" && triggers.BinarySearch(k) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        for (var k = cue + 1; k <= end && k < document.Count; k++)
        {
            if (document.Word(k) is "responsibility" or "responsible" or "involvement" or "involved" or "role" or "behind" or "part"
                or "carrying" or "carried" or "conducting" or "conducted" or "launching" or "launched" or "targeting" or "targeted"
                or "attacking" or "attacked" or "striking" or "struck" or "bombing" or "bombed" or "shelling" or "shelled"
                or "firing" or "fired" or "killing" or "killed" or "accusation" or "accusations" or "allegation" or "allegations"
                or "charge" or "charges" or "claim" or "claims")
            {
                return true;
            }

            // "denied the attack", "denies any strike": an event word as the object.
            if (k <= cue + 3 && triggers.BinarySearch(k) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A figure counted since a time, to the end of its sentence: "since the beginning of the year", "so far this year", "to date".</summary>
    // Whether the text has a word a tally is told with at all.
    private bool HasTallyWords => hasTallyWords ??= tokens.Starts(TallyTokens).GetEnumerator().MoveNext();

    private bool? hasTallyWords;

    // How far from a run-up toll's figure its "since" is looked for.
    private const int SinceReach = 24;

    // The figures read as tolls run up over time (see IsCumulative), and their incidents, when there are any.
    private HashSet<CasualtyMention>? cumulativeTolls;
    private HashSet<IncidentDraft>? cumulativeIncidents;

    /// <summary>
    /// The span from the year, month or day after <c>since</c> near token <paramref name="anchor"/> in its sentence to the
    /// report's, at that precision, or null when there is none, the report has no date, or it is not after that time.
    /// </summary>
    private TemporalValue? RunningSince(int anchor)
    {
        if (published is not { } reported)
        {
            return null;
        }

        // "has killed more than 40,000 people since 1984", "Since 2001 the war has killed": the nearest "since" within
        // 24 tokens of the figure in its sentence, after it first; bounded whatever the sentence's length.
        var sentence = document.Sentence[anchor];
        TemporalValue? since = null;
        for (var step = 0; step <= SinceReach * 2 && since is null; step++)
        {
            var k = step <= SinceReach ? anchor + step : anchor - (step - SinceReach);
            if (k < 0 || k >= document.Count || document.Sentence[k] != sentence || !(document.Word(k) == "since" || (k < anchor && OpensRun(k))))
            {
                continue;
            }

            // "the deadliest day since the uprising ... in February 2011", "the worst attack since 2018": a comparison over
            // the time since, no toll run up over it.
            if (document.Word(k) == "since" && SuperlativeBefore(k))
            {
                continue;
            }

            since = SinceFrom(k + 1, reported);

            // "since Boko Haram began its insurgency in 2009", "since it invaded Ukraine in February 2022": a clause after
            // "since" telling when what runs up the toll began, within twelve words and its clause.
            for (var j = k + 2; since is null && document.Word(k) == "since" && j <= k + 12 && j < document.Count && document.Sentence[j] == sentence
                && !(tokens[j].Kind == TokenKind.Symbol && tokens[j].Symbol is ',' or ';' or ':'); j++)
            {
                if (document.Word(j) == "in")
                {
                    since = SinceFrom(j + 1, reported);
                }
            }
        }

        if (since is { } from)
        {
            TemporalValue? end = from.Precision switch
            {
                TemporalPrecision.Year => TemporalValue.Year(reported.Year),
                TemporalPrecision.Month => TemporalValue.Month(reported.Year, reported.Month),
                TemporalPrecision.Day => TemporalValue.Day(reported),
                _ => null,
            };

            return end is { } to && to.Earliest > from.Last.Earliest ? TemporalValue.Between(from, to) : null;
        }

        return null;
    }

    /// <summary>
    /// Whether a superlative or <c>first</c> stands within three words before the <c>since</c> at token <paramref
    /// name="since"/> (<c>the deadliest day since</c>, <c>the worst such attack since</c>, <c>the first ... since</c>); not
    /// <c>least</c> or <c>most</c> (<c>at least 125 people since Wednesday</c>).
    /// </summary>
    private bool SuperlativeBefore(int since)
    {
        for (var k = since - 1; k >= since - 3 && k >= 0; k--)
        {
            if (document.Word(k) is { } word && (word is "worst" or "first" or "highest" or "lowest"
                || (word.Length > 5 && (word.EndsWith("iest", StringComparison.Ordinal) || word.EndsWith("gest", StringComparison.Ordinal)))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The date or year that starts at token <paramref name="at"/>, after <c>since</c> or <c>in</c> (<c>since mid-June</c>,
    /// <c>since 1984</c>), no later than the report's year; null when none does.
    /// </summary>
    private TemporalValue? SinceFrom(int at, LocalDate reported)
    {
        if (DateAt(at) is { Value: { ZoneId: null } told })
        {
            // "since mid-June", "since late September": from that month.
            return told.WithModifier(TemporalModifier.None);
        }

        if (at < document.Count && tokens[at].Kind == TokenKind.Number && tokens[at].Length == 4 && !tokens[at].HasSeparators
            && tokens[at].Value is >= 1800 and var year && year <= reported.Year && document.Word(at + 1) is not ("a" or "p" or "am" or "pm" or "gmt" or "hours" or "hrs"))
        {
            // "since 1984": a year alone, which the date scanner leaves to the time expressions.
            return TemporalValue.Year((int)year);
        }

        return null;
    }

    /// <summary>
    /// Whether the <c>in</c> at token <paramref name="k"/> tells when what runs up a toll began, in a clause of its own
    /// before the figure: <c>Sudan's war, which erupted in April 2023, has killed</c>, <c>the conflict that broke out in
    /// 2011</c>.
    /// </summary>
    private bool OpensRun(int k)
    {
        if (document.Word(k) != "in")
        {
            return false;
        }

        var verb = document.Word(k - 1) == "out" && document.Word(k - 2) == "broke" ? k - 2 : k - 1;
        return document.Word(verb) is "began" or "erupted" or "started" or "broke" && document.Word(verb - 1) is "which" or "that";
    }

    private bool IsTallyOrCumulative(CasualtyMention mention) => (cumulativeTolls is not null && cumulativeTolls.Contains(mention)) || IsTally(mention);

    // What runs up a toll over time when it is the subject of a perfect: a war, a wave of violence, attacks, rains.
    private static readonly FrozenSet<string> RunningCauses = FrozenSet.ToFrozenSet<string>(
        ["war", "conflict", "violence", "fighting", "insurgency", "uprising", "crisis", "unrest", "clashes", "attacks", "strikes", "airstrikes", "bombings",
         "raids", "shelling", "bombardment", "offensive", "campaign", "wave", "rains", "floods", "flooding", "storms", "epidemic", "outbreak", "disease",
         "famine", "drought", "heatwave", "earthquakes", "landslides", "revolt", "rebellion", "crackdown", "siege", "virus", "flu", "cholera"],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether <c>since</c> stands within the six tokens from <paramref name="k"/>, in its sentence, with no comma before
    /// it, counting from a time or a run of events (<c>since the war began</c>, <c>since January</c>); not from the one
    /// event told (<c>have fled since the attack</c>, <c>since Saturday's bombing</c>) nor from a day of the week; or a span
    /// of weeks or longer running up to now (<c>in recent years</c>, <c>over the past two years</c>). With
    /// <paramref name="longOnly"/>, only from a war, a month or a year (<c>since the war began</c>, <c>since May</c>,
    /// <c>since 2012</c>) or over such a span.
    /// </summary>
    private bool SinceAfter(int k, bool longOnly = false)
    {
        for (var j = k; j < document.Count && j <= k + 6 && document.Sentence[j] == document.Sentence[k]; j++)
        {
            if (document.Word(j) == "since")
            {
                var from = document.Word(j + 1) is "the" or "this" or "that" or "last" ? j + 2 : j + 1;
                if (document.Word(from) is { } possessor && possessor.EndsWith("'s", StringComparison.Ordinal))
                {
                    from++;
                }

                if (longOnly)
                {
                    return (document.Word(from) is { } cause && IsWar(cause)) || DateAt(j + 1) is { Value.Precision: TemporalPrecision.Month or TemporalPrecision.Year }
                        || (j + 1 < document.Count && tokens[j + 1] is { Kind: TokenKind.Number, Length: 4, HasSeparators: false });
                }

                return document.Word(from) is not { } word || !(TimeExpressions.TimeWords.Weekdays.ContainsKey(word)
                    || (EventScanner.IsTriggerWord(word) && !word.EndsWith('s') && !RunningCauses.Contains(word)));
            }

            // "have kidnapped several foreigners in recent years", "have killed dozens over the past two years": a span of
            // weeks or more running up to now.
            if (document.Word(j) is "in" or "over" or "during" && RecentSpanAt(j + 1))
            {
                return true;
            }

            if (document.IsSymbol(j, ','))
            {
                return false;
            }
        }

        return false;
    }

    // "recent years", "the past two years", "the last few months": a span of weeks or longer up to now, at token k.
    private bool RecentSpanAt(int k)
    {
        var unit = document.Word(k) == "recent" ? k + 1
            : document.Word(k) == "the" && document.Word(k + 1) is "past" or "last" ? (document.Word(k + 2) is "years" or "months" or "weeks" or "decades" ? k + 2 : k + 3)
            : -1;
        return unit > 0 && document.Word(unit) is "years" or "months" or "weeks" or "decades";
    }

    /// <summary>
    /// Whether a figure is a toll run up over time: told with a perfect (<c>has killed</c>, <c>have left ... dead</c>)
    /// whose subject is a war, violence, a wave, attacks, rains (<c>a wave of violence that has killed more than 50
    /// Palestinians since January</c>, <c>Jihadist attacks have killed thousands</c>, <c>The conflict has killed more
    /// than 70,000 people</c>), after <c>that</c> or <c>which</c> back to such a noun within four words, after <c>and</c> or
    /// a relative clause's comma within sixteen, or before a place phrase of its own (<c>Fighting in the province has
    /// displaced ...</c>); or told in the perfect (the past perfect too) with a <c>since</c> after it (<c>have fled the state
    /// since the war began</c>).
    /// </summary>
    private bool IsCumulative(CasualtyMention casualty, int at)
    {
        // "bandits have kidnapped hundreds of people in the region for ransom", "Militants have killed thousands": a vague
        // figure of hundreds or more in the present perfect, its subject people of no article, is a run-up toll.
        if (document.Word(at) == casualty.Predicate && document.Word(at - 1) is "has" or "have" && casualty.Count.Phrase is { } vague
            && (vague.StartsWith("hundreds", StringComparison.OrdinalIgnoreCase) || vague.StartsWith("thousands", StringComparison.OrdinalIgnoreCase)
                || vague.StartsWith("tens of thousands", StringComparison.OrdinalIgnoreCase) || vague.StartsWith("millions", StringComparison.OrdinalIgnoreCase))
            && document.Word(at - 2) is { } doers && doers.EndsWith('s') && document.Word(at - 3) is not ("the" or "its" or "their" or "his" or "her" or "these" or "those"))
        {
            return true;
        }

        if (casualty.Outcome is not (CasualtyOutcome.Killed or CasualtyOutcome.Injured or CasualtyOutcome.Displaced or CasualtyOutcome.Abducted))
        {
            return false;
        }

        // "the Abu Shouk camp, which shelters hundreds of thousands of people who fled earlier fighting", "The camp is home to
        // 500,000 people who fled the war": the people a place houses, fled over time, not the harm of the event told
        // (unless they fled an event told after them: "shelters about 100,000 people who fled fighting between M23 rebels
        // and the army last year").
        if (casualty.Outcome == CasualtyOutcome.Displaced && (document.Word(at - 1) is "shelters" or "sheltered" or "sheltering" or "houses" or "housed" or "housing" or "hosts" or "hosted" or "hosting"
            || (document.Word(at - 1) == "to" && document.Word(at - 2) == "home"))
            && !(document.Nearest(CollectionsMarshal.AsSpan(triggerTokens), at) is var fled and >= 0 && triggerTokens[fled] > at))
        {
            return true;
        }

        // "About 300,000 people have fled the state since the war began", "had fled ... since the fighting began": a toll
        // in the perfect counted since a time is run up since then, whichever way it is told; so is one in the perfect
        // of the war it was run up in ("more than 44,000 Palestinians have been killed in the war"; not the clashes or
        // strikes of an event told: "At least four people have been killed in clashes with police").
        var last = document.TokenAt(casualty.Span.End) - 1;
        for (var p = at; p <= last; p++)
        {
            if (document.Word(p) == casualty.Predicate)
            {
                // The passive too, since a war, a month or a year: "more than 12 million people have been forced from their
                // homes since the war began in April 2023" (not "have been killed since the clashes began on Saturday", the
                // toll of the fighting told).
                var auxiliary = p - 1 - (document.Word(p - 1) == "also" ? 1 : 0);
                var perfect = document.Word(auxiliary) is "has" or "have" or "had" || (document.Word(auxiliary) == "been" && document.Word(auxiliary - 1) is "has" or "have" or "had");
                if (perfect && SinceAfter(last + 1, longOnly: document.Word(auxiliary) == "been"))
                {
                    return true;
                }

                // "Since January, more than 150,000 people have been displaced": the sentence opens with the time counted
                // from, a month or a year (not a day of the week, nor an event).
                if (perfect && document.SentenceStart[at] is var opening && document.Word(opening) == "since" && opening < at
                    && (DateAt(opening + 1) is { Value.Precision: TemporalPrecision.Month or TemporalPrecision.Year }
                        || (opening + 1 < document.Count && tokens[opening + 1] is { Kind: TokenKind.Number, Length: 4, HasSeparators: false })))
                {
                    return true;
                }

                if (perfect && document.Word(last + 1) is "in" or "during" or "throughout" && (document.Word(last + 2) is "the" or "this" or "its" ? last + 3 : last + 2) is var causeAt
                    && document.Word(causeAt) is "war" or "conflict" or "violence" or "insurgency" or "uprising" or "crisis" or "unrest" or "revolt" or "rebellion" or "crackdown"
                        or "siege" or "epidemic" or "outbreak" or "famine" && p == last)
                {
                    return true;
                }

                // "More than 1,600 people were killed in militant violence in Pakistan last year": a toll of a run of
                // violence over a whole year or more, however told, is run up over it (not "killed in a bombing last
                // year", one event).
                if (p == last && document.Word(last + 1) is "in" or "during" && RunningCauseWithin(last + 2) is var cause and >= 0 && YearTold(cause + 1))
                {
                    return true;
                }

                // "Nearly 3,000 people were killed in Guanajuato last year": a toll of a whole year told with no event in
                // its sentence is run up over it.
                if (p == last && YearTold(last + 1) && !EventInSentence(at))
                {
                    return true;
                }

                break;
            }
        }

        if (document.Word(at) != casualty.Predicate)
        {
            return false;
        }

        // "The war between Israel and Hezbollah, which began on October 8, 2023, killed more than 4,000 people", "The war
        // began in April 2023 ... It has killed more than 40,000 people": a war's toll, in the past too, is run up over it.
        if (document.Word(at - 1 - (document.Word(at - 1) == "also" ? 1 : 0)) is not ("has" or "have"))
        {
            return document.Word(SubjectEnd(at)) != "and" && CauseIsSubject(at, IsWar) == true;
        }

        // "ETA, which has killed more than 800 people in four decades of violence", "have killed 300 people over the past
        // two years": a toll in the perfect over a length of time is run up over it, whoever ran it up.
        if (OverALengthAfter(document.TokenAt(casualty.Span.End)))
        {
            return true;
        }

        if (CauseIsSubject(at, RunningCauses.Contains) is { } named)
        {
            return named;
        }

        // "Fighting in the province has displaced more than 20,000 people": the cause before a place phrase of its own.
        var subject = SubjectEnd(at);
        var start = document.SentenceStart[at];
        for (var k = subject - 1; k >= start && k >= subject - 5 && document.Word(k) is { } word; k--)
        {
            if (word is "in" or "across" or "around" or "near" && document.Word(k - 1) is { } cause && RunningCauses.Contains(cause))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A war, which runs over months or years whatever the tense its toll is told in (not fighting or clashes, often one event's).</summary>
    private static bool IsWar(string word) => word is "war" or "conflict" or "insurgency" or "genocide";

    /// <summary>
    /// Whether the subject of the verb at token <paramref name="at"/> is a cause <paramref name="isCause"/> names: the
    /// word before the verb (<c>The conflict has killed</c>); the subject of the clause further back, up to sixteen tokens
    /// in the sentence (<c>The war began with protests two years ago and has killed ...</c>, <c>The war, which escalated in
    /// March 2015 ..., has killed ...</c>), false when none is; <c>it</c> for a cause that opens the sentence before (<c>The
    /// war began in April 2023 ... It has killed</c>). Null when the subject is none of these.
    /// </summary>
    private bool? CauseIsSubject(int at, Func<string, bool> isCause)
    {
        var subject = SubjectEnd(at);
        var start = document.SentenceStart[at];
        var reach = document.Word(subject) is "that" or "which" ? 4 : document.Word(subject) == "and" || document.IsSymbol(subject, ',') ? 16 : 0;
        if (reach > 0)
        {
            for (var k = subject - 1; k >= start && k >= subject - reach; k--)
            {
                if (document.Word(k) is { } cause && isCause(cause))
                {
                    return true;
                }
            }

            return false;
        }

        if (document.Word(subject) is { } noun && isCause(noun))
        {
            return true;
        }

        if (document.Word(subject) == "it" && subject == start && start > 0)
        {
            var before = document.SentenceStart[start - 1];
            return document.Word(before) == "the" && document.Word(before + 1) is { } opening && isCause(opening) ? true : null;
        }

        return null;
    }

    /// <summary>Whether an event word stands in the sentence of token <paramref name="at"/>.</summary>
    private bool EventInSentence(int at)
    {
        var triggers = CollectionsMarshal.AsSpan(triggerTokens);
        var i = triggers.BinarySearch(document.SentenceStart[at]);
        i = i < 0 ? ~i : i;
        return i < triggers.Length && document.Sentence[triggers[i]] == document.Sentence[at];
    }

    /// <summary>
    /// Whether token <paramref name="anchor"/> stands in a clause opened by <c>, when</c> in its sentence (<c>the worst attack
    /// since July 2011, when three bombs killed 26 people</c>): what it tells happened at the time before the comma, not
    /// since it.
    /// </summary>
    private bool InWhenClause(int anchor)
    {
        for (var k = anchor - 1; k > document.SentenceStart[anchor] && k >= anchor - TextDocument.Window; k--)
        {
            if (document.Word(k) == "when" && document.IsSymbol(k - 1, ','))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The token of a run of violence (<see cref="RunningCauses"/>) within three words from token <paramref name="k"/>
    /// (<c>militant violence</c>, <c>the fighting</c>), only words between; -1 when there is none.
    /// </summary>
    private int RunningCauseWithin(int k)
    {
        for (var j = k; j < document.Count && j <= k + 2 && document.Word(j) is { } word; j++)
        {
            if (RunningCauses.Contains(word))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a whole year or more (<c>last year</c>, <c>in 2024</c>, <c>this year</c>) is told within twelve tokens from
    /// token <paramref name="k"/> in its clause, and no day or month (<c>on Sept. 20 last year</c>; not one after a comma:
    /// <c>this year, including seven outside a synagogue on Jan. 27</c>).
    /// </summary>
    private bool YearTold(int k)
    {
        var year = false;
        for (var j = k; j < document.Count && j <= k + 11 && document.Sentence[j] == document.Sentence[k] && !document.IsSymbol(j, ','); j++)
        {
            // "killed in Kabul on Sept. 20 last year", "in September last year": a day or a month of that year is one event's.
            if (DateAt(j) is { } date)
            {
                if (date.Value.Precision != TemporalPrecision.Year)
                {
                    return false;
                }

                year = true;
            }

            if (tokens[j].Kind == TokenKind.Word && tokens[j].Capitalised && CalendarWords.Months.ContainsKey(tokens[j].Word))
            {
                return false;
            }

            year |= document.Word(j) == "in" && j + 1 < document.Count && tokens[j + 1] is { Kind: TokenKind.Number, Length: 4, HasSeparators: false };
        }

        return year;
    }

    /// <summary>
    /// Whether a length of time (<see cref="OverALength"/>) follows token <paramref name="k"/> in its clause, past a place
    /// phrase up to eight words on (<c>killed thousands of civilians in eastern Congo over the past decade</c>).
    /// </summary>
    private bool OverALengthAfter(int k)
    {
        for (var m = k; m < document.Count && m <= k + 8 && document.Sentence[m] == document.Sentence[k]; m++)
        {
            if (OverALength(m))
            {
                return true;
            }

            if (tokens[m].Kind == TokenKind.Symbol || document.Word(m) is "and" or "but" or "when" or "while" or "after" or "as" or "since" or "which" or "who" or "that")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a length of years, months or weeks follows token <paramref name="k"/> after <c>in</c>, <c>over</c>,
    /// <c>during</c> or <c>across</c> (<c>in four decades</c>, <c>over the past two years</c>, <c>in more than a
    /// decade</c>, <c>in recent years</c>); not days or hours, the span of one event's toll.
    /// </summary>
    private bool OverALength(int k)
    {
        if (document.Word(k) is not ("in" or "over" or "during" or "across"))
        {
            return false;
        }

        for (var m = k + 1; m < document.Count && m <= k + 5; m++)
        {
            switch (document.Word(m))
            {
                case "years" or "decades" or "months" or "weeks" or "decade" or "year" when m > k + 1 && (tokens[m - 1].Kind == TokenKind.Number || document.Word(m - 1) is not ("the" or "this" or "last")):
                    return true;
                case "the" or "past" or "last" or "more" or "than" or "nearly" or "almost" or "about" or "a" or "several" or "two" or "three" or "four" or "five" or "six"
                    or "seven" or "eight" or "nine" or "ten" or "few" or "recent":
                    continue;
                case null when tokens[m].Kind == TokenKind.Number:
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    private bool IsTally(CasualtyMention mention)
    {
        if (!HasTallyWords)
        {
            return false;
        }

        var next = document.TokenAt(mention.Span.End);
        if (next >= document.Count || document.Sentence[next] != document.Sentence[document.TokenAt(mention.Span.Start)])
        {
            return false;
        }

        var end = document.SentenceEnd(next);
        for (var k = next; k <= end && k < document.Count && k <= next + 24; k++)
        {
            // (Not "the deadliest day since the uprising": a comparison with the time since.)
            if (document.Word(k) is { Length: 2 or 5 } w && ((w == "since" && !SuperlativeBefore(k)) || (w == "so" && document.Word(k + 1) == "far") || (w == "to" && document.Word(k + 1) == "date")))
            {
                return true;
            }

            // "Boko Haram has killed more than 1,500 people this year", "have been killed in attacks this year": a
            // figure told in the perfect over the year or month so far.
            if (document.Word(k) == "this" && document.Word(k + 1) is "year" or "month" && InPerfect(mention))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a figure's predicate is told in the perfect: <c>has killed</c>, <c>have been killed</c>, <c>had
    /// died</c>, the auxiliary within three words before the predicate, after the figure's first token.
    /// </summary>
    private bool InPerfect(CasualtyMention mention)
    {
        var first = document.TokenAt(mention.Span.Start);
        var last = document.TokenAt(mention.Span.End) - 1;
        for (var k = first; k <= last; k++)
        {
            if (document.Word(k) == mention.Predicate)
            {
                for (var j = k - 1; j >= k - 3 && j >= 0; j--)
                {
                    if (document.Word(j) is "has" or "have" or "had")
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    // A week: an operational update tells the operations of the past days; a month-old attack is another event.
    private const int BackgroundGapDays = 7;

    /// <summary>"the July 2 attack", "during Saturday's election": a date after an article, or in the possessive, names another event.</summary>
    private bool ModifiesANoun(DateMention m)
    {
        var before = document.Text.AsSpan(0, m.Span.Start).TrimEnd();
        return before.EndsWith(" the", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" a", StringComparison.OrdinalIgnoreCase)
            || TextDocument.EndsPossessive(m.Text);
    }

    /// <summary>
    /// The last token of the subject of the verb at token <paramref name="verb"/>: the one before it, or before its
    /// auxiliary of the perfect and an adverb (<c>Gunmen have killed</c>, <c>militants also killed</c>).
    /// </summary>
    private int SubjectEnd(int verb)
    {
        var k = verb - 1;
        // "Israeli forces shot and killed a man", "stabbed and wounded": the first verb of the pair shares the subject.
        k -= document.Word(k) == "and" && document.Word(k - 1) is "shot" or "stabbed" or "beat" or "attacked" or "ambushed" ? 2 : 0;
        k -= document.Word(k) is "also" or "then" or "reportedly" or "allegedly" or "later" ? 1 : 0;
        k -= document.Word(k) is "have" or "has" or "had" ? 1 : 0;
        return k;
    }

    /// <summary>
    /// Whether token <paramref name="at"/> is the verb of a figure told in the active (<c>killed 11 people</c>, <c>shot
    /// dead five men</c>, <c>shot and killed a man</c>).
    /// </summary>
    private bool IsVerbOf(CasualtyMention casualty, int at) =>
        document.Word(at) is { } verb && (verb == casualty.Predicate || (verb == "shot" && casualty.Predicate == "dead" && document.Word(at + 1) == "dead"));

    /// <summary>
    /// Whether a figure is told in a claim of responsibility, after its cue in its sentence, when an event was told before it (<c>A suicide
    /// bomber blew himself up ..., killing at least nine soldiers ... The Balochistan Liberation Army claimed
    /// responsibility, saying its fighters had killed 40 soldiers</c>): the claimant's count of the attack it claims,
    /// no attack of its own.
    /// </summary>
    private bool ClaimantRetells(CasualtyMention casualty, int at, IncidentDraft incident)
    {
        var inClaim = ToldInClaim(casualty.Span);

        // Of the last 32 incidents made: bounded whatever the text.
        for (var i = incidents.Count - 1; inClaim && i >= 0 && i >= incidents.Count - 32; i--)
        {
            if (!ReferenceEquals(incidents[i], incident) && incidents[i].Type != IncidentType.Unknown && incidents[i].Anchor < at)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the figure whose first token is <paramref name="at"/> is of harm done by armed men: its verb's subject
    /// (<c>Gunmen killed 11 people</c>) or its agent after <c>by</c>, one word on at most (<c>were killed by suspected
    /// militants</c>).
    /// </summary>
    private bool ByAttackers(CasualtyMention casualty, int at)
    {
        if (IsVerbOf(casualty, at))
        {
            // "Gang members killed", "militia members killed": the members of armed men.
            // "Gang members armed with machetes and rifles killed", "Gunmen on motorcycles shot dead": what they bore or
            // came on is passed over.
            var subjectAt = SubjectModifier.SubjectBefore(document, SubjectEnd(at));
            subjectAt = document.Word(subjectAt) == "members" ? subjectAt - 1 : subjectAt;
            return document.Word(subjectAt) is { } subject && EventScanner.IsAttackerWord(subject);
        }

        var last = document.TokenAt(casualty.Span.End) - 1;
        return document.Word(last) == casualty.Predicate && document.Word(last + 1) == "by"
            && ((document.Word(last + 2) is { } agent && EventScanner.IsAttackerWord(agent)) || (document.Word(last + 3) is { } later && EventScanner.IsAttackerWord(later)));
    }

    /// <summary>
    /// The day of an incident told by its distance from the story's event (<paramref name="dated"/>, the first incident
    /// dated to a day, told before it): after the retelling of that one as the sentence's subject (<c>The attack came
    /// five days after a U.S. drone strike</c>: five days before the attack's day), or opening the sentence (<c>A week
    /// before the attack, a bomb killed two soldiers</c>: a week before it; <c>Two days after the massacre, gunmen
    /// struck again</c>: two days after). Days and weeks counted exactly (<c>five days</c>, <c>a week</c>, <c>10
    /// days</c>), not vague ones (<c>days after</c>).
    /// </summary>
    private TemporalValue? StepFromDated(IncidentDraft incident, IncidentDraft dated)
    {
        if (incident.Provenance[0].Span is not { } told || dated.Sentence >= incident.Sentence || dated.Time is not { } anchorTime)
        {
            return null;
        }

        var first = tokens.TokenAt(told.Start);
        if (first >= document.Count)
        {
            return null;
        }

        var day = StepDay(first, anchorTime.StartDate);

        // A day after the publication is no day of an event the report tells as done.
        return day is { } stepped && !(published is { } reported && stepped > reported) ? TemporalValue.Day(stepped) : null;
    }

    /// <summary>
    /// Whether the incident at <paramref name="index"/> is told in a clause of time after another incident's event in its sentence (<c>Israeli
    /// warplanes struck the port on Saturday, a day after a Houthi drone attack killed one person</c>): then the days
    /// told for the other are not its own, and its day is that incident's stepped back (<c>after</c>) or on
    /// (<c>before</c>) by the days the clause counts (<paramref name="day"/>, Friday), or about that day when it counts
    /// hours (<c>hours after</c>, <c>shortly after</c>); null when the other has no day or the clause is vague (<c>days
    /// after</c>, <c>after</c> alone).
    /// </summary>
    private bool TimeClauseOf(int index, out TemporalValue? day)
    {
        day = null;
        var incident = incidents[index];
        var sentenceStart = document.SentenceStart[incident.Anchor];
        for (var k = incident.Anchor - 1; k > sentenceStart && k >= incident.Anchor - 6; k--)
        {
            if (document.Word(k) is not ("after" or "before"))
            {
                // ("a day after the group claimed an attack on a ship": a claim of the event is no saying of another.)
                if (document.Word(k) is null || (StatementCue.IsCue.Of(tokens[k].Lexeme) && document.Word(k) != "claimed"))
                {
                    return false;
                }

                continue;
            }

            // Back from the clause word to its comma, past up to three words of how long.
            var comma = k - 1;
            while (comma > k - 4 && comma > sentenceStart && !document.IsSymbol(comma, ',') && document.Word(comma) is { } howLong && HowLongWords.Contains(howLong))
            {
                comma--;
            }

            // "after they seized a town ... on Wednesday": a clause that tells its own day is dated by it.
            if (!document.IsSymbol(comma, ',') || (DateIn(incident.Anchor) is { } own && document.TokenAt(own.Span.Start) > comma))
            {
                return false;
            }

            // The main event: the latest incident told before the comma in the sentence, of the eight made before it.
            IncidentDraft? main = null;
            for (var i = index - 1; i >= 0 && i >= index - 8 && main is null; i--)
            {
                if (incidents[i].Sentence == incident.Sentence && incidents[i].Anchor < comma && !incidents[i].Plural)
                {
                    main = incidents[i];
                }
            }

            if (main is null)
            {
                return false;
            }

            if (main.Time is { Precision: TemporalPrecision.Day, IsInterval: false } mainTime && mainTime.StartDate == mainTime.EndDate)
            {
                var after = document.Word(k) == "after";
                if (StepAt(comma + 1) is { } step && step.End == k)
                {
                    day = TemporalValue.Day(mainTime.StartDate.PlusDays(after ? -step.Days : step.Days));
                }
                else if (document.Word(k - 1) is "hours" or "hour" or "minutes" or "moments" or "shortly" or "soon")
                {
                    day = TemporalValue.Day(mainTime.StartDate).WithModifier(TemporalModifier.Approximate);
                }

                if (day is { } told && published is { } reported && told.StartDate > reported)
                {
                    day = null;
                }
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// The token after the words that open a sentence at <paramref name="start"/> by telling hours after what was told
    /// before (<c>Hours later</c>, <c>Two hours later</c>, <c>Later that day</c>, <c>Moments later</c>); -1 when it does
    /// not open so.
    /// </summary>
    private int HoursLaterOpening(int start) =>
        document.Word(start) is "hours" or "minutes" or "moments" && document.Word(start + 1) == "later" ? start + 2
        : CountAt(start) > 0 && document.Word(start + 1) is "hours" or "hour" or "minutes" or "minute" && document.Word(start + 2) == "later" ? start + 3
        : document.Word(start) == "later" && document.Word(start + 1) == "that" && document.Word(start + 2) is "day" or "morning" or "afternoon" or "evening" or "night" ? start + 3
        : -1;

    /// <summary>
    /// Whether the figure at token <paramref name="at"/> is told later, by armed men of its own: its sentence opens with
    /// <c>Hours later</c> (<see cref="HoursLaterOpening"/>) or <c>Later</c>, or <c>later</c> stands right before its verb
    /// (<c>security forces later killed four militants in a follow-up operation</c>), and the figure is the object of an
    /// active verb whose subject
    /// is a state's forces or an armed group (<c>Hours later, security forces killed 21 militants in operations across the
    /// province</c>): an operation of its own, not more of the harm of the event told before it.
    /// </summary>
    private bool ToldLaterByOwnDoers(CasualtyMention casualty, int at) =>
        (HoursLaterOpening(document.SentenceStart[at]) >= 0 || document.Word(at - 1) == "later" || document.Word(document.SentenceStart[at]) == "later")
        && ActiveSubjectOf(casualty, at) is { Mention.Kind: ActorKind.State or ActorKind.StateForces or ActorKind.NonStateArmedGroup or ActorKind.Coalition };

    /// <summary>
    /// The actor that is the subject of the active verb of the figure at token <paramref name="at"/> (<c>Gunmen killed 11
    /// people</c>: the gunmen), not a place or a modifier; null when the figure is told otherwise or its subject is no actor.
    /// </summary>
    private ActorRef? ActiveSubjectOf(CasualtyMention casualty, int at) =>
        IsVerbOf(casualty, at) && refsByLast.TryGetValue(SubjectModifier.SubjectBefore(document, SubjectEnd(at)), out var subject)
        && (subject.Use & (ActorUse.Place | ActorUse.Modifier)) == 0 && !ObjectOfPreposition(subject.First)
            ? subject
            : null;

    /// <summary>
    /// Whether the name at token <paramref name="first"/> is the object of a preposition (<c>An explosion in a car parked
    /// near a shrine south of Damascus killed</c>), past words of direction and <c>the</c> for a preposition of place
    /// (<c>Israeli strikes on southern Lebanon killed</c>, <c>strikes across the Gaza Strip killed</c>): no subject of the
    /// verb after it. Armed men <c>from the Taliban</c> or <c>of the Islamic State</c> are the group's.
    /// </summary>
    private bool ObjectOfPreposition(int first)
    {
        if (document.Word(first - 1) is "of" or "from")
        {
            return true;
        }

        var k = first - 1;
        while (k >= 0 && k >= first - 3 && document.Word(k) is { } word && (word == "the" || PlaceScanner.IsDirectionWord(word)))
        {
            k--;
        }

        return document.Word(k) is "in" or "near" or "outside" or "at" or "into" or "inside" or "on" or "across" or "throughout" or "around" or "against" or "over" or "toward" or "towards" or "within" or "along";
    }

    /// <summary>
    /// The day of an incident whose sentence opens by telling it hours after the one dated before it (<c>Hours later,
    /// the group fired more than 100 rockets</c>, <c>Two hours later,</c>, <c>Later that day,</c>, <c>Moments later,</c>):
    /// that incident's day, about, when one of the two sentences before tells an incident of one day (of the 32 incidents
    /// made before it); null otherwise.
    /// </summary>
    private TemporalValue? HoursLater(int index)
    {
        var incident = incidents[index];
        var opening = HoursLaterOpening(document.SentenceStart[incident.Anchor]);
        if (opening < 0 || !document.IsSymbol(opening, ','))
        {
            return null;
        }

        for (var i = index - 1; i >= 0 && i >= index - 32; i--)
        {
            var before = incidents[i];
            if (before.Sentence >= incident.Sentence)
            {
                continue;
            }

            if (before.Sentence < incident.Sentence - 2)
            {
                return null;
            }

            if (before.Time is { Precision: >= TemporalPrecision.Day, IsInterval: false } day && day.StartDate == day.EndDate)
            {
                return TemporalValue.Day(day.StartDate).WithModifier(TemporalModifier.Approximate);
            }
        }

        return null;
    }

    /// <summary>The day <paramref name="anchorDay"/> stepped by the distance told before the event's first token <paramref name="first"/>; null when none is told.</summary>
    private LocalDate? StepDay(int first, LocalDate anchorDay)
    {
        var sentenceStart = document.SentenceStart[first];

        // Opening the sentence: the step, "after" or "before", the retelling ("the attack", "it"), a comma, then the event.
        if (StepAt(sentenceStart) is { } opening && document.Word(opening.End) is "after" or "before" && RetellingAt(opening.End + 1) is var comma and > 0
            && document.IsSymbol(comma, ',') && first > comma)
        {
            return anchorDay.PlusDays(document.Word(opening.End) == "after" ? opening.Days : -opening.Days);
        }

        // After the retelling as subject: "The attack came five days after" right before the event's own words; or before
        // "another" or "one" and what it struck, up to the figure that made the incident ("The strike came a day after
        // another on a school sheltering displaced families killed 18 people").
        for (var k = first - 1; k > sentenceStart && k >= first - 12; k--)
        {
            if (document.Word(k) is not ("after" or "before") || (k < first - 6 && document.Word(k + 1) is not ("another" or "one")))
            {
                continue;
            }

            var unit = k - 1;
            var amount = unit - 1;
            if (StepAt(amount) is not { } step || step.End != k)
            {
                return null;
            }

            var verb = document.Word(amount - 1) is "just" or "only" or "barely" ? amount - 2 : amount - 1;
            if (document.Word(verb) is not ("came" or "comes" or "happened" or "occurred") || RetellingAt(sentenceStart) != verb)
            {
                return null;
            }

            return anchorDay.PlusDays(document.Word(k) == "after" ? -step.Days : step.Days);
        }

        return null;
    }

    /// <summary>An exact count of days or weeks at token <paramref name="k"/> (<c>five days</c>, <c>a week</c>, <c>10 days</c>): the days and the token after it.</summary>
    private (int Days, int End)? StepAt(int k)
    {
        if (k < 0 || k + 1 >= document.Count)
        {
            return null;
        }

        var count = CountAt(k);
        if (count < 1)
        {
            return null;
        }

        return document.Word(k + 1) switch
        {
            "day" when count == 1 => (1, k + 2),
            "days" when count > 1 => (count, k + 2),
            "week" when count == 1 => (7, k + 2),
            "weeks" when count > 1 => (7 * count, k + 2),
            _ => null,
        };
    }

    /// <summary>An exact small count at token <paramref name="k"/>: <c>a</c>, <c>one</c>, a number word to nineteen, or 1 to 60 in digits; 0 when none.</summary>
    private int CountAt(int k)
    {
        var word = document.Word(k);
        if (word is "a" or "an" or "one")
        {
            return 1;
        }

        if (word is not null)
        {
            return NumberWords.Units.TryGetValue(word, out var unit) ? unit : NumberWords.Teens.TryGetValue(word, out var teen) ? teen : 0;
        }

        return tokens[k].Kind == TokenKind.Number && !tokens[k].HasSeparators && tokens[k].Value is >= 1 and <= 60 ? (int)tokens[k].Value : 0;
    }

    /// <summary>
    /// The token after a retelling of an event at token <paramref name="k"/>: <c>the attack</c>, <c>the deadly bombing</c>
    /// (a definite article, up to two words, an event's word), <c>it</c>, <c>this</c>; -1 when none starts there.
    /// </summary>
    private int RetellingAt(int k)
    {
        if (document.Word(k) is "it" or "this")
        {
            return k + 1;
        }

        if (document.Word(k) != "the")
        {
            return -1;
        }

        for (var j = k + 1; j <= k + 3 && j < document.Count; j++)
        {
            if (document.Word(j) is { } word && Events.EventScanner.IsTriggerWord(word))
            {
                return j + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "The death toll from Sunday's bombings rose to 290 on Monday": the day whose possessive names the incident's own
    /// event word, its date whatever else the sentence dates; null when none does, or when that day is after the
    /// publication's.
    /// </summary>
    private TemporalValue? OwnPossessiveDate(IncidentDraft incident) => incident.Provenance[0].Span is { } told ? PossessiveDayAt(told.Start) : null;

    /// <summary>
    /// The day whose possessive stands right before the event word starting at <paramref name="eventStart"/> (<c>Sunday's
    /// bombings</c>), or the week, month or year past one describing word (<c>last year's deadly demonstrations</c>);
    /// null when none does, or when that day is after the publication's.
    /// </summary>
    private TemporalValue? PossessiveDayAt(int eventStart)
    {
        var at = SortedSearch.LowerBound<DateMention, DateByStart>(dates.Items.AsSpan(), eventStart);
        if (at == 0 || dates[at - 1] is not { } m || !TextDocument.EndsPossessive(m.Text) || m.Span.End > eventStart || (published is { } day && m.Value.StartDate > day))
        {
            return null;
        }

        // A week, a month or a year ("last year's"), as against a day or a time of one ("Sunday's").
        var period = m.Value.Precision is TemporalPrecision.Week or TemporalPrecision.Month or TemporalPrecision.Year;
        if (period && document.Word(document.TokenAt(eventStart)) is "first" or "second" or "third" or "fourth" or "fifth" or "latest" or "last" or "such" or "another")
        {
            // "this month's second such strike": one of the month's, told again; not the month's as a whole.
            return null;
        }

        var between = document.Text.AsSpan(m.Span.End, eventStart - m.Span.End);
        if (between.IsWhiteSpace())
        {
            return m.Value.Precision >= TemporalPrecision.Day || period ? m.Value : null;
        }

        // One lower-case describing word between ("last year's deadly demonstrations"), for a period longer than a day.
        var word = between.Trim();
        return period && word.Length > 0 && word.IndexOfAny(' ', '\t', '\n') < 0 && char.IsLower(word[0]) && word.IndexOfAnyExcept(LetterOrHyphen) < 0 ? m.Value : null;
    }

    private static readonly SearchValues<char> LetterOrHyphen = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-");

    /// <summary>
    /// Whether an accusation names an act other than violence after <c>of</c> within eight words of its cue at token
    /// <paramref name="cue"/> (<c>accused the army of using the camp</c>, <c>of backing M23</c>; not <c>of carrying out
    /// the attack</c>, <c>of killing civilians</c>), other acts after <c>for</c> (<c>for similar attacks</c>), or is told
    /// as a habit (<c>have previously blamed</c>).
    /// </summary>
    private bool AccusesOfAnotherAct(int cue)
    {
        // "Turkish officials have previously blamed Kurdish militants for similar attacks": blame told as a habit, or for
        // other acts of the kind, is not this incident's. (Blame told with "often", "usually" and the like never comes
        // here: the statement scanner makes no statement of a habit.)
        if (document.Word(cue - 1) is "previously" or "repeatedly")
        {
            return true;
        }

        var end = Math.Min(document.SentenceEnd(cue), cue + 8);
        for (var k = cue + 1; k < end; k++)
        {
            if (document.Word(k) == "of" && document.Word(k + 1) is { } act && act.EndsWith("ing", StringComparison.Ordinal))
            {
                return !ViolentActs.Contains(act);
            }

            if (document.Word(k) == "for" && document.Word(k + 1) is "similar" or "previous" or "past" or "earlier" or "other" or "such" or "recent" or "many" or "several" or "numerous")
            {
                return true;
            }
        }

        return false;
    }

    // What an accusation "of" names as the violence itself.
    private static readonly FrozenSet<string> ViolentActs = FrozenSet.ToFrozenSet<string>(
        ["carrying", "attacking", "killing", "bombing", "shelling", "launching", "firing", "staging", "targeting", "kidnapping", "abducting", "shooting",
         "murdering", "massacring", "striking", "orchestrating", "masterminding", "perpetrating", "committing", "conducting", "planning", "plotting",
         "executing", "torturing", "raping", "burning", "looting"], StringComparer.Ordinal);

    /// <summary>"Coalition forces today confirmed ...": a day next to a reporting verb dates the report, not the incident.</summary>
    private bool DatesTheReport(DateMention m)
    {
        var after = document.Text.AsSpan(m.Span.End).TrimStart();
        var before = document.Text.AsSpan(0, m.Span.Start).TrimEnd();
        foreach (var verb in (ReadOnlySpan<string>)["confirmed", "announced", "reported", "said", "released"])
        {
            if (after.StartsWith(verb, StringComparison.Ordinal) || before.EndsWith(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return SaidToOrInBefore(document.TokenAt(m.Span.Start));
    }

    /// <summary>
    /// "the army told Reuters two days ago", "said in a statement late on Sunday", "told reporters on Friday": a verb of
    /// saying within five tokens before token <paramref name="at"/>, with only its hearer or the way it was said between
    /// (a name, <c>reporters</c>, <c>in a statement</c>, <c>at a news conference</c>); not "said the attack happened on
    /// Friday".
    /// </summary>
    private bool SaidToOrInBefore(int at)
    {
        for (var k = at - 1; k >= 0 && k >= at - 6; k--)
        {
            ref readonly var token = ref tokens[k];
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            if (token.Word is "said" or "says" or "told" or "tells" or "confirmed" or "announced" or "reported" or "stated")
            {
                return k < at - 1;
            }

            if (!token.Capitalised && token.Word is not ("in" or "a" or "an" or "the" or "at" or "on" or "statement" or "interview" or "briefing" or "news"
                or "conference" or "press" or "reporters" or "journalists" or "television" or "radio" or "late" or "early"))
            {
                return false;
            }
        }

        return false;
    }

    private readonly struct ByPreposition : IPositionOf<PlaceFind>
    {
        public static int Of(in PlaceFind item) => item.First;
    }

    private readonly struct DateByStart : IPositionOf<DateMention>
    {
        public static int Of(in DateMention item) => item.Span.Start;
    }
}
