using System.IO;
using nietras.SeparatedValues;

namespace Sitrep.Benchmarks.Datasets;

/// <summary>The limit every dataset reader is measured against: Sep tokenising the file, every field's span touched.</summary>
public static class SepBaseline
{
    public static long Tokenise(byte[] file, char separator, bool quoted)
    {
        using var reader = Sep.New(separator)
            .Reader(o => o with { HasHeader = quoted, Unescape = quoted, DisableQuotesParsing = !quoted })
            .From(new MemoryStream(file));
        long total = 0;
        foreach (var row in reader)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                total += row[i].Span.Length;
            }
        }

        return total;
    }
}
