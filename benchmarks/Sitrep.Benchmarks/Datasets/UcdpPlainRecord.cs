using System;

namespace Sitrep.Benchmarks.Datasets;

/// <summary>What a user would write for CsvHelper or Sylvan: a plain class with the typed UCDP GED fields and the text ones.</summary>
public sealed class UcdpPlainRecord
{
    public long Id { get; set; }
    public string? Relid { get; set; }
    public int Year { get; set; }
    public string? ActiveYear { get; set; }
    public string? CodeStatus { get; set; }
    public int TypeOfViolence { get; set; }
    public string? ConflictDsetId { get; set; }
    public long? ConflictNewId { get; set; }
    public string? ConflictName { get; set; }
    public string? DyadDsetId { get; set; }
    public long? DyadNewId { get; set; }
    public string? DyadName { get; set; }
    public string? SideADsetId { get; set; }
    public long? SideANewId { get; set; }
    public string? SideA { get; set; }
    public string? SideBDsetId { get; set; }
    public long? SideBNewId { get; set; }
    public string? SideB { get; set; }
    public int? NumberOfSources { get; set; }
    public string? SourceArticle { get; set; }
    public string? SourceOffice { get; set; }
    public string? SourceDate { get; set; }
    public string? SourceHeadline { get; set; }
    public string? SourceOriginal { get; set; }
    public int? WherePrec { get; set; }
    public string? WhereCoordinates { get; set; }
    public string? WhereDescription { get; set; }
    public string? Adm1 { get; set; }
    public string? Adm2 { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? GeomWkt { get; set; }
    public long? PriogridGid { get; set; }
    public string? Country { get; set; }
    public int? CountryId { get; set; }
    public string? Region { get; set; }
    public int? EventClarity { get; set; }
    public int? DatePrec { get; set; }
    public DateTime DateStart { get; set; }
    public DateTime DateEnd { get; set; }
    public long? DeathsA { get; set; }
    public long? DeathsB { get; set; }
    public long? DeathsCivilians { get; set; }
    public long? DeathsUnknown { get; set; }
    public long Best { get; set; }
    public long High { get; set; }
    public long Low { get; set; }
    public string? Gwnoa { get; set; }
    public string? Gwnob { get; set; }
}
