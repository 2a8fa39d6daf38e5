using System;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Sitrep.Actors;
using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Places;
using Sitrep.Sources;
using Sitrep.Statements;
using Sitrep.Temporal;
using Sitrep.Tests.Generators;
using Sitrep.Validation;

namespace Sitrep.Tests.Validation;

public class DatasetValidatorTests
{
    private static readonly Actor Iraq = new() { Id = new("actor:irq"), Name = "Iraq", Kind = ActorKind.State, Country = "IRQ" };
    private static readonly Actor Usa = new() { Id = new("actor:usa"), Name = "United States", Kind = ActorKind.State, Country = "USA" };
    private static readonly Source Wire = new() { Id = new("source:wire"), Kind = SourceKind.NewsAgency, Published = TemporalValue.Day(2026, 3, 28) };

    private static Dataset Base => new() { Sources = [Wire], Actors = [Iraq, Usa] };

    [Fact]
    public void A_clean_dataset_has_no_diagnostics()
    {
        Assert.Empty(DatasetValidator.Validate(Base with { Incidents = [Strike()] }));
    }

    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 200)]
    public void Generated_valid_datasets_have_no_errors(Dataset dataset)
    {
        Assert.DoesNotContain(DatasetValidator.Validate(dataset), d => d.IsError);
    }

    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 300)]
    public void Validation_never_throws_and_reports_every_break(InvalidDataset broken)
    {
        var diagnostics = DatasetValidator.Validate(broken.Dataset);

        foreach (var code in broken.ExpectedCodes)
        {
            Assert.Contains(diagnostics, d => d.Code == code);
        }

        Assert.All(diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
        Assert.All(diagnostics, d => Assert.StartsWith("/", d.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void A_part_of_cycle_is_reported_once_with_its_circle()
    {
        var a = new Actor { Id = new("actor:a"), Name = "A", Kind = ActorKind.NonStateArmedGroup, Relations = [new ActorRelation(ActorRelationKind.PartOf, new ActorId("actor:b"))] };
        var b = new Actor { Id = new("actor:b"), Name = "B", Kind = ActorKind.NonStateArmedGroup, Relations = [new ActorRelation(ActorRelationKind.IntegratedInto, new ActorId("actor:c"))] };
        var c = new Actor { Id = new("actor:c"), Name = "C", Kind = ActorKind.NonStateArmedGroup, Relations = [new ActorRelation(ActorRelationKind.MemberOf, new ActorId("actor:a")), new ActorRelation(ActorRelationKind.BackedBy, new ActorId("actor:a"))] };

        var diagnostics = DatasetValidator.Validate(Base with { Actors = [Iraq, Usa, a, b, c] });

        var cycle = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.ReferenceCycle);
        Assert.Equal(DiagnosticSeverity.Warning, cycle.Severity);
        Assert.Equal("/actors/4/relations/0/target", cycle.Path);
        Assert.Contains("actor:a -> actor:b -> actor:c -> actor:a", cycle.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Backing_and_alliance_in_a_circle_are_no_cycle()
    {
        var a = new Actor { Id = new("actor:a"), Name = "A", Kind = ActorKind.NonStateArmedGroup, Relations = [new ActorRelation(ActorRelationKind.AlliedWith, new ActorId("actor:b"))] };
        var b = new Actor { Id = new("actor:b"), Name = "B", Kind = ActorKind.NonStateArmedGroup, Relations = [new ActorRelation(ActorRelationKind.AlliedWith, new ActorId("actor:a"))] };

        Assert.DoesNotContain(DatasetValidator.Validate(Base with { Actors = [Iraq, Usa, a, b] }), d => d.Code == DiagnosticCodes.ReferenceCycle);
    }

    [Fact]
    public void A_long_part_of_chain_is_walked_without_recursion()
    {
        var actors = Enumerable.Range(0, 100_000).Select(i => new Actor
        {
            Id = new($"actor:{i}"),
            Name = "A" + i,
            Kind = ActorKind.NonStateArmedGroup,
            Relations = [new ActorRelation(ActorRelationKind.PartOf, new ActorId($"actor:{(i + 1) % 100_000}"))],
        });

        var diagnostics = DatasetValidator.Validate(new Dataset { Actors = ValueArray.From(actors) });

        Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.ReferenceCycle);
    }

    [Fact]
    public void An_incident_related_to_itself_and_statements_referring_in_a_circle_are_reported()
    {
        var incident = new Incident { Id = new("incident:a"), Type = IncidentType.Strike, RelatedIncidents = [new IncidentId("incident:a")] };
        var first = new Statement { Id = new("statement:a"), Kind = StatementKind.Announcement, Speakers = [Iraq.Id], Paraphrase = "x", RefersTo = [new StatementId("statement:b")] };
        var second = new Statement { Id = new("statement:b"), Kind = StatementKind.Announcement, Speakers = [Iraq.Id], Paraphrase = "y", RefersTo = [new StatementId("statement:a")] };

        var diagnostics = DatasetValidator.Validate(Base with { Incidents = [incident], Statements = [first, second] });

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.SelfRelation && d.Path == "/incidents/0/relatedIncidents/0");
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ReferenceCycle && d.Path == "/statements/1/refersTo/0");
    }

    [Fact]
    public void Negative_count_is_an_error_at_the_figure()
    {
        var diagnostic = Single(WithCasualty(new Estimate(EstimateQualifier.Exact, Best: -1)));

        Assert.Equal(DiagnosticCodes.NegativeCount, diagnostic.Code);
        Assert.Equal("/incidents/0/casualties/0/estimate/best", diagnostic.Path);
        Assert.Equal("-1", diagnostic.Value);
    }

    [Fact]
    public void Low_above_best_is_a_warning_and_the_values_are_kept()
    {
        var estimate = new Estimate(EstimateQualifier.Range, 10, 8, 12);
        var dataset = WithCasualty(estimate);

        var diagnostic = Single(dataset);

        Assert.Equal(DiagnosticCodes.EstimateOutOfOrder, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("/incidents/0/casualties/0/estimate/low", diagnostic.Path);
        Assert.Equal(estimate, dataset.Incidents[0].Casualties[0].Estimate);
    }

    [Fact]
    public void High_below_best_is_a_warning()
    {
        Assert.Equal(DiagnosticCodes.EstimateOutOfOrder, Single(WithCasualty(new Estimate(EstimateQualifier.Range, 1, 9, 5))).Code);
    }

    [Fact]
    public void An_inverted_range_is_a_warning_as_published_data_have_it()
    {
        var diagnostic = Single(WithCasualty(new Estimate(EstimateQualifier.Range, 9, null, 3)));

        Assert.Equal(DiagnosticCodes.EstimateRangeInverted, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("/incidents/0/casualties/0/estimate/high", diagnostic.Path);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Parts_that_fit_inside_their_whole_or_under_an_at_least_whole_are_clean(bool atLeast)
    {
        // 12 and 8 inside exactly 30; 8 and 7 past the 10 of "at least 10", which has no highest figure.
        var dataset = atLeast
            ? WithParts(Estimate.AtLeast(10), Part(CasualtyOutcome.Killed, VictimCategory.Children, 8, "children"), Part(CasualtyOutcome.Killed, VictimCategory.Civilians, 7, "women"))
            : WithParts(Estimate.Exactly(30), Part(CasualtyOutcome.Killed, VictimCategory.Civilians, 12, "women"), Part(CasualtyOutcome.Killed, VictimCategory.Children, 8, "children"));

        Assert.Empty(DatasetValidator.Validate(dataset));
    }

    [Fact]
    public void A_part_of_another_outcome_is_an_error_at_the_parts_outcome()
    {
        var diagnostic = Single(WithParts(Estimate.Exactly(30), Part(CasualtyOutcome.Injured, VictimCategory.Children, 8, "children")));

        Assert.Equal(DiagnosticCodes.PartOutcomeDiffers, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/incidents/0/casualties/0/parts/0/outcome", diagnostic.Path);
        Assert.Equal("injured", diagnostic.Value);
    }

    [Fact]
    public void A_part_above_its_whole_is_a_warning_kept_as_given()
    {
        var diagnostic = Single(WithParts(Estimate.Exactly(5), Part(CasualtyOutcome.Killed, VictimCategory.Children, 8, "children")));

        Assert.Equal(DiagnosticCodes.PartsExceedWhole, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("/incidents/0/casualties/0/parts/0/estimate", diagnostic.Path);
    }

    [Fact]
    public void Parts_that_together_count_more_than_their_whole_are_one_warning_on_the_parts()
    {
        var diagnostic = Single(WithParts(Estimate.Range(10, 12), Part(CasualtyOutcome.Killed, VictimCategory.Children, 8, "children"), Part(CasualtyOutcome.Killed, VictimCategory.Civilians, 7, "women")));

        Assert.Equal(DiagnosticCodes.PartsExceedWhole, diagnostic.Code);
        Assert.Equal("/incidents/0/casualties/0/parts", diagnostic.Path);
        Assert.Equal("15", diagnostic.Value);
    }

    [Fact]
    public void Parts_nested_past_the_limit_are_one_error_and_the_walk_stops()
    {
        var count = Part(CasualtyOutcome.Killed, VictimCategory.Children, 1, "child");
        for (var i = 0; i < 10_000; i++)
        {
            count = Part(CasualtyOutcome.Killed, VictimCategory.Children, 1, "child") with { Parts = [count] };
        }

        var diagnostic = Single(WithParts(Estimate.Exactly(1), count));

        Assert.Equal(DiagnosticCodes.NestingTooDeep, diagnostic.Code);
        Assert.Contains("/parts/0/parts/0/", diagnostic.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EstimateQualifier.Unknown, null, 3L, null)]
    [InlineData(EstimateQualifier.Exact, null, null, null)]
    [InlineData(EstimateQualifier.Exact, 5L, 7L, null)]
    [InlineData(EstimateQualifier.AtLeast, null, 7L, null)]
    [InlineData(EstimateQualifier.AtMost, 1L, null, null)]
    [InlineData(EstimateQualifier.About, 1L, null, 3L)]
    [InlineData(EstimateQualifier.Range, 1L, 2L, null)]
    public void Figures_that_do_not_fit_the_qualifier_are_errors(EstimateQualifier qualifier, long? low, long? best, long? high)
    {
        var diagnostic = Single(WithCasualty(new Estimate(qualifier, low, best, high)));

        Assert.Equal(DiagnosticCodes.EstimateQualifierMismatch, diagnostic.Code);
        Assert.Equal("/incidents/0/casualties/0/estimate/qualifier", diagnostic.Path);
    }

    [Fact]
    public void Reversed_alias_validity_is_an_error()
    {
        var actor = Iraq with { Aliases = [new("Mesopotamia", AliasKind.Former, new LocalDate(1932, 10, 3), new LocalDate(1921, 8, 23))] };

        var diagnostic = Single(Base with { Actors = [actor, Usa] });

        Assert.Equal(DiagnosticCodes.IntervalReversed, diagnostic.Code);
        Assert.Equal("/actors/0/aliases/0/validUntil", diagnostic.Path);
        Assert.Equal("1921-08-23", diagnostic.Value);
    }

    [Fact]
    public void Reversed_relation_period_is_an_error()
    {
        var actor = Iraq with { Relations = [new(ActorRelationKind.AlliedWith, Usa.Id, new LocalDate(2020, 1, 1), new LocalDate(2019, 1, 1))] };

        Assert.Equal("/actors/0/relations/0/until", Single(Base with { Actors = [actor, Usa] }).Path);
    }

    [Fact]
    public void An_incident_dated_after_its_source_is_a_warning()
    {
        var incident = Strike() with { Time = TemporalValue.Day(2026, 3, 30), Provenance = [new(Wire.Id)] };

        var diagnostic = Single(Base with { Incidents = [incident] });

        Assert.Equal(DiagnosticCodes.DatedAfterSource, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("/incidents/0/time", diagnostic.Path);
    }

    [Fact]
    public void An_incident_on_the_publication_day_is_fine()
    {
        Assert.Empty(DatasetValidator.Validate(Base with { Incidents = [Strike() with { Time = TemporalValue.Day(2026, 3, 28), Provenance = [new(Wire.Id)] }] }));
    }

    [Theory]
    [InlineData(91, 0, "latitude")]
    [InlineData(-91, 0, "latitude")]
    [InlineData(0, 180.5, "longitude")]
    [InlineData(double.NaN, 0, "latitude")]
    [InlineData(0, double.PositiveInfinity, "longitude")]
    public void Coordinates_out_of_range_are_errors(double latitude, double longitude, string which)
    {
        var incident = Strike() with { Place = new Place { Point = new GeoPoint(latitude, longitude) } };

        var diagnostic = Single(Base with { Incidents = [incident] });

        Assert.Equal(DiagnosticCodes.CoordinatesOutOfRange, diagnostic.Code);
        Assert.Equal("/incidents/0/place/point/" + which, diagnostic.Path);
    }

    [Theory]
    [InlineData("ZZZ")]
    [InlineData("irq")]
    [InlineData("IQ")]
    [InlineData("368")]
    public void Unknown_country_codes_are_errors(string code)
    {
        var diagnostic = Single(Base with { Actors = [Iraq with { Country = code }, Usa] });

        Assert.Equal(DiagnosticCodes.UnknownCountryCode, diagnostic.Code);
        Assert.Equal(code, diagnostic.Value);
    }

    [Fact]
    public void Dangling_references_are_errors_wherever_they_are()
    {
        var ghost = new ActorId("actor:ghost");
        var dataset = Base with
        {
            Sources = [Wire with { Publisher = ghost, DerivedFrom = [new("source:ghost")] }],
            Incidents = [Strike() with { Participants = [new(ghost, ParticipantRole.Target)], RelatedIncidents = [new("incident:ghost")] }],
            Statements = [new Statement { Id = new("statement:s"), Kind = StatementKind.Denial, Speakers = [Usa.Id], Paraphrase = "No.", RefersTo = [new("statement:ghost")], Provenance = [new(new SourceId("source:ghost"))] }],
        };

        var paths = DatasetValidator.Validate(dataset).Where(d => d.Code == DiagnosticCodes.DanglingReference).Select(d => d.Path).ToArray();

        Assert.Equal(
            ["/sources/0/publisher", "/sources/0/derivedFrom/0", "/incidents/0/participants/0/actor", "/incidents/0/relatedIncidents/0", "/statements/0/refersTo/0", "/statements/0/provenance/0/source"],
            paths);
    }

    [Fact]
    public void Duplicate_ids_are_errors_per_kind()
    {
        var diagnostic = Single(Base with { Actors = [Iraq, Usa, Iraq with { Name = "Republic of Iraq" }] });

        Assert.Equal(DiagnosticCodes.DuplicateId, diagnostic.Code);
        Assert.Equal("/actors/2/id", diagnostic.Path);
    }

    [Fact]
    public void The_same_id_for_an_actor_and_an_incident_is_allowed()
    {
        Assert.Empty(DatasetValidator.Validate(Base with { Incidents = [Strike() with { Id = new("actor:irq") }] }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("actor: irq")]
    [InlineData("actor:\tirq")]
    public void Ids_must_be_non_empty_without_whitespace(string id)
    {
        var diagnostics = DatasetValidator.Validate(Base with { Actors = [Iraq with { Id = new(id) }, Usa] });

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.InvalidId && d.Path == "/actors/0/id");
    }

    [Fact]
    public void A_statement_without_speaker_is_an_error()
    {
        var statement = new Statement { Id = new("statement:s"), Kind = StatementKind.Announcement, Paraphrase = "A pause." };

        var diagnostic = Single(Base with { Statements = [statement] });

        Assert.Equal(DiagnosticCodes.StatementWithoutSpeaker, diagnostic.Code);
        Assert.Equal("/statements/0/speakers", diagnostic.Path);
    }

    [Fact]
    public void A_statement_without_quote_or_paraphrase_is_a_warning()
    {
        var diagnostic = Single(Base with { Statements = [new Statement { Id = new("statement:s"), Kind = StatementKind.Threat, Speakers = [Iraq.Id] }] });

        Assert.Equal(DiagnosticCodes.StatementWithoutContent, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void An_empty_quote_is_an_error()
    {
        var statement = new Statement { Id = new("statement:s"), Kind = StatementKind.Threat, Speakers = [Iraq.Id], Quote = new Quote(" ") };

        Assert.Equal(DiagnosticCodes.EmptyQuote, Single(Base with { Statements = [statement] }).Code);
    }

    [Theory]
    [InlineData(AttributionState.Claimed)]
    [InlineData(AttributionState.Blamed)]
    [InlineData(AttributionState.Denied)]
    [InlineData(AttributionState.Unattributed)]
    public void An_attribution_must_say_who_attributes(AttributionState state)
    {
        var incident = Strike() with { Attributions = [new(state) { Perpetrators = [Usa.Id] }] };

        var diagnostic = Single(Base with { Incidents = [incident] });

        Assert.Equal(DiagnosticCodes.AttributionWithoutAttributor, diagnostic.Code);
        Assert.Equal("/incidents/0/attributions/0/attributedBy", diagnostic.Path);
    }

    [Fact]
    public void An_unknown_attribution_needs_no_attributor()
    {
        Assert.Empty(DatasetValidator.Validate(Base with { Incidents = [Strike() with { Attributions = [new(AttributionState.Unknown)] }] }));
    }

    [Fact]
    public void A_blame_must_name_who_is_blamed()
    {
        var incident = Strike() with { Attributions = [new(AttributionState.Blamed) { AttributedBy = [Iraq.Id] }] };

        Assert.Equal(DiagnosticCodes.AttributionWithoutPerpetrator, Single(Base with { Incidents = [incident] }).Code);
    }

    [Fact]
    public void Negative_text_spans_are_errors()
    {
        var incident = Strike() with { Provenance = [new(Wire.Id, new TextSpan(-4, 10))] };

        var diagnostic = Single(Base with { Incidents = [incident] });

        Assert.Equal(DiagnosticCodes.InvalidTextSpan, diagnostic.Code);
        Assert.Equal("/incidents/0/provenance/0/span", diagnostic.Path);
    }

    [Fact]
    public void Blank_actor_names_are_errors()
    {
        Assert.Equal(DiagnosticCodes.EmptyName, Single(Base with { Actors = [Iraq with { Name = " " }, Usa] }).Code);
    }

    [Fact]
    public void A_relation_to_itself_is_a_warning()
    {
        var diagnostic = Single(Base with { Actors = [Iraq with { Relations = [new(ActorRelationKind.PartOf, Iraq.Id)] }, Usa] });

        Assert.Equal(DiagnosticCodes.SelfRelation, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Undefined_enum_values_built_in_code_are_errors()
    {
        var diagnostic = Single(Base with { Incidents = [Strike() with { Type = (IncidentType)77 }] });

        Assert.Equal(DiagnosticCodes.UndefinedEnumValue, diagnostic.Code);
        Assert.Equal("/incidents/0/type", diagnostic.Path);
    }

    [Fact]
    public void Null_records_are_reported_not_thrown()
    {
        var diagnostic = Single(Base with { Incidents = ValueArray.From(new Incident[] { null! }) });

        Assert.Equal(DiagnosticCodes.InvalidValue, diagnostic.Code);
        Assert.Equal("/incidents/0", diagnostic.Path);
    }

    private static Incident Strike() => new() { Id = new("incident:strike"), Type = IncidentType.Strike };

    private static Dataset WithCasualty(Estimate estimate) => Base with
    {
        Incidents = [Strike() with { Casualties = [new(CasualtyOutcome.Killed, new VictimGroup(VictimCategory.SecurityForces, Iraq.Id), estimate)] }],
    };

    private static Dataset WithParts(Estimate whole, params CasualtyCount[] parts) => Base with
    {
        Incidents = [Strike() with { Casualties = [new(CasualtyOutcome.Killed, new VictimGroup(VictimCategory.Civilians), whole) { Parts = [.. parts] }] }],
    };

    private static CasualtyCount Part(CasualtyOutcome outcome, VictimCategory category, long count, string description) =>
        new(outcome, new VictimGroup(category, Description: description), Estimate.Exactly(count));

    private static Diagnostic Single(Dataset dataset) => Assert.Single(DatasetValidator.Validate(dataset));
}
