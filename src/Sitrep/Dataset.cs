using System.Text.Json.Serialization;
using Sitrep.Actors;
using Sitrep.Incidents;
using Sitrep.Sources;
using Sitrep.Statements;

namespace Sitrep;

/// <summary>
/// A set of sources, actors, incidents and statements that refer to each other by id: the unit of the canonical
/// JSON format. Referential integrity is checked by validation, not by construction, so a dataset read from a file
/// is kept as it was and reported on.
/// </summary>
public sealed record Dataset
{
    /// <summary>The format version this library writes.</summary>
    public const string CurrentFormatVersion = "1.0";

    /// <summary>Gets the canonical format version the dataset was written in (<c>1.0</c>).</summary>
    [JsonPropertyName("sitrep")]
    [JsonPropertyOrder(-1)]
    [JsonRequired]
    public string FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>Gets an optional title.</summary>
    public string? Title { get; init; }

    /// <summary>Gets an optional description for readers.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the sources.</summary>
    public ValueArray<Source> Sources { get; init; }

    /// <summary>Gets the actors.</summary>
    public ValueArray<Actor> Actors { get; init; }

    /// <summary>Gets the incidents.</summary>
    public ValueArray<Incident> Incidents { get; init; }

    /// <summary>Gets the statements.</summary>
    public ValueArray<Statement> Statements { get; init; }
}
