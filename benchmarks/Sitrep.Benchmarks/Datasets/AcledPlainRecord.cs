using System;

namespace Sitrep.Benchmarks.Datasets;

/// <summary>What a user would write for CsvHelper or Sylvan: a plain class with the 31 ACLED fields, typed where ACLED's are.</summary>
public sealed class AcledPlainRecord
{
    public string? EventIdCnty { get; set; }
    public DateTime EventDate { get; set; }
    public int Year { get; set; }
    public int TimePrecision { get; set; }
    public string? DisorderType { get; set; }
    public string? EventType { get; set; }
    public string? SubEventType { get; set; }
    public string? Actor1 { get; set; }
    public string? AssocActor1 { get; set; }
    public string? Inter1 { get; set; }
    public string? Actor2 { get; set; }
    public string? AssocActor2 { get; set; }
    public string? Inter2 { get; set; }
    public string? Interaction { get; set; }
    public string? CivilianTargeting { get; set; }
    public string? Iso { get; set; }
    public string? Region { get; set; }
    public string? Country { get; set; }
    public string? Admin1 { get; set; }
    public string? Admin2 { get; set; }
    public string? Admin3 { get; set; }
    public string? Location { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public int GeoPrecision { get; set; }
    public string? Source { get; set; }
    public string? SourceScale { get; set; }
    public string? Notes { get; set; }
    public int Fatalities { get; set; }
    public string? Tags { get; set; }
    public long Timestamp { get; set; }
}
