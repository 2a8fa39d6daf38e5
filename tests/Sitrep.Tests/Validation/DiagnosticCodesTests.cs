using System.IO;
using System.Linq;
using System.Reflection;
using Sitrep.Validation;

namespace Sitrep.Tests.Validation;

public class DiagnosticCodesTests
{
    private static readonly (string Name, string Code)[] Codes = new[] { typeof(DiagnosticCodes), typeof(Sitrep.Datasets.DatasetDiagnosticCodes), typeof(Sitrep.Text.TextDiagnosticCodes), typeof(Sitrep.Parquet.ParquetDiagnosticCodes) }
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Select(f => (f.Name, (string)f.GetValue(null)!))
        .ToArray();

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        Assert.Equal(Codes.Length, Codes.Select(c => c.Code).Distinct().Count());
        Assert.All(Codes, c => Assert.Matches("^SR0[01234][0-9]{2}$", c.Code));
    }

    [Fact]
    public void Every_code_is_documented_under_its_name()
    {
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "diagnostics.md"));

        Assert.All(Codes, c => Assert.Contains($"| `{c.Code}` | `{c.Name}` |", doc, System.StringComparison.Ordinal));
    }
}
