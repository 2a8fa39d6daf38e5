using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep.Statements;

/// <summary>How a statement was made public.</summary>
[JsonConverter(typeof(StrictEnumConverter<StatementChannel>))]
public enum StatementChannel
{
    /// <summary>Not stated.</summary>
    Unspecified,

    /// <summary>A written statement or communique.</summary>
    WrittenStatement,

    /// <summary>A press conference or briefing.</summary>
    PressConference,

    /// <summary>A post on social media; <see cref="Statement.Platform"/> names the platform.</summary>
    SocialMedia,

    /// <summary>An interview.</summary>
    Interview,

    /// <summary>A speech.</summary>
    Speech,

    /// <summary>Through diplomatic channels (a summons, a note verbale).</summary>
    DiplomaticChannel,

    /// <summary>A broadcast on television or radio.</summary>
    Broadcast,

    /// <summary>A page on the speaker's website.</summary>
    Website,
}
