using System.Text.Json.Serialization;
using Sitrep.Actors;
using Sitrep.Incidents;
using Sitrep.Sources;
using Sitrep.Statements;

namespace Sitrep.Serialization;

/// <summary>One line of the JSON Lines form: the header (<c>{"sitrep":"1.0"}</c>) or exactly one record.</summary>
internal sealed class JsonLinesEntry
{
    [JsonPropertyName("sitrep")]
    [JsonPropertyOrder(-1)]
    public string? FormatVersion { get; init; }

    /// <summary>Gets the dataset's title; only on the header line.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the dataset's description; only on the header line.</summary>
    public string? Description { get; init; }

    public Source? Source { get; init; }

    public Actor? Actor { get; init; }

    public Incident? Incident { get; init; }

    public Statement? Statement { get; init; }
}
