namespace Sitrep.Datasets;

/// <summary>How a dataset file's bytes are decoded.</summary>
public enum DatasetEncoding
{
    /// <summary>UTF-8 when the start of the file is valid UTF-8, otherwise Windows-1252, reported as <c>SR0202</c>.</summary>
    Auto,

    /// <summary>UTF-8; invalid bytes reject their row (<c>SR0201</c>), never silently replaced.</summary>
    Utf8,

    /// <summary>Windows-1252, the encoding of spreadsheet exports on Western Windows systems.</summary>
    Windows1252,
}
