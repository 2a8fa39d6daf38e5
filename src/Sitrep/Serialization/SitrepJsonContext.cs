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
    ])]
[JsonSerializable(typeof(Dataset))]
[JsonSerializable(typeof(JsonLinesRecord))]
[JsonSerializable(typeof(Diagnostic))]
internal sealed partial class SitrepJsonContext : JsonSerializerContext
{
}
