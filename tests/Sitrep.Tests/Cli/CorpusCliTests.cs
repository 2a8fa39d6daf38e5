using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace Sitrep.Tests.Cli;

/// <summary>
/// <c>sitrep validate</c> and <c>convert</c> on every real file in ../shared/corpus/datasets, as a user runs them: exit 0,
/// and what convert writes validates with no error. The diagnostics left are true facts of the data, each listed in
/// docs/diagnostics.md.
/// </summary>
public sealed class CorpusCliTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("sitrep-corpus-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    public static TheoryData<string, string> Files => new()
    {
        { "ucdp/ged-myanmar-r-export.csv", "SR0102" },
        { "gdelt/20191024143000-first1000.export.CSV", string.Empty },
        { "plover/PLOVER_GSR_CAMEO.json", "SR0215 SR0217" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Every_corpus_file_validates_converts_and_its_conversion_validates(string file, string expectedCodes)
    {
        if (TestPaths.SharedCorpus is not { } corpus)
        {
            Assert.Skip("../shared/corpus is absent: this clone has no shared corpus beside it.");
            return;
        }

        var input = Path.Combine(corpus, "datasets", file);
        var output = Path.Combine(directory, "out.jsonl");

        var (validate, validateOut, _) = await CliTests.Run("validate", input);
        var (convert, _, _) = await CliTests.Run("convert", input, "-o", output);
        var (again, againOut, _) = await CliTests.Run("validate", output);

        Assert.Equal(0, validate);
        Assert.Equal(0, convert);
        Assert.Equal(0, again);
        Assert.Contains("0 errors", againOut, StringComparison.Ordinal);
        var codes = Regex.Matches(validateOut, @" (?:warning|info|error) (SR\d{4}):").Select(m => m.Groups[1].Value).Distinct().Order().ToArray();
        Assert.Equal(expectedCodes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order().ToArray(), codes);
    }
}
