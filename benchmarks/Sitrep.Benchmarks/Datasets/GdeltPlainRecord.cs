using CsvHelper.Configuration.Attributes;

namespace Sitrep.Benchmarks.Datasets;

/// <summary>A plain class for the typed GDELT fields plus the text ones a user keeps, mapped by column index.</summary>
public sealed class GdeltPlainRecord
{
    [Index(0)] public long GlobalEventId { get; set; }
    [Index(1)] public int SqlDate { get; set; }
    [Index(5)] public string? Actor1Code { get; set; }
    [Index(6)] public string? Actor1Name { get; set; }
    [Index(15)] public string? Actor2Code { get; set; }
    [Index(16)] public string? Actor2Name { get; set; }
    [Index(25)] public int IsRootEvent { get; set; }
    [Index(26)] public string? EventCode { get; set; }
    [Index(28)] public string? EventRootCode { get; set; }
    [Index(29)] public int QuadClass { get; set; }
    [Index(30)] public double GoldsteinScale { get; set; }
    [Index(31)] public int NumMentions { get; set; }
    [Index(34)] public double AvgTone { get; set; }
    [Index(51)] public int ActionGeoType { get; set; }
    [Index(52)] public string? ActionGeoFullName { get; set; }
    [Index(53)] public string? ActionGeoCountryCode { get; set; }
    [Index(56)] public double? ActionGeoLat { get; set; }
    [Index(57)] public double? ActionGeoLong { get; set; }
    [Index(59)] public long DateAdded { get; set; }
    [Index(60)] public string? SourceUrl { get; set; }
}
