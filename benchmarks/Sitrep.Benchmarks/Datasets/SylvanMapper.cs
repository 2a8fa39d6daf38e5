using System;
using System.Globalization;
using Sylvan.Data.Csv;

namespace Sitrep.Benchmarks.Datasets;

/// <summary>Hand mapping of a Sylvan row into the plain class, as Sylvan users write it.</summary>
public static class SylvanMapper
{
    public static UcdpPlainRecord Read(CsvDataReader csv) => new()
    {
        Id = csv.GetInt64(0),
        Relid = csv.GetString(1),
        Year = csv.GetInt32(2),
        ActiveYear = csv.GetString(3),
        CodeStatus = csv.GetString(4),
        TypeOfViolence = csv.GetInt32(5),
        ConflictDsetId = csv.GetString(6),
        ConflictNewId = Long(csv, 7),
        ConflictName = csv.GetString(8),
        DyadDsetId = csv.GetString(9),
        DyadNewId = Long(csv, 10),
        DyadName = csv.GetString(11),
        SideADsetId = csv.GetString(12),
        SideANewId = Long(csv, 13),
        SideA = csv.GetString(14),
        SideBDsetId = csv.GetString(15),
        SideBNewId = Long(csv, 16),
        SideB = csv.GetString(17),
        NumberOfSources = (int?)Long(csv, 18),
        SourceArticle = csv.GetString(19),
        SourceOffice = csv.GetString(20),
        SourceDate = csv.GetString(21),
        SourceHeadline = csv.GetString(22),
        SourceOriginal = csv.GetString(23),
        WherePrec = (int?)Long(csv, 24),
        WhereCoordinates = csv.GetString(25),
        WhereDescription = csv.GetString(26),
        Adm1 = csv.GetString(27),
        Adm2 = csv.GetString(28),
        Latitude = Double(csv, 29),
        Longitude = Double(csv, 30),
        GeomWkt = csv.GetString(31),
        PriogridGid = Long(csv, 32),
        Country = csv.GetString(33),
        CountryId = (int?)Long(csv, 34),
        Region = csv.GetString(35),
        EventClarity = (int?)Long(csv, 36),
        DatePrec = (int?)Long(csv, 37),
        DateStart = DateTime.Parse(csv.GetString(38), CultureInfo.InvariantCulture),
        DateEnd = DateTime.Parse(csv.GetString(39), CultureInfo.InvariantCulture),
        DeathsA = Long(csv, 40),
        DeathsB = Long(csv, 41),
        DeathsCivilians = Long(csv, 42),
        DeathsUnknown = Long(csv, 43),
        Best = csv.GetInt64(44),
        High = csv.GetInt64(45),
        Low = csv.GetInt64(46),
        Gwnoa = csv.GetString(47),
        Gwnob = csv.GetString(48),
    };

    private static long? Long(CsvDataReader csv, int i)
    {
        var span = csv.GetFieldSpan(i);
        return span.IsEmpty ? null : long.Parse(span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    private static double? Double(CsvDataReader csv, int i)
    {
        var span = csv.GetFieldSpan(i);
        return span.IsEmpty ? null : double.Parse(span, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
