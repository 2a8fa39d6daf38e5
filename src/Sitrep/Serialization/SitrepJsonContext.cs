using System.Text.Json.Serialization;
using Sitrep.Actors;
using Sitrep.Incidents;
using Sitrep.Sources;
using Sitrep.Statements;
using Sitrep.Validation;

namespace Sitrep.Serialization;

/// <summary>Source-generated metadata for the canonical format: no reflection at run time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters =
    [
        typeof(LocalDateJsonConverter),
        typeof(ValueArrayJsonConverter<Source>),
        typeof(ValueArrayJsonConverter<SourceId>),
        typeof(ValueArrayJsonConverter<Actor>),
        typeof(ValueArrayJsonConverter<ActorId>),
        typeof(ValueArrayJsonConverter<ActorAlias>),
        typeof(ValueArrayJsonConverter<ActorRelation>),
        typeof(ValueArrayJsonConverter<Incident>),
        typeof(ValueArrayJsonConverter<IncidentId>),
        typeof(ValueArrayJsonConverter<Statement>),
        typeof(ValueArrayJsonConverter<StatementId>),
        typeof(ValueArrayJsonConverter<ExternalId>),
        typeof(ValueArrayJsonConverter<Classification>),
        typeof(ValueArrayJsonConverter<Means>),
        typeof(ValueArrayJsonConverter<Participant>),
        typeof(ValueArrayJsonConverter<CasualtyCount>),
        typeof(ValueArrayJsonConverter<Attribution>),
        typeof(ValueArrayJsonConverter<Provenance>),
        typeof(ValueArrayJsonConverter<Diagnostic>),
    ])]
[JsonSerializable(typeof(Dataset))]
[JsonSerializable(typeof(JsonLinesEntry))]
[JsonSerializable(typeof(Diagnostic))]
[JsonSerializable(typeof(ValueArray<Diagnostic>))]
internal sealed partial class SitrepJsonContext : JsonSerializerContext
{
}
