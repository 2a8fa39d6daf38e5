using System.Linq;
using FsCheck.Xunit;
using Sitrep.Estimates;
using Sitrep.Incidents;
using Sitrep.Text.Casualties;
using Sitrep.Text.Numbers;

namespace Sitrep.Tests.Text.Casualties;

public class CasualtyScannerTests
{
    [Theory]
    [InlineData("A Taliban leader was detained along with two other insurgents.", 3L)]
    [InlineData("Two insurgents were killed, along with a Taliban commander.", 3L)]
    [InlineData("He was detained along with several of his associates.", 4L)]
    [InlineData("The force detained a Taliban commander, his deputy and several other suspected insurgents.", 5L)]
    [InlineData("A security force detained a Taliban facilitator and other militants in Nangarhar province.", 3L)]
    [InlineData("Gunmen wounded a police commander and other policemen at a checkpoint.", 3L)]
    [InlineData("Troops detained a militia leader and other gunmen in the raid.", 3L)]
    [InlineData("A security force killed a Taliban sub-commander along with a number of insurgents at a compound.", 4L)]
    [InlineData("A senior militant commander of Kunduz Province and two senior advisors were killed in an air strike.", 3L)]
    [InlineData("In Sabari district, a HIG leader along with two suspected insurgents was detained during an operation.", 3L)]
    [InlineData("Forces detained two Taliban vehicle-borne improvised explosive device facilitators along with two suspected insurgents.", 4L)]
    [InlineData("A combined force capture a Taliban financier and numerous suspected insurgents during an operation.", 5L)]
    public void People_with_the_victims_count_with_them(string text, long low)
    {
        var mention = Assert.Single(CasualtyScanner.Find(text, NumberOptions.PressReleaseConvention));

        Assert.Equal(low, mention.Count.Low ?? mention.Count.Best);
        Assert.Equal(EstimateQualifier.AtLeast, mention.Count.Qualifier);
    }

    [Theory]
    [InlineData("At least 21 hostages and four soldiers were killed.", new[] { 21L, 4L })]
    [InlineData("More than 2,100 Palestinians and 70 people on the Israeli side were killed.", new[] { 2101L, 70L })]
    [InlineData("Two Haqqani facilitators and two other militants were captured.", new[] { 2L, 2L })]
    [InlineData("85 members of the Turkish-backed factions and 16 SDF fighters had been killed.", new[] { 85L, 16L })]
    public void Two_counts_of_people_before_one_predicate_are_two_figures_whatever_their_kind(string text, long[] lows)
    {
        Assert.Equal(lows, CasualtyScanner.Find(text).Select(m => m.Count.Low ?? m.Count.Best ?? 0));
    }

    [Theory]
    [InlineData("A drone strike killed nine members of the SDF and two civilians near Qamishli.", new[] { 9L, 2L })]
    [InlineData("A drone strike killed nine members of the group and two children.", new[] { 9L, 2L })]
    [InlineData("Gunmen killed five members of the security forces and three civilians.", new[] { 5L, 3L })]
    public void Members_of_a_body_and_people_of_another_kind_after_one_predicate_are_two_figures(string text, long[] lows)
    {
        Assert.Equal(lows, CasualtyScanner.Find(text).Select(m => m.Count.Low ?? m.Count.Best ?? 0));
    }

    [Theory]
    [InlineData("Six construction workers were missing.", VictimCategory.Civilians)]
    [InlineData("The blast killed 40 factory workers.", VictimCategory.Civilians)]
    [InlineData("Gunmen killed three aid workers.", VictimCategory.AidWorkers)]
    [InlineData("Troops killed at least 30 civilians including children.", VictimCategory.Civilians)]
    [InlineData("At least 30 soldiers including two officers were killed.", VictimCategory.Military)]
    [InlineData("Nine vaccination workers were shot dead.", VictimCategory.AidWorkers)]
    [InlineData("The gunman killed a spectator.", VictimCategory.Civilians)]
    public void Workers_are_aid_workers_only_when_the_words_say_so(string text, VictimCategory category)
    {
        Assert.Equal(category, Assert.Single(CasualtyScanner.Find(text), m => m.Whole is null).Category);
    }

    [Theory]
    [InlineData("He spoke a day after protesters stormed parliament and at least 23 people were killed.", "at least 23 people were killed", 23L)]
    [InlineData("He spoke a week after police fired and 23 people were killed.", "23 people were killed", 23L)]
    [InlineData("A soldier and 23 civilians were killed.", "A soldier and 23 civilians were killed", 24L)]
    [InlineData("A woman and her two children were also wounded.", "A woman and her two children were also wounded", 3L)]
    public void A_unit_of_time_after_an_article_starts_no_person_counted_with_the_figure(string text, string mentionText, long low)
    {
        var mention = Assert.Single(CasualtyScanner.Find(text));

        Assert.Equal((mentionText, low), (mention.Text, mention.Count.Low ?? mention.Count.Best ?? 0));
    }

    [Theory]
    [InlineData("The death toll from Sunday's bombings rose to 290 on Monday.", 290L, EstimateQualifier.Exact)]
    [InlineData("The toll climbed to 57, officials said.", 57L, EstimateQualifier.Exact)]
    [InlineData("The blast raised the death toll to 12.", 12L, EstimateQualifier.Exact)]
    [InlineData("The death toll stood at 40 on Friday.", 40L, EstimateQualifier.Exact)]
    [InlineData("The death toll has risen to at least 120.", 120L, EstimateQualifier.AtLeast)]
    [InlineData("The storm left a death toll of 45.", 45L, EstimateQualifier.Exact)]
    [InlineData("The death toll reached 100.", 100L, EstimateQualifier.Exact)]
    [InlineData("Officials found the bodies of 410 civilians.", 410L, EstimateQualifier.Exact)]
    [InlineData("Twelve bodies were found in a ditch.", 12L, EstimateQualifier.Exact)]
    [InlineData("Rescuers recovered 30 bodies from the river.", 30L, EstimateQualifier.Exact)]
    [InlineData("Among the dead were 12 children.", 12L, EstimateQualifier.Exact)]
    [InlineData("The dead included at least three medics.", 3L, EstimateQualifier.AtLeast)]
    public void A_toll_told_at_a_figure_and_the_bodies_found_count_the_dead(string text, long low, EstimateQualifier qualifier)
    {
        var mention = Assert.Single(CasualtyScanner.Find(text));

        Assert.Equal((CasualtyOutcome.Killed, low, qualifier), (mention.Outcome, mention.Count.Low ?? mention.Count.Best ?? 0, mention.Count.Qualifier));
    }

    [Theory]
    [InlineData("A local official put the number of those missing at 287.", "number of those missing at 287", CasualtyOutcome.Missing, 287L)]
    [InlineData("Police put the number of dead at 15.", "number of dead at 15", CasualtyOutcome.Killed, 15L)]
    [InlineData("The number of people killed stood at 40 on Sunday.", "number of people killed stood at 40", CasualtyOutcome.Killed, 40L)]
    [InlineData("The number of injured reached 52.", "number of injured reached 52", CasualtyOutcome.Injured, 52L)]
    [InlineData("The governor said 187 students were unaccounted for.", "187 students were unaccounted", CasualtyOutcome.Missing, 187L)]
    public void A_number_of_people_put_at_a_figure_is_that_figure_not_a_count_of_whoever_put_it(string text, string mentionText, CasualtyOutcome outcome, long best)
    {
        var mention = Assert.Single(CasualtyScanner.Find(text));

        Assert.Equal((mentionText, outcome, best), (mention.Text, mention.Outcome, mention.Count.Best!.Value));
    }

    [Theory]
    [InlineData("A local official said those missing numbered 287.")]
    [InlineData("The number of those missing was not known.")]
    [InlineData("Two officials told reporters the wounded were taken to hospital.")]
    public void A_verb_of_speech_between_a_count_and_its_predicate_counts_no_one_who_spoke(string text) =>
        Assert.Empty(CasualtyScanner.Find(text));

    [Theory]
    [InlineData("Three people, police said, were killed.", 3L)]
    [InlineData("Two policemen who told reporters they were attacked were wounded.", 2L)]
    public void A_verb_of_speech_set_off_by_commas_or_in_a_relative_clause_keeps_the_count(string text, long best) =>
        Assert.Equal(best, Assert.Single(CasualtyScanner.Find(text)).Count.Best);

    [Theory]
    [InlineData("A Russian strike on Kherson killed a 66-year-old man on Saturday.", "killed a 66-year-old man", "66-year-old man")]
    [InlineData("A 45-year-old woman was wounded in the shelling.", "A 45-year-old woman was wounded", "45-year-old woman")]
    [InlineData("Shelling killed an 8-month-old baby.", "killed an 8-month-old baby", "8-month-old baby")]
    public void A_person_of_an_age_is_one_person_not_a_count_of_their_years(string text, string mentionText, string victims)
    {
        var mention = Assert.Single(CasualtyScanner.Find(text));

        Assert.Equal((mentionText, 1L, victims), (mention.Text, mention.Count.Best!.Value, mention.Victims));
    }

    [Fact]
    public void A_part_is_a_mention_of_its_own_that_names_the_figure_it_is_part_of()
    {
        const string Text = "Gunmen killed 30 people, including 12 women and eight children, in Kaduna. A later strike killed 15 people. Twelve children were among the dead.";

        var mentions = CasualtyScanner.Find(Text);

        Assert.Equal(["killed 30 people", "12 women", "eight children", "killed 15 people", "Twelve children were among the dead"], mentions.Select(m => m.Text));
        Assert.Equal([null, "killed 30 people", "killed 30 people", null, "killed 15 people"], mentions.Select(m => m.Whole is { } w ? Text.Substring(w.Start, w.Length) : null));
        Assert.Equal([VictimCategory.Civilians, VictimCategory.Children], mentions.Skip(1).Take(2).Select(m => m.Category));
        Assert.All(mentions.Skip(1).Take(2), m => Assert.Equal(CasualtyOutcome.Killed, m.Outcome));
    }

    [Fact]
    public void A_later_figure_among_the_dead_larger_than_the_figure_before_it_is_no_part_of_it()
    {
        var mentions = CasualtyScanner.Find("A strike killed five people. Twelve children were among the dead.");

        Assert.All(mentions, m => Assert.Null(m.Whole));
    }

    [Theory]
    [InlineData("Gang members killed at least 70 people, including women and children, in an attack.", 70L)]
    [InlineData("Gunmen killed 30 people, mostly civilians, and wounded 12.", 30L)]
    [InlineData("The strike killed 40 people, many of them children.", 40L)]
    public void Who_was_among_the_people_counted_adds_no_one(string text, long killed)
    {
        var mention = CasualtyScanner.Find(text).First(m => m.Outcome == CasualtyOutcome.Killed);

        Assert.Equal(killed, mention.Count.Low ?? mention.Count.Best);
    }

    [Theory]
    [InlineData("The United Nations said about 300,000 people had fled the state since Friday.", 300000L)]
    [InlineData("The floods forced 40,000 people from their homes.", 40000L)]
    [InlineData("The fighting has displaced 2 million people.", 2000000L)]
    [InlineData("About 5,000 people were left homeless.", 5000L)]
    [InlineData("The blaze spread quickly, forcing thousands to flee.", 2000L)]
    public void People_forced_from_their_homes_are_displaced(string text, long displaced)
    {
        var mention = Assert.Single(CasualtyScanner.Find(text));

        Assert.Equal((CasualtyOutcome.Displaced, displaced), (mention.Outcome, mention.Count.Low ?? mention.Count.Best ?? 0));
    }

    [Theory]
    [InlineData("The blaze spread quickly, forcing thousands to flee", "forcing thousands to flee")]
    [InlineData("The blaze spread quickly, forcing thousands to flee.", "forcing thousands to flee")]
    [InlineData("The fighting forced thousands to flee since Friday.", "forced thousands to flee")]
    [InlineData("The floods forced 40,000 people from their homes", "forced 40,000 people from their homes")]
    public void People_forced_to_flee_end_their_mention_at_the_phrase_even_at_the_texts_end(string text, string mention)
    {
        var found = Assert.Single(CasualtyScanner.Find(text));

        Assert.Equal(mention, found.Text);
    }

    [Theory]
    [InlineData("Insurgents abducted at least 25 women who were collecting firewood near a camp for displaced people.", CasualtyOutcome.Abducted)]
    [InlineData("Gunmen killed 12 people near a camp for displaced people.", CasualtyOutcome.Killed)]
    [InlineData("At least 25 women near a camp for displaced persons were abducted.", CasualtyOutcome.Abducted)]
    public void Displaced_before_a_word_for_people_describes_them_and_counts_no_one(string text, CasualtyOutcome only)
    {
        var mention = Assert.Single(CasualtyScanner.Find(text));

        Assert.Equal(only, mention.Outcome);
    }

    [Theory]
    [InlineData("Troops returned fire, killing two of the attackers and wounding a third.", "wounding a third", "attackers")]
    [InlineData("Police killed two gunmen and wounded another.", "wounded another", "gunmen")]
    [InlineData("A security force killed several enemy militants and wounded another in northern Paktika province.", "wounded another", "militants")]
    public void A_third_or_another_after_a_count_is_one_more_of_its_people(string text, string told, string victims)
    {
        var mention = Assert.Single(CasualtyScanner.Find(text), m => m.Outcome == CasualtyOutcome.Injured);

        Assert.Equal((told, 1L, victims), (mention.Text, mention.Count.Best ?? 0, mention.Victims));
    }

    [Fact]
    public void A_toll_among_people_named_counts_them()
    {
        var mention = Assert.Single(CasualtyScanner.Find("The military put the death toll among troops at seven."));

        Assert.Equal((7L, "troops", VictimCategory.Military), (mention.Count.Best ?? 0, mention.Victims, mention.Category));
    }

    [Fact]
    public void Every_count_of_a_subject_list_with_commas_is_a_figure()
    {
        var mentions = CasualtyScanner.Find("Three soldiers, two police officers and two civilians were killed.");

        Assert.Equal([(3L, "soldiers"), (2L, "police officers"), (2L, "civilians")], mentions.Select(m => (m.Count.Best ?? 0, m.Victims)));
    }

    [Theory]
    [InlineData("12 gang members were killed.")]
    [InlineData("Two of the kidnappers were killed.")]
    [InlineData("Troops killed seven militia members.")]
    public void Members_of_a_gang_or_militia_and_kidnappers_are_combatants(string text)
    {
        Assert.Equal(VictimCategory.Combatants, Assert.Single(CasualtyScanner.Find(text)).Category);
    }

    [Theory]
    [InlineData("Gunmen killed a family of five in their home.", "a family of five", 5L)]
    [InlineData("The strike killed a family of four, including two children.", "a family of four", 4L)]
    [InlineData("The victims, a man, his wife and their three children, were shot dead.", "a man, his wife and their three children", 5L)]
    [InlineData("A soldier, a policeman and their two drivers were killed.", "A soldier, a policeman and their two drivers", 4L)]
    public void A_family_or_a_list_of_people_counts_each_of_them(string text, string phrase, long low)
    {
        var mention = CasualtyScanner.Find(text)[0];

        Assert.Equal((phrase, low), (mention.Count.Phrase, mention.Count.Low ?? mention.Count.Best ?? 0));
    }

    [Fact]
    public void A_speaker_who_helped_bury_the_dead_is_no_one_counted()
    {
        Assert.Empty(CasualtyScanner.Find("A resident who helped bury the dead told The Associated Press by phone that the jets struck at 11 a.m."));
    }

    [Theory]
    [InlineData("Troops neutralized 12 terrorists in Borno on Monday.", 12L)]
    [InlineData("About 30 of the attackers were neutralised in the fighting.", 30L)]
    [InlineData("The army neutralized 12 explosive devices on the road.", null)]
    public void People_a_communique_says_were_neutralised_are_killed_and_nothing_else_is(string text, long? killed)
    {
        var mentions = CasualtyScanner.Find(text);

        Assert.Equal(killed, mentions.SingleOrDefault(m => m.Outcome == CasualtyOutcome.Killed)?.Count.Best);
    }

    [Fact]
    public void Another_person_told_alone_counts_one()
    {
        var mention = Assert.Single(CasualtyScanner.Find("Another man was seriously wounded."));

        Assert.Equal((CasualtyOutcome.Injured, 1L, "man"), (mention.Outcome, mention.Count.Best, mention.Victims));
    }

    [Theory]
    [InlineData("It had documented at least 183 civilian deaths in the region.", 183L, "civilians")]
    [InlineData("Officials reported more than 2,000 deaths from the disease.", 2001L, null)]
    [InlineData("At least eight deaths have been blamed on the storm.", 8L, null)]
    public void A_count_of_deaths_before_the_noun_counts_the_dead(string text, long low, string? victims)
    {
        var mention = Assert.Single(CasualtyScanner.Find(text));

        Assert.Equal((CasualtyOutcome.Killed, low, victims), (mention.Outcome, mention.Count.Low, mention.Victims));
    }

    [Fact]
    public void The_day_of_a_date_before_deaths_counts_no_one()
    {
        Assert.Empty(CasualtyScanner.Find("KABUL, Jan 28 Deaths rose in the capital."));
    }

    [Fact]
    public void A_toll_put_at_a_figure_of_dead_counts_them_once()
    {
        var mentions = CasualtyScanner.Find("The United Nations later put the toll at 35 dead and 82 wounded.");

        Assert.Equal([(CasualtyOutcome.Killed, 35L), (CasualtyOutcome.Injured, 82L)], mentions.Select(m => (m.Outcome, m.Count.Best ?? -1)));
    }

    [Fact]
    public void The_object_of_a_verb_in_quotation_marks_is_read_past_the_closing_mark()
    {
        var mention = Assert.Single(CasualtyScanner.Find("The ministry said its forces had \"neutralised\" 16 Kurdish militants in northern Syria."));

        Assert.Equal((16L, "Kurdish militants"), (mention.Count.Best, mention.Victims));
    }

    [Fact]
    public void People_in_quotation_marks_after_a_count_are_its_people()
    {
        var mention = Assert.Single(CasualtyScanner.Find("The group said it had killed 15 \"apostate soldiers\" in the attack."));

        Assert.Equal(("killed 15 \"apostate soldiers\"", "apostate soldiers", VictimCategory.Military), (mention.Text, mention.Victims, mention.Category));
    }

    [Theory]
    [InlineData("He was arrested as he fled.", CasualtyOutcome.Detained)]
    [InlineData("A man who fled the town was killed on Monday.", CasualtyOutcome.Killed)]
    [InlineData("Gunmen fled the scene after the attack.", null)]
    [InlineData("Police forced the crowd back.", null)]
    public void One_person_fleeing_or_force_without_homes_is_no_displacement(string text, CasualtyOutcome? only)
    {
        var mentions = CasualtyScanner.Find(text);

        Assert.DoesNotContain(mentions, m => m.Outcome == CasualtyOutcome.Displaced);
        Assert.Equal(only is null ? 0 : 1, mentions.Count);
    }

    [Theory]
    [InlineData("Gunmen shot dead a town mayor.", "a town mayor", 1L, VictimCategory.Civilians)]
    [InlineData("Gunmen killed a police officer.", "a police officer", 1L, VictimCategory.Police)]
    [InlineData("Two officials were killed.", "Two", 2L, VictimCategory.Civilians)]
    [InlineData("A bomb killed two reporters.", "two", 2L, VictimCategory.Journalists)]
    [InlineData("Two soldiers and a policeman were killed.", "Two soldiers and a policeman", 3L, VictimCategory.Police)]
    [InlineData("A soldier and a policeman were wounded.", "A soldier and a policeman", 2L, VictimCategory.Police)]
    [InlineData("More than a dozen local officials have been killed.", "More than a dozen", 13L, VictimCategory.Civilians)]
    [InlineData("Eight police commandos and their civilian driver were killed.", "Eight police commandos and their civilian driver", 9L, VictimCategory.Police)]
    [InlineData("Eight police commandos and a civilian driver were killed.", "Eight police commandos and a civilian driver", 9L, VictimCategory.Civilians)]
    [InlineData("Five commandos and their driver were also wounded.", "Five commandos and their driver", 6L, VictimCategory.Military)]
    [InlineData("Three soldiers and their families were killed.", "Three", 3L, VictimCategory.Military)]
    [InlineData("Two adults were killed at the hospital.", "Two", 2L, VictimCategory.Civilians)]
    [InlineData("Three Israeli teenagers were abducted.", "Three", 3L, VictimCategory.Civilians)]
    [InlineData("A drone struck a minibus, killing the driver and a passenger.", "the driver and a passenger", 2L, VictimCategory.Civilians)]
    [InlineData("One protester died, the interior ministry said.", "One", 1L, VictimCategory.Civilians)]
    [InlineData("A paramedic was wounded.", "A paramedic", 1L, VictimCategory.HealthWorkers)]
    [InlineData("Gunmen shot dead a 70-year-old worshipper.", "a 70-year-old worshipper", 1L, VictimCategory.Civilians)]
    public void Officials_and_lists_ending_in_one_person_are_counted(string text, string phrase, long low, VictimCategory category)
    {
        var mention = Assert.Single(CasualtyScanner.Find(text));

        Assert.Equal((phrase, low, category), (mention.Count.Phrase, mention.Count.Low ?? mention.Count.Best ?? 0, mention.Category));
    }

    [Fact]
    public void A_list_of_people_of_different_kinds_after_a_verb_is_a_figure_for_each_kind() =>
        Assert.Equal(
            [("killed 20 children", 20L, VictimCategory.Children), ("six adults", 6L, VictimCategory.Civilians)],
            CasualtyScanner.Find("The attack killed 20 children and six adults.").Select(m => (m.Text, m.Count.Best ?? 0, m.Category)));

    [Theory]
    [InlineData("Officers searched the park for three days after the woman was reported missing.")]
    [InlineData("The official, who was appointed in January, was slightly hurt.")]
    [InlineData("Gunmen shot a lawmaker outside a mosque, the third such killing this month.")]
    public void A_count_of_time_a_clause_between_or_a_killing_named_as_a_thing_counts_no_one(string text) =>
        Assert.Empty(CasualtyScanner.Find(text));

    [Theory]
    [InlineData(31L, 3L, true)]
    [InlineData(30L, 3L, false)]
    [InlineData(long.MaxValue, 922337203685477580L, true)]
    [InlineData(5L, 922337203685477581L, false)]
    [InlineData(long.MaxValue, 922337203685477581L, false)]
    public void Ten_times_a_figure_is_compared_without_overflow(long figure, long other, bool expected) =>
        Assert.Equal(expected, CasualtyTotals.MoreThanTenTimes(figure, other));

    [Theory]
    [InlineData("The war took a heavy toll on civilians.")]
    [InlineData("The death toll was expected to rise.")]
    [InlineData("Two UN bodies condemned the attack.")]
    [InlineData("The bodies of the victims were returned to their families.")]
    public void A_toll_without_a_figure_and_bodies_of_another_kind_count_no_one(string text) =>
        Assert.Empty(CasualtyScanner.Find(text));

    [Theory]
    [InlineData("The operation aimed to capture a Taliban leader.")]
    [InlineData("Forces planned the arrest to take place on Friday.")]
    public void Capture_as_an_aim_or_a_noun_without_of_counts_no_one(string text) =>
        Assert.Empty(CasualtyScanner.Find(text));

    [Theory]
    [InlineData("Officials said 20 people were killed or wounded.", "20 people were killed or wounded", 20L)]
    [InlineData("Rockets hit the camps, killing or wounding 50.", "killing or wounding 50", 50L)]
    [InlineData("Militants killed or wounded about 40 soldiers.", "killed or wounded about 40 soldiers", 40L)]
    public void One_figure_for_two_outcomes_joined_by_or_is_at_most_that_many_of_each(string text, string span, long high)
    {
        var mentions = CasualtyScanner.Find(text);

        Assert.Equal(
            [(CasualtyOutcome.Killed, span, EstimateQualifier.AtMost, (long?)high), (CasualtyOutcome.Injured, span, EstimateQualifier.AtMost, high)],
            mentions.Select(m => (m.Outcome, m.Text, m.Count.Qualifier, m.Count.High)));
    }

    [Theory]
    [InlineData("He condemned the killing of four civilians.", CasualtyOutcome.Killed, 4L)]
    [InlineData("An inquiry into the military killing of four Karenni men is essential.", CasualtyOutcome.Killed, 4L)]
    [InlineData("The kidnapping of two engineers was condemned.", CasualtyOutcome.Abducted, 2L)]
    [InlineData("Police reported the abduction of three aid workers.", CasualtyOutcome.Abducted, 3L)]
    [InlineData("Following the killing of an Israeli man, settlers rioted.", CasualtyOutcome.Killed, 1L)]
    public void A_participle_used_as_a_noun_counts_its_object_after_of(string text, CasualtyOutcome outcome, long count)
    {
        var mention = Assert.Single(CasualtyScanner.Find(text));

        Assert.Equal((outcome, (long?)count), (mention.Outcome, mention.Count.Best));
    }

    [Theory]
    [InlineData("The artillery killed Kachin civilians.")]
    [InlineData("Myanmar Military Artillery Kills Kachin Civilians")]
    [InlineData("Junta Troops Killed Across Myanmar as Resistance Steps up Operations")]
    [InlineData("Save the Children mourned the victims of the mass killing.")]
    public void A_people_before_plural_victims_a_preposition_after_the_predicate_and_a_killing_named_as_a_thing_count_no_one(string text)
    {
        Assert.Empty(CasualtyScanner.Find(text));
    }

    [Theory]
    [InlineData("Forces killed Malawi Sahib in Kandahar.", 1L, EstimateQualifier.Exact)]
    [InlineData("Police killed as many as 20 protesters.", 20L, EstimateQualifier.AtMost)]
    [InlineData("Two Civilians Killed As Fighting Intensifies in Kayah State", 2L, EstimateQualifier.Exact)]
    public void A_name_a_bound_after_as_and_a_subject_before_as_still_count(string text, long figure, EstimateQualifier qualifier)
    {
        var mention = Assert.Single(CasualtyScanner.Find(text));

        Assert.Equal((qualifier, (long?)figure), (mention.Count.Qualifier, mention.Count.Best ?? mention.Count.High));
    }

    [Fact]
    public void No_one_for_two_outcomes_joined_by_or_is_none_of_each()
    {
        var mentions = CasualtyScanner.Find("No civilians were wounded or killed in this precision strike.");

        Assert.Equal([(CasualtyOutcome.Injured, 0L), (CasualtyOutcome.Killed, 0L)], mentions.Select(m => (m.Outcome, m.Count.Best ?? -1)));
        Assert.All(mentions, m => Assert.True(m.Count.IsExact));
    }

    [Fact]
    public void One_figure_with_no_upper_bound_for_two_outcomes_leaves_each_unknown()
    {
        var mentions = CasualtyScanner.Find("At least 30 people were killed or injured in the blast.");

        Assert.Equal([(CasualtyOutcome.Killed, true), (CasualtyOutcome.Injured, true)], mentions.Select(m => (m.Outcome, m.Count.IsUnknown)));
    }

    [Fact]
    public void A_participle_naming_one_of_the_people_counted_counts_no_one() =>
        Assert.Empty(CasualtyScanner.Find("The insurgent killed was identified as a commander of the insurgent cell."));

    [Fact]
    public void Two_passive_clauses_joined_by_and_keep_their_own_subjects()
    {
        var mentions = CasualtyScanner.Find("A Haqqani network cell leader was captured and two suspected insurgents were detained by the force.");

        Assert.Equal([1L, 2L], mentions.Select(m => m.Count.Low ?? m.Count.Best ?? 0).ToArray());
    }

    [Fact]
    public void An_apposition_picking_one_of_the_people_leaves_the_count_to_the_people()
    {
        var mentions = CasualtyScanner.Find("Two insurgents, one of them the targeted Taliban commander, were killed.");
        var mention = Assert.Single(mentions, m => m.Whole is null);
        var part = Assert.Single(mentions, m => m.Whole is not null);

        Assert.Equal((2L, "insurgents"), (mention.Count.Best!.Value, mention.Victims));
        Assert.Equal((1L, mention.Span), (part.Count.Best!.Value, part.Whole!.Value));
    }

    [Fact]
    public void The_one_a_relative_clause_is_about_is_one_person()
    {
        var mention = Assert.Single(CasualtyScanner.Find("Questioning helped identify the facilitator, who was detained at the scene."));

        Assert.Equal((1L, "facilitator"), (mention.Count.Best!.Value, mention.Victims));
    }

    [Theory]
    [InlineData("a strike on a medical clinic in western Iraq that killed seven members of the security forces", "Killed", 7L, "SecurityForces")]
    [InlineData("a drone strike near Qaim killed at least four members of the Iraqi security forces late on Friday", "Killed", 4L, "SecurityForces")]
    [InlineData("It killed two members of the Afghan National Army near the border.", "Killed", 2L, "Military")]
    [InlineData("15 of its fighters were killed in the strikes", "Killed", 15L, "Combatants")]
    [InlineData("Initial reports indicate three insurgents have been killed.", "Killed", 3L, "Combatants")]
    [InlineData("A Taliban leader was killed.", "Killed", 1L, "Combatants")]
    [InlineData("an Afghan and coalition force killed the Taliban leader, Alaudin.", "Killed", 1L, "Combatants")]
    [InlineData("Two suspected insurgents were detained and taken in for questioning.", "Detained", 2L, "Combatants")]
    [InlineData("The force detained several suspected insurgents.", "Detained", 3L, "Combatants")]
    [InlineData("No one was hurt in the blast.", "Injured", 0L, "Unknown")]
    [InlineData("at least 20 civilians were killed", "Killed", 20L, "Civilians")]
    public void The_count_belongs_to_its_predicate(string text, string outcome, long low, string category)
    {
        var mention = Assert.Single(CasualtyScanner.Find(text));

        Assert.Equal(outcome, mention.Outcome.ToString());
        Assert.Equal(low, mention.Count.Low ?? mention.Count.Best);
        Assert.Equal(category, mention.Category.ToString());
        Assert.Equal(text.Substring(mention.Span.Start, mention.Span.Length), mention.Text);
    }

    [Fact]
    public void Killing_two_and_wounding_five_gives_two_figures()
    {
        var mentions = CasualtyScanner.Find("The gunmen opened fire, killing two and wounding five.");

        Assert.Equal([(CasualtyOutcome.Killed, 2L), (CasualtyOutcome.Injured, 5L)], mentions.Select(m => (m.Outcome, m.Count.Best ?? 0)));
    }

    [Fact]
    public void A_named_person_and_a_count_joined_by_and_are_added_up()
    {
        var mention = Assert.Single(CasualtyScanner.Find("The force killed the Taliban commander Fayez Jan and one additional insurgent during an operation."));

        Assert.Equal(Estimate.AtLeast(2).Low, mention.Count.Low);
    }

    [Fact]
    public void A_number_that_does_not_count_people_is_not_taken()
    {
        Assert.Empty(CasualtyScanner.Find("44 pounds of explosives were seized and destroyed."));
        Assert.DoesNotContain(CasualtyScanner.Find("44 pounds of explosives were found where insurgents were detained."), m => m.Count.Best == 44);
    }

    [Fact]
    public void No_one_hurt_is_an_exact_zero()
    {
        var mention = Assert.Single(CasualtyScanner.Find("No one was hurt."));

        Assert.True(mention.Count.IsExact);
        Assert.Equal(0, mention.Count.Best);
    }

    [Property(MaxTest = 1000)]
    public void Arbitrary_text_never_throws_and_spans_hold_their_text(string text)
    {
        text ??= string.Empty;

        foreach (var mention in CasualtyScanner.Find(text))
        {
            Assert.Equal(text.Substring(mention.Span.Start, mention.Span.Length), mention.Text);
            Assert.Equal(text.Substring(mention.CountSpan.Start, mention.CountSpan.Length).Length, mention.CountSpan.Length);
        }
    }

    [Fact]
    public void Inserting_an_unrelated_sentence_changes_no_figure()
    {
        const string Story = "The strike killed seven members of the security forces. Later, 15 of its fighters were killed.";
        const string Padded = "The strike killed seven members of the security forces. The weather was mild and the roads were open. Later, 15 of its fighters were killed.";

        Assert.Equal(
            CasualtyScanner.Find(Story).Select(m => (m.Outcome, m.Count.Best, m.Victims)),
            CasualtyScanner.Find(Padded).Select(m => (m.Outcome, m.Count.Best, m.Victims)));
    }

    [Fact]
    public void Enormous_figures_joined_by_and_do_not_overflow()
    {
        var mention = Assert.Single(CasualtyScanner.Find("The force killed 9,000,000 trillion insurgents and 9,000,000 trillion fighters."));

        Assert.Equal(long.MaxValue, mention.Count.Low);
    }


    [Theory]
    [InlineData("The security force also detained two suspected insurgents.", "Detained", 2L)]
    [InlineData("ISAF confirmed the capture of a Taliban senior leader.", "Detained", 1L)]
    [InlineData("The force detained the senior leader along with three of his associates.", "Detained", 4L)]
    [InlineData("The force responded to the threat, killing him.", "Killed", 1L)]
    [InlineData("He was engaged and killed.", "Killed", 1L)]
    [InlineData("A drone strike killed at least 12 civilians on Tuesday.", "Killed", 12L)]
    [InlineData("One man was detained during the operation.", "Detained", 1L)]
    [InlineData("The patrol captured a mid-level Taliban leader yesterday.", "Detained", 1L)]
    [InlineData("Security forces took the two occupants of the vehicle into custody.", "Detained", 2L)]
    [InlineData("The air strike killed all three.", "Killed", 3L)]
    public void Press_release_phrasings_give_their_figure(string text, string outcome, long low)
    {
        var mention = Assert.Single(CasualtyScanner.Find(text));

        Assert.Equal(outcome, mention.Outcome.ToString());
        Assert.Equal(low, mention.Count.Low ?? mention.Count.Best);
    }

    [Theory]
    [InlineData("KABUL (June 14) - A force killed the Taliban commander Fayez Jan and one additional insurgent today. The force returned fire, killing Fayez Jan and one additional insurgent.", 2L)]
    [InlineData("KABUL (Jan. 5) - A force detained a Taliban leader today. The force also detained two suspected insurgents.", 3L)]
    [InlineData("KABUL (Sep. 19) - A patrol detained several other insurgents on Sunday. Two additional suspected insurgents were detained for questioning.", 2L)]
    [InlineData("KABUL (Oct. 9) - A force arrested a Taliban leader on Saturday. The arrested leader is a suspect. The detained leader was questioned.", 1L)]
    public void A_release_adds_up_from_its_lead_and_what_the_body_marks_as_more(string text, long total)
    {
        var options = new NumberOptions { VagueAmounts = [.. NumberOptions.Default.VagueAmounts.Where(v => v.Phrase != "several"), new VagueAmount("several", 3, 3)] };
        var mentions = CasualtyScanner.Find(text, options);
        var outcome = mentions[0].Outcome;

        Assert.Equal(total, CasualtyTotals.LowerBound(text, mentions, outcome, text.IndexOf(')', System.StringComparison.Ordinal) + 1));
    }

    [Theory]
    [InlineData("A policeman shot dead three soldiers at a base.", "Military", 3L)]
    [InlineData("Gunmen shot dead three soldiers.", "Military", 3L)]
    [InlineData("20 students were killed on Sunday.", "Civilians", 20L)]
    [InlineData("Gunmen killed 20 worshippers.", "Civilians", 20L)]
    [InlineData("The blast killed four peacekeepers.", "Military", 4L)]
    [InlineData("Two doctors were wounded.", "HealthWorkers", 2L)]
    [InlineData("A bomb exploded, wounding 30, police and hospital officials said.", "Unknown", 30L)]
    public void Shot_dead_takes_its_object_and_the_people_news_counts_have_a_category(string text, string category, long count)
    {
        var mention = Assert.Single(CasualtyScanner.Find(text));

        Assert.Equal((category, count), (mention.Category.ToString(), mention.Count.Low ?? mention.Count.Best ?? 0));
    }

    [Theory]
    [InlineData("KABUL (Oct. 6) - A patrol killed two insurgents today. He was involved in an IED attack that killed two American soldiers.", 2L)]
    [InlineData("KABUL (Oct. 6) - A patrol killed a Taliban commander today. He was responsible for the deaths of several Afghan civilians.", 1L)]
    [InlineData("KABUL (Oct. 6) - A patrol killed a Taliban leader today. One local national child was killed during the operation.", 2L)]
    public void A_later_figure_of_other_people_counts_unless_told_in_passing(string text, long total)
    {
        var mentions = CasualtyScanner.Find(text);

        Assert.Equal(total, CasualtyTotals.LowerBound(text, mentions, CasualtyOutcome.Killed, text.IndexOf(')', System.StringComparison.Ordinal) + 1));
    }

    [Theory]
    [InlineData("Militants executed 12 prisoners on Monday.", 12L)]
    [InlineData("Islamic State beheaded two hostages.", 2L)]
    [InlineData("Troops massacred 40 villagers.", 40L)]
    [InlineData("Gunmen murdered three aid workers.", 3L)]
    public void Verbs_of_killing_other_than_killed_give_a_toll(string text, long count)
    {
        var mention = Assert.Single(CasualtyScanner.Find(text));

        Assert.Equal((CasualtyOutcome.Killed, count), (mention.Outcome, mention.Count.Best ?? 0));
    }

    [Theory]
    [InlineData("Police executed a search warrant on Monday.")]
    [InlineData("The regime executed the plan.")]
    public void Executed_of_no_people_is_no_toll(string text)
    {
        Assert.Empty(CasualtyScanner.Find(text));
    }

    [Theory]
    [InlineData("Jamal Khashoggi was strangled as soon as he entered the consulate.", "Jamal Khashoggi")]
    [InlineData("Governor Ahmad Khan was killed on Monday.", "Governor Ahmad Khan")]
    [InlineData("The ambassador was assassinated in Ankara.", "The ambassador")]
    [InlineData("Hezbollah's commander was killed in the strike.", "Hezbollah's commander")]
    [InlineData("Imran Khan was detained at a court on Tuesday.", "Imran Khan")]
    [InlineData("A drone strike killed its top general at the airport.", "its top general")]
    public void One_person_named_or_spoken_of_is_one(string text, string phrase)
    {
        var mention = Assert.Single(CasualtyScanner.Find(text));

        Assert.Equal((1L, phrase), (mention.Count.Best ?? 0, mention.Count.Phrase));
    }

    [Theory]
    [InlineData("A strike hit a Taliban commander. The commander was killed in the strike.")]
    [InlineData("Nobody was killed.")]
    public void A_person_introduced_before_or_nobody_is_no_one_more(string text)
    {
        Assert.DoesNotContain(CasualtyScanner.Find(text), m => m.Count.Best == 1);
    }

    [Theory]
    [InlineData("Police shot dead a Palestinian in Jenin.", "a Palestinian")]
    [InlineData("Gunmen killed an Afghan near Kabul.", "an Afghan")]
    public void A_peoples_name_alone_after_a_is_one_of_them(string text, string phrase)
    {
        var mention = Assert.Single(CasualtyScanner.Find(text));

        Assert.Equal((1, phrase), (mention.Count.Best, mention.Count.Phrase));
    }

    [Theory]
    [InlineData("Jets killed a Syrian Kurdish commander.", "a Syrian Kurdish commander")]
    [InlineData("Troops killed an Afghan soldier.", "an Afghan soldier")]
    public void A_peoples_name_before_a_noun_is_the_nouns(string text, string phrase)
    {
        Assert.Equal(phrase, Assert.Single(CasualtyScanner.Find(text)).Count.Phrase);
    }

    [Theory]
    [InlineData("At least 30 soldiers including two officers were killed.", 30)]
    [InlineData("At least 30 soldiers, including two officers, were killed.", 30)]
    [InlineData("They secured 15 people, including two people who had been wounded.", 2)]
    public void A_count_of_some_of_those_counted_before_it_leaves_the_subject_the_first_count(string text, long low)
    {
        var mentions = CasualtyScanner.Find(text);
        var mention = Assert.Single(mentions, m => m.Whole is null);

        Assert.Equal(low, mention.Count.Low ?? mention.Count.Best);
        Assert.All(mentions.Where(m => m.Whole is not null), m => Assert.Equal(mention.Span, m.Whole));
    }

    [Theory]
    [InlineData("A missile killed at least 12 people and wounded 40 others on Wednesday.", VictimCategory.Civilians)]
    [InlineData("Gunmen killed three soldiers and wounded five others.", VictimCategory.Military)]
    [InlineData("A bomb exploded, killing at least 59 people and wounding 157.", VictimCategory.Civilians)]
    [InlineData("The ministry said 2,012 people had been killed and 2,059 injured.", VictimCategory.Civilians)]
    public void Others_counted_after_a_count_in_its_sentence_are_of_its_kind(string text, VictimCategory category)
    {
        var mentions = CasualtyScanner.Find(text);

        Assert.Equal([category, category], mentions.Select(m => m.Category));
    }

    [Fact]
    public void Others_with_no_count_before_them_in_the_sentence_stay_of_no_kind()
    {
        Assert.Equal(VictimCategory.Unknown, Assert.Single(CasualtyScanner.Find("The blast wounded five others.")).Category);
    }

    [Theory]
    [InlineData("\"We lost 17 soldiers,\" he said.", 17, VictimCategory.Military)]
    [InlineData("The army said it lost two of its men in the attack.", 2, VictimCategory.Unknown)]
    [InlineData("At least 12 people lost their lives in the floods.", 12, VictimCategory.Civilians)]
    public void People_lost_are_dead(string text, long count, VictimCategory category)
    {
        var mention = Assert.Single(CasualtyScanner.Find(text));

        Assert.Equal((CasualtyOutcome.Killed, count, category), (mention.Outcome, mention.Count.Low ?? mention.Count.Best, mention.Category));
    }

    [Theory]
    [InlineData("The party lost three seats.")]
    [InlineData("Shares lost 5 percent on Monday.")]
    [InlineData("The rebels lost 17 tanks in the battle.")]
    [InlineData("The losing presidential candidate appealed.")]
    public void Things_lost_are_no_figure(string text)
    {
        Assert.Empty(CasualtyScanner.Find(text));
    }

    [Theory]
    [InlineData("The blast killed 5 soldiers and 11 others were wounded.")]
    [InlineData("\"We lost 17 soldiers and 11 others were wounded,\" he said.")]
    public void The_object_of_a_verb_of_harm_is_no_subject_of_the_next_clause(string text)
    {
        var mentions = CasualtyScanner.Find(text);

        Assert.Equal([(CasualtyOutcome.Killed, VictimCategory.Military), (CasualtyOutcome.Injured, VictimCategory.Military)], mentions.Select(m => (m.Outcome, m.Category)));
        Assert.Equal(11, mentions[1].Count.Best);
    }

    [Theory]
    [InlineData("Boko Haram militants seized 276 schoolgirls from Chibok.", 276)]
    [InlineData("The gunmen seized two of the students.", 2)]
    public void People_seized_are_taken(string text, long count)
    {
        var mention = Assert.Single(CasualtyScanner.Find(text));

        Assert.Equal((CasualtyOutcome.Abducted, count), (mention.Outcome, mention.Count.Low ?? mention.Count.Best));
    }

    [Theory]
    [InlineData("Rebels seized two villages.")]
    [InlineData("Rebels seized 17 tanks.")]
    public void Places_and_things_seized_are_no_figure(string text)
    {
        Assert.Empty(CasualtyScanner.Find(text));
    }
}
