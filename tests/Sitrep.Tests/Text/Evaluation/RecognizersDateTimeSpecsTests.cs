using System;
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
              {"Input": "He left on Christmas.", "Results": [{"Text": "christmas", "Type": "date", "Start": 11, "Length": 9}]},
              {"Input": "I'll be back at 7h01", "Results": [{"Text": "7h01", "Type": "time", "Value": {"Timex": "T07:01"}, "Start": 16, "Length": 4}]},
              {"Input": "Nothing here.", "Results": []},
              {"Input": 5}
            ]
            """;

        var score = RecognizersDateTimeSpecs.Score("Test.json", json);

        Assert.Null(score.Problem);
        Assert.Equal((3, 1), (score.Passed, score.Failed));
        Assert.Equal(1, score.OutOfScope["a holiday"]);
        Assert.Equal(1, score.OutOfScope["malformed case (no Input text)"]);
        Assert.Contains("missed \"7h01\"", Assert.Single(score.Failures), StringComparison.Ordinal);
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

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"Input\": \"x\"}")]
    public void A_file_that_is_not_a_spec_is_a_problem_not_a_throw(string json)
    {
        Assert.NotNull(RecognizersDateTimeSpecs.Score("Bad.json", json).Problem);
    }
}
