using System.Globalization;
using FsCheck.Xunit;
using Sitrep.Datasets.Parsing;

namespace Sitrep.Tests.Datasets.Parsing;

/// <summary>The fast paths for integers and decimals give exactly what the framework's parsers give.</summary>
public class FieldTextTests
{
    [Property(MaxTest = 2000)]
    public void A_plain_decimal_reads_as_the_framework_reads_it(long whole, ushort fraction, byte places)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{whole % 10_000_000}.{fraction.ToString(CultureInfo.InvariantCulture).PadLeft(places % 8, '0')}");

        Assert.True(FieldText.TryDouble(text, out var value));
        Assert.Equal(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture), value);
    }

    [Property(MaxTest = 1000)]
    public void A_double_written_round_trip_reads_back_to_itself(double x)
    {
        if (!double.IsFinite(x))
        {
            return;
        }

        var text = x.ToString("R", CultureInfo.InvariantCulture);

        Assert.True(FieldText.TryDouble(text, out var value));
        Assert.Equal(x, value);
    }

    [Property(MaxTest = 1000)]
    public void An_integer_reads_as_the_framework_reads_it(long n)
    {
        var text = n.ToString(CultureInfo.InvariantCulture);

        Assert.True(FieldText.TryLong(text, out var value));
        Assert.Equal(n, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("1e400")]
    [InlineData("NaN")]
    [InlineData("12a")]
    public void Text_that_is_not_a_finite_number_is_refused(string text) => Assert.False(FieldText.TryDouble(text, out _));

    [Theory]
    [InlineData(" 42 ", 42.0)]
    [InlineData("+1.5", 1.5)]
    [InlineData("1e3", 1000.0)]
    [InlineData(".5", 0.5)]
    [InlineData("-0.000001", -0.000001)]
    [InlineData("1234567890.12345", 1234567890.12345)]
    [InlineData("12345678901234567890.5", 12345678901234567890.5)]
    public void Other_spellings_still_read(string text, double expected)
    {
        Assert.True(FieldText.TryDouble(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("  ", true)]
    [InlineData("NA", true)]
    [InlineData(" NA ", true)]
    [InlineData("NAN", false)]
    [InlineData("0", false)]
    public void Missing_means_empty_or_NA(string text, bool missing) => Assert.Equal(missing, FieldText.IsMissing(text));
}
