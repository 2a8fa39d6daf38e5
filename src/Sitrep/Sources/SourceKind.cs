using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep.Sources;

/// <summary>What kind of thing a <see cref="Source"/> is.</summary>
[JsonConverter(typeof(StrictEnumConverter<SourceKind>))]
public enum SourceKind
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>A news agency story (AFP, Reuters, AP), the origin of what outlets republish.</summary>
    NewsAgency,

    /// <summary>A newspaper, broadcaster or site that published a story, its own or an agency's.</summary>
    NewsOutlet,

    /// <summary>An official statement: a government, ministry, embassy, armed forces or armed group communique.</summary>
    OfficialStatement,

    /// <summary>A post on a social-media platform.</summary>
    SocialMediaPost,

    /// <summary>A witness account, named or anonymous.</summary>
    Witness,

    /// <summary>A report by a non-governmental or international organisation.</summary>
    NgoReport,

    /// <summary>A release of a dataset (ACLED, UCDP GED 25.1, GDELT).</summary>
    DatasetRelease,

    /// <summary>Anything else.</summary>
    Other,
}
