using System.Text.Json.Serialization;
using Sitrep.Places;
using Sitrep.Sources;
using Sitrep.Temporal;

namespace Sitrep.Incidents;

/// <summary>
/// Something that happened at a time and place: an attack, a strike, a clash, an explosion, an arrest, a protest, a
/// pause. It carries its participants, casualty counts, contested attributions and where each is stated.
/// </summary>
public sealed record Incident
{
    /// <summary>Gets the incident's id, unique in its dataset.</summary>
    public required IncidentId Id { get; init; }

    /// <summary>Gets what happened.</summary>
    public required IncidentType Type { get; init; }

    /// <summary>Gets whether this is one event or a series reported together.</summary>
    public IncidentScope Scope { get; init; }

    /// <summary>
    /// Gets how the source tells the incident: <see cref="IncidentCoverage.Reported"/> (the default, not written in
    /// canonical JSON) or <see cref="IncidentCoverage.Background"/>, an earlier event named in passing.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public IncidentCoverage Coverage { get; init; }

    /// <summary>Gets a one-line description for readers.</summary>
    public string? Description { get; init; }

    /// <summary>Gets codes from other taxonomies (ACLED, UCDP, CAMEO, PLOVER), kept verbatim.</summary>
    public ValueArray<Classification> Classifications { get; init; }

    /// <summary>Gets the means used.</summary>
    public ValueArray<Means> Means { get; init; }

    /// <summary>Gets the actors involved and their roles.</summary>
    public ValueArray<Participant> Participants { get; init; }

    /// <summary>Gets where it happened.</summary>
    public Place? Place { get; init; }

    /// <summary>Gets when it happened, as precisely as known.</summary>
    public TemporalValue? Time { get; init; }

    /// <summary>Gets the casualty counts, from every source that gives one.</summary>
    public ValueArray<CasualtyCount> Casualties { get; init; }

    /// <summary>Gets the attributions of responsibility, competing ones included.</summary>
    public ValueArray<Attribution> Attributions { get; init; }

    /// <summary>Gets incidents this one is part of, follows from or responds to.</summary>
    public ValueArray<IncidentId> RelatedIncidents { get; init; }

    /// <summary>Gets ids the incident has in other datasets.</summary>
    public ValueArray<ExternalId> ExternalIds { get; init; }

    /// <summary>Gets where the incident is reported.</summary>
    public ValueArray<Provenance> Provenance { get; init; }

    /// <summary>
    /// Gets the dataset row the incident was made from, every column verbatim, when it was read from another format;
    /// writing back to that format restores the row exactly.
    /// </summary>
    public SourceRecord? SourceRecord { get; init; }
}
