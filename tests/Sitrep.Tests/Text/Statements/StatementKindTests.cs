using System.Linq;
using NodaTime;
using Sitrep.Statements;
using Sitrep.Text;

namespace Sitrep.Tests.Text.Statements;

/// <summary>Statement kinds as a reader takes them: blame is blame, no accusation is none, a toll is not a claim.</summary>
public sealed class StatementKindTests
{
    private static readonly ReportContext Context = new(new LocalDate(2026, 3, 28));

    [Theory]
    [InlineData("The ministry held the militia responsible for the attack.")]
    [InlineData("Baghdad holds Kataeb Hezbollah responsible for the strike.")]
    public void Holding_someone_responsible_is_blame(string text) =>
        Assert.Equal(StatementKind.Accusation, Assert.Single(ReportParser.Parse(text, Context).Draft.Statements).Kind);

    [Theory]
    [InlineData("The United States stopped short of blaming Iran for the strike.")]
    [InlineData("Officials declined to blame any group for the blast.")]
    [InlineData("The army refrained from accusing the militia of the attack.")]
    public void Not_blaming_is_no_accusation(string text) =>
        Assert.DoesNotContain(ReportParser.Parse(text, Context).Draft.Statements, s => s.Kind == StatementKind.Accusation);

    [Theory]
    [InlineData("Syria has claimed the lives of thousands.")]
    [InlineData("The fighting claimed 40 lives in a week.")]
    public void A_toll_that_claimed_lives_is_no_statement(string text) =>
        Assert.Empty(ReportParser.Parse(text, Context).Draft.Statements);

    [Theory]
    [InlineData("An airstrike hit a convoy near Idlib. Russia denied being deep inside Syria.")]
    [InlineData("An airstrike hit a convoy near Idlib. The group denied that its fighters were in the area when the strike hit.")]
    [InlineData("An airstrike hit a convoy near Idlib. The ministry denied reports of civilian casualties.")]
    public void A_denial_of_something_other_than_the_act_is_not_a_denial_of_the_incident(string text)
    {
        var draft = ReportParser.Parse(text, Context).Draft;

        var denial = Assert.Single(draft.Statements, s => s.Kind == StatementKind.Denial);
        Assert.True(denial.Incidents.IsEmpty);
        Assert.DoesNotContain(draft.Incidents.SelectMany(i => i.Attributions), a => a.State == Sitrep.Incidents.AttributionState.Denied);
    }

    [Theory]
    [InlineData("An airstrike hit a convoy near Idlib. Russia denied carrying out the strike.")]
    [InlineData("An airstrike hit a convoy near Idlib. Russia denied any involvement.")]
    [InlineData("An airstrike hit a convoy near Idlib. Russia denied the attack.")]
    [InlineData("An airstrike hit a convoy near Idlib. Russia denied it.")]
    [InlineData("An airstrike hit a convoy near Idlib. Russia denies targeting civilians.")]
    public void A_denial_of_the_act_still_denies_the_incident(string text)
    {
        var draft = ReportParser.Parse(text, Context).Draft;

        Assert.Contains(draft.Incidents.SelectMany(i => i.Attributions), a => a.State == Sitrep.Incidents.AttributionState.Denied);
    }
}
