using System;
using System.IO.Compression;
using System.Linq;
using Parquet;
using Sitrep.Parquet.Tables;

namespace Sitrep.Tests.Parquet;

/// <summary>The options each file is written with: the writer's settings, whole, and an encoding per column.</summary>
public sealed class ColumnEncodingsTests
{
    [Fact]
    public void Every_setting_of_the_writers_options_reaches_the_files_options()
    {
        var template = new ParquetOptions();
        var defaults = new ParquetOptions();
        var settable = typeof(ParquetOptions).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance).Where(p => p.CanWrite && p.Name != nameof(ParquetOptions.DictionaryEncodingThreshold)).ToList();
        foreach (var property in settable)
        {
            property.SetValue(template, Other(property.PropertyType, property.GetValue(defaults)));
        }

        var options = ColumnEncodings.For([("seq", EncodingHint.DeltaBinaryPacked)], template);

        Assert.All(settable, p => Assert.Equal(p.GetValue(template), p.GetValue(options)));
        Assert.Equal(ColumnEncodings.DictionaryThreshold, options.DictionaryEncodingThreshold);
        Assert.Equal(EncodingHint.DeltaBinaryPacked, options.ColumnEncodingHints["seq"]);
    }

    // A value of the property's type that differs from its default, so a setting that is not copied shows.
    private static object Other(Type type, object? value) => value switch
    {
        bool b => !b,
        int i => i + 7,
        CompressionMethod m => m == CompressionMethod.Zstd ? CompressionMethod.Gzip : CompressionMethod.Zstd,
        CompressionLevel l => l == CompressionLevel.Fastest ? CompressionLevel.Optimal : CompressionLevel.Fastest,
        null when Nullable.GetUnderlyingType(type) == typeof(int) => 4242,
        _ => throw new InvalidOperationException($"The test does not know how to change a {type.Name}: add it, and copy the setting in ColumnEncodings.For."),
    };
}
