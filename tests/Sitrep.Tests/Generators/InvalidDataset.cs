using System.Collections.Generic;

namespace Sitrep.Tests.Generators;

/// <summary>A dataset broken on purpose, with the diagnostic codes each break must produce.</summary>
public sealed record InvalidDataset(Dataset Dataset, IReadOnlyList<string> ExpectedCodes, string Description)
{
    public override string ToString() => Description;
}
