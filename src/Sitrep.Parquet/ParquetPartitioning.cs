using System;

namespace Sitrep.Parquet;

/// <summary>How incident tables are split into Hive-style folders (<c>year=2024/country=UKR/</c>), which query engines prune on.</summary>
[Flags]
public enum ParquetPartitioning
{
    /// <summary>One folder per table.</summary>
    None = 0,

    /// <summary>By the year the incident's time starts in (<c>year=__HIVE_DEFAULT_PARTITION__</c> when undated).</summary>
    Year = 1,

    /// <summary>By the place's country code (<c>country=__HIVE_DEFAULT_PARTITION__</c> when it has none).</summary>
    Country = 2,
}
