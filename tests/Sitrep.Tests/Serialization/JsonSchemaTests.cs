using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck.Xunit;
using Json.Schema;
using Sitrep.Serialization;
using Sitrep.Tests.Generators;

namespace Sitrep.Tests.Serialization;

public class JsonSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(TestPaths.Schema));

    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 150)]
    public void Every_generated_dataset_validates_against_the_schema(Dataset dataset)
    {
        AssertValid(SitrepJson.Serialize(dataset));
    }

    [Fact]
    public void The_seed_sample_validates_against_the_schema()
    {
        AssertValid(File.ReadAllText(TestPaths.SeedSample));
    }

    [Theory]
    [InlineData("{\"sitrep\":\"1.0\",\"bogus\":1}")]
    [InlineData("{\"title\":\"x\"}")]
    [InlineData("{\"sitrep\":\"1.0\",\"actors\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"State\"}]}")]
    [InlineData("{\"sitrep\":\"1.0\",\"incidents\":[{\"id\":\"i\",\"type\":\"strike\",\"time\":\"March\"}]}")]
    [InlineData("{\"sitrep\":\"1.0\",\"incidents\":[{\"id\":\"i\",\"type\":\"strike\",\"casualties\":[{\"outcome\":\"killed\",\"victims\":{\"category\":\"civilians\"},\"estimate\":{\"qualifier\":\"exact\",\"best\":-1}}]}]}")]
    public void The_schema_rejects_what_the_reader_rejects(string json)
    {
        var result = Schema.Evaluate(JsonDocument.Parse(json).RootElement);

        Assert.False(result.IsValid);
    }

    [Fact]
    public void Schema_enums_match_the_library_enums()
    {
        var schema = JsonNode.Parse(File.ReadAllText(TestPaths.Schema))!;
        var defs = schema["$defs"]!;
        AssertEnum<Sitrep.Incidents.IncidentType>(defs["incident"]!["properties"]!["type"]!);
        AssertEnum<Sitrep.Incidents.IncidentScope>(defs["incident"]!["properties"]!["scope"]!);
        AssertEnum<Sitrep.Incidents.IncidentCoverage>(defs["incident"]!["properties"]!["coverage"]!);
        AssertEnum<Sitrep.Incidents.Means>(defs["incident"]!["properties"]!["means"]!["items"]!);
        AssertEnum<Sitrep.Incidents.ParticipantRole>(defs["participant"]!["properties"]!["role"]!);
        AssertEnum<Sitrep.Incidents.AttributionState>(defs["attribution"]!["properties"]!["state"]!);
        AssertEnum<Sitrep.Incidents.CasualtyOutcome>(defs["casualtyCount"]!["properties"]!["outcome"]!);
        AssertEnum<Sitrep.Incidents.VictimCategory>(defs["victimGroup"]!["properties"]!["category"]!);
        AssertEnum<Sitrep.Estimates.EstimateQualifier>(defs["estimate"]!["properties"]!["qualifier"]!);
        AssertEnum<Sitrep.Actors.ActorKind>(defs["actor"]!["properties"]!["kind"]!);
        AssertEnum<Sitrep.Actors.AliasKind>(defs["actorAlias"]!["properties"]!["kind"]!);
        AssertEnum<Sitrep.Actors.ActorRelationKind>(defs["actorRelation"]!["properties"]!["kind"]!);
        AssertEnum<Sitrep.Places.FeatureKind>(defs["place"]!["properties"]!["feature"]!);
        AssertEnum<Sitrep.Places.PlacePrecision>(defs["place"]!["properties"]!["precision"]!);
        AssertEnum<Sitrep.Sources.SourceKind>(defs["source"]!["properties"]!["kind"]!);
        AssertEnum<Sitrep.Statements.StatementKind>(defs["statement"]!["properties"]!["kind"]!);
        AssertEnum<Sitrep.Statements.StatementChannel>(defs["statement"]!["properties"]!["channel"]!);
    }

    private static void AssertEnum<TEnum>(JsonNode node)
        where TEnum : struct, Enum
    {
        var expected = Enum.GetNames<TEnum>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]).ToArray();
        var actual = node["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray();
        Assert.Equal(expected, actual);
    }

    private static void AssertValid(string json)
    {
        var result = Schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value))) + "\n" + json);
    }
}
