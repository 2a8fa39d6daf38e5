using System;
using System.Collections.Generic;
using Sitrep.Actors;
using Sitrep.Incidents;

namespace Sitrep.Datasets.Plover;

/// <summary>
/// PLOVER event categories and modes in the model's terms, shared by PLOVER JSON and POLECAT. docs/mappings.md has
/// the table. Categories of the 2016 files that the current manual merged (FIGHT into ASSAULT, DEMAND into REQUEST,
/// DISAPPROVE and INVESTIGATE into ACCUSE) are read as their successors; the verbatim code is always kept.
/// </summary>
internal static class PloverCategories
{
    /// <summary>The current category of a possibly older one.</summary>
    internal static string Current(string category) => category.ToUpperInvariant() switch
    {
        "FIGHT" => "ASSAULT",
        "DEMAND" => "REQUEST",
        "DISAPPROVE" or "INVESTIGATE" => "ACCUSE",
        var c => c,
    };

    /// <summary>The incident type of an event, refined by its modes.</summary>
    internal static IncidentType TypeOf(string category, IReadOnlyCollection<string> modes)
    {
        bool Has(string mode) => Contains(modes, mode);
        return Current(category) switch
        {
            "ASSAULT" when Has("aerial") || Has("drone") => IncidentType.Strike,
            "ASSAULT" when Has("heavy-weapons") => IncidentType.Shelling,
            "ASSAULT" when Has("explosives") || Has("suicide-attack") => IncidentType.Bombing,
            "ASSAULT" when Has("abduct") => IncidentType.Abduction,
            "ASSAULT" when Has("sexual") => IncidentType.SexualViolence,
            "ASSAULT" when Has("destroy") => IncidentType.PropertyDestruction,
            "ASSAULT" => IncidentType.Attack,
            "PROTEST" when Has("riot") => IncidentType.Riot,
            "PROTEST" => IncidentType.Protest,
            "COERCE" when Has("arrest") => IncidentType.Arrest,
            "COERCE" when Has("seize") => IncidentType.PropertyDestruction,
            "RETREAT" when Has("ceasefire") => IncidentType.Ceasefire,
            "MOBILIZE" or "RETREAT" => IncidentType.StrategicDevelopment,
            _ => IncidentType.Other,
        };
    }

    /// <summary>The means a mode names, when it names one.</summary>
    internal static IEnumerable<Means> MeansOf(IReadOnlyCollection<string> modes)
    {
        foreach (var mode in modes)
        {
            Means? means = mode.ToLowerInvariant() switch
            {
                "aerial" => Means.Airstrike,
                "drone" => Means.Drone,
                "firearms" => Means.SmallArms,
                "explosives" => Means.Ied,
                "suicide-attack" => Means.SuicideAttack,
                "heavy-weapons" => Means.Artillery,
                _ => null,
            };
            if (means is { } m)
            {
                yield return m;
            }
        }
    }

    /// <summary>Whether the actor acts on the recipient by force (the actor perpetrates, the recipient suffers).</summary>
    internal static bool IsViolent(string category) => Current(category) is "ASSAULT" or "COERCE";

    /// <summary>The actor kind of a PLOVER/CAMEO sector code.</summary>
    internal static ActorKind KindOf(string? sector, string? code) => (sector?.Trim().ToUpperInvariant(), code?.Trim().ToUpperInvariant()) switch
    {
        ("GOV" or "LEG" or "JUD" or "ELI", _) => ActorKind.Government,
        ("MIL" or "COP" or "SPY", _) => ActorKind.StateForces,
        ("REB" or "UAF" or "INS", _) => ActorKind.NonStateArmedGroup,
        ("PTY" or "OPP", _) => ActorKind.PoliticalParty,
        ("JRN", _) => ActorKind.Media,
        ("CVL" or "REF" or "LAB" or "EDU" or "MED" or "REL" or "AGR" or "BUS", _) => ActorKind.Civilians,
        (_, "IGO" or "UNO" or "EUR") => ActorKind.InternationalOrganisation,
        (_, "IMG") => ActorKind.NonStateArmedGroup,
        _ => ActorKind.Unknown,
    };

    private static bool Contains(IReadOnlyCollection<string> modes, string mode)
    {
        foreach (var m in modes)
        {
            if (m.Equals(mode, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
