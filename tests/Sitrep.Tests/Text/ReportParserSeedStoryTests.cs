using System.IO;
using System.Linq;
using NodaTime;
using Sitrep.Incidents;
using Sitrep.Places;
using Sitrep.Statements;
using Sitrep.Temporal;
using Sitrep.Text;
using Sitrep.Validation;

namespace Sitrep.Tests.Text;

/// <summary>
/// Gold facts of the seed story (../shared/corpus/reports/seed-article.txt). Its publication date is not in the text;
/// as DESIGN §7 allows, these tests assume Saturday 2026-03-28, Baghdad time.
/// </summary>
public class ReportParserSeedStoryTests
{
    private static readonly DateTimeZone Baghdad = DateTimeZoneProviders.Tzdb["Asia/Baghdad"];

    private static (string Text, ReportParseResult Result)? Parsed()
    {
        if (TestPaths.SeedArticle is not { } path)
        {
            Assert.Skip("../shared/corpus/reports/seed-article.txt is absent: this clone has no shared corpus beside it.");
            return null;
        }

        var text = File.ReadAllText(path);
        return (text, ReportParser.Parse(text, new ReportContext(new LocalDate(2026, 3, 28)) { Zone = Baghdad }));
    }

    private static TemporalValue Time(string text) => TemporalValue.Parse(text).Value;

    [Fact]
    public void The_clinic_strike_killed_seven_members_of_the_Iraqi_security_forces()
    {
        var (text, result) = Parsed()!.Value;

        var clinic = Assert.Single(result.Draft.Incidents, i => i.Place?.Feature == FeatureKind.MedicalFacility);
        Assert.Equal(IncidentType.Strike, clinic.Type);
        Assert.Equal("medical clinic in western Iraq", clinic.Place!.Name);
        Assert.Equal("IRQ", clinic.Place.Country);
        Assert.Equal(PlacePrecision.Region, clinic.Place.Precision);
        var count = Assert.Single(clinic.Casualties);
        Assert.Equal(CasualtyOutcome.Killed, count.Outcome);
        Assert.Equal(Sitrep.Estimates.Estimate.Exactly(7).WithPhrase("seven"), count.Estimate);
        Assert.Equal(VictimCategory.SecurityForces, count.Victims.Category);
        Assert.Equal("actor:irq-security-forces", count.Victims.Actor!.Value.Value);
        var span = count.Provenance[0].Span!.Value;
        Assert.Equal("killed seven members of the security forces", text.Substring(span.Start, span.Length));
    }

    [Fact]
    public void The_airstrike_earlier_in_the_week_killed_fifteen_PMF_fighters()
    {
        var (_, result) = Parsed()!.Value;

        var airstrike = Assert.Single(result.Draft.Incidents, i => i.Means.Contains(Means.Airstrike));
        var count = Assert.Single(airstrike.Casualties);
        Assert.Equal(CasualtyOutcome.Killed, count.Outcome);
        Assert.Equal(15, count.Estimate.Best);
        Assert.True(count.Estimate.IsExact);
        Assert.Equal(VictimCategory.Combatants, count.Victims.Category);
        Assert.Equal("actor:popular-mobilisation-forces", count.Victims.Actor!.Value.Value);
        Assert.Equal(Time("2026-03-23/2026-03-27@Asia/Baghdad"), airstrike.Time);
    }

    [Fact]
    public void The_Erbil_explosion_has_an_unknown_toll_not_zero()
    {
        var (_, result) = Parsed()!.Value;

        var explosion = Assert.Single(result.Draft.Incidents, i => i.Type == IncidentType.Explosion);
        Assert.Equal(FeatureKind.Airport, explosion.Place!.Feature);
        Assert.Equal(PlacePrecision.NearPoint, explosion.Place.Precision);
        Assert.Equal("international airport in Erbil", explosion.Place.Name);
        Assert.Equal(Time("approx:2026-03-27TNI@Asia/Baghdad"), explosion.Time);
        var count = Assert.Single(explosion.Casualties);
        Assert.True(count.Estimate.IsUnknown);
        Assert.Null(count.Estimate.PointValue);
        Assert.Equal(
            ["actor:afp-journalist", "actor:witness"],
            explosion.Participants.Where(p => p.Role == ParticipantRole.Witness).Select(p => p.Actor.Value));
    }

    [Fact]
    public void Every_date_resolves_against_Saturday_28_March_in_Baghdad()
    {
        var (_, result) = Parsed()!.Value;

        Assert.Equal(
            [
                ("February 28", "2026-02-28@Asia/Baghdad"),
                ("late on Friday", "end:2026-03-27@Asia/Baghdad"),
                ("Earlier this week", "2026-03-23/2026-03-27@Asia/Baghdad"),
                ("Friday", "2026-03-27@Asia/Baghdad"),
                ("Late on Friday", "end:2026-03-27@Asia/Baghdad"),
                ("March 19", "2026-03-19@Asia/Baghdad"),
            ],
            result.Dates.Select(d => (d.Text, d.Value.ToString())));
        var relative = Assert.Single(result.RelativeTimes);
        Assert.Equal("Hours after the announcement on Friday", relative.Text);
        Assert.Equal(Time("approx:2026-03-27TNI@Asia/Baghdad"), relative.Value);
    }

    [Fact]
    public void Each_statement_has_its_speaker_and_kind()
    {
        var (_, result) = Parsed()!.Value;

        Assert.Equal(
            [
                (StatementKind.Announcement, "actor:usa-embassy-baghdad"),
                (StatementKind.Accusation, "actor:pro-irn-irq-group"),
                (StatementKind.JointStatement, "actor:usa-embassy-baghdad+actor:irq"),
                (StatementKind.Announcement, "actor:usa-embassy-baghdad"),
                (StatementKind.DiplomaticAct, "actor:irq"),
                (StatementKind.Denial, "actor:usa"),
                (StatementKind.Authorisation, "actor:irq"),
                (StatementKind.Report, "actor:witness"),
                (StatementKind.Announcement, "actor:kataeb-hezbollah"),
                (StatementKind.Announcement, "actor:kataeb-hezbollah"),
            ],
            result.Draft.Statements.Select(s => (s.Kind, string.Join("+", s.Speakers.Select(a => a.Value)))));
    }

    [Fact]
    public void The_quoted_statement_keeps_its_verbatim_words_channel_and_platform()
    {
        var (text, result) = Parsed()!.Value;

        var posted = Assert.Single(result.Draft.Statements, s => s.Platform == "X");
        Assert.Equal(StatementChannel.SocialMedia, posted.Channel);
        Assert.StartsWith("The Iraqi and US sides decided to intensify cooperation", posted.Quote!.Text, System.StringComparison.Ordinal);
        var span = posted.Quote.Provenance!.Span!.Value;
        Assert.Equal(posted.Quote.Text, text.Substring(span.Start, span.Length));

        var authorisation = Assert.Single(result.Draft.Statements, s => s.Kind == StatementKind.Authorisation);
        Assert.Equal("confront and respond", authorisation.Quote!.Text);
        Assert.Equal(["actor:popular-mobilisation-forces"], authorisation.Subjects.Select(a => a.Value));
    }

    [Fact]
    public void Attribution_of_the_clinic_strike_is_contested_and_the_groups_blame_the_US_or_Israel()
    {
        var (_, result) = Parsed()!.Value;
        var incidents = result.Draft.Incidents;

        var clinic = Assert.Single(incidents, i => i.Place?.Feature == FeatureKind.MedicalFacility);
        var unattributed = Assert.Single(clinic.Attributions, a => a.State == AttributionState.Unattributed);
        Assert.True(unattributed.IsOfficial);
        Assert.Equal(["actor:usa"], unattributed.Perpetrators.Select(a => a.Value));
        Assert.Equal(["actor:irq"], unattributed.AttributedBy.Select(a => a.Value));
        var denied = Assert.Single(clinic.Attributions, a => a.State == AttributionState.Denied);
        Assert.Equal(["actor:usa"], denied.AttributedBy.Select(a => a.Value));
        var denial = Assert.Single(result.Draft.Statements, s => s.Kind == StatementKind.Denial);
        Assert.Equal([denial.Id], denied.Statements);
        Assert.Equal([clinic.Id], denial.Incidents);

        var blamed = Assert.Single(incidents.SelectMany(i => i.Attributions), a => a.State == AttributionState.Blamed);
        Assert.Equal(["actor:usa", "actor:isr"], blamed.Perpetrators.Select(a => a.Value));
        Assert.False(blamed.IsJoint);
        Assert.Equal(["actor:pro-irn-irq-group"], blamed.AttributedBy.Select(a => a.Value));
    }

    [Fact]
    public void Iraq_summons_the_US_charge_daffaires_over_the_clinic_strike()
    {
        var (_, result) = Parsed()!.Value;

        var summons = Assert.Single(result.Draft.Statements, s => s.Kind == StatementKind.DiplomaticAct);
        Assert.Equal(StatementChannel.DiplomaticChannel, summons.Channel);
        Assert.Equal(["actor:usa-envoy"], summons.Subjects.Select(a => a.Value));
        var envoy = Assert.Single(result.Draft.Actors, a => a.Id == summons.Subjects[0]);
        Assert.Equal("USA", envoy.Country);
        Assert.Equal(Sitrep.Actors.ActorKind.Individual, envoy.Kind);
    }

    [Fact]
    public void Kataeb_Hezbollah_is_found_by_its_name_and_backed_by_Iran()
    {
        var (_, result) = Parsed()!.Value;

        var kh = Assert.Single(result.Draft.Actors, a => a.Id.Value == "actor:kataeb-hezbollah");
        var relation = Assert.Single(kh.Relations);
        Assert.Equal(Sitrep.Actors.ActorRelationKind.BackedBy, relation.Kind);
        Assert.Equal("actor:irn", relation.Target.Value);
        Assert.Equal(
            [Time("end:2026-03-27@Asia/Baghdad"), Time("2026-03-19@Asia/Baghdad")],
            result.Draft.Statements.Where(s => s.Speakers.Contains(kh.Id)).Select(s => s.Time!.Value));
    }

    [Fact]
    public void The_draft_is_a_valid_dataset_whose_spans_all_lie_in_the_text()
    {
        var (text, result) = Parsed()!.Value;

        Assert.DoesNotContain(DatasetValidator.Validate(result.Draft), d => d.Severity == DiagnosticSeverity.Error);
        var spans = result.Draft.Incidents.SelectMany(i => i.Provenance.Concat(i.Casualties.SelectMany(c => c.Provenance)).Concat(i.Attributions.SelectMany(a => a.Provenance)).Concat(i.Participants.SelectMany(p => p.Provenance)))
            .Concat(result.Draft.Statements.SelectMany(s => s.Provenance))
            .Select(p => p.Span!.Value)
            .ToList();
        Assert.NotEmpty(spans);
        Assert.All(spans, s => Assert.InRange(s.End, s.Start + 1, text.Length));
        Assert.Empty(result.Diagnostics);
    }
}
