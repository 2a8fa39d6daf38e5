using System.Linq;
using Sitrep.Incidents;

namespace Sitrep.Benchmarks.Json;

/// <summary>Copies a Sitrep dataset into the plain DTOs, so every contender writes and reads the same content.</summary>
public static class DtoMapper
{
    public static DatasetDto ToDto(Dataset dataset) => new()
    {
        Sources = dataset.Sources.Select(s => new SourceDto { Id = s.Id.Value, Kind = Camel(s.Kind.ToString()), Title = s.Title, Published = s.Published?.ToString(), Language = s.Language }).ToList(),
        Actors = dataset.Actors.Select(a => new ActorDto
        {
            Id = a.Id.Value,
            Name = a.Name,
            Kind = Camel(a.Kind.ToString()),
            Country = a.Country,
            Aliases = a.Aliases.Select(x => new AliasDto { Name = x.Name, Kind = Camel(x.Kind.ToString()) }).ToList(),
        }).ToList(),
        Incidents = dataset.Incidents.Select(ToDto).ToList(),
    };

    private static IncidentDto ToDto(Incident i) => new()
    {
        Id = i.Id.Value,
        Type = Camel(i.Type.ToString()),
        Scope = Camel(i.Scope.ToString()),
        Description = i.Description,
        Classifications = i.Classifications.Select(c => new ClassificationDto { Scheme = c.Scheme, Code = c.Code }).ToList(),
        Means = i.Means.Select(m => Camel(m.ToString())).ToList(),
        Participants = i.Participants.Select(p => new ParticipantDto { Actor = p.Actor.Value, Role = Camel(p.Role.ToString()) }).ToList(),
        Place = i.Place is null ? null : new PlaceDto
        {
            Name = i.Place.Name,
            Country = i.Place.Country,
            Admin1 = i.Place.Admin1,
            Point = i.Place.Point is { } p ? new PointDto { Latitude = p.Latitude, Longitude = p.Longitude } : null,
            Feature = Camel(i.Place.Feature.ToString()),
            Precision = Camel(i.Place.Precision.ToString()),
        },
        Time = i.Time?.ToString(),
        Casualties = i.Casualties.Select(c => new CasualtyDto
        {
            Outcome = Camel(c.Outcome.ToString()),
            Victims = new VictimsDto { Category = Camel(c.Victims.Category.ToString()), Actor = c.Victims.Actor?.Value },
            Estimate = new EstimateDto { Qualifier = Camel(c.Estimate.Qualifier.ToString()), Low = c.Estimate.Low, Best = c.Estimate.Best, High = c.Estimate.High, Phrase = c.Estimate.Phrase },
        }).ToList(),
        Attributions = i.Attributions.IsEmpty ? null : i.Attributions.Select(a => new AttributionDto
        {
            State = Camel(a.State.ToString()),
            Perpetrators = a.Perpetrators.Select(p => p.Value).ToList(),
            AttributedBy = a.AttributedBy.Select(p => p.Value).ToList(),
        }).ToList(),
        ExternalIds = i.ExternalIds.Select(e => new ExternalIdDto { Scheme = e.Scheme, Value = e.Value }).ToList(),
        Provenance = i.Provenance.Select(p => new ProvenanceDto { Source = p.Source.Value, Span = p.Span is { } s ? new SpanDto { Start = s.Start, Length = s.Length } : null }).ToList(),
    };

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
