using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Sitrep.Actors;
using Sitrep.Incidents;
using Sitrep.Sources;
using Sitrep.Statements;

namespace Sitrep.Serialization;

/// <summary>
/// Describes every <see cref="ValueArray{T}"/> the format uses to System.Text.Json as an immutable collection, so
/// the serializer reads and writes it natively: no nested calls per element, exact error paths, no reflection.
/// </summary>
internal sealed class ValueArrayTypeInfoResolver : IJsonTypeInfoResolver
{
    internal static readonly ValueArrayTypeInfoResolver Instance = new();

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(ValueArray<>))
        {
            return null;
        }

        return type.GetGenericArguments()[0] switch
        {
            var t when t == typeof(Source) => Create<Source>(options),
            var t when t == typeof(SourceId) => Create<SourceId>(options),
            var t when t == typeof(Actor) => Create<Actor>(options),
            var t when t == typeof(ActorId) => Create<ActorId>(options),
            var t when t == typeof(ActorAlias) => Create<ActorAlias>(options),
            var t when t == typeof(ActorRelation) => Create<ActorRelation>(options),
            var t when t == typeof(Incident) => Create<Incident>(options),
            var t when t == typeof(IncidentId) => Create<IncidentId>(options),
            var t when t == typeof(Statement) => Create<Statement>(options),
            var t when t == typeof(StatementId) => Create<StatementId>(options),
            var t when t == typeof(ExternalId) => Create<ExternalId>(options),
            var t when t == typeof(Classification) => Create<Classification>(options),
            var t when t == typeof(Means) => Create<Means>(options),
            var t when t == typeof(Participant) => Create<Participant>(options),
            var t when t == typeof(CasualtyCount) => Create<CasualtyCount>(options),
            var t when t == typeof(Attribution) => Create<Attribution>(options),
            var t when t == typeof(Provenance) => Create<Provenance>(options),
            var t when t == typeof(string) => Create<string>(options),
            _ => null,
        };
    }

    private static JsonTypeInfo<ValueArray<T>> Create<T>(JsonSerializerOptions options) =>
        JsonMetadataServices.CreateImmutableEnumerableInfo<ValueArray<T>, T>(
            options,
            new JsonCollectionInfoValues<ValueArray<T>> { ElementInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)) },
            static items => Build(items));

    private static ValueArray<T> Build<T>(IEnumerable<T> items)
    {
        var array = ImmutableArray.CreateRange(items);
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw new SitrepJsonException(Validation.DiagnosticCodes.InvalidValue, "An array element cannot be null; remove it.")
                {
                    ElementIndex = i,
                };
            }
        }

        return new ValueArray<T>(array);
    }
}
