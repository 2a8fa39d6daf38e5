namespace Sitrep.Datasets.Gdelt;

/// <summary>The GDELT event layouts, told apart by column count (the files have no header).</summary>
public enum GdeltLayout
{
    /// <summary>GDELT 2.0: 61 columns, <c>DATEADDED</c> as <c>YYYYMMDDHHMMSS</c>.</summary>
    Gdelt2,

    /// <summary>GDELT 1.0: 58 columns, no ADM2 codes, <c>DATEADDED</c> as <c>YYYYMMDD</c>.</summary>
    Gdelt1,

    /// <summary>The oldest GDELT 1.0 files: 57 columns, no <c>SOURCEURL</c>.</summary>
    Gdelt1WithoutUrl,
}
