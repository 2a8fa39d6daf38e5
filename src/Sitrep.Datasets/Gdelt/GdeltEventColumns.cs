using System.Linq;

namespace Sitrep.Datasets.Gdelt;

/// <summary>The column names of GDELT event files, which have no header (codebook order).</summary>
public static class GdeltEventColumns
{
    /// <summary>Gets the 61 columns of GDELT 2.0 event exports.</summary>
    public static ValueArray<string> Gdelt2 { get; } =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code",
        "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code",
        "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

    /// <summary>Gets the 58 columns of GDELT 1.0 daily files: 2.0's without the three <c>*_ADM2Code</c> columns.</summary>
    public static ValueArray<string> Gdelt1 { get; } = ValueArray.From(Gdelt2.Where(c => !c.EndsWith("_ADM2Code", System.StringComparison.Ordinal)));

    /// <summary>Gets the 57 columns of the oldest GDELT 1.0 files, without <c>SOURCEURL</c>.</summary>
    public static ValueArray<string> Gdelt1WithoutUrl { get; } = ValueArray.From(Gdelt1.Take(57));
}
