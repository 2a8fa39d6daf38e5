using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FsCheck.Xunit;
using Json.Schema;
using NodaTime;
using Sitrep.Tests.Cli;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

/// <summary>Every mention layer as one JSON document in the published shape, every span holding its text.</summary>
public sealed class ReportMentionsJsonTests
{
    // Both schemas in a registry of their own (the canonical one is also built by other tests, in the global one): the
    // mentions schema refers to the canonical definitions by $id.
    private static readonly BuildOptions Options = new() { SchemaRegistry = new SchemaRegistry() };

    private static readonly JsonSchema Canonical = JsonSchema.FromText(File.ReadAllText(TestPaths.Schema), Options);

    private static readonly JsonSchema Schema = Build();

    [Fact]
    public async Task The_seed_storys_mentions_validate_and_every_layer_is_there()
    {
        if (TestPaths.SeedArticle is not { } article)
        {
            Assert.Skip("../shared/corpus is absent: this clone has no seed article beside it.");
            return;
        }

        var text = File.ReadAllText(article);

        var (exit, stdout, _) = await CliTests.Run("extract", article, "--published", "2026-03-28", "--format", "mentions");

        Assert.Equal(0, exit);
        AssertValid(stdout);
        using var document = JsonDocument.Parse(stdout);
        foreach (var layer in new[] { "numbers", "dates", "timeExpressions", "casualties", "actors", "events", "places", "statements" })
        {
            Assert.NotEqual(0, document.RootElement.GetProperty(layer).GetArrayLength());
        }

        AssertSpansHoldTheirText(document.RootElement, text);
    }

    [Property(MaxTest = 150)]
    public void Any_text_gives_valid_mentions_whose_spans_hold_their_text(string body)
    {
        var text = (body ?? string.Empty) + " Police said on Friday that three civilians were killed in Kabul by a rocket two days ago.";

        var json = ReportMentionsJson.Write(ReportParser.Parse(text, new ReportContext(new LocalDate(2024, 3, 8))));

        AssertValid(json);
        using var document = JsonDocument.Parse(json);
        AssertSpansHoldTheirText(document.RootElement, text);
    }

    [Theory]
    [InlineData("{\"format\":\"sitrep-mentions\",\"version\":\"2.0\"}")]
    [InlineData("{\"format\":\"sitrep-mentions\",\"version\":\"1.0\",\"numbers\":[],\"dates\":[],\"timeExpressions\":[{\"span\":{\"start\":0,\"length\":3},\"text\":\"now\",\"type\":\"NOW\",\"value\":\"PRESENT_REF\"}],\"casualties\":[],\"actors\":[],\"events\":[],\"places\":[],\"statements\":[],\"diagnostics\":[]}")]
    public void The_schema_refuses_other_shapes(string json)
    {
        Assert.False(Schema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid);
    }

    private static JsonSchema Build()
    {
        GC.KeepAlive(Canonical);
        return JsonSchema.FromText(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "schemas", "sitrep-mentions-1.0.schema.json")), Options);
    }

    private static void AssertValid(string json)
    {
        var result = Schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value))));
    }

    // Every object with a span and a text: the text is the text's characters at the span.
    private static void AssertSpansHoldTheirText(JsonElement element, string text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("span", out var span) && element.TryGetProperty("text", out var said))
                {
                    var start = span.GetProperty("start").GetInt32();
                    var length = span.GetProperty("length").GetInt32();
                    Assert.Equal(said.GetString(), text.Substring(start, length));
                }

                foreach (var property in element.EnumerateObject())
                {
                    AssertSpansHoldTheirText(property.Value, text);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    AssertSpansHoldTheirText(item, text);
                }

                break;
        }
    }
}
