using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sitrep.Datasets;
using Sitrep.Datasets.Acled;
using Sitrep.Validation;

namespace Sitrep.Tests.Datasets.Acled;

/// <summary>Numeric event dates (29/12/2015), as older ACLED exports and spreadsheets write them: the order found per file or declared.</summary>
public class AcledNumericDateTests
{
    [Fact]
    public void A_day_first_file_is_read_whole_and_earlier_ambiguous_dates_are_read_day_first()
    {
        var (reader, rows) = Read(["05/04/2015", "2015-06-01", "29/12/2015", "03/02/2015"]);

        Assert.All(rows, r => Assert.True(r.Success, string.Join("; ", r.Diagnostics)));
        Assert.Equal([2L, 3, 4, 5], rows.Select(r => r.Line));
        Assert.Equal(
            [new LocalDate(2015, 4, 5), new LocalDate(2015, 6, 1), new LocalDate(2015, 12, 29), new LocalDate(2015, 2, 3)],
            rows.Select(r => r.Value.EventDate));
        var chosen = Assert.Single(reader.FileDiagnostics, d => d.Code == DatasetDiagnosticCodes.DateOrderChosen);
        Assert.Equal((DiagnosticSeverity.Info, 4L, "29/12/2015"), (chosen.Severity, chosen.Line, chosen.Value));
        Assert.Equal((4L, 4L, 0L), (reader.Counts.Read, reader.Counts.Accepted, reader.Counts.Rejected));
    }

    [Fact]
    public void A_month_first_file_is_read_month_first_from_its_first_date_over_twelve()
    {
        var (reader, rows) = Read(["05/04/2015", "12/29/2015", "1/2/2016"]);

        Assert.All(rows, r => Assert.True(r.Success));
        Assert.Equal(
            [new LocalDate(2015, 5, 4), new LocalDate(2015, 12, 29), new LocalDate(2016, 1, 2)],
            rows.Select(r => r.Value.EventDate));
        Assert.All(rows, r => Assert.Equal(DateOrder.MonthFirst, r.Value.NumericDateOrder));
        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(reader.FileDiagnostics, d => d.Code == DatasetDiagnosticCodes.DateOrderChosen).Severity);
    }

    [Fact]
    public void A_file_whose_dates_never_decide_is_read_day_first_with_a_warning()
    {
        var (reader, rows) = Read(["05/04/2015", "01/02/2015"]);

        Assert.Equal([new LocalDate(2015, 4, 5), new LocalDate(2015, 2, 1)], rows.Select(r => r.Value.EventDate));
        var chosen = Assert.Single(reader.FileDiagnostics, d => d.Code == DatasetDiagnosticCodes.DateOrderChosen);
        Assert.Equal((DiagnosticSeverity.Warning, 2L, "05/04/2015"), (chosen.Severity, chosen.Line, chosen.Value));
    }

    [Fact]
    public void A_date_against_the_files_order_is_rejected_naming_the_order()
    {
        var (_, rows) = Read(["29/12/2015", "12/29/2015"]);

        Assert.True(rows[0].Success);
        var error = Assert.Single(rows[1].Diagnostics);
        Assert.Equal((DatasetDiagnosticCodes.InvalidField, "12/29/2015"), (error.Code, error.Value));
        Assert.Contains("day first", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_order_is_used_without_looking_at_the_file()
    {
        var (reader, rows) = Read(["05/04/2015", "29/12/2015"], DateOrder.MonthFirst);

        Assert.Equal(new LocalDate(2015, 5, 4), rows[0].Value.EventDate);
        Assert.False(rows[1].Success);
        Assert.Contains("month first", Assert.Single(rows[1].Diagnostics).Message, StringComparison.Ordinal);
        Assert.DoesNotContain(reader.FileDiagnostics, d => d.Code == DatasetDiagnosticCodes.DateOrderChosen);
    }

    [Theory]
    [InlineData("29/12/15", 2015, 12, 29)]
    [InlineData("31.01.1999", 1999, 1, 31)]
    [InlineData("13-2-97", 1997, 2, 13)]
    public void Two_digit_years_and_other_separators_are_read(string text, int year, int month, int day)
    {
        var (_, rows) = Read([text]);

        Assert.Equal(new LocalDate(year, month, day), Assert.Single(rows).Value.EventDate);
    }

    [Fact]
    public void Rows_rejected_while_dates_wait_keep_their_place_and_the_counts_add_up()
    {
        var e = Event("A1", "05/04/2015");
        var bad = Event("A2", "06/04/2015");
        bad["latitude"] = "north";
        var (reader, rows) = Read(AcledEventReaderTests.Csv(AcledColumns.Current, [e, bad, Event("A3", "2015-04-07"), Event("A4", "30/04/2015")]));

        Assert.Equal([2L, 3, 4, 5], rows.Select(r => r.Line));
        Assert.Equal([true, false, true, true], rows.Select(r => r.Success));
        Assert.Equal((4L, 3L, 1L), (reader.Counts.Read, reader.Counts.Accepted, reader.Counts.Rejected));
    }

    [Fact]
    public void Reading_does_not_wait_on_ambiguous_dates_forever()
    {
        var events = Enumerable.Range(0, 10_001).Select(i => Event("A" + i, "05/04/2015")).Append(Event("B", "12/29/2015"));
        using var reader = AcledEventReader.Open(Stream(AcledEventReaderTests.Csv(AcledColumns.Current, events)));
        var seen = 0;
        var chosenWhileReading = false;
        foreach (var row in reader.ReadRows())
        {
            if (seen++ == 0)
            {
                chosenWhileReading = reader.FileDiagnostics.Any(d => d.Code == DatasetDiagnosticCodes.DateOrderChosen);
            }
        }

        Assert.True(chosenWhileReading, "the first rows came out before the file ended");
        Assert.Equal(10_002, seen);
        Assert.Equal(1, reader.Counts.Rejected);
    }

    [Property(MaxTest = 100)]
    public Property Dates_written_in_either_order_read_back_when_one_day_is_over_twelve()
    {
        var date = Gen.Choose(0, 365 * 40).Select(d => new LocalDate(1990, 1, 1).PlusDays(d));
        var gen =
            from dates in Gen.ListOf(date)
            from order in Gen.Elements(DateOrder.DayFirst, DateOrder.MonthFirst)
            from separator in Gen.Elements('/', '.', '-')
            select (Dates: dates, Order: order, Separator: separator);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (dates, order, separator) = t;
            var all = dates.Append(new LocalDate(2001, 3, 25)).ToList();
            string Write(LocalDate d) => order == DateOrder.DayFirst
                ? $"{d.Day:00}{separator}{d.Month:00}{separator}{d.Year}"
                : $"{d.Month}{separator}{d.Day}{separator}{d.Year}";

            var (reader, rows) = Read(all.Select(Write).ToArray());

            Assert.Equal(all, rows.Select(r => r.Value.EventDate));
            Assert.Equal(all.Count, reader.Counts.Accepted);
        });
    }

    internal static Dictionary<string, string> Event(string id, string date)
    {
        var e = AcledEventReaderTests.Event(id);
        e["event_date"] = date;
        e["year"] = date.Length >= 4 && int.TryParse(date[^4..], out var year) ? year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "2015";
        return e;
    }

    private static (AcledEventReader Reader, List<DatasetRow<AcledEventRecord>> Rows) Read(string[] dates, DateOrder order = DateOrder.Auto) =>
        Read(AcledEventReaderTests.Csv(AcledColumns.Current, dates.Select((d, i) => Event("E" + i, d))), order);

    private static (AcledEventReader Reader, List<DatasetRow<AcledEventRecord>> Rows) Read(string text, DateOrder order = DateOrder.Auto)
    {
        var reader = AcledEventReader.Open(Stream(text), new DatasetReaderOptions { DateOrder = order });
        return (reader, reader.ReadRows().ToList());
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
