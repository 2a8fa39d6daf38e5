using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using Sitrep.Text;
using Sitrep.Text.Dates;
using Sitrep.Text.TimeExpressions;

namespace Sitrep.Tests.Text.TimeExpressions;

/// <summary>Time expressions as TIMEX3 has them: extent, type, value, modifier, anchor, on news sentences.</summary>
public sealed class TimeExpressionScannerTests
{
    // A Friday.
    private static readonly LocalDate Published = new(2013, 3, 22);

    [Theory]
    [InlineData("Officials said now is the time.", "now", "DATE", "PRESENT_REF", "")]
    [InlineData("The district is currently calm.", "currently", "DATE", "PRESENT_REF", "")]
    [InlineData("He had recently returned.", "recently", "DATE", "PAST_REF", "")]
    [InlineData("In the past, raids were rare.", "the past", "DATE", "PAST_REF", "")]
    [InlineData("Peace in the near future is unlikely.", "the near future", "DATE", "FUTURE_REF", "")]
    [InlineData("Turnout fell in 2009 and rose later.", "2009", "DATE", "2009", "")]
    [InlineData("The clinic opened in '58 and closed later.", "'58", "DATE", "1958", "")]
    [InlineData("The war of the 1990s left scars.", "the 1990s", "DATE", "199", "")]
    [InlineData("A relic of the '90s remained.", "the '90s", "DATE", "199", "")]
    [InlineData("Fighting in the 20th century was worse.", "the 20th century", "DATE", "19", "")]
    [InlineData("The talks resumed in March after a pause.", "March", "DATE", "2013-03", "")]
    [InlineData("The offensive began in early March.", "early March", "DATE", "2013-03", "START")]
    [InlineData("Troops withdrew in late 2011.", "late 2011", "DATE", "2011", "END")]
    [InlineData("Elections are due in mid-2014.", "mid-2014", "DATE", "2014", "MID")]
    [InlineData("Aid will rise by the end of the year.", "the end of the year", "DATE", "2013", "END")]
    [InlineData("The ceasefire held last summer.", "last summer", "DATE", "2012-SU", "")]
    [InlineData("Camps flooded this winter.", "this winter", "DATE", "2013-WI", "")]
    [InlineData("The summer of 2010 was the worst.", "The summer of 2010", "DATE", "2010-SU", "")]
    [InlineData("Troops leave next year.", "next year", "DATE", "2014", "")]
    [InlineData("Talks resume next month.", "next month", "DATE", "2013-04", "")]
    [InlineData("The vote is next week.", "next week", "DATE", "2013-W13", "")]
    [InlineData("Rockets fell over the weekend.", "the weekend", "DATE", "2013-W11-WE", "")]
    [InlineData("The mosque was built three years ago.", "three years ago", "DATE", "2010", "")]
    [InlineData("He was seized two weeks ago.", "two weeks ago", "DATE", "2013-W10", "")]
    [InlineData("Profits fell in the first quarter of 2012.", "the first quarter of 2012", "DATE", "2012-Q1", "")]
    [InlineData("Violence rose in the second half of last year.", "the second half of last year", "DATE", "2012-H2", "")]
    [InlineData("The budget for this fiscal year is smaller.", "this fiscal year", "DATE", "FY2013", "")]
    [InlineData("The deficit grew in the last fiscal year.", "last fiscal year", "DATE", "FY2012", "")]
    [InlineData("It expects fiscal 1998 sales to top $2 billion.", "fiscal 1998", "DATE", "FY1998", "")]
    [InlineData("Shops reopen tomorrow.", "tomorrow", "DATE", "2013-03-23", "")]
    [InlineData("The convoy left at 8 p.m. on the same road.", "8 p.m.", "TIME", "2013-03-22T20:00", "")]
    [InlineData("The blast came at 15:00 GMT Saturday.", "15:00 GMT Saturday", "TIME", "2013-03-16T15:00", "")]
    [InlineData("The curfew starts at 0800 GMT.", "0800 GMT", "TIME", "2013-03-22T08:00", "")]
    [InlineData("Shelling began at 6am.", "6am", "TIME", "2013-03-22T06:00", "")]
    [InlineData("They met at noon.", "noon", "TIME", "2013-03-22T12:00", "")]
    [InlineData("Gunmen attacked on Tuesday morning.", "Tuesday morning", "TIME", "2013-03-19TMO", "")]
    [InlineData("The siege lasted three days.", "three days", "DURATION", "P3D", "")]
    [InlineData("He served 18 months in prison.", "18 months", "DURATION", "P18M", "")]
    [InlineData("It took two and a half years.", "two and a half years", "DURATION", "P2.5Y", "")]
    [InlineData("The meeting ran half an hour late.", "half an hour", "DURATION", "PT30M", "")]
    [InlineData("He received a 10-year sentence.", "10-year", "DURATION", "P10Y", "")]
    [InlineData("Prices doubled over the past two years.", "the past two years", "DURATION", "P2Y", "")]
    [InlineData("Clashes eased in recent weeks.", "recent weeks", "DURATION", "PXW", "")]
    [InlineData("Aid is needed for the coming months.", "the coming months", "DURATION", "PXM", "")]
    [InlineData("Rates will rise over the coming quarters.", "the coming quarters", "DURATION", "PXQ", "")]
    [InlineData("Families waited for years.", "years", "DURATION", "PXY", "")]
    [InlineData("The war lasted more than a decade.", "more than a decade", "DURATION", "P1DE", "MORE_THAN")]
    [InlineData("The march took about three hours.", "about three hours", "DURATION", "PT3H", "APPROX")]
    [InlineData("Power returned after several days.", "several days", "DURATION", "PXD", "")]
    [InlineData("Patrols pass every day.", "every day", "SET", "P1D", "")]
    [InlineData("Convoys run every other week.", "every other week", "SET", "P2W", "")]
    [InlineData("The market opens on Mondays.", "Mondays", "SET", "XXXX-WXX-1", "")]
    [InlineData("The report is published annually.", "annually", "SET", "P1Y", "")]
    [InlineData("Floods return each season.", "each season", "SET", "P3M", "")]
    [InlineData("The market opens every Monday at 4pm.", "every Monday at 4pm", "SET", "XXXX-WXX-1T16:00", "")]
    [InlineData("Sirens sound at 9am on Sundays.", "9am on Sundays", "SET", "XXXX-WXX-7T09:00", "")]
    [InlineData("He was held for 1 year 2 months and 10 days.", "1 year 2 months and 10 days", "DURATION", "P1Y2M10D", "")]
    [InlineData("They met 1 month 21 days ago.", "1 month 21 days ago", "DATE", "2013-02-01", "")]
    [InlineData("The vigil lasted all night.", "all night", "DURATION", "P1D", "")]
    [InlineData("Talks stalled for another week.", "another week", "DURATION", "P1W", "")]
    [InlineData("The blast came at 7:56:30 pm.", "7:56:30 pm", "TIME", "2013-03-22T19:56:30", "")]
    [InlineData("Troops left at 1140 a.m.", "1140 a.m.", "TIME", "2013-03-22T11:40", "")]
    [InlineData("Aid arrives the day after tomorrow.", "the day after tomorrow", "DATE", "2013-03-24", "")]
    [InlineData("The vote is the week after next.", "the week after next", "DATE", "2013-W14", "")]
    [InlineData("The court sits on Tuesday next week.", "Tuesday next week", "DATE", "2013-03-26", "")]
    [InlineData("The court sits next week on Tuesday.", "next week on Tuesday", "DATE", "2013-03-26", "")]
    [InlineData("Rebels took the town in March last year.", "March last year", "DATE", "2012-03", "")]
    [InlineData("The ceasefire began on the fourth of March.", "the fourth of March", "DATE", "2013-03-04", "")]
    [InlineData("Elections were held on May the eleventh, 2011.", "May the eleventh, 2011", "DATE", "2011-05-11", "")]
    [InlineData("The raid came in the early morning.", "early morning", "TIME", "2013-03-22TMO", "START")]
    [InlineData("The budget runs to the end of the month.", "the end of the month", "DATE", "2013-03", "END")]
    [InlineData("Figures are due by end of year.", "end of year", "DATE", "2013", "END")]
    [InlineData("Fighting peaked in the first week of 2012.", "the first week of 2012", "DATE", "2012-W01", "")]
    [InlineData("Shops reopened on the previous Monday.", "the previous Monday", "DATE", "2013-03-18", "")]
    [InlineData("Talks resume the second Monday of next month.", "the second Monday of next month", "DATE", "2013-04-08", "")]
    [InlineData("The curfew starts tonight at 7.", "tonight at 7", "TIME", "2013-03-22T19:00", "")]
    [InlineData("On Friday at 3 p.m. the shelling began.", "Friday at 3 p.m.", "TIME", "2013-03-22T15:00", "")]
    [InlineData("It happened at 8 in the morning.", "8 in the morning", "TIME", "2013-03-22T08:00", "")]
    [InlineData("The convoy left Tuesday in the morning.", "Tuesday in the morning", "TIME", "2013-03-19TMO", "")]
    [InlineData("Fighting peaked in the 3rd week of 2012.", "the 3rd week of 2012", "DATE", "2012-W03", "")]
    [InlineData("Sales fell in the last week of 2012.", "the last week of 2012", "DATE", "2012-W52", "")]
    [InlineData("Exports rose from a year earlier.", "a year earlier", "DATE", "2012", "")]
    [InlineData("The raid came on the morning of March 3.", "the morning of March 3", "TIME", "2013-03-03TMO", "")]
    [InlineData("He died hours after the blast.", "hours", "DURATION", "PTXH", "")]
    [InlineData("It was the deadliest attack to date.", "to date", "DATE", "PRESENT_REF", "")]
    [InlineData("We have no comment at the moment.", "the moment", "DATE", "PRESENT_REF", "")]
    [InlineData("Talks resumed three days after March 12th.", "three days after March 12th", "DATE", "2013-03-15", "")]
    [InlineData("The vote falls two weeks before May 13 1999.", "two weeks before May 13 1999", "DATE", "1999-04-29", "")]
    [InlineData("Aid will arrive two days from tomorrow.", "two days from tomorrow", "DATE", "2013-03-25", "")]
    [InlineData("Talks resume on the 15th day of next month.", "the 15th day of next month", "DATE", "2013-04-15", "")]
    [InlineData("Talks resume 20th of next month.", "20th of next month", "DATE", "2013-04-20", "")]
    [InlineData("The third of last month saw clashes.", "The third of last month", "DATE", "2013-02-03", "")]
    [InlineData("Patrols run on Sunday nights.", "Sunday nights", "SET", "XXXX-WXX-7TNI", "")]
    [InlineData("Talks began in the first week of this year.", "the first week of this year", "DATE", "2013-W01", "")]
    [InlineData("Elections come in the third week next year.", "the third week next year", "DATE", "2014-W03", "")]
    [InlineData("Markets open on Friday mornings.", "Friday mornings", "SET", "XXXX-WXX-5TMO", "")]
    [InlineData("The war began in June of 1992.", "June of 1992", "DATE", "1992-06", "")]
    [InlineData("The siege ended on July 4th of 1995.", "July 4th of 1995", "DATE", "1995-07-04", "")]
    [InlineData("The talks opened on 28 June in 2020.", "28 June in 2020", "DATE", "2020-06-28", "")]
    [InlineData("Plans for Dec, 2018 were dropped.", "Dec, 2018", "DATE", "2018-12", "")]
    [InlineData("Release dated 05-Aug-2016 follows.", "05-Aug-2016", "DATE", "2016-08-05", "")]
    [InlineData("Fighting resumed in 2016 June after a lull.", "2016 June", "DATE", "2016-06", "")]
    [InlineData("Figures for the 2014-15 season fell.", "2014", "DATE", "2014", "")]
    [InlineData("The blast came at half past eight.", "half past eight", "TIME", "2013-03-22T08:30", "")]
    [InlineData("It hit at a quarter to 8 in the morning.", "a quarter to 8 in the morning", "TIME", "2013-03-22T07:45", "")]
    [InlineData("Shots rang out at ten past 9 in the evening.", "ten past 9 in the evening", "TIME", "2013-03-22T21:10", "")]
    [InlineData("Sirens sounded at 20 minutes past eight.", "20 minutes past eight", "TIME", "2013-03-22T08:20", "")]
    [InlineData("Sirens sounded at three quarters past 9pm.", "three quarters past 9pm", "TIME", "2013-03-22T21:45", "")]
    [InlineData("Sirens sounded at twenty to ten p.m. on Friday.", "twenty to ten p.m. on Friday", "TIME", "2013-03-22T21:40", "")]
    [InlineData("Sirens sounded at a quarter to one.", "a quarter to one", "TIME", "2013-03-22T12:45", "")]
    [InlineData("The convoy left 11ish.", "11ish", "TIME", "2013-03-22T11:00", "APPROX")]
    [InlineData("The convoy left 11-ish.", "11-ish", "TIME", "2013-03-22T11:00", "APPROX")]
    [InlineData("The convoy left noonish.", "noonish", "TIME", "2013-03-22T12:00", "APPROX")]
    [InlineData("The convoy left at mid-day.", "mid-day", "TIME", "2013-03-22T12:00", "")]
    [InlineData("The convoy left at mid night.", "mid night", "TIME", "2013-03-21T24:00", "")]
    [InlineData("Mortars fell in the afternoon at 3.", "the afternoon at 3", "TIME", "2013-03-22T15:00", "")]
    [InlineData("Mortars fell afternoon 3:30.", "afternoon 3:30", "TIME", "2013-03-22T15:30", "")]
    [InlineData("Mortars fell at 8pm in the evening.", "8pm in the evening", "TIME", "2013-03-22T20:00", "")]
    [InlineData("Mortars fell at 15:00 GMT, Tuesday.", "15:00 GMT, Tuesday", "TIME", "2013-03-19T15:00", "")]
    [InlineData("The ceasefire broke a fortnight later.", "a fortnight later", "DATE", "2013-W14", "")]
    [InlineData("The ceasefire broke 1 year 2 months later.", "1 year 2 months later", "DATE", "2014-05-22", "")]
    [InlineData("They arrived 13 Sept nineteen seventy two.", "13 Sept nineteen seventy two", "DATE", "1972-09-13", "")]
    [InlineData("It was signed on September 10, nineteen zero one.", "September 10, nineteen zero one", "DATE", "1901-09-10", "")]
    [InlineData("The war began in June of nineteen ninety two.", "June of nineteen ninety two", "DATE", "1992-06", "")]
    [InlineData("It was founded in nineteen twenty eight.", "nineteen twenty eight", "DATE", "1928", "")]
    [InlineData("Drills ran in the spring of two thousand and eight.", "the spring of two thousand and eight", "DATE", "2008-SP", "")]
    [InlineData("Talks will resume on tues.", "tues", "DATE", "2013-03-26", "")]
    [InlineData("Talks resume tmrw.", "tmrw", "DATE", "2013-03-23", "")]
    [InlineData("Talks will resume on Jan first.", "Jan first", "DATE", "2014-01-01", "")]
    [InlineData("Talks will resume on May twenty-first.", "May twenty-first", "DATE", "2013-05-21", "")]
    [InlineData("It was signed on jan twenty two, 2018.", "jan twenty two, 2018", "DATE", "2018-01-22", "")]
    [InlineData("The raid began on the 5th at 4 a.m.", "the 5th at 4 a.m.", "TIME", "2013-03-05T04:00", "")]
    [InlineData("The raid began on 15, 8pm.", "15, 8pm", "TIME", "2013-03-15T20:00", "")]
    [InlineData("The raid began at 8pm on the 15th.", "8pm on the 15th", "TIME", "2013-03-15T20:00", "")]
    [InlineData("Flights resume at 9p.", "9p", "TIME", "2013-03-22T21:00", "")]
    [InlineData("The office is closed at this time.", "this time", "DATE", "PRESENT_REF", "")]
    [InlineData("Aid will come as soon as possible.", "as soon as possible", "DATE", "FUTURE_REF", "")]
    [InlineData("Exports are down 20% in the year to date.", "year to date", "DATE", "2013", "")]
    [InlineData("Elections come in the third month of 2021.", "the third month of 2021", "DATE", "2021-03", "")]
    [InlineData("The truce held and fighting resumed next day.", "next day", "DATE", "2013-03-23", "")]
    [InlineData("Talks will resume after feb, officials said.", "feb", "DATE", "2014-02", "")]
    [InlineData("Polls close in may.", "may", "DATE", "2013-05", "")]
    [InlineData("Polls closed in may.", "may", "DATE", "2012-05", "")]
    [InlineData("Inspections run bi-weekly.", "bi-weekly", "SET", "P2W", "")]
    [InlineData("The curfew lasted 3 h.", "3 h", "DURATION", "PT3H", "")]
    [InlineData("Aid must arrive by the end of tomorrow.", "the end of tomorrow", "DATE", "2013-03-23", "END")]
    [InlineData("Elections are due in June next year.", "June next year", "DATE", "2014-06", "")]
    [InlineData("The siege ended on the fourth of July of 1995.", "the fourth of July of 1995", "DATE", "1995-07-04", "")]
    [InlineData("The truce will end two months after next Friday.", "two months after next Friday", "DATE", "2013-05-29", "")]
    [InlineData("They left in nineteen ninety six and came back.", "nineteen ninety six", "DATE", "1996", "")]
    [InlineData("The conference was in October two thousand and five.", "October two thousand and five", "DATE", "2005-10", "")]
    [InlineData("She was born on twenty five January nineteen eighty six.", "twenty five January nineteen eighty six", "DATE", "1986-01-25", "")]
    [InlineData("Talks will resume on Tuesday the twenty-sixth.", "Tuesday the twenty-sixth", "DATE", "2013-03-26", "")]
    [InlineData("Aid must arrive before the thirty-first day of the month.", "the thirty-first day of the month", "DATE", "2013-03-31", "")]
    [InlineData("Talks will resume on the twenty third day of September.", "twenty third day of September", "DATE", "2013-09-23", "")]
    [InlineData("The siege lasted twenty five days.", "twenty five days", "DURATION", "P25D", "")]
    [InlineData("Unions held twenty one-day strikes.", "one-day", "DURATION", "P1D", "")]
    [InlineData("Aid must arrive by the end of the day.", "the end of the day", "DATE", "2013-03-22", "END")]
    [InlineData("Aid must arrive end of day.", "end of day", "DATE", "2013-03-22", "END")]
    [InlineData("Aid must arrive end of tomorrow.", "end of tomorrow", "DATE", "2013-03-23", "END")]
    [InlineData("Talks will resume in two weeks.", "two weeks", "DATE", "2013-W14", "")]
    [InlineData("Talks will resume in five days.", "five days", "DATE", "2013-03-27", "")]
    [InlineData("They will vote in two years' time.", "two years' time", "DATE", "2015", "")]
    [InlineData("The army took the town in two weeks.", "two weeks", "DURATION", "P2W", "")]
    [InlineData("The siege lasted one and a half years.", "one and a half years", "DURATION", "P1.5Y", "")]
    [InlineData("The truce held one year and a quarter.", "one year and a quarter", "DURATION", "P1.25Y", "")]
    [InlineData("Talks resume on the 15th day of June.", "15th day of June", "DATE", "2013-06-15", "")]
    [InlineData("Talks will resume in the 9th month of next year.", "the 9th month of next year", "DATE", "2014-09", "")]
    [InlineData("The clinic opened in April of 87.", "April of 87", "DATE", "1987-04", "")]
    [InlineData("The clinic opened on 15 April of '87.", "15 April of '87", "DATE", "1987-04-15", "")]
    [InlineData("Fighting peaked in week 10.", "week 10", "DATE", "2013-W10", "")]
    [InlineData("Talks will end this working week.", "this working week", "DATE", "2013-W12", "")]
    [InlineData("Patrols go out everyday.", "everyday", "SET", "P1D", "")]
    [InlineData("The raid began at 9.am.", "9.am", "TIME", "2013-03-22T09:00", "")]
    [InlineData("Shots were heard 12 in the night.", "12 in the night", "TIME", "2013-03-22T24:00", "")]
    [InlineData("The crossing opens today pm.", "today pm", "TIME", "2013-03-22TAF", "")]
    [InlineData("The log reads Wed Oct 26 15:50:06 2016.", "Oct 26 15:50:06 2016", "TIME", "2016-10-26T15:50:06", "")]
    [InlineData("The order is dated 16. Nov. 2016.", "16. Nov. 2016", "DATE", "2016-11-16", "")]
    [InlineData("The meeting moved to 12:30 December 27th.", "12:30 December 27th", "TIME", "2012-12-27T12:30", "")]
    [InlineData("The convoy will leave on may the eleventh.", "may the eleventh", "DATE", "2013-05-11", "")]
    [InlineData("Leaders will meet on Monday of next week.", "Monday of next week", "DATE", "2013-03-25", "")]
    [InlineData("The attack came on the 15th.", "the 15th", "DATE", "2013-03-15", "")]
    [InlineData("Talks will resume on the twenty second, officials said.", "the twenty second", "DATE", "2013-03-22", "")]
    [InlineData("He was killed on the 3rd and buried later.", "the 3rd", "DATE", "2013-03-03", "")]
    [InlineData("Nobody came that weekend.", "that weekend", "DATE", "XXXX-WXX-WE", "")]
    [InlineData("Fighting began on Friday, March 15, 2013, officials said.", "Friday, March 15, 2013", "DATE", "2013-03-15", "")]
    [InlineData("They met on 5 December 1391.", "5 December 1391", "DATE", "1391-12-05", "")]
    [InlineData("The market was hit at around noon.", "around noon", "TIME", "2013-03-22T12:00", "APPROX")]
    [InlineData("Repairs could take a year or more.", "a year or more", "DURATION", "P1Y", "EQUAL_OR_MORE")]
    [InlineData("The curfew lasted two weeks or less.", "two weeks or less", "DURATION", "P2W", "EQUAL_OR_LESS")]
    [InlineData("Militants strike every few weeks.", "every few weeks", "SET", "PXW", "")]
    [InlineData("The bomb exploded at 1 p.m. A second blast followed 20 minutes later.", "20 minutes later", "TIME", "2013-03-22T13:20", "")]
    [InlineData("A bomber struck early on Thursday, the second such attack in a week.", "early on Thursday", "DATE", "2013-03-21", "START")]
    [InlineData("Jets struck in the early hours of Friday.", "the early hours of Friday", "DATE", "2013-03-22", "START")]
    [InlineData("Schools will stay shut for the rest of the week.", "the rest of the week", "DATE", "2013-W12", "")]
    [InlineData("The mandate ends on April 30.", "April 30", "DATE", "2013-04-30", "")]
    [InlineData("He said he would attend the talks in May.", "May", "DATE", "2013-05", "")]
    [InlineData("In 2009, fighting ran from June to August.", "June", "DATE", "2009-06", "")]
    [InlineData("Attacks have doubled since 2009, the UN said in March.", "March", "DATE", "2013-03", "")]
    [InlineData("In 2009 fighting eased. In June, talks began.", "June", "DATE", "2012-06", "")]
    [InlineData("Strikes hit Monday afternoon and continued through the night.", "the night", "TIME", "2013-03-18TNI", "")]
    [InlineData("The mission could last another decade.", "another decade", "DURATION", "P1DE", "")]
    [InlineData("Talks, first scheduled for January 28, were postponed twice.", "January 28", "DATE", "2013-01-28", "")]
    [InlineData("Talks scheduled for May 28 will go ahead.", "May 28", "DATE", "2013-05-28", "")]
    [InlineData("A census planned for early April was postponed.", "early April", "DATE", "2013-04", "START")]
    [InlineData("The handover was due to be completed by March 11.", "March 11", "DATE", "2013-03-11", "")]
    [InlineData("The vote was scheduled for Wednesday.", "Wednesday", "DATE", "2013-03-20", "")]
    [InlineData("A vote that was due on March 30 may slip.", "March 30", "DATE", "2013-03-30", "")]
    [InlineData("Trucks crossed 14 times last week, up from nine the week before.", "the week before", "DATE", "2013-W10", "")]
    [InlineData("The government declared a day of mourning for Monday.", "Monday", "DATE", "2013-03-25", "")]
    [InlineData("He claimed responsibility for the March 30 attack.", "March 30", "DATE", "2012-03-30", "")]
    [InlineData("Evacuations must be completed by March 30.", "March 30", "DATE", "2013-03-30", "")]
    [InlineData("He must have left on March 30.", "March 30", "DATE", "2012-03-30", "")]
    [InlineData("The vote must not be delayed beyond March 30.", "March 30", "DATE", "2013-03-30", "")]
    [InlineData("Cases could exceed 20,000 by early April.", "early April", "DATE", "2013-04", "START")]
    [InlineData("Cases could exceed 20,000, as they did in early April.", "early April", "DATE", "2012-04", "START")]
    [InlineData("The force will reach a hundred by April 30.", "April 30", "DATE", "2013-04-30", "")]
    [InlineData("Attackers killed seven people late last night.", "late last night", "TIME", "2013-03-21TNI", "END")]
    [InlineData("The talks ended early this morning.", "early this morning", "TIME", "2013-03-22TMO", "START")]
    [InlineData("The convoy left late yesterday.", "late yesterday", "DATE", "2013-03-21", "END")]
    [InlineData("They ended a month-long offensive.", "month-long", "DURATION", "P1M", "")]
    [InlineData("The city endured a years-long siege.", "years-long", "DURATION", "PXY", "")]
    [InlineData("Leaders held an hour-long meeting.", "hour-long", "DURATION", "PT1H", "")]
    [InlineData("Evacuations were expected to begin at 5 a.m. on Monday.", "5 a.m. on Monday", "TIME", "2013-03-25T05:00", "")]
    [InlineData("Evacuations were expected to begin at 5 a.m. Monday.", "5 a.m. Monday", "TIME", "2013-03-25T05:00", "")]
    [InlineData("Talks will resume in Doha after Gen. Haftar's visit on March 30.", "March 30", "DATE", "2013-03-30", "")]
    [InlineData("Crowds celebrated in the streets into the evening.", "the evening", "TIME", "2013-03-22TEV", "")]
    [InlineData("Prices rose in June 2012 and fell the month after.", "the month after", "DATE", "2012-07", "")]
    [InlineData("The attacks were carried out over five months.", "five months", "DURATION", "P5M", "")]
    [InlineData("The siege lasted over five months.", "over five months", "DURATION", "P5M", "MORE_THAN")]
    [InlineData("It was the first raid in over a decade.", "over a decade", "DURATION", "P1DE", "MORE_THAN")]
    [InlineData("Soldiers blocked two bridges at about 10.30 p.m. on Friday.", "about 10.30 p.m. on Friday", "TIME", "2013-03-22T22:30", "APPROX")]
    [InlineData("The curfew starts at 08.15 GMT.", "08.15 GMT", "TIME", "2013-03-22T08:15", "")]
    [InlineData("A strike hit on Saturday, and another followed later that day.", "later that day", "DATE", "2013-03-16", "")]
    [InlineData("125 people were killed in the 24 hours to noon.", "the 24 hours", "DURATION", "PT24H", "")]
    [InlineData("Teachers did not expect schools to reopen before the summer.", "the summer", "DATE", "2013-SU", "")]
    [InlineData("In 2001 the campaign began weeks after the attacks of September 11.", "September 11", "DATE", "2001-09-11", "")]
    [InlineData("Officials raised the threat level in 2009 but lowered it in June.", "June", "DATE", "2012-06", "")]
    [InlineData("The quake struck on January 12 at 4:53 p.m. local time.", "January 12 at 4:53 p.m. local time", "TIME", "2013-01-12T16:53", "")]
    [InlineData("In the first 72 hours, rescuers pulled out dozens.", "the first 72 hours", "DURATION", "PT72H", "")]
    [InlineData("In the late 1990s, leaders promised reforms.", "the late 1990s", "DATE", "199", "END")]
    [InlineData("The government declared three days of mourning starting Wednesday.", "Wednesday", "DATE", "2013-03-27", "")]
    [InlineData("Since the beginning of March, 50 people died.", "the beginning of March", "DATE", "2013-03", "START")]
    [InlineData("A blast hit at 8:51 a.m. and another almost an hour later.", "almost an hour later", "TIME", "2013-03-22T09:51", "LESS_THAN")]
    [InlineData("The city fell in December 1500 after a siege.", "December 1500", "DATE", "1500-12", "")]
    [InlineData("New elections could be held in June, the second vote in four months.", "four months", "DURATION", "P4M", "")]
    [InlineData("The index could post its highest gain in five years.", "five years", "DURATION", "P5Y", "")]
    [InlineData("Talks could resume in two weeks.", "two weeks", "DATE", "2013-W14", "")]
    [InlineData("A blast hit at 8:51 a.m. GMT. Another came three hours earlier.", "three hours earlier", "TIME", "2013-03-22T05:51", "")]
    [InlineData("Contact was lost at 1:15 p.m. Rebels spoke late on Thursday. Monitors came on Friday. The plane had left three hours earlier.", "three hours earlier", "TIME", "2013-03-22T10:15", "")]
    [InlineData("She was vaccinated on Tuesday, at 6:31 a.m. at a hospital.", "6:31 a.m.", "TIME", "2013-03-19T06:31", "")]
    [InlineData("Shelling resumed on Friday, 15:00.", "Friday, 15:00", "TIME", "2013-03-22T15:00", "")]
    [InlineData("Employers added jobs in February, the department said on Friday, up from the month before.", "the month before", "DATE", "2013-01", "")]
    [InlineData("The February survey was conducted in the middle of the month.", "the middle of the month", "DATE", "2013-02", "MID")]
    [InlineData("Prices rose in February and will fall by the end of the month.", "the end of the month", "DATE", "2013-03", "END")]
    [InlineData("The plan would cut deficits over the next decade.", "the next decade", "DURATION", "P1DE", "")]
    [InlineData("Growth will pick up in the next decade.", "the next decade", "DATE", "202", "")]
    [InlineData("The agency aims to halve deaths compared with 1990 levels.", "1990", "DATE", "1990", "")]
    [InlineData("The economy grew compared with the previous three months.", "the previous three months", "DURATION", "P3M", "")]
    [InlineData("The 2012 elections were held peacefully.", "2012", "DATE", "2012", "")]
    [InlineData("The Senate on Thursday passed the budget after a session that stretched past 5 a.m.", "5 a.m.", "TIME", "2013-03-22T05:00", "")]
    [InlineData("On Thursday talks began at 1 a.m. and lasted until 4 a.m.", "4 a.m.", "TIME", "2013-03-21T04:00", "")]
    [InlineData("Fighting resumed in the last week of July.", "the last week of July", "DATE", "2012-W30", "")]
    [InlineData("The talks will open in the first week of April.", "the first week of April", "DATE", "2013-W14", "")]
    [InlineData("Votes are counted in the last week of this month.", "the last week of this month", "DATE", "2013-W13", "")]
    [InlineData("The siege eased in the final week of December 2012.", "the final week of December 2012", "DATE", "2012-W52", "")]
    [InlineData("Prices fell in the first week of January 2015.", "the first week of January 2015", "DATE", "2015-W01", "")]
    [InlineData("Prices fell in the first week of October 2016.", "the first week of October 2016", "DATE", "2016-W40", "")]
    [InlineData("Prices fell in the 3rd week of October 2016.", "the 3rd week of October 2016", "DATE", "2016-W42", "")]
    [InlineData("The blast struck in mid-morning.", "mid-morning", "TIME", "2013-03-22TMO", "MID")]
    [InlineData("Shelling resumed at midafternoon on Thursday.", "midafternoon on Thursday", "TIME", "2013-03-21TAF", "MID")]
    [InlineData("A late-afternoon raid killed two.", "late-afternoon", "TIME", "2013-03-22TAF", "END")]
    [InlineData("They plan a vote june of next year.", "june of next year", "DATE", "2014-06", "")]
    [InlineData("Fighting eased in the third week of jan.", "the third week of jan.", "DATE", "2013-W03", "")]
    [InlineData("How about the first week of May?", "the first week of May", "DATE", "2012-W18", "")]
    [InlineData("The talks will resume in a fortnight's time.", "a fortnight's time", "DATE", "2013-W14", "")]
    [InlineData("Talks resume in two weeks' time.", "two weeks' time", "DATE", "2013-W14", "")]
    [InlineData("He spent two nights in jail.", "two nights", "DURATION", "P2D", "")]
    [InlineData("Clashes raged for three consecutive nights.", "three consecutive nights", "DURATION", "P3D", "")]
    [InlineData("The market opens only in the mornings.", "the mornings", "SET", "XXXX-XX-XXTMO", "")]
    [InlineData("Crews worked throughout the whole summer.", "the whole summer", "DATE", "2012-SU", "")]
    [InlineData("The market opens on weekends.", "weekends", "SET", "XXXX-WXX-WE", "")]
    [InlineData("Nurses work weekends and nights.", "weekends", "SET", "XXXX-WXX-WE", "")]
    [InlineData("Will he be back in two days? or in a week?", "a week", "DATE", "2013-W13", "")]
    [InlineData("The deal ends months of political deadlock.", "months", "DURATION", "PXM", "")]
    [InlineData("Economists expect growth to pick up in the second quarter.", "the second quarter", "DATE", "2013-Q2", "")]
    [InlineData("Output rose in the second quarter.", "the second quarter", "DATE", "2012-Q2", "")]
    [InlineData("The company will report second-quarter results in July.", "second-quarter", "DATE", "2013-Q2", "")]
    [InlineData("The company reports fourth-quarter results on April 2.", "fourth-quarter", "DATE", "2012-Q4", "")]
    [InlineData("Growth slowed in the third quarter this year.", "the third quarter this year", "DATE", "2013-Q3", "")]
    [InlineData("Output fell in the last three months of 2012.", "the last three months of 2012", "DATE", "2012-Q4", "")]
    [InlineData("Profit rose in the first six months of last year.", "the first six months of last year", "DATE", "2012-H1", "")]
    [InlineData("In the first three months of the war, 500 died.", "the first three months", "DURATION", "P3M", "")]
    [InlineData("Output rose 0.7 percent in January from the previous month, the ministry said on Tuesday.", "the previous month", "DATE", "2012-12", "")]
    [InlineData("Sentiment hit its highest since April 2010. The index rose from the previous month.", "the previous month", "DATE", "2013-02", "")]
    [InlineData("Output rose in January, and compared with the same month a year earlier it was down.", "the same month a year earlier", "DATE", "2012-01", "")]
    [InlineData("Sales fell in the same week last year.", "the same week last year", "DATE", "2012-W12", "")]
    [InlineData("Unions have called another strike for early April.", "early April", "DATE", "2013-04", "START")]
    [InlineData("Prices have doubled over the past year and a half.", "the past year and a half", "DURATION", "P1.5Y", "")]
    [InlineData("It came after a week and a half of talks.", "a week and a half", "DURATION", "P1.5W", "")]
    [InlineData("The explosion happened at 2:30 p.m. EDT (1830 GMT) on Thursday.", "2:30 p.m. EDT", "TIME", "2013-03-21T14:30", "")]
    [InlineData("The explosion happened at 2:30 p.m. EDT (1830 GMT) on Thursday.", "1830 GMT", "TIME", "2013-03-21T18:30", "")]
    [InlineData("The vote is expected around 11 p.m. ET.", "around 11 p.m. ET", "TIME", "2013-03-22T23:00", "APPROX")]
    [InlineData("The company expects to finish the work by year-end.", "year-end", "DATE", "2013", "END")]
    [InlineData("Banks must report before month-end.", "month-end", "DATE", "2013-03", "END")]
    [InlineData("The deal is expected to close by mid-year.", "mid-year", "DATE", "2013", "MID")]
    [InlineData("Sales slowed at midyear.", "midyear", "DATE", "2013", "MID")]
    [InlineData("He will be formally installed at a Mass on Tuesday.", "Tuesday", "DATE", "2013-03-26", "")]
    [InlineData("Since the early hours of the morning, crowds had gathered.", "the early hours of the morning", "DATE", "2013-03-22", "START")]
    [InlineData("In winter, cases usually peak.", "winter", "DATE", "XXXX-WI", "")]
    [InlineData("In March, prices typically rise.", "March", "DATE", "XXXX-03", "")]
    [InlineData("In March, prices rose, and analysts said they usually rise in spring.", "March", "DATE", "2013-03", "")]
    [InlineData("Talks stalled midweek.", "midweek", "DATE", "2013-W12", "MID")]
    [InlineData("A vote is due mid-month.", "mid-month", "DATE", "2013-03", "MID")]
    [InlineData("Results at year's end were weak.", "year's end", "DATE", "2013", "END")]
    [InlineData("Profit fell in its fiscal first quarter.", "fiscal first quarter", "DATE", "2013-Q1", "")]
    [InlineData("The program's authorization runs out Sept. 30.", "Sept. 30", "DATE", "2013-09-30", "")]
    [InlineData("The blast hit at 10 a.m. Beijing time.", "10 a.m. Beijing time", "TIME", "2013-03-22T10:00", "")]
    [InlineData("When the siege began in April 1992, she was 12. She fled twice a day. Her father was killed that December.", "that December", "DATE", "1992-12", "")]
    [InlineData("The vote in 2010 was close. That May, riots broke out.", "That May", "DATE", "2010-05", "")]
    [InlineData("Ten years ago this week, tanks rolled across the border.", "Ten years ago this week", "DATE", "2003-W12", "")]
    [InlineData("A year ago this month, the war began.", "A year ago this month", "DATE", "2012-03", "")]
    [InlineData("Talks will resume in the new year.", "the new year", "DATE", "2014", "")]
    [InlineData("Prices have risen since the new year.", "the new year", "DATE", "2013", "")]
    [InlineData("His body will lie in state for at least seven more days.", "at least seven more days", "DURATION", "P7D", "EQUAL_OR_MORE")]
    [InlineData("The cold spell could last another two weeks.", "another two weeks", "DURATION", "P2W", "")]
    [InlineData("Millions will travel this weekend, with snow forecast for parts of the north on Good Friday.", "Good Friday", "DATE", "2013-03-29", "")]
    [InlineData("It would begin flights to Warsaw in May and add a second weekly service to Kigali by the end of the summer.", "the end of the summer", "DATE", "2013-SU", "END")]
    [InlineData("Unemployment hit 26.4 percent in December, up from 25.7 percent the month before and 20.8 percent a year earlier.", "the month before", "DATE", "2012-11", "")]
    [InlineData("Unemployment hit 26.4 percent in December, up from 25.7 percent the month before and 20.8 percent a year earlier.", "a year earlier", "DATE", "2011-12", "")]
    [InlineData("Years of war have left the city in ruins.", "Years", "DURATION", "PXY", "")]
    [InlineData("They endured weeks of shelling.", "weeks", "DURATION", "PXW", "")]
    [InlineData("The camps will not survive winter.", "winter", "DATE", "2013-WI", "")]
    [InlineData("Aid must arrive before winter, the agency said.", "winter", "DATE", "2013-WI", "")]
    [InlineData("summer is over.", "summer", "DATE", "2012-SU", "")]
    [InlineData("The blast hit at 1 o'clock lunchtime on Friday.", "1 o'clock lunchtime on Friday", "TIME", "2013-03-22T13:00", "")]
    [InlineData("Markets shut at 12 lunchtime.", "12 lunchtime", "TIME", "2013-03-22T12:00", "")]
    [InlineData("On Oct.23 the army attacked.", "Oct.23", "DATE", "2012-10-23", "")]
    [InlineData("The massacres were carried out three decades ago.", "three decades ago", "DATE", "1983", "")]
    [InlineData("A century ago the city burned.", "A century ago", "DATE", "1913", "")]
    [InlineData("He ordered attacks between April and July 1994.", "April", "DATE", "1994-04", "")]
    [InlineData("Rains fell from December to February 2012.", "December", "DATE", "2011-12", "")]
    [InlineData("The court will close at the end of the year, its mandate expiring on Dec. 31.", "Dec. 31", "DATE", "2013-12-31", "")]
    [InlineData("The court closed at the end of the year, its mandate expiring on Dec. 31.", "Dec. 31", "DATE", "2012-12-31", "")]
    [InlineData("Data on Monday is expected to show a fall.", "Monday", "DATE", "2013-03-25", "")]
    [InlineData("Talks on Monday will focus on trade.", "Monday", "DATE", "2013-03-25", "")]
    [InlineData("The attack on Monday will be investigated.", "Monday", "DATE", "2013-03-18", "")]
    [InlineData("Police on Monday said two died.", "Monday", "DATE", "2013-03-18", "")]
    [InlineData("The truce is due to take effect at 8:30 a.m. local time on Sunday.", "8:30 a.m. local time on Sunday", "TIME", "2013-03-24T08:30", "")]
    [InlineData("The Games, postponed last year because of the pandemic, open on July 23.", "July 23", "DATE", "2013-07-23", "")]
    [InlineData("The Paralympics follow from Aug. 24 to Sept. 5.", "Sept. 5", "DATE", "2013-09-05", "")]
    [InlineData("The border, open on Monday, was closed again.", "Monday", "DATE", "2013-03-18", "")]
    [InlineData("The match kicks off at 7:30 on Sunday evening.", "7:30 on Sunday evening", "TIME", "2013-03-24T19:30", "")]
    [InlineData("The blast went off at 7:45 on Thursday morning.", "7:45 on Thursday morning", "TIME", "2013-03-21T07:45", "")]
    [InlineData("It began at 11 p.m. on Friday night.", "11 p.m. on Friday night", "TIME", "2013-03-22T23:00", "")]
    [InlineData("Engineers restored a line on Thursday evening. A curfew from 10 p.m. to 5 a.m. will stay in force.", "10 p.m.", "TIME", "2013-03-22T22:00", "")]
    [InlineData("Engineers restored a line on Thursday evening. A curfew from 10 p.m. to 5 a.m. will stay in force.", "5 a.m.", "TIME", "2013-03-23T05:00", "")]
    [InlineData("Rebels attacked on Thursday evening. They will attack again at 10 p.m.", "10 p.m.", "TIME", "2013-03-22T22:00", "")]
    [InlineData("Rebels attacked on Thursday evening. The assault began at 10 p.m.", "10 p.m.", "TIME", "2013-03-21T22:00", "")]
    [InlineData("Near-daily shelling hit the town.", "Near-daily", "SET", "P1D", "")]
    [InlineData("New cases fell 14% last week. Deaths fell to 84,000 from 93,000 a week earlier.", "a week earlier", "DATE", "2013-W10", "")]
    [InlineData("The next attempt is set for Saturday, with a backup on Sunday.", "Sunday", "DATE", "2013-03-24", "")]
    [InlineData("The forecast for the weekend gave a 60% chance of rain.", "the weekend", "DATE", "2013-W12-WE", "")]
    [InlineData("The WHO wants 10% of people vaccinated by September.", "September", "DATE", "2013-09", "")]
    [InlineData("The bridge was completed by April.", "April", "DATE", "2012-04", "")]
    [InlineData("Some cash machines were still down by the evening.", "the evening", "TIME", "2013-03-22TEV", "")]
    [InlineData("A curfew will run from 7 p.m. to 6 a.m.", "6 a.m.", "TIME", "2013-03-23T06:00", "")]
    [InlineData("The shop opens from 9 a.m. to 5 p.m.", "5 p.m.", "TIME", "2013-03-22T17:00", "")]
    [InlineData("He will lead a long procession through the old city and celebrate the 7:30 p.m. service on Sunday.", "Sunday", "DATE", "2013-03-24", "")]
    [InlineData("The talks between the two sides will resume in the old capital city soon, according to police on Wednesday.", "Wednesday", "DATE", "2013-03-20", "")]
    [InlineData("Bombs killed 56 people on Thursday, a day before the anniversary of the invasion, which began on March 20, 2003. The bombs went off starting at about 8 a.m.", "about 8 a.m.", "TIME", "2013-03-21T08:00", "APPROX")]
    [InlineData("Bombs killed 56 people on Thursday. The invasion began on March 20, 2003. The first bombs fell at about 5 a.m.", "about 5 a.m.", "TIME", "2003-03-20T05:00", "APPROX")]
    [InlineData("The results will be discussed at a shareholders' meeting in mid-June.", "mid-June", "DATE", "2013-06", "MID")]
    [InlineData("Parents can comment at public hearings over the next month.", "the next month", "DURATION", "P1M", "")]
    [InlineData("He will visit Paris the next month.", "the next month", "DATE", "2013-04", "")]
    [InlineData("Voters rejected the plan in Monday's vote.", "Monday", "DATE", "2013-03-18", "")]
    [InlineData("The plan is to meet on Monday.", "Monday", "DATE", "2013-03-25", "")]
    [InlineData("The deal is due by end-March.", "end-March", "DATE", "2013-03", "END")]
    [InlineData("By end-2013 the debt will be paid.", "end-2013", "DATE", "2013", "END")]
    [InlineData("The army seized power early on Thursday. Protesters had rallied in the capital the day before. The internet was cut at about 5 a.m.", "about 5 a.m.", "TIME", "2013-03-21T05:00", "APPROX")]
    [InlineData("The army seized power early on Thursday. Protesters rallied in the capital on Wednesday. The internet was cut at about 5 a.m.", "about 5 a.m.", "TIME", "2013-03-20T05:00", "APPROX")]
    public void Finds_the_expression_with_its_type_value_and_modifier(string text, string extent, string type, string value, string mod)
    {
        var found = TimeExpressionScanner.Find(text, Published);

        var expression = Assert.Single(found, e => e.Text == extent);
        Assert.Equal((type, value, mod), (TimeMl.TypeName(expression.Type), expression.Value.ToString(), TimeMl.ModifierName(expression.Modifier) ?? string.Empty));
        Assert.Equal(extent, text.Substring(expression.Span.Start, expression.Span.Length));
    }

    [Theory]
    [InlineData("Afternoon 7:00 on the 15th the raid began.", "Afternoon 7:00 on the 15th", "2013-03-15T19:00")]
    [InlineData("Morning at 7 the raid began.", "Morning at 7", "2013-03-22T07:00")]
    public void A_part_of_the_day_with_its_clock_time_reads_at_the_start_of_a_text(string text, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published));

        Assert.Equal((extent, value), (expression.Text, expression.Value.ToString()));
    }

    [Theory]
    [InlineData("The offensive began in summer nineteen ninety.")]
    [InlineData("Growth slowed in Q1 nineteen ninety.")]
    [InlineData("Growth slowed in 2012-Q1 nineteen ninety.")]
    public void A_year_in_words_after_a_season_or_quarter_never_throws(string text)
    {
        var found = TimeExpressionScanner.Find(text, Published);

        Assert.All(found, e => Assert.Equal(e.Text, text.Substring(e.Span.Start, e.Span.Length)));
    }

    [Fact]
    public void A_number_in_words_after_a_month_and_before_a_word_is_a_count_not_the_day()
    {
        var found = TimeExpressionScanner.Find("In June two attacks hit the town.", Published);

        Assert.Equal("June", Assert.Single(found).Text);
    }

    [Theory]
    [InlineData("Prices rose 10 past 12 months.", "past 12 months")]
    [InlineData("He served ten past nine years in jail.", "past nine years")]
    public void A_number_past_an_hour_followed_by_a_unit_is_no_clock_time(string text, string extent)
    {
        var found = TimeExpressionScanner.Find(text, Published);

        Assert.DoesNotContain(found, e => e.Type == TimeExpressionType.Time);
        Assert.Equal(TimeExpressionType.Duration, Assert.Single(found, e => e.Text == extent).Type);
    }

    [Theory]
    [InlineData("About 2000 people fled the town.")]
    [InlineData("A 25-year-old man was killed.")]
    [InlineData("The man was 25 years old.")]
    [InlineData("The future government must act.")]
    [InlineData("May said the talks failed.")]
    [InlineData("Protesters began a march on the capital.")]
    [InlineData("A second attack followed.")]
    [InlineData("It cost $2013 to repair.")]
    [InlineData("Rockets hit 3-2 in the match.")]
    [InlineData("Forces killed Fayez Jan and one other insurgent.")]
    [InlineData("Release 2011-11-S-034 follows.")]
    [InlineData("Call +86 138-2010-2015 for details.")]
    [InlineData("Tel: 000 111 82-2100")]
    [InlineData("Call me at (206) 555-1212 for details.")]
    [InlineData("Is 2015-32 a date?")]
    [InlineData("The records are up to date.")]
    [InlineData("Rows greater than or equal to date 1 are kept.")]
    [InlineData("The score went from 10 to 12 points.")]
    [InlineData("Between 5 to 7 people were hurt.")]
    [InlineData("The vote was 3 to 1.")]
    [InlineData("A quarter of the town was hit.")]
    [InlineData("Aid reached two thousand homes.")]
    [InlineData("A group of nineteen twenty-year-olds left.")]
    [InlineData("Two 25-year-olds were hurt.")]
    [InlineData("Gunmen opened fire on 15 at the checkpoint.")]
    [InlineData("We may first ask the court.")]
    [InlineData("See Article 9a for details.")]
    [InlineData("Results in may be late.")]
    [InlineData("At the end of the day, the plan failed.")]
    [InlineData("Everyday life resumed.")]
    [InlineData("They may march twenty miles.")]
    [InlineData("It was the 15th anniversary.")]
    [InlineData("He voted for the first time.")]
    [InlineData("He came for the first.")]
    [InlineData("The conflict could not be solved overnight, he said.")]
    [InlineData("Change won't happen overnight.")]
    [InlineData("The first week of the war was the bloodiest.")]
    [InlineData("Rates rose 10.30 percent.")]
    [InlineData("Troops carried out the night raid during the night hours.")]
    public void Reads_no_time_where_there_is_none(string text)
    {
        Assert.Empty(TimeExpressionScanner.Find(text, Published));
    }

    [Theory]
    [InlineData("The year 2016 may see more clashes.", "2016")]
    [InlineData("By 2016 march organisers expect more.", "2016")]
    [InlineData("In 2016 May saw the worst fighting.", "2016-05")]
    public void May_and_march_after_a_year_are_months_only_when_written_as_names(string text, string value)
    {
        Assert.Equal([value], TimeExpressionScanner.Find(text, Published).Select(e => e.Value.ToString()));
    }

    [Fact]
    public void A_length_counted_from_a_day_written_after_it_is_anchored_to_that_day()
    {
        const string text = "The convoy left two days after Tuesday's attack.";
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published));

        Assert.Equal(("two days after Tuesday", "2013-03-21"), (expression.Text, expression.Value.ToString()));
        Assert.Equal(TimeAnchor.TextTime, expression.Anchor);
        Assert.Equal("Tuesday", text.Substring(expression.AnchorSpan!.Value.Start, expression.AnchorSpan.Value.Length));
    }

    [Fact]
    public void Sets_carry_their_quantifier_and_frequency()
    {
        var found = TimeExpressionScanner.Find("Inspectors visit twice a week and report each year.", Published);

        Assert.Collection(
            found,
            twice => Assert.Equal(("twice a week", "P1W", "2X", (string?)null), (twice.Text, twice.Value.ToString(), twice.Frequency, twice.Quantifier)),
            each => Assert.Equal(("each year", "P1Y", (string?)null, "EACH"), (each.Text, each.Value.ToString(), each.Frequency, each.Quantifier)));
    }

    [Fact]
    public void A_day_counted_from_an_earlier_one_is_anchored_to_it()
    {
        const string text = "Fighting broke out on March 3. The next day, the town fell. Two days later, aid arrived at noon.";

        var found = TimeExpressionScanner.Find(text, Published);

        var next = Assert.Single(found, e => e.Text == "The next day");
        Assert.Equal(("2013-03-04", TimeAnchor.TextTime, "March 3"), (next.Value.ToString(), next.Anchor, Cut(text, next.AnchorSpan!.Value)));
        var later = Assert.Single(found, e => e.Text == "Two days later");
        Assert.Equal(("2013-03-06", "The next day"), (later.Value.ToString(), Cut(text, later.AnchorSpan!.Value)));
        var noon = Assert.Single(found, e => e.Text == "noon");
        Assert.Equal(("2013-03-06T12:00", TimeAnchor.TextTime), (noon.Value.ToString(), noon.Anchor));
    }

    [Theory]
    [InlineData("The talks will begin on April 7.", "April 7", "2013-04-07")]
    [InlineData("The talks began on April 7.", "April 7", "2012-04-07")]
    [InlineData("Leaders will meet on Monday.", "Monday", "2013-03-25")]
    [InlineData("Leaders met on Monday.", "Monday", "2013-03-18")]
    [InlineData("Elections will be held in April.", "April", "2013-04")]
    [InlineData("The vote was postponed until June.", "June", "2013-06")]
    [InlineData("The school will reopen in the spring.", "the spring", "2013-SP")]
    [InlineData("Germany sells 10-year bonds on Wednesday.", "Wednesday", "2013-03-27")]
    [InlineData("The president leaves for Asia on Thursday.", "Thursday", "2013-03-28")]
    [InlineData("The court holds a hearing on Tuesday.", "Tuesday", "2013-03-26")]
    [InlineData("The city told schools to keep children indoors through the weekend.", "the weekend", "2013-W12-WE")]
    [InlineData("Officials urged voters to turn out on Sunday.", "Sunday", "2013-03-24")]
    [InlineData("The reporter was asked to comment on Thursday's attack.", "Thursday", "2013-03-21")]
    [InlineData("The hostages were asked to leave on Monday.", "Monday", "2013-03-18")]
    [InlineData("Residents could see smoke on Monday.", "Monday", "2013-03-18")]
    [InlineData("The mall will remain closed through the weekend.", "the weekend", "2013-W12-WE")]
    [InlineData("\"We need a solution by Monday,\" a diplomat said.", "Monday", "2013-03-25")]
    [InlineData("Aid reached people in need on Monday.", "Monday", "2013-03-18")]
    [InlineData("The pope will lead the procession at the Colosseum tonight and celebrate Mass on Sunday.", "Sunday", "2013-03-24")]
    [InlineData("The bank has cut rates twice since January and meets again on April 3.", "April 3", "2013-04-03")]
    [InlineData("Police arrested two men at the scene last night and seized weapons on Monday.", "Monday", "2013-03-18")]
    [InlineData("Plants burn coal every winter from mid-November to mid-March.", "mid-November", "XXXX-11")]
    [InlineData("Each year the festival opens on March 8.", "March 8", "XXXX-03-08")]
    [InlineData("Every year since 2001, fighting has peaked in June.", "June", "XXXX-06")]
    [InlineData("The fair is held every year, and in 2012 it opened in June.", "June", "2012-06")]
    [InlineData("The data came from experiments that ran until the collider shut down in February.", "February", "2013-02")]
    [InlineData("Aid will reach refugees who fled in March.", "March", "2013-03")]
    [InlineData("If no deal is reached by mid-April, elections follow.", "mid-April", "2013-04")]
    [InlineData("It is unclear if he was killed on Monday.", "Monday", "2013-03-18")]
    [InlineData("It cut its forecast for the fiscal year ending in June.", "June", "2013-06")]
    [InlineData("Profit fell in the quarter ending in January.", "January", "2013-01")]
    [InlineData("Its chief executive steps down at the end of January.", "the end of January", "2014-01")]
    [InlineData("The league could be decided in May.", "May", "2013-05")]
    [InlineData("Rescuers could not reach the village on Monday.", "Monday", "2013-03-18")]
    [InlineData("The North said it could not guarantee their safety after April 10.", "April 10", "2013-04-10")]
    [InlineData("Tickets for the game, which kicks off on Saturday, sold out.", "Saturday", "2013-03-23")]
    [InlineData("Donors pledged $50 million annually, a spokeswoman said, adding that the first payment was due in April.", "April", "2013-04")]
    [InlineData("Rains usually come in June, but the dam burst in February.", "February", "2013-02")]
    [InlineData("He registered his candidacy on Monday for the election on April 14.", "April 14", "2013-04-14")]
    [InlineData("The judge was charged with holding elections by June 21.", "June 21", "2013-06-21")]
    [InlineData("Troops deployed ahead of the presidential election on April 14.", "April 14", "2013-04-14")]
    [InlineData("The opposition boycotted the election on March 10.", "March 10", "2013-03-10")]
    [InlineData("Voters went to the polls on April 3.", "April 3", "2012-04-03")]
    [InlineData("The opposition boycotted the election on Sunday, saying it was rigged.", "Sunday", "2013-03-17")]
    [InlineData("Cardinals will begin the conclave to elect a successor to Pope Benedict XVI on Tuesday afternoon.", "Tuesday afternoon", "2013-03-26TAF")]
    [InlineData("Microsoft said it would stop selling its older operating system to computer makers at the end of October.", "the end of October", "2013-10")]
    [InlineData("Evacuations must be completed by August 31, the date set by the United States in April.", "April", "2012-04")]
    [InlineData("The court will close at the end of the year, its mandate expiring on Dec. 31.", "Dec. 31", "2013-12-31")]
    [InlineData("The monsoon, which usually arrives in late May, came early this year after an unusually dry February.", "February", "2013-02")]
    [InlineData("Next year's summit will be held in Egypt in November.", "November", "2014-11")]
    [InlineData("Last year, the clashes ran from January to March.", "March", "2012-03")]
    [InlineData("In late 2011, the clashes ran from January to March.", "March", "2011-03")]
    [InlineData("Tickets go on sale in the fall.", "the fall", "2013-FA")]
    [InlineData("Unions have called a general strike for the end of April and a march on Lisbon on April 25.", "April 25", "2013-04-25")]
    [InlineData("He called for calm on Monday.", "Monday", "2013-03-18")]
    [InlineData("The storm was forecast to hit on Monday but arrived on Tuesday.", "Monday", "2013-03-18")]
    [InlineData("Snow is forecast for Monday.", "Monday", "2013-03-25")]
    [InlineData("Every year that passes, the rains come in June.", "June", "XXXX-06")]
    [InlineData("The court will close, as planned, at the end of the year, its mandate expiring on Dec. 31.", "Dec. 31", "2013-12-31")]
    public void The_tense_of_the_clause_decides_past_or_future(string text, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == extent);

        Assert.Equal(value, expression.Value.ToString());
    }

    [Fact]
    public void The_date_layer_reads_the_future_alike()
    {
        var date = Assert.Single(DateScanner.Find("The trial will open on April 7.", Published));

        Assert.Equal(new LocalDate(2013, 4, 7), date.Value.StartDate);
    }

    [Fact]
    public void Without_a_publication_date_only_what_says_itself_is_kept()
    {
        var found = TimeExpressionScanner.Find("On March 3, 2012 and last week, for three days, in April, every day, yesterday. Dec. 6: raids.", null);

        Assert.Equal(
            ["March 3, 2012:2012-03-03", "three days:P3D", "April:XXXX-04", "every day:P1D", "Dec. 6:XXXX-12-06"],
            found.Select(e => e.Text + ":" + e.Value).ToArray());
    }

    [Theory]
    [InlineData("It cost $12 December 27.", "December 27", "2012-12-27")]
    [InlineData("It cost $ 12 December 27.", "December 27", "2012-12-27")]
    [InlineData("The toll rose in March. 5 people died.", "March", "2013-03")]
    [InlineData("Talks opened on 3 March. They ended later.", "3 March", "2013-03-03")]
    [InlineData("On Friday PM Modi spoke.", "Friday", "2013-03-22")]
    [InlineData("The siege ended on the fourth of July.", "the fourth of July", "2012-07-04")]
    [InlineData("On 5 December 1500 troops arrived.", "5 December", "2012-12-05")]
    public void A_date_takes_no_sum_of_money_sentence_end_or_title_into_it(string text, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published));

        Assert.Equal((extent, value), (expression.Text, expression.Value.ToString()));
    }

    [Fact]
    public void The_day_a_statement_was_made_does_not_date_the_clock_times_after_it()
    {
        var found = TimeExpressionScanner.Find("Gunmen attacked late on Wednesday, killing four, an official said on Thursday. The assault began after 11 p.m. Two days earlier, a bomb exploded.", Published);

        Assert.Equal("2013-03-20T23:00", Assert.Single(found, e => e.Text == "11 p.m.").Value.ToString());
        Assert.Equal("2013-03-18", Assert.Single(found, e => e.Text == "Two days earlier").Value.ToString());
    }

    [Fact]
    public void A_length_before_that_is_counted_from_the_day_the_narrative_is_on()
    {
        var found = TimeExpressionScanner.Find("The previous strike, on January 31, killed two. A week before that, rockets fell. Two days after that (the last day named), talks began.", Published);

        var before = Assert.Single(found, e => e.Text == "A week before that");
        Assert.Equal(("2013-W04", TimeAnchor.TextTime), (before.Value.ToString(), before.Anchor));
        Assert.Equal("2013-02-02", Assert.Single(found, e => e.Text == "Two days after that").Value.ToString());
    }

    [Fact]
    public void A_day_an_act_was_done_dates_what_follows_and_a_day_words_were_spoken_does_not()
    {
        var held = TimeExpressionScanner.Find("Fighting began on Monday, and leaders held talks on Wednesday. They ended at 6 p.m.", Published);
        var warned = TimeExpressionScanner.Find("Fighting began on Monday, and leaders warned on Wednesday. It ended at 6 p.m.", Published);

        Assert.Equal("2013-03-20T18:00", Assert.Single(held, e => e.Text == "6 p.m.").Value.ToString());
        Assert.Equal("2013-03-18T18:00", Assert.Single(warned, e => e.Text == "6 p.m.").Value.ToString());
    }

    [Fact]
    public void A_clock_time_in_the_sentence_that_dates_a_statement_is_that_days()
    {
        var found = TimeExpressionScanner.Find("Strikes hit on Saturday. The ministry said on Sunday that 125 people had been killed in the 24 hours to 8 a.m.", Published);

        Assert.Equal("2013-03-17T08:00", Assert.Single(found, e => e.Text == "8 a.m.").Value.ToString());
    }

    [Fact]
    public void A_clock_time_further_on_is_the_leads_day_unless_it_lies_ahead_or_dates_a_statement()
    {
        const string Lead = "KABUL, March 22 - Gunmen attacked a checkpoint on Tuesday evening. It was the third attack this month. The road has been closed since January. ";
        var told = TimeExpressionScanner.Find(Lead + "The assault began at 11 p.m.", Published);
        var said = TimeExpressionScanner.Find(Lead + "The governor said at 8 a.m. that two men were held.", Published);
        var ahead = TimeExpressionScanner.Find(Lead + "The governor will speak at 3 p.m.", Published);

        var assault = Assert.Single(told, e => e.Text == "11 p.m.");
        Assert.Equal(("2013-03-19T23:00", TimeAnchor.TextTime), (assault.Value.ToString(), assault.Anchor));
        Assert.Equal("Tuesday evening", Lead.Substring(assault.AnchorSpan!.Value.Start, assault.AnchorSpan.Value.Length));
        Assert.Equal("2013-03-22T08:00", Assert.Single(said, e => e.Text == "8 a.m.").Value.ToString());
        Assert.Equal("2013-03-22T15:00", Assert.Single(ahead, e => e.Text == "3 p.m.").Value.ToString());
    }

    [Fact]
    public void A_day_ahead_is_a_plan_that_dates_neither_the_lead_nor_a_past_clock_time_after_it()
    {
        // Published Friday 22 March 2013. The first day named is a plan (Tuesday next week), so the lead is Friday's;
        // the sworn-in day in the sentence before does not date the call.
        var plan = TimeExpressionScanner.Find("The company will report results on March 26. Shares rose 2 percent by midafternoon.", Published);
        var sworn = TimeExpressionScanner.Find("He won early on Friday. He will be sworn in on Jan. 20. His rival called at about 2:30 a.m.", Published);

        Assert.Equal("2013-03-22TAF", Assert.Single(plan, e => e.Text == "midafternoon").Value.ToString());
        Assert.Equal("2013-03-22T02:30", Assert.Single(sworn, e => e.Text == "about 2:30 a.m.").Value.ToString());
    }

    [Fact]
    public void A_clock_time_of_an_event_told_again_is_the_day_that_event_was_dated_on()
    {
        const string Text = "Rescuers on Friday pulled a man from the rubble, two days after the earthquake struck on Wednesday. "
            + "Aftershocks continued through Thursday night. The quake, which hit at 11:56 a.m. local time, was the strongest in decades.";
        var found = TimeExpressionScanner.Find(Text, Published);

        var clock = Assert.Single(found, e => e.Text == "11:56 a.m. local time");
        Assert.Equal(("2013-03-20T11:56", TimeAnchor.TextTime), (clock.Value.ToString(), clock.Anchor));
        Assert.Equal("Wednesday", Text.Substring(clock.AnchorSpan!.Value.Start, clock.AnchorSpan.Value.Length));
    }

    [Fact]
    public void The_small_hours_after_a_night_fall_on_the_next_day()
    {
        var night = TimeExpressionScanner.Find("Strikes on Tuesday night killed three. The attack came at 2:30 a.m.", Published);
        var day = TimeExpressionScanner.Find("Strikes on Tuesday killed three. The attack came at 2:30 a.m.", Published);

        Assert.Equal("2013-03-20T02:30", Assert.Single(night, e => e.Text == "2:30 a.m.").Value.ToString());
        Assert.Equal("2013-03-19T02:30", Assert.Single(day, e => e.Text == "2:30 a.m.").Value.ToString());
    }

    [Fact]
    public void The_small_hours_after_an_evening_clock_time_fall_on_the_next_day()
    {
        var curfew = TimeExpressionScanner.Find("Soldiers seized power on Tuesday and imposed a curfew from 10 p.m. to 5 a.m.", Published);
        var morning = TimeExpressionScanner.Find("Soldiers seized power on Tuesday and imposed a curfew from 10 a.m. to 5 a.m.", Published);

        Assert.Equal("2013-03-20T05:00", curfew[^1].Value.ToString());
        Assert.Equal("2013-03-19T05:00", morning[^1].Value.ToString());
    }

    [Theory]
    [InlineData("The committee meets again on Monday.", "Monday", "2013-03-25")]
    [InlineData("The committee met again on Monday.", "Monday", "2013-03-18")]
    [InlineData("The company reports fourth-quarter results on Feb. 26.", "Feb. 26", "2014-02-26")]
    [InlineData("Congress returns from recess in January.", "January", "2014-01")]
    [InlineData("The reports on Monday said five people died.", "Monday", "2013-03-18")]
    [InlineData("Police visits on Monday found nothing.", "Monday", "2013-03-18")]
    [InlineData("Organisers have moved the summit to June.", "June", "2013-06")]
    [InlineData("Troops moved to the border on Monday.", "Monday", "2013-03-18")]
    [InlineData("He faces charges over the attack on Monday.", "Monday", "2013-03-18")]
    public void A_schedule_in_the_present_tense_and_a_thing_moved_to_a_new_time_look_ahead(string text, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == extent);

        Assert.Equal(value, expression.Value.ToString());
    }

    [Theory]
    [InlineData("The fighting will end soon, officials said.", "soon", "FUTURE_REF")]
    [InlineData("Organisers moved spring events to the autumn.", "spring", "2013-SP")]
    [InlineData("Organisers moved spring events to the autumn.", "the autumn", "2013-FA")]
    [InlineData("Aid groups warned of winter storms in the north.", "winter", "2012-WI")]
    [InlineData("The toll could rise in the days ahead.", "the days ahead", "PXD")]
    [InlineData("Profit fell in the third quarter from a year earlier.", "a year earlier", "2011-Q3")]
    [InlineData("Exports in February rose 4 percent from a month earlier.", "a month earlier", "2013-01")]
    [InlineData("A tsunami in 2004 killed 226,000 people around the Indian Ocean on Dec. 26 of that year.", "Dec. 26 of that year", "2004-12-26")]
    [InlineData("The carmaker cut its forecast for the full year.", "the full year", "2013")]
    [InlineData("The carmaker expects full-year profit to fall.", "full-year", "2013")]
    [InlineData("The siege lasted the full year.", "the full year", "P1Y")]
    [InlineData("Profit rose in the first quarter from $35.7 million in the year-earlier period.", "the year-earlier period", "2012-Q1")]
    [InlineData("Profit fell in the third quarter. Its contract expires next month. In the year-ago period, net income was $120 million.", "the year-ago period", "2011-Q3")]
    [InlineData("Profit rose in the first quarter, and revenue in the quarter climbed 9%.", "the quarter", "2013-Q1")]
    [InlineData("The economy grew 0.3 percent in the first three months of 2013 from the previous quarter.", "the previous quarter", "2012-Q4")]
    [InlineData("Sales fell in the third quarter from the prior quarter.", "the prior quarter", "2012-Q2")]
    [InlineData("Output fell 0.2 percent from the previous quarter.", "the previous quarter", "2012-Q4")]
    [InlineData("Unemployment fell in the three months to December. It fell by 48,000 from the previous quarter.", "the previous quarter", "2012-Q3")]
    [InlineData("The first stage will run April 22-23, followed by voting in other provinces on May 11-12.", "May 11", "2013-05-11")]
    [InlineData("The conference opens with a keynote address at 10 a.m. Pacific time on June 10.", "10 a.m. Pacific time on June 10", "2013-06-10T10:00")]
    [InlineData("We'll have more on this story in the next hour.", "the next hour", "PT1H")]
    [InlineData("Prices rose over the following weeks.", "the following weeks", "PXW")]
    [InlineData("A winter storm warning remains in effect until 6 p.m. Monday.", "6 p.m. Monday", "2013-03-25T18:00")]
    [InlineData("Net income for the fiscal first quarter, which ended Dec. 29, rose.", "the fiscal first quarter", "2012-Q4")]
    [InlineData("Net income for the fiscal first quarter, which ended Dec. 29, was $9.5 billion, down from $11.6 billion a year earlier.", "a year earlier", "2011-Q4")]
    [InlineData("Cook told analysts the company would introduce \"amazing new products\" in the fall.", "the fall", "2013-FA")]
    [InlineData("The airline lost 1.19 billion euros in 2012, against 809 million euros a year before.", "a year before", "2011")]
    [InlineData("A fire killed three people in the early morning hours of New Year's Day.", "the early morning hours of New Year's Day", "2013-01-01TMO")]
    [InlineData("The president called for prayers this Easter weekend.", "this Easter weekend", "2013-W13-WE")]
    [InlineData("He led protests in the winter of 2011-2012.", "the winter of 2011-2012", "2011-WI")]
    [InlineData("Support ends on April 8 next year.", "April 8 next year", "2014-04-08")]
    [InlineData("A plant exploded last night. Officials say the toll could rise in the coming hours. The blast happened at about 7:50 p.m.", "about 7:50 p.m.", "2013-03-21T19:50")]
    [InlineData("Rescuers dug through the rubble today after bombs exploded yesterday. The blast went off at about 10:30 a.m.", "about 10:30 a.m.", "2013-03-21T10:30")]
    [InlineData("He will speak at 11 a.m. Eastern on Monday.", "11 a.m. Eastern on Monday", "2013-03-25T11:00")]
    [InlineData("Retail sales rose more than expected in February.", "February", "2013-02")]
    [InlineData("He returned on Sunday, vowing to lead his party in elections in May.", "May", "2013-05")]
    [InlineData("Net income for the January-to-March period rose.", "the January-to-March period", "2013-Q1")]
    [InlineData("Last year, 10 people died during the spring climbing season.", "the spring", "2012-SP")]
    [InlineData("His wife, Catherine, is expecting a child in July.", "July", "2013-07")]
    [InlineData("Sales rose 0.4 percent last month. Compared with a year earlier, sales were up 4.6 percent.", "a year earlier", "2012-02")]
    [InlineData("The trial opened on Wednesday. Supporters had traveled overnight by train to attend.", "overnight", "2013-03-19TNI")]
    [InlineData("\"We hope to have a pope by Easter,\" a spokesman said, referring to the holiday on March 31.", "March 31", "2013-03-31")]
    [InlineData("Negotiators worked late into the night on Tuesday.", "the night on Tuesday", "2013-03-19TNI")]
    [InlineData("Italy has been without a government since the Feb. 24-25 vote.", "25", "2013-02-25")]
    [InlineData("The animal lived about 55 million years ago.", "about 55 million years ago", "PAST_REF")]
    [InlineData("The bank said the economy would grow 1.5 percent this year, down from its January forecast of 2 percent.", "January", "2013-01")]
    [InlineData("Exports have been weaker than expected for the past several quarters.", "the past several quarters", "PXQ")]
    [InlineData("The first marriages under the new law can take place from August.", "August", "2013-08")]
    [InlineData("Chileans vote on Sunday in a presidential election. Polls open at 8 a.m. and close at 6 p.m.", "8 a.m.", "2013-03-24T08:00")]
    [InlineData("He spent the summer months in Spain.", "the summer months", "2012-SU")]
    [InlineData("The winners were announced on Sunday night over the course of the evening.", "the evening", "2013-03-17TEV")]
    [InlineData("Troops retook the city on Monday. Fighters had fled, setting fire to a library the night before the troops arrived.", "the night", "2013-03-17TNI")]
    [InlineData("Heavy rain was forecast for Sunday and Monday, officials warned.", "Sunday", "2013-03-24")]
    [InlineData("Heavy rain was forecast for Sunday and Monday, officials warned.", "Monday", "2013-03-25")]
    [InlineData("Lawmakers worked through the weekend of Feb. 9 and 10.", "the weekend", "2013-W06-WE")]
    [InlineData("The team will receive the trophy after its last home game, against Swansea on May 12.", "May 12", "2013-05-12")]
    [InlineData("City, who were unbeaten at home for more than two years until December, will play Tottenham on Sunday.", "December", "2012-12")]
    [InlineData("Firefighters battled blazes for weeks; some burned until the middle of February.", "the middle of February", "2013-02")]
    [InlineData("The bureau said the autumn would probably be warmer and drier than average.", "the autumn", "2013-FA")]
    [InlineData("The office updates its forecast twice a year, in April and in June.", "June", "XXXX-06")]
    [InlineData("The ministry said the economy should pick up in the spring after contracting 0.6 percent in the fourth quarter.", "the fourth quarter", "2012-Q4")]
    [InlineData("The central bank cut its growth forecast in December and will publish new projections in June.", "December", "2012-12")]
    [InlineData("The industry expects 45 million passengers between March 15 and April 6.", "March 15", "2013-03-15")]
    [InlineData("The industry expects 45 million passengers between March 15 and April 6.", "April 6", "2013-04-06")]
    [InlineData("The industry expects 45 million passengers between March 15 and April 6, about 2 percent more than a year earlier.", "a year earlier", "2012")]
    [InlineData("The bank lowered its rate to 5 percent from 5.5 percent, effective Monday.", "Monday", "2013-03-25")]
    [InlineData("Parliament sets the rules each spring, and will debate a proposal in June.", "June", "2013-06")]
    [InlineData("The storm is expected to weaken overnight.", "overnight", "2013-03-22TNI")]
    [InlineData("The storm was expected to weaken as it moved across Georgia on Sunday.", "Sunday", "2013-03-24")]
    [InlineData("A funeral will be held next week, probably on Wednesday.", "Wednesday", "2013-03-27")]
    [InlineData("The envoy arrived last week on Tuesday.", "Tuesday", "2013-03-12")]
    [InlineData("Microsoft said its profit rose in its fiscal second quarter, which ended Dec. 31.", "fiscal second quarter", "2012-Q4")]
    [InlineData("Pilots agreed in the fall to work longer hours.", "the fall", "2012-FA")]
    [InlineData("If they approve, Merkel could be re-elected by parliament as early as Feb. 17.", "Feb. 17", "2014-02-17")]
    [InlineData("His trial begins on June 3. He said he had sent the first files in early February 2010. Two weeks later, he sent a video.", "Two weeks later", "2010-W07")]
    [InlineData("He sent the files in early February 2010, then a video of a 2007 helicopter attack. He copied more files that winter.", "that winter", "2010-WI")]
    [InlineData("The hurricane season runs from June 1 to Nov. 30.", "June 1", "XXXX-06-01")]
    [InlineData("Australia's summer runs from December 1 to the end of February.", "December 1", "XXXX-12-01")]
    [InlineData("The festival runs from June 3 to June 5.", "June 3", "2013-06-03")]
    [InlineData("Exports in February rose 4 percent from the preceding month.", "the preceding month", "2013-01")]
    [InlineData("Prices rose 2 percent compared with the prior three months.", "the prior three months", "P3M")]
    [InlineData("Profit rose in the first quarter from a year earlier, and revenue in the quarter climbed 9%.", "the quarter", "2013-Q1")]
    [InlineData("Analysts said growth could slow in the second half.", "the second half", "2013-H2")]
    [InlineData("Analysts said growth slowed in the second half.", "the second half", "2012-H2")]
    [InlineData("The company has reported higher earnings for three consecutive years.", "three consecutive years", "P3Y")]
    [InlineData("The minister will unveil the plan later today.", "later today", "2013-03-22")]
    [InlineData("The pandemic killed 284,000 people in its first 12 months.", "its first 12 months", "P12M")]
    [InlineData("Jurors heard during the two-week trial that he lied.", "two-week", "P2W")]
    [InlineData("Vigils have been held every Friday evening since the verdict.", "every Friday evening", "XXXX-WXX-5TEV")]
    [InlineData("Forecasters warned of more flooding in the days to come.", "the days to come", "PXD")]
    [InlineData("Officials said it could take months to repair the roads.", "months", "PXM")]
    [InlineData("Another storm struck on Tuesday, the seventh in less than two weeks.", "Tuesday", "2013-03-19")]
    [InlineData("A quarter of a century on, the country is still divided.", "A quarter of a century", "P25Y")]
    [InlineData("The talks took half a century.", "half a century", "P50Y")]
    [InlineData("Winter storms killed 12 people.", "Winter", "2012-WI")]
    [InlineData("Summer classes begin on April 6 and run for six weeks.", "April 6", "2013-04-06")]
    [InlineData("Schools reopen on Monday.", "Monday", "2013-03-25")]
    [InlineData("Schools did not reopen on Monday.", "Monday", "2013-03-18")]
    [InlineData("A helicopter will attempt the first powered flight in the autumn.", "the autumn", "2013-FA")]
    [InlineData("The grounding could last weeks or even months, analysts said.", "weeks", "PXW")]
    [InlineData("The grounding could last weeks or even months, analysts said.", "months", "PXM")]
    [InlineData("The operation could take weeks, if not months.", "months", "PXM")]
    [InlineData("The ceasefire is to take effect on Tuesday.", "Tuesday", "2013-03-26")]
    [InlineData("Voters across the country choose mayors on Sunday. Polls open at 7 a.m.", "Sunday", "2013-03-24")]
    [InlineData("Voters across the country choose mayors on Sunday. Polls open at 7 a.m.", "7 a.m.", "2013-03-24T07:00")]
    [InlineData("The party elects a new leader on Tuesday.", "Tuesday", "2013-03-26")]
    [InlineData("Residents said the bombardment lasted from dawn until dusk.", "dawn", "2013-03-22TMO")]
    [InlineData("Residents said the bombardment lasted from dawn until dusk.", "dusk", "2013-03-22TEV")]
    [InlineData("A curfew runs from dusk till dawn.", "dawn", "2013-03-23TMO")]
    [InlineData("The army's operation began at first light on Thursday.", "first light on Thursday", "2013-03-21TMO")]
    [InlineData("Troops must withdraw by last light.", "last light", "2013-03-22TEV")]
    [InlineData("It happened on the last Friday of February.", "the last Friday of February", "2013-02-22")]
    [InlineData("Protests are held on the last Sunday in May every year.", "the last Sunday in May", "XXXX-05")]
    [InlineData("Drones hit the port on the night of March 13-14, the army said.", "the night of March 13-14", "2013-03-13TNI")]
    [InlineData("U.S. jets struck targets overnight Wednesday into Thursday.", "overnight Wednesday into Thursday", "2013-03-20TNI")]
    [InlineData("U.S. jets struck targets overnight on Wednesday.", "overnight on Wednesday", "2013-03-20TNI")]
    [InlineData("Shelling went on from dusk on Wednesday until dawn.", "dawn", "2013-03-21TMO")]
    [InlineData("Fighting raged from nightfall until dawn on Thursday.", "nightfall", "2013-03-20TEV")]
    [InlineData("Fighting raged from nightfall until dawn on Thursday.", "dawn on Thursday", "2013-03-21TMO")]
    [InlineData("Shelling continued from dusk to dawn on Thursday, residents said.", "dusk", "2013-03-20TEV")]
    [InlineData("Shelling continued from dusk to dawn on Thursday, residents said.", "dawn on Thursday", "2013-03-21TMO")]
    [InlineData("Protesters marched from dawn until dusk on Thursday.", "dawn", "2013-03-21TMO")]
    [InlineData("Campaigning for the April 14 presidential election began on Tuesday.", "April 14", "2013-04-14")]
    [InlineData("Campaigning began for the 14 April local council elections on Tuesday.", "14 April", "2013-04-14")]
    [InlineData("He boycotted the Oct. 20 vote.", "Oct. 20", "2012-10-20")]
    [InlineData("The bombings at the marathon's finish line on Monday killed three people.", "Monday", "2013-03-18")]
    [InlineData("Talks between the two sides finish on Monday.", "Monday", "2013-03-25")]
    [InlineData("He will meet his predecessor, who resigned on Feb. 28, at Castel Gandolfo on Saturday.", "Saturday", "2013-03-23")]
    [InlineData("The minister, who resigned on Monday, left the country on Saturday.", "Saturday", "2013-03-16")]
    [InlineData("Ministers discuss the budget on Tuesday.", "Tuesday", "2013-03-26")]
    [InlineData("The previous strike, on January 31, killed two soldiers.", "January 31", "2013-01-31")]
    [InlineData("Leaders are to meet in May.", "May", "2013-05")]
    [InlineData("The talks were to begin on Tuesday.", "Tuesday", "2013-03-19")]
    [InlineData("The truce is to take effect at midnight on Tuesday and last 72 hours.", "72 hours", "PT72H")]
    [InlineData("It may last weeks, or even months.", "months", "PXM")]
    [InlineData("Forensic teams will need weeks to identify the dead.", "weeks", "PXW")]
    [InlineData("Rich nations promised to provide $100 billion a year.", "a year", "P1Y")]
    [InlineData("He held 30 rallies in the final two months of the campaign.", "the final two months", "P2M")]
    [InlineData("He will hold a news conference later on Friday.", "later on Friday", "2013-03-22")]
    public void News_copy_of_the_sixteenth_to_eighteenth_rounds(string text, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == extent);

        Assert.Equal(value, expression.Value.ToString());
    }

    [Theory]
    [InlineData("Prosecutors now file about 30 such cases a year.")]
    [InlineData("The firm opened 20 new branches a year.")]
    public void A_unit_after_a_count_with_a_word_before_its_noun_is_a_rate(string text)
    {
        var rate = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == "a year");

        Assert.Equal((TimeExpressionType.Set, "P1Y"), (rate.Type, rate.Value.ToString()));
    }

    [Theory]
    [InlineData("Talks will resume as soon as the ceasefire holds.")]
    [InlineData("The elderly man died in the fall.")]
    [InlineData("Soon after the attack, police closed the road.")]
    [InlineData("Protesters gathered in the Arab Spring.")]
    [InlineData("Hot spring water flooded the valley.")]
    [InlineData("The striker scored twice in the second half.")]
    [InlineData("Revenue in the quarter climbed 9%.")]
    [InlineData("Shelling eased in the nights that followed.")]
    [InlineData("They endured a harsh winter.")]
    [InlineData("A nuclear winter would follow.")]
    [InlineData("Children left summer camp early.")]
    [InlineData("Minutes of the meeting showed concern.")]
    [InlineData("He was paid a year-end bonus.")]
    [InlineData("He was paid a mid-year bonus.")]
    [InlineData("The club won the title 19 times, most recently with a 1-0 win.")]
    [InlineData("Markets had priced in a smaller move as recently as that.")]
    [InlineData("He broke his hip in the fall.")]
    [InlineData("He promised a new year of reform.")]
    [InlineData("Another 20 people died.")]
    [InlineData("Prices will recover after the fall.")]
    [InlineData("Support for Office 2003 will end.")]
    [InlineData("He won gold at London 2012.")]
    [InlineData("They trailed by 27 points in the third quarter.")]
    public void Words_of_time_used_otherwise_are_no_expressions(string text)
    {
        Assert.Empty(TimeExpressionScanner.Find(text, Published));
    }

    [Theory]
    [InlineData("The White House has scheduled meetings with lawmakers throughout the week.", "2013-W12")]
    [InlineData("Shares fell 3 percent for the week.", "2013-W11")]
    public void The_week_told_on_a_Sunday_is_the_week_to_come_when_the_clause_looks_ahead(string text, string value)
    {
        var week = Assert.Single(TimeExpressionScanner.Find(text, new LocalDate(2013, 3, 17)), e => e.Text == "the week");

        Assert.Equal(value, week.Value.ToString());
    }

    [Fact]
    public void A_clock_time_a_speaker_tells_in_the_first_person_is_not_moved_to_the_planned_day()
    {
        var found = TimeExpressionScanner.Find("Chileans vote on Sunday in a presidential election. Turnout is expected to be high. I'll be back at noon.", Published);

        Assert.Equal("2013-03-22T12:00", Assert.Single(found, e => e.Text == "noon").Value.ToString());
    }

    [Fact]
    public void That_before_a_month_after_a_verb_of_saying_opens_a_clause_and_is_no_part_of_the_month()
    {
        var found = TimeExpressionScanner.Find("Violence rose in 2010. Officials said that March was the deadliest month.", Published);

        Assert.Contains(found, e => e.Text == "March");
        Assert.DoesNotContain(found, e => e.Text.StartsWith("that", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Protests grew over two weekends.")]
    [InlineData("Crowds gathered on recent weekends.")]
    [InlineData("He spent several weekends there.")]
    [InlineData("The weekends of March were quiet.")]
    public void Weekends_counted_or_picked_out_are_no_set(string text)
    {
        Assert.DoesNotContain(TimeExpressionScanner.Find(text, Published), e => e.Type == TimeExpressionType.Set);
    }

    [Fact]
    public void A_rate_is_a_set_and_a_length_after_a_count_stays_a_length()
    {
        var rate = TimeExpressionScanner.Find("The field produces 5,000 barrels a day.", Published);
        var after = TimeExpressionScanner.Find("Gunmen killed 5 a day after the vote.", Published);

        var counted = TimeExpressionScanner.Find("Nadal plays four majors a year and will decide soon.", Published);
        var andHalf = TimeExpressionScanner.Find("The siege of 5 towns a year and a half ago ended.", Published);

        Assert.Equal(TimeExpressionType.Set, Assert.Single(rate).Type);
        Assert.Equal(TimeExpressionType.Duration, Assert.Single(after).Type);
        Assert.Equal(TimeExpressionType.Set, Assert.Single(counted, e => e.Text == "a year").Type);
        Assert.NotEqual(TimeExpressionType.Set, andHalf[0].Type);
    }

    [Fact]
    public void A_clock_time_after_a_day_told_as_known_is_the_leads_day_and_one_in_its_sentence_is_that_days()
    {
        const string Lead = "Workers were pulled back on Wednesday after radiation spiked, the latest setback in a crisis that began with Friday's earthquake. ";
        var later = TimeExpressionScanner.Find(Lead + "Smoke rose shortly after 8:30 a.m.", Published);
        var same = TimeExpressionScanner.Find("Thursday's earthquake struck at 2:46 p.m.", Published);
        var topic = TimeExpressionScanner.Find("Police said the toll from Thursday's bombings had risen. The first blast struck at 8:51 a.m.", Published);

        Assert.Equal("2013-03-20T08:30", Assert.Single(later, e => e.Text == "8:30 a.m.").Value.ToString());
        Assert.Equal("2013-03-21T14:46", Assert.Single(same, e => e.Text == "2:46 p.m.").Value.ToString());
        Assert.Equal("2013-03-21T08:51", Assert.Single(topic, e => e.Text == "8:51 a.m.").Value.ToString());
    }

    [Theory]
    [InlineData("Shops were looted on Christmas Eve.", "Christmas Eve", "2012-12-24")]
    [InlineData("The ceasefire began on New Year's Day.", "New Year's Day", "2013-01-01")]
    [InlineData("Pilgrims will gather on Easter Sunday.", "Easter Sunday", "2013-03-31")]
    [InlineData("Pilgrims gathered before Easter.", "Easter", "2013-03-31")]
    [InlineData("The Easter bombings of 2019 killed 269.", "Easter", "2019-04-21")]
    [InlineData("Attacks on Good Friday 2016 killed 12.", "Good Friday 2016", "2016-03-25")]
    [InlineData("Families gathered on Thanksgiving.", "Thanksgiving", "2012-11-22")]
    [InlineData("Traffic was heavy over the Labor Day weekend.", "the Labor Day weekend", "2012-W35-WE")]
    [InlineData("Flights were delayed through the Christmas weekend.", "the Christmas weekend", "2012-W51-WE")]
    [InlineData("Last Christmas the market was attacked.", "Last Christmas", "2012-12-25")]
    [InlineData("The talks resume next Easter.", "next Easter", "2013-03-31")]
    [InlineData("It happened two weeks before Christmas.", "two weeks before Christmas", "2012-12-11")]
    [InlineData("Police broke up May Day rallies in Istanbul.", "May Day", "2012-05-01")]
    [InlineData("Unions marched on International Workers' Day.", "International Workers' Day", "2012-05-01")]
    [InlineData("Workers\u2019 Day protests turned violent.", "Workers\u2019 Day", "2012-05-01")]
    [InlineData("Women rallied on International Women's Day in Kabul.", "International Women's Day", "2013-03-08")]
    public void A_holiday_news_copy_dates_things_by_is_its_day(string text, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == extent);

        Assert.Equal(value, expression.Value.ToString());
    }

    [Theory]
    [InlineData("A truck drove into a Christmas market.")]
    [InlineData("They flew to Christmas Island.")]
    [InlineData("Historians recalled the Easter Rising.")]
    [InlineData("It was a good day for the new year's budget.")]
    [InlineData("The spokesman, Jon Easter, declined to comment.")]
    [InlineData("The women's day out ended early.")]
    [InlineData("They played 3 lunchtime concerts.")]
    public void A_holiday_name_that_names_something_else_is_no_time(string text)
    {
        Assert.Empty(TimeExpressionScanner.Find(text, Published));
    }

    [Fact]
    public void A_weekday_and_a_date_it_does_not_fall_on_stay_two_expressions()
    {
        var found = TimeExpressionScanner.Find("On Thursday 15 March 2013 they met.", Published);

        Assert.Equal(["Thursday", "15 March 2013"], found.Select(e => e.Text));
    }

    [Fact]
    public void A_weekday_of_the_following_week_is_counted_from_the_day_the_narrative_is_on()
    {
        var found = TimeExpressionScanner.Find("Talks opened on 3 March 2012. They resumed on Monday of the following week.", Published);

        var monday = Assert.Single(found, e => e.Text == "Monday of the following week");
        Assert.Equal(("2012-03-05", TimeAnchor.TextTime, "3 March 2012"), (monday.Value.ToString(), monday.Anchor, monday.AnchorSpan is { } at ? "Talks opened on 3 March 2012.".Substring(at.Start, at.Length) : null));
    }

    [Fact]
    public void Quoted_speech_reads_its_relative_dates_against_the_day_it_was_said()
    {
        const string text = "\"We will strike the base tomorrow,\" the commander said on Tuesday. Police said today that \"nothing happened yesterday\".";

        var found = ReportParser.Parse(text, new ReportContext(Published)).TimeExpressions;

        var tomorrow = Assert.Single(found, e => e.Text == "tomorrow");
        Assert.Equal(("2013-03-20", TimeAnchor.TextTime, "Tuesday"), (tomorrow.Value.ToString(), tomorrow.Anchor, Cut(text, tomorrow.AnchorSpan!.Value)));
        var yesterday = Assert.Single(found, e => e.Text == "yesterday");
        Assert.Equal(("2013-03-21", TimeAnchor.Publication), (yesterday.Value.ToString(), yesterday.Anchor));
    }

    [Fact]
    public void A_quotation_of_several_sentences_reads_its_days_against_the_day_it_was_said()
    {
        const string text = "In a statement on Monday, the army said: \"Yesterday our forces repelled an attack. Today we hold the town.\" Rebels denied it.";

        var found = ReportParser.Parse(text, new ReportContext(Published)).TimeExpressions;

        Assert.Equal("2013-03-17", Assert.Single(found, e => e.Text == "Yesterday").Value.ToString());
        Assert.Equal("2013-03-18", Assert.Single(found, e => e.Text == "Today").Value.ToString());
    }

    [Fact]
    public void The_parser_result_carries_the_layer()
    {
        var result = ReportParser.Parse("KABUL (March 22, 2013) - Two civilians were killed yesterday after weeks of fighting.", new ReportContext(Published));

        Assert.Equal(["March 22, 2013", "yesterday", "weeks"], result.TimeExpressions.Select(e => e.Text).ToArray());
    }

    [Fact]
    public void Adversarial_runs_of_sets_and_clock_digits_are_read_in_one_pass()
    {
        var sets = string.Concat(Enumerable.Repeat("every 3 days ", 20_000));
        var clocks = string.Concat(Enumerable.Repeat("12:30:", 20_000));

        Assert.Equal(20_000, TimeExpressionScanner.Find(sets, Published).Count);

        // Each "of" once read any expression after it: this nested one stack frame per repeat until the process died.
        var nested = string.Concat(Enumerable.Repeat("the first Friday of ", 50_000)) + "July 2012";
        Assert.Equal("2012-07-06", TimeExpressionScanner.Find(nested, Published)[^1].Value.ToString());
        Assert.All(TimeExpressionScanner.Find(clocks, Published), e => Assert.Equal(TimeExpressionType.Time, e.Type));

        // Every quote once looked at every date of the text for the day it was said: quadratic in a run-on sentence.
        var quotes = string.Concat(Enumerable.Repeat("\"We will strike tomorrow,\" he said on Tuesday, ", 5_000));
        var parsed = ReportParser.Parse(quotes, new ReportContext(Published)).TimeExpressions;
        Assert.Equal("2013-03-20", parsed.First(e => e.Text == "tomorrow").Value.ToString());

        // With no publication date, "the week before" finds nothing to count from and each one looked back over every
        // year before it in the run-on sentence: quadratic until the look-back was bounded by the window.
        var weeks = string.Concat(Enumerable.Repeat("in 2012, ", 50_000)) + string.Concat(Enumerable.Repeat("the week before, ", 50_000));
        Assert.Equal(50_000, TimeExpressionScanner.Find(weeks, null).Count);

        // "of that year" looks back for the year written last, "the quarter" and "the year-earlier period" for the
        // quarter spoken of: each within a bounded window, however long the run of them with nothing to find.
        var thatYear = string.Concat(Enumerable.Repeat("on Dec. 26 of that year, ", 40_000));
        Assert.Equal(40_000, TimeExpressionScanner.Find(thatYear, Published).Count);
        var quarters = "in the third quarter, " + string.Concat(Enumerable.Repeat("in the quarter and the year-earlier period, ", 40_000));
        Assert.Equal(80_001, TimeExpressionScanner.Find(quarters, Published).Count);
    }

    [Property(MaxTest = 1000)]
    public void Arbitrary_text_never_throws_and_expressions_are_ordered_valid_and_hold_their_text(string text)
    {
        text ??= string.Empty;

        var found = TimeExpressionScanner.Find(text, Published);

        var at = 0;
        foreach (var expression in found)
        {
            Assert.True(expression.Span.Start >= at);
            Assert.Equal(expression.Text, text.Substring(expression.Span.Start, expression.Span.Length));
            Assert.True(TimexValue.Parse(expression.Value.ToString()).Success);
            at = expression.Span.End;
        }
    }

    [Property(MaxTest = 300)]
    public void Time_words_in_any_order_resolve_without_throwing(int days, NonEmptyArray<byte> picks)
    {
        string[] words =
        [
            "the", "past", "next", "last", "this", "coming", "every", "each", "two", "a", "half", "and", "years", "year", "day", "days",
            "week", "weekend", "summer", "fall", "March", "May", "Monday", "Mondays", "ago", "later", "of", "2012", "'58", "1990s",
            "8", "p.m.", ":", "30", "noon", "quarter", "first", "century", "21st", "early", "late", "mid", "-", "end", "more", "than",
            "about", "now", "future", "recent", "twice", "times", "per", "from", "fiscal", "Q3", "tomorrow", "same", "that",
            "in", "will", "everyday", "working", "workweek", "pm", "am", "$", "12", ".", "Nov", "9th", "month", "following", "'",
            "time", "87", "may", "eleventh", "Wed", "15:50:06", "at", "today", "one", "quarters", "three",
            "Christmas", "Easter", "Eve", "Day", "New", "Year's", "Good", "Friday", "Labor", "soon", "ahead", "full", "its",
            "consecutive", "year-earlier", "period", "second", "Summer", "classes", "begin", "moved", "autumn", "final",
            "earlier", "on", "billion", "barrels", "need", "weeks", "months", "Dec.", "26", "meets", "reports", "Thursday's",
        ];
        var reference = new LocalDate(2, 1, 1).PlusDays(Math.Abs(days % 3_600_000));
        var text = new StringBuilder();
        foreach (var pick in picks.Get)
        {
            text.Append(words[pick % words.Length]).Append(pick % 3 == 0 ? string.Empty : " ");
        }

        foreach (var expression in TimeExpressionScanner.Find(text.ToString(), reference))
        {
            Assert.True(TimexValue.Parse(expression.Value.ToString()).Success);
        }
    }

    [Fact]
    public void Passing_over_words_that_start_nothing_changes_nothing_that_is_found()
    {
        // Each word the scan passes over (articles, determiners, "to", words that start only bounds), before every word
        // of the time layer's tables and every word its patterns name, after a few prepositions and before a few
        // endings: the scan finds the same with and without passing over them.
        string[] passedOver = [.. TimeScan.PassedOver];
        string[] next =
        [
            .. TimeWords.Months.Keys, .. TimeWords.Units.Keys, .. TimeWords.Weekdays.Keys, .. TimeWords.Seasons.Keys, .. TimeWords.Ordinals.Keys,
            .. TimeWords.DecadeWords.Keys, .. TimeWords.VagueAmounts, .. TimeWords.Recurring.Keys, .. Sitrep.Text.Numbers.NumberWords.Units.Keys,
            .. Sitrep.Text.Numbers.NumberWords.Tens.Keys, .. passedOver,
            "than", "least", "most", "moment", "rest", "remainder", "of", "small", "wee", "night", "near", "distant", "foreseeable",
            "immediate", "future", "past", "present", "time", "date", "ago", "later", "earlier", "before", "after", "since", "end",
            "beginning", "start", "middle", "close", "initial", "final", "early", "late", "mid", "working", "business", "work", "same", "next", "last",
            "following", "previous", "coming", "current", "upcoming", "whole", "entire", "full", "soon", "dozen", "little", "while",
            "weekend", "today", "tomorrow", "yesterday", "tonight", "noon", "midnight", "fiscal", "village", "insurgents", "said",
        ];
        string[] before = ["", "at ", "on "];
        string[] after = ["", " of the week", " after", " date", " two days", " as possible", " later"];
        foreach (var word in passedOver)
        {
            foreach (var following in next.Distinct())
            {
                foreach (var preposition in before)
                {
                    foreach (var ending in after)
                    {
                        var text = $"Fighting began on Monday. They met {preposition}{word} {following}{ending} in 2012.";
                        using var document = new Sitrep.Text.Scanning.TextDocument(text);
                        var dates = DateScanner.Find(document.Tokens, Published);
                        var gated = new TimeScan(document, Published, dates, gated: true).Run();
                        var ungated = new TimeScan(document, Published, dates, gated: false).Run();
                        Assert.True(
                            ungated.Select(e => (e.Span, e.Type, e.Value.ToString(), e.Modifier)).SequenceEqual(gated.Select(e => (e.Span, e.Type, e.Value.ToString(), e.Modifier))),
                            text);
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("The bank has ten working days to reply.", "ten working days", "P10D")]
    [InlineData("Payment is due within 5 business days.", "5 business days", "P5D")]
    [InlineData("Can we wait another business day?", "another business day", "P1D")]
    [InlineData("Nothing was decided over the next 4 business days.", "the next 4 business days", "P4D")]
    [InlineData("Talks stalled for the past few working days.", "the past few working days", "PXD")]
    public void Working_and_business_days_are_counted_as_days(string text, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published));

        Assert.Equal((extent, TimeExpressionType.Duration, value), (Cut(text, expression.Span), expression.Type, expression.Value.ToString()));
    }

    [Theory]
    [InlineData("The plant processes 250,000 barrels of oil a day.", TimeExpressionType.Set)]
    [InlineData("It exports 2 million tonnes of crude oil a year.", TimeExpressionType.Set)]
    [InlineData("She sold only a handful of books a week.", TimeExpressionType.Set)]
    [InlineData("The hotline gets dozens of calls a day.", TimeExpressionType.Set)]
    [InlineData("Nurses work a few hours a day.", TimeExpressionType.Set)]
    [InlineData("The 5 suspects spent a day in jail.", TimeExpressionType.Duration)]
    [InlineData("Officials gave the 10 hostages a day to leave.", TimeExpressionType.Duration)]
    public void A_rate_after_a_measure_of_a_thing_is_a_set_and_a_length_after_a_verb_is_not(string text, TimeExpressionType type)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text is "a day" or "a week" or "a year");

        Assert.Equal(type, expression.Type);
    }

    [Theory]
    [InlineData("He said 2012 was the worst year.", "2012")]
    [InlineData("2010 has gone down as a lost year.", "2010")]
    public void A_year_before_a_verb_ending_in_s_is_a_year_not_a_count(string text, string value)
    {
        Assert.Equal(value, Assert.Single(TimeExpressionScanner.Find(text, Published)).Value.ToString());
    }

    [Theory]
    [InlineData("In the 1990s the town was a trading hub; today it is a ruin.")]
    [InlineData("Today, violence is lower than at its peak in 2006 and 2007.")]
    [InlineData("A shop that cost $200 a month in 2012 costs $450 today, she said.")]
    [InlineData("In 2009, the families won a civil case. Today, Gallagher, 63, runs a group for victims' families.")]
    [InlineData("Rebuilding began in the mid-2000s. Today, the avenues are lined with towers.")]
    [InlineData("It grew in the '80s. Today, it is a ruin.")]
    [InlineData("The killing began on April 15, 1994. It lasted weeks. She hid in a swamp. Today, she is a teacher.")]
    public void Today_as_nowadays_beside_a_time_long_past_is_the_present(string text)
    {
        var today = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text is "today" or "Today");

        Assert.Equal("PRESENT_REF", today.Value.ToString());
        Assert.DoesNotContain(ReportParser.Parse(text, new ReportContext(Published)).Dates, d => text.Substring(d.Span.Start, d.Span.Length) is "today" or "Today");
    }

    [Theory]
    [InlineData("Today is the anniversary of the 1994 genocide.")]
    [InlineData("Police are today investigating the 2012 attack.")]
    [InlineData("The ministry said today that 2012 was the worst year.")]
    [InlineData("Troops raided a compound in Logar province, today. The leader is responsible for attacks in 2011.")]
    [InlineData("The country is calm today.")]
    [InlineData("Today, the president is expected to visit the 2012 site.")]
    public void Today_the_day_of_publication_stays_that_day(string text)
    {
        var today = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text is "today" or "Today");

        Assert.Equal("2013-03-22", today.Value.ToString());
    }

    [Theory]
    [InlineData("Mubarak, who turns 85 in May, has spent the past nine months in a hospital.", "May", "2013-05")]
    [InlineData("The charity marks its centenary in June.", "June", "2013-06")]
    public void An_age_or_an_anniversary_told_in_the_present_lies_ahead(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("In 2011, fighting continued until the end of the year.", "the end of the year", "2011")]
    [InlineData("He stayed in office until March.", "March", "2013-03")]
    [InlineData("Fighting lasted until Thursday.", "Thursday", "2013-03-21")]
    [InlineData("Schools will stay closed until Monday.", "Monday", "2013-03-25")]
    [InlineData("The talks were postponed until June.", "June", "2013-06")]
    public void A_time_after_a_past_verb_of_going_on_and_until_is_when_it_stopped(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("The economy shrank in the third quarter of 2012 but grew slightly in the final three months of the year.", "2012-Q4")]
    [InlineData("Sales fell last year but rose in the first half of the year.", "2012-H1")]
    [InlineData("Sales fell in 2012 and will rise in the final three months of the year.", "2013-Q4")]
    [InlineData("Sales rose in the first half of the year.", "2013-H1")]
    public void The_year_of_a_part_is_the_one_its_sentence_named_when_told_in_the_past(string text, string value)
    {
        Assert.Equal(value, TimeExpressionScanner.Find(text, Published)[^1].Value.ToString());
    }

    [Theory]
    [InlineData("Schools will open two hours late on Monday.", "Monday", "2013-03-25")]
    [InlineData("The train arrived a day early on Thursday.", "Thursday", "2013-03-21")]
    [InlineData("Apple reported results for the quarter late Tuesday.", "late Tuesday", "2013-03-19")]
    public void Early_or_late_after_a_length_says_how_early_or_late_and_after_a_period_named_is_a_part_of_the_day(string text, string extent, string value)
    {
        var day = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Type == TimeExpressionType.Date);

        Assert.Equal((extent, value, extent.StartsWith("late", StringComparison.Ordinal) ? TimexModifier.End : TimexModifier.None), (day.Text, day.Value.ToString(), day.Modifier));
        Assert.Equal(extent, Assert.Single(ReportParser.Parse(text, new ReportContext(Published)).Dates).Text);
    }

    [Theory]
    [InlineData("Spring officially began on Wednesday.", "Spring", "2013-SP")]
    [InlineData("Fighting eased as spring arrived.", "spring", "2013-SP")]
    [InlineData("The Arab Spring began in 2011.", null, null)]
    [InlineData("Villagers drew water from a spring.", null, null)]
    [InlineData("Protesters met at Spring Street.", null, null)]
    public void A_season_alone_opening_its_sentence_or_before_its_coming_is_that_season(string text, string? extent, string? value)
    {
        var season = TimeExpressionScanner.Find(text, Published).Where(e => e.Value.ToString().EndsWith("-SP", StringComparison.Ordinal)).ToList();

        Assert.Equal(extent is null ? [] : [(extent, value!)], season.Select(e => (e.Text, e.Value.ToString())));
    }

    [Theory]
    [InlineData("In the first three months of the year, civilian deaths rose 30 percent from the same period in 2012.", "the same period in 2012", "2012-Q1")]
    [InlineData("Profit rose in the first quarter from the same quarter last year.", "the same quarter last year", "2012-Q1")]
    [InlineData("Sales rose in the first half from the same period a year earlier.", "the same period a year earlier", "2012-H1")]
    public void The_same_period_in_another_year_is_the_period_spoken_of_in_that_year(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("Accidents happen every year during the summer.", "the summer", "XXXX-SU")]
    [InlineData("Floods usually hit in the winter.", "the winter", "XXXX-WI")]
    [InlineData("Usually the U.S. Senate meets in the winter.", "the winter", "XXXX-WI")]
    [InlineData("The rainy season, which begins in April every year, is dangerous.", "April", "XXXX-04")]
    [InlineData("The festival is held in June annually.", "June", "XXXX-06")]
    [InlineData("Talks begin in April, every year a new round.", "April", "2013-04")]
    [InlineData("Floods hit in the winter.", "the winter", "2012-WI")]
    public void A_season_in_a_habit_is_any_years(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("\"Nothing will be solved overnight,\" an aide said.")]
    [InlineData("Peace will not happen overnight.")]
    public void Overnight_meaning_at_once_is_no_night(string text)
    {
        Assert.Empty(TimeExpressionScanner.Find(text, Published));
        Assert.Empty(ReportParser.Parse(text, new ReportContext(Published)).Dates);
    }

    [Theory]
    [InlineData("The war began in 2011. That year, 5,000 people died.", "That year", "2011")]
    [InlineData("The war began in 2011. Later that year, talks began.", "Later that year", "2011")]
    [InlineData("Fighting began in March 2011. That month, 500 people died.", "That month", "2011-03")]
    [InlineData("The war began in 2011. It ended in the spring of that year.", "the spring of that year", "2011-SP")]
    [InlineData("The siege began in April 1992. That summer, shelling was constant.", "That summer", "1992-SU")]
    [InlineData("The reactor exploded on April 26, 1986. By the end of that year, a shell covered it.", "the end of that year", "1986")]
    public void That_year_and_that_month_are_the_narratives(string text, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == extent);

        Assert.Equal((value, TimeAnchor.TextTime), (expression.Value.ToString(), expression.Anchor));
    }

    [Theory]
    [InlineData("She said that year was the worst.")]
    [InlineData("That year was bad.")]
    public void That_year_with_no_year_told_before_or_opening_a_clause_is_no_time(string text)
    {
        Assert.DoesNotContain(TimeExpressionScanner.Find(text, Published), e => e.Text.Contains("year", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("A yearlong siege ended.", "yearlong", "P1Y")]
    [InlineData("The weeklong festival opened.", "weeklong", "P1W")]
    [InlineData("After a daylong meeting, talks ended.", "daylong", "P1D")]
    [InlineData("He gave an hourlong speech.", "hourlong", "PT1H")]
    public void A_length_of_one_unit_written_as_one_word_is_a_duration(string text, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published));

        Assert.Equal((extent, TimeExpressionType.Duration, value), (expression.Text, expression.Type, expression.Value.ToString()));
    }

    [Theory]
    [InlineData("One day, he said, the war would end.", false)]
    [InlineData("He hopes to one day return.", false)]
    [InlineData("The strike lasted one day.", true)]
    public void One_day_to_come_is_no_length(string text, bool length)
    {
        Assert.Equal(length, TimeExpressionScanner.Find(text, Published).Any(e => e.Type == TimeExpressionType.Duration));
    }

    [Theory]
    [InlineData("The first war ended in 1996, and a second began three years later.", "1999")]
    [InlineData("The bomb went off on Aug. 15, 1998. Only one man was convicted, in 2002, and his conviction was overturned three years later.", "2005")]
    [InlineData("Sales fell in 2012 from a year earlier.", "2011")]
    public void Years_later_or_earlier_count_from_the_year_named_just_before_in_the_sentence(string text, string value)
    {
        Assert.Equal(value, TimeExpressionScanner.Find(text, Published)[^1].Value.ToString());
    }

    [Theory]
    [InlineData("The city holds a memorial every Dec. 26.", "every Dec. 26", TimeExpressionType.Set, "XXXX-12-26")]
    [InlineData("Floods come each March.", "each March", TimeExpressionType.Set, "XXXX-03")]
    [InlineData("June 16 is now a public holiday, Youth Day.", "June 16", TimeExpressionType.Date, "XXXX-06-16")]
    [InlineData("March 3 is the deadline.", "March 3", TimeExpressionType.Date, "2013-03-03")]
    public void A_day_or_month_of_every_year_is_any_years(string text, string extent, TimeExpressionType type, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == extent);

        Assert.Equal((type, value), (expression.Type, expression.Value.ToString()));
    }

    [Theory]
    [InlineData("The allowance will rise from April 2014, a year earlier than planned.", "a year", "P1Y")]
    [InlineData("The bridge opened two weeks later than expected.", "two weeks", "P2W")]
    [InlineData("Inflation in the year to February was 2.8 per cent.", "the year", "P1Y")]
    [InlineData("Sales in the week ending Saturday rose.", "the week", "P1W")]
    public void By_how_much_earlier_and_a_unit_up_to_a_day_named_are_lengths(string text, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == extent);

        Assert.Equal((TimeExpressionType.Duration, value), (expression.Type, expression.Value.ToString()));
    }

    [Theory]
    [InlineData("White smoke rose at 7:06 p.m. on the second day of the conclave.", "7:06 p.m.", "2013-03-22T19:06")]
    [InlineData("They met at 7 p.m. on the first night.", "7 p.m.", "2013-03-22T19:00")]
    [InlineData("It happened at 9 p.m. on the third.", "9 p.m. on the third", "2013-03-03T21:00")]
    public void An_ordinal_of_the_noun_after_it_is_no_day_of_the_month(string text, string extent, string value)
    {
        var clock = Assert.Single(TimeExpressionScanner.Find(text, Published));

        Assert.Equal((extent, value), (clock.Text, clock.Value.ToString()));
    }

    [Theory]
    [InlineData("He last saw his family on July 13, 1995. Serb forces had overrun the enclave two days earlier. That night, the killings began.", "That night", "1995-07-13TNI")]
    [InlineData("He last saw his family on July 13, 1995. Serb forces overran the enclave two days later. That night, the killings began.", "That night", "1995-07-15TNI")]
    [InlineData("The army said late on Monday that 14 militants had been killed in a raid the previous night.", "the previous night", "2013-03-17TNI")]
    public void A_step_back_in_the_past_perfect_and_a_statements_day_anchor_the_night_rightly(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("Talks start at noon GMT on Monday.", "noon GMT on Monday", "2013-03-25T12:00")]
    [InlineData("The curfew begins at midnight local time.", "midnight local time", "2013-03-22T24:00")]
    [InlineData("The deadline is noon Eastern time.", "noon Eastern time", "2013-03-22T12:00")]
    public void A_clock_word_keeps_its_zone_and_the_day_after_it(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("For the first few months she slept in a gym.", "the first few months", "PXM")]
    [InlineData("In its first several weeks the plan failed.", "its first several weeks", "PXW")]
    public void The_first_few_units_are_a_vague_length_with_their_article(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("Twenty-five years ago on Saturday, warplanes gassed Halabja.", "Twenty-five years ago on Saturday", "1988-03-23")]
    [InlineData("Ten years ago today, the war began.", "Ten years ago today", "2003-03-22")]
    [InlineData("Two years ago, he left.", "Two years ago", "2011")]
    public void Years_ago_on_a_day_are_that_day_so_far_back(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Fact]
    public void A_day_in_a_clause_opened_by_whose_does_not_date_the_clock_time_after_it()
    {
        const string text = "Kenyatta was sworn in on Tuesday, five weeks after an election whose result the court upheld on March 16. Crowds filled the stadium at 5 a.m.";

        Assert.Equal("2013-03-19T05:00", ValueOf(text, "5 a.m."));
    }

    [Theory]
    [InlineData("A miners' strike that began in March 1984 lasted a year.", TimeExpressionType.Duration)]
    [InlineData("Output reached 5,000 barrels a day.", TimeExpressionType.Set)]
    public void The_year_of_a_date_is_no_amount_a_rate_follows(string text, TimeExpressionType type)
    {
        var length = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == "a year" || e.Text == "a day");

        Assert.Equal(type, length.Type);
    }

    [Theory]
    [InlineData("Iran holds a presidential election on June 14.", "2013-06-14")]
    [InlineData("The city hosts a summit on June 14.", "2013-06-14")]
    [InlineData("The party holds talks on the bombing on June 14.", "2012-06-14")]
    public void The_event_a_verb_of_holding_holds_is_what_is_scheduled(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "June 14"));
    }

    [Fact]
    public void The_second_half_after_growth_a_few_words_back_is_the_years_half()
    {
        Assert.Equal("2013-H2", ValueOf("Economists expect growth to pick up in the second half.", "the second half"));
    }

    [Theory]
    [InlineData("A missile test could come around April 15, officials said.", "around April 15", TimexModifier.Approximate)]
    [InlineData("He spoke about March 15 at length.", "March 15", TimexModifier.None)]
    public void Around_a_day_of_a_month_is_an_approximation_but_about_may_name_a_topic(string text, string extent, TimexModifier modifier)
    {
        var day = Assert.Single(TimeExpressionScanner.Find(text, Published));

        Assert.Equal((extent, modifier), (day.Text, day.Modifier));
    }

    [Theory]
    [InlineData("Plans had been drawn up years in advance.", "years", "PXY")]
    [InlineData("Tickets sold out weeks ahead of the final.", "weeks", "PXW")]
    public void A_unit_in_the_plural_before_in_advance_or_ahead_of_is_a_vague_length(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("Voting in Sunday's elections has been put off in two provinces.", "2013-03-24")]
    [InlineData("Sunday's match is postponed.", "2013-03-24")]
    [InlineData("Sunday's match was postponed because of snow.", "2013-03-17")]
    public void A_day_whose_event_has_been_put_off_lies_ahead(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "Sunday"));
    }

    [Theory]
    [InlineData("The funeral is on Tuesday.", "Tuesday", "2013-03-26")]
    [InlineData("The return leg is in Madrid on Tuesday.", "Tuesday", "2013-03-26")]
    [InlineData("The hearing is at 10 a.m. on Tuesday.", "10 a.m. on Tuesday", "2013-03-26T10:00")]
    [InlineData("Shares are up 3 percent on Tuesday.", "Tuesday", "2013-03-19")]
    [InlineData("The deadline set by the European Central Bank is Tuesday.", "Tuesday", "2013-03-26")]
    [InlineData("The best day is Tuesday.", "Tuesday", "2013-03-19")]
    public void An_event_told_in_the_present_as_held_on_a_day_is_held_ahead(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("Spending cuts of $85 billion take effect on April 1.", "April 1", "2013-04-01")]
    [InlineData("Talks between the two sides resume on Monday.", "Monday", "2013-03-25")]
    [InlineData("Talks between the two sides resumed on Monday.", "Monday", "2013-03-18")]
    public void A_plural_subject_with_a_phrase_after_its_head_schedules_the_day_of_its_verb(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("Monday is the anniversary of his birth.", "2013-03-25")]
    [InlineData("Monday marks a year since the blasts.", "2013-03-25")]
    [InlineData("Monday is over.", "2013-03-18")]
    [InlineData("Monday was the anniversary of his birth.", "2013-03-18")]
    public void A_day_that_opens_its_sentence_as_the_subject_of_a_present_verb_is_still_to_come(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "Monday"));
    }

    [Theory]
    [InlineData("It aims to reach 2 percent inflation in about two years.", "DATE", "2015")]
    [InlineData("It aims to reach 2 percent inflation, a goal the government set in January, in about two years.", "DATE", "2015")]
    [InlineData("Prices rose 20 percent in about two years.", "DURATION", "P2Y")]
    public void An_approximate_length_ahead_after_in_is_the_time_that_far_ahead(string text, string type, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == "about two years");
        Assert.Equal((type, value, TimexModifier.Approximate), (TimeMl.TypeName(expression.Type), expression.Value.ToString(), expression.Modifier));
    }

    [Theory]
    [InlineData("Cyprus agreed to a bailout early Monday after talks that ran until about 4 a.m.", "2013-03-18T04:00")]
    [InlineData("Parliament sat on Monday in a session that ran until about 4 a.m.", "2013-03-19T04:00")]
    public void The_small_hours_a_day_told_by_its_early_hours_runs_until_are_that_days(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "about 4 a.m."));
    }

    [Fact]
    public void A_possessive_of_this_year_between_a_habit_and_a_date_dates_what_follows()
    {
        Assert.Equal("2013-03-15", ValueOf("The ice usually reaches its peak in March, and this year's peak, on March 15, was small.", "March 15"));
    }

    [Theory]
    [InlineData("Russia marked one year to go before the Winter Olympics on Thursday.")]
    [InlineData("The team trained before the Summer Games.")]
    public void A_capitalised_season_before_a_capitalised_word_is_part_of_a_name(string text)
    {
        Assert.DoesNotContain(TimeExpressionScanner.Find(text, Published), e => e.Text.Contains("Winter", StringComparison.Ordinal) || e.Text.Contains("Summer", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Two bombs exploded minutes apart in a crowded market.", "minutes", "PTXM")]
    [InlineData("The blasts came seconds apart.", "seconds", "PTXS")]
    public void A_vague_length_between_two_events_is_a_duration(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("Net income fell in the quarter ending March 30, from $11.6 billion a year earlier.", "2012-Q1")]
    [InlineData("Sales rose in the quarter that ended on Dec. 31 from a year earlier.", "2011-Q4")]
    [InlineData("He was born on March 30, 1990, and his brother a year earlier.", "1989")]
    public void A_year_before_the_day_a_quarter_ends_is_that_quarter_a_year_before(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "a year earlier"));
    }

    [Theory]
    [InlineData("The board meets from April 4 to 8.", "8", "2013-04-08")]
    [InlineData("The board meets April 4-8 in Vienna.", "8", "2013-04-08")]
    public void A_day_alone_that_ends_a_span_begun_by_a_day_of_a_month_is_that_months(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("Prices rose from April 4 to 8 percent.")]
    [InlineData("The fair runs from April 3 through 7, 2014.")]
    public void A_number_after_a_day_that_is_an_amount_or_has_a_year_after_it_is_no_day_of_its_own(string text)
    {
        Assert.DoesNotContain(TimeExpressionScanner.Find(text, Published), e => e.Text is "8" or "7");
    }

    [Fact]
    public void A_rate_may_lead_on_to_a_place()
    {
        var rate = Assert.Single(TimeExpressionScanner.Find("The pipeline carries about 110,000 barrels a day to the Red Sea.", Published));
        Assert.Equal(("a day", TimeExpressionType.Set, "P1D"), (rate.Text, rate.Type, rate.Value.ToString()));
    }

    [Theory]
    [InlineData("Greece has cut spending every year since 2010, and unemployment reached 27 percent in November.", "2012-11")]
    [InlineData("Every year the river floods in March, and farmers plant in November.", "XXXX-11")]
    public void A_clause_told_in_the_past_after_a_comma_and_is_no_part_of_a_habit_before_it(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "November"));
    }

    [Fact]
    public void Days_of_a_month_on_a_list_are_that_months()
    {
        var found = TimeExpressionScanner.Find("Forces detained leaders in operations March 13, 15 and yesterday. Talks were held March 13, 15 and 17.", Published);

        Assert.Equal(["2013-03-13", "2013-03-15", "2013-03-21", "2013-03-13", "2013-03-15", "2013-03-17"], found.Select(e => e.Value.ToString()));
        Assert.DoesNotContain(TimeExpressionScanner.Find("On March 13, 25 and 30 people were hurt.", Published), e => e.Text is "25" or "30");
    }

    [Fact]
    public void A_release_appended_after_the_reports_own_is_told_from_its_own_dateline()
    {
        var found = TimeExpressionScanner.Find("KABUL, Afghanistan (March 22, 2013) - Two men were held yesterday.\n\nKABUL, Afghanistan (March 25, 2013) - A leader was killed yesterday.", Published);

        Assert.Equal(["2013-03-22", "2013-03-21", "2013-03-25", "2013-03-24"], found.Select(e => e.Value.ToString()));
    }

    [Fact]
    public void A_number_on_a_list_after_one_read_as_no_year_is_no_year()
    {
        Assert.Empty(TimeExpressionScanner.Find("2011-01-S-140\n1511, 1533, 1574, 1586\nFor Immediate Release", Published));
        Assert.Equal(["2008", "2009", "2010"], TimeExpressionScanner.Find("Prices rose in 2008, 2009 and 2010.", Published).Select(e => e.Value.ToString()));
    }

    [Fact]
    public void A_count_before_a_measure_with_a_decimal_point_is_no_year()
    {
        Assert.Empty(TimeExpressionScanner.Find("The force recovered five radios, 2000 7.62 mm rounds and documents.", Published));
    }

    [Theory]
    [InlineData("The Bank of Japan, under a new governor from April 20, is expected to ease policy.", "2013-04-20")]
    [InlineData("The bank, which cut rates on April 20, is expected to act again.", "2012-04-20")]
    public void A_day_in_an_aside_with_no_verb_before_a_verb_that_looks_ahead_lies_ahead(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "April 20"));
    }

    [Theory]
    [InlineData("He returned last month to run in elections on May 11.", "2013-05-11")]
    [InlineData("He voted in elections on May 11.", "2012-05-11")]
    public void The_date_of_an_event_an_aim_is_to_take_part_in_is_the_nearer(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "May 11"));
    }

    [Fact]
    public void A_year_before_the_three_months_to_a_day_in_the_sentence_before_is_that_quarter_a_year_before()
    {
        Assert.Equal("2011-Q4", ValueOf("Profit rose in the three months to Dec. 31. Revenue rose 18 percent from a year earlier.", "a year earlier"));
        Assert.Equal("2014", ValueOf("The quarter ended March 31. Two years later, it closed.", "Two years later"));
    }

    [Theory]
    [InlineData("The first protesters were shot on March 18, 2011. By the summer, defectors had formed an army.", "the summer", "2011-SU")]
    [InlineData("The war began on March 18, 2011. By the winter, the army had retreated.", "the winter", "2012-WI")]
    public void A_season_told_in_the_past_soon_after_the_storys_day_is_of_its_year(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("Talks will be held on 12-13 April in Geneva.", "12", "2013-04-12")]
    [InlineData("Voting takes place between 12 and 14 April.", "12", "2013-04-12")]
    [InlineData("The summit, on 12-13 March 2014, was postponed.", "12", "2014-03-12")]
    public void A_day_alone_that_starts_a_span_ended_by_a_day_written_day_first_is_that_months(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("He was jailed for 12-13 years.")]
    [InlineData("My vacation is from 10-1-2018-10-7-2018.")]
    public void A_number_before_a_span_that_is_no_day_first_date_is_no_day(string text)
    {
        // "12" of "12-13 years" is a length of its own (the first bound of a range of lengths), never a day.
        Assert.DoesNotContain(TimeExpressionScanner.Find(text, Published), e => e.Text is "12" or "1" && e.Type != TimeExpressionType.Duration);
    }

    [Theory]
    [InlineData("The inquiry will report on Thursday week.", "Thursday week", "2013-04-04")]
    [InlineData("Voting is on Sunday week, officials said.", "Sunday week", "2013-03-31")]
    [InlineData("Talks resume at 10:30 on Monday week.", "10:30 on Monday week", "2013-04-01T10:30")]
    [InlineData("The talks ended in the early hours of this morning.", "the early hours of this morning", "2013-03-22")]
    [InlineData("Polls open at 0700 local time on Sunday.", "0700 local time on Sunday", "2013-03-24T07:00")]
    public void British_and_wire_forms_of_days_and_clock_times_are_read_whole(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("It was the third attack in as many days.", "as many days", "P3D")]
    [InlineData("It was his second win in as many weeks.", "as many weeks", "P2W")]
    [InlineData("Growth was 2 percent in the year to the end of March.", "the year", "P1Y")]
    public void Lengths_counted_by_a_rank_or_running_to_a_periods_end_are_read(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Fact]
    public void As_many_with_no_rank_before_it_counts_nothing_of_its_own()
    {
        Assert.DoesNotContain(TimeExpressionScanner.Find("Prices rose as many days as they fell.", Published), e => e.Text.StartsWith("as", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The election is in June.", "2013-06")]
    [InlineData("Elections are held in June.", "2013-06")]
    [InlineData("Shares are in the red in June.", "2012-06")]
    [InlineData("He was in Kabul in June.", "2012-06")]
    public void An_event_told_in_the_present_as_held_in_a_month_is_held_ahead(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "June"));
    }

    [Theory]
    [InlineData("Elections are held every year on the first Sunday in June.", "XXXX-06")]
    [InlineData("Parliamentary elections are held on the first Sunday in June each year.", "XXXX-06")]
    [InlineData("They met on the first Sunday in June.", "2012-06-03")]
    public void A_weekday_counted_in_any_years_month_is_that_month_not_one_years_day(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "the first Sunday in June"));
    }

    [Theory]
    [InlineData("Its fourth-quarter profit fell 18%. Net income for the year rose 9%.", "2012")]
    [InlineData("Profit fell in the third quarter of 2011. Sales for the year rose.", "2011")]
    public void The_year_the_accounts_are_for_after_a_quarter_reported_on_is_that_quarters_year(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "the year"));
    }

    [Theory]
    [InlineData("He said he hoped to finish work on the bill by April 5.", "2013-04-05")]
    [InlineData("Rebels vowed to strike again on April 5.", "2013-04-05")]
    [InlineData("Cyprus agreed to a rescue on April 5.", "2012-04-05")]
    public void An_aim_told_in_the_past_reads_its_date_the_nearer_way(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "April 5"));
    }

    [Theory]
    [InlineData("Hong Kong returned to Chinese rule at midnight.", "2013-03-21T24:00")]
    [InlineData("The curfew begins at midnight.", "2013-03-22T24:00")]
    [InlineData("Midnight.", "2013-03-22T24:00")]
    public void Midnight_told_in_the_past_is_the_one_just_gone(string text, string value)
    {
        Assert.Equal(value, Assert.Single(TimeExpressionScanner.Find(text, Published)).Value.ToString());
    }

    [Theory]
    [InlineData("Crowds gathered throughout the day.", "2013-03-22")]
    [InlineData("A bomb exploded on Tuesday. Clashes went on throughout the day.", "2013-03-19")]
    public void Throughout_the_day_is_the_day_the_narrative_is_on(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "the day"));
    }

    [Theory]
    [InlineData("Officials ordered flags flown at half-staff through Wednesday.", "2013-03-27")]
    [InlineData("Schools were closed through Wednesday.", "2013-03-20")]
    public void An_order_holds_through_a_day_ahead(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "Wednesday"));
    }

    [Theory]
    [InlineData("Output shrank in the final quarter of 2011.", "the final quarter of 2011", "2011-Q4")]
    [InlineData("Output shrank in the last quarter of 2011.", "the last quarter of 2011", "2011-Q4")]
    [InlineData("Output shrank in the last half of 2011.", "the last half of 2011", "2011-H2")]
    public void The_last_quarter_or_half_of_a_year_is_its_fourth_quarter_or_second_half(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Fact]
    public void A_quarter_named_in_a_step_back_in_the_past_perfect_is_not_the_quarter_spoken_of()
    {
        const string text = "The economy grew in the first three months of the year. Output had shrunk in the final quarter of 2012. Compared with the same quarter a year ago, it grew 0.6 per cent.";

        Assert.Equal("2012-Q1", ValueOf(text, "the same quarter a year ago"));
    }

    [Theory]
    [InlineData("United play their last home game against Swansea on Tuesday.", "2013-03-26")]
    [InlineData("Brazil face Spain in the final on Tuesday.", "2013-03-26")]
    [InlineData("He played his last match on Tuesday.", "2013-03-19")]
    [InlineData("Fighting in the last two days killed five on Tuesday.", "2013-03-19")]
    public void A_team_before_a_fixture_verb_plays_ahead_and_last_before_a_noun_is_no_cue(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "Tuesday"));
    }

    [Theory]
    [InlineData("On Feb. 15, 1994, about 10,000 people were killed here. The massacres had begun on Feb. 7.", "Feb. 7", "1994-02-07")]
    [InlineData("Soldiers strung wire across the streets on Aug. 13, 1961. Work began within a week. Many died. The first jumped from a window on Aug. 22.", "Aug. 22", "1961-08-22")]
    [InlineData("He was born on Jan. 5, 1950. On March 20, he announced his candidacy.", "March 20", "2013-03-20")]
    [InlineData("The plant opened on March 1, 1990. Survivors gather there every year on March 10.", "March 10", "XXXX-03-10")]
    [InlineData("The uprising began on April 19, 1943. By May 16, the Germans had crushed it.", "May 16", "1943-05-16")]
    public void A_day_without_a_year_close_to_a_story_day_of_the_past_is_in_its_year(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Fact]
    public void Today_before_a_long_subject_and_a_state_is_nowadays()
    {
        Assert.Equal("PRESENT_REF", ValueOf("The wall fell in 1989. Today, a 1.4-kilometer stretch of the wall still stands.", "Today"));
    }

    [Theory]
    [InlineData("The rover will spend its first weeks testing its instruments.", "its first weeks", "PXW")]
    [InlineData("In the final months of the war, food ran out.", "the final months", "PXM")]
    public void The_first_or_last_units_after_a_determiner_are_a_vague_length(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("He will travel to the West Bank on Monday and to Jordan on Tuesday before flying home on Saturday.", "2013-03-23")]
    [InlineData("The visit must be over by Friday, the date set by his hosts on Saturday.", "2013-03-16")]
    public void A_series_of_days_with_no_cue_between_is_read_the_way_its_first_day_is(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "Saturday"));
    }

    [Theory]
    [InlineData("Paul took the floor at 11:47 a.m. on Wednesday and stopped shortly before 1 a.m.", "1 a.m.", "2013-03-21T01:00")]
    [InlineData("Paul took the floor at 11:47 a.m. on Wednesday and stopped at 9 p.m.", "9 p.m.", "2013-03-20T21:00")]
    public void The_small_hours_told_after_a_later_hour_of_the_day_are_the_next_days(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("EU leaders agreed the 960 billion euro plan at a summit in February.", "February", "2013-02")]
    [InlineData("Officials plan to vote in April.", "April", "2013-04")]
    [InlineData("A separate deadline looms on March 27.", "March 27", "2013-03-27")]
    public void A_plan_named_as_a_thing_after_its_determiner_is_no_cue(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("He will meet his predecessor, Benedict XVI, at Castel Gandolfo on Saturday.", "2013-03-23")]
    [InlineData("He met his predecessor, who had resigned, at Castel Gandolfo on Saturday.", "2013-03-16")]
    public void An_aside_with_no_cue_between_commas_does_not_cut_the_clause(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "Saturday"));
    }

    [Fact]
    public void The_same_time_in_another_zone_in_brackets_is_the_same_day()
    {
        Assert.Equal("2013-03-22T03:20", ValueOf("A meteor exploded at about 9:20 a.m. local time (0320 GMT) on Friday.", "0320 GMT"));
    }

    [Theory]
    [InlineData("The Taliban announced the start of their spring offensive in late April last year.", "2012-SP")]
    [InlineData("The Taliban announced the start of their spring offensive on Monday.", "2013-SP")]
    public void A_season_before_a_noun_dated_right_after_with_a_year_is_that_years(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "spring"));
    }

    [Theory]
    [InlineData("The bank meets monthly except in January, and its next meeting is on April 2.", "January", "XXXX-01")]
    [InlineData("The bank meets monthly except in January, and its next meeting is on April 2.", "April 2", "2013-04-02")]
    [InlineData("Forces have been holding drills daily since March 1.", "March 1", "2013-03-01")]
    public void A_month_excepted_from_a_habit_is_any_years(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    // Published on a Friday (2013-03-22).
    [Theory]
    [InlineData("Between Thursday and Saturday, convoys were blocked.", "Thursday", "2013-03-14")]
    [InlineData("Between Thursday and Saturday, convoys were blocked.", "Saturday", "2013-03-16")]
    [InlineData("Convoys were blocked between Thursday and Saturday.", "Thursday", "2013-03-14")]
    [InlineData("Convoys were blocked between Thursday and Saturday.", "Saturday", "2013-03-16")]
    [InlineData("Convoys will be blocked between Thursday and Saturday.", "Thursday", "2013-03-28")]
    [InlineData("Convoys will be blocked between Thursday and Saturday.", "Saturday", "2013-03-30")]
    [InlineData("Between Tuesday and Thursday, convoys will be halted.", "Tuesday", "2013-03-26")]
    [InlineData("Between Tuesday and Thursday, convoys will be halted.", "Thursday", "2013-03-28")]
    public void A_span_of_weekdays_told_in_the_past_ends_in_the_past(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("On Monday, the council will vote on the budget.", "Monday", "2013-03-25")]
    [InlineData("On Monday, the U.N. Security Council will vote on the resolution.", "Monday", "2013-03-25")]
    [InlineData("Late on Monday, the army is expected to withdraw.", "Late on Monday", "2013-03-25")]
    [InlineData("On Monday, the party plans to elect a leader.", "Monday", "2013-03-25")]
    [InlineData("On Monday, the council voted on the budget.", "Monday", "2013-03-18")]
    [InlineData("On Monday, the president said he will resign.", "Monday", "2013-03-18")]
    [InlineData("On Monday, officials who will attend the talks arrived.", "Monday", "2013-03-18")]
    [InlineData("In April, the government hopes to sign a deal.", "April", "2013-04")]
    [InlineData("Elections in October could change that.", "October", "2013-10")]
    [InlineData("Elections in October changed that.", "October", "2012-10")]
    [InlineData("Spring officially began on Wednesday. Should it rain, crops will grow.", "Wednesday", "2013-03-20")]
    public void A_day_set_off_before_its_main_clause_is_told_in_that_clauses_tense(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("They will meet at 7 p.m. on next Sunday.", "7 p.m. on next Sunday", "2013-03-24T19:00")]
    [InlineData("They will meet at 7:00 on next Sunday afternoon.", "7:00 on next Sunday afternoon", "2013-03-24T19:00")]
    [InlineData("The strike began at 6 a.m. last Friday.", "6 a.m. last Friday", "2013-03-15T06:00")]
    public void A_clock_time_before_a_weekday_told_from_this_week_is_that_days(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("The dividend is payable April 15 to holders of record March 1.", "April 15", "2013-04-15")]
    [InlineData("The dividend is payable April 15 to holders of record March 1.", "March 1", "2013-03-01")]
    [InlineData("The board declared a dividend of 10 cents, payable April 1 to holders of record March 29.", "March 29", "2013-03-29")]
    [InlineData("The rate cut is effective April 1.", "April 1", "2013-04-01")]
    [InlineData("The ban was effective Jan. 1.", "Jan. 1", "2013-01-01")]
    [InlineData("The election is on the first Sunday of August.", "the first Sunday of August", "2013-08-04")]
    [InlineData("The election was on the first Sunday of August.", "the first Sunday of August", "2012-08-05")]
    [InlineData("The council met on the first Monday of the month.", "the first Monday of the month", "2013-03-04")]
    public void A_payment_or_a_change_set_for_a_day_and_an_event_held_on_a_ranked_day_look_ahead(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("Prices are reviewed twice monthly.", "twice monthly", "P1M", "2X", null)]
    [InlineData("Inspections occur three times yearly.", "three times yearly", "P1Y", "3X", null)]
    [InlineData("Aid arrives every Tuesday and Friday.", "Friday", "XXXX-WXX-5", null, "EVERY")]
    [InlineData("Aid arrives each Monday or Thursday.", "Thursday", "XXXX-WXX-4", null, "EACH")]
    [InlineData("The council meets on the first Monday of every month.", "the first Monday of every month", "P1M", null, "EVERY")]
    [InlineData("Talks are held in the first week of each month.", "the first week of each month", "P1M", null, "EACH")]
    public void A_count_before_a_rate_and_a_day_joined_to_a_set_are_sets(string text, string extent, string value, string? frequency, string? quantifier)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == extent);

        Assert.Equal((TimeExpressionType.Set, value, frequency, quantifier), (expression.Type, expression.Value.ToString(), expression.Frequency, expression.Quantifier));
    }

    [Theory]
    [InlineData("The deal must be approved by the end of the day on Monday.", "the end of the day on Monday", "2013-03-25")]
    [InlineData("By the end of Monday, the deal must be approved.", "the end of Monday", "2013-03-25")]
    [InlineData("The deal was approved at the end of the day Tuesday.", "the end of the day Tuesday", "2013-03-19")]
    public void The_end_of_the_day_before_a_day_is_that_days_end(string text, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == extent);

        Assert.Equal((value, TimexModifier.End), (expression.Value.ToString(), expression.Modifier));
    }

    [Theory]
    [InlineData("The deal must be approved by Monday. The previous week, ministers had met in Brussels.", "The previous week", "2013-W11")]
    [InlineData("Talks ended on Wednesday. The deal must be approved by Monday. The day before, the president had warned of collapse.", "The day before", "2013-03-19")]
    [InlineData("The vote will be held on Monday. The day before, campaigning stops.", "The day before", "2013-03-24")]
    [InlineData("The bank holiday, originally due to end Thursday, was extended to Tuesday.", "Tuesday", "2013-03-26")]
    public void A_step_back_told_in_the_past_after_a_day_to_come_counts_from_the_last_day_gone(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("Police were called at around 2am local time (2300 GMT Tuesday).", "around 2am local time", "2013-03-20T02:00")]
    [InlineData("The blast hit at 10 p.m. EST (0300 GMT Wednesday).", "10 p.m. EST", "2013-03-19T22:00")]
    [InlineData("The strike hit at 15:30 local time (1230 GMT Tuesday).", "15:30 local time", "2013-03-19T15:30")]
    public void A_clock_time_with_another_zones_time_and_day_in_brackets_is_on_the_day_the_hours_between_give(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Fact]
    public void The_second_half_after_the_company_a_few_words_back_is_the_years_half()
    {
        Assert.Equal("2013-H2", ValueOf("She said the company would close two plants in the second half.", "the second half"));
    }

    [Theory]
    [InlineData("The strike lasted from Monday to Thursday.", "Thursday", "2013-03-21")]
    [InlineData("The strike lasted from Wednesday to Monday.", "Wednesday", "2013-03-13")]
    [InlineData("The strike lasted from Wednesday to Monday.", "Monday", "2013-03-18")]
    [InlineData("The office will be closed from Monday to Thursday.", "Thursday", "2013-03-28")]
    [InlineData("Talks ran from Thursday to Monday.", "Monday", "2013-03-18")]
    public void The_weekday_that_ends_a_span_of_weekdays_follows_the_one_that_starts_it(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("Troops patrol 24 hours a day, seven days a week.", "24 hours", TimeExpressionType.Duration, "PT24H")]
    [InlineData("Troops patrol 24 hours a day, seven days a week.", "a day", TimeExpressionType.Set, "P1D")]
    [InlineData("Troops patrol 24 hours a day, seven days a week.", "a week", TimeExpressionType.Set, "P1W")]
    [InlineData("He waited 1 year 2 months and 10 days.", "1 year 2 months and 10 days", TimeExpressionType.Duration, "P1Y2M10D")]
    public void A_larger_unit_after_an_article_is_a_rate_not_part_of_a_length(string text, string extent, TimeExpressionType type, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == extent);

        Assert.Equal((type, value), (expression.Type, expression.Value.ToString()));
    }

    [Theory]
    [InlineData("The talks ended the week before last.", "the week before last", "2013-W10")]
    [InlineData("Sales fell the year before last.", "the year before last", "2011")]
    public void The_unit_before_last_is_two_back(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    // Published on a Friday: the last weekend and Friday are the week's before; the next weekend is the one after
    // tomorrow's, the next Tuesday the coming one.
    [Theory]
    [InlineData("Hotels were full the weekend before last.", "the weekend before last", "2013-W10-WE")]
    [InlineData("He left on the Friday before last.", "the Friday before last", "2013-03-08")]
    [InlineData("Talks resume the weekend after next.", "the weekend after next", "2013-W14-WE")]
    [InlineData("The court sits the Tuesday after next.", "the Tuesday after next", "2013-04-02")]
    public void A_weekend_or_weekday_before_last_or_after_next_is_a_week_on_from_the_last_or_next(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("Sales rose in FY2012.", "FY2012", "FY2012")]
    [InlineData("Sales rose in FY 2011.", "FY 2011", "FY2011")]
    [InlineData("Sales rose in FY12.", "FY12", "FY2012")]
    [InlineData("Profit fell in H1 2012.", "H1 2012", "2012-H1")]
    [InlineData("Profit rose in H2'12.", "H2'12", "2012-H2")]
    [InlineData("Revenue fell in Q4'12.", "Q4'12", "2012-Q4")]
    public void Abbreviated_fiscal_years_halves_and_quarters_take_their_year(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("Music of the 80s is back.", "the 80s", "198", "")]
    [InlineData("Prices soared in the 70's.", "the 70's", "197", "")]
    [InlineData("Unemployment peaked in the late 90s.", "the late 90s", "199", "END")]
    public void A_decade_in_two_digits_after_its_article_is_that_decade(string text, string extent, string value, string modifier)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == extent);

        Assert.Equal((value, modifier), (expression.Value.ToString(), expression.Modifier == TimexModifier.None ? string.Empty : expression.Modifier.ToString().ToUpperInvariant()));
    }

    [Theory]
    [InlineData("Temperatures will climb into the 50s.")]
    [InlineData("Highs will be in the 80s.")]
    [InlineData("A man in his 80s was hurt.")]
    [InlineData("Approval ratings hovered in the 40s.")]
    [InlineData("The H1N1 virus spread.")]
    [InlineData("H2 production will double.")]
    public void Two_digit_numbers_of_temperatures_ages_and_viruses_are_no_times(string text)
    {
        Assert.Empty(TimeExpressionScanner.Find(text, Published));
    }

    // Published on Friday 22 March 2013: a thing set to happen that "runs" from a date lies ahead; home runs are a noun.
    [Theory]
    [InlineData("The festival runs from June 3 to June 5.", "June 3", "2013-06-03")]
    [InlineData("The exhibition runs 3-5 June.", "5 June", "2013-06-05")]
    [InlineData("Wimbledon runs until July 6.", "July 6", "2013-07-06")]
    [InlineData("He hit two home runs on Sunday.", "Sunday", "2013-03-17")]
    public void A_thing_that_runs_from_a_date_is_set_to_happen(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("The truce held for a month or so.", "a month or so", "P1M", "APPROXIMATE")]
    [InlineData("He was jailed for 18 mths.", "18 mths", "P18M", "")]
    [InlineData("The plant will shut for 2 wks.", "2 wks", "P2W", "")]
    public void Abbreviated_units_and_or_so_read_as_lengths(string text, string extent, string value, string modifier)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == extent);

        Assert.Equal((value, modifier), (expression.Value.ToString(), expression.Modifier == TimexModifier.None ? string.Empty : expression.Modifier.ToString().ToUpperInvariant()));
    }

    [Theory]
    [InlineData("Repairs will take six to eight weeks.", "six|P6W", "eight weeks|P8W")]
    [InlineData("He was jailed for between five and 10 years.", "five|P5Y", "10 years|P10Y")]
    [InlineData("Officers spent 10-12 hours at the site.", "10|PT10H", "12 hours|PT12H")]
    [InlineData("He was jailed for 12-13 years.", "12|P12Y", "13 years|P13Y")]
    [InlineData("The fighting lasted three-to-four days.", "three|P3D", "four days|P4D")]
    [InlineData("It could take two or three weeks.", "two|P2W", "three weeks|P3W")]
    public void The_first_bound_of_a_range_of_lengths_is_a_length_in_the_unit_of_the_second(string text, string firstBound, string secondBound)
    {
        var found = TimeExpressionScanner.Find(text, Published).Select(e => $"{e.Text}|{e.Value}").ToArray();

        Assert.Equal([firstBound, secondBound], found);
    }

    [Theory]
    [InlineData("Children aged six to 12 years were hurt.", "six")]
    [InlineData("The army ran one or 18-day courses.", "one")]
    [InlineData("Eight to 10 people were killed in two days.", "Eight")]
    [InlineData("Five or 10 years ago, nobody cared.", "Five")]
    public void A_number_before_an_age_a_noun_s_length_or_no_plain_length_is_no_bound(string text, string number)
    {
        Assert.DoesNotContain(TimeExpressionScanner.Find(text, Published), e => e.Text == number);
    }

    [Theory]
    [InlineData("The ceasefire could come within a day or two.", "a day or two", "DURATION", "P1D")]
    [InlineData("We waited an hour or two.", "an hour or two", "DURATION", "PT1H")]
    [InlineData("Talks will resume in a week or so.", "a week or so", "DATE", "2013-W13")]
    [InlineData("Talks resumed a week or so later.", "a week or so later", "DATE", "2013-W13")]
    [InlineData("A year or two ago, nobody cared.", "A year or two ago", "DATE", "2012")]
    public void A_length_with_or_two_or_or_so_is_about_that_long_or_that_far(string text, string extent, string type, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published));

        Assert.Equal((extent, type, value, TimexModifier.Approximate), (expression.Text, expression.Type.ToString().ToUpperInvariant(), expression.Value.ToString(), expression.Modifier));
    }

    [Theory]
    [InlineData("Shops were crowded before Eid al-Fitr.", "2013-03-22", "Eid al-Fitr", "2013-08-08")]
    [InlineData("Pilgrims marked Ashura.", "2013-03-22", "Ashura", "2012-11-24")]
    [InlineData("The Mawlid parade was cancelled.", "2013-03-22", "Mawlid", "2013-01-24")]
    [InlineData("A bomb hit a market crowded ahead of Eid-ul-Azha.", "2016-10-17", "Eid-ul-Azha", "2016-09-11")]
    [InlineData("Eid el-Kebir 2016 was quiet.", "2013-03-22", "Eid el-Kebir 2016", "2016-09-11")]
    [InlineData("Attacks rose during Eid ul-Fitr in 2015.", "2013-03-22", "Eid ul-Fitr", "2015-07-17")]
    [InlineData("Last Eid al-Adha, the army declared a truce.", "2016-10-17", "Last Eid al-Adha", "2016-09-11")]
    [InlineData("Next Eid al-Fitr will be different.", "2016-10-17", "Next Eid al-Fitr", "2017-06-25")]
    [InlineData("Eid al-Fitr was quiet.", "2000-12-30", "Eid al-Fitr", "2000-12-27")]
    public void A_feast_of_the_Islamic_year_is_the_Umm_al_Qura_day_about_the_day_kept(string text, string published, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, LocalDatePattern.Iso.Parse(published).Value), e => !char.IsAsciiDigit(e.Text[0]));

        Assert.Equal((extent, value, TimexModifier.Approximate), (expression.Text, expression.Value.ToString(), expression.Modifier));
    }

    [Fact]
    public void A_feast_said_to_fall_on_a_day_is_that_day_exactly()
    {
        var expression = Assert.Single(TimeExpressionScanner.Find("Eid al-Adha falls on September 12 this year.", new LocalDate(2016, 8, 1)), e => e.Text == "Eid al-Adha");

        Assert.Equal(("2016-09-12", TimexModifier.None), (expression.Value.ToString(), expression.Modifier));
    }

    [Theory]
    [InlineData("Nowruz was celebrated across Iran.", "2013-03-22", "Nowruz", "2013-03-21")]
    [InlineData("Kurds celebrated Newroz in Diyarbakir.", "2016-10-17", "Newroz", "2016-03-21")]
    [InlineData("Nowruz celebrations were cancelled.", "2016-10-17", "Nowruz", "2016-03-20")]
    public void The_new_year_of_the_Persian_calendar_is_the_day_of_the_March_equinox_and_Newroz_is_21_March(string text, string published, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, LocalDatePattern.Iso.Parse(published).Value));

        Assert.Equal((extent, value, TimexModifier.None), (expression.Text, expression.Value.ToString(), expression.Modifier));
    }

    [Theory]
    [InlineData("Gunmen attacked a church on Palm Sunday.", "2013-03-20", "Palm Sunday", "2012-04-01")]
    [InlineData("Services on Ash Wednesday were cancelled.", "2013-03-20", "Ash Wednesday", "2013-02-13")]
    [InlineData("He will fly home on Maundy Thursday.", "2013-03-20", "Maundy Thursday", "2013-03-28")]
    [InlineData("The vigil was held on Holy Saturday.", "2013-04-10", "Holy Saturday", "2013-03-30")]
    [InlineData("Crowds will gather at Pentecost.", "2013-03-20", "Pentecost", "2013-05-19")]
    [InlineData("Orthodox Easter falls on May 5.", "2013-03-20", "Orthodox Easter", "2013-05-05")]
    [InlineData("Orthodox Easter was quiet.", "2016-10-17", "Orthodox Easter", "2016-05-01")]
    [InlineData("Orthodox Christmas was celebrated in Moscow.", "2013-03-20", "Orthodox Christmas", "2013-01-07")]
    [InlineData("The city was quiet on Yom Kippur.", "2013-03-20", "Yom Kippur", "2012-09-26")]
    [InlineData("Rosh Hashanah fell in September.", "2013-03-20", "Rosh Hashanah", "2012-09-17")]
    [InlineData("Pilgrims arrived for Passover.", "2013-04-10", "Passover", "2013-03-26")]
    [InlineData("Candles were lit for Hanukkah.", "2013-03-20", "Hanukkah", "2012-12-09")]
    [InlineData("Purim was celebrated in Jerusalem.", "2014-04-01", "Purim", "2014-03-16")]
    [InlineData("Purim was celebrated in Jerusalem.", "2013-04-01", "Purim", "2013-02-24")]
    [InlineData("Hamas attacked on Simchat Torah.", "2023-10-09", "Simchat Torah", "2023-10-07")]
    [InlineData("The Veterans Day parade was held.", "2013-03-20", "Veterans Day", "2012-11-11")]
    [InlineData("Wreaths were laid on Remembrance Sunday.", "2013-03-20", "Remembrance Sunday", "2012-11-11")]
    [InlineData("Veterans marched on Anzac Day.", "2013-05-01", "Anzac Day", "2013-04-25")]
    [InlineData("The St. Patrick's Day parade was quiet.", "2013-03-20", "St. Patrick's Day", "2013-03-17")]
    [InlineData("Offices closed on Martin Luther King Jr. Day.", "2013-03-20", "Martin Luther King Jr. Day", "2013-01-21")]
    [InlineData("Sales rose on Black Friday.", "2013-03-20", "Black Friday", "2012-11-23")]
    [InlineData("Markets closed on Presidents' Day.", "2013-03-20", "Presidents' Day", "2013-02-18")]
    public void The_feasts_counted_from_Easter_the_Orthodox_and_Jewish_feasts_and_days_of_remembrance_are_their_day(string text, string published, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, LocalDatePattern.Iso.Parse(published).Value), e => e.Span.Start == text.IndexOf(extent, StringComparison.Ordinal));

        Assert.Equal((extent, value, TimexModifier.None), (expression.Text, expression.Value.ToString(), expression.Modifier));
    }

    [Theory]
    [InlineData("The Yom Kippur War changed the region.")]
    [InlineData("Families shared a Passover seder.")]
    [InlineData("The Ascension Island base was busy.")]
    [InlineData("Canada announced new sanctions.")]
    public void A_holiday_s_name_in_the_name_of_something_else_is_no_time(string text)
    {
        Assert.Empty(TimeExpressionScanner.Find(text, Published));
    }

    [Theory]
    [InlineData("The vote had been postponed to the summer.", "the summer", "2013-SU")]
    [InlineData("The vote was moved to the summer.", "the summer", "2013-SU")]
    [InlineData("The summit was pushed back to October.", "October", "2013-10")]
    [InlineData("The match was rescheduled for the autumn.", "the autumn", "2013-FA")]
    [InlineData("The talks were delayed until October.", "October", "2013-10")]
    public void The_new_time_a_thing_was_put_off_to_lies_ahead(string text, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, new LocalDate(2013, 3, 21)));

        Assert.Equal((extent, value), (expression.Text, expression.Value.ToString()));
    }

    [Fact]
    public void A_new_time_told_as_past_by_what_follows_is_the_nearer()
    {
        var expression = Assert.Single(TimeExpressionScanner.Find("The vote, postponed to October, was held without incident.", new LocalDate(2013, 3, 21)));

        Assert.Equal("2012-10", expression.Value.ToString());
    }

    [Theory]
    [InlineData("The '58 team was the best.", "'58", "1958")]
    [InlineData("In the '58 season he scored twice.", "'58", "1958")]
    [InlineData("It was a '98 vintage.", "'98", "1998")]
    public void A_short_year_between_a_determiner_and_a_noun_is_the_year_alone(string text, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published));

        Assert.Equal((extent, value), (expression.Text, expression.Value.ToString()));
    }

    [Theory]
    [InlineData("The second-quarter results beat forecasts.", "second-quarter", "2012-Q2")]
    [InlineData("The 19th-century building survived.", "19th-century", "18")]
    [InlineData("The 1930s-era theater closed.", "1930s", "193")]
    [InlineData("In the 19th century it was a fort.", "the 19th century", "18")]
    [InlineData("Profit in the second-quarter of 2012 rose.", "the second-quarter of 2012", "2012-Q2")]
    public void A_period_written_as_an_adjective_leaves_the_article_to_its_noun(string text, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published));

        Assert.Equal((extent, value), (expression.Text, expression.Value.ToString()));
    }

    [Fact]
    public void A_half_of_the_year_accounts_are_of_is_read_and_a_match_s_half_is_not()
    {
        var profit = Assert.Single(TimeExpressionScanner.Find("The first-half profit rose.", Published));

        Assert.Equal(("first-half", "2013-H1"), (profit.Text, profit.Value.ToString()));
        Assert.Empty(TimeExpressionScanner.Find("He scored a first-half goal.", Published));
    }

    [Theory]
    [InlineData("Forecasters expect more rain this week.", "2013-W16")]
    [InlineData("Officials will meet later this week.", "2013-W16")]
    [InlineData("Rain fell this week.", "2013-W15")]
    public void This_week_said_on_a_Sunday_of_what_is_to_come_is_the_week_ahead(string text, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, new LocalDate(2013, 4, 14)));

        Assert.Equal(value, expression.Value.ToString());
    }

    [Theory]
    [InlineData("Militants have carried out attacks about once a month since July.", "about once a month", "P1M", "1X")]
    [InlineData("Patrols pass roughly three times a week.", "roughly three times a week", "P1W", "3X")]
    public void A_rate_told_about_is_a_set_about_that_often(string text, string extent, string value, string frequency)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Type == TimeExpressionType.Set);

        Assert.Equal((extent, value, TimexModifier.Approximate, frequency), (expression.Text, expression.Value.ToString(), expression.Modifier, expression.Frequency));
    }

    [Theory]
    [InlineData("Car bombs killed 56 people on Tuesday, on the eve of the anniversary of the invasion that began 10 years ago Wednesday. The attacks came minutes apart, starting at about 8 a.m.", "2013-03-19T08:00")]
    [InlineData("Rebels traded blame on Friday over an airliner that crashed on Thursday afternoon. The plane lost contact at 1:15 p.m. GMT.", "2013-03-21T13:15")]
    public void A_clock_time_after_a_relative_clause_is_on_its_day_unless_that_day_lies_years_back(string text, string value)
    {
        var clock = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Type == TimeExpressionType.Time && (e.Text.Contains(':', StringComparison.Ordinal) || e.Text.EndsWith("a.m.", StringComparison.Ordinal)));

        Assert.Equal(value, clock.Value.ToString());
    }

    [Theory]
    [InlineData("She called it 'the '58 men' in her book.")]
    [InlineData("He said: 'the '58 people were killed.'")]
    public void A_short_number_in_a_quotation_or_before_a_count_noun_is_no_year(string text)
    {
        Assert.Empty(TimeExpressionScanner.Find(text, Published));
    }

    [Theory]
    [InlineData("Reid said Eid would be quiet.")]
    [InlineData("Milad said the talks would resume.")]
    [InlineData("Attacks rose during Ramadan.")]
    public void Eid_alone_a_name_and_Ramadan_are_no_time(string text)
    {
        Assert.Empty(TimeExpressionScanner.Find(text, Published));
    }

    [Theory]
    [InlineData("In the night of 3-4 March, militants attacked a military post.", "the night of 3-4 March", "2013-03-03TNI")]
    [InlineData("During the night of 5 to 6 March, armed men abducted three people.", "the night of 5 to 6 March", "2013-03-05TNI")]
    [InlineData("On the night of 28 February to 1 March, gunmen attacked.", "the night of 28 February to 1 March", "2013-02-28TNI")]
    [InlineData("On the night of Saturday to Sunday, gunmen attacked.", "the night of Saturday to Sunday", "2013-03-16TNI")]
    public void The_night_from_one_day_into_the_next_is_one_time_the_night_of_the_first(string text, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published));

        Assert.Equal((extent, value), (expression.Text, expression.Value.ToString()));
    }

    [Fact]
    public void A_night_between_days_that_do_not_follow_each_other_is_two_days()
    {
        Assert.Equal(["3|2013-03-03", "5 March|2013-03-05"], TimeExpressionScanner.Find("On the night of 3 to 5 March, gunmen attacked.", Published).Select(e => $"{e.Text}|{e.Value}"));
    }

    [Theory]
    [InlineData("Clashes erupted in the early hours, hours after the speech.", "the early hours", "2013-03-22")]
    [InlineData("Clashes erupted in the early hours of the morning.", "the early hours of the morning", "2013-03-22")]
    [InlineData("Clashes erupted in the small hours on Sunday.", "the small hours on Sunday", "2013-03-17")]
    [InlineData("Police said gunmen struck a checkpoint on Wednesday. The attack came in the early hours.", "the early hours", "2013-03-20")]
    public void The_early_hours_without_a_day_of_their_own_are_the_start_of_the_narrative_s_day(string text, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == extent);

        Assert.Equal((value, TimexModifier.Start), (expression.Value.ToString(), expression.Modifier));
    }

    [Fact]
    public void A_clock_time_in_brackets_after_another_is_no_anchor_for_what_is_counted_after_it()
    {
        var found = TimeExpressionScanner.Find("The rocket blasted off at 16:57 local time (1057 GMT) on Friday and docked about six hours later.", Published);

        Assert.Equal("2013-03-22T22:57", Assert.Single(found, e => e.Text == "about six hours later").Value.ToString());
    }

    [Theory]
    [InlineData("The army said it had struck 150 targets over the past day.", "the past day", "P1D", "")]
    [InlineData("Shelling eased in the last hour.", "the last hour", "PT1H", "")]
    [InlineData("It struck 150 targets over the last day or so.", "the last day or so", "P1D", "APPROXIMATE")]
    [InlineData("Over the past week or so, prices rose.", "the past week or so", "P1W", "APPROXIMATE")]
    public void The_past_day_or_hour_is_a_length_of_one(string text, string extent, string value, string modifier)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published));

        Assert.Equal((extent, value, modifier), (expression.Text, expression.Value.ToString(), expression.Modifier == TimexModifier.None ? string.Empty : expression.Modifier.ToString().ToUpperInvariant()));
    }

    [Theory]
    [InlineData("It was the last day of the summit.")]
    [InlineData("He spent the last day in Paris.")]
    public void The_last_day_of_something_or_as_an_object_is_no_length(string text)
    {
        Assert.Empty(TimeExpressionScanner.Find(text, Published));
    }

    [Fact]
    public void A_midnight_told_in_the_past_on_the_publication_day_named_above_is_the_one_just_gone()
    {
        var found = TimeExpressionScanner.Find("Friday 22 March 2013 09.30 GMT. Dockers began a strike at midnight.", Published);

        Assert.Equal("2013-03-21T24:00", Assert.Single(found, e => e.Text == "midnight").Value.ToString());
    }

    [Fact]
    public void After_a_past_month_or_year_named_since_the_last_day_a_day_of_it_is_one_not_told_and_years_count_from_it()
    {
        const string text = "In March 2003, the army entered the town. That night, looting began; by the next morning the museum was empty. "
            + "A decade later, half the collection is missing. The town fell in 1995. Two years later, the war ended. On May 3, 1997, troops left. The next day, looting began.";

        var found = TimeExpressionScanner.Find(text, Published);

        Assert.Equal(
            ["2003-03", "2003-03-XXTNI", "2003-03-XXTMO", "2013", "1995", "1997", "1997-05-03", "1997-05-04"],
            found.Select(e => e.Value.ToString()));
    }

    // Published on Friday 22 March 2013.
    [Theory]
    [InlineData("Shoppers spent more in the run-up to Easter.", "Easter", "2013-03-31")]
    [InlineData("Violence rose in the lead-up to April 5.", "April 5", "2013-04-05")]
    [InlineData("Shoppers spent more in the run-up to Christmas.", "Christmas", "2012-12-25")]
    [InlineData("Protests grew in the days leading up to March 30.", "March 30", "2013-03-30")]
    public void The_time_a_build_up_leads_to_is_the_nearer(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("Since the turn of the year, prices have doubled.", "the turn of the year", "2013")]
    [InlineData("The truce was holding by nightfall.", "nightfall", "2013-03-22TEV")]
    [InlineData("They attacked at daybreak.", "daybreak", "2013-03-22TMO")]
    [InlineData("Gunmen attacked in the pre-dawn hours of Thursday.", "the pre-dawn hours of Thursday", "2013-03-21")]
    [InlineData("Gunmen attacked in the predawn hours of Thursday.", "the predawn hours of Thursday", "2013-03-21")]
    public void The_turn_of_a_year_nightfall_daybreak_and_the_predawn_hours_are_times(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("The camp receives 2,000 refugees per week.", "per week", "P1W")]
    [InlineData("Workers earn $5 per day.", "per day", "P1D")]
    public void Per_a_unit_after_an_amount_is_a_rate(string text, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == extent);

        Assert.Equal((TimeExpressionType.Set, value), (expression.Type, expression.Value.ToString()));
    }

    [Fact]
    public void Per_a_unit_with_no_amount_before_it_is_not_a_rate()
    {
        Assert.Empty(TimeExpressionScanner.Find("Per day, the price rose.", Published));
    }

    [Theory]
    [InlineData("Protesters dispersed by evening.", "evening", "2013-03-22TEV")]
    [InlineData("Fighting went on until morning, officials said.", "morning", "2013-03-22TMO")]
    public void A_part_of_the_day_alone_after_by_or_until_at_a_clause_end_is_that_part(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("They left by morning prayers.")]
    [InlineData("Good morning, he said.")]
    public void A_part_of_the_day_naming_something_else_is_not_read(string text)
    {
        Assert.Empty(TimeExpressionScanner.Find(text, Published));
    }

    [Fact]
    public void A_turn_that_is_no_time_is_not_read()
    {
        Assert.Empty(TimeExpressionScanner.Find("It was the turn of the home side.", Published));
    }

    [Fact]
    public void The_unit_before_last_is_not_read_before_a_unit_of_its_own()
    {
        var found = TimeExpressionScanner.Find("They met the week before last year's vote.", Published);

        Assert.Equal(["last year"], found.Select(e => e.Text));
    }

    [Theory]
    [InlineData("Gunmen attacked late on Sunday. Reinforcements arrived around 1 a.m. The Taliban claimed the attack the next morning.", "2013-03-18TMO")]
    [InlineData("Gunmen attacked late on Sunday. Reinforcements arrived around 10 p.m. The Taliban claimed the attack the next morning.", "2013-03-18TMO")]
    [InlineData("Gunmen attacked on Sunday. The Taliban claimed the attack the next morning.", "2013-03-18TMO")]
    public void The_next_morning_after_the_small_hours_is_that_days(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "the next morning"));
    }

    [Theory]
    [InlineData("Insurgents ambushed a convoy on Sunday evening, the ministry said on Monday. The convoy was returning from an operation that had begun two days earlier. The fighting went on until about 3 a.m.", "2013-03-18T03:00")]
    [InlineData("Insurgents ambushed a convoy on Sunday morning, the ministry said on Monday. The convoy was returning from an operation that had begun two days earlier. The fighting went on until about 3 a.m.", "2013-03-17T03:00")]
    public void The_small_hours_the_leads_evening_runs_into_are_the_next_days(string text, string value)
    {
        Assert.Equal(value, Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == "about 3 a.m.").Value.ToString());
    }

    [Theory]
    [InlineData("Australia will hold a referendum on recognising local government in the constitution alongside the general election on Sept. 14.", "Sept. 14", "2013-09-14")]
    [InlineData("Australia held a referendum on recognising local government in the constitution alongside the general election on Sept. 14.", "Sept. 14", "2012-09-14")]
    [InlineData("Australia will hold a referendum. It is on recognising local government in the constitution alongside the general election on Sept. 14.", "Sept. 14", "2012-09-14")]
    public void A_long_object_with_no_verb_in_it_leaves_the_date_to_the_clauses_verb(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("Tunisia will lift the state of emergency it has kept since January 2011 at the end of April.", "the end of April", "2013-04")]
    [InlineData("Tunisia will lift the state of emergency that has been in force since 2011 at the end of April.", "the end of April", "2013-04")]
    [InlineData("Tunisia lifted the state of emergency it has kept since January 2011 at the end of April.", "the end of April", "2012-04")]
    [InlineData("Tunisia will say prices have risen since the end of April.", "the end of April", "2012-04")]
    public void A_present_perfect_with_a_since_of_its_own_is_passed_over(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("Orders are expected to rise in the April-June quarter.", "the April-June quarter", "2013-Q2")]
    [InlineData("Orders are expected to rise in the July-September quarter.", "the July-September quarter", "2013-Q3")]
    [InlineData("Sales fell in the October-December quarter.", "the October-December quarter", "2012-Q4")]
    [InlineData("Sales fell in the Oct.-Dec. period of 2011.", "the Oct.-Dec. period of 2011", "2011-Q4")]
    public void Months_that_span_a_calendar_quarter_name_it(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("Sales fell in the March-May period.")]
    [InlineData("Sales fell in the April-July quarter.")]
    public void Months_that_span_no_calendar_quarter_name_none(string text)
    {
        Assert.DoesNotContain(TimeExpressionScanner.Find(text, Published), e => e.Value.ToString().Contains("-Q", StringComparison.Ordinal));
    }

    [Fact]
    public void Sooner_or_later_is_ahead()
    {
        Assert.Equal("FUTURE_REF", ValueOf("They will strike again sooner or later.", "sooner or later"));
    }

    [Theory]
    [InlineData("Pirates released the tanker late on Wednesday, an official said on Thursday. A ransom was dropped earlier in the day.", "2013-03-20")]
    [InlineData("Officials said on Thursday the talks would resume. Earlier in the day, troops moved in.", "2013-03-22")]
    [InlineData("The bank meets on April 4. Markets in Tokyo fell earlier in the day.", "2013-03-22")]
    public void Earlier_in_the_day_is_the_day_the_narrative_is_on(string text, string value)
    {
        Assert.Equal(value, Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text.EndsWith("in the day", StringComparison.Ordinal)).Value.ToString());
    }

    [Theory]
    [InlineData("Orthodox Christians celebrate Easter on May 5 this year.", "2013-05-05")]
    [InlineData("Muslims will mark Eid al-Fitr on Aug. 8 and Christmas on Dec. 25.", "2013-12-25")]
    [InlineData("Shops closed for Christmas.", "2012-12-25")]
    public void A_holiday_said_to_fall_on_a_day_of_a_month_is_that_day(string text, string value)
    {
        Assert.Equal(value, Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text is "Easter" or "Christmas").Value.ToString());
    }

    [Theory]
    [InlineData(2013, 3, 8, "next weekend", "2013-W11-WE")]
    [InlineData(2013, 3, 8, "this weekend", "2013-W10-WE")]
    [InlineData(2013, 3, 8, "the coming weekend", "2013-W10-WE")]
    [InlineData(2013, 3, 7, "next weekend", "2013-W10-WE")]
    public void Next_weekend_said_on_a_Friday_is_the_one_after_the_next_day(int year, int month, int day, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find($"The season starts {extent}.", new LocalDate(year, month, day)));

        Assert.Equal((extent, value), (expression.Text, expression.Value.ToString()));
    }

    [Theory]
    [InlineData("It said deals delayed at the end of March would close in the current quarter.", "the end of March", "2013-03")]
    [InlineData("Deals delayed in March would close soon.", "March", "2013-03")]
    [InlineData("The vote was postponed on Monday.", "Monday", "2013-03-18")]
    [InlineData("The vote will be postponed on Monday.", "Monday", "2013-03-25")]
    [InlineData("The vote was postponed until Monday.", "Monday", "2013-03-25")]
    [InlineData("The launch was delayed to Monday.", "Monday", "2013-03-25")]
    public void A_day_after_a_verb_of_putting_off_is_when_it_was_put_off_unless_it_is_the_new_time(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("The company kept its target of earnings of at least $16.70 a share for the full year.", "DATE", "2013")]
    [InlineData("It raised its forecast of 5% growth for the full year.", "DATE", "2013")]
    [InlineData("He rented the flat for the full year.", "DURATION", "P1Y")]
    public void The_full_year_after_accounts_is_the_year_reported_on_past_an_amounts_signs(string text, string type, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == "the full year");

        Assert.Equal((type, value), (TimeMl.TypeName(expression.Type), expression.Value.ToString()));
    }

    [Fact]
    public void A_year_earlier_counts_from_the_latest_date_past_a_length_between()
    {
        const string Text = "Revenue fell 5 percent in the three months to December 31, missing forecasts for the first time in more than eight years. Net income was $3 billion, against $3.1 billion a year earlier.";

        Assert.Equal("2011-Q4", ValueOf(Text, "a year earlier"));
    }

    [Theory]
    [InlineData("He visited two Sundays ago.", "two Sundays ago", "2013-03-10")]
    [InlineData("He visited 3 Fridays ago.", "3 Fridays ago", "2013-03-01")]
    public void A_count_of_a_weekday_ago_is_that_many_of_the_weekday_back(string text, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published));

        Assert.Equal((extent, TimeExpressionType.Date, value), (expression.Text, expression.Type, expression.Value.ToString()));
    }

    [Theory]
    [InlineData("Trains run on alternate days.", "alternate days", "P2D")]
    [InlineData("The magazine appears in alternate months.", "alternate months", "P2M")]
    public void Alternate_units_are_every_other_one(string text, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published));

        Assert.Equal((extent, TimeExpressionType.Set, value), (expression.Text, expression.Type, expression.Value.ToString()));
    }

    [Theory]
    [InlineData("He had spent the days prior to his death acquiring explosives.", "the days", "PXD")]
    [InlineData("In the days following the mission, markets reopened.", "the days", "PXD")]
    [InlineData("In the weeks before the vote, tensions rose.", "the weeks", "PXW")]
    [InlineData("In the months leading up to the war, prices rose.", "the months", "PXM")]
    public void Some_units_next_to_an_event_are_a_vague_length_with_their_article(string text, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published));

        Assert.Equal((extent, TimeExpressionType.Duration, value), (expression.Text, expression.Type, expression.Value.ToString()));
    }

    [Theory]
    [InlineData("They searched a compound in Now Zad district.", 0)]
    [InlineData("Forces searched a compound in Now Den of Sabari district.", 0)]
    [InlineData("Now Obama says the war is over.", 1)]
    [InlineData("The plan is now in force.", 1)]
    public void A_capitalised_now_in_mid_sentence_before_a_capitalised_word_is_a_names(string text, int expressions)
    {
        Assert.Equal(expressions, TimeExpressionScanner.Find(text, Published).Count(e => e.Value.ToString() == "PRESENT_REF"));
    }

    [Theory]
    [InlineData("Settlers set fire to the offices overnight, residents said Sunday.", "2013-03-16TNI")]
    [InlineData("Jets struck overnight, the army said yesterday.", "2013-03-20TNI")]
    [InlineData("Militants attacked a checkpoint overnight, police said.", "2013-03-21TNI")]
    [InlineData("Jets struck overnight. The army said on Sunday it had hit ten targets.", "2013-03-21TNI")]
    public void Overnight_is_the_night_before_a_statement_day_told_after_it_in_its_sentence(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "overnight"));
    }

    [Theory]
    [InlineData("Greece plans to impose restrictions for at least two years from 1 May.", "at least two years", "P2Y")]
    [InlineData("Prices will be frozen for another two months after April.", "another two months", "P2M")]
    public void A_length_after_for_is_not_counted_from_the_day_after_it(string text, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == extent);

        Assert.Equal((TimeExpressionType.Duration, value), (expression.Type, expression.Value.ToString()));
    }

    [Theory]
    [InlineData("Troops captured the point-1584 post.")]
    [InlineData("Traffic crossed the Route-1584 bridge.")]
    public void Four_digits_glued_by_a_hyphen_to_a_word_that_names_no_time_are_no_year(string text)
    {
        Assert.Empty(TimeExpressionScanner.Find(text, Published));
    }

    [Theory]
    [InlineData("Growth returned post-2011.", "2011", "2011")]
    [InlineData("Prices rose in mid-2015.", "mid-2015", "2015")]
    [InlineData("Burma 2015 Year-in-review", "2015", "2015")]
    [InlineData("The events of 1999 year were grim.", "1999", "1999")]
    public void A_year_after_a_time_prefix_or_before_the_word_year_is_that_year(string text, string extent, string value)
    {
        var expression = Assert.Single(TimeExpressionScanner.Find(text, Published));

        Assert.Equal((extent, TimeExpressionType.Date, value), (expression.Text, expression.Type, expression.Value.ToString()));
    }

    [Theory]
    [InlineData("The official newspaper The Working People's Daily reported it.", 0)]
    [InlineData("The state-run Myawady Daily said so.", 0)]
    [InlineData("According to Myanmar Now news, troops left.", 0)]
    [InlineData("Burma Army Continues to Kill Daily Across Burma", 1)]
    [InlineData("Troops patrol the area daily.", 1)]
    public void A_capitalised_word_of_time_ending_a_name_is_the_names(string text, int expressions)
    {
        Assert.Equal(expressions, TimeExpressionScanner.Find(text, Published).Count);
    }

    [Theory]
    [InlineData("The 1008 Battalion of the Central Region Command attacked.", 0)]
    [InlineData("In 2010 Battalion commanders met.", 1)]
    public void Four_digits_before_the_name_of_a_unit_are_its_number(string text, int expressions)
    {
        Assert.Equal(expressions, TimeExpressionScanner.Find(text, Published).Count);
    }

    [Theory]
    [InlineData("The two sides have agreed to share information Friday, an official said.", "Friday", "2013-03-22")]
    [InlineData("The parties agreed to meet on Monday.", "Monday", "2013-03-25")]
    [InlineData("Rebels agreed to talks on Monday.", "Monday", "2013-03-18")]
    [InlineData("Rebels agreed to a ceasefire on Monday.", "Monday", "2013-03-18")]
    public void An_agreement_to_do_something_may_look_ahead_the_nearer(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("The minister said Vietnam will not be rushed, in a rare interview late on Wednesday.", "late on Wednesday", "2013-03-20")]
    [InlineData("The minister told reporters prices will fall, at a news conference on Monday.", "Monday", "2013-03-18")]
    [InlineData("He said he will speak at a news conference on Monday.", "Monday", "2013-03-25")]
    [InlineData("He will speak at a news conference on Monday.", "Monday", "2013-03-25")]
    public void The_occasion_words_were_said_on_after_a_comma_is_the_past_saying(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("The central bank cut its growth forecast for this year to 3.5 percent on Monday.", "Monday", "2013-03-18")]
    [InlineData("Rain is forecast for Monday.", "Monday", "2013-03-25")]
    [InlineData("Snow is forecast for parts of the north on Monday.", "Monday", "2013-03-25")]
    public void A_forecast_looks_ahead_to_its_own_time_not_to_a_date_after_another_time(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("The economy has shrunk for six consecutive quarters.", "six consecutive quarters", "P6Q")]
    [InlineData("Profits fell in the past two quarters.", "the past two quarters", "P2Q")]
    [InlineData("Sales rose for three quarters in a row.", "three quarters", "P3Q")]
    public void Quarters_counted_as_time_are_a_length_in_quarters(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("He won three quarters of the vote.")]
    [InlineData("The number is five billion and three quarters.")]
    [InlineData("three quarters")]
    [InlineData("The troops returned to their quarters.")]
    [InlineData("It was the third quarter in a row that output fell.")]
    [InlineData("Profit rose for the second quarter running.")]
    public void Quarters_as_a_fraction_a_room_or_a_count_in_a_row_are_no_time(string text)
    {
        Assert.Empty(TimeExpressionScanner.Find(text, Published));
    }

    [Theory]
    [InlineData("The drills, held every spring, run until March 31.", "2013-03-31")]
    [InlineData("Every spring, the drills, held in the south, run until March 31.", "XXXX-03-31")]
    public void A_habit_told_in_an_aside_of_a_past_participle_is_the_subjects_not_the_clauses(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "March 31"));
    }

    [Theory]
    [InlineData("He died on the 5th of March 2013.", "the 5th of March 2013", "2013-03-05")]
    [InlineData("He died around 20:50 on the 5th of March 2013, the family said.", "around 20:50 on the 5th of March 2013", "2013-03-05T20:50")]
    [InlineData("He died at 8 p.m. on the 5th of March.", "8 p.m. on the 5th of March", "2013-03-05T20:00")]
    public void A_day_in_digits_before_of_and_its_month_is_read_with_its_article_and_month(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("The weather service said more storms were possible on Monday.", "2013-03-25")]
    [InlineData("Rain is likely on Monday.", "2013-03-25")]
    [InlineData("It was possible to see the damage on Monday.", "2013-03-18")]
    [InlineData("The fire was likely started on Monday.", "2013-03-18")]
    public void What_is_possible_or_likely_on_a_day_lies_ahead(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "Monday"));
    }

    [Theory]
    [InlineData("The fighting began in May 2012. Two months later, the town fell.", "Two months later", "2012-07")]
    [InlineData("The offensive began in January. A month later, the town fell.", "A month later", "2013-02")]
    [InlineData("The offensive began on Jan. 5. Two months later, the town fell.", "Two months later", "2013-03")]
    public void Months_later_are_counted_from_the_month_the_narrative_is_in(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("The board meets 4 times a year.", "4 times a year", "P1Y", "4X")]
    [InlineData("Patrols pass 12 times per day.", "12 times per day", "P1D", "12X")]
    public void A_rate_in_digits_is_one_set_with_its_frequency(string text, string extent, string value, string frequency)
    {
        var found = Assert.Single(TimeExpressionScanner.Find(text, Published));
        Assert.Equal((extent, value, frequency), (found.Text, found.Value.ToString(), found.Frequency));
    }

    [Fact]
    public void A_weekday_after_around_is_about_that_day()
    {
        var found = Assert.Single(TimeExpressionScanner.Find("Results are expected around Monday.", Published));
        Assert.Equal(("around Monday", "2013-03-25", TimexModifier.Approximate), (found.Text, found.Value.ToString(), found.Modifier));
        Assert.Equal("Monday", Assert.Single(TimeExpressionScanner.Find("They talked about Monday's vote.", Published)).Text);
    }

    [Theory]
    [InlineData("The party had only weeks to plan.", "weeks", "PXW")]
    [InlineData("The strike came just days before the vote.", "days", "PXD")]
    [InlineData("Queues for fuel now last hours.", "hours", "PTXH")]
    [InlineData("The talks last hours.", "hours", "PTXH")]
    [InlineData("Officials met in the last hours of the siege.", "the last hours", "PTXH")]
    [InlineData("Prices rose over last months.", "last months", "PXM")]
    public void A_bare_unit_after_only_or_the_verb_last_is_a_vague_length(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("The president faces an impeachment vote in April.", "2013-04")]
    [InlineData("The country holds parliamentary elections in April.", "2013-04")]
    [InlineData("The president faced an impeachment vote in April.", "2012-04")]
    [InlineData("The original target of April 1 had been set during the campaign.", "2013-04-01")]
    [InlineData("The rebels missed the deadline of March 1.", "2013-03-01")]
    public void An_event_faced_in_the_present_or_a_target_date_may_lie_ahead(string text, string value)
    {
        Assert.Equal(value, Assert.Single(TimeExpressionScanner.Find(text, Published)).Value.ToString());
    }

    [Theory]
    [InlineData("Gunmen shot the mayor on Monday. The suspects were last seen around 9 a.m. that day.", "around 9 a.m. that day", "2013-03-18T09:00")]
    [InlineData("He arrived on Monday and left at 4 p.m. the next day.", "4 p.m. the next day", "2013-03-19T16:00")]
    [InlineData("Gunmen shot the mayor on Monday. Fighting had begun in January. He was last seen at 9 a.m. that day.", "9 a.m. that day", "2013-03-18T09:00")]
    public void A_clock_time_and_a_day_told_from_the_narratives_after_it_are_one_time(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("A curfew imposed on Sunday evening was lifted at 6 a.m.", "6 a.m.", "2013-03-18T06:00")]
    [InlineData("Shelling began on Sunday night and stopped shortly before 7 a.m.", "7 a.m.", "2013-03-18T07:00")]
    [InlineData("Airstrikes continued overnight and into the morning.", "the morning", "2013-03-22TMO")]
    [InlineData("He was arrested on Sunday night after a raid at 9 a.m.", "9 a.m.", "2013-03-17T09:00")]
    public void A_morning_told_after_an_evening_or_a_night_in_its_sentence_is_the_next_days(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("The February vote was close, and the commission said it hoped to announce the results by the end of the month.", "the end of the month", "2013-03")]
    [InlineData("The rebels, who briefly held the city in 2012, have captured a string of towns since the start of the year.", "the start of the year", "2013")]
    [InlineData("The rebels took the city in 2012 and had captured a string of towns since the start of the year.", "the start of the year", "2012")]
    [InlineData("The February figures, released in the middle of the month, showed a rise.", "the middle of the month", "2013-02")]
    public void A_part_of_the_month_or_year_named_in_the_sentence_is_not_taken_for_a_hope_or_a_span_to_now(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("The House passed a bill on Thursday to fund the government through April 5.", "April 5", "2013-04-05")]
    [InlineData("The House passed a bill on March 12.", "March 12", "2013-03-12")]
    [InlineData("The House passed a bill in May.", "May", "2012-05")]
    [InlineData("Troops were sent to fight in April.", "April", "2012-04")]
    public void A_day_of_a_month_after_an_infinitive_of_aim_in_a_past_clause_is_the_nearer(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("The results, first due on March 2, have been delayed again.", "2013-03-02")]
    [InlineData("The talks, originally planned for March 4, will take place in May.", "2013-03-04")]
    [InlineData("The results are due on March 2.", "2014-03-02")]
    public void A_plan_since_changed_dates_the_nearer_day(string text, string value)
    {
        Assert.Equal(value, TimeExpressionScanner.Find(text, Published)[0].Value.ToString());
    }

    [Fact]
    public void A_part_of_the_day_whose_noun_names_a_day_after_it_is_that_days()
    {
        Assert.Equal("2013-03-20TMO", ValueOf("A car bomb exploded during the morning rush hour on Wednesday.", "the morning"));
        Assert.Equal("2013-03-15TEV", ValueOf("Police fired tear gas during the evening prayers on Friday, March 15.", "the evening"));
    }

    [Theory]
    [InlineData("Crowds gathered on Monday. US troops, who had been due to leave by March 31, fired shots in the air in the morning.", "the morning", "2013-03-18TMO")]
    [InlineData("Troops left on March 3 and fired shots in the morning.", "the morning", "2013-03-03TMO")]
    public void A_day_told_in_a_relative_aside_closed_before_a_part_of_the_day_is_not_its_day(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("The junta said it foiled a coup on the night of March 11 to 12.", "the night of March 11 to 12", "2013-03-11TNI")]
    [InlineData("Shelling went on through the night of March 11-12.", "the night of March 11-12", "2013-03-11TNI")]
    public void The_night_of_a_day_runs_to_the_next_days_number_after_to_or_a_hyphen(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("Officials imposed a curfew from 8 p.m. on Friday until 4 a.m. on Saturday.", "4 a.m. on Saturday", "2013-03-23T04:00")]
    [InlineData("The government declared a holiday from March 20 to March 26.", "March 26", "2013-03-26")]
    [InlineData("Schools were ordered shut from Friday until Monday.", "Monday", "2013-03-25")]
    [InlineData("Schools were ordered shut from Friday until Monday.", "Friday", "2013-03-22")]
    [InlineData("The fair ran from Dec. 28 to Jan. 3.", "Jan. 3", "2013-01-03")]
    [InlineData("The talks ran from March 18 to March 20.", "March 20", "2013-03-20")]
    public void The_day_that_ends_a_span_is_not_before_the_day_that_starts_it(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("Fighting went on on Friday. The two sides had been due to sign a deal handing power to civilians on March 6. A truce was due to start at 6 p.m.", "2013-03-22T18:00")]
    [InlineData("Fighting went on on Friday. Militants had fled and soldiers arrested five people on Wednesday. The raid began at 6 a.m.", "2013-03-20T06:00")]
    public void A_clock_time_is_not_dated_by_a_day_told_in_the_past_perfect_the_sentence_before(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, text.Contains("6 p.m.", StringComparison.Ordinal) ? "6 p.m." : "6 a.m."));
    }

    [Theory]
    [InlineData("The government, which faces a general election on Sunday, blamed the separatists.", "2013-03-24")]
    [InlineData("The party holds a leadership vote on Monday.", "2013-03-25")]
    [InlineData("The party held a leadership vote on Monday.", "2013-03-18")]
    public void A_weekday_an_event_is_faced_or_held_on_in_the_present_lies_ahead(string text, string value)
    {
        Assert.Equal(value, TimeExpressionScanner.Find(text, Published)[0].Value.ToString());
    }

    [Theory]
    [InlineData("The vote, held in seven phases over six weeks from Jan. 19, was the largest yet.", "six weeks", "P6W")]
    [InlineData("The vote, held in seven phases over six weeks from Jan. 19, was the largest yet.", "Jan. 19", "2013-01-19")]
    [InlineData("The law took effect six weeks from Jan. 19.", "six weeks from Jan. 19", "2013-03-02")]
    public void A_length_a_span_runs_over_from_its_day_is_a_length(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Fact]
    public void A_clock_time_in_a_clause_counted_back_from_the_day_named_is_that_earlier_day_s()
    {
        const string text = "The country remained without power on Friday, a day after a failure plunged it into darkness shortly before 5 p.m.";

        Assert.Equal("2013-03-21T17:00", ValueOf(text, "5 p.m."));
    }

    [Theory]
    [InlineData("Power cuts have hit the west several times a week since last year.", "several times a week", "P1W")]
    [InlineData("He called many times a day.", "many times a day", "P1D")]
    public void Several_times_a_unit_is_a_rate_of_no_count(string text, string extent, string value)
    {
        var set = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == extent);

        Assert.Equal((TimeExpressionType.Set, value, (string?)null), (set.Type, set.Value.ToString(), set.Frequency));
    }

    [Theory]
    [InlineData("Gunmen attacked the satirical weekly Charlie Hebdo.", 0)]
    [InlineData("He wrote for a daily.", 0)]
    [InlineData("Tour groups visit the zone daily.", 1)]
    [InlineData("They hold a weekly meeting.", 1)]
    public void A_weekly_or_daily_that_is_a_publication_is_no_rate(string text, int rates)
    {
        Assert.Equal(rates, TimeExpressionScanner.Find(text, Published).Count(e => e.Type == TimeExpressionType.Set));
    }

    [Fact]
    public void Nightly_is_every_night()
    {
        var set = Assert.Single(TimeExpressionScanner.Find("The army imposed a nightly curfew.", Published));

        Assert.Equal((TimeExpressionType.Set, "XXXX-XX-XXTNI"), (set.Type, set.Value.ToString()));
    }

    [Fact]
    public void A_week_followed_by_a_percentage_is_no_week_number()
    {
        var found = TimeExpressionScanner.Find("The index closed the week 2% higher.", Published);

        Assert.Equal(["the week"], found.Select(e => e.Text));
        Assert.Equal("2013-W12", found[0].Value.ToString());
    }

    [Theory]
    [InlineData("The lira fell 2% in the hour after the decision.", "the hour", "PT1H")]
    [InlineData("Prices rose during the week before the vote.", "the week", "P1W")]
    [InlineData("People ran in the minutes after the blast.", "the minutes", "PTXM")]
    [InlineData("In the hours after the blast, people ran.", "the hours", "PTXH")]
    public void One_unit_or_some_next_to_an_event_after_a_preposition_is_a_length(string text, string extent, string value)
    {
        var length = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == extent);

        Assert.Equal((TimeExpressionType.Duration, value), (length.Type, length.Value.ToString()));
    }

    [Fact]
    public void The_day_after_an_event_is_no_length()
    {
        Assert.DoesNotContain(TimeExpressionScanner.Find("Markets fell the day after the attack.", Published), e => e.Type == TimeExpressionType.Duration);
    }

    [Theory]
    [InlineData("Analysts expect inflation to end the year near 40%.", "2013-03-22", "2013")]
    [InlineData("Stocks ended the year 5% higher.", "2014-01-03", "2013")]
    [InlineData("Stocks ended the month 5% higher.", "2013-03-22", "2013-03")]
    [InlineData("The index closed the week 2% higher.", "2013-03-25", "2013-W12")]
    public void The_period_a_thing_ends_or_starts_is_the_publication_s_or_just_gone(string text, string published, string value)
    {
        var period = Assert.Single(TimeExpressionScanner.Find(text, LocalDatePattern.Iso.Parse(published).Value));

        Assert.Equal((TimeExpressionType.Date, value), (period.Type, period.Value.ToString()));
    }

    [Fact]
    public void The_year_long_siege_a_war_ends_is_a_length_not_the_year()
    {
        Assert.Equal("P1Y", ValueOf("The offensive will end the year-long siege.", "year-long"));
    }

    [Fact]
    public void A_length_later_set_off_after_a_clock_time_names_that_time()
    {
        const string text = "The first call came at 10:13 a.m., and officers shot the attacker at 10:27 a.m., 14 minutes later, police said. A second blast followed 20 minutes later.";

        Assert.Equal("2013-03-22T10:27", ValueOf(text, "14 minutes later"));
        Assert.Equal("2013-03-22T10:47", ValueOf(text, "20 minutes later"));
    }

    [Theory]
    [InlineData("Fighting raged through the night.", "2013-03-21TNI")]
    [InlineData("Fighting will rage through the night.", "2013-03-22TNI")]
    [InlineData("Rescuers dug through rubble on Friday. The ministry said 20 people had been killed by Thursday evening. The king declared three days of mourning. Aftershocks continued through the night.", "2013-03-21TNI")]
    [InlineData("A building collapsed near Dhaka on Friday morning, killing 87 people. It was the deadliest disaster in years. Rescue work went on through the night.", "2013-03-22TNI")]
    public void A_night_told_in_the_past_on_the_publication_s_day_is_the_night_gone(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "the night"));
    }

    [Theory]
    [InlineData("The protests had been largely peaceful until Tuesday.", "2013-03-19")]
    [InlineData("The city was calm until Tuesday, when protests erupted.", "2013-03-19")]
    [InlineData("The talks were postponed until Tuesday.", "2013-03-26")]
    public void A_state_told_in_the_past_until_a_day_ends_on_a_day_gone(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "Tuesday"));
    }

    [Theory]
    [InlineData("Demonstrators called for fresh protests on Saturday.", "Saturday", "2013-03-23")]
    [InlineData("The UN called for calm on Thursday.", "Thursday", "2013-03-21")]
    [InlineData("The mayor declared Monday a non-working day.", "Monday", "2013-03-25")]
    [InlineData("The president declared Thursday a day of national mourning.", "Thursday", "2013-03-21")]
    public void Protests_called_for_and_a_day_declared_one_are_the_nearer_day(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("Trading was halted for the day.", "the day", "2013-03-22")]
    [InlineData("On Monday, police closed the road for the day.", "the day", "2013-03-18")]
    [InlineData("Shares fell 3% for the week.", "the week", "2013-W12")]
    [InlineData("Sales rose 2% for the month, the agency said.", "the month", "2013-03")]
    [InlineData("Net income for the year rose 5%.", "the year", "2013")]
    [InlineData("Prices rose during the week.", "the week", "2013-W12")]
    [InlineData("It was the deadliest attack of the year.", "the year", "2013")]
    [InlineData("It was the bloodiest day of the month in Aleppo.", "the month", "2013-03")]
    [InlineData("In 2011, militants killed 40 people in the deadliest attack of the year.", "the year", "2011")]
    public void A_bare_unit_with_its_article_is_the_one_the_narrative_or_publication_is_in(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("Plans for the day had been drawn up years in advance.")]
    [InlineData("Please schedule a meeting for the week beginning February 4.")]
    [InlineData("Fewer attacks were reported during the month of Ramadan.")]
    [InlineData("He waited for the day he would return.")]
    [InlineData("Partner of the year awards were handed out.")]
    public void A_bare_unit_a_phrase_after_or_nothing_before_tells_is_no_time_of_its_own(string text)
    {
        Assert.DoesNotContain(TimeExpressionScanner.Find(text, Published), e => e.Text is "the day" or "the week" or "the month" or "the year");
    }

    [Theory]
    [InlineData("The vote is on the first Sunday.", "the first Sunday", "2013-03-03")]
    [InlineData("Parliament meets again on the third Tuesday.", "the third Tuesday", "2013-03-19")]
    [InlineData("Elections were held in October 2012. The runoff came on the third Sunday.", "the third Sunday", "2012-10-21")]
    public void An_ordinal_weekday_alone_is_of_the_month_the_narrative_or_publication_is_in(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("Protesters rallied for the third Friday in a row.")]
    [InlineData("It was the second Friday running that protests turned violent.")]
    [InlineData("Protesters took to the streets for the third Friday.")]
    [InlineData("The first Monday after the election was calm.")]
    public void An_ordinal_weekday_that_counts_weeks_is_no_day_of_the_month(string text)
    {
        Assert.DoesNotContain(TimeExpressionScanner.Find(text, Published), e => e.Text.Contains("third", StringComparison.Ordinal) || e.Text.Contains("second", StringComparison.Ordinal) || e.Text.Contains("first", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The blast went off at 07h30 on Monday.", "07h30 on Monday", "2013-03-18T07:30")]
    [InlineData("The meeting starts at 14h00 GMT.", "14h00 GMT", "2013-03-22T14:00")]
    [InlineData("Shots were heard at 7h01.", "7h01", "2013-03-22T07:01")]
    public void An_hour_and_minutes_joined_by_h_is_a_clock_time(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Fact]
    public void A_race_time_in_hours_minutes_and_seconds_is_no_clock_time()
    {
        Assert.Empty(TimeExpressionScanner.Find("He won in 2h01m39s.", Published));
    }

    [Theory]
    [InlineData("He works nights.", "nights", "XXXX-XX-XXTNI")]
    [InlineData("The clinic opens afternoons.", "afternoons", "XXXX-XX-XXTAF")]
    [InlineData("The convoy leaves mornings at 9.", "mornings at 9", "XXXX-XX-XXT09:00")]
    [InlineData("Buses run every two weekends.", "every two weekends", "P2WE")]
    public void A_bare_plural_part_of_the_day_is_every_one_of_them(string text, string extent, string value)
    {
        var set = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == extent);

        Assert.Equal((TimeExpressionType.Set, value), (set.Type, set.Value.ToString()));
    }

    [Theory]
    [InlineData("The nights were cold.")]
    [InlineData("Sleepless nights followed.")]
    [InlineData("Nights of shelling left residents exhausted.")]
    [InlineData("They fought for three nights.")]
    public void Nights_counted_picked_out_or_told_of_are_no_set(string text)
    {
        Assert.DoesNotContain(TimeExpressionScanner.Find(text, Published), e => e.Type == TimeExpressionType.Set);
    }

    [Fact]
    public void One_night_in_a_narrative_is_a_night_of_no_day_told_and_one_night_spent_is_not()
    {
        var night = Assert.Single(TimeExpressionScanner.Find("One night, gunmen stormed the village.", Published));

        Assert.Equal((TimeExpressionType.Time, "XXXX-XX-XXTNI", "One night"), (night.Type, night.Value.ToString(), night.Text));
        Assert.Empty(TimeExpressionScanner.Find("He spent one night in jail.", Published));
        Assert.Empty(TimeExpressionScanner.Find("Residents endured one night of shelling.", Published));
    }

    [Theory]
    [InlineData("The killing remains unsolved to this day.", "PRESENT_REF")]
    [InlineData("Schools stay closed this day, officials said.", "2013-03-22")]
    public void This_day_is_now_after_to_and_the_publication_s_day_otherwise(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "this day"));
    }

    [Fact]
    public void This_day_of_an_earlier_year_is_no_day_of_its_own()
    {
        Assert.DoesNotContain(TimeExpressionScanner.Find("On this day in 1945, the war ended.", Published), e => e.Text == "this day");
    }

    [Theory]
    [InlineData("Officials said the devaluation would take effect on March 13.", "March 13", "2013-03-13")]
    [InlineData("The central bank told lenders on Monday that the rule would apply from March 4.", "March 4", "2013-03-04")]
    [InlineData("The minister said he would resign on Feb. 1.", "Feb. 1", "2014-02-01")]
    [InlineData("He said Monday that he would travel to Paris on Tuesday.", "Tuesday", "2013-03-19")]
    [InlineData("He said he would travel to Paris on Saturday.", "Saturday", "2013-03-23")]
    [InlineData("Diplomats said the council would meet on Wednesday.", "Wednesday", "2013-03-27")]
    [InlineData("She said on Wednesday it would open on Monday.", "Monday", "2013-03-25")]
    [InlineData("The company said it would pay the dividend on April 2.", "April 2", "2013-04-02")]
    public void A_day_someone_said_something_would_happen_on_follows_a_recent_telling(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("The group was founded in the 1990s and split two decades later.", "two decades later", "201")]
    [InlineData("The war ended in the 1980s. A decade later, the rebels returned.", "A decade later", "199")]
    [InlineData("The fort was built in the 17th century and rebuilt a century later.", "a century later", "17")]
    [InlineData("The plan, first floated in the 2000s, had been dropped a decade earlier.", "a decade earlier", "199")]
    [InlineData("The group was founded in 1998 and split two decades later.", "two decades later", "2018")]
    public void Decades_or_centuries_later_count_from_the_decade_or_century_the_narrative_is_in(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    // Published on Friday 22 March 2013: the last quarter to end is 2012's fourth.
    [Theory]
    [InlineData("Profit in the latest quarter fell 12%.", "the latest quarter", "2012-Q4")]
    [InlineData("Revenue in the most recent quarter rose.", "the most recent quarter", "2012-Q4")]
    [InlineData("Sales in the just-ended quarter rose.", "the just-ended quarter", "2012-Q4")]
    [InlineData("Profit in the latest quarter fell 12% from the year-earlier period.", "the year-earlier period", "2011-Q4")]
    public void The_latest_quarter_is_the_last_to_end_before_the_publication(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Fact]
    public void The_latest_or_most_of_anything_else_is_no_time()
    {
        Assert.Empty(TimeExpressionScanner.Find("The latest report said the most people died in the north.", Published));
    }

    [Theory]
    [InlineData("A fuller report on the fourth quarter is due in the spring.", "2012-Q4")]
    [InlineData("Figures for the fourth quarter will be published next month.", "2012-Q4")]
    [InlineData("Growth will pick up in the fourth quarter.", "2013-Q4")]
    public void A_quarter_a_coming_report_is_on_is_the_nearer(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "the fourth quarter"));
    }

    [Theory]
    [InlineData("Casualties peaked in the first half of last year before falling sharply in the third quarter.", "2012-Q3")]
    [InlineData("Profit fell in the first quarter of 2011 and rose in the third quarter.", "2011-Q3")]
    [InlineData("Profit fell in the first quarter of 2011, and will rise in the third quarter.", "2013-Q3")]
    [InlineData("Profit fell in the fourth quarter of 2011 and rose in the third quarter.", "2012-Q3")]
    public void A_later_part_of_a_year_whose_earlier_part_its_sentence_named_is_of_that_year(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "the third quarter"));
    }

    [Theory]
    [InlineData("The government has until Friday midnight to respond.", "Friday midnight", "2013-03-22T24:00")]
    [InlineData("The government has until midnight Saturday to respond.", "midnight Saturday", "2013-03-23T24:00")]
    [InlineData("The deadline expires Monday at midnight.", "Monday at midnight", "2013-03-25T24:00")]
    [InlineData("The truce ended Sunday noon.", "Sunday noon", "2013-03-17T12:00")]
    [InlineData("Talks resume tomorrow at midday.", "tomorrow at midday", "2013-03-23T12:00")]
    public void Midnight_or_noon_after_a_day_is_one_time_with_it(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("In the year since the attack, little has changed.", "the year", "P1Y")]
    [InlineData("In the year since the war began, 500 people died.", "the year", "P1Y")]
    [InlineData("The report will cover the decade since the 2005 accord.", "the decade", "P1DE")]
    [InlineData("In the decade since, the town has grown.", "the decade", "P1DE")]
    [InlineData("The month since the coup has seen daily protests.", "The month", "P1M")]
    public void One_unit_since_something_is_its_length(string text, string extent, string value)
    {
        var found = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == extent);

        Assert.Equal((TimeExpressionType.Duration, value), (found.Type, found.Value.ToString()));
    }

    [Fact]
    public void The_worst_year_since_a_year_is_no_length()
    {
        Assert.DoesNotContain(TimeExpressionScanner.Find("It was the worst year since 2001.", Published), e => e.Type == TimeExpressionType.Duration);
    }

    [Theory]
    [InlineData("Talks on May 5-7 failed.", "2012-05-07")]
    [InlineData("Talks on March 4-7 ended, officials said.", "2013-03-07")]
    public void A_day_that_ends_a_range_before_the_sentence_s_end_is_the_month_s(string text, string value)
    {
        Assert.Contains(TimeExpressionScanner.Find(text, Published), e => e.Value.ToString() == value && e.Text.Length == 1);
    }

    [Theory]
    [InlineData("Schools will stay closed until at least mid-May.", "2013-05")]
    [InlineData("Since mid-May, 40 people have died.", "2012-05")]
    public void May_after_a_hyphen_is_the_month(string text, string value)
    {
        var found = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == "mid-May");

        Assert.Equal((value, TimexModifier.Mid), (found.Value.ToString(), found.Modifier));
    }

    [Theory]
    [InlineData("A second round of talks is set for the week of March 25.", "the week of March 25", "2013-W13")]
    [InlineData("The vote was held in the week of Jan. 6, 2020.", "the week of Jan. 6, 2020", "2020-W02")]
    public void The_week_of_a_day_is_the_week_that_day_is_in(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("past past the2012Dec. past the'58 Q3 the'58 past the2012the15:50:06 past past the'58 this Q3 ")]
    [InlineData("Profit fell in the first quarter of 2011 and rose in the third quarter")]
    public void A_quarter_that_ends_the_text_after_a_part_of_a_year_resolves_without_throwing(string text)
    {
        foreach (var expression in TimeExpressionScanner.Find(text, Published))
        {
            Assert.True(TimexValue.Parse(expression.Value.ToString()).Success);
        }
    }

    [Theory]
    [InlineData("Many families have fled for the third or fourth time.", "the third")]
    [InlineData("Shells hit the town for the 2nd or 3rd time this year.", "the 2nd")]
    public void A_rank_joined_to_a_second_rank_of_a_noun_is_no_day_of_the_month(string text, string rank)
    {
        Assert.DoesNotContain(TimeExpressionScanner.Find(text, Published), e => e.Text.StartsWith(rank, StringComparison.Ordinal));
    }

    [Fact]
    public void Days_of_the_month_joined_by_and_stay_days()
    {
        Assert.Equal("2013-03-03", ValueOf("The talks resumed on the 3rd and 4th.", "the 3rd"));
    }

    [Theory]
    [InlineData("The rainy season, which runs from September to May, has made conditions worse.", "2024-09", "2025-05")]
    [InlineData("Fighting lasted from November to February.", "2023-11", "2024-02")]
    [InlineData("The season runs from October to March next year.", "2024-10", "2025-03")]
    [InlineData("Prices rose from September 2023 to May.", "2023-09", "2024-05")]
    [InlineData("Talks will run from December to February.", "2024-12", "2025-02")]
    [InlineData("Rates were cut between June and August.", "2024-06", "2024-08")]
    public void A_span_of_months_ends_after_it_starts(string text, string start, string end)
    {
        var months = TimeExpressionScanner.Find(text, new LocalDate(2024, 11, 15)).Where(e => e.Type == TimeExpressionType.Date).Select(e => e.Value.ToString()).ToList();

        Assert.Equal([start, end], months);
    }

    [Theory]
    [InlineData("Storms are likely to last through the weekend.", "2013-W12-WE")]
    [InlineData("Rain fell all week, with storms likely to last through the weekend.", "2013-W12-WE")]
    [InlineData("Storms lasted through the weekend.", "2013-W11-WE")]
    public void What_is_likely_to_happen_lies_ahead(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "the weekend"));
    }

    [Theory]
    [InlineData("Rivers rose in a matter of hours.", "hours", "PTXH")]
    [InlineData("The town could fall within a matter of days.", "days", "PXD")]
    public void A_matter_of_hours_is_a_short_length(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("The fires broke out on Tuesday afternoon and were fanned overnight by strong winds.", "2013-03-19TNI")]
    [InlineData("A wildfire that has burned since March 12 forced the evacuation of 2,000 homes overnight, officials said.", "2013-03-21TNI")]
    [InlineData("Troops were deployed overnight, officials said on Friday.", "2013-03-21TNI")]
    public void A_night_told_after_the_day_its_sentence_named_is_that_days_night(string text, string value)
    {
        Assert.Equal(value, ValueOf(text, "overnight"));
    }

    [Fact]
    public void A_weekday_with_an_article_is_the_one_of_the_week_the_narrative_is_in()
    {
        const string text = "Ten years ago this week, gunmen stormed a shopping mall. The attack began shortly after noon on a Saturday.";

        var found = TimeExpressionScanner.Find(text, new LocalDate(2023, 9, 21));

        Assert.Contains(found, e => e.Text == "Ten years ago this week" && e.Value.ToString() == "2013-W38");
        var noon = Assert.Single(found, e => e.Text == "noon on a Saturday");
        Assert.Equal(("2013-09-21T12:00", TimeAnchor.TextTime), (noon.Value.ToString(), noon.Anchor));
    }

    [Theory]
    [InlineData("The market opens on a Monday.", "a Monday", "XXXX-WXX-1")]
    [InlineData("Last week, survivors met on a Sunday in 2019.", "a Sunday", "XXXX-WXX-7")]
    [InlineData("Protests were held last week. The biggest came on a Saturday.", "a Saturday", "2013-03-16")]
    public void A_weekday_with_an_article_is_any_such_day_unless_told_in_a_week_of_the_narrative(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Fact]
    public void A_day_read_from_the_text_in_a_past_year_sets_the_story_for_days_without_a_year_after_it()
    {
        const string text = "Ten years ago this week, gunmen stormed a shopping mall. The attack began shortly after noon on a Saturday. "
            + "Troops did not declare the siege over until the evening of Sept. 24.";

        var evening = Assert.Single(TimeExpressionScanner.Find(text, new LocalDate(2023, 9, 21)), e => e.Text == "the evening of Sept. 24");

        Assert.Equal("2013-09-24TEV", evening.Value.ToString());
    }

    [Theory]
    [InlineData("Talks will resume next Saturday.", "next Saturday", "2013-03-30")]
    [InlineData("Talks will resume next Monday.", "next Monday", "2013-03-25")]
    [InlineData("Talks broke down last Thursday.", "last Thursday", "2013-03-14")]
    [InlineData("Talks broke down last Tuesday.", "last Tuesday", "2013-03-19")]
    public void Next_or_last_and_a_weekday_is_not_tomorrow_or_yesterday_in_the_same_week(string text, string extent, string value)
    {
        // Published on a Friday: tomorrow is Saturday, yesterday Thursday.
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("\"But by spring, I think we'll see the market back near its highs.\"", "spring", "2014-SP")]
    [InlineData("\"Prices fell,\" he said. \"By spring, the market will recover.\"", "spring", "2014-SP")]
    [InlineData("Prices fell. \"By the summer, we will be done,\" he said.", "the summer", "2014-SU")]
    [InlineData("Prices fell. By the spring, the market will recover.", "the spring", "2014-SP")]
    public void A_time_that_opens_a_quotation_or_a_sentence_after_but_takes_the_tense_of_the_verb_after_it(string text, string extent, string value)
    {
        // Told in November, spring and summer are next year's when ahead.
        Assert.Equal(value, Assert.Single(TimeExpressionScanner.Find(text, new LocalDate(2013, 11, 18)), e => e.Text == extent).Value.ToString());
    }

    [Theory]
    [InlineData("The last increase comes in the 2015-16 financial year.", "the 2015-16 financial year", "FY2016")]
    [InlineData("Profit rose in the 2012-13 fiscal year.", "the 2012-13 fiscal year", "FY2013")]
    public void A_fiscal_year_across_two_years_is_named_by_the_year_it_ends_in(string text, string extent, string value)
    {
        var year = Assert.Single(TimeExpressionScanner.Find(text, Published));

        Assert.Equal((extent, value), (year.Text, year.Value.ToString()));
    }

    [Theory]
    [InlineData("Fans were promised a refund if the ground was not ready by the new year.", 12, "2014")]
    [InlineData("Talks are expected to resume in the new year.", 10, "2014")]
    [InlineData("Sales recovered in the new year.", 3, "2013")]
    [InlineData("Prices have risen since the new year.", 11, "2013")]
    public void The_new_year_with_no_future_cue_is_the_nearer_one(string text, int month, string value)
    {
        var newYear = Assert.Single(TimeExpressionScanner.Find(text, new LocalDate(2013, month, 10)), e => e.Text == "the new year");

        Assert.Equal(value, newYear.Value.ToString());
    }

    [Theory]
    [InlineData("He said this would probably be his last year with the team.")]
    [InlineData("It was their last week in office.")]
    [InlineData("The club will play its next season in a new stadium.")]
    public void Last_or_next_after_a_possessive_is_final_or_following_not_a_time(string text)
    {
        Assert.Empty(TimeExpressionScanner.Find(text, Published));
    }

    [Theory]
    [InlineData("Snow fell at up to three inches an hour before dawn.")]
    [InlineData("Water rose 10 centimetres an hour after the dam broke.")]
    public void A_measure_an_hour_before_or_after_is_a_rate(string text)
    {
        var rate = Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == "an hour");

        Assert.Equal((TimeExpressionType.Set, "PT1H"), (rate.Type, rate.Value.ToString()));
    }

    [Fact]
    public void Five_people_an_hour_after_an_event_is_a_length()
    {
        var length = Assert.Single(TimeExpressionScanner.Find("Gunmen killed five people an hour after the blast.", Published), e => e.Text.StartsWith("an hour", StringComparison.Ordinal));

        Assert.NotEqual(TimeExpressionType.Set, length.Type);
    }

    [Theory]
    [InlineData("All flights were cancelled until at least 6 p.m. Utility crews worked through the night.", "the night", "2013-03-21TNI")]
    [InlineData("Crews have worked 12-hour shifts since Tuesday. The governor declared an emergency at 4 a.m.", "4 a.m.", "2013-03-22T04:00")]
    public void A_day_a_span_starts_or_ends_on_is_not_the_day_the_narrative_is_on(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("A man collapsed on Tuesday evening. At 4 a.m., the governor declared an emergency.", "4 a.m.", "2013-03-20T04:00")]
    [InlineData("Rain began late yesterday afternoon and turned to snow around midnight, falling fast before dawn.", "dawn", "2013-03-22TMO")]
    [InlineData("Snow fell overnight. Crews cleared roads. The governor declared an emergency at 4 a.m.", "4 a.m.", "2013-03-22T04:00")]
    public void The_small_hours_after_an_evening_midnight_or_a_named_night_are_the_next_days(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("The Iran-Iraq war of 1980-88 killed hundreds of thousands.", "1980", "1980")]
    [InlineData("In 2015-17, prices rose.", "2015", "2015")]
    public void A_year_that_starts_a_span_ended_by_two_digits_after_a_year_cue_is_a_year(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Theory]
    [InlineData("Is this a valid date? 2015-32")]
    [InlineData("The code is 2015-32-11.")]
    public void A_year_joined_to_two_digits_with_no_year_cue_before_it_is_a_code(string text)
    {
        Assert.Empty(TimeExpressionScanner.Find(text, Published));
    }

    [Theory]
    [InlineData("Sales fell in the first quarter of fiscal 1998.", "the first quarter of fiscal 1998", "FY1998-Q1")]
    [InlineData("Profit rose in the second half of fiscal year 2012.", "the second half of fiscal year 2012", "FY2012-H2")]
    public void A_part_of_a_fiscal_year_is_that_part_as_TimeML_writes_it(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    [Fact]
    public void A_quotation_in_a_paragraph_after_one_ending_in_a_clock_time_is_read_from_the_publication()
    {
        // "3 a.m." ends its paragraph: the quotation after the blank line is a sentence of its own, not one whose day is
        // Wednesday's, so its "yesterday" is the day before the publication.
        const string text = "Gunmen killed at least 40 villagers in a raid, residents said on Friday.\n\n"
            + "The attackers arrived shortly after 11 p.m. on Wednesday and shot people, a resident said. They left around 3 a.m.\n\n"
            + "\"We buried 40 people yesterday,\" said Musa Aliyu, a community leader.";

        var yesterday = Assert.Single(ReportParser.Parse(text, new ReportContext(Published)).TimeExpressions, e => e.Text == "yesterday");

        Assert.Equal("2013-03-21", yesterday.Value.ToString());
    }

    [Theory]
    [InlineData("Shells began falling around dawn and continued until early afternoon.", "around dawn", "2013-03-22TMO")]
    [InlineData("Fighting eased towards dusk.", "dusk", "2013-03-22TEV")]
    [InlineData("Fighting eased towards dusk. They left at about dawn.", "about dawn", "2013-03-22TMO")]
    public void Dawn_and_dusk_after_around_or_towards_are_times_of_the_day(string text, string extent, string value)
    {
        Assert.Equal(value, ValueOf(text, extent));
    }

    private static string Cut(string text, Sitrep.Sources.TextSpan span) => text.Substring(span.Start, span.Length);

    // The value of the one expression found with that text.
    private static string ValueOf(string text, string extent) => Assert.Single(TimeExpressionScanner.Find(text, Published), e => e.Text == extent).Value.ToString();
}
