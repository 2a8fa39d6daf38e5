using System;
using System.IO;
using System.Linq;
using Sitrep.Actors;
using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Serialization;
using Sitrep.Sources;
using Sitrep.Statements;
using Sitrep.Temporal;
using Sitrep.Validation;

namespace Sitrep.Tests.Samples;

/// <summary>
/// One test per fact of the seed story (DESIGN.md section 7), asked of samples/seed-story.sitrep.json. The story does
/// not print its publication date; the sample assumes Saturday 2026-03-28, Baghdad time, and so do these tests.
/// </summary>
public class SeedStoryTests
{
    private static readonly Dataset Story = Load();

    [Fact]
    public void The_sample_reads_and_validates_clean()
    {
        var result = SitrepJson.Read(File.ReadAllBytes(TestPaths.SeedSample));

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Empty(DatasetValidator.Validate(result.Value));
    }

    [Fact]
    public void The_sample_is_in_canonical_form()
    {
        var bytes = File.ReadAllBytes(TestPaths.SeedSample);

        Assert.Equal(Convert.ToHexString(bytes), Convert.ToHexString(SitrepJson.SerializeToUtf8Bytes(Story)));
    }

    [Fact]
    public void The_clinic_strike_killed_seven_of_the_security_forces()
    {
        var count = Assert.Single(Incident("incident:clinic-strike").Casualties);

        Assert.Equal(CasualtyOutcome.Killed, count.Outcome);
        Assert.Equal(Estimate.Exactly(7).WithPhrase("seven"), count.Estimate);
        Assert.Equal(VictimCategory.SecurityForces, count.Victims.Category);
        Assert.Equal("Iraqi Security Forces", Actor(count.Victims.Actor!.Value).Name);
        Assert.Equal(IncidentType.Strike, Incident("incident:clinic-strike").Type);
        Assert.Equal(Places.FeatureKind.MedicalFacility, Incident("incident:clinic-strike").Place!.Feature);
        Assert.Equal(Places.PlacePrecision.Region, Incident("incident:clinic-strike").Place!.Precision);
    }

    [Fact]
    public void The_us_denies_the_clinic_strike_and_iraq_did_not_attribute_it()
    {
        var attributions = Incident("incident:clinic-strike").Attributions;

        var denial = Assert.Single(attributions, a => a.State == AttributionState.Denied);
        Assert.Equal(["actor:usa"], denial.AttributedBy.Select(a => a.Value));
        Assert.Equal(["actor:usa"], denial.Perpetrators.Select(a => a.Value));
        var notBlamed = Assert.Single(attributions, a => a.State == AttributionState.Unattributed);
        Assert.Equal(["actor:irq"], notBlamed.AttributedBy.Select(a => a.Value));
        Assert.True(notBlamed.IsOfficial);
        Assert.DoesNotContain(attributions, a => a.State is AttributionState.Blamed or AttributionState.Claimed);

        var statement = Statement(denial.Statements.Single().Value);
        Assert.Equal(StatementKind.Denial, statement.Kind);
        Assert.Contains(new IncidentId("incident:clinic-strike"), statement.Incidents);
    }

    [Fact]
    public void Iraq_summoned_the_us_charge_d_affaires_over_the_clinic_strike()
    {
        var summons = Story.Statements.Single(s => s.Kind == StatementKind.DiplomaticAct);

        Assert.Equal(["actor:irq"], summons.Speakers.Select(a => a.Value));
        Assert.Contains(new ActorId("actor:us-charge-daffaires"), summons.Subjects);
        Assert.Equal(["incident:clinic-strike"], summons.Incidents.Select(i => i.Value));
        Assert.Contains(Actor("actor:us-charge-daffaires").Relations, r => r.Kind == ActorRelationKind.Represents && r.Target.Value == "actor:usa");
    }

    [Fact]
    public void An_airstrike_earlier_in_the_week_killed_fifteen_pmf_fighters()
    {
        var strike = Incident("incident:airstrike-on-pmf");
        var count = Assert.Single(strike.Casualties);

        Assert.Equal(Estimate.Exactly(15).WithPhrase("15"), count.Estimate);
        Assert.Equal(VictimCategory.Combatants, count.Victims.Category);
        Assert.Equal(new ActorId("actor:pmf"), count.Victims.Actor);
        Assert.Equal([Means.Airstrike], strike.Means);
        Assert.Equal(TemporalValue.Parse("2026-03-23/2026-03-27@Asia/Baghdad").Value, strike.Time);
    }

    [Fact]
    public void The_erbil_explosion_has_an_unknown_toll_not_zero()
    {
        var explosion = Incident("incident:erbil-airport-explosion");
        var count = Assert.Single(explosion.Casualties);

        Assert.Equal(IncidentType.Explosion, explosion.Type);
        Assert.True(count.Estimate.IsUnknown);
        Assert.Null(count.Estimate.PointValue);
        Assert.Equal(Places.PlacePrecision.NearPoint, explosion.Place!.Precision);
        Assert.Equal(Places.FeatureKind.Airport, explosion.Place.Feature);
        Assert.Equal(
            ["actor:afp-journalist-erbil", "actor:witness-erbil"],
            explosion.Participants.Where(p => p.Role == ParticipantRole.Witness).Select(p => p.Actor.Value));
        Assert.Equal(AttributionState.Unknown, Assert.Single(explosion.Attributions).State);
        Assert.Equal(new NodaTime.LocalDate(2026, 3, 27), explosion.Time!.Value.StartDate);
    }

    [Fact]
    public void The_groups_blame_the_strikes_on_them_on_the_us_or_israel()
    {
        var blame = Assert.Single(Incident("incident:strikes-on-pro-iran-groups").Attributions);

        Assert.Equal(AttributionState.Blamed, blame.State);
        Assert.Equal(["actor:usa", "actor:israel"], blame.Perpetrators.Select(a => a.Value));
        Assert.False(blame.IsJoint);
        Assert.Equal(["actor:pro-iran-groups"], blame.AttributedBy.Select(a => a.Value));
        Assert.Equal(StatementKind.Accusation, Statement(blame.Statements.Single().Value).Kind);
    }

    [Fact]
    public void The_war_began_on_february_28_with_us_israeli_strikes_on_iran()
    {
        var strikes = Incident("incident:strikes-on-iran-2026-02-28");

        Assert.Equal(TemporalValue.Day(2026, 2, 28), strikes.Time);
        Assert.Equal(["actor:usa", "actor:israel"], strikes.Participants.Where(p => p.Role == ParticipantRole.Perpetrator).Select(p => p.Actor.Value));
        Assert.Equal("actor:iran", strikes.Participants.Single(p => p.Role == ParticipantRole.Target).Actor.Value);
    }

    [Fact]
    public void Pro_iran_groups_carried_out_repeated_drone_and_rocket_attacks_on_us_targets()
    {
        var attacks = Incident("incident:attacks-on-us-targets");

        Assert.Equal(IncidentScope.Series, attacks.Scope);
        Assert.Equal([Means.Drone, Means.Rocket], attacks.Means);
        Assert.Contains(attacks.Participants, p => p.Role == ParticipantRole.Target && p.Actor.Value == "actor:us-embassy-baghdad");
        Assert.Contains(attacks.Participants, p => p.Role == ParticipantRole.Perpetrator && p.Actor.Value == "actor:pro-iran-groups");
    }

    [Fact]
    public void The_joint_statement_late_on_friday_was_posted_on_x_by_the_embassy_with_a_quote()
    {
        var joint = Statement("statement:joint-cooperation-statement");

        Assert.Equal(StatementKind.JointStatement, joint.Kind);
        Assert.Equal(["actor:us-embassy-baghdad", "actor:irq"], joint.Speakers.Select(a => a.Value));
        Assert.Equal(TemporalValue.Parse("end:2026-03-27@Asia/Baghdad").Value, joint.Time);
        Assert.Equal(StatementChannel.SocialMedia, joint.Channel);
        Assert.Equal("X", joint.Platform);
        Assert.NotNull(joint.Quote);
        Assert.Contains(new ActorId("actor:hjcc"), joint.Subjects);
        Assert.Equal(ActorKind.JointBody, Actor("actor:hjcc").Kind);
    }

    [Fact]
    public void Iraq_authorised_the_pmf_earlier_this_week_to_confront_and_respond()
    {
        var authorisation = Story.Statements.Single(s => s.Kind == StatementKind.Authorisation);

        Assert.Equal("confront and respond", authorisation.Quote!.Text);
        Assert.Equal(["actor:irq"], authorisation.Speakers.Select(a => a.Value));
        Assert.Equal(["actor:pmf"], authorisation.Subjects.Select(a => a.Value));
        Assert.Equal(TemporalValue.Parse("2026-03-23/2026-03-27@Asia/Baghdad").Value, authorisation.Time);
    }

    [Fact]
    public void Kataeb_hezbollah_extended_a_pause_first_announced_on_march_19_and_extended_once_before()
    {
        var latest = Statement("statement:kh-extends-pause-again");
        var first = Statement("statement:kh-announces-pause");

        Assert.Equal(TemporalValue.Parse("end:2026-03-27@Asia/Baghdad").Value, latest.Time);
        Assert.Equal(TemporalValue.Day(2026, 3, 19), first.Time);
        Assert.Equal(["statement:kh-announces-pause", "statement:kh-extends-pause-first"], latest.RefersTo.Select(s => s.Value));
        Assert.Equal(["statement:kh-announces-pause"], Statement("statement:kh-extends-pause-first").RefersTo.Select(s => s.Value));
        Assert.All(new[] { latest, first }, s => Assert.Equal(["actor:kataeb-hezbollah"], s.Speakers.Select(a => a.Value)));
    }

    [Fact]
    public void Kataeb_hezbollah_is_backed_by_iran_and_designated_by_the_us()
    {
        var relations = Actor("actor:kataeb-hezbollah").Relations;

        Assert.Contains(relations, r => r.Kind == ActorRelationKind.BackedBy && r.Target.Value == "actor:iran");
        var designation = Assert.Single(relations, r => r.Kind == ActorRelationKind.DesignatedBy);
        Assert.Equal("actor:usa", designation.Target.Value);
        Assert.Equal("terrorist organisation", designation.Label);
    }

    [Fact]
    public void The_pmf_is_integrated_into_the_forces_and_includes_pro_tehran_factions()
    {
        Assert.Contains(Actor("actor:pmf").Relations, r => r.Kind == ActorRelationKind.IntegratedInto && r.Target.Value == "actor:isf");
        Assert.Contains(Actor("actor:pro-iran-groups").Relations, r => r.Kind == ActorRelationKind.PartOf && r.Target.Value == "actor:pmf");
        Assert.Contains(Actor("actor:pro-iran-groups").Relations, r => r.Kind == ActorRelationKind.IntegratedInto && r.Target.Value == "actor:isf");
        Assert.Equal(ActorKind.StateIntegratedParamilitary, Actor("actor:pmf").Kind);
    }

    [Fact]
    public void Washington_and_tehran_are_metonyms()
    {
        Assert.Contains(Actor("actor:usa").Aliases, a => a.Name == "Washington" && a.Kind == AliasKind.Metonym);
        Assert.Contains(Actor("actor:iran").Aliases, a => a.Name == "Tehran" && a.Kind == AliasKind.Metonym);
    }

    [Fact]
    public void The_us_led_coalition_has_advisers_at_erbil_airport_and_the_us_a_consulate_in_erbil()
    {
        Assert.Contains(Actor("actor:global-coalition").Relations, r => r.Kind == ActorRelationKind.LedBy && r.Target.Value == "actor:usa");
        Assert.Contains(Actor("actor:coalition-advisers-erbil").Relations, r => r.Kind == ActorRelationKind.PartOf && r.Target.Value == "actor:global-coalition");
        Assert.Contains(Actor("actor:us-consulate-erbil").Relations, r => r.Kind == ActorRelationKind.PartOf && r.Target.Value == "actor:usa");
    }

    [Fact]
    public void Afp_originated_the_story_and_vanguard_republished_it()
    {
        var afp = Source("source:afp-2026-03-28");
        var vanguard = Source("source:vanguard-2026-03-28");

        Assert.Equal(SourceKind.NewsAgency, afp.Kind);
        Assert.Equal(SourceKind.NewsOutlet, vanguard.Kind);
        Assert.Equal([afp.Id], vanguard.DerivedFrom);
        Assert.Equal("actor:afp", afp.Publisher!.Value.Value);
        Assert.Equal(ActorKind.Individual, Actor("actor:afp-journalist-erbil").Kind);
        Assert.Equal(ActorKind.Individual, Actor("actor:witness-erbil").Kind);
    }

    [Fact]
    public void Every_span_lies_in_the_article_and_quotes_match_their_span()
    {
        if (TestPaths.SeedArticle is not { } path)
        {
            Assert.Skip("../shared/corpus/reports/seed-article.txt is absent: this clone has no shared corpus beside it.");
            return;
        }

        var article = File.ReadAllText(path);
        foreach (var statement in Story.Statements.Where(s => s.Quote?.Provenance?.Span is not null))
        {
            var span = statement.Quote!.Provenance!.Span!.Value;
            Assert.Equal(statement.Quote.Text, article.Substring(span.Start, span.Length));
        }

        var all = Story.Incidents.SelectMany(i => i.Provenance.Concat(i.Casualties.SelectMany(c => c.Provenance)).Concat(i.Attributions.SelectMany(a => a.Provenance)))
            .Concat(Story.Actors.SelectMany(a => a.Provenance))
            .Concat(Story.Statements.SelectMany(s => s.Provenance))
            .Where(p => p.Span is not null)
            .ToList();
        Assert.NotEmpty(all);
        Assert.All(all, p => Assert.InRange(p.Span!.Value.End, 1, article.Length));

        var seven = Incident("incident:clinic-strike").Casualties[0].Provenance[0].Span!.Value;
        Assert.Equal("killed seven members of the security forces", article.Substring(seven.Start, seven.Length));
    }

    private static Dataset Load() => SitrepJson.Read(File.ReadAllBytes(TestPaths.SeedSample)).Value
        ?? throw new InvalidOperationException("The seed sample does not read.");

    private static Incident Incident(string id) => Story.Incidents.Single(i => i.Id.Value == id);

    private static Statement Statement(string id) => Story.Statements.Single(s => s.Id.Value == id);

    private static Actor Actor(ActorId id) => Actor(id.Value);

    private static Actor Actor(string id) => Story.Actors.Single(a => a.Id.Value == id);

    private static Source Source(string id) => Story.Sources.Single(s => s.Id.Value == id);
}
