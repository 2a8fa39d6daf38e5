using System.IO;
using System.Linq;
using Sitrep.Datasets.Ucdp;
using Sitrep.Validation;

namespace Sitrep.Tests.Datasets.Ucdp;

/// <summary>The real UCDP GED file in ../shared/corpus/datasets/ucdp, against the counts its README gives.</summary>
public class UcdpGedCorpusTests
{
    [Fact]
    public void The_myanmar_export_reads_every_row_with_the_readme_counts()
    {
        if (TestPaths.SharedCorpus is not { } corpus)
        {
            Assert.Skip("../shared/corpus is absent: this clone has no shared corpus beside it.");
            return;
        }

        using var reader = UcdpGedReader.OpenFile(Path.Combine(corpus, "datasets", "ucdp", "ged-myanmar-r-export.csv"));
        var rows = reader.ReadRows().ToList();

        Assert.Equal(UcdpGedLayout.Ged49, reader.Layout!.Layout);
        Assert.True(reader.Layout.HasHeader);
        Assert.Equal("UTF-8", reader.Layout.Encoding);
        Assert.Empty(reader.FileDiagnostics);
        Assert.Equal(1500, rows.Count);
        Assert.Equal(new Sitrep.Datasets.DatasetReadCounts(1500, 1500, 0), reader.Counts);
        Assert.All(rows, r => Assert.DoesNotContain(r.Diagnostics, d => d.IsError));
        Assert.Equal(9284, rows.Sum(r => r.Value.Best));
        Assert.Equal(114, rows.Count(r => r.Value.Values.Any(v => v.Contains('\n', System.StringComparison.Ordinal))));
        var first = rows[0].Value;
        Assert.Equal(48528, first.Id);
        Assert.Equal("MYA-1992-3-775-5", first.Relid);
        Assert.Equal("775", first["gwnoa"]);
        Assert.Equal(new NodaTime.LocalDate(1992, 2, 29), first.DateStart);
        Assert.Equal(2, rows[0].Line);
    }
}
