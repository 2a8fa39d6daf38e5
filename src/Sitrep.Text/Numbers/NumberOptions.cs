using System.Linq;

namespace Sitrep.Text.Numbers;

/// <summary>How the number scanner reads vague amounts.</summary>
public sealed record NumberOptions
{
    /// <summary>Gets the defaults: vague amounts read in plain English.</summary>
    public static NumberOptions Default { get; } = new();

    /// <summary>
    /// Gets a named convention for counting: <c>several</c> and <c>multiple</c> are 3, <c>numerous</c> 4, <c>a
    /// number of</c> 3, as the annotators of the ISAF press releases (docs/accuracy.md) and many casualty coders
    /// read them; everything else as in <see cref="Default"/>. Pass it when figures must be counted this way
    /// (<c>sitrep extract --vague-amounts press-release</c>); the default reading is plain English.
    /// </summary>
    public static NumberOptions PressReleaseConvention { get; } = new()
    {
        VagueAmounts = [.. Default.VagueAmounts.Where(v => v.Phrase is not ("several" or "multiple" or "numerous" or "a number of")),
            new VagueAmount("several", 3, 3), new VagueAmount("multiple", 3, 3), new VagueAmount("numerous", 4, 4), new VagueAmount("a number of", 3, 3)],
    };

    /// <summary>
    /// Gets the meanings of vague amounts. The defaults: <c>a couple</c> 2; <c>a few</c> and <c>a handful</c> 2 to 5;
    /// <c>several</c> 3 to 9; <c>a number of</c> and <c>multiple</c> at least 2; <c>numerous</c> at least 3; <c>dozens</c> at least 24; <c>scores</c> at least 40; <c>hundreds</c> at least 200;
    /// <c>thousands</c> at least 2,000; <c>tens of thousands</c> at least 20,000; <c>hundreds of thousands</c> at
    /// least 200,000; <c>millions</c> at least 2,000,000.
    /// </summary>
    public ValueArray<VagueAmount> VagueAmounts { get; init; } =
    [
        new("a couple", 2, 2),
        new("a few", 2, 5),
        new("a handful", 2, 5),
        new("several", 3, 9),
        new("a number of", 2, null),
        new("multiple", 2, null),
        new("numerous", 3, null),
        new("dozens", 24, null),
        new("scores", 40, null),
        new("hundreds", 200, null),
        new("thousands", 2_000, null),
        new("tens of thousands", 20_000, null),
        new("hundreds of thousands", 200_000, null),
        new("millions", 2_000_000, null),
    ];
}
