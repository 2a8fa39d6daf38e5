using System;
using System.Buffers.Binary;
using Sitrep.Places;

namespace Sitrep.Parquet.Geometry;

/// <summary>Well-known binary (ISO/OGC simple features) for the one shape incidents have: a point.</summary>
internal static class Wkb
{
    /// <summary>The length of a two-dimensional WKB point: byte order, type, x, y.</summary>
    public const int PointLength = 21;

    /// <summary>Gets the point as little-endian WKB, x = longitude and y = latitude (GeoParquet's axis order); null for a point out of range.</summary>
    public static byte[]? Point(GeoPoint? point)
    {
        if (point is not { IsValid: true } p)
        {
            return null;
        }

        var bytes = new byte[PointLength];
        bytes[0] = 1; // little endian
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(1), 1); // Point
        BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(5), p.Longitude);
        BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(13), p.Latitude);
        return bytes;
    }
}
