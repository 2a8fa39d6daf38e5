using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Sitrep.Benchmarks.Json;

// Plain mutable classes of the same shape as the canonical format: what a user would write without Sitrep.
// Both baselines serialise these, one through reflection and one through a source-generated context.
#pragma warning disable CS1591, SA1402

public sealed class DatasetDto
{
    [JsonPropertyName("sitrep")]
    public string Sitrep { get; set; } = "1.0";

    public List<SourceDto>? Sources { get; set; }

    public List<ActorDto>? Actors { get; set; }

    public List<IncidentDto>? Incidents { get; set; }
}

public sealed class SourceDto
{
    public string Id { get; set; } = "";

    public string Kind { get; set; } = "";

    public string? Title { get; set; }

    public string? Published { get; set; }

    public string? Language { get; set; }
}

public sealed class ActorDto
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Kind { get; set; } = "";

    public List<AliasDto>? Aliases { get; set; }

    public string? Country { get; set; }
}

public sealed class AliasDto
{
    public string Name { get; set; } = "";

    public string Kind { get; set; } = "";
}

public sealed class IncidentDto
{
    public string Id { get; set; } = "";

    public string Type { get; set; } = "";

    public string Scope { get; set; } = "";

    public string? Description { get; set; }

    public List<ClassificationDto>? Classifications { get; set; }

    public List<string>? Means { get; set; }

    public List<ParticipantDto>? Participants { get; set; }

    public PlaceDto? Place { get; set; }

    public string? Time { get; set; }

    public List<CasualtyDto>? Casualties { get; set; }

    public List<AttributionDto>? Attributions { get; set; }

    public List<ExternalIdDto>? ExternalIds { get; set; }

    public List<ProvenanceDto>? Provenance { get; set; }
}

public sealed class ClassificationDto
{
    public string Scheme { get; set; } = "";

    public string Code { get; set; } = "";
}

public sealed class ParticipantDto
{
    public string Actor { get; set; } = "";

    public string Role { get; set; } = "";
}

public sealed class PlaceDto
{
    public string? Name { get; set; }

    public string? Country { get; set; }

    public string? Admin1 { get; set; }

    public PointDto? Point { get; set; }

    public string Feature { get; set; } = "";

    public string Precision { get; set; } = "";
}

public sealed class PointDto
{
    public double Latitude { get; set; }

    public double Longitude { get; set; }
}

public sealed class CasualtyDto
{
    public string Outcome { get; set; } = "";

    public VictimsDto Victims { get; set; } = new();

    public EstimateDto Estimate { get; set; } = new();
}

public sealed class VictimsDto
{
    public string Category { get; set; } = "";

    public string? Actor { get; set; }
}

public sealed class EstimateDto
{
    public string Qualifier { get; set; } = "";

    public long? Low { get; set; }

    public long? Best { get; set; }

    public long? High { get; set; }

    public string? Phrase { get; set; }
}

public sealed class AttributionDto
{
    public string State { get; set; } = "";

    public List<string>? Perpetrators { get; set; }

    public List<string>? AttributedBy { get; set; }
}

public sealed class ExternalIdDto
{
    public string Scheme { get; set; } = "";

    public string Value { get; set; } = "";
}

public sealed class ProvenanceDto
{
    public string Source { get; set; } = "";

    public SpanDto? Span { get; set; }
}

public sealed class SpanDto
{
    public int Start { get; set; }

    public int Length { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = true)]
[JsonSerializable(typeof(DatasetDto))]
public sealed partial class DtoJsonContext : JsonSerializerContext
{
}
