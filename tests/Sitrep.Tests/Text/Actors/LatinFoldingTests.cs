using Sitrep.Text.Actors;
using Xunit;

namespace Sitrep.Tests.Text.Actors;

public class LatinFoldingTests
{
    [Fact]
    public void Every_folded_letter_is_an_ascii_lower_case_letter()
    {
        for (var c = '\u00C0'; c <= '\u024F'; c++)
        {
            var folded = LatinFolding.Base(c);
            Assert.True(folded == '\0' || folded is >= 'a' and <= 'z', $"U+{(int)c:X4} folds to U+{(int)folded:X4}");
        }

        Assert.Equal('\0', LatinFolding.Base('a'));
        Assert.Equal('\0', LatinFolding.Base('\u00DF'));
        Assert.Equal('e', LatinFolding.Base('\u00C9'));
        Assert.Equal('s', LatinFolding.Base('\u0219'));
    }

    [Theory]
    [InlineData("Chargé d'Affaires")]
    [InlineData("Şırnak Mülkiye")]
    [InlineData("Łódź Brigade")]
    [InlineData("Ñandú Front")]
    public void Precomposed_and_decomposed_names_give_one_composed_id_part(string name) =>
        Assert.Equal(ActorScanner.IdPart(name), ActorScanner.IdPart(Decompose(name)));

    // Decomposed by hand (normalisation is unavailable in the tests' invariant mode): the letters the table folds,
    // written as base letter plus combining mark.
    private static string Decompose(string name) => name
        .Replace("é", "e\u0301").Replace("Ş", "S\u0327").Replace("ü", "u\u0308").Replace("Ñ", "N\u0303").Replace("ú", "u\u0301")
        .Replace("ó", "o\u0301").Replace("ź", "z\u0301");
}
