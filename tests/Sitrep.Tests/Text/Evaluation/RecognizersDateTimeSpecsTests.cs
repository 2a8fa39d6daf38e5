using System;
using System.IO;
using System.Linq;
using Sitrep.Text.Evaluation;

namespace Sitrep.Tests.Text.Evaluation;

/// <summary>The date-time specs run through the parser: passes, failures with what was found, and cases out of scope by reason.</summary>
public sealed class RecognizersDateTimeSpecsTests
{
    [Fact]
    public void Cases_pass_fail_or_fall_out_of_scope_by_reason()
    {
        const string json = """
            [
              {"Input": "The siege lasted two decades.", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
               "Results": [{"Text": "two decades", "Type": "duration", "Value": {"Timex": "P20Y"}, "Start": 16, "Length": 11}]},
              {"Input": "He left two years ago.", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
               "Results": [{"Text": "two years ago", "Type": "date", "Value": {"Timex": "2014-11-07", "PastResolution": {"date": "2014-11-07"}}, "Start": 8, "Length": 13}]},
              {"Input": "He left on Mother's Day.", "Results": [{"Text": "mother's day", "Type": "date", "Start": 11, "Length": 12}]},
              {"Input": "I'll be back at 7ampm", "Results": [{"Text": "7ampm", "Type": "time", "Value": {"Timex": "T07"}, "Start": 16, "Length": 5}]},
              {"Input": "Nothing here.", "Results": []},
              {"Input": 5}
            ]
            """;

        var score = RecognizersDateTimeSpecs.Score("Test.json", json);

        Assert.Null(score.Problem);
        Assert.Equal((3, 1), (score.Passed, score.Failed));
        Assert.Equal(1, score.OutOfScope["a holiday"]);
        Assert.Equal(1, score.OutOfScope["malformed case (no Input text)"]);
        Assert.Contains("missed \"7ampm\"", Assert.Single(score.Failures), StringComparison.Ordinal);
        Assert.Equal(0.75, score.PassRate, 6);
    }

    [Fact]
    public void Only_a_clock_time_in_words_is_out_of_scope_not_a_date_length_or_year_in_words()
    {
        const string json = """
            [
              {"Input": "I'll go back seven thirty pm", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
               "Results": [{"Text": "seven thirty pm", "Type": "datetimeV2.time", "Value": {"Timex": "T19:30"}, "Start": 13, "Length": 15}]},
              {"Input": "They left in nineteen ninety six", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
               "Results": [{"Text": "nineteen ninety six", "Type": "datetimeV2.daterange", "Value": {"Timex": "1996"}, "Start": 13, "Length": 19}]},
              {"Input": "The siege lasted two weeks", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
               "Results": [{"Text": "two weeks", "Type": "datetimeV2.duration", "Value": {"Timex": "P2W"}, "Start": 17, "Length": 9}]}
            ]
            """;

        var score = RecognizersDateTimeSpecs.Score("Test.json", json);

        Assert.Equal(1, score.OutOfScope["a clock time in words (conversation)"]);
        Assert.Equal((2, 0), (score.Passed, score.Failed));
    }

    [Fact]
    public void A_months_week_is_the_ISO_week_whose_Monday_starts_the_specs_range_and_no_other_week()
    {
        // The specs write "the first week of Oct" as XXXX-10-W01 with the days it covers; TIMEX3 has no week of a month,
        // the parser writes the ISO week (2016-W40, 3-9 October). A week one off the range still fails.
        const string json = """
            [
              {"Input": "Fighting stopped in the first week of Oct", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
               "Results": [{"Text": "the first week of Oct", "Type": "daterange", "Value": {"Timex": "XXXX-10-W01",
                 "FutureResolution": {"startDate": "2017-10-02", "endDate": "2017-10-09"}, "PastResolution": {"startDate": "2016-10-03", "endDate": "2016-10-10"}}, "Start": 20, "Length": 21}]},
              {"Input": "Fighting stopped in the first week of Oct", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
               "Results": [{"Text": "the first week of Oct", "Type": "daterange", "Value": {"Timex": "XXXX-10-W01",
                 "PastResolution": {"startDate": "2016-09-26", "endDate": "2016-10-03"}}, "Start": 20, "Length": 21}]}
            ]
            """;

        var score = RecognizersDateTimeSpecs.Score("Test.json", json);

        Assert.Equal((1, 1), (score.Passed, score.Failed));
        Assert.Contains("2016-W40", Assert.Single(score.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void A_days_end_and_midnight_are_read_in_the_TIMEX3_form_of_the_same_time_and_nothing_else()
    {
        // TIMEX3 writes "end of tomorrow" as the day with mod END and midnight as T24:00; the specs write the day's last
        // second and T00. Another day's end, or noon for midnight, still fails.
        const string json = """
            [
              {"Input": "I'll go back end of tomorrow", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
               "Results": [{"Text": "end of tomorrow", "Type": "datetime", "Value": {"Timex": "2016-11-08T23:59:59"}, "Start": 13, "Length": 15}]},
              {"Input": "I'll go back end of today", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
               "Results": [{"Text": "end of today", "Type": "datetime", "Value": {"Timex": "2016-11-08T23:59:59"}, "Start": 13, "Length": 12}]},
              {"Input": "mid night", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
               "Results": [{"Text": "mid night", "Type": "time", "Value": {"Timex": "T00"}, "Start": 0, "Length": 9}]},
              {"Input": "midday", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
               "Results": [{"Text": "midday", "Type": "time", "Value": {"Timex": "T00"}, "Start": 0, "Length": 6}]}
            ]
            """;

        var score = RecognizersDateTimeSpecs.Score("Test.json", json);

        Assert.Equal((2, 2), (score.Passed, score.Failed));
        Assert.Contains(score.Failures, f => f.StartsWith("\"I'll go back end of today\"", StringComparison.Ordinal));
        Assert.Contains(score.Failures, f => f.StartsWith("\"midday\"", StringComparison.Ordinal));
    }

    [Fact]
    public void The_middle_of_a_morning_or_afternoon_is_its_middle_hour_and_no_other()
    {
        // TIMEX3 writes "midmorning" as the morning with mod MID; the specs write its middle hour. The morning with no
        // MID, or the wrong hour, still fails.
        const string json = """
            [
              {"Input": "midmorning", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
               "Results": [{"Text": "midmorning", "Type": "time", "Value": {"Timex": "T10"}, "Start": 0, "Length": 10}]},
              {"Input": "mid-afternoon", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
               "Results": [{"Text": "mid-afternoon", "Type": "time", "Value": {"Timex": "T14"}, "Start": 0, "Length": 13}]},
              {"Input": "midafternoon", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
               "Results": [{"Text": "midafternoon", "Type": "time", "Value": {"Timex": "T10"}, "Start": 0, "Length": 12}]},
              {"Input": "in the morning", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
               "Results": [{"Text": "in the morning", "Type": "time", "Value": {"Timex": "T10"}, "Start": 0, "Length": 14}]}
            ]
            """;

        var score = RecognizersDateTimeSpecs.Score("Test.json", json);

        Assert.Equal((2, 2), (score.Passed, score.Failed));
    }

    [Fact]
    public void A_future_offset_with_in_is_compared_at_the_grain_of_its_unit()
    {
        const string json = """
            [
              {"Input": "I will leave in two weeks", "Context": {"ReferenceDateTime": "2018-07-05T00:00:00"},
               "Results": [{"Text": "in two weeks", "Type": "date", "Value": {"Timex": "2018-07-19", "FutureResolution": {"date": "2018-07-19"}}, "Start": 13, "Length": 12}]},
              {"Input": "I will leave in two weeks", "Context": {"ReferenceDateTime": "2018-07-05T00:00:00"},
               "Results": [{"Text": "in two weeks", "Type": "date", "Value": {"Timex": "2018-08-19", "FutureResolution": {"date": "2018-08-19"}}, "Start": 13, "Length": 12}]}
            ]
            """;

        var score = RecognizersDateTimeSpecs.Score("Test.json", json);

        Assert.Equal((1, 1), (score.Passed, score.Failed));
    }

    [Fact]
    public void A_season_of_no_year_is_filled_by_that_season_of_a_year_and_a_part_of_a_resolved_day_by_that_day()
    {
        // The specs write "the summer" as SU (TIMEX3's XXXX-SU) and "tuesday afternoon" as XXXX-WXX-2TAF with the two
        // Tuesdays' afternoons as ranges; the parser resolves both. Another season, or another Tuesday, still fails.
        const string json = """
            [
              {"Input": "I'll leave the summer", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
               "Results": [{"Text": "the summer", "Type": "daterange", "Value": {"Timex": "SU"}, "Start": 11, "Length": 10}]},
              {"Input": "I'll leave the summer", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
               "Results": [{"Text": "the summer", "Type": "daterange", "Value": {"Timex": "WI"}, "Start": 11, "Length": 10}]},
              {"Input": "I'll be out tuesday afternoon", "Context": {"ReferenceDateTime": "2016-11-07T16:12:00"},
               "Results": [{"Text": "tuesday afternoon", "Start": 12, "End": 28, "TypeName": "datetimeV2.datetimerange", "Resolution": {"values": [
                 {"timex": "XXXX-WXX-2TAF", "type": "datetimerange", "start": "2016-11-01 12:00:00", "end": "2016-11-01 16:00:00"},
                 {"timex": "XXXX-WXX-2TAF", "type": "datetimerange", "start": "2016-11-08 12:00:00", "end": "2016-11-08 16:00:00"}]}}]},
              {"Input": "I'll be out tuesday afternoon", "Context": {"ReferenceDateTime": "2016-11-07T16:12:00"},
               "Results": [{"Text": "tuesday afternoon", "Start": 12, "End": 28, "TypeName": "datetimeV2.datetimerange", "Resolution": {"values": [
                 {"timex": "XXXX-WXX-2TAF", "type": "datetimerange", "start": "2016-11-15 12:00:00", "end": "2016-11-15 16:00:00"}]}}]}
            ]
            """;

        var score = RecognizersDateTimeSpecs.Score("Test.json", json);

        Assert.Equal((2, 2), (score.Passed, score.Failed));
        Assert.Contains(score.Failures, f => f.Contains("is WI", StringComparison.Ordinal));
        Assert.Contains(score.Failures, f => f.Contains("2016-11-15", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_weekend_as_the_specs_write_it_either_way_is_the_set_TIMEX3_writes_and_every_week_is_not()
    {
        // The specs write "every weekend" as P1WE in one case and XXXX-WXX-WE in another; the parser writes TIMEX3's
        // XXXX-WXX-WE. Every week (P1W) is another set.
        const string json = """
            [
              {"Input": "we will meet after school every weekend.", "Context": {"ReferenceDateTime": "2022-08-22T01:00:00"},
               "Results": [{"Text": "every weekend", "Start": 26, "End": 38, "TypeName": "datetimeV2.set", "Resolution": {"values": [{"timex": "P1WE", "type": "set", "value": "not resolved"}]}}]},
              {"Input": "do you do that every weekend?", "Context": {"ReferenceDateTime": "2020-06-12T00:00:00"},
               "Results": [{"Text": "every weekend", "Start": 15, "End": 27, "TypeName": "datetimeV2.set", "Resolution": {"values": [{"timex": "XXXX-WXX-WE", "type": "set", "value": "not resolved"}]}}]},
              {"Input": "we will meet after school every weekend.", "Context": {"ReferenceDateTime": "2022-08-22T01:00:00"},
               "Results": [{"Text": "every weekend", "Start": 26, "End": 38, "TypeName": "datetimeV2.set", "Resolution": {"values": [{"timex": "P1W", "type": "set", "value": "not resolved"}]}}]}
            ]
            """;

        var score = RecognizersDateTimeSpecs.Score("Test.json", json);

        Assert.Equal((2, 1), (score.Passed, score.Failed));
        Assert.Contains(score.Failures, f => f.Contains("is P1W;", StringComparison.Ordinal));
    }

    [Fact]
    public void The_shared_date_time_specs_in_scope_pass_at_ninety_percent_or_more()
    {
        // The target, through the scorer `sitrep eval recognizers` prints: a change that costs the parser cases
        // below it fails here, not only in a figure read by hand.
        if (TestPaths.SharedCorpus is not { } corpus || !Directory.Exists(Path.Combine(corpus, "recognizers-specs")))
        {
            Assert.Skip("../shared/corpus/recognizers-specs is absent: this clone has no shared corpus beside it.");
            return;
        }

        string[] files = ["DateTimeModel.json", "DateExtractor.json", "DateParser.json", "DatePeriodParser.json", "DurationParser.json", "SetParser.json", "TimeParser.json", "DateTimeParser.json"];
        var scores = files.Select(f => RecognizersDateTimeSpecs.Score(f, File.ReadAllText(Path.Combine(corpus, "recognizers-specs", f)))).ToList();

        Assert.All(scores, s => Assert.Null(s.Problem));
        var passed = scores.Sum(s => s.Passed);
        var inScope = scores.Sum(s => s.Passed + s.Failed);
        Assert.True(inScope >= 900, $"only {inScope} cases in scope");
        Assert.True(passed >= 0.90 * inScope, $"{passed}/{inScope} passed");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"Input\": \"x\"}")]
    public void A_file_that_is_not_a_spec_is_a_problem_not_a_throw(string json)
    {
        Assert.NotNull(RecognizersDateTimeSpecs.Score("Bad.json", json).Problem);
    }
}
