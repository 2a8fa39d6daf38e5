using System.Text.Json.Serialization;
using Sitrep.Serialization;

namespace Sitrep.Statements;

/// <summary>What a statement does.</summary>
[JsonConverter(typeof(StrictEnumConverter<StatementKind>))]
public enum StatementKind
{
    /// <summary>Announces a decision or fact ("will extend a pause").</summary>
    Announcement,

    /// <summary>Issued jointly by several speakers.</summary>
    JointStatement,

    /// <summary>Denies responsibility or a claim.</summary>
    Denial,

    /// <summary>Accuses or blames someone.</summary>
    Accusation,

    /// <summary>Claims responsibility for an incident.</summary>
    ClaimOfResponsibility,

    /// <summary>Threatens action.</summary>
    Threat,

    /// <summary>Demands action.</summary>
    Demand,

    /// <summary>Commits to something: a pause, a ceasefire, cooperation.</summary>
    Commitment,

    /// <summary>Records an agreement between parties.</summary>
    Agreement,

    /// <summary>Authorises someone to act ("permission to confront and respond").</summary>
    Authorisation,

    /// <summary>Condemns an act.</summary>
    Condemnation,

    /// <summary>A diplomatic act done in words: summoning an envoy, a protest note, expelling a diplomat.</summary>
    DiplomaticAct,

    /// <summary>Reports what happened (a witness account, a casualty figure).</summary>
    Report,

    /// <summary>Anything else.</summary>
    Other,
}
