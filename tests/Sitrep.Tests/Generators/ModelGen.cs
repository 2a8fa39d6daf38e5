using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Calendars;
using Sitrep.Actors;
using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Places;
using Sitrep.Sources;
using Sitrep.Statements;
using Sitrep.Temporal;

namespace Sitrep.Tests.Generators;

/// <summary>
/// Generators for every model type. Datasets are generated whole so that references resolve; text includes quotes,
/// backslashes, control characters, right-to-left scripts and astral-plane characters.
/// </summary>
public static class ModelGen
{
    private static readonly string[] Atoms =
    [
        "a", "Z", "7", " ", "-", "'", "\"", "\\", "/", "<", ">", "&", "\n", "\t", "\u0001", "é", "ß", "ü",
        "ب", "غداد", "Київ", "東京", "😀", "\U0001F1EE\U0001F1F6", "\u200F", "{", "}", "[", "]", ":", ",", "—",
    ];

    private static readonly string?[] Zones = [null, "Asia/Baghdad", "UTC", "America/New_York", "Europe/Kyiv", "Asia/Tehran"];

    private static readonly string[] Countries = ["IRQ", "USA", "IRN", "ISR", "SYR", "UKR", "NGA", "XKX", "PSE", "MMR"];

    public static Gen<string> Text { get; } =
        Gen.Elements(Atoms).ListOf().Select(parts => string.Concat(parts));

    public static Gen<string> NonBlankText { get; } =
        Gen.Elements("x", "PMF", "Kataeb Hezbollah", "الحشد الشعبي", "Збройні сили", "😀").SelectMany(head => Text.Select(tail => head + tail));

    public static Gen<string?> OptionalText { get; } = Gen.OneOf(Gen.Constant<string?>(null), Text.Select(s => (string?)s));

    public static Gen<LocalDate> Date { get; } =
        from year in Gen.OneOf(Gen.Choose(1, 9998), Gen.Choose(1990, 2030))
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, CalendarSystem.Iso.GetDaysInMonth(year, month))
        select new LocalDate(year, month, day);

    public static Gen<LocalDateTime> DateTime { get; } =
        from date in Date
        from hour in Gen.Choose(0, 23)
        from minute in Gen.Choose(0, 59)
        from second in Gen.Choose(0, 59)
        select date.At(new LocalTime(hour, minute, second));

    public static Gen<TemporalValue> SingleUnit(TemporalPrecision precision) => precision switch
    {
        TemporalPrecision.Year => Date.Select(d => TemporalValue.Year(d.Year)),
        TemporalPrecision.Quarter => Date.Select(d => TemporalValue.Quarter(d.Year, ((d.Month - 1) / 3) + 1)),
        TemporalPrecision.Month => Date.Select(d => TemporalValue.Month(d.Year, d.Month)),
        TemporalPrecision.Week =>
            from weekYear in Gen.OneOf(Gen.Choose(1, 9998), Gen.Choose(2000, 2030))
            from week in Gen.Choose(1, WeekYearRules.Iso.GetWeeksInWeekYear(weekYear))
            select TemporalValue.Week(weekYear, week),
        TemporalPrecision.Day => Date.Select(TemporalValue.Day),
        TemporalPrecision.PartOfDay => from d in Date from p in Gen.Elements(Enum.GetValues<DayPart>()) select TemporalValue.PartOfDay(d, p),
        TemporalPrecision.Hour => DateTime.Select(TemporalValue.Hour),
        TemporalPrecision.Minute => DateTime.Select(TemporalValue.Minute),
        _ => DateTime.Select(TemporalValue.Second),
    };

    public static Gen<TemporalValue> Temporal { get; } =
        from precision in Gen.Elements(Enum.GetValues<TemporalPrecision>())
        from a in SingleUnit(precision)
        from b in SingleUnit(precision)
        from interval in Gen.Elements(false, true)
        from modifier in Gen.Elements(Enum.GetValues<TemporalModifier>())
        from zone in Gen.Elements(Zones)
        select Build(a, b, interval, modifier, zone);

    public static Gen<Estimate> Estimate { get; } = Gen.OneOf(
        Gen.Constant(Sitrep.Estimates.Estimate.Unknown),
        Count.Select(Sitrep.Estimates.Estimate.Exactly),
        Count.Select(n => Sitrep.Estimates.Estimate.AtLeast(n)),
        Count.Select(Sitrep.Estimates.Estimate.AtMost),
        Count.Select(Sitrep.Estimates.Estimate.About),
        from low in Count
        from extra in Count
        from best in Gen.Elements(false, true)
        select Sitrep.Estimates.Estimate.Range(low, low + extra, best ? low + (extra / 2) : null))
        .SelectMany(e => OptionalText.Select(phrase => e.WithPhrase(phrase)));

    public static Gen<long> Count => Gen.OneOf(Gen.Choose(0, 20).Select(i => (long)i), Gen.Choose(0, int.MaxValue).Select(i => (long)i * 3));

    public static Gen<GeoPoint> Point { get; } =
        from lat in Gen.Choose(-90_000_000, 90_000_000)
        from lon in Gen.Choose(-180_000_000, 180_000_000)
        select new GeoPoint(lat / 1e6, lon / 1e6);

    public static Gen<ReliabilityGrade> Grade { get; } =
        from s in Gen.Elements('A', 'B', 'C', 'D', 'E', 'F') from i in Gen.Choose(1, 6) select ReliabilityGrade.Create(s, i);

    public static Gen<ExternalId> ExternalIdGen { get; } =
        from scheme in Gen.Elements("acled", "ucdp-ged", "gdelt", "wikidata") from value in Gen.Elements("004", "IRQ1234", "1123456789", "Q123", "0") select new ExternalId(scheme, value);

    public static Gen<Classification> ClassificationGen { get; } =
        from scheme in Gen.Elements("cameo", "acled:sub_event_type", "ucdp:type_of_violence", "plover")
        from code in Gen.Elements("010", "190", "Air/drone strike", "1", "ASSAULT")
        from label in OptionalText
        select new Classification(scheme, code, label);

    public static Gen<Place> Place { get; } =
        from name in OptionalText
        from country in Gen.Elements(Countries.Select(c => (string?)c).Append(null).ToArray())
        from admin1 in OptionalText
        from point in Gen.OneOf(Gen.Constant<GeoPoint?>(null), Point.Select(p => (GeoPoint?)p))
        from feature in Gen.Elements(Enum.GetValues<FeatureKind>())
        from precision in Gen.Elements(Enum.GetValues<PlacePrecision>())
        from ids in ExternalIdGen.UpTo(2)
        select new Place { Name = name, Country = country, Admin1 = admin1, Point = point, Feature = feature, Precision = precision, ExternalIds = ValueArray.From(ids) };

    public static Gen<Dataset> Dataset { get; } = Gen.Sized(size => DatasetOfSize(Math.Min(size, 12)));

    public static Gen<List<T>> UpTo<T>(this Gen<T> gen, int max) =>
        Gen.Choose(0, max).SelectMany(n => gen.ListOf(n).Select(list => list.ToList()));

    /// <summary>Up to <paramref name="max"/> references into a pool that may be empty.</summary>
    public static Gen<List<T>> RefsUpTo<T>(T[] pool, int max) =>
        pool.Length == 0 ? Gen.Constant(new List<T>()) : Gen.Elements(pool).UpTo(max);

    private static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : struct =>
        Gen.OneOf(Gen.Constant<T?>(null), gen.Select(v => (T?)v));

    private static TemporalValue Build(TemporalValue a, TemporalValue b, bool interval, TemporalModifier modifier, string? zone)
    {
        var value = interval ? (a <= b ? TemporalValue.Between(a, b) : TemporalValue.Between(b, a)) : a;
        value = value.WithModifier(modifier);
        return zone is null ? value : value.InZone(DateTimeZoneProviders.Tzdb[zone]);
    }

    private static Gen<Dataset> DatasetOfSize(int size)
    {
        return from sourceCount in Gen.Choose(1, Math.Max(1, size / 2) + 1)
               from actorCount in Gen.Choose(1, Math.Max(1, size / 2) + 1)
               from incidentCount in Gen.Choose(0, Math.Max(0, size / 2))
               from statementCount in Gen.Choose(0, Math.Max(0, size / 2))
               let ids = new Ids(sourceCount, actorCount, incidentCount, statementCount)
               from sources in Gen.CollectToArray(Enumerable.Range(0, sourceCount), i => SourceGen(ids, i))
               from actors in Gen.CollectToArray(Enumerable.Range(0, actorCount), i => ActorGen(ids, i))
               from incidents in Gen.CollectToArray(Enumerable.Range(0, incidentCount), i => IncidentGen(ids, i))
               from statements in Gen.CollectToArray(Enumerable.Range(0, statementCount), i => StatementGen(ids, i))
               from title in OptionalText
               select new Dataset
               {
                   Title = title,
                   Sources = ValueArray.From(sources),
                   Actors = ValueArray.From(actors),
                   Incidents = ValueArray.From(incidents),
                   Statements = ValueArray.From(statements),
               };
    }

    private static Gen<Provenance> ProvenanceGen(Ids ids) =>
        from source in Gen.Elements(ids.Sources)
        from span in Maybe(from s in Gen.Choose(0, 100_000) from l in Gen.Choose(0, 500) select new TextSpan(s, l))
        from note in OptionalText
        select new Provenance(source, span, note);

    private static Gen<Source> SourceGen(Ids ids, int index) =>
        from kind in Gen.Elements(Enum.GetValues<SourceKind>())
        from title in OptionalText
        from publisher in Gen.OneOf(Gen.Constant<ActorId?>(null), Gen.Elements(ids.Actors).Select(a => (ActorId?)a))
        from published in Maybe(Temporal)
        from grade in Maybe(Grade)
        from derived in RefsUpTo(ids.Sources, 2)
        from externals in ExternalIdGen.UpTo(2)
        select new Source
        {
            Id = ids.Sources[index],
            Kind = kind,
            Title = title,
            Publisher = publisher,
            Url = index % 2 == 0 ? "https://example.org/story?id=" + index : null,
            Published = published,
            Language = index % 3 == 0 ? "ar" : "en",
            Reliability = grade,
            DerivedFrom = ValueArray.From(derived),
            ExternalIds = ValueArray.From(externals),
        };

    private static Gen<Actor> ActorGen(Ids ids, int index) =>
        from name in NonBlankText
        from kind in Gen.Elements(Enum.GetValues<ActorKind>())
        from aliases in AliasGen.UpTo(3)
        from country in Gen.Elements(Countries.Select(c => (string?)c).Append(null).ToArray())
        from gw in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(2, 999).Select(i => (int?)i))
        from relations in ids.Actors.Length > 1 ? RelationGen(ids, index).UpTo(3) : Gen.Constant(new List<ActorRelation>())
        from provenance in ProvenanceGen(ids).UpTo(2)
        from description in OptionalText
        select new Actor
        {
            Id = ids.Actors[index],
            Name = name,
            Kind = kind,
            Aliases = ValueArray.From(aliases),
            Country = country,
            GleditschWard = gw,
            CorrelatesOfWar = gw,
            Description = description,
            Relations = ValueArray.From(relations),
            Provenance = ValueArray.From(provenance),
        };

    // An end up to 4,000 days (11 years) after a start before 9980 stays inside the calendar (it ends in 9999); a start
    // in 9989 could overflow it and make the generator, not the code under test, throw.
    private static Gen<ActorAlias> AliasGen { get; } =
        from name in NonBlankText
        from kind in Gen.Elements(Enum.GetValues<AliasKind>())
        from from_ in Maybe(Date)
        from days in Gen.Choose(0, 4000)
        from hasEnd in Gen.Elements(false, true)
        select new ActorAlias(name, kind, from_, hasEnd && from_ is { } f && f.Year < 9980 ? f.PlusDays(days) : null, hasEnd ? "ar" : null);

    private static Gen<ActorRelation> RelationGen(Ids ids, int self) =>
        from kind in Gen.Elements(Enum.GetValues<ActorRelationKind>())
        from target in Gen.Elements(ids.Actors.Where((_, i) => i != self).ToArray())
        from since in Maybe(Date)
        from label in OptionalText
        from provenance in ProvenanceGen(ids).UpTo(1)
        select new ActorRelation(kind, target, since, null, label) { Provenance = ValueArray.From(provenance) };

    private static Gen<Incident> IncidentGen(Ids ids, int index) =>
        from type in Gen.Elements(Enum.GetValues<IncidentType>())
        from scope in Gen.Elements(Enum.GetValues<IncidentScope>())
        from coverage in Gen.Elements(Enum.GetValues<IncidentCoverage>())
        from description in OptionalText
        from classifications in ClassificationGen.UpTo(2)
        from means in Gen.Elements(Enum.GetValues<Means>()).UpTo(3)
        from participants in ParticipantGen(ids).UpTo(3)
        from place in Gen.OneOf(Gen.Constant<Place?>(null), Place.Select(p => (Place?)p))
        from casualties in CasualtyGen(ids).UpTo(3)
        from attributions in AttributionGen(ids).UpTo(3)
        from related in RefsUpTo(ids.Incidents, 2)
        from externals in ExternalIdGen.UpTo(2)
        from record in Gen.OneOf(Gen.Constant<SourceRecord?>(null), SourceRecordGen.Select(r => (SourceRecord?)r))
        select new Incident
        {
            Id = ids.Incidents[index],
            Type = type,
            Scope = scope,
            Coverage = coverage,
            Description = description,
            Classifications = ValueArray.From(classifications),
            Means = ValueArray.From(means),
            Participants = ValueArray.From(participants),
            Place = place,
            Time = index % 2 == 0 ? TemporalValue.Day(2026, 3, 1 + (index % 27)) : null,
            Casualties = ValueArray.From(casualties),
            Attributions = ValueArray.From(attributions),
            RelatedIncidents = ValueArray.From(related),
            ExternalIds = ValueArray.From(externals),
            SourceRecord = record,
        };

    // Columns and values pair up; values include empty fields, which must survive the round trip.
    private static Gen<SourceRecord> SourceRecordGen { get; } =
        from format in Gen.Elements("ucdp-ged", "acled", "polecat")
        from fields in Gen.Zip(Text, Gen.OneOf(Gen.Constant(string.Empty), Text)).UpTo(4)
        select new SourceRecord(format, ValueArray.From(fields.Select(f => f.Item1)), ValueArray.From(fields.Select(f => f.Item2)));

    private static Gen<Participant> ParticipantGen(Ids ids) =>
        from actor in Gen.Elements(ids.Actors)
        from role in Gen.Elements(Enum.GetValues<ParticipantRole>())
        select new Participant(actor, role);

    // A count, and at times some of its people broken down: parts of its outcome, one level deep or two.
    private static Gen<CasualtyCount> CasualtyGen(Ids ids) =>
        from outcome in Gen.Elements(Enum.GetValues<CasualtyOutcome>())
        from whole in OneCasualtyGen(ids, outcome)
        from parts in Gen.Frequency((3, Gen.Constant(default(ValueArray<CasualtyCount>))), (1, PartsGen(ids, outcome)))
        select whole with { Parts = parts };

    private static Gen<ValueArray<CasualtyCount>> PartsGen(Ids ids, CasualtyOutcome outcome) =>
        from parts in OneCasualtyGen(ids, outcome).UpTo(2)
        from nested in OneCasualtyGen(ids, outcome).UpTo(1)
        select ValueArray.From(parts.Select((part, i) => i == 0 ? part with { Parts = ValueArray.From(nested) } : part));

    private static Gen<CasualtyCount> OneCasualtyGen(Ids ids, CasualtyOutcome outcome) =>
        from category in Gen.Elements(Enum.GetValues<VictimCategory>())
        from actor in Gen.OneOf(Gen.Constant<ActorId?>(null), Gen.Elements(ids.Actors).Select(a => (ActorId?)a))
        from description in OptionalText
        from estimate in Estimate
        from rule in OptionalText
        from provenance in ProvenanceGen(ids).UpTo(2)
        select new CasualtyCount(outcome, new VictimGroup(category, actor, description), estimate) { ConsolidationRule = rule, Provenance = ValueArray.From(provenance) };

    private static Gen<Attribution> AttributionGen(Ids ids) =>
        from state in Gen.Elements(Enum.GetValues<AttributionState>())
        from perpetrators in Gen.Elements(ids.Actors).UpTo(2)
        from extra in Gen.Elements(ids.Actors)
        from attributors in Gen.Elements(ids.Actors).UpTo(2)
        from joint in Gen.Elements(false, true)
        from official in Gen.Elements(false, true)
        from statements in RefsUpTo(ids.Statements, 2)
        select new Attribution(state)
        {
            // Valid attributions name perpetrators for claimed/blamed/denied and attributors unless unknown.
            Perpetrators = ValueArray.From(state is AttributionState.Claimed or AttributionState.Blamed or AttributionState.Denied ? perpetrators.Append(extra) : perpetrators),
            AttributedBy = ValueArray.From(state == AttributionState.Unknown ? attributors : attributors.Append(extra)),
            IsJoint = joint,
            IsOfficial = official,
            Statements = ValueArray.From(statements),
        };

    private static Gen<Statement> StatementGen(Ids ids, int index) =>
        from kind in Gen.Elements(Enum.GetValues<StatementKind>())
        from speakers in Gen.Elements(ids.Actors).UpTo(2)
        from firstSpeaker in Gen.Elements(ids.Actors)
        from subjects in Gen.Elements(ids.Actors).UpTo(2)
        from channel in Gen.Elements(Enum.GetValues<StatementChannel>())
        from quoted in Gen.Elements(false, true)
        from words in NonBlankText
        from quoteProvenance in ProvenanceGen(ids)
        from incidents in RefsUpTo(ids.Incidents, 2)
        from refersTo in RefsUpTo(ids.Statements, 2)
        from provenance in ProvenanceGen(ids).UpTo(2)
        select new Statement
        {
            Id = ids.Statements[index],
            Kind = kind,
            Speakers = ValueArray.From(speakers.Prepend(firstSpeaker)),
            Subjects = ValueArray.From(subjects),
            Time = index % 2 == 1 ? TemporalValue.Day(2026, 3, 1 + (index % 27)).WithModifier(TemporalModifier.End) : null,
            Channel = channel,
            Platform = channel == StatementChannel.SocialMedia ? "X" : null,
            Quote = quoted ? new Quote(words, quoteProvenance) : null,
            Paraphrase = quoted ? null : words,
            Incidents = ValueArray.From(incidents),
            RefersTo = ValueArray.From(refersTo),
            Provenance = ValueArray.From(provenance),
        };

    /// <summary>The ids a generated dataset uses, so references always resolve. Empty pools get a dummy that no list uses.</summary>
    private sealed class Ids
    {
        public Ids(int sources, int actors, int incidents, int statements)
        {
            Sources = Enumerable.Range(0, sources).Select(i => new SourceId("source:" + i)).ToArray();
            Actors = Enumerable.Range(0, actors).Select(i => new ActorId("actor:" + i)).ToArray();
            Incidents = Enumerable.Range(0, incidents).Select(i => new IncidentId("incident:" + i)).ToArray();
            Statements = Enumerable.Range(0, statements).Select(i => new StatementId("statement:" + i)).ToArray();
        }

        public SourceId[] Sources { get; }

        public ActorId[] Actors { get; }

        public IncidentId[] Incidents { get; }

        public StatementId[] Statements { get; }
    }
}
