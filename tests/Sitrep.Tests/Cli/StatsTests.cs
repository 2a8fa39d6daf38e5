using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Sitrep.Cli.Commands;
using Sitrep.Temporal;
using Sitrep.Tests.Datasets.Ucdp;

namespace Sitrep.Tests.Cli;

/// <summary><c>sitrep stats</c>: months only for times known to the month, and labels that say what is added up.</summary>
public sealed class StatsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("sitrep-stats-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Theory]
    [InlineData(2020, 3, 14, "2020-03")]
    public void A_day_is_counted_in_its_month(int year, int month, int day, string expected) =>
        Assert.Equal(expected, DatasetStatistics.MonthKey(TemporalValue.Day(year, month, day)));

    [Fact]
    public void A_week_across_two_months_is_not_put_in_the_month_it_starts() =>
        Assert.Equal("2020-03..2020-04", DatasetStatistics.MonthKey(TemporalValue.Week(2020, 14)));

    [Fact]
    public void A_week_inside_one_month_is_counted_in_that_month() =>
        Assert.Equal("2020-03", DatasetStatistics.MonthKey(TemporalValue.Week(2020, 12)));

    [Fact]
    public void A_year_is_not_put_in_january() =>
        Assert.Equal("2020-01..2020-12", DatasetStatistics.MonthKey(TemporalValue.Year(2020)));

    [Fact]
    public void A_quarter_spans_its_three_months() =>
        Assert.Equal("2021-04..2021-06", DatasetStatistics.MonthKey(TemporalValue.Quarter(2021, 2)));

    [Fact]
    public async Task Stats_on_ucdp_keep_a_year_long_event_out_of_january_and_say_best_figures_are_summed()
    {
        var day = UcdpGedFixtures.Event(1);
        var year = UcdpGedFixtures.Event(2);
        year["date_prec"] = "5";
        year["date_start"] = "2021-01-01";
        year["date_end"] = "2021-12-31";
        year["best"] = "6";
        year["high"] = "40";
        var input = Path.Combine(directory, "ged.csv");
        File.WriteAllText(input, UcdpGedFixtures.Csv([day, year]));

        var (exit, stdout, _) = await CliTests.Run("stats", input);
        var (jsonExit, json, _) = await CliTests.Run("stats", input, "--format", "json");

        Assert.Equal(0, exit);
        Assert.Contains("sum over incidents of the largest best figure", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("highest", stdout, StringComparison.Ordinal);
        Assert.Equal(0, jsonExit);
        using var document = JsonDocument.Parse(json);
        var months = document.RootElement.GetProperty("byMonth");
        Assert.Equal(1, months.GetProperty("2021-06").GetInt64());
        Assert.Equal(1, months.GetProperty("2021-01..2021-12").GetInt64());
        Assert.False(months.TryGetProperty("2021-01", out _));
        Assert.Equal(12, document.RootElement.GetProperty("casualtiesByOutcome").GetProperty("killed").GetInt64());
    }
}
