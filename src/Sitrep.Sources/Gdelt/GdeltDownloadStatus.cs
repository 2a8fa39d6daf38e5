namespace Sitrep.Sources.Gdelt;

/// <summary>How a GDELT bulk file's download ended.</summary>
public enum GdeltDownloadStatus
{
    /// <summary>Downloaded, and its size and MD5 agree with the file list.</summary>
    Verified,

    /// <summary>The server does not have it (HTTP 404): the lists name a few files that were never published.</summary>
    Absent,

    /// <summary>Downloaded, but its size or MD5 differed from the list's each time it was tried; nothing was kept.</summary>
    Corrupt,
}
