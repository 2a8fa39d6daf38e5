namespace Sitrep.Datasets.Polecat;

/// <summary>Column names of POLECAT's public weekly and yearly files (Harvard Dataverse, doi:10.7910/DVN/AJGVIT).</summary>
public static class PolecatColumns
{
    /// <summary>Gets the 40 columns of the public files, in order.</summary>
    public static ValueArray<string> Standard { get; } =
    [
        "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code", "Contexts", "Actor Name",
        "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title", "Actor Name Raw",
        "Wikipedia Actor ID", "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector",
        "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City",
        "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename", "Feature Type",
        "Source", "Publication Date", "Story People", "Story Organizations", "Story Locations", "Language", "Version",
    ];

    /// <summary>Gets the columns a file must have to be read as POLECAT.</summary>
    public static ValueArray<string> Required { get; } = ["Event ID", "Event Date", "Event Type"];

    /// <summary>Gets the spellings of the intensity column seen in the wild: <c>Event Intensity</c> and <c>Intensity</c>.</summary>
    public static ValueArray<string> IntensityNames { get; } = ["Event Intensity", "Intensity"];
}
