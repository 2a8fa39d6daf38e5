using System;
using System.Globalization;
using System.Text;
using Sitrep.Places;

namespace Sitrep.Parquet.Geometry;

/// <summary>The bounding box of the points written to one file, for its GeoParquet <c>geo</c> metadata.</summary>
internal sealed class GeoBounds
{
    private double minLon = double.PositiveInfinity;
    private double minLat = double.PositiveInfinity;
    private double maxLon = double.NegativeInfinity;
    private double maxLat = double.NegativeInfinity;

    /// <summary>Gets how many points the box holds.</summary>
    public long Points { get; private set; }

    /// <summary>Takes a point into the box (points out of range have no geometry and are not counted).</summary>
    public void Add(GeoPoint? point)
    {
        if (point is not { IsValid: true } p)
        {
            return;
        }

        minLon = Math.Min(minLon, p.Longitude);
        minLat = Math.Min(minLat, p.Latitude);
        maxLon = Math.Max(maxLon, p.Longitude);
        maxLat = Math.Max(maxLat, p.Latitude);
        Points++;
    }

    /// <summary>Empties the box for the next file.</summary>
    public void Clear()
    {
        minLon = minLat = double.PositiveInfinity;
        maxLon = maxLat = double.NegativeInfinity;
        Points = 0;
    }

    /// <summary>
    /// Gets the GeoParquet 1.1 file metadata: the WKB <c>geometry</c> column is primary, its coordinates are in the
    /// default CRS (OGC:CRS84, longitude then latitude, so <c>crs</c> is left out), its only type is Point, and its
    /// bbox covers this file (left out when the file has no point).
    /// </summary>
    public string ToGeoMetadata()
    {
        var inv = CultureInfo.InvariantCulture;
        var json = new StringBuilder("{\"version\":\"1.1.0\",\"primary_column\":\"geometry\",\"columns\":{\"geometry\":{\"encoding\":\"WKB\",\"geometry_types\":");
        if (Points == 0)
        {
            json.Append("[]");
        }
        else
        {
            json.Append("[\"Point\"],\"bbox\":[")
                .Append(minLon.ToString("R", inv)).Append(',')
                .Append(minLat.ToString("R", inv)).Append(',')
                .Append(maxLon.ToString("R", inv)).Append(',')
                .Append(maxLat.ToString("R", inv)).Append(']');
        }

        return json.Append("}}}").ToString();
    }
}
