using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Sitrep.Incidents;

namespace Sitrep.Parquet;

/// <summary>The folder layout of a Sitrep Parquet dataset (docs/parquet.md): names, the manifest, partition folders.</summary>
internal static class ParquetDatasetLayout
{
    /// <summary>The manifest at the dataset's root; query engines skip names that start with an underscore.</summary>
    public const string ManifestName = "_sitrep.json";

    /// <summary>What the manifest's <c>format</c> says.</summary>
    public const string Format = "sitrep-parquet";

    /// <summary>What Hive, Spark and DuckDB call a partition with no value.</summary>
    public const string NullPartition = "__HIVE_DEFAULT_PARTITION__";

    public static string PartFileName(int part) => string.Create(CultureInfo.InvariantCulture, $"part-{part:D5}.parquet");

    /// <summary>Gets the name of a further file of the same part (<c>part-00000-1.parquet</c>, <c>part-00000-mixed.parquet</c>).</summary>
    public static string PartFileName(int part, string suffix) => string.Create(CultureInfo.InvariantCulture, $"part-{part:D5}-{suffix}.parquet");

    public static Dictionary<string, string> FileMetadata(string table) => new()
    {
        ["sitrep.parquet.version"] = ParquetDataset.SchemaVersion,
        ["sitrep.table"] = table,
    };

    /// <summary>Gets the incident's partition folder (<c>year=2024/country=UKR</c>), empty when unpartitioned.</summary>
    public static string PartitionKey(Incident incident, ParquetPartitioning partitioning)
    {
        if (partitioning == ParquetPartitioning.None)
        {
            return string.Empty;
        }

        var key = new StringBuilder();
        if ((partitioning & ParquetPartitioning.Year) != 0)
        {
            key.Append("year=").Append(incident.Time is { } time ? time.StartDate.Year.ToString(CultureInfo.InvariantCulture) : NullPartition);
        }

        if ((partitioning & ParquetPartitioning.Country) != 0)
        {
            if (key.Length > 0)
            {
                key.Append(Path.DirectorySeparatorChar);
            }

            key.Append("country=").Append(string.IsNullOrEmpty(incident.Place?.Country) ? NullPartition : Escape(incident.Place!.Country!));
        }

        return key.ToString();
    }

    // Hive's escaping: anything but letters, digits, '-' and '_' is %XX (UTF-8 bytes), so a value can never make a
    // path separator, a '..' or an '=' in the folder name.
    private static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'_')
            {
                text.Append((char)b);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }
}
