namespace Sitrep.Datasets.Gdelt;

/// <summary>What a GDELT 2.0 15-minute file holds.</summary>
public enum GdeltFileKind
{
    /// <summary>Events (<c>.export.CSV.zip</c>), the table <see cref="GdeltEventReader"/> reads.</summary>
    Export,

    /// <summary>Mentions of events in articles (<c>.mentions.CSV.zip</c>).</summary>
    Mentions,

    /// <summary>The Global Knowledge Graph (<c>.gkg.csv.zip</c>).</summary>
    Gkg,
}
