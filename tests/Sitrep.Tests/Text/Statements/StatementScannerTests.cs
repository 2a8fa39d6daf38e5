using System.Linq;
using NodaTime;
using Sitrep.Statements;
using Sitrep.Text;
using Sitrep.Text.Statements;

namespace Sitrep.Tests.Text.Statements;

public class StatementScannerTests
{
    [Theory]
    [InlineData("Washington has strongly denied targeting Iraqi forces.", StatementKind.Denial, "actor:usa")]
    [InlineData("Iraq accused Israel of the attack.", StatementKind.Accusation, "actor:irq")]
    [InlineData("The Taliban claimed responsibility for the bombing.", StatementKind.ClaimOfResponsibility, "actor:taliban")]
    [InlineData("Iran warned of a response.", StatementKind.Threat, "actor:irn")]
    [InlineData("Iraq summoned the US ambassador.", StatementKind.DiplomaticAct, "actor:irq")]
    [InlineData("Syria announced a ceasefire.", StatementKind.Announcement, "actor:syr")]
    [InlineData("Iraq granted the militia permission to respond.", StatementKind.Authorisation, "actor:irq")]
    [InlineData("Turkey condemned the strike.", StatementKind.Condemnation, "actor:tur")]
    [InlineData("Turkey called on all sides to respect the truce.", StatementKind.Demand, "actor:tur")]
    [InlineData("Turkey called for a ceasefire in Gaza.", StatementKind.Demand, "actor:tur")]
    [InlineData("Turkey again called for an independent investigation.", StatementKind.Demand, "actor:tur")]
    [InlineData("Turkey called the strike on the market \"a massacre.\"", StatementKind.Report, "actor:tur")]
    [InlineData("Turkey called it a war crime.", StatementKind.Report, "actor:tur")]
    public void The_kind_comes_from_the_cue(string text, StatementKind kind, string speaker)
    {
        var statement = Assert.Single(StatementScanner.Find(text));

        Assert.Equal(kind, statement.Kind);
        Assert.Equal(speaker, Assert.Single(statement.Speakers).Actor.Value);
    }

    [Theory]
    [InlineData("The Iraqi foreign ministry said: \"We will respond.\" Turkey condemned the strike.")]
    [InlineData("The Iraqi foreign ministry said: \u201CWe will respond.\u201D Turkey condemned the strike.")]
    [InlineData("\"We will respond,\" the Iraqi foreign ministry said. \"Nobody is safe.\" Turkey condemned the strike.")]
    public void A_quotation_closed_after_its_point_is_no_quote_of_the_next_sentence_statement(string text)
    {
        var statements = StatementScanner.Find(text);

        var turkey = Assert.Single(statements, s => s.Kind == StatementKind.Condemnation);
        Assert.Null(turkey.Quote);
        Assert.StartsWith("We will respond", Assert.Single(statements, s => s.Kind != StatementKind.Condemnation).Quote, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("In a statement on Monday, the army said: \"Yesterday our forces repelled an attack. Today we hold the town.\" Rebels denied it.")]
    [InlineData("In a statement on Monday, the army said: \u201CYesterday our forces repelled an attack. Today we hold the town.\u201D Rebels denied it.")]
    [InlineData("In a statement on Monday, the army said, \"Yesterday our forces repelled an attack. Today we hold the town.\" Rebels denied it.")]
    public void A_quotation_opened_after_the_cue_runs_to_its_closing_mark_in_a_later_sentence(string text)
    {
        var army = Assert.Single(StatementScanner.Find(text), s => s.Speakers.Any(a => a.Actor.Value == "actor:army"));
        var parsed = Assert.Single(ReportParser.Parse(text, new ReportContext(new LocalDate(2013, 3, 22))).Statements, s => s.Speakers.Any(a => a.Actor.Value == "actor:army"));

        Assert.Equal("Yesterday our forces repelled an attack. Today we hold the town", army.Quote);
        Assert.Equal("Monday", parsed.Date?.Text);
    }

    [Theory]
    [InlineData("\"I did not sleep last night,\" the minister said on Tuesday.", "Tuesday")]
    [InlineData("\"Yesterday was the worst day,\" said a resident.", null)]
    public void A_day_inside_the_quotation_is_not_the_day_it_was_said(string text, string? day)
    {
        var statement = Assert.Single(ReportParser.Parse(text, new ReportContext(new LocalDate(2013, 3, 22))).Statements);

        Assert.Equal(day, statement.Date?.Text);
    }

    [Fact]
    public void A_direct_quote_gets_its_speaker_channel_and_platform()
    {
        const string text = "\u201CWe will respond to any aggression,\u201D the Iranian foreign ministry said in a statement posted on X.";

        var statement = Assert.Single(StatementScanner.Find(text));

        Assert.Equal("We will respond to any aggression", statement.Quote);
        Assert.Equal(statement.Quote, text.Substring(statement.QuoteSpan!.Value.Start, statement.QuoteSpan.Value.Length));
        Assert.Equal("actor:irn-foreign-ministry", Assert.Single(statement.Speakers).Actor.Value);
        Assert.Equal(StatementChannel.SocialMedia, statement.Channel);
        Assert.Equal("X", statement.Platform);
        Assert.Equal(StatementKind.Announcement, statement.Kind);
    }

    [Fact]
    public void A_negated_cue_is_marked_and_official_is_kept()
    {
        var statement = Assert.Single(StatementScanner.Find("Iraq has not officially blamed the United States."));

        Assert.True(statement.IsNegated);
        Assert.True(statement.IsOfficial);
        Assert.Equal("actor:usa", Assert.Single(statement.Subjects).Actor.Value);
    }

    [Fact]
    public void Blame_on_alternatives_keeps_them_as_alternatives()
    {
        var statement = Assert.Single(StatementScanner.Find("The strikes, which the groups have blamed on the US or Israel, went on."));

        Assert.Equal(["actor:usa", "actor:isr"], statement.Subjects.Select(s => s.Actor.Value));
        Assert.True(statement.SubjectsAreAlternatives);
    }

    [Theory]
    [InlineData("Gunmen attacked a village called Bama, on the outskirts of Maiduguri.")]
    [InlineData("The patrol called for close air support on the compound.")]
    [InlineData("The force called for all occupants to exit the buildings peacefully.")]
    [InlineData("Afghan forces called for all residents to exit the compound.")]
    [InlineData("The launch was called off on Wednesday.")]
    public void A_name_given_or_a_call_for_support_in_the_field_is_no_statement(string text)
    {
        Assert.Empty(StatementScanner.Find(text));
    }

    [Fact]
    public void A_role_for_a_body_not_known_named_in_apposition_speaks_once_with_its_participle()
    {
        var statement = Assert.Single(StatementScanner.Find("A spokesperson for the military government, Maj. Gen. Zaw Min Tun, confirmed the strike on state television, saying it targeted rebels."));

        Assert.Equal("spokesperson", Assert.Single(statement.Speakers).Text);
        Assert.Equal(StatementKind.Report, statement.Kind);
    }

    [Fact]
    public void He_is_never_the_armed_men_told_before_by_what_they_are()
    {
        var statements = StatementScanner.Find("Gunmen attacked the village on Monday. He called it a war crime.");

        Assert.DoesNotContain(Assert.Single(statements).Speakers, s => s.Actor.Value == "actor:gunmen");
    }

    [Fact]
    public void It_refers_to_the_last_actor_made_a_subject()
    {
        var statements = StatementScanner.Find("Kataeb Hezbollah announced a pause on Friday. It first announced the pause in March.");

        Assert.Equal(2, statements.Count);
        Assert.Equal("actor:kataeb-hezbollah", Assert.Single(statements[1].Speakers).Actor.Value);
        Assert.Equal("It", statements[1].Speakers[0].Text);
    }

    [Fact]
    public void Two_speakers_announcing_together_make_a_joint_statement()
    {
        var statement = Assert.Single(StatementScanner.Find("Iraq and Iran released statements on Friday, announcing a committee."));

        Assert.Equal(StatementKind.JointStatement, statement.Kind);
        Assert.Equal(["actor:irq", "actor:irn"], statement.Speakers.Select(s => s.Actor.Value));
    }

    [Fact]
    public void Words_inside_a_quote_are_not_cues()
    {
        var statement = Assert.Single(StatementScanner.Find("\u201CThey denied everything and announced nothing,\u201D Iraq said."));

        Assert.Equal(StatementKind.Report, statement.Kind);
        Assert.Equal("actor:irq", Assert.Single(statement.Speakers).Actor.Value);
    }
}
